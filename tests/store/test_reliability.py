"""Crashes, locks and wrong files: the store never loses, duplicates or damages data."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from topline.cli import app
from topline.errors import StoreError
from topline.store import Store

REPO = Path(__file__).resolve().parents[2]
N_ARTICLES = 400

# An ingest of N distinct articles, slowed down so the test can kill it mid-batch.
INGEST_SCRIPT = f"""
import sys, time
from topline.ingest import article_from_text
from topline.store import Store

def articles():
    for i in range({N_ARTICLES}):
        time.sleep(0.004)
        words = " ".join(f"w{{i}}x{{k}}" for k in range(40))
        yield article_from_text(f"Report number {{i}}. {{words}}. The end of report {{i}}.")

with Store(sys.argv[1]) as store:
    store.add(articles(), analyze=False)
"""


def _count(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _run_ingest(db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    return subprocess.Popen([sys.executable, "-c", INGEST_SCRIPT, str(db)], env=env)


def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "kill.db"
    proc = _run_ingest(db)
    deadline = time.monotonic() + 120
    while _count(db) < 64 * 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.1)  # into the middle of the next batch
    assert proc.poll() is None, "the ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _count(db)
    assert 0 < partial < N_ARTICLES
    assert _run_ingest(db).wait(timeout=300) == 0
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (
        N_ARTICLES,
        N_ARTICLES,
    )
    fts = conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'report'")
    assert fts.fetchone()[0] == N_ARTICLES
    orphans = conn.execute(
        "SELECT count(*) FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE s.id IS NULL"
    )
    assert orphans.fetchone()[0] == 0
    conn.close()


def test_locked_store_gives_a_clear_message_quickly(tmp_path: Path) -> None:
    db = tmp_path / "locked.db"
    Store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        from store.conftest import make

        started = time.monotonic()
        with Store(db, timeout=0.3) as store, pytest.raises(StoreError, match="locked"):
            store.add([make("A short article about a locked database file.")], analyze=False)
        assert time.monotonic() - started < 10
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def _foreign_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers(name) VALUES ('Ada')")
    conn.commit()
    conn.close()


def _corrupt_db(path: Path) -> None:
    _foreign_db(path)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # header intact, schema page destroyed
    path.write_bytes(bytes(data))


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"this is a text file, not a database\n" * 20)


@pytest.mark.parametrize("make_file", [_foreign_db, _corrupt_db, _not_sqlite])
def test_wrong_file_is_refused_and_left_unchanged(tmp_path: Path, make_file) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "other.db"
    make_file(path)
    before = path.read_bytes()
    with pytest.raises(StoreError):
        Store(path)
    result = CliRunner().invoke(app, ["stories", "--db", str(path)])
    assert result.exit_code == 3
    assert "refusing" in result.output or "not a topline store" in result.output
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_two_writers_on_one_file_neither_duplicate_nor_miss_copies(tmp_path: Path) -> None:
    from store.conftest import make
    from store.texts import BRIDGE_1, FARM, FOOTER, ORCHESTRA

    path = tmp_path / "shared.db"
    with Store(path) as a, Store(path) as b:
        a.add([make(FARM)], analyze=False)
        b.add([make(ORCHESTRA)], analyze=False)  # b's in-memory indexes now exist
        a.add([make(BRIDGE_1)], analyze=False)  # written behind b's back
        report = b.add([make(BRIDGE_1), make(BRIDGE_1 + FOOTER)], analyze=False)
        assert (report.added, report.duplicates, report.copies) == (0, 1, 1)
        assert a.count() == {"articles": 3, "copies": 1, "stories": 3}
