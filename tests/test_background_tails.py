"""Key background an editor would not sign (twelfth session): the day's news with a past
perfect tail ("was fined … and had earlier been warned"), an old rule told as what would
happen ("Previously, a driver … would lose …"), a plug for a book or a show, a time after
"than" (the point compared with), and an item that leans on "those nights". Texts written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.background_rules import (
    hypothetical,
    leans_on_time,
    news_with_past_tail,
    no_earlier_time,
    plug,
)
from topline.ingest import article_from_text


@pytest.mark.parametrize(
    "text",
    [
        "Marsh, 41, was fined 2,000 pounds and had earlier been warned by the council.",
        "The driver admitted the charge and had previously lost his licence for speeding.",
    ],
)
def test_the_news_with_a_past_perfect_tail(text: str) -> None:
    assert news_with_past_tail(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mill opened in 1962 and had employed 400 people by the 1980s.",
        "Police said the driver had been drinking.",
        "She had previously worked at the bank for a decade.",
    ],
)
def test_a_past_of_its_own_is_kept(text: str) -> None:
    assert not news_with_past_tail(text)


def test_an_old_rule_told_as_what_would_happen() -> None:
    assert hypothetical("Previously, a driver caught twice would lose his licence for a year.")
    assert hypothetical("In the past, tenants could appeal only once.")
    assert not hypothetical("Previously, she ran the council's housing office.")
    assert not hypothetical("He said the council would decide in 2019.")


def test_a_plug_for_a_book_or_a_show() -> None:
    assert plug("Her new memoir, 'Salt Roads', is out now from Harbour Press.")
    assert plug("The band's third album is available from Friday.")
    assert not plug("Her first novel, published in 2009, was turned into a film.")


def test_a_time_after_than_is_the_point_compared_with() -> None:
    published = dt.date(2021, 3, 4)
    text = "The club has scored 12 goals fewer this season than it had at this point last year."
    assert [text[a:b] for a, b in no_earlier_time(text, published)] == [
        "than it had at this point last year"
    ]
    for text in (
        "He last played for the club more than five years ago.",
        "The firm lost more than $900 million in 2015.",
    ):
        assert no_earlier_time(text, published) == [], text


def test_an_item_that_leans_on_those_nights() -> None:
    assert leans_on_time("On one of those nights in 2016 they saw the signal.")
    assert not leans_on_time("On one of the coldest nights of 2016 they saw the signal.")


COURT = (
    "A landlord who let a flat with no working smoke alarm was fined on Thursday.\n\n"
    "Magistrates heard that the tenant had complained about the alarm for months.\n\n"
    "Derek Holt, of Ashby, was fined 4,000 pounds and had previously been warned by "
    "council inspectors about the flat.\n\n"
    "The council said it would inspect his other properties this spring.\n\n"
    "The tenant has since moved out of the flat.\n\n"
    "Holt's lawyer said his client regretted the lapse and had fitted new alarms."
)


def test_todays_sentence_with_a_past_tail_is_not_key_background() -> None:
    article = article_from_text(COURT, published=dt.date(2021, 3, 5))
    brief = make_brief(analyze(article))
    assert all("was fined 4,000" not in item.text for item in brief.key_background)
