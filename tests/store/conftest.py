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
