"""Big number audit on real news: the chosen figure and what it counts, with a label-free proxy.

    nice python benchmarks/bignumber_audit.py [--limit N] [--quiet]
    nice python benchmarks/bignumber_audit.py --sample 30 --cache DIR [--sets cnndm,xsum,pages]

``--sample K --cache DIR`` reads the analyses cached by ``benchmarks/editorial_audit.py
--cache DIR`` instead, and prints K Big numbers drawn (seeded, spread evenly over the sets)
from the briefs that show one, each with its sentence, for an editor's right/wrong label, and
each set's share of briefs with a Big number.

Data: ``../shared/data/news-summaries/dev.jsonl`` (field ``article``). Each article is cleaned
with ``topline.ingest.article_from_text`` and analysed in batches (``nlp.pipe`` then
``analyze_doc``, which is what ``analyze_many`` does; the parsed doc is kept to check links).
For each article it prints the chosen Big number text and its counted phrase, for reading.

The proxy needs no labels. A chosen Big number is *linked* when either it stands alone as money
or a percentage (nothing to count), or its counted phrase ends in a NOUN/PROPN token that the
parse ties to the number: the number (or its quantmod chain) is that noun's nummod / quantmod /
amod / compound dependent, or the number is followed by "of" whose object is that noun, or the
phrase comes from a following "That's how many …" sentence. A chosen Big number *agrees* when
it is linked and, for a bare count, English number agreement holds: a count above one with a
plural noun (or a unit / collective noun: "300 km", "90 crew"), and the noun is not a
capitalised common noun opening a clause mid-sentence (a lost full stop: "she was 17 Police
found"). Agreement
is a grammatical fact, not a label, but note that the analyzer now applies the same check, so
the "after" figure of that column is partly by construction; the reading of the printed list
is the real evidence. The next figure is the
share of chosen Big numbers that are the word "one" ("one of the biggest …"), and the third the
share of articles with no Big number at all (reported so that a stricter analyzer cannot look
better just by choosing nothing).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from spacy.tokens import Doc  # noqa: E402

from topline.analyze import analyze_doc  # noqa: E402
from topline.analyze.language import overriding  # noqa: E402
from topline.analyze.quantities import HOW_MANY  # noqa: E402
from topline.brief.bignumber import choose_big_number  # noqa: E402
from topline.ingest import article_from_text  # noqa: E402
from topline.model import Article, BigNumber  # noqa: E402
from topline.nlp import get_nlp  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "news-summaries" / "dev.jsonl"
LINK_DEPS = {"nummod", "quantmod", "amod", "compound", "nmod", "npadvmod"}
MONEY_OR_SHARE = re.compile(r"[$€£¥%]|percent|per cent|dollars|euros|pounds|yen", re.IGNORECASE)
COLLECTIVE_OR_UNIT = frozenset(
    "km kg lb lbs ft mph mm cm m mi ha crew staff police personnel cattle sheep deer fish "
    "aircraft series species people stone".split()
)


def agrees(doc: Doc, big: BigNumber) -> bool:
    """Number agreement between a bare count and its noun (see the module docstring)."""
    if big.counts is None or MONEY_OR_SHARE.search(big.spans[0].of(doc.text)):
        return True
    phrase = doc.char_span(big.spans[1].start, big.spans[1].end, alignment_mode="expand")
    if phrase is None:
        return False
    head = phrase[-1]
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    opens_clause = head.dep_ in {"nsubj", "nsubjpass"} or (
        nxt is not None and nxt.pos_ in {"VERB", "AUX"}
    )
    if head.tag_ in {"NN", "NNS"} and head.is_title and not head.is_sent_start and opens_clause:
        return False
    plural = head.tag_ in {"NNS", "NNPS"} or head.lower_ in COLLECTIVE_OR_UNIT
    return plural if big.value > 1 else not plural


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


def sample(cache: Path, sets: list[str], k: int, seed: int = 7) -> None:
    """Print ``k`` shown Big numbers with their sentences, drawn evenly from ``sets``."""
    import pickle
    import random

    per_set = max(1, k // max(1, len(sets)))
    for name in sets:
        with (cache / f"{name}.pkl").open("rb") as f:
            analyses = pickle.load(f)  # noqa: S301 - written by benchmarks/editorial_audit.py
        shown = []
        for a in analyses:
            big = choose_big_number(a)
            if big is not None:
                sentence = next(
                    (
                        s.span.of(a.article.text)
                        for s in a.sentences
                        if s.span.contains(big.spans[0])
                    ),
                    "",
                )
                shown.append((a.article.source, big, sentence))
        print(f"\n## {name}: {len(shown)} of {len(analyses)} briefs show a Big number")
        for source, big, sentence in random.Random(seed).sample(shown, min(per_set, len(shown))):
            print(f"- {source} | {big.text!r}\n    {' '.join(sentence.split())[:220]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="first N articles only (0 = all)")
    parser.add_argument("--quiet", action="store_true", help="print the summary only")
    parser.add_argument("--data", type=Path, default=DATA, help="a news-summaries JSONL file")
    parser.add_argument("--sample", type=int, default=0, help="shown Big numbers to read")
    parser.add_argument("--cache", type=Path, default=None, help="editorial_audit.py's cache")
    parser.add_argument("--sets", default="cnndm,xsum,pages", help="cached sets to sample")
    args = parser.parse_args()
    if args.sample and args.cache is not None:
        sample(args.cache, args.sets.split(","), args.sample)
        return
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    if args.limit:
        rows = rows[: args.limit]
    articles: list[Article] = [
        article_from_text(r["article"], source=r.get("id", "<dev>")) for r in rows
    ]
    nlp = get_nlp()
    chosen = ok = agree = ones = 0
    pairs = ((a.text, a) for a in articles)
    for i, (doc, article) in enumerate(nlp.pipe(pairs, as_tuples=True, batch_size=16)):
        with overriding("en"):  # a fixed set (its one Welsh XSum text is analysed as before)
            big = choose_big_number(analyze_doc(article, doc))
        if big is None:
            if not args.quiet:
                print(f"{i:3d} | (none)")
            continue
        chosen += 1
        good = linked(doc, big)
        ok += good
        agreeing = good and agrees(doc, big)
        agree += agreeing
        number = big.spans[0].of(article.text)
        ones += number.lower().split()[-1] == "one"
        if not args.quiet:
            flag = " " if agreeing else "!"
            print(f"{i:3d}{flag}| {number} — {big.counts or ''} | {big.text}")
    n = len(articles)
    print(f"\n{n} articles from {args.data.name}\n")
    print('| articles | with a Big number | linked | linked and agreeing | the word "one" |')
    print("|---|---|---|---|---|")
    share = max(1, chosen)
    print(
        f"| {n} | {chosen / n:.3f} | {ok / share:.3f} | {agree / share:.3f} | {ones / share:.3f} |"
    )


if __name__ == "__main__":
    main()
