"""A story's timeline is read one page at a time (``GET /v1/stories/{id}``, the story page):
the store reads ``events`` events from the ``offset``-th, and the document says whether more
follow, having read one event more than it shows, never the rest."""

from __future__ import annotations

from pathlib import Path

from store.conftest import make
from store.texts import BRIDGE_1, BRIDGE_2
from topline import pipeline
from topline.store import Store


def _story(tmp_path: Path) -> tuple[Store, str]:
    store = pipeline.open_store(str(tmp_path / "s.db"))
    store.add([make(BRIDGE_1, "2024-03-01"), make(BRIDGE_2, "2024-03-04")])
    story_ids = [s.id for s in store.stories() if len(s.article_ids) == 2]
    assert story_ids, "the two bridge reports are one story"
    return store, story_ids[0]


def test_the_store_reads_one_page_of_a_timeline(tmp_path: Path) -> None:
    store, story_id = _story(tmp_path)
    with store:
        whole = store.story(story_id)
        assert len(whole.timeline) >= 3
        page = store.story(story_id, events=2, offset=1)
        assert page.timeline == whole.timeline[1:3]
        assert page.timeline_article_ids == whole.timeline_article_ids[1:3]
        assert store.story(story_id, events=5, offset=len(whole.timeline)).timeline == ()


def test_a_story_document_pages_its_timeline(tmp_path: Path) -> None:
    store, story_id = _story(tmp_path)
    with store:
        total = len(store.story(story_id).timeline)
        first = pipeline.story_document(store, story_id, events=2)
        assert len(first["story"]["timeline"]) == 2
        assert first["timeline_page"] == {"offset": 0, "limit": 2, "more": True}
        last = pipeline.story_document(store, story_id, events=2, offset=total - 1)
        assert len(last["story"]["timeline"]) == 1
        assert last["timeline_page"]["more"] is False
        whole = pipeline.story_document(store, story_id)
        assert "timeline_page" not in whole and len(whole["story"]["timeline"]) == total


def test_the_cli_pages_a_story_as_the_api_does(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from topline.cli import app

    store, story_id = _story(tmp_path)
    with store:
        total = len(store.story(story_id).timeline)
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    shown = runner.invoke(app, ["story", story_id, "--db", db, "-f", "json", "-n", "2"])
    assert shown.exit_code == 0, shown.output
    document = json.loads(shown.stdout)
    assert len(document["story"]["timeline"]) == 2
    assert document["timeline_page"] == {"offset": 0, "limit": 2, "more": True}
    page = runner.invoke(app, ["story", story_id, "--db", db, "-n", "2"])
    assert f"topline story {story_id} --offset 2" in page.stdout
    last = runner.invoke(app, ["story", story_id, "--db", db, "--offset", str(total - 1)])
    assert last.exit_code == 0 and "Later events" not in last.stdout
    bad = runner.invoke(app, ["story", story_id, "--db", db, "-n", "0"])
    assert bad.exit_code == 2
