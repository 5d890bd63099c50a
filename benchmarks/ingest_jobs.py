"""``topline ingest -j``: store throughput with the analysis on 1 process vs N worker processes.

    nice -n 10 python benchmarks/ingest_jobs.py                 # 200 articles, -j 1 vs -j 2
    nice -n 10 python benchmarks/ingest_jobs.py --size 50 --repeat 1   # a quick run

The first ``--size`` articles of ``news-summaries/dev.jsonl`` (CNN/Daily Mail, XSum,
Newsroom) are written as ``.txt`` files to a temporary folder, then ingested into a fresh
store by the real command (``python -m topline ingest FOLDER --db NEW.db -j J -q``), each run
in its own process, so the model load and the pool start-up are inside the timed region.
Baselines in the same run: ``-j 1`` (the analysis in the ingesting process) and
``--no-analyze`` (what stays serial: reading, dedup, stories, writes, no spaCy). Runs are
interleaved and the fastest of ``--repeat`` is kept. CPU seconds (user + system) are summed
over the run's process tree, workers included, sampled every 0.2 s with psutil: on a shared
machine they are the load-independent figure. The last column checks that every ``-j``
stored the same articles rows as ``-j 1``.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.proctree import watch_tree  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
CORPUS = DATA / "news-summaries" / "dev.jsonl"


def write_folder(folder: Path, size: int) -> int:
    """The corpus as one text file per article; returns the number written."""
    n = 0
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            if n >= size:
                break
            record = json.loads(line)
            text = (record.get("article") or "").strip()
            if text:
                (folder / f"{n:04d}.txt").write_text(text + "\n", encoding="utf-8")
                n += 1
    return n


def _sample_cpu(pid: int, cpu: dict[int, float], stop: threading.Event) -> None:
    """Latest user + system seconds of every process of the tree rooted at ``pid``."""

    def visit(proc: Any) -> None:
        t = proc.cpu_times()
        cpu[proc.pid] = t.user + t.system

    watch_tree(pid, visit, stop)


def ingest(folder: Path, db: Path, args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds for one ``topline ingest`` run into a fresh store."""
    db.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "topline", "ingest", str(folder), "--db", str(db), "-q"]
    started = time.perf_counter()
    process = subprocess.Popen(
        command + args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    cpu: dict[int, float] = {}
    stop = threading.Event()
    sampler = threading.Thread(target=_sample_cpu, args=(process.pid, cpu, stop))
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"ingest {' '.join(args)} failed:\n{stderr}")
    return seconds, sum(cpu.values())


def article_rows(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT seq, id, title, text, original_id, similarity, story_id FROM articles "
            "ORDER BY seq"
        ).fetchall()
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=200, help="articles to ingest")
    parser.add_argument("--jobs", default="2", help="comma-separated -j values besides 1")
    parser.add_argument("--repeat", type=int, default=2, help="runs per configuration")
    args = parser.parse_args()
    configs = {"--no-analyze": ["--no-analyze"], "-j 1": ["-j", "1"]}
    for j in args.jobs.split(","):
        configs[f"-j {j}"] = ["-j", j]
    with tempfile.TemporaryDirectory(prefix="topline-ingest-bench-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        n = write_folder(folder, args.size)
        best: dict[str, tuple[float, float]] = {}
        rows: dict[str, list[tuple[object, ...]]] = {}
        for _ in range(args.repeat):
            for name, options in configs.items():
                db = Path(tmp) / f"{name.strip('-').replace(' ', '')}.db"
                run = ingest(folder, db, options)
                best[name] = min(run, best.get(name, run))
                rows[name] = article_rows(db)
    cores = os.cpu_count() or 1
    print(f"{n} articles from news-summaries/dev.jsonl, {cores} cores (shared, noisy), ")
    print(f"fastest of {args.repeat} interleaved run(s), model load included\n")
    print(
        "| configuration | wall s | articles/s | wall vs -j 1 | CPU s | articles per CPU-s "
        "| same rows as -j 1 |"
    )
    print("|---|---:|---:|---:|---:|---:|---|")
    base = best["-j 1"][0]
    for name, (seconds, cpu) in best.items():
        same = "—" if name == "--no-analyze" else ("yes" if rows[name] == rows["-j 1"] else "NO")
        print(
            f"| `ingest {name}` | {seconds:.1f} | {n / seconds:.1f} | {base / seconds:.2f}× "
            f"| {cpu:.1f} | {n / cpu:.2f} | {same} |"
        )


if __name__ == "__main__":
    main()
