"""Parser for articles already written in Topline form (first version: not recognised).

The foundation issue fills this module.
"""

from __future__ import annotations

from topline.model import Article, Brief


def parse_topline(article: Article) -> Brief | None:
    """The Topline sections of ``article`` with their spans, or None if it is not in that form."""
    return None
