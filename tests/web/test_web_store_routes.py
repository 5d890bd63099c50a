"""The store routes over an in-memory store with the methods of ``topline.store.Store``."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from topline.model import Article
from topline.web import create_app


def assert_error(response: Any, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.json() == {
        "error": {"code": code, "message": response.json()["error"]["message"]}
    }


# --- store routes ------------------------------------------------------------------------


def test_post_article_adds_it_and_is_idempotent(client: TestClient, article_text: str) -> None:
    first = client.post("/v1/articles", json={"text": article_text})
    assert first.status_code == 201
    article_id = first.json()["id"]
    assert first.headers["location"] == f"/v1/articles/{article_id}"
    assert first.json()["report"]["added"] == 1
    again = client.post("/v1/articles", json={"text": article_text})
    assert again.status_code == 201
    assert again.json()["id"] == article_id
    assert again.json()["report"]["duplicates"] == 1


def test_post_article_errors_use_the_same_shape(client: TestClient) -> None:
    assert_error(client.post("/v1/articles", json={}), 422, "invalid_request")
    assert_error(
        client.post("/v1/articles", content=b"", headers={"content-type": "application/json"}),
        400,
        "empty_body",
    )


def test_get_article_returns_text_brief_extractions_and_copies(
    client: TestClient, store: Any, article_text: str
) -> None:
    article_id = client.post("/v1/articles", json={"text": article_text}).json()["id"]
    original = store.articles[article_id]
    copy = Article(id="copy-1", text=original.text, title="Reprint", outlet="Wire")
    store.copies[article_id] = [copy]
    response = client.get(f"/v1/articles/{article_id}")
    assert response.status_code == 200
    doc = response.json()
    assert doc["article"]["id"] == article_id
    assert "raw" not in doc["article"]
    assert doc["brief"]["topline"]["text"] in doc["article"]["text"]
    assert doc["extractions"]["quotes"]
    assert [c["id"] for c in doc["copies"]] == ["copy-1"]


def test_unknown_article_id_is_404(client: TestClient) -> None:
    assert_error(client.get("/v1/articles/0000deadbeef"), 404, "not_found")


def test_search_finds_stored_articles(client: TestClient, article_text: str) -> None:
    article_id = client.post("/v1/articles", json={"text": article_text}).json()["id"]
    response = client.get("/v1/search", params={"q": "steel supports"})
    assert response.status_code == 200
    hits = response.json()["hits"]
    assert [h["article_id"] for h in hits] == [article_id]
    assert "steel supports" in hits[0]["snippet"]
    assert client.get("/v1/search", params={"q": "volcano"}).json()["hits"] == []


@pytest.mark.parametrize("query", ["", None])
def test_search_without_query_is_422(client: TestClient, query: str | None) -> None:
    params = {} if query is None else {"q": query}
    assert_error(client.get("/v1/search", params=params), 422, "invalid_request")


def test_search_limit_out_of_range_is_422(client: TestClient) -> None:
    assert_error(client.get("/v1/search", params={"q": "x", "limit": 0}), 422, "invalid_request")


def test_stories_list_and_story_with_timeline(
    client: TestClient, store: Any, make_story: Any, article_text: str
) -> None:
    article_id = client.post("/v1/articles", json={"text": article_text}).json()["id"]
    store.story_list.append(make_story((article_id,)))
    listed = client.get("/v1/stories").json()["stories"]
    assert [s["id"] for s in listed] == ["story-1"]
    response = client.get("/v1/stories/story-1")
    assert response.status_code == 200
    doc = response.json()
    timeline = doc["story"]["timeline"]
    assert [(e["when"] or {}).get("value") for e in timeline] == ["2024-03-01", None]
    assert [a["id"] for a in doc["articles"]] == [article_id]


def test_unknown_story_id_is_404(client: TestClient) -> None:
    assert_error(client.get("/v1/stories/nope"), 404, "not_found")


def test_store_routes_answer_503_when_the_store_is_locked(article_text: str) -> None:
    from topline.errors import StoreError

    def locked() -> Any:
        raise StoreError("the store is locked by another process")

    with TestClient(
        create_app(warm_model=False, store_factory=locked), base_url="http://localhost"
    ) as c:
        assert_error(c.get("/v1/stories"), 503, "store_error")
        response = c.post("/v1/articles", json={"text": article_text})
        assert_error(response, 503, "store_error")
        assert response.headers["retry-after"]


def test_a_story_timeline_is_read_one_page_at_a_time(
    client: TestClient, store: Any, make_story: Any, article_text: str
) -> None:
    article_id = client.post("/v1/articles", json={"text": article_text}).json()["id"]
    store.story_list.append(make_story((article_id,)))  # two events: dated, then undated
    first = client.get("/v1/stories/story-1", params={"limit": 1}).json()
    assert [(e["when"] or {}).get("value") for e in first["story"]["timeline"]] == ["2024-03-01"]
    assert first["timeline_page"] == {"offset": 0, "limit": 1, "more": True}
    second = client.get("/v1/stories/story-1", params={"limit": 1, "offset": 1}).json()
    assert [e["when"] for e in second["story"]["timeline"]] == [None]
    assert second["timeline_page"]["more"] is False
    default = client.get("/v1/stories/story-1").json()["timeline_page"]
    assert default == {"offset": 0, "limit": 100, "more": False}
    for bad in ({"limit": 0}, {"limit": 1001}, {"offset": -1}, {"limit": "all"}):
        assert_error(client.get("/v1/stories/story-1", params=bad), 422, "invalid_request")


def test_a_storys_articles_are_read_one_page_at_a_time(
    client: TestClient, store: Any, make_story: Any, article_text: str
) -> None:
    first_id = client.post("/v1/articles", json={"text": article_text}).json()["id"]
    other = article_text.replace("The", "A", 1) + "\n\nA later paragraph of the follow-up."
    second_id = client.post("/v1/articles", json={"text": other}).json()["id"]
    assert first_id != second_id
    store.story_list.append(make_story((first_id, second_id)))
    page = client.get("/v1/stories/story-1", params={"article_limit": 1}).json()
    assert [a["id"] for a in page["articles"]] == [first_id]
    assert page["articles_page"] == {
        "offset": 0,
        "limit": 1,
        "more": True,
        "articles": 2,
        "copies": 0,
    }
    later = client.get("/v1/stories/story-1", params={"article_limit": 1, "article_offset": 1})
    assert [a["id"] for a in later.json()["articles"]] == [second_id]
    assert later.json()["articles_page"]["more"] is False
    default = client.get("/v1/stories/story-1").json()["articles_page"]
    assert default["limit"] == 100 and default["more"] is False
    for bad in ({"article_limit": 0}, {"article_limit": 1001}, {"article_offset": -1}):
        assert_error(client.get("/v1/stories/story-1", params=bad), 422, "invalid_request")
