"""Date classes of the eleventh session (#18): a participle in an absolute "with" clause takes
the time of the clause it hangs on; "year-end" is the year's closing day, the one gone after
"since" or in a past clause; a weekday sharing a plural part of the day ("Monday and Tuesday
nights") is a SET; a temporal clause backshifted under a future in the past looks ahead; a
quarter "of fiscal 2025" is one date; a conjoined clause of expectation keeps its present. Each
passage is written for the rule; each positive assertion fails on the code before it."""

from __future__ import annotations

import pytest

from topline.analyze.timex import find_timexes
from topline.nlp import get_nlp


def _parsed_values(text: str, anchor: str) -> dict[str, tuple[str, str | None]]:
    """With the clause's tense read from the parse, as the pipeline reads it."""
    return {t.span.of(text): (t.type, t.value) for t in find_timexes(get_nlp()(text), anchor)}


# Published Wednesday 2023-10-11.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The ferry line said boats would sail on weekdays from Nov. 1, with a late run "
            "starting each Friday from March 8.",
            "March 8",
            "2024-03-08",
        ),
        (
            "The council will debate the budget on Thursday, with a final vote following on "
            "Monday.",
            "Monday",
            "2023-10-16",
        ),
        (
            "The plant will shed 400 jobs, with most of the cuts coming in March.",
            "March",
            "2024-03",
        ),
        (
            "The bridge will close for repairs, with the east lanes reopening on Sunday.",
            "Sunday",
            "2023-10-15",
        ),
    ],
)
def test_a_participle_in_an_absolute_with_clause_looks_ahead_with_its_clause(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2023-10-11")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The plant shed 400 jobs this year, with most of the cuts coming in March.",
            "March",
            "2023-03",
        ),
        ("Shares fell on Monday, with losses deepening on Tuesday.", "Tuesday", "2023-10-10"),
    ],
)
def test_a_participle_in_an_absolute_with_clause_under_a_past_clause_stays_past(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2023-10-11")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The insurer expects to complete the sale by year-end.", "2023-10-11", "2023-12-31"),
        ("The merger should close around year end.", "2023-10-11", "2023-12-31"),
        ("The shares have risen 14% since year-end.", "2023-10-11", "2022-12-31"),
        ("The index has gained 3% since the year-end.", "2023-10-11", "2022-12-31"),
        ("Cash at year-end was $2 billion, the bank said.", "2024-02-02", "2023-12-31"),
        ("Debt stood at $4 billion at the year's end.", "2024-01-20", "2023-12-31"),
    ],
)
def test_year_end_is_the_years_closing_day(text: str, anchor: str, value: str) -> None:
    found = {v for k, v in _parsed_values(text, anchor).items() if "end" in k}
    assert found == {("DATE", value)}


def test_the_end_of_the_year_stays_a_year() -> None:
    found = _parsed_values("The plant will close by the end of the year.", "2023-10-11")
    assert found["the end of the year"] == ("DATE", "2023")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The ferry will sail on Monday and Tuesday nights from May 1.",
            "Monday",
            ("SET", "XXXX-WXX-1TNI"),
        ),
        ("The farm shop opens Saturday and Sunday mornings.", "Saturday", ("SET", "XXXX-WXX-6TMO")),
        (
            "Late shows run on Thursday or Friday evenings.",
            "Thursday",
            ("SET", "XXXX-WXX-4TEV"),
        ),
    ],
)
def test_a_weekday_sharing_a_plural_part_of_the_day_is_a_set(
    text: str, span: str, value: tuple[str, str]
) -> None:
    assert _parsed_values(text, "2023-10-11")[span] == value


def test_a_weekday_beside_a_single_night_stays_a_date() -> None:
    found = _parsed_values("The vote was held Monday and Tuesday night.", "2023-10-11")
    assert found["Monday"] == ("DATE", "2023-10-09")


# Published Wednesday 2023-10-11: the Friday and Monday ahead are the 13th and the 16th.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The pilot said he would call when he landed on Friday.", "Friday", "2023-10-13"),
        (
            "Brokers were ready to sell the bonds as soon as the market reopened Monday.",
            "Monday",
            "2023-10-16",
        ),
    ],
)
def test_a_temporal_clause_backshifted_under_a_future_in_the_past_looks_ahead(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2023-10-11")[span] == ("DATE", value)


def test_a_past_temporal_clause_under_a_plain_past_stays_past() -> None:
    found = _parsed_values("The mayor resigned after the council voted on Monday.", "2023-10-11")
    assert found["Monday"] == ("DATE", "2023-10-09")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The merger should close in the fourth quarter of fiscal 2025.",
            "the fourth quarter of fiscal 2025",
            "2025-Q4",
        ),
        (
            "Profit fell in the first half of fiscal 2022.",
            "the first half of fiscal 2022",
            "2022-H1",
        ),
    ],
)
def test_a_quarter_of_a_fiscal_year_is_one_date_in_that_year(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2023-10-11")[span] == ("DATE", value)


# Published Monday 2023-10-09.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Crews cleared the roads on Sunday, and more snow is expected Thursday.",
            "Thursday",
            "2023-10-12",
        ),
        (
            "The union rejected the offer last week, but a vote is expected Friday.",
            "Friday",
            "2023-10-13",
        ),
    ],
)
def test_a_conjoined_clause_of_expectation_keeps_its_own_present(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2023-10-09")[span] == ("DATE", value)


def test_an_expectation_in_the_past_stays_undecided_toward_the_past() -> None:
    found = _parsed_values("Forecasters said rain was expected Thursday.", "2023-10-09")
    assert found["Thursday"] == ("DATE", "2023-10-05")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The tunnel carries about 30,000 cars a day.", "a day", ("SET", "P1D")),
        ("The ferry line will add six new sailings a week.", "a week", ("SET", "P1W")),
    ],
)
def test_a_count_of_things_a_day_is_a_rate(text: str, span: str, value: tuple[str, str]) -> None:
    assert _parsed_values(text, "2023-10-11")[span] == value


def test_a_day_after_a_single_thing_stays_a_length() -> None:
    found = _parsed_values("The ferry was late by a day.", "2023-10-11")
    assert found["a day"] == ("DURATION", "P1D")


def test_a_clock_time_with_a_bracketed_conversion_takes_the_day_after_on() -> None:
    found = _parsed_values(
        "The ferry sank at 4 a.m. local time (0200 GMT) on Saturday.", "2023-10-11"
    )
    assert found["4 a.m."] == ("TIME", "2023-10-07T04:00")
