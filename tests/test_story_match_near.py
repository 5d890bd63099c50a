"""The looser same-fact test that keeps one story brief from showing a fact twice, and the
terms the tests read (sentences written for the tests)."""

from __future__ import annotations

from topline.brief.story_match import fact_terms, near_fact, same_fact

DAY = ["2024-06-06"]


def test_same_figures_on_the_same_day_are_one_fact_told_twice() -> None:
    kept = fact_terms("The Bank of Estmark kept its main interest rate at 3% on Thursday.", DAY)
    left = fact_terms("Estmark's lenders saw borrowing costs unchanged at 3% on Thursday.", DAY)
    assert len(kept.terms & left.terms) == 1  # too few words for the Dice test
    assert near_fact(kept, left)
    assert not same_fact(kept, left)  # never enough to credit an outlet


def test_same_figures_on_other_days_or_other_figures_stay_apart() -> None:
    kept = fact_terms("The Bank of Estmark kept its main interest rate at 3% on Thursday.", DAY)
    other_day = fact_terms("Estmark's inflation was 3% in May.", ["2024-05-31"])
    other_figure = fact_terms("Estmark's central bank left borrowing costs at 4% on Thursday.", DAY)
    no_day = fact_terms("Estmark's lenders saw borrowing costs unchanged at 3%.")
    nothing_shared = fact_terms("Unemployment reached 3% on Thursday.", DAY)
    for other in (other_day, other_figure, no_day, nothing_shared):
        assert not near_fact(kept, other), other


def test_a_road_or_model_name_is_a_word_not_a_figure() -> None:
    terms = fact_terms("A lorry fell from the A91 bridge near the M25 junction, killing one.")
    assert terms.numbers == {"1"}
    assert {"a91", "m25"} <= terms.terms
    told_again = fact_terms("A lorry driver died when the A91 bridge near Castlemoor gave way.")
    assert near_fact(terms, told_again)
