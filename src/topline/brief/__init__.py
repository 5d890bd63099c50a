"""Analysis → Brief. An article already in Topline form is parsed, not re-summarised."""

from __future__ import annotations

from topline.brief.compose import compose
from topline.brief.parse import parse_topline
from topline.model import Analysis, Brief

DEFAULT_BULLETS = 5


def make_brief(
    analysis: Analysis, *, max_bullets: int = DEFAULT_BULLETS, max_words: int | None = None
) -> Brief:
    """The brief of one analysed article."""
    parsed = parse_topline(analysis.article, analysis)
    if parsed is not None:
        return parsed
    return compose(analysis, max_bullets=max_bullets, max_words=max_words)
