"""HTML → article body: topline's ingest against trafilatura defaults and other extractors.

Data: ``../shared/data/article-extraction/`` (Zyte's article-extraction benchmark, 181 pages
with gold ``articleBody``). Metric: :mod:`topline.eval.extraction` (token shingles, n=4 as
in the benchmark, and the plain bag of tokens n=1). Prints Markdown tables.

    nice python benchmarks/html_extraction.py [--limit N] [--explore] [--only topline]

``--explore`` adds rows for the trafilatura settings that were tried for topline's choice.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from topline.eval.extraction import Counts, corpus_scores, match
from topline.ingest import html as ingest_html

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "article-extraction"

Extractor = Callable[[str, str], str]


def load_pages(limit: int | None) -> list[tuple[str, bytes, dict[str, Any]]]:
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit] if limit else sorted(truth)
    return [
        (k, gzip.decompress((DATA / "html" / f"{k}.html.gz").read_bytes()), truth[k]) for k in keys
    ]


# --- extractors: (html text, url) -> body text --------------------------------------------


def topline_text(html: str, url: str) -> str:
    return ingest_html.article_from_html(html, url=url, source=url).text


def trafilatura_default(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def trafilatura_with(**settings: bool) -> Extractor:
    import trafilatura

    def run(html: str, url: str) -> str:
        doc = trafilatura.bare_extraction(html, url=url, **settings)
        return ingest_html.render_tree(doc.body) if doc is not None and doc.body is not None else ""

    return run


def readability_text(html: str, url: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    return ingest_html.render_tree(lxml.html.fromstring(summary))


def justext_text(html: str, url: str) -> str:
    import justext

    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"))
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def newspaper_text(html: str, url: str) -> str:
    import newspaper

    article = newspaper.Article(url, fetch_images=False)
    article.download(input_html=html)
    article.parse()
    return str(article.text or "")


def extractors(explore: bool) -> dict[str, Extractor]:
    rows: dict[str, Extractor] = {
        "topline (ingest.load settings)": topline_text,
        "trafilatura 2.3 defaults (`extract`)": trafilatura_default,
        "readability-lxml 0.9": readability_text,
        "jusText (English stoplist)": justext_text,
        "newspaper4k 0.9.6": newspaper_text,
    }
    if explore:
        base = {"include_formatting": True}
        rows |= {
            "explore: trafilatura defaults + our rendering": trafilatura_with(**base),
            "explore: no comments": trafilatura_with(**base, include_comments=False),
            "explore: no comments, no tables": trafilatura_with(
                **base, include_comments=False, include_tables=False
            ),
            "explore: no comments, favor_precision": trafilatura_with(
                **base, include_comments=False, favor_precision=True
            ),
            "explore: no comments, favor_recall": trafilatura_with(
                **base, include_comments=False, favor_recall=True
            ),
            "explore: no comments, no_fallback": trafilatura_with(
                **base, include_comments=False, no_fallback=True
            ),
            "explore: no comments, favor_precision, no_fallback": trafilatura_with(
                **base, include_comments=False, favor_precision=True, no_fallback=True
            ),
        }
    return rows


def _norm_url(url: str | None) -> str:
    if not url:
        return ""
    parts = urlsplit(url.strip())
    return f"{parts.netloc.lower().removeprefix('www.')}{parts.path.rstrip('/')}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N pages only")
    parser.add_argument("--explore", action="store_true", help="add the settings tried")
    parser.add_argument("--only", default=None, help="only the extractors whose name has this")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    pages = load_pages(args.limit)
    htmls = [(k, ingest_html.decode_html(raw), truth) for k, raw, truth in pages]

    print(f"{len(pages)} pages. Token-shingle scores (macro average over pages).\n")
    print("| extractor | P (n=4) | R (n=4) | F1 (n=4) | F1 (bag of tokens) | failed | pages/s |")
    print("|---|---|---|---|---|---|---|")
    for name, run in extractors(args.explore).items():
        if args.only and args.only not in name:
            continue
        c4: list[Counts] = []
        c1: list[Counts] = []
        failed = 0
        start = time.perf_counter()
        for _key, html, truth in htmls:
            try:
                text = run(html, truth["url"])
            except Exception:
                text, failed = "", failed + 1
            c4.append(match(truth["articleBody"], text, 4))
            c1.append(match(truth["articleBody"], text, 1))
        seconds = time.perf_counter() - start
        s4, s1 = corpus_scores(c4), corpus_scores(c1)
        print(
            f"| {name} | {s4.precision:.3f} | {s4.recall:.3f} | {s4.f1:.3f} | {s1.f1:.3f} "
            f"| {failed} | {len(htmls) / seconds:.1f} |"
        )
    metadata_table(pages)


def metadata_table(pages: list[tuple[str, bytes, dict[str, Any]]]) -> None:
    """Metadata found by the full ingest path (bytes → Article), and its throughput."""
    found = {"title": 0, "byline": 0, "published": 0, "outlet": 0, "canonical_url": 0}
    url_ok = failed = 0
    start = time.perf_counter()
    for key, raw, truth in pages:
        try:
            article = ingest_html.article_from_html(raw, source=key)
        except Exception:
            failed += 1
            continue
        for field in found:
            found[field] += bool(getattr(article, field))
        url_ok += _norm_url(article.canonical_url) == _norm_url(truth["url"])
    seconds = time.perf_counter() - start
    n = len(pages)
    print(
        "\nMetadata (the gold file has only `articleBody` and `url`, so only the canonical URL "
        "can be checked; other fields show coverage, not accuracy):\n"
    )
    print("| canonical URL = gold URL | title found | author found | date found | outlet found |")
    print("|---|---|---|---|---|")
    print(
        f"| {url_ok / n:.1%} | {found['title'] / n:.1%} | {found['byline'] / n:.1%} "
        f"| {found['published'] / n:.1%} | {found['outlet'] / n:.1%} |"
    )
    print(
        f"\nIngest throughput (gzip-decoded bytes → Article, incl. charset detection and "
        f"cleaning, 1 process): {n / seconds:.1f} pages/s; {failed} pages refused as no article."
    )


if __name__ == "__main__":
    main()
