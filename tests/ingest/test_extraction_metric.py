"""The token-shingle metric of the HTML benchmark, on cases worked out by hand."""

from __future__ import annotations

import pytest

from topline.eval.extraction import Counts, corpus_scores, match, shingles, tokens


def test_tokens_are_runs_of_word_characters() -> None:
    assert tokens("U.S. troops, 3,000 of them — arrive!") == [
        "U", "S", "troops", "3", "000", "of", "them", "arrive",
    ]  # fmt: skip


def test_shingles_join_consecutive_tokens_with_multiplicity() -> None:
    assert shingles("a b a b a", n=2) == {"a b": 2, "b a": 2}
    assert shingles("only three words", n=4) == {"only three words": 1}
    assert shingles("", n=4) == {}


def test_bag_of_tokens_counts_shared_tokens_with_multiplicity() -> None:
    counts = match("the cat saw the dog", "the the the cat", n=1)
    # gold {the:2, cat, saw, dog}; predicted {the:3, cat}: shared the:2 + cat = 3
    assert counts == Counts(tp=3, fp=1, fn=2)
    assert counts.precision == pytest.approx(3 / 4)
    assert counts.recall == pytest.approx(3 / 5)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_four_gram_shingles_punish_extra_boilerplate() -> None:
    gold = "one two three four five"
    counts = match(gold, "Share this one two three four five", n=4)
    assert (counts.tp, counts.fn) == (2, 0)
    assert counts.fp == 2  # "Share this one two", "this one two three"


def test_empty_prediction_scores_zero_and_empty_pair_scores_one() -> None:
    assert match("some gold text here", "").f1 == 0.0
    assert match("", "").f1 == 1.0


def test_corpus_f1_is_harmonic_mean_of_macro_precision_and_recall() -> None:
    scores = corpus_scores([Counts(1, 0, 1), Counts(1, 1, 0)])
    assert scores.precision == pytest.approx((1.0 + 0.5) / 2)
    assert scores.recall == pytest.approx((0.5 + 1.0) / 2)
    assert scores.f1 == pytest.approx(0.75)
    assert scores.documents == 2
