"""Derive the verb and noun classes of ``analyze/event_aspect.py`` from WordNet 3.0.

Run: ``python benchmarks/wordnet_classes.py --cntlist PATH`` where ``PATH`` is WordNet 3.0's
``cntlist.rev`` (Debian/Ubuntu package ``wordnet-base``: ``/usr/share/wordnet/cntlist.rev``).
It counts the SemCor-tagged uses of each sense by its lexicographer file (the ``:NN:`` of its
sense key) and prints:

* the verbs whose most tagged lexicographer file is ``verb.stative`` (42: "verbs of being,
  having, spatial relations") or ``verb.perception`` (39), with five or more tagged uses:
  the verbs whose usual reading is a state or a perception;
* (with ``--nouns FILE``) writes the nouns with tagged senses, none of them in
  ``noun.person`` (18), ``noun.group`` (14) or ``noun.animal`` (5): nouns that name a
  thing, never someone who acts.

A first try (a quarter of the verb's uses stative; every noun not known as a person's a
thing) took "carry", "cover", "stand", ages and unknown nouns ("envoy") and was dropped after
its removals were read (docs/benchmarks.md, "Events, fourteenth session").
WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved (licence: see
``src/topline/data/wordnet_thing_nouns.txt``).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

STATIVE, PERCEPTION = 42, 39
PERSON, GROUP, ANIMAL = 18, 14, 5
MIN_USES = 5


def counts(path: Path, pos: str) -> dict[str, Counter[int]]:
    out: dict[str, Counter[int]] = defaultdict(Counter)
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, tagged = line.split()
        lemma, rest = key.split("%")
        synset_type, lexfile = rest.split(":")[:2]
        if synset_type == pos and lemma.isalpha() and lemma.islower():
            out[lemma][int(lexfile)] += int(tagged)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cntlist", type=Path, required=True)
    parser.add_argument("--nouns", type=Path)
    args = parser.parse_args()
    verbs = counts(args.cntlist, "2")
    chosen = sorted(
        lemma
        for lemma, c in verbs.items()
        if sum(c.values()) >= MIN_USES and c.most_common(1)[0][0] in {STATIVE, PERCEPTION}
    )
    print(len(chosen), "verbs:", " ".join(chosen))
    if args.nouns:
        nouns = counts(args.cntlist, "1")
        things = sorted(w for w, c in nouns.items() if c[PERSON] + c[GROUP] + c[ANIMAL] == 0)
        header = Path(args.nouns).read_text(encoding="utf-8").split("\n\n", 1)[0]
        args.nouns.write_text(header + "\n\n" + "\n".join(things) + "\n", encoding="utf-8")
        print(len(things), "nouns written to", args.nouns)


if __name__ == "__main__":
    main()
