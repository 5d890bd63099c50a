"""The analysis' name for :mod:`topline.intervals` (where the extractors import it from).

The lookups live at the package's top level so that the brief can use them without
importing :mod:`topline.analyze` (and spaCy with it).
"""

from __future__ import annotations

from topline.intervals import CharRanges, SpanIndex

__all__ = ["CharRanges", "SpanIndex"]
