"""CPU cost of the TIMEX step per article, this tree against another one, in the same run.

Run: ``nice python benchmarks/timex_cost.py --against ../main/src [--size 150] [--rounds 2]``
from the repository root. ``--size`` texts spread over the shared corpus (PolNeAR,
news-summaries, pages; ``benchmarks.throughput.base_articles``) are parsed once and kept in a
spaCy ``DocBin`` under ``--cache``; each tree then times ``find_timexes`` and
``find_candidates`` over the same parsed texts in a child process of its own (CPU time,
best of three passes), the trees alternating ``--rounds`` times. The load average is printed
with the table: compare the ratio, not the milliseconds (docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _texts(size: int) -> list[tuple[str, str | None]]:
    sys.path.insert(0, str(ROOT))
    from benchmarks.throughput import base_articles

    base = base_articles()
    step = max(1, len(base) // size)
    return [(a.text, a.published.isoformat() if a.published else None) for a in base[::step][:size]]


def child(size: int, cache: Path) -> dict[str, float]:
    """Time the tree on ``PYTHONPATH`` (this process): ms per article, best of three."""
    from spacy.tokens import DocBin

    from topline.analyze.timex import find_timexes
    from topline.analyze.timex_grammar import find_candidates
    from topline.nlp import get_nlp

    items = _texts(size)
    nlp = get_nlp()
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((t for t, _ in items), batch_size=32))
        bin_ = DocBin()
        for d in docs:
            bin_.add(d)
        bin_.to_disk(cache)
    out: dict[str, float] = {}
    for name, run in (
        (
            "find_timexes",
            lambda: [find_timexes(d, p) for d, (_, p) in zip(docs, items, strict=True)],
        ),
        ("find_candidates", lambda: [find_candidates(t) for t, _ in items]),
    ):
        run()  # warm
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            run()
            best = min(best, time.process_time() - t0)
        out[name] = 1000 * best / len(items)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--against", type=Path, required=False, help="another tree's src/")
    parser.add_argument("--size", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/topline-timex-cost.spacy"))
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.size, args.cache)))
        return
    trees = {"this tree": ROOT / "src"}
    if args.against:
        trees = {"against": args.against.resolve(), **trees}
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    load = [os.getloadavg()[0]]
    for _ in range(args.rounds):
        for name, src in trees.items():
            env = {**os.environ, "PYTHONPATH": str(src)}
            cmd = [sys.executable, __file__, "--child", "--size", str(args.size)]
            done = subprocess.run(
                [*cmd, "--cache", str(args.cache)], env=env, capture_output=True, text=True
            )
            if done.returncode:
                sys.exit(done.stderr.strip().splitlines()[-1])
            runs[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
    load.append(os.getloadavg()[0])
    print(f"{args.size} texts, {args.rounds} rounds; load average {load[0]:.1f} → {load[1]:.1f}\n")
    print("| tree | find_timexes ms/article | find_candidates ms/article |")
    print("|---|---|---|")
    for name, rs in runs.items():
        timex = [r["find_timexes"] for r in rs]
        cands = [r["find_candidates"] for r in rs]
        print(
            f"| {name} ({trees[name]}) | {' / '.join(f'{x:.2f}' for x in timex)} "
            f"| {' / '.join(f'{x:.2f}' for x in cands)} |"
        )
    if args.against:
        ratio = min(r["find_timexes"] for r in runs["this tree"]) / min(
            r["find_timexes"] for r in runs["against"]
        )
        print(f"\nthis tree ÷ against (find_timexes, best of rounds): {ratio:.2f}")


if __name__ == "__main__":
    main()
