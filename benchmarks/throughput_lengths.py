"""Own cost and memory by article length: is topline linear where spaCy is?

    nice python benchmarks/throughput.py --lengths

Synthetic long articles are made by joining the throughput corpus's articles (blank line
between them) and cutting at 12,500, 50,000, 100,000, 200,000 and 500,000 characters. Each
length runs in a fresh process: the model loads, then spaCy parses the text (``nlp(text)``,
CPU timed), then topline analyses the parsed document, briefs it and builds the JSON
document a batch writes (CPU timed). The table prints both, their ratio and topline's own
microseconds per token: flat means linear. Memory is the process's peak RSS (``ru_maxrss``)
minus its RSS after the model load and a warm-up article, i.e. what one article of that
length costs on top of a loaded worker. Texts over 1,000,000 characters are refused
(``too_long``, ``topline.ingest.text.MAX_CHARS``), so 500,000 is half the limit.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT / "src", ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

LENGTHS = (12_500, 50_000, 100_000, 200_000, 500_000)


def long_text(length: int) -> str:
    from benchmarks.throughput import base_articles

    parts: list[str] = []
    size = 0
    for article in base_articles():
        parts.append(article.text)
        size += len(article.text) + 2
        if size >= length:
            break
    text = "\n\n".join(parts)[:length]
    return text.rsplit(" ", 1)[0] if len(text) == length else text  # end on a word


def measure_length(length: int) -> dict[str, Any]:
    """In this (fresh) process: parse, then analyse + brief + document one long article."""
    import resource

    from topline import pipeline
    from topline.analyze import analyze_doc
    from topline.brief import make_brief
    from topline.ingest import article_from_text
    from topline.nlp import get_nlp
    from topline.options import DEFAULTS
    from topline.scale.work import WorkOptions, _warm_up

    article = article_from_text(long_text(length), source="long")
    nlp = get_nlp()
    _warm_up(nlp, WorkOptions())
    base_rss = _rss()
    started = time.process_time()
    doc = nlp(article.text)
    parse = time.process_time() - started
    started = time.process_time()
    analysis = analyze_doc(article, doc)
    brief = make_brief(analysis)
    pipeline.brief_document(pipeline.located(brief, article, DEFAULTS), article)
    own = time.process_time() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    return {
        "chars": len(article.text),
        "tokens": len(doc),
        "parse": parse,
        "own": own,
        "extra_rss": max(peak - base_rss, 0),
    }


def _rss() -> int:
    import psutil

    return int(psutil.Process().memory_info().rss)


def lengths_table(lengths: tuple[int, ...] = LENGTHS) -> str:
    import os

    rows = [
        "| characters | tokens | spaCy CPU s | topline own CPU s | own ÷ spaCy "
        "| own µs per token | topline ÷ spaCy (whole) | memory over a loaded worker |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    load = os.getloadavg()[0]
    for length in lengths:
        out = subprocess.run(
            [sys.executable, __file__, str(length)], check=True, capture_output=True, text=True
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        rows.append(
            f"| {r['chars']:,} | {r['tokens']:,} | {r['parse']:.2f} | {r['own']:.2f} "
            f"| {r['own'] / r['parse']:.3f} | {1e6 * r['own'] / r['tokens']:.0f} "
            f"| {(r['parse'] + r['own']) / r['parse']:.2f} | {r['extra_rss'] / 2**20:,.0f} MiB |"
        )
    rows.append("")
    rows.append(f"Load average {load:.1f} before, {os.getloadavg()[0]:.1f} after.")
    return "\n".join(rows)


if __name__ == "__main__":
    print(json.dumps(measure_length(int(sys.argv[1]))))
