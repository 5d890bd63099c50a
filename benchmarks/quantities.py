"""Quantity extraction accuracy on the project's own fixture (tests/fixtures/quantities.jsonl).

Run: ``nice python benchmarks/quantities.py`` from the repository root. Each line holds one
sentence of news with the expected number text, value, qualifier, counted phrase and verb
(``number: null`` = the sentence has no countable quantity: ages, prison terms). The baseline
is spaCy's numeric entities with the noun they attach to (the project's first version).
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from spacy.tokens import Doc  # noqa: E402

from topline.analyze.quantities import find_quantities  # noqa: E402
from topline.analyze.timex import find_timexes  # noqa: E402
from topline.nlp import get_nlp  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "quantities.jsonl"
FIELDS = ("found", "value", "qualifier", "counts", "verb")

Row = dict[str, Any]
Extractor = Callable[[Doc], list[Row]]


def topline(doc: Doc) -> list[Row]:
    text = doc.text
    return [
        {
            "number": q.span.of(text),
            "value": q.value,
            "qualifier": q.qualifier,
            "counts": q.counts,
            "verb": q.verb,
        }
        for q in find_quantities(doc, find_timexes(doc, "2020-01-16"))
    ]


def spacy_baseline(doc: Doc) -> list[Row]:
    rows = []
    for ent in doc.ents:
        if ent.label_ not in {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}:
            continue
        digits = "".join(ch for ch in ent.text if ch.isdigit() or ch == ".")
        head = ent.root.head
        verb = next((a for a in ent.root.ancestors if a.pos_ == "VERB"), None)
        rows.append(
            {
                "number": ent.text,
                "value": float(digits) if digits.replace(".", "", 1).isdigit() else None,
                "qualifier": None,
                "counts": head.text if head.pos_ == "NOUN" else None,
                "verb": verb.text if verb is not None else None,
            }
        )
    return rows


def _same(expected: Any, got: Any) -> bool:
    if isinstance(expected, int | float) and isinstance(got, int | float):
        return math.isclose(float(expected), float(got), rel_tol=1e-3)
    if isinstance(expected, str) and isinstance(got, str):
        return expected.lower() == got.lower()
    return expected == got


def evaluate(cases: list[Row], docs: list[Doc], extract: Extractor) -> dict[str, float]:
    hits = dict.fromkeys(FIELDS, 0)
    for case, doc in zip(cases, docs, strict=True):
        found = extract(doc)
        if case["number"] is None:
            ok = not found
            for f in FIELDS:
                hits[f] += ok
            continue
        row = next((r for r in found if r["number"].lower() == case["number"].lower()), None)
        if row is None:
            row = next((r for r in found if case["number"].lower() in r["number"].lower()), None)
        if row is None:
            continue
        hits["found"] += row["number"].lower() == case["number"].lower()
        for f in FIELDS[1:]:
            hits[f] += _same(case[f], row[f])
    return {f: hits[f] / len(cases) for f in FIELDS}


def main() -> None:
    cases = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line]
    nlp = get_nlp()
    docs = list(nlp.pipe(c["text"] for c in cases))
    print(f"{len(cases)} cases from {FIXTURE.relative_to(ROOT)}\n")
    print("| system | exact span | value | qualifier | counts | verb |")
    print("|---|---|---|---|---|---|")
    for name, extract in (("topline", topline), ("spaCy entities + head noun", spacy_baseline)):
        s = evaluate(cases, docs, extract)
        print(f"| {name} | " + " | ".join(f"{s[f]:.3f}" for f in FIELDS) + " |")


if __name__ == "__main__":
    main()
