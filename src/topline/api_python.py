"""The Python entry points (``topline.brief`` …): the pipeline (:mod:`topline.pipeline`) with
keywords instead of an options object.

Every function takes an article as text, HTML, a path (a ``pathlib.Path``, or a one-line
string naming a file) or a URL, and reads it with the CLI's readers. By default the input is
sniffed (:func:`sniff` says what it is): HTML is read as a page, never briefed as text.
``kind=`` forces one reading; ``brief_text``, ``brief_html``, ``brief_file`` and ``brief_url``
say it in their names. The article a result came from records what was read
(``Article.raw_kind``: ``text``, ``html``, ``rss`` …; ``Article.source``: the path, the URL,
``<text>`` or ``<html>``); :func:`read` returns it, :func:`document` returns it with the brief.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import replace
from typing import Any

from topline import pipeline
from topline.dates import parse_date
from topline.model import Analysis, Article, Brief
from topline.options import DEFAULT_BULLETS, Options
from topline.pipeline import InputKind

#: What the functions below accept as an article.
Source = str | bytes | os.PathLike[str]
#: A publication date: a ``datetime.date`` or text that :func:`topline.dates.parse_date` reads.
Published = str | datetime.date | None


def _options(
    published: Published,
    *,
    bullets: int = DEFAULT_BULLETS,
    max_words: int | None = None,
) -> Options:
    """``published`` read by the one date parser: BadDate (an InputError) when not a date."""
    return Options(bullets=bullets, max_words=max_words, published=parse_date(published))


def sniff(source: Source) -> InputKind:
    """What an input is taken for: ``"url"``, ``"file"``, ``"html"`` or ``"text"``."""
    return pipeline.sniff(source)


def read(source: Source, *, kind: InputKind | None = None, published: Published = None) -> Article:
    """The article as topline reads it (cleaned text, metadata, what kind of input it was)."""
    return pipeline.read_input(source, _options(published), kind=kind)


def analyze_text(
    text: Source,
    *,
    published: Published = None,
    title: str | None = None,
    kind: InputKind | None = None,
) -> Analysis:
    """Read ``text`` (sniffed unless ``kind`` says) and run every extractor over it;
    ``title`` replaces the title found in it."""
    options = _options(published)
    article = pipeline.read_input(text, options, kind=kind)
    if title is not None:
        article = replace(article, title=title)
    return pipeline.analyse(article, options)


def extract(
    source: Source, *, published: Published = None, kind: InputKind | None = None
) -> Analysis:
    """Entities, quotes, attributions, quantities, dates and events of one article."""
    options = _options(published)
    return pipeline.analyse(pipeline.read_input(source, options, kind=kind), options)


def brief(
    source: Source,
    *,
    published: Published = None,
    bullets: int = DEFAULT_BULLETS,
    max_words: int | None = None,
    kind: InputKind | None = None,
) -> Brief:
    """A grounded Topline brief of one article (parsed if it is already in Topline form)."""
    options = _options(published, bullets=bullets, max_words=max_words)
    article = pipeline.read_input(source, options, kind=kind)
    return pipeline.make_brief(pipeline.analyse(article, options), options)


def brief_text(text: str | bytes, **options: Any) -> Brief:
    """:func:`brief` of plain or scraped text, never sniffed as HTML, a path or a URL."""
    return brief(text, kind="text", **options)


def brief_html(html: str | bytes, **options: Any) -> Brief:
    """:func:`brief` of an HTML page (main text and metadata found as ``topline brief`` does)."""
    return brief(html, kind="html", **options)


def brief_file(path: str | os.PathLike[str], **options: Any) -> Brief:
    """:func:`brief` of a file: text, HTML, or a feed / JSON holding one article."""
    return brief(os.fspath(path), kind="file", **options)


def brief_url(url: str, **options: Any) -> Brief:
    """:func:`brief` of the page at ``url`` (fetched politely, robots.txt respected)."""
    return brief(url, kind="url", **options)


def document(
    source: Source,
    *,
    what: str = "brief",
    published: Published = None,
    bullets: int = DEFAULT_BULLETS,
    max_words: int | None = None,
    kind: InputKind | None = None,
) -> dict[str, Any]:
    """The JSON document ``topline brief|extract --format json`` prints for the same input:
    ``{"brief": …, "article": …}`` (or every extraction with ``what="extract"``)."""
    options = _options(published, bullets=bullets, max_words=max_words)
    article = pipeline.read_input(source, options, kind=kind)
    return pipeline.document(pipeline.analyse(article, options), what, options)


def parse(source: Source, *, kind: InputKind | None = None) -> Brief | None:
    """The sections of an article already written in Topline form, or None if it is not."""
    from topline.brief.parse import parse_topline

    return parse_topline(pipeline.read_input(source, kind=kind))
