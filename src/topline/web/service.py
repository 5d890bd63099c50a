"""The library calls behind each route, as plain synchronous functions returning JSON-ready data.

Routes run these in analysis workers or read threads (:mod:`topline.web.limits`); pages and API share
them, so the web page shows exactly what the API returns.
"""

from __future__ import annotations

from typing import Any

from topline import pipeline
from topline.dates import iso, parse_date
from topline.errors import NotFound
from topline.model import Article, to_dict
from topline.options import Options
from topline.store.queries import LIST_MEMBERS
from topline.web.requests import Parsed
from topline.web.settings import Settings
from topline.web.sources import read_article

#: Most search hits and stories one request may ask for.
MAX_LIMIT = 200
#: Timeline events of a story per request unless it asks for fewer, and the most it may ask
#: for (the CLI's ``topline story`` reads the same page).
TIMELINE_LIMIT = pipeline.TIMELINE_LIMIT
MAX_TIMELINE = pipeline.MAX_TIMELINE
ARTICLES_LIMIT = pipeline.ARTICLES_LIMIT
MAX_ARTICLES = pipeline.MAX_ARTICLES


def as_dict(obj: Any) -> Any:
    """JSON-ready form of a store result, keeping field names for named tuples too."""
    if isinstance(obj, tuple) and hasattr(obj, "_asdict"):
        return to_dict(obj._asdict())
    return to_dict(obj)


def _article(parsed: Parsed, settings: Settings) -> Article:
    return read_article(
        parsed.source, allow_private_urls=settings.allow_private_urls, robots=settings.robots
    )


def brief(parsed: Parsed, settings: Settings) -> dict[str, Any]:
    """The same document as ``topline brief --format json`` (brief + article with its text)."""
    return pipeline.brief(_article(parsed, settings), parsed.options)


def extract(parsed: Parsed, settings: Settings) -> dict[str, Any]:
    """The same document as ``topline extract --format json`` (of the extractors
    ``only`` / ``skip`` select, checked before the article is read or fetched)."""
    pipeline.check_extractors(parsed.options)
    return pipeline.extract(_article(parsed, settings), parsed.options)


def parse(parsed: Parsed, settings: Settings) -> dict[str, Any]:
    """The same document as ``topline parse --format json``."""
    return pipeline.parse(_article(parsed, settings))


def ingest(parsed: Parsed, settings: Settings) -> dict[str, Any]:
    """Add one article to the store (idempotent: the same text gives the same id)."""
    article = _article(parsed, settings)
    with settings.open_store() as store:
        report = store.add([article])
    return {"id": article.id, "title": article.title, "report": as_dict(report)}


def article_view(article_id: str, settings: Settings) -> dict[str, Any]:
    """The same document as ``topline show ID --format json``: one stored article with its
    brief, extractions, story and the copies found of it, as the store holds them.

    A read, run in a read thread: nothing is analysed here. When the store holds no analysis
    of the article (a copy, or an article stored without analysis), ``brief`` and
    ``extractions`` are None and the route asks the analysis workers for
    :func:`article_analysed`.
    """
    with settings.open_store() as store:
        return pipeline.stored_document(store, article_id, Options(), analyse=False)


def article_analysed(article_id: str, settings: Settings) -> dict[str, Any]:
    """:func:`article_view` with the missing analysis and brief made now: an analysis job,
    run in an analysis worker under the time limit."""
    with settings.open_store() as store:
        return pipeline.stored_document(store, article_id, Options())


def search(query: str, limit: int, settings: Settings) -> dict[str, Any]:
    with settings.open_store() as store:
        hits = store.search(query, limit=min(limit, MAX_LIMIT))
    return {"query": query, "hits": [as_dict(h) for h in hits]}


def recent(limit: int, settings: Settings) -> dict[str, Any]:
    """The newest stored articles (originals), for the article list page."""
    with settings.open_store() as store:
        listed = store.recent(limit=min(limit, MAX_LIMIT))
    return {"articles": [as_dict(a) for a in listed]}


def stories(
    since: str | None,
    entity: str | None,
    limit: int,
    settings: Settings,
    *,
    timelines: bool = False,
    preview: int | None = None,
) -> dict[str, Any]:
    """Stories, most recent first, as the store orders them.

    ``timelines`` (the page) fills in each story's timeline and adds ``published``: the
    publication date of every article a timeline event comes from, to date undated events.
    ``preview`` reads only each timeline's first events (the page shows that many), so the
    page decodes and dates a few events per story, not every one (a story of a long-running
    event has hundreds).
    """
    with settings.open_store() as store:
        day = iso(parse_date(since, field="since"))  # BadDate (422) before the store is read
        found = store.stories(since=day, entity=entity, limit=min(limit, MAX_LIMIT))
        doc: dict[str, Any] = {}
        if timelines:
            found = [
                s if s.timeline else store.story(s.id, events=preview, members=LIST_MEMBERS)
                for s in found
            ]
            ids = {a for s in found for a in s.timeline_article_ids}
            doc["published"] = _published(store, ids)
        doc["stories"] = pipeline.listed_stories(store, found)
    return doc


def _published(store: Any, article_ids: set[str]) -> dict[str, str | None]:
    dates: dict[str, str | None] = {}
    for aid in sorted(article_ids):
        try:
            dates[aid] = iso(store.get_article(aid).published)
        except NotFound:
            continue
    return dates


def story(
    story_id: str,
    settings: Settings,
    limit: int = TIMELINE_LIMIT,
    offset: int = 0,
    article_limit: int = ARTICLES_LIMIT,
    article_offset: int = 0,
) -> dict[str, Any]:
    """The document of ``topline story ID --format json`` with one page of the timeline:
    ``limit`` events from the ``offset``-th (in the store's order) and ``timeline_page``, and
    one page of its articles and copies (``article_limit`` of each from the
    ``article_offset``-th) and ``articles_page``."""
    with settings.open_store() as store:
        return pipeline.story_document(
            store,
            story_id,
            events=limit,
            offset=offset,
            members=article_limit,
            members_offset=article_offset,
        )


def story_view(
    story_id: str,
    settings: Settings,
    offset: int = 0,
    limit: int | None = None,
    article_offset: int = 0,
) -> dict[str, Any]:
    """The story page's data: :func:`story`'s document (``limit`` events, else
    :data:`TIMELINE_LIMIT`; :data:`ARTICLES_LIMIT` articles from ``article_offset``) plus
    ``event_texts``, each timeline event's clause as its article says it (None where the
    article is gone)."""
    events = limit or TIMELINE_LIMIT
    with settings.open_store() as store:
        document = pipeline.story_document(
            store,
            story_id,
            events=events,
            offset=offset,
            members=ARTICLES_LIMIT,
            members_offset=article_offset,
        )
        story = document["story"]
        aids = story.get("timeline_article_ids") or []
        texts: dict[str, str | None] = {}
        event_texts: list[str | None] = []
        for i, event in enumerate(story.get("timeline") or []):
            aid = aids[i] if i < len(aids) else None
            if aid is not None and aid not in texts:
                try:
                    texts[aid] = store.get_article(aid).text
                except NotFound:
                    texts[aid] = None
            text = texts.get(aid) if aid is not None else None
            span = event["span"]
            event_texts.append(text[span["start"] : span["end"]] if text is not None else None)
    return {**document, "event_texts": event_texts}


def story_brief(
    story_id: str, since: str | None, bullets: int, settings: Settings
) -> dict[str, Any]:
    """One brief of the whole story, each fact credited to the outlets that report it."""
    day = parse_date(since, field="since")  # BadDate (422) before the store is read
    with settings.open_store() as store:
        return pipeline.story_brief_document(store, story_id, Options(bullets=bullets), since=day)
