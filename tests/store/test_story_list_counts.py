"""A list of stories (``topline stories``, ``GET /v1/stories``, the stories page) counts each
story's articles and copies in the store's indexes and carries only its first few: a wire
story republished by every outlet holds thousands of copies, and the list used to read every
one of their ids to say how many there were."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from store.conftest import make, query_plan
from store.texts import BRIDGE_1, BRIDGE_2, FOOTER
from topline import pipeline
from topline.cli import app
from topline.store import Store
from topline.store.queries import LIST_MEMBERS
from topline.web import create_app

OUTLETS = [f"Outlet {chr(ord('A') + k)} Press" for k in range(LIST_MEMBERS + 2)]


def _republished(tmp_path: Path) -> Store:
    """Two reports of one story; the first republished by more outlets than a list shows."""
    store = pipeline.open_store(str(tmp_path / "s.db"))
    originals = [make(BRIDGE_1, "2024-03-01"), make(BRIDGE_2, "2024-03-04")]
    copies = [
        make(BRIDGE_1 + FOOTER.replace("Newswire", name), "2024-03-02", outlet=name)
        for name in OUTLETS
    ]
    store.add(originals + copies, analyze=False)
    return store


def test_a_listed_story_carries_its_first_members_and_its_counts(tmp_path: Path) -> None:
    with _republished(tmp_path) as store:
        (listed,) = [s for s in store.stories() if s.copies]
        assert len(listed.copies) == LIST_MEMBERS, "only the first few copies are read"
        assert listed.copies == store.story(listed.id).copies[:LIST_MEMBERS]
        (doc,) = [d for d in pipeline.listed_stories(store, [listed])]
        assert doc["size"] == {"articles": 2, "copies": len(OUTLETS)}
        assert doc["id"] == listed.id and len(doc["copies"]) == LIST_MEMBERS


def test_a_storys_size_is_counted_in_its_indexes(tmp_path: Path) -> None:
    with _republished(tmp_path) as store:
        conn: sqlite3.Connection = store.conn
        for which, index in (
            ("IS NULL", "articles_story_originals"),
            ("IS NOT NULL", "articles_story_copies"),
        ):
            plan = query_plan(
                conn,
                f"SELECT count(*) FROM articles WHERE story_id = ? AND original_id {which}",
                ("s1",),
            )
            assert f"COVERING INDEX {index}" in plan, plan


def test_the_cli_and_the_api_list_a_storys_whole_size(tmp_path: Path) -> None:
    _republished(tmp_path).close()
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    shown = runner.invoke(app, ["stories", "--db", db])
    assert shown.exit_code == 0, shown.output
    assert f"(2 articles, {len(OUTLETS)} copies)" in shown.stdout
    records = runner.invoke(app, ["stories", "--db", db, "--format", "json"])
    assert records.exit_code == 0, records.output
    (record,) = [r for r in json.loads(records.stdout) if r["copies"]]
    assert record["size"] == {"articles": 2, "copies": len(OUTLETS)}
    with TestClient(create_app(db=db, warm_model=False), base_url="http://localhost") as client:
        (listed,) = [s for s in client.get("/v1/stories").json()["stories"] if s["copies"]]
        assert listed["size"] == {"articles": 2, "copies": len(OUTLETS)}
        assert len(listed["copies"]) == LIST_MEMBERS
        page = client.get("/stories")
        assert page.status_code == 200 and "2 articles" in page.text


def test_a_store_at_schema_6_gets_covering_story_indexes(tmp_path: Path) -> None:
    """Migration 7 rebuilds the story indexes with original_id; members stay where they were."""
    with _republished(tmp_path) as store:
        conn = store.conn
        for name, which in (("originals", "IS NULL"), ("copies", "IS NOT NULL")):
            conn.execute(f"DROP INDEX articles_story_{name}")
            conn.execute(
                f"CREATE INDEX articles_story_{name} ON articles(story_id, published, seq) "
                f"WHERE original_id {which}"
            )
        conn.execute("DELETE FROM migrations WHERE version > 6")
        (story_id,) = [s.id for s in store.stories() if s.copies]
    with pipeline.open_store(str(tmp_path / "s.db")) as new:
        sql = {
            r[0]: r[1]
            for r in new.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
        }
        assert "original_id)" in sql["articles_story_originals"].replace(" ", "")[-40:]
        assert "seq, original_id)" in sql["articles_story_copies"]
        assert new.story_size(story_id) == (2, len(OUTLETS))
