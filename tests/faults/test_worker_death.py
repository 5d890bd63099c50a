"""``kill -9`` of ``batch -j 2`` / ``ingest -j 2``: no worker outlives its parent (issue #15.6)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

REPO = Path(__file__).resolve().parents[2]


def _inputs(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    with path.open("w") as fh:
        for i in range(400):
            text = (
                f"Report {i}. The council voted on Tuesday to spend ${i} million, officials said."
            )
            fh.write(json.dumps({"text": text}) + "\n")
    return path


def _workers(proc: psutil.Process) -> list[psutil.Process]:
    """The pool's workers: the processes the forkserver (a child of the parent) forked."""
    found = []
    for child in proc.children():
        try:
            found += child.children()
        except psutil.Error:
            continue
    return found


def _still_running(procs: list[psutil.Process]) -> list[psutil.Process]:
    """Those of ``procs`` that have not exited. A zombie has exited: it waits only for a
    parent to reap it, and an orphan's new parent (PID 1 of a container) may never do so."""
    running = []
    for p in procs:
        try:
            if p.status() != psutil.STATUS_ZOMBIE:
                running.append(p)
        except psutil.NoSuchProcess:
            continue
    return running


@pytest.mark.parametrize("command", ["batch", "ingest"])
def test_workers_die_when_parent_is_killed(tmp_path: Path, command: str) -> None:
    source = _inputs(tmp_path)
    args = [sys.executable, "-m", "topline", command, str(source), "-j", "2"]
    args += ["--out", str(tmp_path / "out.jsonl")] if command == "batch" else []
    args += ["--db", str(tmp_path / "s.db")] if command == "ingest" else []
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    parent = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    proc = psutil.Process(parent.pid)
    deadline = time.monotonic() + 60
    workers: list[psutil.Process] = []
    while time.monotonic() < deadline and parent.poll() is None:
        workers = _workers(proc)
        if len(workers) >= 2:
            break
        time.sleep(0.1)
    assert len(workers) >= 2, "the pool never started"
    everyone = proc.children(recursive=True)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    _, not_reaped = psutil.wait_procs(everyone, timeout=15)
    alive = _still_running(not_reaped)
    for survivor in alive:
        survivor.kill()
    assert not alive, f"{len(alive)} process(es) outlived the killed parent"
