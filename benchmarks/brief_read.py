"""Briefs to read like an editor: a fixed random sample of unseen texts, each brief printed
with the article around its Crucial quote and Big number and the article's opening.

    nice python benchmarks/brief_read.py --sample A [--only 3 7] [--cache DIR]

The audit (``benchmarks/editorial_audit.py``) counts what its rules describe; it cannot see a
wrong speaker or a headline shown as a fact. This script prints the briefs a person reads to
find such defects. Samples are drawn once with a fixed seed from texts the audit never used
for writing rules: pages of ``../shared/data/article-extraction`` (each sample its own
slice), PolNeAR *train* articles (the audit uses PolNeAR dev), and XSum / CNN-DM items of
``news-summaries/dev.jsonl``. Sample A was read before the sixth session's fixes, B and C
after (see docs/benchmarks.md, "An editor's read of unseen briefs"); D was read once on the
seventh session's final code ("… (seventh session, editorial branch)"); E (the next slice of
each source) was read before and after the eighth session's rules ("… (eighth session …)");
F was read before and after the ninth session's rules, G once on its final code as the
untouched check ("… (ninth session …)"). I was read before and after the tenth session's
rules, J once on its final code as the untouched check ("Editorial, tenth session"). K was
read before and after the eleventh session's rules, L once on its final code ("Editorial,
eleventh session"). M is read before and after the twelfth session's rules, N once on its
final code; its second round read O before and after, P once on its final code (the last
pages: the slices of pages end at 181).
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from benchmarks.timeml import read_corpus  # noqa: E402
from topline.analyze import analyze_many  # noqa: E402
from topline.analyze.language import require_supported  # noqa: E402
from topline.brief import make_brief  # noqa: E402
from topline.errors import ToplineError  # noqa: E402
from topline.ingest import article_from_text  # noqa: E402
from topline.ingest.html import article_from_html  # noqa: E402
from topline.model import Analysis, Article  # noqa: E402
from topline.render.brief import render_markdown  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
SEED = 20261130
#: (pages, PolNeAR train, XSum, CNN/DM) slices of each sample, after a seeded shuffle.
SAMPLES = {
    "A": ((0, 18), (0, 14), (0, 5), (0, 5)),
    "B": ((18, 34), (14, 26), (5, 8), (5, 8)),
    "C": ((34, 46), (26, 34), (8, 10), (8, 10)),
    "D": ((46, 58), (34, 42), (10, 12), (10, 12)),
    "E": ((58, 68), (42, 49), (12, 14), (12, 14)),
    "F": ((68, 78), (49, 56), (14, 16), (14, 16)),
    "G": ((78, 88), (56, 63), (16, 18), (16, 18)),
    "H": ((88, 98), (63, 70), (18, 20), (18, 20)),
    "I": ((98, 108), (70, 77), (20, 22), (20, 22)),
    "J": ((108, 118), (77, 84), (22, 24), (22, 24)),
    "K": ((118, 128), (84, 91), (24, 26), (24, 26)),
    "L": ((128, 138), (91, 98), (26, 28), (26, 28)),
    "M": ((138, 150), (98, 105), (28, 30), (28, 30)),
    "N": ((150, 162), (105, 112), (30, 32), (30, 32)),
    "O": ((162, 172), (112, 119), (32, 34), (32, 34)),
    "P": ((172, 181), (119, 126), (34, 36), (34, 36)),
    # The thirteenth session: every page has been read, so samples Q-T are unseen
    # text articles only (PolNeAR train, XSum and CNN/DM beyond the slices above).
    "Q": ((181, 181), (126, 140), (36, 41), (36, 41)),
    "R": ((181, 181), (140, 154), (41, 46), (41, 46)),
    "S": ((181, 181), (154, 168), (46, 51), (46, 51)),
    "T": ((181, 181), (168, 182), (51, 56), (51, 56)),
    "U": ((181, 181), (182, 196), (56, 61), (56, 61)),
    # The fourteenth session: more unseen text articles, one sample per lane and one
    # the lead reads untouched on the session's final code.
    "V": ((181, 181), (196, 210), (61, 66), (61, 66)),
    "W": ((181, 181), (210, 224), (66, 71), (66, 71)),
    "X": ((181, 181), (224, 238), (71, 76), (71, 76)),
    "Y": ((181, 181), (238, 252), (76, 81), (76, 81)),
    "Z": ((181, 181), (252, 266), (81, 86), (81, 86)),
    # The fourteenth session's second round: two more fresh samples for the lanes.
    "AA": ((181, 181), (266, 280), (86, 91), (86, 91)),
    "AB": ((181, 181), (280, 294), (91, 96), (91, 96)),
    # The fifteenth session: AC and AD are read by a reader who changes no code, at the
    # session's start and on its final code (blind evidence); AE and AF for the brief lanes;
    # AG and AH for second rounds. XSum and CNN/DM run out here: PolNeAR train only after.
    "AC": ((181, 181), (294, 310), (96, 101), (96, 99)),
    "AD": ((181, 181), (310, 329), (101, 106), (99, 99)),
    "AE": ((181, 181), (329, 348), (106, 111), (99, 99)),
    "AF": ((181, 181), (348, 369), (111, 114), (99, 99)),
    "AG": ((181, 181), (369, 393), (114, 114), (99, 99)),
    "AH": ((181, 181), (393, 417), (114, 114), (99, 99)),
    # The fifteenth session's later lanes (references nothing in the brief resolves; the
    # pages lane's second round).
    "AI": ((181, 181), (417, 441), (114, 114), (99, 99)),
    "AJ": ((181, 181), (441, 465), (114, 114), (99, 99)),
    # The sixteenth session: half PolNeAR train (positions 465+, which the fifteenth
    # session's compress and refs lanes counted cuts and references in, never read as
    # briefs), half TempEval-3 TBAQ documents of 1,500+ characters (1990s wire and WSJ news,
    # read for dates, never as briefs). AK and AL belong to the blind reader; AM-AR to lanes.
    "AK": ((181, 181), (465, 477), (114, 114), (99, 99), (0, 12)),
    "AL": ((181, 181), (477, 489), (114, 114), (99, 99), (12, 24)),
    "AM": ((181, 181), (489, 501), (114, 114), (99, 99), (24, 36)),
    "AN": ((181, 181), (501, 513), (114, 114), (99, 99), (36, 48)),
    "AO": ((181, 181), (513, 525), (114, 114), (99, 99), (48, 60)),
    "AP": ((181, 181), (525, 537), (114, 114), (99, 99), (60, 72)),
    "AQ": ((181, 181), (537, 549), (114, 114), (99, 99), (72, 84)),
    "AR": ((181, 181), (549, 561), (114, 114), (99, 99), (84, 96)),
    # The seventeenth session: AQ and AR (never opened in the sixteenth) go to the blind
    # reader; the lanes read AS-AW: PolNeAR train positions 561+ (counted as a pool in the
    # sixteenth session, never read as briefs) and the last TBAQ documents of 1,500+
    # characters. Pools from here: PolNeAR train 657-840 and TBAQ under 1,500 characters.
    "AS": ((181, 181), (561, 573), (114, 114), (99, 99), (96, 108)),
    "AT": ((181, 181), (573, 585), (114, 114), (99, 99), (108, 118)),
    "AU": ((181, 181), (585, 609), (114, 114), (99, 99)),
    "AV": ((181, 181), (609, 633), (114, 114), (99, 99)),
    "AW": ((181, 181), (633, 657), (114, 114), (99, 99)),
}
#: TBAQ documents shorter than this are a paragraph or two of wire copy: too short to brief.
TBAQ_MIN_CHARS = 1500


def _items(sample: str) -> list[tuple[str, Any]]:
    return items_of(SAMPLES[sample])


def items_of(slices: tuple[tuple[int, int], ...]) -> list[tuple[str, Any]]:
    """The (pages, PolNeAR train, XSum, CNN/DM[, TBAQ]) ``slices`` of the seeded shuffle: a
    sample's items, or a larger pool (``benchmarks/dangling_refs.py``)."""
    rnd = random.Random(SEED)
    pages = sorted((DATA / "article-extraction" / "html").glob("*.html.gz"))
    rnd.shuffle(pages)
    polnear = sorted((DATA / "polnear" / "train" / "text").glob("*.txt"))
    rnd.shuffle(polnear)
    rows = [json.loads(line) for line in (DATA / "news-summaries" / "dev.jsonl").open()]
    xsum = [r for r in rows if r["corpus"] == "xsum"]
    cnndm = [r for r in rows if r["corpus"] == "cnndm"]
    rnd.shuffle(xsum)
    rnd.shuffle(cnndm)
    (p0, p1), (q0, q1), (x0, x1), (c0, c1) = slices[:4]
    items: list[tuple[str, Any]] = (
        [("page", p) for p in pages[p0:p1]]
        + [("polnear", p) for p in polnear[q0:q1]]
        + [("text", r) for r in xsum[x0:x1]]
        + [("text", r) for r in cnndm[c0:c1]]
    )
    if len(slices) > 4:
        (t0, t1) = slices[4]
        tbaq = [
            doc
            for doc in read_corpus(DATA / "tempeval3" / "TBAQ-cleaned")
            if len(doc.text) >= TBAQ_MIN_CHARS
        ]
        rnd.shuffle(tbaq)
        items += [("tbaq", doc) for doc in tbaq[t0:t1]]
    return items


def _articles(items: list[tuple[str, Any]]) -> Iterator[Article]:
    for kind, item in items:
        if kind == "page":
            html = gzip.decompress(item.read_bytes()).decode("utf-8", errors="replace")
            try:
                article = article_from_html(html, source=item.name)
                require_supported(article)
            except ToplineError:
                continue  # refused as the product refuses it
            yield article
        elif kind == "polnear":
            published = item.stem.split("_")[1]
            yield article_from_text(item.read_bytes(), source=item.name, published=published)
        elif kind == "tbaq":
            yield article_from_text(item.text, source=item.name, published=item.dct[:10])
        else:
            article = article_from_text(item["article"], source=item["id"])
            try:
                require_supported(article)
            except ToplineError:
                continue  # refused as the product refuses it (one Welsh XSum text)
            yield article


def _analyses(sample: str, cache: Path | None) -> list[Analysis]:
    path = cache / f"read-{sample}.pkl" if cache is not None else None
    if path is not None and path.exists():
        with path.open("rb") as f:
            cached: list[Analysis] = pickle.load(f)  # noqa: S301 - written by this script
            return cached
    analyses = list(analyze_many(_articles(_items(sample))))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            pickle.dump(analyses, f)
    return analyses


def show(analysis: Analysis, index: int) -> str:
    """The brief as a reader sees it, then the article around its quote and number."""
    brief = make_brief(analysis)
    text = analysis.article.text
    out = [f"=== [{index}] {analysis.article.source}", render_markdown(brief, analysis.article)]
    if brief.crucial_quote is not None:
        span = brief.crucial_quote.spans[0]
        out.append(f"  >> quote in the text: {text[max(0, span.start - 250) : span.end + 150]!r}")
    if brief.big_number is not None:
        span = brief.big_number.spans[0]
        out.append(f"  >> number in the text: {text[max(0, span.start - 150) : span.end + 150]!r}")
    out.append(f"  >> opening: {text[:600]!r}")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", choices=sorted(SAMPLES), default="A")
    parser.add_argument("--only", type=int, nargs="*", default=None, help="brief numbers")
    parser.add_argument("--cache", type=Path, default=None, help="directory of analyses")
    args = parser.parse_args()
    for i, analysis in enumerate(_analyses(args.sample, args.cache)):
        if args.only is None or i in args.only:
            print(show(analysis, i), end="\n\n")


if __name__ == "__main__":
    main()
