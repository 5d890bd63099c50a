"""What the quotation-mark scanners share: the region they find and the paragraphs they scan.

:mod:`topline.analyze.quote_marks` (double quotes, and the driver) and
:mod:`topline.analyze.quote_singles` (single quotes) both build on this module, so neither
imports the other's private parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A single-quoted region whose marks are both weak (see ``quote_singles``) and that is longer
#: than this many words is probably two apostrophes.
MAX_SINGLE_WORDS = 12

_LINE = re.compile(r"[^\n]+")

#: Blanks inside a line: the space and tab, and the no-break and thin spaces scraped news text
#: keeps between sentences ("…,” the group said.\xa0“As such, …”"), which are no more
#: than a space to a reader (a line break is not among them: it ends a paragraph).
INLINE_BLANKS = " \t\xa0\u2009\u202f"


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    """``[start, end)`` covers the marks; ``[content_start, content_end)`` the words inside."""

    start: int
    end: int
    content_start: int
    content_end: int
    closed: bool = True
    single: bool = False
    paragraphs: int = 1


def scan_paragraphs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every non-blank line: a quote that is not closed ends there."""
    return [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
