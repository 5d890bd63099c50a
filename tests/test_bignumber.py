"""The Big number: chosen by newsworthiness, grounded in spans, explained by what it counts."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief.bignumber import choose_big_number
from topline.ingest import article_from_text
from topline.model import join_spans


def test_seed_big_number_is_3000_additional_troops_deployed(seed_text: str) -> None:
    analysis = analyze(article_from_text(seed_text, published="2020-01-16"))
    big = choose_big_number(analysis)
    assert big is not None
    text = analysis.article.text
    assert big.value == 3000
    assert big.text == join_spans(text, big.spans)
    assert big.text == "3,000 additional U.S. troops deployed"
    assert big.counts is not None and "additional U.S. troops" in big.counts
    assert "deployed" in big.counts
    assert text[big.spans[0].start : big.spans[0].end] == "3,000"


def test_people_killed_beat_an_earlier_small_count_of_things() -> None:
    text = (
        "Officials opened two new shelters on Monday. Later, the storm killed at least 57 people "
        "across the region, and 3 bridges collapsed."
    )
    big = choose_big_number(analyze(article_from_text(text, published="2020-01-16")))
    assert big is not None and big.value == 57
    assert big.qualifier == "at least"
    # "killed" comes before the figure: the counted phrase stands alone, in text order.
    assert big.text == "killed at least 57 people"  # the verb, then the figure: text order
    assert big.counts == "people"


def test_years_are_never_the_big_number() -> None:
    text = "In 2019 the company was founded. Since 2014, sales doubled."
    assert choose_big_number(analyze(article_from_text(text, published="2020-01-16"))) is None


def test_money_in_the_lede_is_chosen() -> None:
    text = "The state will spend $4 billion on roads. Two officials resigned."
    big = choose_big_number(analyze(article_from_text(text)))
    assert big is not None and big.value == 4e9
    assert big.text == "$4 billion on roads" and big.counts == "on roads"


def test_money_that_says_nothing_of_what_it_is_for_is_no_big_number() -> None:
    text = "The deal was worth $1bn, people familiar with it said."
    assert choose_big_number(analyze(article_from_text(text))) is None


def test_a_figure_in_a_negated_or_hedged_clause_is_no_big_number() -> None:
    text = (
        "Rescuers searched the tower on Monday. Two other partitions were not occupied. "
        "The closure could cost 300 jobs. Firefighters saved 40 residents."
    )
    big = choose_big_number(analyze(article_from_text(text)))
    assert big is not None and big.value == 40


def test_a_figure_that_is_no_number_is_no_big_number() -> None:
    text = "Millions of viewers watched the final on Sunday."
    assert choose_big_number(analyze(article_from_text(text))) is None


def test_a_verb_before_the_figure_is_left_out_of_the_counted_phrase() -> None:
    text = (
        "A winter storm swept across the plains on Tuesday, closing schools and cutting power "
        "to roughly 85,000 homes, the utility said."
    )
    big = choose_big_number(analyze(article_from_text(text, published="2021-02-02")))
    assert big is not None and big.value == 85000
    assert big.counts == "homes"
    assert big.text == "roughly 85,000 homes"
    starts = [s.start for s in big.spans]
    assert starts == sorted(starts)


def test_a_verb_after_the_counted_phrase_is_kept() -> None:
    text = "About 1,200 firefighters battled the blaze overnight, officials said on Sunday."
    big = choose_big_number(analyze(article_from_text(text, published="2021-02-02")))
    assert big is not None and big.value == 1200
    assert big.counts is not None and big.counts.startswith("firefighters")
    assert big.text.endswith(big.counts)
    starts = [s.start for s in big.spans]
    assert starts == sorted(starts)


def test_a_count_of_one_is_never_the_big_number() -> None:
    text = "One unnamed official said the talks had failed. One of the envoys left early."
    assert choose_big_number(analyze(article_from_text(text))) is None


def test_a_year_modifying_a_noun_is_not_the_big_number() -> None:
    text = "The 1944 speech was quoted often. Officials said 12 people attended."
    big = choose_big_number(analyze(article_from_text(text)))
    assert big is not None and big.text == "12 people attended"


def test_the_second_term_of_a_ratio_counts_nothing() -> None:
    text = "One in five restaurants are serving the soup, a charity claims. The rest have stopped."
    assert choose_big_number(analyze(article_from_text(text))) is None


def test_one_end_of_a_range_or_an_alternative_counts_nothing() -> None:
    text = (
        "The crowd asked for two or three decisions before the break. "
        "He was asked about incidents that happened 20 and 50 years ago."
    )
    assert choose_big_number(analyze(article_from_text(text))) is None


def test_both_ends_of_a_change_in_money_count_nothing() -> None:
    """'from €30 million to €12 million': neither end counts what follows it, and 'to €12
    million' is no purpose of the first sum (it was shown as '€30 million — to €12 million')."""
    text = (
        "The harbour trust saw its budget cut from €30 million to €12 million this spring, "
        "and the ferry line's value fell from $4 billion to $900 million."
    )
    assert choose_big_number(analyze(article_from_text(text))) is None


def test_a_sum_after_a_change_in_money_is_still_shown() -> None:
    text = (
        "The harbour trust saw its budget cut from €30 million to €12 million this spring. "
        "The city then pledged a €45 million loan to the trust."
    )
    chosen = choose_big_number(analyze(article_from_text(text)))
    assert chosen is not None and chosen.text.startswith("€45 million")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a bare noun shows its whole predicate when short (eleventh session), never a
        # verb cut from its object or particle ("Ten candidates meet")
        (
            "Ten candidates meet on the debate stage in Atlanta tonight.",
            "Ten candidates meet on the debate stage in Atlanta tonight",
        ),
        (
            "In 2012, 30 million people tuned in to see the speech.",
            "30 million people tuned in to see the speech",
        ),
        # who was counted, with nothing of what they did, is no label (fifteenth session,
        # second round: tests/test_editorial_second_round.py)
        ("Five police officers entered the home and searched it.", None),
        # a pronoun the predicate would leave unresolved keeps the bare noun
        ("Eleven groups are asking the senator to repudiate him.", "Eleven groups"),
        (
            "Eleven groups are asking the senator to repudiate the remarks.",
            "Eleven groups are asking the senator to repudiate the remarks",
        ),
        ("Ten candidates meet on the stage of the old Fox Theatre in downtown Atlanta.", None),
        ("About 3,000 troops were deployed to the region.", "About 3,000 troops deployed"),
    ],
)
def test_a_verb_is_shown_only_when_it_reads_whole(text: str, shown: str | None) -> None:
    big = choose_big_number(analyze(article_from_text(text)))
    if shown is None:
        assert big is None, big.text
    else:
        assert big is not None and big.text == shown


def test_a_fraction_counts_only_of_something() -> None:
    text = "The mayor is weighing a third party run for the governorship, aides said."
    big = choose_big_number(analyze(article_from_text(text)))
    assert big is None or big.text != "a third party"


def test_a_rate_is_not_what_it_counts() -> None:
    text = "Regulars pay for a $360-per-month membership that grants eight treatments."
    big = choose_big_number(analyze(article_from_text(text)))
    assert big is None or "month membership" not in big.text


def test_a_counted_phrase_cut_inside_a_word_is_no_count() -> None:
    text = (
        "The poll shows Trump, who is joined on the ballot with four of his one-time rivals "
        "for the nomination, ahead in the state."
    )
    big = choose_big_number(analyze(article_from_text(text)))
    assert big is None or "time rivals" not in big.text
