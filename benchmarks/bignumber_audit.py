"""Big number audit on real news: the chosen figure and what it counts, with a label-free proxy.

    nice python benchmarks/bignumber_audit.py [--limit N] [--quiet]

Data: ``../shared/data/news-summaries/dev.jsonl`` (field ``article``). Each article is cleaned
with ``topline.ingest.article_from_text`` and analysed in batches (``nlp.pipe`` then
``analyze_doc``, which is what ``analyze_many`` does; the parsed doc is kept to check links).
For each article it prints the chosen Big number text and its counted phrase, for reading.

The proxy needs no labels. A chosen Big number is *linked* when either it stands alone as money
or a percentage (nothing to count), or its counted phrase ends in a NOUN/PROPN token that the
parse ties to the number: the number (or its quantmod chain) is that noun's nummod / quantmod /
amod / compound dependent, or the number is followed by "of" whose object is that noun, or the
phrase comes from a following "That's how many …" sentence. A counted phrase on the other side
of a verb ("17 — Police found") or a fragment ("six — pack") fails. The second figure is the
share of chosen Big numbers that are the word "one" ("one of the biggest …"), and the third the
share of articles with no Big number at all (reported so that a stricter analyzer cannot look
better just by choosing nothing).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from spacy.tokens import Doc  # noqa: E402

from topline.analyze import analyze_doc  # noqa: E402
from topline.analyze.quantities import HOW_MANY  # noqa: E402
from topline.brief.bignumber import choose_big_number  # noqa: E402
from topline.ingest import article_from_text  # noqa: E402
from topline.model import Article, BigNumber  # noqa: E402
from topline.nlp import get_nlp  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "news-summaries" / "dev.jsonl"
LINK_DEPS = {"nummod", "quantmod", "amod", "compound", "nmod", "npadvmod"}


def linked(doc: Doc, big: BigNumber) -> bool:
    """True when the counted phrase is a noun the parse ties to the number (see docstring)."""
    if big.counts is None:
        return True  # money / percentage standing alone
    num = doc.char_span(big.spans[0].start, big.spans[0].end, alignment_mode="expand")
    phrase = doc.char_span(big.spans[1].start, big.spans[1].end, alignment_mode="expand")
    if num is None or phrase is None:
        return False
    head = phrase[-1]
    if head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if phrase.sent.start != num.sent.start:  # "That's how many …" in the next sentence
        return bool(HOW_MANY.match(phrase.sent.text))
    for tok in num:
        if tok.head == head and tok.dep_ in LINK_DEPS:
            return True
        if tok.head.head == head and tok.dep_ == "quantmod" and tok.head.dep_ in LINK_DEPS:
            return True
    nxt = doc[num.end] if num.end < len(doc) else None
    return nxt is not None and nxt.lower_ == "of" and head.head == nxt and head.dep_ == "pobj"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="first N articles only (0 = all)")
    parser.add_argument("--quiet", action="store_true", help="print the summary only")
    args = parser.parse_args()
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    if args.limit:
        rows = rows[: args.limit]
    articles: list[Article] = [
        article_from_text(r["article"], source=r.get("id", "<dev>")) for r in rows
    ]
    nlp = get_nlp()
    chosen = ok = ones = 0
    pairs = ((a.text, a) for a in articles)
    for i, (doc, article) in enumerate(nlp.pipe(pairs, as_tuples=True, batch_size=16)):
        big = choose_big_number(analyze_doc(article, doc))
        if big is None:
            if not args.quiet:
                print(f"{i:3d} | (none)")
            continue
        chosen += 1
        good = linked(doc, big)
        ok += good
        number = big.spans[0].of(article.text)
        ones += number.lower().split()[-1] == "one"
        if not args.quiet:
            flag = " " if good else "!"
            print(f"{i:3d}{flag}| {number} — {big.counts or ''} | {big.text}")
    n = len(articles)
    print(f"\n{n} articles from {DATA.name}\n")
    print('| articles | with a Big number | linked noun phrase | the word "one" |')
    print("|---|---|---|---|")
    share = max(1, chosen)
    print(f"| {n} | {chosen / n:.3f} | {ok / share:.3f} | {ones / share:.3f} |")


if __name__ == "__main__":
    main()
