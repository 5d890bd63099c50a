"""Counts the brief reads with string methods instead of lists of matches (issue #19): the
same numbers as the patterns they replaced, on any text."""

from __future__ import annotations

import math
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from topline.brief.compress import word_total
from topline.headline_block import _ascii_cases, heading
from topline.model import Span

_TEXT = st.text(
    alphabet=st.sampled_from(
        list("aZ bY\t\n.,'’\u00a0\u2009\u3000\x1c\u0130\u212a\u00e9\u00c9é") + ["\ud800"]
    ),
    max_size=40,
)


def test_every_character_the_pattern_calls_space_splits_a_word() -> None:
    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if re.match(r"\s", c)]
    assert all(len(f"a{c}b".split()) == 2 for c in spaces)
    assert len(spaces) == sum(chr(c).isspace() for c in range(sys.maxunicode + 1))


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=3))
def test_word_total_counts_the_runs_of_non_space(text: str, cuts: list[tuple[int, int]]) -> None:
    spans = tuple(Span(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in cuts)
    expected = sum(len(re.findall(r"\S+", s.of(text))) for s in spans)
    assert word_total(text, spans) == expected


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_letter_counts_are_the_ascii_letters(text: str) -> None:
    assert _ascii_cases(text) == (len(re.findall("[A-Z]", text)), len(re.findall("[a-z]", text)))


def test_a_heading_in_capitals_is_still_one() -> None:
    assert heading("MAKING SPICED HONEY PEAR JAM")
    assert heading("ÉTÉ À PARIS: THE BEST CAFÉS")
    assert not heading("The council voted on Monday to close the bridge.")


_FLOATS = st.floats(-1e6, 1e6, allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 30).flatmap(
        lambda n: st.lists(st.tuples(_FLOATS, _FLOATS, _FLOATS, _FLOATS), min_size=n, max_size=n)
    )
)
def test_the_scorers_sum_is_the_term_by_term_one(rows: list[tuple[float, ...]]) -> None:
    from topline.brief.select import LinearModel

    x, m, s, c = (tuple(r[k] for r in rows) for k in range(4))
    scale = tuple(v if abs(v) > 1e-3 else 1.0 for v in s)  # a fitted scale is never ~0
    model = LinearModel(tuple(map(str, range(len(x)))), m, scale, c, 0.25)
    z = 0.25 + sum([ci * (xi - mi) / si for xi, mi, si, ci in zip(x, m, scale, c, strict=True)])
    assert model.score(x) == 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def test_a_model_and_a_row_of_other_lengths_are_refused() -> None:
    from topline.brief.select import LinearModel

    with pytest.raises(ValueError):
        LinearModel(("a", "b"), (0.0, 0.0), (1.0,), (1.0, 1.0), 0.0)
    with pytest.raises(ValueError):
        LinearModel(("a",), (0.0,), (1.0,), (1.0,), 0.0).score([1.0, 2.0])
