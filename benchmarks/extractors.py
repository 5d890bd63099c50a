"""Where the analysis time goes, extractor by extractor (the registry's per-extractor timing).

    nice python benchmarks/extractors.py [--size 100]

Parses the throughput corpus (``benchmarks/throughput.py``: PolNeAR, news-summaries and
article-extraction bodies, cleaned once outside the timed region) with one ``nlp.pipe`` pass,
then runs every registered extractor with ``timings`` (:mod:`topline.analyze.registry`), then
the brief and the JSON document a batch writes. Every figure is CPU time of this process
(``time.process_time``), so other work on a shared machine inflates it less than wall time;
the table prints each stage's milliseconds per article and its share of the whole, spaCy's
parse included, with the machine's load average before and after.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT / "src", ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from benchmarks.throughput import build_corpus  # noqa: E402
from topline import pipeline  # noqa: E402
from topline.analyze import analyze_doc  # noqa: E402
from topline.analyze.registry import NAMES  # noqa: E402
from topline.brief import make_brief  # noqa: E402
from topline.nlp import get_nlp  # noqa: E402
from topline.options import DEFAULTS  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100, help="articles")
    args = parser.parse_args()
    articles = build_corpus(args.size)
    load_before = os.getloadavg()[0]
    nlp = get_nlp()
    started = time.process_time()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    parse = time.process_time() - started
    timings: dict[str, float] = {}
    analyse_s = brief_s = document_s = 0.0
    for article, doc in zip(articles, docs, strict=True):
        started = time.process_time()
        analysis = analyze_doc(article, doc, timings=timings)
        analyse_s += time.process_time() - started
        started = time.process_time()
        brief = make_brief(analysis)
        brief_s += time.process_time() - started
        started = time.process_time()
        pipeline.brief_document(pipeline.located(brief, article, DEFAULTS), article)
        document_s += time.process_time() - started
    extractors = sum(timings[n] for n in NAMES)
    rest = analyse_s - extractors
    stages = [("spaCy parse (nlp.pipe)", parse)]
    stages += [(name, timings[name]) for name in NAMES]
    stages += [("language check, Analysis", rest), ("brief", brief_s)]
    stages += [("offsets + JSON document", document_s)]
    total = sum(s for _, s in stages)
    n = len(articles)
    print(f"{n} articles, {sum(len(d) for d in docs):,} tokens; load average {load_before:.1f}")
    print(f"before, {os.getloadavg()[0]:.1f} after\n")
    print("| stage | CPU ms per article | share |")
    print("|---|---:|---:|")
    for name, seconds in stages:
        print(f"| {name} | {1000 * seconds / n:.2f} | {seconds / total:.1%} |")
    own = total - parse
    print(f"| topline (everything after the parse) | {1000 * own / n:.2f} | {own / total:.1%} |")
    print(f"| total | {1000 * total / n:.2f} | 100% |")


if __name__ == "__main__":
    main()
