"""``kill -9`` at random moments of ``ingest`` and ``batch`` (issue #15): after each kill the
same command is re-run, and the end result equals an uninterrupted run's, row for row.

Each run is a child forked from this (already warm) process that runs the command's own
entry point, so a run starts in milliseconds and a dozen kills fit in seconds; the kill is a
real SIGKILL of that process. The seed is random and printed on failure (set
TOPLINE_KILL_SEED to replay one).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from topline.cli import app
from topline.nlp import get_nlp

SEED = int(os.environ.get("TOPLINE_KILL_SEED") or random.randrange(1 << 30))


def _articles(path: Path, n: int) -> Path:
    with path.open("w") as fh:
        for i in range(n):
            words = " ".join(f"w{i}x{k}" for k in range(30))
            fh.write(
                json.dumps({"text": f"Report number {i} said the council met. {words}."}) + "\n"
            )
    return path


def _topline(args: list[str]) -> int:
    """Fork a child that runs ``topline ARGS`` (output to /dev/null); its pid."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 70
        try:
            sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            try:
                app(args)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
        finally:
            os._exit(code)
    return pid


def _wait(pid: int) -> int:
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def _killed_then_finished(args: list[str], kills: int, rng: random.Random, late: float) -> int:
    """Run ``args`` until it has been killed ``kills`` times with SIGKILL at random moments
    (a run that ends before its kill is counted as a run, not a kill), then to the end.
    Returns the kills done: fewer than asked when the work was over first."""
    done = 0
    while done < kills:
        pid = _topline(args)
        time.sleep(rng.uniform(0.02, late))
        os.kill(pid, signal.SIGKILL)  # a process that has just exited is a zombie: no error
        code = _wait(pid)
        if code != -signal.SIGKILL:
            assert code == 0, f"exit {code}"
            break  # finished before the kill: nothing left to interrupt
        done += 1
    assert _wait(_topline(args)) == 0
    return done


def _latest_kill(uninterrupted: float, cap: float) -> float:
    """The latest moment a kill is sent: within the first half of an uninterrupted run, so
    that on a fast, idle machine the kills still land mid-run (at most ``cap`` seconds)."""
    return max(0.05, min(cap, 0.5 * uninterrupted))


def _store_rows(db: Path) -> tuple[list[tuple[object, ...]], int, str]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT id, title, text, original_id FROM articles ORDER BY id"
        ).fetchall()
        fts = conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'council'")
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return rows, int(fts.fetchone()[0]), str(check)
    finally:
        conn.close()


def test_killed_ingest_ends_like_an_uninterrupted_one(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    source = _articles(tmp_path / "in.jsonl", 600)
    reference = tmp_path / "ref.db"
    started = time.monotonic()
    assert _wait(_topline(["ingest", str(source), "--db", str(reference), "--no-analyze"])) == 0
    late = _latest_kill(time.monotonic() - started, 0.8)
    kills = 0
    for attempt in range(4):  # fresh stores until 6 kills landed (a run can beat its kill)
        db = tmp_path / f"killed{attempt}.db"
        args = ["ingest", str(source), "--db", str(db), "--no-analyze", "-q"]
        kills += _killed_then_finished(args, 6 - kills, rng, late)
        rows, fts, check = _store_rows(db)
        assert check == "ok", f"seed {SEED}"
        assert (rows, fts) == _store_rows(reference)[:2], f"seed {SEED}"
        if kills >= 6:
            break
    assert kills >= 6, f"seed {SEED}: only {kills} kills landed"


def _records(path: Path) -> dict[str, str]:
    lines = path.read_text().splitlines()
    records = {json.loads(line)["id"]: line for line in lines}
    assert len(records) == len(lines), "a record was written twice"
    return records


@pytest.mark.timeout(300)
def test_killed_batch_ends_like_an_uninterrupted_one(tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    get_nlp()  # loaded once here; every forked run shares it
    source = _articles(tmp_path / "in.jsonl", 60)
    reference = tmp_path / "ref.jsonl"
    args = ["batch", str(source), "--what", "extract", "--chunk-size", "4"]
    started = time.monotonic()
    assert _wait(_topline([*args, "-o", str(reference)])) == 0
    late = _latest_kill(time.monotonic() - started, 1.0)
    kills = 0
    for attempt in range(4):  # fresh outputs until 5 kills landed (a run can beat its kill)
        out = tmp_path / f"killed{attempt}.jsonl"
        kills += _killed_then_finished([*args, "-o", str(out)], 5 - kills, rng, late)
        assert _records(out) == _records(reference), f"seed {SEED}"
        if kills >= 5:
            break
    assert kills >= 5, f"seed {SEED}: only {kills} kills landed"
