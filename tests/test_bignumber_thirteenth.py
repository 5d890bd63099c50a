"""Big numbers an editor would not show, thirteenth session: money written with a word for
its unit ("50 — cents") or a figure whose phrase is a rate ("about £100 — weekly"), and a
purpose cut at the first place of a list ("$153,000 — on field coordinators in Iowa" of
"in Iowa, New Hampshire and South Carolina"). Texts written for these tests."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.number_rules import cut_from_list, unit_or_rate
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
