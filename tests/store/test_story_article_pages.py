"""A story's articles and copies are read one page at a time (``topline story``,
``GET /v1/stories/{id}``, the story page), like its timeline: a wire story republished
everywhere, or a story followed for months, holds thousands of members. The store reads one
page through an index on (story, date, order) and counts the rest without reading them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from store.conftest import make, query_plan
from store.texts import BRIDGE_1, BRIDGE_2, FOOTER
from topline import pipeline
from topline.cli import app
from topline.store import Store


def _story(tmp_path: Path) -> tuple[Store, str]:
    """Two reports of one story, each republished twice (two copies with other footers)."""
    store = pipeline.open_store(str(tmp_path / "s.db"))
    originals = [make(BRIDGE_1, "2024-03-01"), make(BRIDGE_2, "2024-03-04")]
    copies = [
        make(text + FOOTER.replace("Newswire", name), day, outlet=name)
        for text, day in ((BRIDGE_1, "2024-03-02"), (BRIDGE_2, "2024-03-05"))
        for name in ("Coastwire", "Valley Press")
    ]
    store.add(originals + copies, analyze=False)
    found = [s for s in store.stories() if len(s.article_ids) == 2]
    assert found and len(found[0].copies) == 4, "two reports and their four copies, one story"
    return store, found[0].id


def test_the_store_reads_one_page_of_a_storys_articles_and_copies(tmp_path: Path) -> None:
    store, story_id = _story(tmp_path)
    with store:
        whole = store.story(story_id)
        page = store.story(story_id, members=1, members_offset=1)
        assert page.article_ids == whole.article_ids[1:2]
        assert page.copies == whole.copies[1:2]
        assert store.story(story_id, members=3, members_offset=3).copies == whole.copies[3:]
        assert store.story(story_id, members=3, members_offset=2).article_ids == ()
        assert store.story_size(story_id) == (2, 4)
        assert store.story_size("no-such-story") == (0, 0)
        # oldest first: the first report, then the follow-up
        published = [str(store.get_article(a).published) for a in whole.article_ids]
        assert published == ["2024-03-01", "2024-03-04"]


def test_a_page_of_members_is_read_through_the_storys_date_index(tmp_path: Path) -> None:
    store, story_id = _story(tmp_path)
    with store:
        conn: sqlite3.Connection = store.conn
        for which, index in (
            ("IS NULL", "articles_story_originals"),
            ("IS NOT NULL", "articles_story_copies"),
        ):
            plan = query_plan(
                conn,
                "SELECT id FROM articles WHERE story_id = ? AND "
                f"original_id {which} ORDER BY published, seq LIMIT ? OFFSET ?",
                (story_id, 2, 0),
            )
            assert index in plan and "TEMP B-TREE" not in plan, plan


def test_a_story_document_pages_its_articles(tmp_path: Path) -> None:
    store, story_id = _story(tmp_path)
    with store:
        first = pipeline.story_document(store, story_id, members=1)
        assert len(first["articles"]) == 1 and len(first["story"]["copies"]) == 1
        assert first["articles_page"] == {
            "offset": 0,
            "limit": 1,
            "more": True,
            "articles": 2,
            "copies": 4,
        }
        last = pipeline.story_document(store, story_id, members=2, members_offset=2)
        assert last["articles"] == [] and len(last["story"]["copies"]) == 2
        assert last["articles_page"]["more"] is False
        whole = pipeline.story_document(store, story_id)
        assert "articles_page" not in whole and len(whole["articles"]) == 2


def test_the_cli_pages_a_storys_articles_as_the_api_does(tmp_path: Path) -> None:
    store, story_id = _story(tmp_path)
    store.close()
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    shown = runner.invoke(
        app, ["story", story_id, "--db", db, "-f", "json", "--article-limit", "1"]
    )
    assert shown.exit_code == 0, shown.output
    document = json.loads(shown.stdout)
    assert len(document["articles"]) == 1
    assert document["articles_page"]["more"] is True
    page = runner.invoke(app, ["story", story_id, "--db", db, "--article-limit", "1"])
    assert f"topline story {story_id} --article-offset 1" in page.stdout
    assert page.stdout.count("(copy of") == 1
    last = runner.invoke(
        app, ["story", story_id, "--db", db, "--article-limit", "2", "--article-offset", "2"]
    )
    assert last.exit_code == 0 and "Later articles" not in last.stdout
    bad = runner.invoke(app, ["story", story_id, "--db", db, "--article-limit", "0"])
    assert bad.exit_code == 2
