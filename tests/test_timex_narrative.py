"""Narrative time and the date classes of issue 18: each rule with a passage written for it."""

from __future__ import annotations

import datetime as dt

import pytest

from topline.analyze import analyze
from topline.analyze.timex import tag_text
from topline.ingest import article_from_text

HISTORY = (
    "In 1958, tensions between the two ports grew into open conflict. On October 25, a convoy "
    "left Marrow Bay under escort. The next day, the first ships reached the blockade line. "
    "The previous year had seen three failed rounds of talks. Thirteen days later, the blockade "
    "was lifted. About a month earlier, the governor had asked for calm. On December 28 the "
    "council met again, and on January 2 it signed the accord."
)


def _values(
    text: str, anchor: str | dt.date | None, **kw: str
) -> dict[str, tuple[str, str | None]]:
    return {t.span.of(text): (t.type, t.value) for t in tag_text(text, anchor, **kw)}  # type: ignore[arg-type]


def test_history_resolves_against_its_own_time_not_the_publication_date() -> None:
    got = _values(HISTORY, "2009-06-01")
    assert got["October 25"] == ("DATE", "1958-10-25")
    assert got["The next day"] == ("DATE", "1958-10-26")
    assert got["The previous year"] == ("DATE", "1957")
    assert got["Thirteen days later"] == ("DATE", "1958-11-08")
    assert got["a month earlier"] == ("DATE", "1958-10")
    assert got["December 28"] == ("DATE", "1958-12-28")
    assert got["January 2"] == ("DATE", "1959-01-02")  # the story moves forward into 1959


def test_history_without_publication_date_still_resolves() -> None:
    assert _values(HISTORY, None)["October 25"] == ("DATE", "1958-10-25")


def test_publication_convention_reads_everything_from_the_publication_date() -> None:
    got = _values(HISTORY, "2009-06-01", convention="publication")
    assert got["October 25"] == ("DATE", "2008-10-25")
    assert got["Thirteen days"] == ("DURATION", "P13D")


def test_news_that_recalls_old_years_stays_anchored_to_publication() -> None:
    text = (
        "The treaty, signed in 1996 and amended in 1999, was debated on Friday. "
        "The minister said in March that talks would resume."
    )
    got = _values(text, "2020-01-16")
    assert got["Friday"] == ("DATE", "2020-01-10")
    assert got["March"] == ("DATE", "2020-03")  # the nearest March, not 1999-03


def test_anaphoric_days_count_from_the_last_date_in_news() -> None:
    text = (
        "The council voted on Tuesday. The next day, engineers began; that same day, a crane fell."
    )
    got = _values(text, "2020-01-16")
    assert got["The next day"] == ("DATE", "2020-01-15")
    assert got["that same day"] == ("DATE", "2020-01-15")


def test_later_in_news_is_a_duration_without_the_signal_word() -> None:
    got = _values("He was freed on Monday and three days later he flew home.", "2020-01-16")
    assert got["three days"] == ("DURATION", "P3D")


def test_an_aside_to_a_coarser_unit_does_not_move_the_day() -> None:
    text = (
        "On 4 May 1961 the march began. The previous year had been quiet. Two days later it ended."
    )
    got = _values(text, "2015-01-01")
    assert got["Two days later"] == ("DATE", "1961-05-06")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It was a 2010 commando raid.", "2010", "2010"),
        ("He lost his 2007 campaign.", "2007", "2007"),
        ("The company's 2019 results were weak.", "2019", "2019"),
        ("The war of 2009-2010 ended badly.", "2009-2010", "2009"),
        ("The 1957-58 season was short.", "1957-58", "1957"),
        ("Athens won in 490 BC.", "490 BC", "BC0490"),
        ("Temples rose in the 5th century BC.", "the 5th century BC", "BC04"),
        ("The town was buried in AD 79.", "AD 79", "0079"),
        ("It changed in the 20th century.", "the 20th century", "19"),
        ("They restored the 19th-century mill.", "19th-century", "18"),
    ],
)
def test_years_as_modifiers_ranges_and_eras_are_one_date(text: str, span: str, value: str) -> None:
    (t,) = tag_text(text, "2020-01-16")
    assert (t.span.of(text), t.type, t.value) == (span, "DATE", value)


def test_a_count_of_things_is_still_not_a_year() -> None:
    assert tag_text("Some 2000 people marched.", "2020-01-16") == ()


def test_the_last_week_is_a_date() -> None:
    assert _values("Prices rose in the last week.", "2020-01-16")["the last week"] == (
        "DATE",
        "2020-W02",
    )


def test_about_stays_outside_the_span() -> None:
    got = _values("About a month earlier, talks had stalled for about five hours.", "2020-01-16")
    assert set(got) == {"a month earlier", "five hours"}


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_dates_past_the_calendar_ends_stay_unresolved_instead_of_raising(published: str) -> None:
    text = "Two weeks ago the plan stalled; next week, next month and next year it resumes."
    analysis = analyze(article_from_text(text, published=published))
    assert len(analysis.timexes) == 4
    for t in analysis.timexes:
        assert t.value is None or (t.value[:4].isdigit() and 1 <= int(t.value[:4]) <= 9999)


def test_a_date_object_is_a_valid_anchor() -> None:
    assert _values("It rained yesterday.", dt.date(2020, 1, 16))["yesterday"] == (
        "DATE",
        "2020-01-15",
    )


def test_a_season_of_a_year_sets_the_story_year() -> None:
    text = "The river rose through the spring of 1927. On April 21 the levee gave way."
    assert _values(text, "2020-08-01")["April 21"] == ("DATE", "1927-04-21")


def test_that_autumn_is_the_autumn_of_the_reference_year() -> None:
    text = "In 1867 the company ran short of money. That autumn a loan was raised."
    assert _values(text, "2018-05-20")["That autumn"] == ("DATE", "1867-FA")


def test_over_is_not_part_of_a_duration() -> None:
    assert set(_values("The loan will be repaid over three years.", "2020-01-16")) == {
        "three years"
    }


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Shares closed on Friday, down from the previous Friday.",
            "the previous Friday",
            "2020-01-03",
        ),
        ("It will not pay until 1994 or later.", "1994 or later", "1994"),
        ("Return the boy as soon as possible.", "as soon as possible", "FUTURE_REF"),
        ("The talks lasted over an hour.", "over an hour", "PT1H"),
    ],
)
def test_expressions_with_their_modifiers(text: str, span: str, value: str) -> None:
    got = {t.span.of(text): t.value for t in tag_text(text, "2020-01-16")}
    assert got[span] == value


def test_the_previous_winter_is_a_step_back_from_the_story_year() -> None:
    text = "The river rose through the spring of 1927. The previous winter had brought snow."
    assert _values(text, "2020-08-01")["The previous winter"] == ("DATE", "1926-WI")
