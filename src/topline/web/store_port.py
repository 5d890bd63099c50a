"""The part of :class:`topline.store.Store` the web shell uses, as a protocol.

Routes talk to this protocol only, so tests can hand the app an in-memory store, and the app
opens one store per request (SQLite connections belong to the thread that made them).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from topline.model import Analysis, Article, BackgroundItem, Brief, Story


class StorePort(Protocol):
    def add(self, articles: Iterable[Any], *, analyze: bool = True, progress: Any = None) -> Any:
        """Ingest articles; returns an IngestReport (added, duplicates, copies, failed)."""

    def get_article(self, article_id: str) -> Article: ...

    def get_analysis(self, article_id: str) -> Analysis | None: ...

    def get_brief(self, article_id: str) -> Brief | None: ...

    def copies_of(self, article_id: str, *, limit: int | None = None) -> list[Article]: ...

    def copy_count(self, article_id: str) -> int: ...

    def background_for(self, article_id: str) -> list[BackgroundItem]: ...

    def original_of(self, article_id: str) -> str | None: ...

    def story_of(self, article_id: str) -> str | None: ...

    def search(self, query: str, *, limit: int = 20) -> list[Any]: ...

    def recent(self, *, limit: int = 50) -> list[Any]:
        """The newest stored originals (``topline.store.Listing``)."""

    def stories(
        self, *, since: str | None = None, entity: str | None = None, limit: int = 50
    ) -> list[Story]: ...

    def story(
        self,
        story_id: str,
        *,
        events: int | None = None,
        offset: int = 0,
        members: int | None = None,
        members_offset: int = 0,
    ) -> Story:
        """One story; ``events``: only that many events of its timeline, from ``offset``;
        ``members``: only that many of its articles and of its copies, from ``members_offset``."""

    def story_size(self, story_id: str) -> tuple[int, int]:
        """(articles, copies) of a story, counted."""


StoreFactory = Callable[[], AbstractContextManager[StorePort]]


def sqlite_store_factory(db: str | None) -> StoreFactory:
    """Open the store at ``db`` for each use (None: ``TOPLINE_DB`` or the default), analysing
    and briefing through :mod:`topline.pipeline`; the stores it opens share one
    :func:`cached_briefer`."""
    brief_with: Briefer | None = None

    def open_store() -> AbstractContextManager[StorePort]:
        from topline import pipeline

        nonlocal brief_with
        if brief_with is None:
            brief_with = cached_briefer(pipeline.briefer())
        return pipeline.open_store(db, brief_with=brief_with)

    return open_store


#: Briefs a server keeps made (:func:`cached_briefer`); a brief is a few KiB.
BRIEF_CACHE = 512

Briefer = Callable[[Analysis, Sequence[BackgroundItem]], Brief]


def cached_briefer(briefer: Briefer, size: int = BRIEF_CACHE) -> Briefer:
    """``briefer`` with the last ``size`` briefs remembered.

    The store makes a stored article's brief again on every read when its story gives it
    Key background (the stored brief was made before that background existed). The same
    article with the same background gives the same brief, so a read serves it from here
    instead of composing it again (~10-25 ms of CPU each time). Thread-safe; the key is the
    article's id (its text's hash) and the background items themselves.
    """
    made: OrderedDict[tuple[str, tuple[BackgroundItem, ...]], Brief] = OrderedDict()
    lock = threading.Lock()

    def brief(analysis: Analysis, background: Sequence[BackgroundItem]) -> Brief:
        key = (analysis.article.id, tuple(background))
        with lock:
            if key in made:
                made.move_to_end(key)
                return made[key]
        result = briefer(analysis, background)
        with lock:
            made[key] = result
            while len(made) > size:
                made.popitem(last=False)
        return result

    return brief
