"""Identity check for speed work: dump analyses + briefs, diff against an earlier dump.

    nice python benchmarks/identity_check.py --out /tmp/before.jsonl            # on the old code
    nice python benchmarks/identity_check.py --out /tmp/after.jsonl --against /tmp/before.jsonl

Articles: the first ``--limit`` news-summaries dev articles plus the first ``--polnear``
PolNeAR dev texts from ``../shared/data``, cleaned by ``topline.ingest.article_from_text``.
Each line is ``topline.model.to_json`` of the analysis and of the brief, so any change in an
extracted element, span or brief text shows up as a differing line. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SRC = Path(__file__).resolve().parents[1] / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

from topline.analyze import analyze_many  # noqa: E402
from topline.brief import make_brief  # noqa: E402
from topline.ingest import article_from_text  # noqa: E402
from topline.model import Article, to_json  # noqa: E402


def corpus(limit: int, polnear: int) -> list[Article]:
    texts: list[tuple[str, str]] = []
    with (DATA / "news-summaries" / "dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if len(texts) >= limit:
                break
            row = json.loads(line)
            texts.append((f"summaries:{row['id']}", row["article"]))
    paths = sorted((DATA / "polnear" / "dev" / "text").glob("*.txt"))[:polnear]
    texts += [(f"polnear:{p.stem}", p.read_text(encoding="utf-8")) for p in paths]
    out = []
    for key, text in texts:
        if text.strip():
            out.append(dataclasses.replace(article_from_text(text, source=key), id=key, raw=None))
    return out


def dump(articles: list[Article]) -> list[str]:
    lines = []
    for analysis in analyze_many(articles):
        brief = make_brief(analysis)
        lines.append(to_json({"analysis": analysis, "brief": brief}, indent=0))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=100, help="news-summaries dev articles")
    parser.add_argument("--polnear", type=int, default=50, help="PolNeAR dev texts")
    parser.add_argument("--out", type=Path, required=True, help="where to write the dump")
    parser.add_argument("--against", type=Path, default=None, help="an earlier dump to diff")
    args = parser.parse_args()
    articles = corpus(args.limit, args.polnear)
    started = time.process_time()
    lines = dump(articles)
    cpu = time.process_time() - started
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("| articles | CPU s (analyse + brief) | identical to earlier dump |")
    print("|---:|---:|---|")
    verdict = "—"
    if args.against is not None:
        before = args.against.read_text(encoding="utf-8").splitlines()
        differing = [a.id for a, x, y in zip(articles, before, lines, strict=False) if x != y]
        if len(before) != len(lines):
            verdict = f"no: {len(before)} vs {len(lines)} articles"
        elif differing:
            verdict = f"no: {len(differing)} differ ({', '.join(differing[:5])})"
        else:
            verdict = "yes"
    print(f"| {len(lines)} | {cpu:.1f} | {verdict} |")
    if verdict not in ("yes", "—"):
        sys.exit(1)


if __name__ == "__main__":
    main()
