"""A trailing passive cue names no source: "…, the results were announced." (fourteenth
session, the lead's read of an untouched sample: a bullet tagged "(source: the dissolution
of the club was)")."""

from __future__ import annotations

import pytest

from topline.brief.compress import trailing_source
from topline.model import Span


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday, the closure of the plant was announced.",
        "Late on Monday, the winners of the regional award were announced.",
        "After the vote, the new budget has been confirmed.",
    ],
)
def test_a_passive_cue_names_no_source(sentence: str) -> None:
    assert trailing_source(sentence, Span(0, len(sentence))) is None


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The plant will close in March, the company announced.", "the company"),
        ("Two workers were hurt, police said on Tuesday.", "police"),
        ("The bridge reopens next week, according to the county engineer.", "the county engineer"),
    ],
)
def test_an_active_cue_keeps_its_source(sentence: str, source: str) -> None:
    found = trailing_source(sentence, Span(0, len(sentence)))
    assert found is not None and found.of(sentence) == source
