"""How much real article text does scraped-text cleaning remove by mistake?

Runs :func:`topline.ingest.clean.clean` over article bodies that are already clean (the gold
bodies of the article-extraction benchmark and the news-summaries articles): every character
it removes there is a false removal (or cruft the gold kept), and no article may be taken for
one already in Topline form. A naive baseline in the same run drops short lines
(fewer than 5 words), the usual quick fix for scraped text. Prints a Markdown table and, with
``--show``, every removal so that the rules can be audited. A second table scores scraped
page text against the gold bodies, before and after cleaning.

    nice python benchmarks/cleaning.py [--show]
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from topline.brief.parse import parse_topline
from topline.ingest.clean import clean
from topline.ingest.text import normalise
from topline.model import Article

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SHORT_LINE_WORDS = 5


def gold_bodies() -> Iterator[tuple[str, str]]:
    truth = json.loads((DATA / "article-extraction" / "ground-truth.json").read_text("utf-8"))
    for item in truth.values():
        yield "article-extraction", item["articleBody"]
    with (DATA / "news-summaries" / "dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            yield f"news-summaries/{row['corpus']}", row["article"]


def _tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.casefold()))


def token_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    p, g = _tokens(predicted), _tokens(gold)
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def page_text(html: str) -> str:
    """Every text node of the page body on its own line: scraped text at its crudest."""
    import lxml.html

    doc = lxml.html.fromstring(html)
    for node in doc.xpath("//script|//style|//noscript|//template|//svg"):
        node.drop_tree()
    body = doc.find("body")
    root = body if body is not None else doc
    return "\n".join(t.strip() for t in root.itertext() if t.strip())


def pages_table() -> None:
    """Token P/R/F1 against the gold body, before and after cleaning, for two page texts."""
    import trafilatura

    folder = DATA / "article-extraction"
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    rows: dict[str, list[tuple[float, float, float]]] = {}
    for key, item in truth.items():
        html = gzip.open(folder / "html" / f"{key}.html.gz").read().decode("utf-8", "replace")
        gold = item["articleBody"]
        for name, text in (
            ("page text (all text nodes)", normalise(page_text(html))),
            ("trafilatura.extract", normalise(trafilatura.extract(html) or "")),
        ):
            cleaned = clean(text).text if text.strip() else ""
            rows.setdefault(name, []).append(token_prf(text, gold))
            rows.setdefault(name + " + topline clean", []).append(token_prf(cleaned, gold))
    print("| input (181 pages) | token precision | token recall | token F1 |")
    print("|---|---:|---:|---:|")
    for name, scores in rows.items():
        mean = [sum(s[i] for s in scores) / len(scores) for i in range(3)]
        print(f"| {name} | {mean[0]:.4f} | {mean[1]:.4f} | {mean[2]:.4f} |")


def naive_removed(text: str) -> int:
    return sum(
        len(line.strip())
        for line in text.splitlines()
        if line.strip() and len(line.split()) < SHORT_LINE_WORDS
    )


def main(show: bool = False) -> None:
    stats: dict[str, Counter[str]] = {}
    reasons: Counter[str] = Counter()
    seconds = 0.0
    for corpus, body in gold_bodies():
        text = normalise(body)
        if not text.strip():
            continue
        started = time.perf_counter()
        cleaned = clean(text)
        seconds += time.perf_counter() - started
        removed = sum(len(r.text) for r in cleaned.removed)
        row = stats.setdefault(corpus, Counter())
        row["articles"] += 1
        row["chars"] += len(text.strip())
        row["removed"] += removed
        row["touched"] += bool(cleaned.removed)
        row["naive"] += naive_removed(text)
        row["naive_touched"] += naive_removed(text) > 0
        row["topline"] += parse_topline(Article(id="b", text=cleaned.text)) is not None
        for r in cleaned.removed:
            reasons[r.reason] += 1
            if show:
                print(f"{corpus}\t{r.reason}\t{r.text[:100]!r}", file=sys.stderr)
    print(
        "| corpus | articles | chars removed (topline clean) | articles touched | "
        "chars removed (baseline: drop lines < 5 words) | articles touched (baseline) | "
        "wrongly parsed as Topline form |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for corpus, row in sorted(stats.items()):
        print(
            f"| {corpus} | {row['articles']} | {row['removed'] / row['chars']:.2%} | "
            f"{row['touched']} | {row['naive'] / row['chars']:.2%} | {row['naive_touched']} | "
            f"{row['topline']} |"
        )
    total = sum(row["articles"] for row in stats.values())
    print()
    print(f"Removals by reason: {dict(reasons.most_common()) or 'none'}")
    print(
        f"Cleaning time: {seconds * 1000 / max(1, total):.2f} ms per article "
        "(shared 2-core machine; noisy)."
    )


if __name__ == "__main__":
    main(show="--show" in sys.argv)
    print()
    pages_table()
