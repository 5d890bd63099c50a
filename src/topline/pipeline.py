"""The one path from a source to a JSON document: read → analyse → brief → document.

Every shell calls these functions and nothing below them: ``topline brief|extract|parse``
(:mod:`topline.cli.brief`), ``topline show`` and ``topline ingest`` (:mod:`topline.cli.store`),
the HTTP API (:mod:`topline.web.service`), batch and Spark (:mod:`topline.scale.work`) and the
Python API (:mod:`topline.api_python`). What a caller may ask for is one
:class:`~topline.options.Options`; so, for the same input and options, every shell gives the
same document.

::

    source ──read──▶ Article ──analyse──▶ Analysis ──make_brief──▶ Brief ──document──▶ dict
                                              │                       ▲
                                              └── the store keeps ────┘ (open_store hands it
                                                  analyses and briefs      analyse and make_brief)

spaCy and the brief modules are imported inside the functions that use them, so importing
this module (and ``import topline``) stays cheap.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, overload

from topline.errors import ExtractionError, InputError, NotFound
from topline.model import Analysis, Article, BackgroundItem, Brief, Story, StoryBrief, to_dict
from topline.options import DEFAULTS, Options
from topline.render.documents import (
    article_document,
    brief_document,
    extraction_document,
    stored_article_document,
)
from topline.render.documents import (
    story_document as render_story,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from topline.store import Analyser, Briefer, Store

__all__ = [
    "DEFAULTS",
    "Options",
    "StoredArticle",
    "StoredView",
    "StoryView",
    "analyse",
    "analyse_here",
    "analyse_many",
    "brief",
    "briefer",
    "check_extractors",
    "document",
    "extract",
    "for_brief",
    "located",
    "make_brief",
    "open_store",
    "parse",
    "parsed_brief",
    "read",
    "read_input",
    "read_text",
    "sniff",
    "stored",
    "stored_as_is",
    "stored_document",
    "story_brief",
    "story_brief_document",
    "story_document",
]

#: What a document can hold: a brief (with its article) or every extraction.
What = Literal["brief", "extract"]


# --- read ----------------------------------------------------------------------------------


def read(source: str, options: Options = DEFAULTS) -> Article:
    """One article from a path, ``-`` (standard input) or a URL; text or HTML found by sniffing."""
    from topline.ingest import read_source

    return read_source(source, published=options.published)


def read_text(
    text: str | bytes, options: Options = DEFAULTS, *, title: str | None = None
) -> Article:
    """One article from text the caller holds (plain or scraped text, not a page)."""
    from topline.ingest import article_from_text

    return article_from_text(text, published=options.published, title=title)


#: What a caller may hand the Python API, and what :func:`sniff` says it is.
InputKind = Literal["text", "html", "file", "url"]
#: Longest string still taken for a path or a URL rather than for an article.
MAX_LOCATION_CHARS = 2048


def sniff(source: str | bytes | os.PathLike[str]) -> InputKind:
    """What ``source`` is: a URL (one ``http(s)://`` token), an existing file (a path object,
    or one line naming a file), HTML (markup, as the CLI sniffs it), else text."""
    if isinstance(source, os.PathLike):
        return "file"
    if isinstance(source, str):
        location = source.strip()
        one_token = 0 < len(location) <= MAX_LOCATION_CHARS and not any(
            c.isspace() for c in location
        )
        if one_token and location.lower().startswith(("http://", "https://")):
            return "url"
        if 0 < len(location) <= MAX_LOCATION_CHARS and "\n" not in location:
            try:
                if Path(location).expanduser().is_file():
                    return "file"
            except (OSError, ValueError):  # not usable as a path (too long, NUL): it is text
                pass
    from topline.ingest.sources import sniff as sniff_bytes

    data = source.encode("utf-8") if isinstance(source, str) else source
    return "html" if sniff_bytes(data) == "html" else "text"


def read_input(
    source: str | bytes | os.PathLike[str],
    options: Options = DEFAULTS,
    *,
    kind: InputKind | None = None,
) -> Article:
    """One article from whatever the Python API was given, through the CLI's readers.

    ``kind`` None sniffs it (:func:`sniff`): a URL or a file is read as ``topline brief``
    reads it (text, HTML, a one-article feed or JSON); HTML is read as a page (never briefed
    as text); anything else is text. The article says what was read: ``raw_kind`` (``text``,
    ``html``, ``rss`` …) and ``source`` (the path, the URL, ``<text>`` or ``<html>``).
    """
    if isinstance(source, os.PathLike):
        return read(os.fspath(source), options)
    seen = kind or sniff(source)
    if seen in ("url", "file"):
        if isinstance(source, bytes):
            raise InputError(f"a {seen} is given as text, not bytes")
        return read(source, options)
    if seen == "html":
        from topline.ingest.html import article_from_html

        return article_from_html(source, source="<html>", published=options.published)
    from topline.ingest import article_from_text

    return article_from_text(source, source="<text>", published=options.published)


# --- analyse -------------------------------------------------------------------------------


def analyse(article: Article, options: Options = DEFAULTS) -> Analysis:
    """Every extractor over one article (one spaCy pass)."""
    return next(analyse_many([article], options))


def analyse_many(
    articles: Sequence[Article],
    options: Options = DEFAULTS,
    *,
    batch_size: int | None = None,
    nlp: Language | None = None,
) -> Iterator[Analysis]:
    """Analyses in input order, the texts parsed in batches (``nlp.pipe``).

    ``nlp`` is a pipeline already loaded (a batch worker's); by default the process's own.
    """
    from topline.analyze import BATCH_SIZE, analyze_many

    check_extractors(options)
    return analyze_many(
        articles,
        batch_size=batch_size or BATCH_SIZE,
        nlp=nlp,
        only=options.only,
        skip=options.skip,
    )


def analyse_parsed(article: Article, doc: Doc, options: Options = DEFAULTS) -> Analysis:
    """The extractors over a document already parsed from ``article.text`` (a batch
    parses its chunk once, then analyses each document apart so one failure costs no
    re-parse)."""
    from topline.analyze import analyze_doc

    check_extractors(options)
    return analyze_doc(article, doc, only=options.only, skip=options.skip)


#: Extractors whose output no brief reads (:mod:`topline.brief` uses sentences, paragraphs,
#: entities, quotes, attributions, timexes and quantities). A path that only makes a brief
#: document leaves them out: events cost ≈ 10% of topline's own time per article (issue #19).
UNUSED_BY_BRIEF: tuple[str, ...] = ("events",)


def for_brief(options: Options) -> Options:
    """``options`` for an analysis that only a brief will read: the extractors of
    :data:`UNUSED_BY_BRIEF` skipped, unless the caller chose extractors (``only``/``skip``
    are then taken as given). The brief is the same either way."""
    if options.only or options.skip:
        return options
    return dataclasses.replace(options, skip=UNUSED_BY_BRIEF)


def check_extractors(options: Options) -> None:
    """InputError naming any extractor in ``options.only`` / ``options.skip`` that is not
    registered, or any skipped extractor that another one that would run needs.

    The registry itself would quietly leave out whatever needs a skipped extractor; a
    caller who skips ``timexes`` but still wants ``events`` is told instead, so no field is
    empty without being asked for. Loads the registry (and spaCy) only when names are given.
    """
    if not options.only and not options.skip:
        return
    from topline.analyze.registry import EXTRACTORS

    by_name = {e.name: e for e in EXTRACTORS}
    unknown = sorted((set(options.only) | set(options.skip)) - by_name.keys())
    if unknown:
        raise InputError(f"unknown extractor {', '.join(unknown)} (known: {', '.join(by_name)})")
    provider = {field: e.name for e in EXTRACTORS for field in e.provides}
    running = set(options.only) if options.only else set(by_name)
    pending = list(running)
    while pending:  # what ``only`` needs runs too
        for field in by_name[pending.pop()].needs:
            if provider[field] not in running:
                running.add(provider[field])
                pending.append(provider[field])
    for skipped in options.skip:
        needing = [
            e.name
            for e in EXTRACTORS
            if e.name in running
            and e.name not in options.skip
            and any(provider[f] == skipped for f in e.needs)
        ]
        if needing:
            verb = "needs" if len(needing) == 1 else "need"
            them = "it" if len(needing) == 1 else "them"
            hint = "" if set(needing) & set(options.only) else f" (skip {them} too)"
            raise InputError(
                f"extractor {skipped} is skipped but {', '.join(needing)} {verb} it{hint}"
            )


def analyse_here(articles: Sequence[Article]) -> list[Analysis]:
    """The store's :data:`~topline.store.Analyser` in this process (``topline ingest -j 1``)."""
    return list(analyse_many(articles))


# --- brief ---------------------------------------------------------------------------------


def make_brief(
    analysis: Analysis,
    options: Options = DEFAULTS,
    background: Sequence[BackgroundItem] = (),
) -> Brief:
    """The brief of one analysed article (parsed when it is already in Topline form).

    ``background`` holds Key background items from earlier articles of the same story (the
    store's ``background_for``).
    """
    from topline.brief import make_brief as compose_brief

    return compose_brief(
        analysis,
        max_bullets=options.bullets,
        max_words=options.max_words,
        extra_background=background,
    )


def briefer(options: Options = DEFAULTS) -> Briefer:
    """The store's :data:`~topline.store.Briefer`: :func:`make_brief` with ``options``."""

    def brief_with(analysis: Analysis, background: Sequence[BackgroundItem]) -> Brief:
        return make_brief(analysis, options, background)

    return brief_with


# --- documents -----------------------------------------------------------------------------


def document(analysis: Analysis, what: What | str, options: Options = DEFAULTS) -> dict[str, Any]:
    """The JSON document of one analysed article: what ``topline brief|extract --format json``,
    ``POST /v1/brief|extract`` and each batch record hold."""
    article = analysis.article
    if what == "extract":
        return extraction_document(located(analysis, article, options))
    return brief_document(located(make_brief(analysis, options), article, options), article)


@overload
def located(result: Analysis, article: Article, options: Options = ...) -> Analysis: ...
@overload
def located(result: Brief, article: Article, options: Options = ...) -> Brief: ...
def located(
    result: Analysis | Brief, article: Article, options: Options = DEFAULTS
) -> Analysis | Brief:
    """``result`` with its spans in ``options.offsets`` coordinates (:mod:`topline.offsets`):
    the last step before a result leaves the pipeline; analysing and briefing work on the
    cleaned text, and the store keeps that."""
    from topline.offsets import in_offsets

    return in_offsets(result, article, options.offsets)


def brief(article: Article, options: Options = DEFAULTS) -> dict[str, Any]:
    """The brief document of one article (``{"brief": …, "article": …}``)."""
    return document(analyse(article, for_brief(options)), "brief", options)


def extract(article: Article, options: Options = DEFAULTS) -> dict[str, Any]:
    """The extraction document of one article (every extraction, with its article)."""
    return document(analyse(article, options), "extract", options)


def parsed_brief(article: Article) -> Brief:
    """The sections of an article already in Topline form; ExtractionError when it is not."""
    from topline.brief.parse import parse_topline

    parsed = parse_topline(article)
    if parsed is None:
        raise ExtractionError(
            "not in Topline form (no 'Topline:' section found)", source=article.source
        )
    return parsed


def parse(article: Article, options: Options = DEFAULTS) -> dict[str, Any]:
    """The parse document of an article already in Topline form (the brief document's shape)."""
    return brief_document(located(parsed_brief(article), article, options), article)


# --- the store -----------------------------------------------------------------------------


def open_store(
    path: str | Path | None = None,
    options: Options = DEFAULTS,
    *,
    analyser: Analyser | None = None,
    brief_with: Briefer | None = None,
    timeout: float | None = None,
) -> Store:
    """The store at ``path`` (default: ``TOPLINE_DB`` or the platform's), analysing and briefing
    through this pipeline; ``analyser`` replaces the in-process one (``topline ingest -j``),
    ``brief_with`` the briefer (the server's caches its briefs)."""
    from topline.store import Store

    return Store(
        path,
        analyser=analyser or analyse_here,
        briefer=brief_with or briefer(options),
        timeout=timeout,
    )


class StoredView(Protocol):
    """What :func:`stored_document` reads from a store (``topline.store.Store`` has it all)."""

    def get_article(self, article_id: str) -> Article: ...

    def get_analysis(self, article_id: str) -> Analysis | None: ...

    def get_brief(self, article_id: str) -> Brief | None: ...

    def background_for(self, article_id: str) -> list[BackgroundItem]: ...

    def copies_of(self, article_id: str, *, limit: int | None = None) -> list[Article]: ...

    def copy_count(self, article_id: str) -> int: ...

    def original_of(self, article_id: str) -> str | None: ...

    def story_of(self, article_id: str) -> str | None: ...


class StoryView(Protocol):
    """What :func:`story_document` reads from a store."""

    def story(
        self,
        story_id: str,
        *,
        events: int | None = None,
        offset: int = 0,
        members: int | None = None,
        members_offset: int = 0,
    ) -> Story: ...

    def story_size(self, story_id: str) -> tuple[int, int]: ...

    def get_article(self, article_id: str) -> Article: ...


COPIES_LISTED = 20
"""Copies a stored article's document lists (each with its full text); ``copies_total``
says how many the store holds. A wire story can be stored thousands of times."""


@dataclass(frozen=True)
class StoredArticle:
    """One stored article with everything the store knows of it (see :func:`stored`)."""

    article: Article
    analysis: Analysis
    brief: Brief
    story_id: str | None
    original_id: str | None
    copies: tuple[Article, ...]
    """The first :data:`COPIES_LISTED` other copies, oldest first."""
    copies_total: int
    """How many other copies the store holds (``len(copies)`` or more)."""


def stored(store: StoredView, article_id: str, options: Options = DEFAULTS) -> StoredArticle:
    """One stored article, its analysis and brief, story and copies.

    A copy, or an article stored without analysis, is analysed and briefed now, with Key
    background from its story (see :func:`stored_as_is` for a read that never analyses).
    """
    found = stored_as_is(store, article_id)
    if found is not None:
        return found
    article = store.get_article(article_id)
    analysis = store.get_analysis(article_id) or analyse(article, options)
    return StoredArticle(
        article=article,
        analysis=analysis,
        brief=make_brief(analysis, options, store.background_for(article_id)),
        story_id=store.story_of(article_id),
        original_id=store.original_of(article_id),
        copies=tuple(store.copies_of(article_id, limit=COPIES_LISTED)),
        copies_total=store.copy_count(article_id),
    )


def stored_as_is(store: StoredView, article_id: str) -> StoredArticle | None:
    """:func:`stored` without analysing anything: None when the store holds no analysis or
    brief for the article (a copy, or an article stored without analysis).

    What a server's read threads call: an analysis costs seconds of CPU, so it belongs to
    the bounded analysis workers (:mod:`topline.web.isolation`), never to a read.
    """
    analysis = store.get_analysis(article_id)  # NotFound for an unknown id
    brief_ = store.get_brief(article_id) if analysis is not None else None
    if analysis is None or brief_ is None:
        return None
    return StoredArticle(
        article=analysis.article,
        analysis=analysis,
        brief=brief_,
        story_id=store.story_of(article_id),
        original_id=store.original_of(article_id),
        copies=tuple(store.copies_of(article_id, limit=COPIES_LISTED)),
        copies_total=store.copy_count(article_id),
    )


def stored_document(
    store: StoredView, article_id: str, options: Options = DEFAULTS, *, analyse: bool = True
) -> dict[str, Any]:
    """One stored article as ``topline show --format json`` and ``GET /v1/articles/{id}`` give it.

    The brief document (``brief``, ``article``) plus ``extractions`` (the analysis without
    its article), ``story_id``, ``original_id`` (for a copy) and ``copies`` (the other copies
    of the same original, as article documents).

    ``analyse=False`` analyses nothing: an article the store holds no analysis for comes
    back as stored, with ``brief`` and ``extractions`` None (:func:`stored_as_is`).
    """
    found = stored(store, article_id, options) if analyse else stored_as_is(store, article_id)
    if found is None:
        return {
            "brief": None,
            "article": article_document(store.get_article(article_id)),
            "extractions": None,
            "story_id": store.story_of(article_id),
            "original_id": store.original_of(article_id),
            "copies": [
                article_document(c) for c in store.copies_of(article_id, limit=COPIES_LISTED)
            ],
            "copies_total": store.copy_count(article_id),
        }
    return stored_article_document(
        found.brief,
        found.analysis,
        story_id=found.story_id,
        original_id=found.original_id,
        copies=found.copies,
        copies_total=found.copies_total,
    )


#: Timeline events of one story a shell reads unless asked for fewer (``topline story``,
#: ``GET /v1/stories/{id}``, the story page): a story followed for months holds thousands, read
#: a page at a time with an offset.
TIMELINE_LIMIT = 100
#: Most timeline events one request may ask for.
MAX_TIMELINE = 1000
#: Articles (and copies) of one story a shell lists unless asked for fewer (``topline story``,
#: ``GET /v1/stories/{id}``, the story page): a story followed for months, or a wire story
#: republished everywhere, holds thousands; they are read a page at a time with an offset.
ARTICLES_LIMIT = 100
#: Most articles (and copies) one request may ask for.
MAX_ARTICLES = 1000


def listed_stories(store: StoryView, found: Sequence[Story]) -> list[dict[str, Any]]:
    """Stories of a list (``topline stories --format json``, ``GET /v1/stories``) as
    documents, each with ``size``: how many articles and copies it holds, counted in the
    store's indexes (its ``article_ids`` and ``copies`` are only the first few, see
    ``queries.LIST_MEMBERS``)."""
    out = []
    for s in found:
        n_articles, n_copies = store.story_size(s.id)
        out.append({**to_dict(s), "size": {"articles": n_articles, "copies": n_copies}})
    return out


def story_document(
    store: StoryView,
    story_id: str,
    *,
    events: int | None = None,
    offset: int = 0,
    members: int | None = None,
    members_offset: int = 0,
) -> dict[str, Any]:
    """One story as ``topline story ID --format json`` and ``GET /v1/stories/{id}`` give it:
    the story, its articles' ids, titles and dates, and the date of every article its
    timeline cites (articles no longer in the store are left out). ``events``: one page of
    the timeline, ``events`` events from the ``offset``-th, with ``timeline_page`` saying
    whether more follow (the store reads one event more than it shows, never the rest).
    ``members``: one page of the story's articles and of its copies, each ``members`` long from
    the ``members_offset``-th, with ``articles_page`` saying whether more follow and how many
    the story holds (counted, not read)."""
    found = store.story(
        story_id,
        events=None if events is None else events + 1,
        offset=offset,
        members=None if members is None else members + 1,
        members_offset=members_offset,
    )
    more = events is not None and len(found.timeline) > events
    if more:
        shown = found.timeline_article_ids[:events]
        found = dataclasses.replace(
            found, timeline=found.timeline[:events], timeline_article_ids=shown
        )
    more_members = members is not None and (
        len(found.article_ids) > members or len(found.copies) > members
    )
    if members is not None:
        found = dataclasses.replace(
            found, article_ids=found.article_ids[:members], copies=found.copies[:members]
        )

    def present(ids: Sequence[str]) -> list[Article]:
        articles = []
        for aid in ids:
            try:
                articles.append(store.get_article(aid))
            except NotFound:
                continue
        return articles

    cited = sorted(set(found.article_ids) | set(found.timeline_article_ids))
    document = render_story(found, present(found.article_ids), present(cited))
    if events is not None:
        document["timeline_page"] = {"offset": offset, "limit": events, "more": more}
    if members is not None:
        n_articles, n_copies = store.story_size(story_id)
        document["articles_page"] = {
            "offset": members_offset,
            "limit": members,
            "more": more_members,
            "articles": n_articles,
            "copies": n_copies,
        }
    return document


# --- the story brief -------------------------------------------------------------------------


class StoryBriefView(StoredView, StoryView, Protocol):
    """What :func:`story_brief` reads from a store: a story and its stored articles."""


def story_brief(
    store: StoryBriefView,
    story_id: str,
    options: Options = DEFAULTS,
    *,
    since: datetime.date | None = None,
) -> StoryBrief:
    """One brief of every article of a story, each fact credited to the outlets that report it
    (``topline story ID --brief``, ``GET /v1/stories/{id}/brief``; see :mod:`topline.brief.story`).

    Members are the story's originals (syndicated copies are not members, so a republished
    wire story never counts as a second report), each with its stored analysis and brief.
    ``options.bullets`` caps the Key facts; ``since`` keeps only facts first reported after it.
    """
    from topline.brief.story import StoryMember
    from topline.brief.story import story_brief as build

    story = store.story(story_id)
    members = []
    for article_id in story.article_ids:
        found = stored(store, article_id, options)
        members.append(StoryMember(found.analysis, found.brief))
    return build(story_id, members, title=story.title, since=since, max_facts=options.bullets)


def story_brief_document(
    store: StoryBriefView,
    story_id: str,
    options: Options = DEFAULTS,
    *,
    since: datetime.date | None = None,
) -> dict[str, Any]:
    """The JSON document of a story brief, as the CLI and the API return it."""
    from topline.render.story_brief import story_brief_document as document_of

    return document_of(story_brief(store, story_id, options, since=since))
