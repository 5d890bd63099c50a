"""The Python entry points (``topline.brief`` …): thin glue over ingest → analyze → brief."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.parse import parse_topline
from topline.ingest import article_from_text
from topline.model import Analysis, Brief


def analyze_text(
    text: str | bytes, *, published: str | None = None, title: str | None = None
) -> Analysis:
    """Clean ``text`` and run every extractor over it."""
    return analyze(article_from_text(text, published=published, title=title))


def extract(text: str | bytes, *, published: str | None = None) -> Analysis:
    """Entities, quotes, attributions, quantities, dates and events of one article."""
    return analyze_text(text, published=published)


def brief(text: str | bytes, *, published: str | None = None, bullets: int = 5) -> Brief:
    """A grounded Topline brief of one article (parsed if it is already in Topline form)."""
    return make_brief(analyze_text(text, published=published), max_bullets=bullets)


def parse(text: str | bytes) -> Brief | None:
    """The sections of an article already written in Topline form, or None if it is not."""
    return parse_topline(article_from_text(text))
