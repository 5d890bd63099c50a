"""A labelled set of Big-number decisions (``fixtures/bignumber_labels.jsonl``), written
before the rules it checks: each short article (a lede, then one sentence) has the figure an
editor would show with the start of what it counts ("more than 3 tons"), or none. Classes: measures (a number with a unit of measure), money,
percentages and people harmed are shown wherever they stand; small counts outside the lede,
nouns that name a unit elsewhere but count things here ("three points", "two shots"), and
the earlier refusals (a quotation, a survey's sample, a ratio, a range, a hedge, a negation,
a place, an aside, a misread figure) show nothing. Texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from topline.analyze import analyze
from topline.brief.bignumber import choose_big_number
from topline.ingest import article_from_text
from topline.render.brief import number_line

LABELS = Path(__file__).resolve().parent / "fixtures" / "bignumber_labels.jsonl"
ROWS = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line]


def test_the_set_is_big_enough_and_balanced() -> None:
    shown = [r for r in ROWS if r["big"] is not None]
    assert len(ROWS) >= 40
    assert 15 <= len(shown) <= len(ROWS) - 15


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['class']}-{i}" for i, r in enumerate(ROWS)])
def test_the_big_number_decision(row: dict[str, str | None]) -> None:
    text = row["text"]
    assert text is not None
    big = choose_big_number(analyze(article_from_text(text, published="2021-03-02")))
    label = row["big"]
    if label is None:
        assert big is None, big.text
    else:
        assert big is not None, label
        shown = number_line(big).replace(" — ", " ")  # the figure, then what it counts
        assert shown.startswith(label), big
