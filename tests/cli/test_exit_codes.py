"""One test per exit code of the README's table: 0, 2, 3, 4, 130 (cli/_common.py maps them)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from topline.cli import app
from topline.cli._common import exit_code_for
from topline.errors import EmptyInput, NotFound, StoreError

runner = CliRunner()
ARTICLE = "The council voted on Monday to close the old bridge for repairs, officials said.\n"


def test_0_when_everything_is_done(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert runner.invoke(app, ["read", str(tmp_path / "a.txt")]).exit_code == 0


def test_2_for_bad_input_and_for_a_batch_with_a_failed_item(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_text("")
    assert runner.invoke(app, ["read", str(tmp_path / "empty.txt")]).exit_code == 2
    some_failed = runner.invoke(app, ["read", str(tmp_path / "a.txt"), str(tmp_path / "empty.txt")])
    assert some_failed.exit_code == 2
    assert "1 ok, 1 failed" in some_failed.stderr


def test_3_for_a_store_problem(tmp_path: Path) -> None:
    not_a_store = tmp_path / "notes.db"
    not_a_store.write_text("these are my notes, not a database\n")
    result = runner.invoke(app, ["search", "bridge", "--db", str(not_a_store)])
    assert result.exit_code == 3, result.output
    assert not_a_store.read_text() == "these are my notes, not a database\n"


def test_4_when_an_id_is_not_found(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    for command in (["show", "999"], ["story", "s999"]):
        result = runner.invoke(app, [*command, "--db", db])
        assert result.exit_code == 4, result.output
        assert "no " in result.stderr and "999" in result.stderr


def test_not_found_is_not_a_store_problem() -> None:
    assert exit_code_for(NotFound("no article with id '9'")) == 4
    assert exit_code_for(StoreError("the store is locked")) == 3
    assert exit_code_for(EmptyInput("input is empty")) == 2


def _wait_until_reading_stdin(pid: int, timeout: float = 120.0) -> None:
    """Until the process blocks in read(0, …) (Linux /proc), so the signal lands mid-command;
    elsewhere, a few seconds."""
    syscall = Path(f"/proc/{pid}/syscall")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            fields = syscall.read_text().split()
        except OSError:
            time.sleep(3)
            return
        if fields[:2] == ["0", "0x0"]:  # x86-64 read on fd 0
            return
        time.sleep(0.1)


def test_130_when_interrupted(tmp_path: Path) -> None:
    """Ctrl-C while a command waits on standard input: one line, exit 130."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "topline", "read", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    _wait_until_reading_stdin(proc.pid)
    os.kill(proc.pid, signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
