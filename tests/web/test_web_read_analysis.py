"""Reads never analyse (issue #15): an article the store holds no analysis of (a copy, or one
stored without analysis) is analysed by the bounded analysis workers, never in a read thread,
and a read never waits behind briefs for one."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from fastapi.testclient import TestClient

from topline import pipeline
from topline.model import Analysis, Article, BackgroundItem, Brief, Span
from topline.store.queries import LIST_MEMBERS
from topline.web import create_app, service
from topline.web.store_port import cached_briefer

if TYPE_CHECKING:  # the in-memory store of tests/web/conftest.py
    from conftest import FakeStore

LOCAL = "http://localhost"


def _unanalysed(store: FakeStore, text: str) -> str:
    article = pipeline.read_text(text)
    store.add([article], analyze=False)
    return article.id


def test_get_article_of_an_unanalysed_article_is_analysed_by_an_analysis_worker(
    tmp_path: Path, article_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server process itself never analyses: the analysis runs in a worker process
    (which does not see this patch), so the patched in-process analyser is never called."""
    db = tmp_path / "news.db"
    with pipeline.open_store(db) as store:
        article = pipeline.read_text(article_text)
        store.add([article], analyze=False)

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("analysed in the server process")

    monkeypatch.setattr(pipeline, "analyse_many", refuse)
    with TestClient(create_app(db=str(db), warm_model=False), base_url=LOCAL) as c:
        response = c.get(f"/v1/articles/{article.id}")
        assert response.status_code == 200, response.text
        doc = response.json()
        assert doc["brief"]["topline"]["text"] in doc["article"]["text"]
        assert doc["extractions"]["quotes"]
        page = c.get(f"/articles/{article.id}")
    assert page.status_code == 200
    assert "not been analysed yet" not in page.text
    assert "Maria Lopez" in page.text


def test_a_read_that_needs_an_analysis_never_waits_behind_briefs(
    store: FakeStore, article_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With every analysis slot held by a brief, the API answers 503 busy at once and the
    page shows the article as stored, saying its brief is not ready; once the slot is free
    the same read gets the whole document."""
    article_id = _unanalysed(store, article_text)
    release = threading.Event()

    def slow_brief(*args: Any) -> dict[str, Any]:
        release.wait(10)
        return {}

    monkeypatch.setattr(service, "brief", slow_brief)
    app = create_app(store_factory=lambda: store, workers=1, warm_model=False)
    with TestClient(app, base_url=LOCAL) as c:
        brief = threading.Thread(target=c.post, args=("/v1/brief",), kwargs={"json": {"text": "x"}})
        brief.start()
        time.sleep(0.3)
        try:
            started = time.monotonic()
            busy = c.get(f"/v1/articles/{article_id}")
            page = c.get(f"/articles/{article_id}")
            waited = time.monotonic() - started
        finally:
            release.set()
            brief.join()
        assert busy.status_code == 503, busy.text
        assert busy.json()["error"]["code"] == "busy"
        assert busy.headers["retry-after"]
        assert page.status_code == 200
        assert "not been analysed yet" in page.text and 'role="status"' in page.text
        assert "Harbour Bridge on Friday" in page.text  # the stored text is still shown
        assert waited < 2.0
        assert article_id not in store.analyses  # nothing was analysed while busy
        doc = c.get(f"/v1/articles/{article_id}").json()
    assert doc["brief"]["topline"]["text"] in doc["article"]["text"]


def test_stored_document_without_analysis_serves_what_is_stored(
    store: FakeStore, article_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    article_id = _unanalysed(store, article_text)
    monkeypatch.setattr(pipeline, "analyse_many", lambda *a, **k: pytest.fail("analysed"))
    doc = pipeline.stored_document(store, article_id, analyse=False)
    assert doc["brief"] is None and doc["extractions"] is None
    assert doc["article"]["id"] == article_id and "raw" not in doc["article"]
    assert set(doc) == {
        "brief",
        "article",
        "extractions",
        "story_id",
        "original_id",
        "copies",
        "copies_total",
    }


def test_the_server_briefer_makes_a_brief_once_per_article_and_background() -> None:
    made: list[str] = []
    article = Article(id="a1", text="One sentence here.")
    analysis = Analysis(article=article)

    def briefer(found: Analysis, background: Any) -> Brief:
        made.append(found.article.id)
        return Brief(article_id=found.article.id, topline=None)

    cached = cached_briefer(briefer, size=2)
    older = (BackgroundItem(text="Earlier.", spans=(Span(0, 8),), article_id="a0"),)
    first = cached(analysis, older)
    assert cached(analysis, older) is first
    assert made == ["a1"]
    cached(analysis, ())  # other background: another brief
    assert made == ["a1", "a1"]
    for other in ("b", "c"):  # the cache is bounded: the oldest goes
        cached(Analysis(article=Article(id=other, text="x")), older)
    cached(analysis, older)
    assert made == ["a1", "a1", "b", "c", "a1"]


def test_the_stories_page_reads_only_the_events_it_shows(
    client: TestClient,
    store: FakeStore,
    article_text: str,
    make_story: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from topline.web import pages

    article_id = client.post("/v1/articles", json={"text": article_text}).json()["id"]
    store.story_list.append(make_story((article_id,)))
    asked: list[int | None] = []
    read_members: list[int | None] = []
    whole = store.story

    def story(story_id: str, *, events: int | None = None, members: int | None = None) -> Any:
        asked.append(events)
        read_members.append(members)
        return whole(story_id, events=events, members=members)

    monkeypatch.setattr(store, "story", story)
    monkeypatch.setattr(pages, "TIMELINE_PREVIEW", 1)
    page = client.get("/stories")
    assert page.status_code == 200
    assert asked == [1]
    assert read_members == [LIST_MEMBERS], "the page reads a story's first members, not all"
    assert "closed" in page.text and "reopened" not in page.text


def test_a_story_read_with_a_limit_keeps_the_first_events(
    tmp_path: Path, article_text: str
) -> None:
    with pipeline.open_store(tmp_path / "s.db") as store:
        store.add([pipeline.read_text(article_text)])
        (listed,) = store.stories()
        full = store.story(listed.id)
        first = store.story(listed.id, events=2)
    assert len(full.timeline) > 2
    assert first.timeline == full.timeline[:2]
    assert first.timeline_article_ids == full.timeline_article_ids[:2]
