"""``topline ingest -j``: analysis in worker processes, the same store as ``-j 1``."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from store.texts import BRIDGE_1, BRIDGE_2, FARM, FOOTER, ORCHESTRA
from topline.cli import app
from topline.cli import store as store_cli
from topline.model import Analysis, Article
from topline.pipeline import analyse_here, open_store
from topline.store import core as store_core

runner = CliRunner()

#: Originals, a story follow-up, a syndicated copy, an exact duplicate and an unreadable input.
FOLDER = {
    "01-bridge.txt": BRIDGE_1,
    "02-orchestra.txt": ORCHESTRA,
    "03-farm.txt": FARM,
    "04-empty.txt": "",
    "05-bridge-follow-up.txt": BRIDGE_2,
    "06-bridge-copy.txt": BRIDGE_1.rsplit("\n\n", 2)[0] + FOOTER,
    "07-bridge-again.txt": "  " + BRIDGE_1,
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "articles"
    path.mkdir()
    for name, text in FOLDER.items():
        (path / name).write_text(text, encoding="utf-8")
    return path


def _rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """What ingest stored, without the wall-clock columns."""
    conn = sqlite3.connect(db)
    try:
        articles = conn.execute(
            "SELECT seq, id, canonical_url, url, title, published, outlet, byline, licensor, "
            "source, text, removed, original_id, similarity, story_id FROM articles ORDER BY seq"
        ).fetchall()
        stories = conn.execute(
            "SELECT id, title, first_published, last_published, size, centroid, entity_profile "
            "FROM stories ORDER BY id"
        ).fetchall()
        briefs = conn.execute("SELECT article_id, json FROM briefs ORDER BY article_id").fetchall()
        analyses = conn.execute(
            "SELECT article_id, json FROM analyses ORDER BY article_id"
        ).fetchall()
    finally:
        conn.close()
    return {"articles": articles, "stories": stories, "briefs": briefs, "analyses": analyses}


def test_two_jobs_store_the_same_rows_as_one(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_core, "BATCH_SIZE", 3)  # several transactions, copies across them
    stored = {}
    for jobs in (1, 2):
        db = tmp_path / f"j{jobs}.db"
        result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "-j", str(jobs)])
        assert result.exit_code == 2, result.output
        assert "04-empty.txt: input is empty" in result.stderr
        assert "added 4, duplicates 1, copies 1, failed 1" in result.stderr
        stored[jobs] = _rows(db)
    assert len(stored[1]["articles"]) == 5 and len(stored[1]["briefs"]) == 4
    assert len({row[-1] for row in stored[1]["articles"]}) == 3  # bridge, orchestra, farm
    assert stored[2] == stored[1]


def test_rerun_with_jobs_adds_nothing_and_analyses_nothing(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "t.db"
    runner.invoke(app, ["ingest", str(folder), "--db", str(db), "-q", "--no-analyze"])
    analysed: list[str] = []

    class Recording:
        def __enter__(self) -> Recording:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def __call__(self, articles: Sequence[Article]) -> list[Analysis]:
            analysed.extend(a.id for a in articles)
            return list(analyse_here(articles))

    monkeypatch.setattr(store_cli, "_analyser", lambda jobs, analyze: Recording())
    again = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "-j", "2"])
    assert again.exit_code == 2, again.output
    assert "added 0, duplicates 6, copies 0, failed 1" in again.stderr
    assert analysed == []


def test_ctrl_c_keeps_the_batches_stored_and_a_rerun_completes(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_core, "BATCH_SIZE", 2)
    db = tmp_path / "t.db"
    calls = 0

    class Interrupted:
        def __enter__(self) -> Interrupted:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def __call__(self, articles: Sequence[Article]) -> list[Analysis]:
            nonlocal calls
            calls += 1
            if calls == 2:
                raise KeyboardInterrupt
            return list(analyse_here(articles))

    monkeypatch.setattr(store_cli, "_analyser", lambda jobs, analyze: Interrupted())
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "-j", "2"])
    assert result.exit_code == 130, result.output
    # two articles stored, one input reported as unreadable, the next batch lost
    assert "interrupted after 3 input(s); re-run the same command to resume" in result.stderr
    with open_store(db) as store:
        assert store.count()["articles"] == 2
    monkeypatch.undo()
    rerun = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "-j", "2"])
    assert rerun.exit_code == 2, rerun.output
    assert "added 2, duplicates 3, copies 1, failed 1" in rerun.stderr
