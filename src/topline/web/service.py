"""The library calls behind each route, as plain synchronous functions returning JSON-ready data.

Routes run these in worker threads (:func:`topline.web.app.run_limited`); pages and API share
them, so the web page shows exactly what the API returns.
"""

from __future__ import annotations

from typing import Any

from topline import pipeline
from topline.dates import iso, parse_date
from topline.errors import NotFound
from topline.model import Article, to_dict
from topline.options import Options
from topline.web.app import Settings
from topline.web.requests import Parsed
from topline.web.sources import read_article

#: Most search hits and stories one request may ask for.
MAX_LIMIT = 200


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
    """The same document as ``topline extract --format json``."""
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
    brief, extractions, story and the copies found of it."""
    with settings.open_store() as store:
        return pipeline.stored_document(store, article_id, Options())


def search(query: str, limit: int, settings: Settings) -> dict[str, Any]:
    with settings.open_store() as store:
        hits = store.search(query, limit=min(limit, MAX_LIMIT))
    return {"query": query, "hits": [as_dict(h) for h in hits]}


def stories(
    since: str | None,
    entity: str | None,
    limit: int,
    settings: Settings,
    *,
    timelines: bool = False,
) -> dict[str, Any]:
    """Stories, most recent first, as the store orders them.

    ``timelines`` (the page) fills in each story's timeline and adds ``published``: the
    publication date of every article a timeline event comes from, to date undated events.
    """
    with settings.open_store() as store:
        day = iso(parse_date(since, field="since"))  # BadDate (422) before the store is read
        found = store.stories(since=day, entity=entity, limit=min(limit, MAX_LIMIT))
        doc: dict[str, Any] = {}
        if timelines:
            found = [s if s.timeline else store.story(s.id) for s in found]
            ids = {a for s in found for a in getattr(s, "timeline_article_ids", ())}
            doc["published"] = _published(store, ids)
    doc["stories"] = [to_dict(s) for s in found]
    return doc


def _published(store: Any, article_ids: set[str]) -> dict[str, str | None]:
    dates: dict[str, str | None] = {}
    for aid in sorted(article_ids):
        try:
            dates[aid] = iso(store.get_article(aid).published)
        except NotFound:
            continue
    return dates


def story(story_id: str, settings: Settings) -> dict[str, Any]:
    """One story with its timeline (in the store's order) and its articles' titles and dates."""
    with settings.open_store() as store:
        found = store.story(story_id)
        ids = set(found.article_ids) | set(getattr(found, "timeline_article_ids", ()))
        articles = []
        for aid in found.article_ids:
            try:
                a = store.get_article(aid)
            except NotFound:
                continue
            articles.append({"id": a.id, "title": a.title, "published": iso(a.published)})
        published = _published(store, ids)
    return {"story": to_dict(found), "articles": articles, "published": published}
