from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from topline.ingest import article_from_text
from topline.model import Article
from topline.pipeline import open_store
from topline.store import Store


def query_plan(conn: sqlite3.Connection, sql: str, params: tuple[object, ...]) -> str:
    """SQLite's plan for ``sql``, its steps joined by " | " (what an index test reads)."""
    return " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def make(text: str, published: str | None = None, **kw: Any) -> Article:
    article = article_from_text(text, published=published, source="test")
    if kw:
        from dataclasses import replace

        article = replace(article, **kw)
    return article


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "t.db") as s:
        yield s


@pytest.fixture
def written_at_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """``same_story.TEXT_THRESHOLD`` as the test's fixtures were written for (see
    ``store.texts.WRITTEN_AT_THRESHOLD``)."""
    from store.texts import WRITTEN_AT_THRESHOLD
    from topline.store import same_story

    monkeypatch.setattr(same_story, "TEXT_THRESHOLD", WRITTEN_AT_THRESHOLD)
