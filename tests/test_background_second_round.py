"""Key background an editor would not sign, second round of the twelfth session: a
reaction of the day reported with a past perfect after "stressed" and the like, a future
head with a past reason, a date in an apposition to a name, and an item dated by "that
night"."""

from __future__ import annotations

import datetime as dt

from topline.brief.background_rules import (
    dateline_or_caption,
    future_with_past_tail,
    leans_on_time,
    modifier_dates,
)
from topline.brief.context_rules import current_event


def test_a_reaction_reported_with_stressed_is_the_news() -> None:
    published = dt.date(2021, 8, 20)
    for text in (
        "The minister stressed that the airlift had been planned with great care.",
        "Officials emphasised that the dam had held throughout the storm.",
        "The coach pointed out that his side had been without four starters.",
    ):
        assert current_event(text, None, published), text


def test_a_reported_past_with_its_own_year_stays_background() -> None:
    text = "The minister stressed that the airlift had been planned in 2019."
    assert not current_event(text, "2019", dt.date(2021, 8, 20))


def test_a_future_head_with_a_past_reason_is_the_news() -> None:
    for text in (
        "The signing will reignite talk of a rift after the striker was previously linked "
        "with a move to Madrid.",
        "The bridge is set to reopen on Monday after it had been closed for repairs.",
    ):
        assert future_with_past_tail(text), text


def test_a_past_head_or_a_dated_head_is_not_a_future_head() -> None:
    assert not future_with_past_tail("The plant, built in 1971, will close after years of losses.")
    assert not future_with_past_tail("He was fined after he had missed two hearings.")


def test_a_date_in_an_apposition_to_a_name_names_the_thing() -> None:
    text = (
        "Ruiz has now backed Brown v. Board, the 1954 ruling that ended school segregation, "
        "in a speech."
    )
    found = [text[a:b] for a, b in modifier_dates(text)]
    assert found == ["1954"]


def test_a_subject_after_an_opening_phrase_still_dates_the_clause() -> None:
    text = "To put it in context, the 2015 deficit was twice as large."
    assert modifier_dates(text) == []


def test_an_item_dated_by_that_night_leans_on_the_story() -> None:
    assert leans_on_time("He does not remember the argument, but he remembers the pub that night.")
    assert leans_on_time("She was arrested the same evening and released on bail.")
    assert not leans_on_time("Reagan went on to win that year.")
    assert not leans_on_time("The fire started on the night of 4 May 1998.")


def test_a_caption_or_a_title_case_dateline_is_no_item() -> None:
    assert dateline_or_caption("Two wardens pictured with the mayor at a gala in Leeds in 2014.")
    assert dateline_or_caption(
        "Austin, TX – Sales of electric bikes doubled in 2018, a study found."
    )
    assert not dateline_or_caption("Lee, pictured with his son in 2009, said he had moved away.")
    assert not dateline_or_caption("The tower was pictured from the air in 2001.")
