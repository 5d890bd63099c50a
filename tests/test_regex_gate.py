"""regex_gate: a brief rule's pattern is skipped only on a sentence that cannot hold a match
of it, so every answer is the pattern's own (issue #19)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from topline.analyze.rule_filter import FOLDING_ONTO_ASCII as ANALYSIS_FOLDING
from topline.brief import cues, page_rules, select
from topline.brief.regex_gate import FOLDING_ONTO_ASCII, any_of, gate, required

GATED = {
    "page furniture": page_rules.BOILERPLATE,
    "selection furniture": select._BOILERPLATE,
    "speech cue": select._SPEECH_CUE,
    "past perfect": cues.PAST_PERFECT,
    "start point": cues.START_POINT,
    "earlier time": cues.EARLIER,
}

SENTENCES = [
    "The council voted on Monday to close the bridge for repairs.",
    "Sign up for our newsletter to get the latest stories in your inbox.",
    "Copyright © 2019 Acme Media. All rights reserved.",
    "© Getty Images",
    "Photo: AP Photo/Evan Vucci",
    "The mayor had already left when the results came in, officials said.",
    "Sales have risen since 2014, when the plant was founded.",
    "Two years ago the company moved its headquarters; it had previously been in Ohio.",
    "CLICK HERE TO READ MORE",
    "The \u212aelvin scale, the la\u017ft word, a dotle\u0131s i: FOLLOW US ON TW\u0130TTER.",
    "Visit site for details. Read the full story at www.example.com.",
]


def test_the_folding_characters_are_the_analysis_ones() -> None:
    assert FOLDING_ONTO_ASCII.pattern == ANALYSIS_FOLDING.pattern


def test_a_character_without_case_counts_as_a_required_string() -> None:
    # "©" alone is one of the furniture pattern's phrases: without it as a string the
    # pattern could not be gated at all (rule_filter's reading gives None).
    assert required(re.compile(r"\b(?:click here|©)", re.I)) == frozenset({"click here", "©"})
    assert required(re.compile(r"\b(?:click here|é)", re.I)) is None  # "É" matches too
    assert required(re.compile(r"\b(?:click here|x)", re.I)) is None  # too short to test
    assert required(page_rules.BOILERPLATE) is not None


def test_the_furniture_patterns_are_not_run_on_a_plain_sentence() -> None:
    plain = "The council voted on Monday to close the bridge for repairs."
    assert not page_rules._BOILERPLATE_GATE.may_match(plain)
    assert not select._BOILERPLATE_GATE.may_match(plain)
    assert not select._SPEECH_CUE_GATE.may_match(plain)


@pytest.mark.parametrize("name", sorted(GATED))
@pytest.mark.parametrize("text", SENTENCES)
def test_a_gated_search_finds_what_the_pattern_finds(name: str, text: str) -> None:
    pattern = GATED[name]
    for probe in (text, text.upper(), text.lower()):
        found, expected = gate(pattern).search(probe), pattern.search(probe)
        assert (found and found.span()) == (expected and expected.span())


_PIECES = st.sampled_from(
    [
        "sign up for",
        "SUBSCRIBE NOW",
        "©",
        "(c) 2020",
        "had been working",
        "since 1999",
        "two years ago",
        "said",
        "According",
        "reuters/x",
        "\u212a",
        "\u017f",
        "\u0131",
        "\u0130",
        " ",
        ", ",
        ".",
        "the bridge",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=8))
def test_gated_answers_equal_the_patterns_on_generated_text(parts: list[str]) -> None:
    text = "".join(parts)
    for pattern in GATED.values():
        found, expected = gate(pattern).search(text), pattern.search(text)
        assert (found and found.span()) == (expected and expected.span())
        assert (gate(pattern).match(text) is None) == (pattern.match(text) is None)


_STRINGS = st.lists(st.text(alphabet="abc ©.", min_size=1, max_size=4), min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(_STRINGS, st.text(alphabet="abcd ©.\\", max_size=12))
def test_the_one_pass_finder_finds_a_text_holding_any_of_the_strings(
    strings: list[str], text: str
) -> None:
    assert (any_of(strings).search(text) is not None) == any(s in text for s in strings)


def test_the_one_pass_finder_drops_the_strings_a_shorter_one_begins() -> None:
    assert any_of(["sign up", "sign", "says", "say"]).pattern == "s(?:ay|ign)"
    assert any_of(["(c) ", "a.b"]).pattern == r"(?:\(c\)\ |a\.b)"
