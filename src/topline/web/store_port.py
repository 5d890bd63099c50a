"""The part of :class:`topline.store.Store` the web shell uses, as a protocol.

Routes talk to this protocol only, so tests can hand the app an in-memory store, and the app
opens one store per request (SQLite connections belong to the thread that made them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from typing import Any, Protocol

from topline.model import Analysis, Article, BackgroundItem, Brief, Story


class StorePort(Protocol):
    def add(self, articles: Iterable[Any], *, analyze: bool = True, progress: Any = None) -> Any:
        """Ingest articles; returns an IngestReport (added, duplicates, copies, failed)."""

    def get_article(self, article_id: str) -> Article: ...

    def get_analysis(self, article_id: str) -> Analysis | None: ...

    def get_brief(self, article_id: str) -> Brief | None: ...

    def copies_of(self, article_id: str) -> list[Article]: ...

    def background_for(self, article_id: str) -> list[BackgroundItem]: ...

    def original_of(self, article_id: str) -> str | None: ...

    def story_of(self, article_id: str) -> str | None: ...

    def search(self, query: str, *, limit: int = 20) -> list[Any]: ...

    def recent(self, *, limit: int = 50) -> list[Any]:
        """The newest stored originals (``topline.store.Listing``)."""

    def stories(
        self, *, since: str | None = None, entity: str | None = None, limit: int = 50
    ) -> list[Story]: ...

    def story(self, story_id: str) -> Story: ...


StoreFactory = Callable[[], AbstractContextManager[StorePort]]


def sqlite_store_factory(db: str | None) -> StoreFactory:
    """Open the store at ``db`` for each use (None: ``TOPLINE_DB`` or the default), analysing
    and briefing through :mod:`topline.pipeline`."""

    def open_store() -> AbstractContextManager[StorePort]:
        from topline.pipeline import open_store as open_pipeline_store

        return open_pipeline_store(db)

    return open_store
