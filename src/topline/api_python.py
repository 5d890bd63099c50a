"""The Python entry points (``topline.brief`` …): thin glue over ingest → analyze → brief.

``offsets`` says which text the spans of a result index: ``"clean"`` (the default), the
article's cleaned text, ``analysis.article.text``; ``"input"``, the text the caller passed (for
bytes, their decoding; for HTML, the text extracted from the page). A Brief carries that text
in ``brief.text`` either way (:mod:`topline.offsets`).
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.parse import parse_topline
from topline.ingest import article_from_text
from topline.model import Analysis, Brief, Offsets
from topline.offsets import in_offsets


def analyze_text(
    text: str | bytes,
    *,
    published: str | None = None,
    title: str | None = None,
    offsets: Offsets = "clean",
) -> Analysis:
    """Clean ``text`` and run every extractor over it."""
    article = article_from_text(text, published=published, title=title)
    return in_offsets(analyze(article), article, offsets)


def extract(
    text: str | bytes, *, published: str | None = None, offsets: Offsets = "clean"
) -> Analysis:
    """Entities, quotes, attributions, quantities, dates and events of one article."""
    return analyze_text(text, published=published, offsets=offsets)


def brief(
    text: str | bytes,
    *,
    published: str | None = None,
    bullets: int = 5,
    offsets: Offsets = "clean",
) -> Brief:
    """A grounded Topline brief of one article (parsed if it is already in Topline form)."""
    article = article_from_text(text, published=published)
    return in_offsets(make_brief(analyze(article), max_bullets=bullets), article, offsets)


def parse(text: str | bytes, *, offsets: Offsets = "clean") -> Brief | None:
    """The sections of an article already written in Topline form, or None if it is not."""
    article = article_from_text(text)
    parsed = parse_topline(article)
    return None if parsed is None else in_offsets(parsed, article, offsets)
