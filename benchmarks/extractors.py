"""Where the analysis time goes, extractor by extractor (the registry's per-extractor timing).

    nice python benchmarks/extractors.py [--size 100]

Parses the throughput corpus (``benchmarks/throughput.py``: PolNeAR, news-summaries and
article-extraction bodies, cleaned once outside the timed region) with one ``nlp.pipe`` pass,
then runs every registered extractor with ``timings`` (:mod:`topline.analyze.registry`).
Prints each stage's wall seconds and its share of the whole, spaCy's parse included.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT / "src", ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from benchmarks.throughput import build_corpus  # noqa: E402
from topline.analyze import analyze_doc  # noqa: E402
from topline.analyze.registry import NAMES  # noqa: E402
from topline.nlp import get_nlp  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100, help="articles")
    args = parser.parse_args()
    articles = build_corpus(args.size)
    nlp = get_nlp()
    started = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    parse = time.perf_counter() - started
    timings: dict[str, float] = {}
    for article, doc in zip(articles, docs, strict=True):
        analyze_doc(article, doc, timings=timings)
    total = parse + sum(timings.values())
    print(f"{len(articles)} articles, {sum(len(d) for d in docs):,} tokens\n")
    print("| stage | seconds | share |")
    print("|---|---|---|")
    print(f"| spaCy parse (nlp.pipe) | {parse:.2f} | {parse / total:.1%} |")
    for name in NAMES:
        print(f"| {name} | {timings[name]:.2f} | {timings[name] / total:.1%} |")
    print(f"| total | {total:.2f} | 100% |")


if __name__ == "__main__":
    main()
