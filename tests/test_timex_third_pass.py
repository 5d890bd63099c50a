"""Issue 18, third pass: date classes kept after the odd/even check on TempEval-3.

Every sentence here was written for the tests. The tense rules read the dependency parse, so
those tests run the full analysis; the grammar rules run on plain text.
"""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.analyze.timex import tag_text
from topline.ingest import article_from_text

WEDNESDAY = "2020-01-15"


def _parsed(text: str, published: str) -> dict[str, tuple[str, str | None]]:
    analysis = analyze(article_from_text(text, published=published))
    return {t.span.of(text): (t.type, t.value) for t in analysis.timexes}


def _plain(text: str, published: str = WEDNESDAY) -> dict[str, tuple[str, str | None]]:
    return {t.span.of(text): (t.type, t.value) for t in tag_text(text, published)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # Without a parse, June 9 is nearest in 2020 and June 10 in 2019: the pair keeps
        # the first day's year.
        ("The growers met in Fresno on June 9 and 10.", "10", "2020-06-10"),
        ("Ballots may be cast on March 3 or 4, 2021.", "4, 2021", "2021-03-04"),
        ("The fair runs from Sept. 12 through 14.", "14", "2019-09-14"),
    ],
)
def test_a_second_day_number_takes_the_month_before_it(text: str, span: str, value: str) -> None:
    got = _plain(text)
    assert got[span] == ("DATE", value)
    assert len(got) == 2  # the first day keeps its own TIMEX3
    first = next(v for s, (_, v) in got.items() if s != span)
    assert first is not None and first[:7] == value[:7]  # same year and month


def test_a_day_pair_is_not_a_count_after_a_date() -> None:
    got = _plain("Sales fell on June 9 and 10 percent of the staff left.")
    assert set(got) == {"June 9"}


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The old rules were lax. Now, the inspectors say, every crate is opened.", set()),
        ('"Now, let me explain the plan," she told the council.', set()),
        ("Now the factory employs 300 people.", {"Now"}),
        ("The factory now employs 300 people, up from 40.", {"now"}),
        ("Until now, the factory was closed.", {"now"}),
    ],
)
def test_now_as_a_discourse_marker_is_not_a_timex(text: str, spans: set[str]) -> None:
    assert set(_plain(text)) == spans


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # A temporal clause takes the time of the clause it depends on.
        ("The envoy will call the minister when he lands Monday.", "Monday", "2020-01-20"),
        ("Officials said they would decide once the talks end Thursday.", "Thursday", "2020-01-16"),
        ("She left the building after the meeting ended Tuesday.", "Tuesday", "2020-01-14"),
        # ... unless the temporal clause is in the past tense itself.
        ("The board will raise the fee after it voted 7-2 on Monday.", "Monday", "2020-01-13"),
        ("The mayor will sign it once the council was briefed Tuesday.", "Tuesday", "2020-01-14"),
    ],
)
def test_a_temporal_clause_takes_the_main_clause_time(text: str, span: str, value: str) -> None:
    assert _parsed(text, WEDNESDAY)[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Mourners gathered one year after the flood.", "one year", ("DURATION", "P1Y")),
        ("The ship sank one day before the storm ended.", "one day", ("DURATION", "P1D")),
    ],
)
def test_one_unit_before_or_after_an_event_is_a_duration(
    text: str, span: str, expected: tuple[str, str]
) -> None:
    assert _plain(text)[span] == expected


def test_one_day_as_an_adverb_is_still_left_out() -> None:
    assert _plain("One day the town will rebuild the bridge.") == {}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # A clock time with no day of its own is on the day the text is at.
        (
            "The dam failed on Friday. Water reached the square at 9:40 a.m., police said.",
            "9:40 a.m.",
            "2020-01-10T09:40",
        ),
        # Only a day can date it: after a bare year it stays on the publication date.
        (
            "The dam was built in 1958. Water reached the square at 9:40 a.m.",
            "9:40 a.m.",
            "2020-01-15T09:40",
        ),
        ("Water reached the square at noon.", "noon", "2020-01-15T12:00"),
    ],
)
def test_a_bare_clock_time_is_on_the_day_the_text_is_at(text: str, span: str, value: str) -> None:
    assert _plain(text)[span] == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The lease may be renewed for an additional year.", "an additional year", "P1Y"),
        ("Crews need an extra week to finish.", "an extra week", "P1W"),
        ("Over the next couple of years the mill will close.", "the next couple of years", "P2Y"),
    ],
)
def test_one_more_unit_and_a_couple_are_counted(text: str, span: str, value: str) -> None:
    assert _plain(text)[span] == ("DURATION", value)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told CBS's 60 Minutes program that the bridge was safe.",
        "The mayor spoke on ''48 Hours.'' The bridge was safe, she said.",
        'The senator said on "This Week With Anna Reyes" that the bridge was safe.',
    ],
)
def test_a_unit_in_a_title_is_a_name(text: str) -> None:
    assert _plain(text) == {}


def test_a_title_case_headline_keeps_its_duration() -> None:
    got = _plain("Talks Resume After Two Years\nThe two sides met on Jan. 6.")
    assert got["Two Years"] == ("DURATION", "P2Y")
    assert _plain("This week the talks resumed.")["This week"] == ("DATE", "2020-W03")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Net for the year-earlier nine months included a gain.",
            "the year-earlier nine months",
            "P9M",
        ),
        ("Sales in the comparable six months fell 2%.", "the comparable six months", "P6M"),
    ],
)
def test_a_period_a_year_back_given_by_its_length_is_a_duration(
    text: str, span: str, value: str
) -> None:
    assert _plain(text) == {span: ("DURATION", value)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The envoys ended a day-long meeting.", "day-long", "P1D"),
        ("Dockers began a weeklong strike.", "weeklong", "P1W"),
    ],
)
def test_a_unit_long_adjective_is_one_unit(text: str, span: str, value: str) -> None:
    assert _plain(text) == {span: ("DURATION", value)}
