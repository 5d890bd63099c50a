"""Big numbers an editor would not show, thirteenth session: money written with a word for
its unit ("50 — cents") or a figure whose phrase is a rate ("about £100 — weekly"), and a
purpose cut at the first place of a list ("$153,000 — on field coordinators in Iowa" of
"in Iowa, New Hampshire and South Carolina"). Texts written for these tests."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.number_rules import cut_from_list, unit_or_rate
from topline.brief.quote_rules import in_open_quotation
from topline.ingest import article_from_text
from topline.model import Span


def test_a_word_of_money_or_of_frequency_counts_nothing() -> None:
    for counts in ("cents", "pence", "dollars", "weekly", "monthly", "apiece"):
        assert unit_or_rate(counts), counts
    for counts in ("coins", "monthly payments", "pounds of flour", "families"):
        assert not unit_or_rate(counts), counts


def test_a_place_that_opens_a_cut_list_is_left_out() -> None:
    text = "It spent $90,000 on organisers in Ohio, Texas and Utah last year."
    start = text.index("on organisers")
    counted = Span(start, text.index(", Texas"))
    cut = cut_from_list(text, counted)
    assert cut is not None and cut.of(text) == "on organisers"
    alone = "It spent $90,000 on organisers in Ohio, the filings show."
    start = alone.index("on organisers")
    whole = Span(start, alone.index(", the"))
    assert cut_from_list(alone, whole) == whole
    bare = "It spent $90,000 in Ohio, Texas and Utah."
    start = bare.index("in Ohio")
    assert cut_from_list(bare, Span(start, bare.index(", Texas"))) is None


ARTICLE = (
    "Aid workers in the capital said families were selling food parcels for as little as "
    "50 cents on Monday.\n\nA market porter said he could bring home about £40 weekly in "
    "a good season."
)


def test_a_unit_or_a_rate_is_no_big_number() -> None:
    brief = make_brief(analyze(article_from_text(ARTICLE)))
    shown = brief.big_number
    assert shown is None or shown.counts not in {"cents", "weekly"}, shown


def test_a_figure_in_a_quotation_opened_mid_sentence_is_the_speaker_s() -> None:
    text = (
        "Asked whether Washington should set the rules, “you would need to think very "
        "little of the 50 states to say so,” the senator said."
    )
    assert in_open_quotation(text, text.index("50 states"))
    for other in (
        "The tally found there had been “3,210 shooting victims” since January.",
        '"More than 3,000 men died on the convoys, the museum says.',
        'The chef baked a 12" pizza for 40 guests.',
    ):
        figure = next(i for i, c in enumerate(other) if c.isdigit())
        assert not in_open_quotation(other, figure), other


QUOTED = (
    "The governor vetoed the schools bill on Tuesday, saying the capital should not write the "
    "rules for classrooms.\n\nTo believe the capital must police the schools, “you have to "
    "hold a very low opinion of the 50 states in this country … and I do not,” he said.\n\n"
    "The bill now goes back to the assembly."
)


def test_the_speaker_s_figure_is_no_big_number() -> None:
    brief = make_brief(analyze(article_from_text(QUOTED)))
    assert brief.big_number is None or "50" not in brief.big_number.text
