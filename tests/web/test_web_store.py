"""The store routes over the real SQLite store (``topline.store.Store``) in a temporary file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from topline.web import create_app

SECOND = (
    "Harbour bridge to reopen next month, engineers say\n\n"
    "The Harbour Bridge will reopen on April 15 after engineers replaced the two cracked steel "
    "supports, the Port Authority said on Monday.\n\n"
    '"The new supports are stronger than the old ones," Maria Lopez, the authority\'s chief '
    "engineer, told reporters on Monday.\n\n"
    "The bridge was closed on March 1 after inspectors found the cracks. About 45,000 vehicles "
    "cross it each day."
)


@pytest.fixture()
def real(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(db=str(tmp_path / "news.db"), warm_model=False)
    with TestClient(app, base_url="http://localhost") as c:
        yield c


def test_ingest_then_read_search_and_stories(real: TestClient, article_text: str) -> None:
    first = real.post("/v1/articles", json={"text": article_text, "published": "2024-03-01"})
    assert first.status_code == 201, first.text
    article_id = first.json()["id"]
    assert first.json()["report"]["added"] == 1
    again = real.post("/v1/articles", json={"text": article_text, "published": "2024-03-01"})
    assert again.json()["report"]["duplicates"] == 1
    second = real.post("/v1/articles", json={"text": SECOND, "published": "2024-03-11"})
    assert second.status_code == 201

    doc = real.get(f"/v1/articles/{article_id}").json()
    assert doc["article"]["id"] == article_id and "raw" not in doc["article"]
    assert doc["brief"]["topline"]["text"]
    assert doc["extractions"]["quotes"]

    hits = real.get("/v1/search", params={"q": "steel supports"}).json()["hits"]
    assert article_id in {h["article_id"] for h in hits}

    stories = real.get("/v1/stories").json()["stories"]
    assert stories
    story = real.get(f"/v1/stories/{stories[0]['id']}")
    assert story.status_code == 200
    assert real.get("/stories").status_code == 200
    assert real.get(f"/articles/{article_id}").status_code == 200


def test_unknown_ids_are_404_in_the_real_store(real: TestClient) -> None:
    assert real.get("/v1/articles/0123456789abcdef").status_code == 404
    assert real.get("/v1/stories/no-such-story").status_code == 404
