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


def test_negative_pronouns_negate_and_no_one_is_not_a_figure() -> None:
    """ "Nobody was injured" is as negated as "No one was hurt", and "no one" counts nothing."""
    no_one = fact_terms("No one was hurt in the blaze at the Orwen depot.")
    nobody = fact_terms("Nobody was injured in the fire at the Orwen depot, officials said.")
    assert no_one.negated and nobody.negated
    assert no_one.numbers == nobody.numbers == frozenset()
    assert fact_terms("Nothing was taken from the Orwen depot.").negated
    assert fact_terms('"I am going nowhere," the mayor said.').negated


def test_synonyms_of_news_events_keep_one_fact_from_showing_twice() -> None:
    """Paraphrases without shared words for the event ("hurt"/"injured", "blaze"/"fire",
    "stepped down"/"resigned") are one fact for the brief; crediting still takes own words."""
    pairs = [
        ("No one was hurt in the blaze.", "Nobody was injured in the fire at the depot."),
        (
            "Councillor Ana Brek stepped down on Monday.",
            "Ana Brek resigned from the council, a party statement said.",
        ),
        ("Part of the harbour wall gave way.", "The harbour wall collapsed overnight."),
    ]
    for a, b in pairs:
        x, y = fact_terms(a), fact_terms(b)
        assert near_fact(x, y), (a, b)
        assert not same_fact(x, y), (a, b)  # no outlet is credited with words it did not use


def test_different_news_events_are_never_one_fact() -> None:
    """Injured or killed, rose or fell, quit or arrested: two facts (or a contradiction),
    however many words the sentences share."""
    pairs = [
        (
            "Three workers were injured in the explosion at the Tarnby refinery.",
            "Three workers were killed in the explosion at the Tarnby refinery.",
        ),
        (
            "Unemployment in Varnia rose sharply in March.",
            "Unemployment in Varnia fell sharply in March.",
        ),
        (
            "The treasurer of the Orwen club quit on Friday.",
            "The treasurer of the Orwen club was arrested on Friday.",
        ),
    ]
    for a, b in pairs:
        x, y = fact_terms(a), fact_terms(b)
        assert not near_fact(x, y) and not same_fact(x, y), (a, b)
    both = fact_terms("One worker was killed and three were injured at the Tarnby refinery.")
    killed = fact_terms("A worker was killed at the Tarnby refinery, and three were injured.")
    assert near_fact(both, killed)


def test_a_negated_paraphrase_never_joins_its_contradiction() -> None:
    nobody = fact_terms("Nobody was hurt when the roof of the Dunmore hall fell in.")
    several = fact_terms("Several people were hurt when the roof of the Dunmore hall fell in.")
    assert not near_fact(nobody, several) and not same_fact(nobody, several)
