"""The duration rule tried only where a unit word is within reach finds what it found."""

from __future__ import annotations

import re

from topline.analyze.rule_reach import Reach, reach_for, stop_pattern
from topline.analyze.rule_starts import StartIndex
from topline.analyze.timex_grammar import PATTERNS, RULES

DURATION = [r for r, _ in RULES].index("duration")

TEXTS = [
    "The past five years were hard; the next two-and-a-half weeks, too.",
    "About 1,500.5 hours later, a 10-minute walk took the team\nto the weekend retreat.",
    "“The first three months,” she said: the (previous) decade's end, the centuries past.",
    "Over a week ago, the 2 1/2 year span and the 3½ day stretch; the entire fortnight.",
    "the the the a an 5 6 seven years' worth of THE NEXT FEW MILLENNIA and the ½ hour",
    "Pas de durée ici : la semaine, l'année — rien du tout.",
]


def test_the_gate_keeps_every_duration() -> None:
    pattern = PATTERNS[DURATION]
    assert reach_for(pattern, TEXTS[0]) is not None
    for text in TEXTS:
        index = StartIndex(text)
        gated = index.finditer(pattern, reach_for(pattern, text))
        assert [m.span() for m in gated] == [m.span() for m in pattern.finditer(text)], text


def test_stops_are_the_characters_no_match_holds() -> None:
    stop = stop_pattern(PATTERNS[DURATION])
    assert stop is not None
    assert all(stop.match(ch) for ch in "\n:;()“”'’!?")
    assert not any(stop.match(ch) for ch in "aZ9 -,./½é")


def test_unbounded_patterns_have_no_stops() -> None:
    assert stop_pattern(re.compile(r"a.b")) is None
    assert stop_pattern(re.compile(r"a[^b]c")) is None
    assert stop_pattern(re.compile(r"(a)\1")) is None


def test_a_word_beyond_a_stop_is_out_of_reach() -> None:
    text = "the plan: five years"
    reach = Reach(text, text.lower(), frozenset({"year"}), re.compile(r"[:]"))
    assert not reach(0) and reach(9) and reach(10) and not reach(17)
