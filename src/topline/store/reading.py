"""The read side of the store: articles, analyses, briefs, copies, search and stories.

Kept apart from the write path (core.py) so each module holds one concern; ``Store``
inherits these methods.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from topline.errors import NotFound, StoreError
from topline.model import Analysis, Article, BackgroundItem, Brief, Story, from_dict, to_dict
from topline.store import articles as rows
from topline.store import queries
from topline.store.background import background_for
from topline.store.db import translate
from topline.store.queries import LIST_MEMBERS, Listing, SearchHit


class StoreReader:
    """Queries over an open connection (``Store`` opens it and adds the write path)."""

    path: Path
    _conn: sqlite3.Connection | None
    #: Makes a brief from an analysis and Key background (see ``topline.store.core.Briefer``).
    briefer: Callable[[Analysis, Sequence[BackgroundItem]], Brief] | None

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError("the store is closed", source=str(self.path))
        return self._conn

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc

    def _root(self, article_id: str) -> str:
        row = self.conn.execute(
            "SELECT coalesce(original_id, id) FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return row[0] if row else article_id

    def _story_of(self, article_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT story_id FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    def get_article(self, article_id: str) -> Article:
        found = self._read(
            f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        )
        if not found:
            raise NotFound(f"no article with id {article_id!r}", source=str(self.path))
        return rows.row_to_article(found[0])

    def get_analysis(self, article_id: str) -> Analysis | None:
        found = self._read("SELECT json FROM analyses WHERE article_id = ?", (article_id,))
        if not found:
            self.get_article(article_id)  # NotFound when the article itself is unknown
            return None
        return rows.load_analysis(json.loads(found[0][0]), self.get_article(article_id))

    def get_brief(self, article_id: str) -> Brief | None:
        """The stored brief, made again (by the store's briefer) when the store holds
        background for it.

        None for copies (they are not analysed: brief the original), for articles stored
        with ``analyze=False``, and when there is no stored brief and no briefer.
        """
        analysis = self.get_analysis(article_id)
        if analysis is None:
            return None
        background = self.background_for(article_id)
        if not background or self.briefer is None:
            found = self._read("SELECT json FROM briefs WHERE article_id = ?", (article_id,))
            if found:
                return from_dict(Brief, json.loads(found[0][0]))
        if self.briefer is None:
            return None
        return self.briefer(analysis, background)

    def background_for(self, article_id: str) -> list[BackgroundItem]:
        self.get_article(article_id)
        try:
            return background_for(self.conn, article_id)
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc

    def copies_of(self, article_id: str, *, limit: int | None = None) -> list[Article]:
        """The other copies of the article's original, oldest first; at most ``limit``.

        A wire story can be stored thousands of times, so readers that show copies ask for
        the first few and :meth:`copy_count` for the rest.
        """
        root = self._root(self.get_article(article_id).id)
        wanted = -1 if limit is None else limit + 1  # + 1: the article itself may be a copy
        found = self._read(
            f"SELECT {rows.ARTICLE_COLUMNS} FROM articles WHERE original_id = ? "
            "ORDER BY seq LIMIT ?",
            (root, wanted),
        )
        copies = [rows.row_to_article(r) for r in found if r["id"] != article_id]
        return copies if limit is None else copies[:limit]

    def copy_count(self, article_id: str) -> int:
        """How many other copies of the article's original the store holds (an index count)."""
        root = self._root(self.get_article(article_id).id)
        found = self._read(
            "SELECT count(*), sum(id = ?) FROM articles WHERE original_id = ?", (article_id, root)
        )
        total, itself = found[0][0], found[0][1] or 0
        return int(total) - int(itself)

    def sightings_of(self, article_id: str) -> list[dict[str, str | None]]:
        """Other places the very same text was read from (outlet, URL, licensor …)."""
        self.get_article(article_id)
        found = self._read(
            "SELECT url, canonical_url, outlet, licensor, published, source, seen_at "
            "FROM sightings WHERE article_id = ? ORDER BY rowid",
            (article_id,),
        )
        return [dict(r) for r in found]

    def original_of(self, article_id: str) -> str | None:
        found = self._read("SELECT original_id FROM articles WHERE id = ?", (article_id,))
        if not found:
            raise NotFound(f"no article with id {article_id!r}", source=str(self.path))
        original: str | None = found[0][0]
        return original

    def story_of(self, article_id: str) -> str | None:
        self.get_article(article_id)
        return self._story_of(article_id)

    def recent(self, *, limit: int = 50) -> list[Listing]:
        """The newest stored originals, for the page's article list."""
        try:
            return queries.recent(self.conn, limit)
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        try:
            return queries.search(self.conn, query, limit)
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc

    def stories(
        self,
        *,
        since: str | None = None,
        entity: str | None = None,
        limit: int = 50,
        members: int | None = LIST_MEMBERS,
    ) -> list[Story]:
        """Most recent stories first; their timelines are left empty (see :meth:`story`), and
        each lists only its first ``members`` articles and copies (LIST_MEMBERS; all when
        None): :meth:`story_size` counts the rest in an index."""
        try:
            return queries.stories(
                self.conn, since=since, entity=entity, limit=limit, members=members
            )
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc

    def story(
        self,
        story_id: str,
        *,
        events: int | None = None,
        offset: int = 0,
        members: int | None = None,
        members_offset: int = 0,
    ) -> Story:
        """One story with its timeline, oldest event first (only ``events`` events from the
        ``offset``-th when given: the stories page shows a few of each, the story page and
        ``GET /v1/stories/{id}`` one page), and its articles and copies, oldest first (only
        ``members`` of each from the ``members_offset``-th when given; the story brief reads
        them all)."""
        try:
            found = queries.story(self.conn, story_id, events, offset, members, members_offset)
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc
        if found is None:
            raise NotFound(f"no story with id {story_id!r}", source=str(self.path))
        return found

    def story_size(self, story_id: str) -> tuple[int, int]:
        """(articles, copies) the story holds, counted without reading them (0, 0 when the
        story is unknown)."""
        try:
            return queries.story_size(self.conn, story_id)
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc

    def count(self) -> dict[str, int]:
        one = self._read(
            "SELECT (SELECT count(*) FROM articles WHERE original_id IS NULL), "
            "(SELECT count(*) FROM articles WHERE original_id IS NOT NULL), "
            "(SELECT count(*) FROM stories)"
        )[0]
        return {"articles": one[0], "copies": one[1], "stories": one[2]}

    def export(self) -> Iterator[dict[str, Any]]:
        """Everything, one JSON-ready record at a time: articles (with analysis), then stories."""
        for r in self._read(
            f"SELECT {rows.ARTICLE_COLUMNS}, original_id, similarity, story_id FROM articles ORDER BY seq"
        ):
            article = rows.row_to_article(r)
            analysis = self._read("SELECT json FROM analyses WHERE article_id = ?", (article.id,))
            brief = self._read("SELECT json FROM briefs WHERE article_id = ?", (article.id,))
            yield {
                "type": "article",
                "article": to_dict(article),
                "original_id": r["original_id"],
                "similarity": r["similarity"],
                "story_id": r["story_id"],
                "analysis": json.loads(analysis[0][0]) if analysis else None,
                "brief": json.loads(brief[0][0]) if brief else None,
                "sightings": self.sightings_of(article.id),
            }
        for s in self._read("SELECT id FROM stories ORDER BY created_at, id"):
            yield {"type": "story", "story": to_dict(self.story(s[0]))}
