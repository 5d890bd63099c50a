"""The web page: the form, the brief beside its article, stories, articles; no XSS."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest
from fastapi.testclient import TestClient

from topline.model import join_pieces


class _Collect(HTMLParser):
    """Tags with their attributes, and the text of the article and of each grounded element."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.segments: list[tuple[int, int, str]] = []
        self.grounded: list[tuple[str, str]] = []
        self._segment: tuple[int, int] | None = None
        self._button: str | None = None
        self._button_text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "span" and "data-s" in a:
            self._segment = (int(a["data-s"] or 0), int(a["data-e"] or 0))
        if tag == "button" and "grounded" in (a.get("class") or ""):
            self._button, self._button_text = a.get("data-spans") or "", ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self._segment = None
        if tag == "button" and self._button is not None:
            self.grounded.append((self._button, self._button_text))
            self._button = None

    def handle_data(self, data: str) -> None:
        if self._segment is not None:
            self.segments.append((*self._segment, data))
        if self._button is not None:
            self._button_text += data


def parse(html: str) -> _Collect:
    collector = _Collect()
    collector.feed(html)
    return collector


def test_index_has_a_labelled_form_and_landmarks(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = parse(response.text)
    tags = [t for t, _ in page.tags]
    for landmark in ("header", "nav", "main", "footer", "form"):
        assert landmark in tags
    ids = {a.get("id") for t, a in page.tags if t in ("textarea", "input")}
    labels = {a.get("for") for t, a in page.tags if t == "label"}
    assert {"text", "url", "file"} <= ids
    assert ids <= labels
    assert '<html lang="en">' in response.text
    assert 'name="viewport"' in response.text


def test_pages_load_no_asset_from_the_network(client: TestClient) -> None:
    page = parse(client.get("/").text)
    for tag, attrs in page.tags:
        for key in ("src", "href"):
            value = attrs.get(key)
            if tag in ("script", "link", "img") and value is not None:
                assert value.startswith("/"), value
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/topline.js").status_code == 200
    assert "http" not in client.get("/static/topline.js").text


def test_brief_page_shows_topline_beside_the_article_text(
    client: TestClient, article_text: str
) -> None:
    response = client.post("/", data={"text": article_text})
    assert response.status_code == 200
    page = parse(response.text)
    text = "".join(t for _, _, t in page.segments)
    doc = client.post("/v1/brief", json={"text": article_text}).json()
    assert text == doc["article"]["text"]
    assert "Topline" in response.text and "Crucial quote" in response.text
    assert page.grounded, "brief elements are buttons"
    buttons = [a for t, a in page.tags if t == "button" and "grounded" in (a.get("class") or "")]
    assert all("aria-label" not in a for a in buttons)  # their name is their text
    assert all(a.get("aria-describedby") == "grounded-hint" for a in buttons)
    assert 'id="grounded-hint"' in response.text
    for spans, shown in page.grounded:
        covered = []
        for part in spans.split(","):
            start, end = (int(x) for x in part.split("-"))
            covered.append("".join(t for s, e, t in page.segments if start <= s and e <= end))
        assert join_pieces(covered) == shown  # a lone final stop joins the word before


def test_brief_page_segments_align_with_every_span(client: TestClient, seed_text: str) -> None:
    page = parse(client.post("/", data={"text": seed_text}).text)
    starts = {s for s, _, _ in page.segments}
    ends = {e for _, e, _ in page.segments}
    for spans, _ in page.grounded:
        for part in spans.split(","):
            start, end = (int(x) for x in part.split("-"))
            assert start in starts and end in ends


def test_brief_page_accepts_an_uploaded_file(client: TestClient, article_text: str) -> None:
    files = {"file": ("bridge.txt", article_text.encode(), "text/plain")}
    response = client.post("/", files=files)
    assert response.status_code == 200
    assert "grounded" in response.text


def test_brief_page_shows_errors_in_an_alert(client: TestClient) -> None:
    response = client.post("/", data={"text": "   "})
    assert response.status_code == 400 or response.status_code == 422
    assert 'role="alert"' in response.text
    assert "<form" in response.text


def _scripts(html: str) -> list[str]:
    return re.findall(r"<script\b[^>]*>", html, flags=re.IGNORECASE)


def _assert_no_injected_markup(html: str) -> None:
    """Hostile words may appear as escaped text, never as tags, handlers or script URLs."""
    assert _scripts(html) == ['<script src="/static/topline.js" defer>']
    for tag, attrs in parse(html).tags:
        assert tag not in ("img", "iframe", "object", "embed"), tag
        for key, value in attrs.items():
            assert not key.startswith("on"), key
            assert "javascript:" not in (value or "").lower()
    assert "document.body" not in html and "pwned" not in html


def test_hostile_html_upload_is_shown_escaped(client: TestClient, hostile_html: str) -> None:
    files = {"file": ("evil.html", hostile_html.encode(), "text/html")}
    response = client.post("/", files=files)
    assert response.status_code == 200
    _assert_no_injected_markup(response.text)
    assert "&lt;script&gt;" in response.text  # the page's literal text, escaped


def test_hostile_text_is_shown_escaped(client: TestClient, article_text: str) -> None:
    evil = '<script>alert("x")</script> <img src=x onerror=alert(1)> ' + article_text
    response = client.post("/", data={"text": evil})
    assert response.status_code == 200
    _assert_no_injected_markup(response.text)
    assert "&lt;script&gt;alert(" in response.text


def test_stories_page_draws_a_timeline(client: TestClient, store: Any, make_story: Any) -> None:
    store.story_list.append(make_story(("a1",)))
    response = client.get("/stories")
    assert response.status_code == 200
    assert 'class="timeline"' in response.text
    assert "Harbour bridge closes" in response.text
    assert "&lt;b&gt;bridge&lt;/b&gt;" in response.text  # event text is escaped


def test_story_page_draws_the_whole_timeline_and_links_articles(
    client: TestClient, store: Any, make_story: Any, article_text: str
) -> None:
    article_id = client.post("/v1/articles", json={"text": article_text}).json()["id"]
    store.story_list.append(make_story((article_id,)))
    html = client.get("/stories/story-1").text
    assert 'class="timeline full"' in html
    assert html.index("2024-03-01") < html.index("undated")
    assert f'href="/articles/{article_id}"' in html


def test_article_page_shows_copies_and_extractions(
    client: TestClient, store: Any, article_text: str
) -> None:
    from topline.model import Article

    article_id = client.post("/v1/articles", json={"text": article_text}).json()["id"]
    store.copies[article_id] = [Article(id="copy-1", text="x", title="Reprint", outlet="Wire")]
    response = client.get(f"/articles/{article_id}")
    assert response.status_code == 200
    assert "Copies" in response.text and 'href="/articles/copy-1"' in response.text
    assert "Extractions" in response.text and "Maria Lopez" in response.text
    assert "grounded" in response.text


@pytest.mark.parametrize("path", ["/articles/unknown", "/stories/unknown"])
def test_unknown_ids_give_a_404_page(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert 'role="alert"' in response.text


def test_story_page_pages_a_long_timeline(
    client: TestClient, store: Any, make_story: Any, article_text: str, monkeypatch: Any
) -> None:
    from topline.web import service

    monkeypatch.setattr(service, "TIMELINE_LIMIT", 1)
    article_id = client.post("/v1/articles", json={"text": article_text}).json()["id"]
    store.story_list.append(make_story((article_id,)))  # two events: dated, then undated
    first = client.get("/stories/story-1").text
    assert "2024-03-01" in first and "undated" not in first.split("Timeline")[1]
    assert 'rel="next" href="/stories/story-1?offset=1"' in first and 'rel="prev"' not in first
    second = client.get("/stories/story-1?offset=1").text
    assert "undated" in second and 'rel="prev" href="/stories/story-1?offset=0"' in second
    assert 'rel="next"' not in second
    assert client.get("/stories/story-1?offset=x").status_code == 200  # a link never errors


def test_story_page_pages_a_long_article_list(
    client: TestClient, store: Any, make_story: Any, article_text: str, monkeypatch: Any
) -> None:
    from topline.web import service

    monkeypatch.setattr(service, "ARTICLES_LIMIT", 1)
    first_id = client.post("/v1/articles", json={"text": article_text}).json()["id"]
    other = article_text.replace("The", "A", 1) + "\n\nA later paragraph of the follow-up."
    second_id = client.post("/v1/articles", json={"text": other}).json()["id"]
    store.story_list.append(make_story((first_id, second_id)))
    first = client.get("/stories/story-1").text
    listed = first.split('id="articles-heading"')[1]
    assert f"/articles/{first_id}" in listed and f"/articles/{second_id}" not in listed
    assert "2 articles" in first
    assert 'rel="next" href="/stories/story-1?articles=1"' in listed
    second = client.get("/stories/story-1?articles=1&offset=1").text
    listed = second.split('id="articles-heading"')[1]
    assert f"/articles/{second_id}" in listed and "Articles 2–2 of 2" in listed
    assert 'rel="prev" href="/stories/story-1?articles=0&amp;offset=1"' in listed
    # the timeline's links keep the article page
    assert 'href="/stories/story-1?offset=0&amp;articles=1"' in second
    assert client.get("/stories/story-1?articles=x").status_code == 200  # a link never errors
