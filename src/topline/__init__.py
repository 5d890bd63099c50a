"""topline: grounded, structured news briefs in the Topline format.

    >>> import topline
    >>> brief = topline.brief(text, published="2020-01-16")

Every element of a brief carries spans into the cleaned article text; nothing is invented.
"""

from __future__ import annotations

from topline.api_python import analyze_text, brief, extract, parse
from topline.version import __version__

__all__ = ["__version__", "analyze_text", "brief", "extract", "parse"]
