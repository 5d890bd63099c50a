"""rule_starts: a rule tried only where a match can start finds exactly ``finditer``'s
matches (issue #19), on generated texts built from the grammar's own vocabulary."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from topline.analyze.rule_starts import NON_ASCII, StartIndex, prefixes
from topline.analyze.timex_grammar import RULES
from topline.testing import match_spans, texts_of_pieces

#: Pieces that open or close TIMEX rules, and characters that test the index's edges:
#: non-ASCII digits and letters, the characters the engine folds onto ASCII ("K" Kelvin, "ſ"),
#: curly quotes, white space of several kinds, the look-behind's "$£€@#/".
PIECES = [
    "March", "May", "march", "Sept.", "JANUARY", "Monday", "friday", "the", "The", "a", "an",
    "last", "next", "this", "year", "years", "week", "quarter", "third", "fourth", "half",
    "fiscal", "1998", "2020", "19", "'90s", "’80s", "5", "12", "31st", "3:30", "p.m.", "a.m.",
    "BC", "AD", "century", "20th", "ago", "earlier", "later", "day", "days", "two", "twenty",
    "nineteen", "ninety-six", "Christmas", "Eve", "spring", "of", "in", "on", "every", "per",
    "daily", "times", "now", "recently", "period", "year-ago", "Q3", "noon", "tonight",
    "-", "–", "/", ",", ".", "'", "’", "$", "£", "#", "@", "(", "\u212a", "\u017f", "ı", "é",
    "٣", "½", "\u00a0", "\t", "\n", "  ",
    # Whole expressions, so that generated texts hold many matches, some overlapping:
    "٣ BC", "٢٠ days", "the 1990s", "March 3, 2019", "two years ago", "in the third quarter",
    "5 p.m. Friday", "1998-99", "Christmas Eve", "the year-ago period", "May 5 and 6",
]  # fmt: skip

texts = texts_of_pieces(PIECES)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_every_rule_matches_exactly_as_finditer(text: str) -> None:
    index = StartIndex(text)
    for _name, pattern in RULES:
        assert match_spans(index.finditer(pattern)) == match_spans(pattern.finditer(text)), (
            pattern.pattern
        )


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab1 .,'’\u212a\u00a0é/$-", max_size=40))
def test_small_patterns_on_any_text(text: str) -> None:
    patterns = [
        re.compile(r"(?<![\w$/])(?:ab|b)a?", re.I),  # a short opening ("b")
        re.compile(r"(?<!\w) ?ab", re.I),  # may open with white space
        re.compile(r"(?<![\w])(?-i:A)\d?", re.I),  # case-sensitive, one character
        re.compile(r"(?<!\w)[^a]b"),  # not indexable: any first character
        re.compile(r"ab"),  # not indexable: no look-behind
    ]
    index = StartIndex(text)
    for pattern in patterns:
        assert match_spans(index.finditer(pattern)) == match_spans(pattern.finditer(text)), (
            pattern.pattern
        )


def test_prefixes_read_from_the_parse() -> None:
    assert prefixes(re.compile(r"(?<!\w)(?:Jan|Feb)\.? \d", re.I), 2) == frozenset({"ja", "fe"})
    assert prefixes(re.compile(r"(?<!\w)(?:the )?(?-i:May)", re.I), 3) == frozenset({"the", "may"})
    assert prefixes(re.compile(r"(?<!\w)\d{4}", re.I), 2) == frozenset(
        a + b for a in "0123456789" + NON_ASCII for b in "0123456789" + NON_ASCII
    )
    assert prefixes(re.compile(r"(?<!\w)Q[1-4]", re.I), 3) == frozenset({"q1", "q2", "q3", "q4"})
    assert prefixes(re.compile(r"the", re.I)) is None  # no look-behind: may start anywhere
    assert prefixes(re.compile(r"(?<!\w)a?", re.I)) is None  # may match the empty string


def test_a_folding_character_runs_finditer() -> None:
    pattern = re.compile(r"(?<!\w)week", re.I)
    text = "one wee\u212a and a week"  # the Kelvin sign matches "k" when ignoring case
    assert match_spans(StartIndex(text).finditer(pattern)) == [(4, 8), (15, 19)]
