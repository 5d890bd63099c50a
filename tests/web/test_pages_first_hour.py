"""The web page for a new user: the brief is the target after submitting, a search page,
human error messages, no server paths in any response, a way back from /docs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from topline.web import create_app

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, Path]]:
    db = tmp_path_factory.mktemp("web") / "private-server-folder" / "news.db"
    db.parent.mkdir()
    with TestClient(
        create_app(db=str(db), warm_model=False), base_url="http://localhost"
    ) as client:
        text = (REPO / "examples" / "plain-article.txt").read_text()
        assert client.post("/v1/articles", json={"text": text}).status_code == 201
        yield client, db


def test_search_page_finds_stored_articles_and_links_them(stored: tuple[TestClient, Path]) -> None:
    client, _db = stored
    empty = client.get("/search")
    assert empty.status_code == 200 and 'name="q"' in empty.text
    found = client.get("/search", params={"q": "ferry"})
    assert found.status_code == 200
    assert "1 result for" in found.text and 'href="/articles/' in found.text
    assert "Ferry service suspended" in found.text


def test_no_response_shows_the_database_path(stored: tuple[TestClient, Path]) -> None:
    client, db = stored
    for path in ("/stories/s-nothing", "/articles/nothing", "/v1/stories/s-nothing"):
        response = client.get(path)
        assert response.status_code == 404
        assert str(db.parent) not in response.text and "private-server-folder" not in response.text


def test_an_empty_form_gets_a_human_message() -> None:
    with TestClient(create_app(warm_model=False), base_url="http://localhost") as client:
        response = client.post("/", data={"text": "", "url": "", "published": "", "bullets": "5"})
    assert response.status_code == 422
    assert (
        "Paste an article&#39;s text, give a page&#39;s address, or choose a file" in response.text
    )
    assert "exactly one" not in response.text


def test_the_form_targets_the_brief() -> None:
    with TestClient(create_app(warm_model=False), base_url="http://localhost") as client:
        page = client.get("/").text
        assert 'action="/#brief"' in page
        text = (REPO / "examples" / "plain-article.txt").read_text()
        result = client.post("/", data={"text": text, "published": "2024-06-09"})
    assert result.status_code == 200 and 'id="brief"' in result.text


def test_docs_link_back_to_the_app() -> None:
    with TestClient(create_app(warm_model=False), base_url="http://localhost") as client:
        docs = client.get("/docs").text
    assert 'href="/">← back to topline</a>' in docs
