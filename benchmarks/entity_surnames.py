"""Shared surnames on PolNeAR: which person a "Mrs. Clinton" or a bare "Clinton" is given.

Usage: ``nice python benchmarks/entity_surnames.py [--cache DIR] [--sample K]``

Why: the entity step gives a surname-only mention the canonical name of its cluster, and the
brief and the speaker list print that name. When one article names two people of one
surname ("Bill Clinton", "Hillary Clinton"; "Donald Trump", "Ivana Trump"), a wrong cluster
credits a quote to the wrong person, which no span scorer sees.

Slices: PolNeAR dev and the working train slices (``--split train --limit 140 --offset
1..4`` of ``benchmarks/quotes.py``; never offsets 0 or 5). A mention counts when it is one
word, labelled PERSON, and its article holds two or more different multi-word PERSON names
ending in that word. Printed per slice: such mentions, those after a gendered honorific
("Mr."/"Mrs."/"Ms."/...), and *mixed clusters*: person clusters holding both a male and a
female honorific mention (one of the two is certainly the wrong person), and the quote
sources (``quotes_with_sources``) whose name ends with such a surname. ``--sample K``
lists K such mentions ([m]/[f]: after a male/female honorific, [-]: none) with their
context and the name they were given, then K such quote sources (the words that name the
speaker, and the name printed), for reading: diff two runs' lists to read what moved.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path[:0] = [
    str(Path(__file__).resolve().parents[1] / "src"),
    str(Path(__file__).resolve().parents[1]),
]

SLICES = [("dev", 0), ("train", 1), ("train", 2), ("train", 3), ("train", 4)]
LIMIT = 140


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cache", type=Path, help="directory for cached spaCy parses")
    ap.add_argument("--sample", type=int, default=0, help="list K shared-surname mentions")
    args = ap.parse_args()
    from benchmarks.quotes import load_gold, parse_all
    from topline.analyze.entities import find_entities
    from topline.analyze.gender import honorific_gender_before
    from topline.analyze.quotes import quotes_with_sources
    from topline.nlp import get_nlp

    nlp = get_nlp()
    samples: list[str] = []
    credits: list[str] = []
    totals = [0, 0, 0, 0, 0]
    print(
        "| slice | articles | shared-surname mentions | after an honorific | mixed clusters "
        "| quote sources named with a shared surname |"
    )
    print("|---|---|---|---|---|---|")
    for split, offset in SLICES:
        gold = load_gold(split)
        if split == "train":
            stride = -(-len(gold) // LIMIT)
            gold = gold[offset::stride][:LIMIT]
        docs = parse_all(nlp, [t for _, t, _ in gold], args.cache)
        n_shared = n_hon = n_mixed = n_quotes = 0
        for (stem, text, _), doc in zip(gold, docs, strict=True):
            entities, clusters = find_entities(doc)
            fulls: dict[str, set[str]] = {}
            for e in entities:
                words = e.span.of(text).split()
                if e.label == "PERSON" and len(words) > 1:
                    fulls.setdefault(words[-1], set()).add(" ".join(words))
            by_cluster: dict[str, set[str]] = {}
            for c in clusters:
                if c.label != "PERSON":
                    continue
                for s in c.mentions:
                    g = honorific_gender_before(text, s.start)
                    if g is not None:
                        by_cluster.setdefault(c.id, set()).add(g)
            n_mixed += sum(1 for gs in by_cluster.values() if len(gs) > 1)
            for f in quotes_with_sources(doc, clusters):
                for src in f.sources:
                    last = src.name.split()[-1] if src.name.split() else ""
                    if src.span is None or len(fulls.get(last, ())) < 2:
                        continue
                    n_quotes += 1
                    said = src.span.of(text).replace("\n", "¶")
                    at = f.quote.content_span.start
                    credits.append(f"{stem} quote@{at} [{said}] → {src.name}")
            for e in entities:
                word = e.span.of(text)
                if e.label != "PERSON" or " " in word or len(fulls.get(word, ())) < 2:
                    continue
                n_shared += 1
                g = honorific_gender_before(text, e.span.start)
                n_hon += g is not None
                before = text[max(0, e.span.start - 50) : e.span.start].replace("\n", "¶")
                after = text[e.span.end : e.span.end + 30].replace("\n", "¶")
                samples.append(
                    f"{stem} @{e.span.start} [{g or '-'}] …{before}[{word}]{after}… → {e.canonical}"
                )
        row = [len(gold), n_shared, n_hon, n_mixed, n_quotes]
        totals = [t + n for t, n in zip(totals, row, strict=True)]
        name = "dev" if split == "dev" else f"train --offset {offset}"
        print(f"| {name} | " + " | ".join(map(str, row)) + " |")
    print("| all | " + " | ".join(map(str, totals)) + " |")
    for line in samples[: args.sample]:
        print(line)
    for line in credits[: args.sample]:
        print(line)


if __name__ == "__main__":
    main()
