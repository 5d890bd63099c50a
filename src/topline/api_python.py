"""The Python entry points (``topline.brief`` …): the pipeline (:mod:`topline.pipeline`) with
keywords instead of an options object.

Every function takes an article as text, HTML, a path (a ``pathlib.Path``, or a one-line
string naming a file) or a URL, and reads it with the CLI's readers. By default the input is
sniffed (:func:`sniff` says what it is): HTML is read as a page, never briefed as text.
``kind=`` forces one reading; ``brief_text``, ``brief_html``, ``brief_file`` and ``brief_url``
say it in their names. The article a result came from records what was read
(``Article.raw_kind``: ``text``, ``html``, ``rss`` …; ``Article.source``: the path, the URL,
``<text>`` or ``<html>``); :func:`read` returns it, :func:`document` returns it with the brief.

``offsets`` says which text the spans of a result index: ``"clean"`` (the default), the
article's cleaned text (``analysis.article.text``); ``"input"``, the text the caller passed
(for bytes, their decoding; for a file, its text; for HTML, the text extracted from the page).
A Brief carries that text in ``brief.text`` either way (:mod:`topline.offsets`).
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from topline import pipeline
from topline.dates import parse_date
from topline.errors import InputError
from topline.model import Analysis, Article, Brief, Offsets
from topline.options import DEFAULT_BULLETS, Options, extractor_names
from topline.pipeline import InputKind

#: What the functions below accept as an article.
Source = str | bytes | os.PathLike[str]
#: A publication date: a ``datetime.date`` or text that :func:`topline.dates.parse_date` reads.
Published = str | datetime.date | None


#: Extractor names: ``("quotes", "timexes")`` or ``"quotes,timexes"``.
Names = str | Iterable[str]


def _options(
    published: Published,
    *,
    bullets: int = DEFAULT_BULLETS,
    max_words: int | None = None,
    offsets: Offsets = "clean",
    only: Names = (),
    skip: Names = (),
) -> Options:
    """``published`` read by the one date parser: BadDate (an InputError) when not a date;
    ``only`` / ``skip`` checked against the extractor registry (InputError naming a wrong one)."""
    options = Options(
        bullets=bullets,
        max_words=max_words,
        published=parse_date(published),
        offsets=offsets,
        only=_names(only),
        skip=_names(skip),
    )
    pipeline.check_extractors(options)
    return options


def _names(value: Names) -> tuple[str, ...]:
    if isinstance(value, str):
        return extractor_names(value)
    return tuple(value)


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
    offsets: Offsets = "clean",
    only: Names = (),
    skip: Names = (),
) -> Analysis:
    """Read ``text`` (sniffed unless ``kind`` says) and run every extractor over it (or
    ``only`` these and what they need, or all but ``skip``); ``title`` replaces the title
    found in it."""
    options = _options(published, offsets=offsets, only=only, skip=skip)
    article = pipeline.read_input(text, options, kind=kind)
    if title is not None:
        article = replace(article, title=title)
    return pipeline.located(pipeline.analyse(article, options), article, options)


def extract(
    source: Source,
    *,
    published: Published = None,
    kind: InputKind | None = None,
    offsets: Offsets = "clean",
    only: Names = (),
    skip: Names = (),
) -> Analysis:
    """Entities, quotes, attributions, quantities, dates and events of one article.

    ``only=("quotes",)`` runs only those extractors and what they need; ``skip=`` leaves
    extractors out; the fields of those not run stay empty. An unknown name, or a skipped
    extractor that another one needs, is an InputError naming it.
    """
    options = _options(published, offsets=offsets, only=only, skip=skip)
    article = pipeline.read_input(source, options, kind=kind)
    return pipeline.located(pipeline.analyse(article, options), article, options)


def brief(
    source: Source,
    *,
    published: Published = None,
    bullets: int = DEFAULT_BULLETS,
    max_words: int | None = None,
    kind: InputKind | None = None,
    offsets: Offsets = "clean",
) -> Brief:
    """A grounded Topline brief of one article (parsed if it is already in Topline form);
    ``brief.text`` is the text its spans index."""
    options = _options(published, bullets=bullets, max_words=max_words, offsets=offsets)
    article = pipeline.read_input(source, options, kind=kind)
    brief_ = pipeline.make_brief(pipeline.analyse(article, pipeline.for_brief(options)), options)
    return pipeline.located(brief_, article, options)


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
    offsets: Offsets = "clean",
    only: Names = (),
    skip: Names = (),
) -> dict[str, Any]:
    """The JSON document ``topline brief|extract --format json`` prints for the same input:
    ``{"brief": …, "article": …}`` (or every extraction with ``what="extract"``, of the
    extractors ``only`` / ``skip`` select)."""
    if (only or skip) and what != "extract":
        raise InputError("only and skip select extractors: they apply to what='extract'")
    options = _options(
        published, bullets=bullets, max_words=max_words, offsets=offsets, only=only, skip=skip
    )
    article = pipeline.read_input(source, options, kind=kind)
    analysed = pipeline.for_brief(options) if what == "brief" else options
    return pipeline.document(pipeline.analyse(article, analysed), what, options)


def parse(
    source: Source, *, kind: InputKind | None = None, offsets: Offsets = "clean"
) -> Brief | None:
    """The sections of an article already written in Topline form, or None if it is not."""
    from topline.brief.parse import parse_topline

    options = _options(None, offsets=offsets)
    article = pipeline.read_input(source, options, kind=kind)
    parsed = parse_topline(article)
    return None if parsed is None else pipeline.located(parsed, article, options)
