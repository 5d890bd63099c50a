"""Key background whose date names a thing or whose main clause is today's (twelfth
session's editor's read): "concerns about the July 25 call" dates a call, not the
testimony; "Norway's October oil production" a month's figures; "dropped sharply from a
year ago" a point of comparison; "a streak dating to 2007" the start of a run the day's game
ended; "he now ups the ante" and "will now shut in 2024" are today's state and plan. Texts
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.background_rules import modifier_dates, no_earlier_time, told_as_now
from topline.ingest import article_from_text


def _named(text: str) -> list[str]:
    return [text[a:b] for a, b in modifier_dates(text)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The aide told the panel he had doubts about the March 3 briefing.", "March 3"),
        ("The coach was fined after the Hornets' Oct. 12 defeat at home.", "Oct. 12"),
        ("Separately, Chile's September copper output missed forecasts.", "September"),
        ("The envoy changed his account of the May 2 meeting with the minister.", "May 2"),
        ("She led the inquiry into fraud in the 2012 election for two years.", "2012"),
    ],
)
def test_a_date_that_modifies_a_noun_names_a_thing(text: str, date: str) -> None:
    assert _named(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "The 2008 crash wiped out half of the fund.",  # the clause's subject: its time
        "To see why, the 2014 budget was cut by a third.",
        "In the 2010 race, she won every county.",  # a time, not a modifier
        "The dam failed on March 3 after days of rain.",
        "Talks began in May 2015 and ended in June.",
    ],
)
def test_a_date_of_the_event_is_kept(text: str) -> None:
    assert _named(text) == []


def test_a_comparison_from_a_past_time_is_no_earlier_time() -> None:
    published = dt.date(2021, 3, 4)
    for text, found in (
        (
            "Profits fell sharply from a year ago, but sales held up.",
            "fell sharply from a year ago",
        ),
        ("Exports rose 6% from last year, the ministry said.", "rose 6% from last year"),
        ("The team snapped a losing streak dating back to 1998.", "dating back to 1998"),
    ):
        assert [text[a:b] for a, b in no_earlier_time(text, published)] == [found], text
    for text in (
        "She moved from London in 2010.",
        "The figures came from a report from last year.",
    ):
        assert no_earlier_time(text, published) == [], text


def test_the_present_or_the_future_told_now_is_no_background() -> None:
    assert told_as_now("Having denied it in 2017, he now admits the loan.")
    assert told_as_now("The depot, first listed for sale in 2015, will now close in 2027.")
    assert told_as_now("The club is now in talks with two buyers after the 2016 sale fell through.")
    assert not told_as_now("Now that the 2016 deal had failed, the firm sold the plant.")
    assert not told_as_now("The mill, which closed in 2009, had employed 400 people.")


PUBLISHED = dt.date(2021, 3, 4)
TESTIMONY = (
    "A senior aide told lawmakers on Wednesday that the minister pressed him to drop the "
    "inquiry into the port contract.\n\n"
    "The committee is examining whether the contract was steered to a donor's firm.\n\n"
    "The minister denied the account in a statement released by his office on Wednesday "
    "evening, calling it a fabrication.\n\n"
    "Opposition members demanded that the minister step aside while the inquiry runs.\n\n"
    "The aide also said he was surprised that the minister never answered his questions "
    "about the February 12 call with the contractor.\n\n"
    "Two more witnesses are due to testify before the committee next week.\n\n"
    "The chairman said the hearings would run into April.\n\n"
    "The port contract is worth about 40 million euros over ten years."
)


def test_testimony_about_a_dated_call_is_not_key_background() -> None:
    article = article_from_text(TESTIMONY, published=PUBLISHED)
    brief = make_brief(analyze(article))
    assert all("February 12 call" not in item.text for item in brief.key_background)
