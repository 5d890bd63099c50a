"""The Python entry points (``topline.brief`` …): the pipeline (:mod:`topline.pipeline`) with
keywords instead of an options object."""

from __future__ import annotations

import datetime

from topline import pipeline
from topline.dates import parse_date
from topline.model import Analysis, Brief
from topline.options import DEFAULT_BULLETS, Options


def _options(
    published: str | datetime.date | None,
    *,
    bullets: int = DEFAULT_BULLETS,
    max_words: int | None = None,
) -> Options:
    """``published`` read by the one date parser: BadDate (an InputError) when not a date."""
    return Options(bullets=bullets, max_words=max_words, published=parse_date(published))


def analyze_text(
    text: str | bytes,
    *,
    published: str | datetime.date | None = None,
    title: str | None = None,
) -> Analysis:
    """Clean ``text`` and run every extractor over it."""
    options = _options(published)
    return pipeline.analyse(pipeline.read_text(text, options, title=title), options)


def extract(text: str | bytes, *, published: str | datetime.date | None = None) -> Analysis:
    """Entities, quotes, attributions, quantities, dates and events of one article."""
    return analyze_text(text, published=published)


def brief(
    text: str | bytes,
    *,
    published: str | datetime.date | None = None,
    bullets: int = DEFAULT_BULLETS,
    max_words: int | None = None,
) -> Brief:
    """A grounded Topline brief of one article (parsed if it is already in Topline form)."""
    options = _options(published, bullets=bullets, max_words=max_words)
    return pipeline.make_brief(
        pipeline.analyse(pipeline.read_text(text, options), options), options
    )


def parse(text: str | bytes) -> Brief | None:
    """The sections of an article already written in Topline form, or None if it is not."""
    from topline.brief.parse import parse_topline

    return parse_topline(pipeline.read_text(text))
