"""Analysis → Brief. An article already in Topline form is parsed, not re-summarised."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from topline.brief.compose import compose
from topline.brief.parse import parse_topline
from topline.model import Analysis, BackgroundItem, Brief
from topline.options import DEFAULT_BULLETS


def make_brief(
    analysis: Analysis,
    *,
    max_bullets: int = DEFAULT_BULLETS,
    max_words: int | None = None,
    extra_background: Sequence[BackgroundItem] = (),
) -> Brief:
    """The brief of one analysed article.

    ``extra_background`` holds Key background items from earlier articles of the same story
    (the store's ``background_for``); each names its article and spans into that article.
    """
    brief = parse_topline(analysis.article, analysis) or compose(
        analysis, max_bullets=max_bullets, max_words=max_words
    )
    return _with_background(brief, extra_background)


# --- Key background from earlier articles (store issue) ------------------------------------
def _with_background(brief: Brief, extra: Sequence[BackgroundItem]) -> Brief:
    """Earlier articles' items first (they are older), then the article's own background."""
    if not extra:
        return brief
    missing = tuple(m for m in brief.missing if m != "key_background")
    items = (*extra, *brief.key_background)
    if all(item.date for item in items):
        items = tuple(sorted(items, key=lambda item: item.date or ""))
    return replace(brief, key_background=items, missing=missing)


# --- end of Key background from the store -------------------------------------------------
