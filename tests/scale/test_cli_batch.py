"""``topline batch``, ``topline brief --batch``: JSONL out, summary on stderr, Ctrl-C resumes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from topline.cli import app

runner = CliRunner()
REPO = Path(__file__).resolve().parents[2]


def test_batch_command_writes_jsonl_and_reports_failures_on_stderr(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "briefs.jsonl"
    result = runner.invoke(app, ["batch", str(corpus), "--out", str(out), "-j", "1"])
    assert result.exit_code == 2, result.output  # some inputs failed, as for read and ingest
    assert len(out.read_text().splitlines()) == 5
    assert "zz-empty.txt: input is empty" in result.stderr
    assert "4 done, 1 failed, 0 skipped" in result.stderr


def test_brief_batch_prints_jsonl_records_to_stdout(corpus: Path) -> None:
    inputs = [str(corpus / "wire.txt"), str(corpus / "council.txt")]
    result = runner.invoke(app, ["brief", "--batch", *inputs])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["source"]).name for r in records] == ["wire.txt", "council.txt"]
    assert all(r["result"]["brief"]["topline"] for r in records)


def test_brief_without_batch_refuses_several_inputs(corpus: Path) -> None:
    result = runner.invoke(app, ["brief", str(corpus / "wire.txt"), str(corpus / "feature.txt")])
    assert result.exit_code == 2
    assert "--batch" in result.stderr


def test_batch_extract_records_are_extractions(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.jsonl"
    args = ["batch", str(corpus / "wire.txt"), "-o", str(out), "--what", "extract"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "entities" in json.loads(out.read_text())["result"]


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_keeps_finished_records_and_a_rerun_completes(
    corpus_texts: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    texts = list(corpus_texts.values())
    for i in range(120):
        (folder / f"{i:03d}.txt").write_text(f"Report {i}.\n\n{texts[i % len(texts)]}")
    out = tmp_path / "briefs.jsonl"
    command = [sys.executable, "-m", "topline", "batch", str(folder), "-o", str(out), "-j", "2"]
    command += ["--chunk-size", "2", "--no-progress"]
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    # A shell's background job inherits SIGINT ignored, and Python then never raises
    # KeyboardInterrupt: give the child the default disposition, as a terminal would.
    process = subprocess.Popen(
        command, env=env, stderr=subprocess.PIPE, text=True, preexec_fn=_default_sigint
    )
    # Generous bounds: two workers load a model each, and on a loaded shared machine the
    # first record can take minutes; interrupting before it would test nothing.
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size == 0):
        time.sleep(0.05)
    assert out.exists() and out.stat().st_size > 0, "no record written before the deadline"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=180)
    assert process.returncode == 130, stderr
    assert "re-run the same command to resume" in stderr
    partial = out.read_text().splitlines()
    assert 0 < len(partial) < 120
    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(Path(r["source"]).name for r in records) == [f"{i:03d}.txt" for i in range(120)]
