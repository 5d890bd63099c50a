"""rule_filter: a rule is skipped only on a text that cannot hold a match of it, so the
TIMEX candidates are exactly those of running every rule (issue #19)."""

from __future__ import annotations

import re

import pytest

from topline.analyze import timex_grammar
from topline.analyze.rule_filter import (
    FOLDING_ONTO_ASCII,
    RuleFilter,
    folding_onto_ascii,
    required,
)
from topline.analyze.timex_grammar import RULES, find_candidates

TEXTS = [
    "The council met on Monday, March 3, 2019, and again in the third quarter of 2020.",
    "Sales rose 5% in the year-ago period; the 1990s were better, officials said last week.",
    "SHE LEFT AT 5 P.M. ON CHRISTMAS EVE, TWO YEARS AGO.",
    "Nothing happened here: no dates, no times, only words about bridges and roads.",
    # Characters the engine folds onto ASCII letters: Kelvin sign K, long s, dotless i.
    "The \u212aelvin week and the la\u017ft quarter, the wınter of 2019.",
    "Every other week since the spring of 2001, for twenty years, during the eighties.",
]


def test_the_folding_characters_are_the_engines() -> None:
    assert FOLDING_ONTO_ASCII.pattern == "[" + folding_onto_ascii() + "]"


def test_required_strings_come_from_the_mandatory_path_only() -> None:
    assert required(re.compile(r"(?<!\w)the (?:first|second) quarter", re.I)) == frozenset(
        {" quarter"}
    )
    assert required(re.compile(r"(?<!\w)(?:a|\d+)s?", re.I)) is None  # too short to test
    assert required(re.compile(r"(?<!\w)(?:ab)?cd", re.I)) == frozenset({"cd"})
    assert required(re.compile(r"(?<!\w)(?:wet|dry)(?: season)?", re.I)) == frozenset(
        {"wet", "dry"}
    )


@pytest.mark.parametrize("text", TEXTS)
def test_every_match_holds_one_of_its_rules_required_strings(text: str) -> None:
    if FOLDING_ONTO_ASCII.search(text):
        return  # "wınter" matches "winter" without holding it: such texts run every rule
    for _name, pattern in RULES:
        need = required(pattern)
        for m in pattern.finditer(text):
            assert need is None or any(s in m.group(0).lower() for s in need)


def test_a_rule_is_skipped_only_without_its_words() -> None:
    flags = RuleFilter([re.compile(r"quarter|half", re.I), re.compile(r"\d+", re.I)])
    assert flags.may_match("Profits rose in the spring.") == [False, True]
    assert flags.may_match("a QUARTER") == [True, True]
    assert flags.may_match("\u212a") == [True, True]  # folding character: run everything


class _RunAll:
    def may_match(self, _text: str) -> list[bool]:
        return [True] * len(RULES)


@pytest.mark.parametrize("text", TEXTS)
def test_candidates_equal_those_of_running_every_rule(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = [(c.start, c.end, c.rule, c.match.span()) for c in find_candidates(text)]
    monkeypatch.setattr(timex_grammar, "rule_filter", lambda _patterns: _RunAll())
    every = [(c.start, c.end, c.rule, c.match.span()) for c in find_candidates(text)]
    assert found == every
    assert found or "Nothing" in text
