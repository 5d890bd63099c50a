"""CPU cost of reading texts into Articles (decode, normalise, clean, offset map).

    python benchmarks/ingest_cost.py LABEL

Reads the news-summaries articles, the article-extraction gold bodies and the PolNeAR dev
texts three times with ``article_from_text`` and prints the process CPU seconds. Run it once
per source tree (``PYTHONPATH=…/src``) in the same session to compare two versions.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from topline.errors import ToplineError
from topline.ingest import article_from_text

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def texts() -> list[str]:
    with (DATA / "news-summaries" / "dev.jsonl").open(encoding="utf-8") as fh:
        out = [json.loads(line)["article"] for line in fh if line.strip()]
    truth = json.loads((DATA / "article-extraction" / "ground-truth.json").read_text("utf-8"))
    out += [item["articleBody"] for item in truth.values()]
    out += [
        p.read_text(encoding="utf-8") for p in sorted((DATA / "polnear" / "dev").rglob("*.txt"))
    ]
    return [t for t in out if t.strip()]


def main() -> None:
    corpus = texts()
    started = time.process_time()
    for _ in range(3):
        for text in corpus:
            try:
                article_from_text(text)
            except ToplineError:
                pass
    label = sys.argv[1] if len(sys.argv) > 1 else "this tree"
    print(f"{label}: {len(corpus)} texts x 3, {time.process_time() - started:.2f} CPU s")


if __name__ == "__main__":
    main()
