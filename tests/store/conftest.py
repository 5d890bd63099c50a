from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from topline.ingest import article_from_text
from topline.model import Article
from topline.pipeline import open_store
from topline.store import Store


def make(text: str, published: str | None = None, **kw: str) -> Article:
    article = article_from_text(text, published=published, source="test")
    if kw:
        from dataclasses import replace

        article = replace(article, **kw)
    return article


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "t.db") as s:
        yield s
