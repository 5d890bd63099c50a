"""Key background needs a time of the sentence's own event that is earlier than the news: a
year inside a relative clause without a pronoun ("the states Obama won in 2012") dates a
noun; "in the past" with no period dates nothing; a year after the year of publication is
what is to come."""

from __future__ import annotations

import datetime as dt

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.background_rules import no_earlier_time
from topline.brief.clauses import outside_relative_clauses, zero_relative_clauses
from topline.ingest import article_from_text


def test_a_relative_clause_without_a_pronoun_is_found() -> None:
    text = "The governor is courting voters in the counties Obama carried in 2008, aides said."
    assert "2008" not in outside_relative_clauses(text)
    assert "aides said" in outside_relative_clauses(text)
    text = "The mill will reopen the furnace it built in 1998 next spring."
    assert "1998" not in outside_relative_clauses(text)
    text = "The company Apple acquired in 2014 now employs 300 staff."
    assert zero_relative_clauses(text) != []


def test_a_main_clause_in_the_past_is_no_relative_clause() -> None:
    for text in (
        "In the end Johnson resigned from the board in 2016.",
        "Police arrived at the house the day Smith vanished in 2015.",
        "She told the court Smith lied about the loan in 2010.",
        "The dam had failed in 2011 after days of rain.",
    ):
        assert zero_relative_clauses(text) == [], text


def test_a_vague_past_and_a_later_year_tell_no_earlier_time() -> None:
    published = dt.date(2019, 11, 18)
    text = "The senator has criticised the pipeline in the past."
    assert [text[a:b] for a, b in no_earlier_time(text, published)] == ["in the past"]
    text = "Cheaper subscription plans arrive in early 2020."
    assert [text[a:b] for a, b in no_earlier_time(text, published)] == ["in early 2020"]
    for text in ("Prices have doubled in the past five years.", "The plant opened in 2018."):
        assert no_earlier_time(text, published) == [], text


ARTICLE = (
    "The city council voted on Tuesday to close three branch libraries on the east side.\n\n"
    "The vote was seven to two after a debate that lasted more than four hours.\n\n"
    "Residents packed the chamber and several speakers urged members to delay the decision.\n\n"
    "Mayor Rosa Almeida backs the closures in the districts her rival won in 2015.\n\n"
    "Councillor Dan Price has opposed library cuts in the past.\n\n"
    "A new central library with longer opening hours opens in spring 2021.\n\n"
    "The branches will shut their doors at the end of the month, officials said."
)


def test_background_with_no_earlier_time_of_its_own_is_not_shown() -> None:
    brief = make_brief(analyze(article_from_text(ARTICLE, published="2019-11-20")))
    assert brief.topline is not None and brief.topline.text.startswith("The city council")
    shown = " ".join(item.text for item in brief.key_background)
    assert "won in 2015" not in shown
    assert "in the past" not in shown
    assert "2021" not in shown
    story = ARTICLE + "\n\nThe east side branches first opened in 1962 with money from a mill."
    brief = make_brief(analyze(article_from_text(story, published="2019-11-20")))
    assert any("1962" in item.text for item in brief.key_background)


def test_a_bare_plural_after_a_preposition_may_open_a_zero_relative() -> None:
    text = "She is one of six incumbents running in districts the governor carried in 2014."
    assert "2014" not in outside_relative_clauses(text)
    text = "After years of delays the council approved the bridge in 2012."
    assert "2012" in outside_relative_clauses(text)


def test_a_day_after_a_possessive_names_a_thing() -> None:
    text = "In the morning, the panel questioned aides about the mayor's July 25 phone call."
    assert "25" not in outside_relative_clauses(text)
    assert "July 25" in outside_relative_clauses("The mayor called on July 25.")


def test_a_conjunction_after_a_noun_opens_no_relative_clause() -> None:
    for text in (
        "Few people would have called the senator a reformer when he ran for office in 2008.",
        "The first visit to the city was when Queen Mary opened the bridge in 1932.",
        "He has filled the stat sheet since he joined the league in 2003.",
    ):
        assert zero_relative_clauses(text) == [], text
