"""The TempEval-3 scorer, checked against hand-made cases whose scores are worked out by hand."""

from __future__ import annotations

import pytest

from topline.eval.timex_scorer import Mention, f1, normalize_value, score_corpus, score_document


def test_exact_match_scores_one_everywhere() -> None:
    gold = [Mention(0, 5, "DATE", "2020")]
    s = score_document(gold, [Mention(0, 5, "DATE", "2020")]).scores()
    assert s["strict_f1"] == s["relaxed_f1"] == s["type_acc"] == s["value_f1"] == 1.0


def test_overlap_counts_for_relaxed_but_not_strict() -> None:
    gold = [Mention(10, 23, "DATE", "2020-W01")]  # "two weeks ago"
    system = [Mention(5, 23, "DATE", "2020-W01")]  # "just two weeks ago"
    s = score_document(gold, system).scores()
    assert s["strict_f1"] == 0.0
    assert s["relaxed_f1"] == 1.0
    assert s["value_f1"] == 1.0  # attributes are judged on relaxed matches


def test_precision_and_recall_with_a_miss_and_a_spurious() -> None:
    gold = [Mention(0, 4, "DATE", "1998"), Mention(10, 16, "DATE", "PRESENT_REF")]
    system = [
        Mention(0, 4, "DATE", "1997"),
        Mention(30, 35, "DURATION", "P1Y"),
        Mention(40, 44, "SET", "P1D"),
    ]
    s = score_document(gold, system).scores()
    assert s["strict_p"] == pytest.approx(1 / 3)
    assert s["strict_r"] == pytest.approx(1 / 2)
    assert s["strict_f1"] == pytest.approx(f1(1, 3, 2)) == pytest.approx(0.4)
    assert s["type_acc"] == 1.0
    assert s["value_acc"] == 0.0 and s["value_f1"] == 0.0


def test_one_system_mention_matches_one_gold_mention_only() -> None:
    gold = [Mention(0, 6, "DATE", "2020-01"), Mention(7, 11, "DATE", "2020")]
    system = [Mention(0, 11, "DATE", "2020-01")]  # "January 2020" over two gold pieces
    c = score_document(gold, system)
    assert (c.relaxed, c.strict, c.system, c.gold) == (1, 0, 1, 2)


def test_exact_match_wins_over_a_larger_overlap() -> None:
    gold = [Mention(0, 10, "DATE", "a"), Mention(10, 20, "DATE", "b")]
    system = [Mention(10, 20, "DATE", "b"), Mention(2, 18, "DATE", "x")]
    c = score_document(gold, system)
    assert c.strict == 1 and c.relaxed == 2 and c.value_ok == 1


def test_type_accuracy_is_over_relaxed_matches() -> None:
    gold = [Mention(0, 5, "DATE", "2020"), Mention(6, 9, "TIME", "2020-01-01TMO")]
    system = [Mention(0, 5, "DURATION", "2020"), Mention(6, 9, "TIME", "2020-01-01TMO")]
    s = score_document(gold, system).scores()
    assert s["type_acc"] == 0.5
    assert s["value_acc"] == 1.0


def test_corpus_sums_counts_and_keeps_per_type() -> None:
    doc1 = ([Mention(0, 4, "DATE", "1998")], [Mention(0, 4, "DATE", "1998")])
    doc2: tuple[list[Mention], list[Mention]] = ([Mention(0, 4, "SET", "P1D")], [])
    total = score_corpus([doc1, doc2])
    assert (total.gold, total.system, total.strict) == (2, 1, 1)
    assert total.per_type["SET"].gold == 1 and total.per_type["SET"].relaxed == 0
    assert total.per_type["DATE"].scores()["strict_f1"] == 1.0


def test_unscored_empty_corpus_is_zero_not_an_error() -> None:
    assert score_corpus([]).scores()["strict_f1"] == 0.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("P1DE", "P10Y"),
        ("p2ce", "P200Y"),
        ("2020-w01", "2020-W01"),
        ("2000-W7", "2000-W07"),
        ("2000-W7-WE", "2000-W07-WE"),
    ],
)
def test_equivalent_value_spellings_compare_equal(a: str, b: str) -> None:
    assert normalize_value(a) == normalize_value(b)
