"""Key background that is not an earlier event (an editor's read of unseen briefs): what is
to come, dated only by a future year when the article has no publication date; a past
perfect anchored to the story's own moment; and a background item dated by a year it only
compares with. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.background import _date_of
from topline.brief.context_rules import current_event
from topline.ingest import article_from_text


def test_a_future_year_without_a_publication_date_is_no_earlier_event() -> None:
    assert current_event("The bridge will cost $40 million and open in 2028.", "2028")
    # a year in a clause of its own told in the past still is
    assert not current_event("The plant, which will close in 2026, was built in 1971.", "1971")


def test_the_bridge_brief_shows_no_future_as_background() -> None:
    text = (
        "The city council approved a new bridge across the river on Monday after a year of "
        "debate.\n\nMr. Tom Baker, the council's chairman, backed the plan from the start. "
        "Critics led by Ms. Jane Roe said it would cost too much.\n\nThe council's engineer, "
        "Sam Ortiz, said work would start in May. Mr. Baker praised the vote.\n\n"
        "The bridge will cost $40 million and open in 2028."
    )
    brief = make_brief(analyze(article_from_text(text)))
    assert all("2028" not in item.text for item in brief.key_background)


def test_a_past_perfect_at_the_storys_own_moment_is_narration() -> None:
    for text in (
        "By that stage, Hale and Ruiz had already pitted once to replace damaged wings.",
        "In the process his left-rear wheel had been tagged by a rival's front wing.",
        "At that point the crowd had already left the square.",
    ):
        assert current_event(text), text
    assert not current_event("Hale had already won the race twice, in 2009 and 2011.", "2009")


def test_a_background_item_is_dated_by_its_event_not_by_a_comparison() -> None:
    sentence = (
        "Obama won Latino voters in 2012 by 71 percent to 27 percent, the largest margin "
        "for a Democrat since Bill Clinton won 72 percent in 1996."
    )
    published = dt.date(2016, 9, 4)
    assert _date_of(sentence, sentence, (), published) == "2012"
    analysis = analyze(article_from_text(sentence, published="2016-09-04"))
    assert len(analysis.timexes) == 2
    assert _date_of(sentence, sentence, analysis.timexes, published) == "2012"
    # a comparison alone still dates the sentence
    alone = "Turnout was the highest since 1996."
    assert _date_of(alone, alone, (), published) == "1996"


def test_a_period_that_runs_into_the_news_is_no_earlier_event() -> None:
    published = dt.date(2016, 5, 20)
    text = "Democrats in 2016 are getting two-thirds of the votes they won in 2008."
    assert current_event(text, "2016", published)
    assert current_event("Stocks fell after last week's slide.", "2016-05", published)
    assert not current_event("Stocks fell sharply in March.", "2016-03", published)


SALES = (
    "New car sales in the county fell 10 percent last month despite low interest rates.\n\n"
    "Dealers sold 30,154 new cars and trucks in October, down from 33,500 a year earlier.\n\n"
    "Fleet sales to companies and councils began rising last month, the report said.\n\n"
    "Dealers had sold a record 400,000 vehicles in 2015, before the slump began.\n\n"
    "The average loan rate stayed below 6 percent for a fourth month."
)


def test_background_is_not_dated_within_the_toplines_own_period() -> None:
    brief = make_brief(analyze(article_from_text(SALES, published="2019-11-20")))
    assert brief.topline is not None and "last month" in brief.topline.text
    shown = [item.text for item in brief.key_background]
    assert not any("Fleet sales" in t for t in shown), shown
