"""The analysis's CPU per extractor for two checkouts on the same cached parses, alternating.

    nice python benchmarks/analysis_ab.py --trees /tmp/start/src,src --size 150 --rounds 2
    valgrind --tool=callgrind --toggle-collect=starmap_next \\
        python benchmarks/analysis_ab.py --child src --size 15 --once   # instructions

On a machine shared by many sessions a lone timing moves by ±10%, so each tree runs in a
fresh process in turn (A B, B A, …) on the same parses: the throughput corpus
(``benchmarks/throughput.py``) parsed once with ``nlp.pipe`` and kept as a ``DocBin`` under
``--cache``. A child warms up once, then times ``analyze_doc`` over every parse three times
(``time.process_time``, the minimum kept) and prints one table row: each extractor's ms per
article and the total. ``--once`` runs the analysis once, after a warm-up, inside
``itertools.starmap``: under callgrind ``--toggle-collect=starmap_next`` then counts the
instructions of exactly that run, a figure no other process moves.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _child(src: str, size: int, cache: Path, once: bool) -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.throughput import build_corpus  # puts this checkout's src first

    sys.path.insert(0, str(Path(src).resolve()))  # so the tree asked for goes before it
    from spacy.tokens import DocBin

    import topline
    from topline.analyze import analyze_doc
    from topline.analyze.registry import NAMES
    from topline.nlp import get_nlp

    where = Path(topline.__file__).resolve()
    if not where.is_relative_to(Path(src).resolve()):
        raise SystemExit(f"topline came from {where}, not {src}")
    articles = build_corpus(size)
    nlp = get_nlp()
    path = cache / f"parses{size}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
        store = DocBin(store_user_data=False)
        for doc in docs:
            store.add(doc)
        path.parent.mkdir(parents=True, exist_ok=True)
        store.to_disk(path)

    def one(article: object, doc: object, timings: dict[str, float] | None = None) -> None:
        doc.user_data.clear()  # type: ignore[attr-defined]  # every cache made again
        analyze_doc(article, doc, timings=timings)  # type: ignore[arg-type]

    collections.deque(map(one, articles, docs), maxlen=0)  # warm-up
    if once:
        collections.deque(itertools.starmap(one, zip(articles, docs, strict=True)), maxlen=0)
        return
    best: tuple[float, dict[str, float]] | None = None
    for _ in range(3):
        timings: dict[str, float] = {}
        started = time.process_time()
        for article, doc in zip(articles, docs, strict=True):
            one(article, doc, timings)
        total = time.process_time() - started
        if best is None or total < best[0]:
            best = (total, timings)
    assert best is not None
    total, timings = best
    cells = [f"{1000 * timings[name] / size:.2f}" for name in NAMES]
    load = os.getloadavg()[0]
    print(f"| {src} | " + " | ".join(cells) + f" | {1000 * total / size:.2f} | {load:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trees", default="src", help="comma-separated src/ directories")
    parser.add_argument("--size", type=int, default=150, help="articles")
    parser.add_argument("--rounds", type=int, default=2, help="A B, B A, … rounds")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/analysis_ab"))
    parser.add_argument("--child", help="run one tree in this process (a src/ directory)")
    parser.add_argument("--once", action="store_true", help="one run, for callgrind")
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.size, args.cache, args.once)
        return
    trees = args.trees.split(",")
    sys.path.insert(0, str(ROOT / "src"))
    from topline.analyze.registry import NAMES

    print("| tree | " + " | ".join(NAMES) + " | total ms per article | load |")
    print("|---|" + "---:|" * (len(NAMES) + 2))
    for r in range(args.rounds):
        for src in trees if r % 2 == 0 else reversed(trees):
            command = [sys.executable, __file__, "--child", src, "--size", str(args.size)]
            subprocess.run([*command, "--cache", str(args.cache)], check=True)


if __name__ == "__main__":
    main()
