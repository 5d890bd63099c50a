"""Date classes of the ninth session (#18): one length written in two units, decades before
1600 and centuries in words or as "the 1700s", a stretch of unknown length named by its
content ("hours of delays"), and the time of what a directive asks for ("the past year"
stays the calendar unit, a DATE). Each passage is written for the rule; each positive assertion fails on
the code before it."""

from __future__ import annotations

import pytest

from topline.analyze.timex import find_timexes, tag_text
from topline.nlp import get_nlp


def _values(text: str, anchor: str | None) -> dict[str, tuple[str, str | None]]:
    return {t.span.of(text): (t.type, t.value) for t in tag_text(text, anchor)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The repairs took two years and two months.", "two years and two months", "P2Y2M"),
        ("He served 12 years and six months in prison.", "12 years and six months", "P12Y6M"),
        ("The flight lasted an hour and 20 minutes.", "an hour and 20 minutes", "PT1H20M"),
        ("She drifted for two days and six hours.", "two days and six hours", "P2DT6H"),
        ("The festival runs three weeks and four days.", "three weeks and four days", "P25D"),
    ],
)
def test_a_length_in_two_units_is_one_duration(text: str, span: str, value: str) -> None:
    assert _values(text, "2024-05-08")[span] == ("DURATION", value)


def test_two_lengths_in_the_wrong_order_stay_two() -> None:
    found = _values("Three days and two weeks are not the same wait.", "2024-05-08")
    assert found["Three days"] == ("DURATION", "P3D")
    assert found["two weeks"] == ("DURATION", "P2W")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The abbey was rebuilt in the 1540s.", "the 1540s", "154"),
        ("Sugar reached the port in the 1580s.", "the 1580s", "158"),
        ("Most of the houses date from the 1700s.", "the 1700s", "17"),
        ("The mill was busiest in the early 1800s.", "the early 1800s", "18"),
        ("Broadband spread quickly in the 2000s.", "the 2000s", "200"),
        ("The war changed the twentieth century.", "the twentieth century", "19"),
        ("Canals shaped the eighteenth-century economy.", "eighteenth-century", "17"),
        ("It may define the twenty-first century.", "the twenty-first century", "20"),
    ],
)
def test_decades_and_centuries(text: str, span: str, value: str) -> None:
    assert _values(text, "2024-05-08")[span] == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "Fans came in their 1000s of cars.",
        "Twentieth Century Fox made the film.",
    ],
)
def test_counts_and_names_are_not_centuries(text: str) -> None:
    assert _values(text, "2024-05-08") == {}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Travellers faced hours of delays at the border.", "hours", "PTXH"),
        ("Weeks of protests closed the square.", "Weeks", "PXW"),
        ("The deal follows months of talks.", "months", "PXM"),
        ("Decades of neglect left the bridge unsafe.", "Decades", "PXE"),
    ],
)
def test_a_stretch_named_by_its_content_is_a_duration(text: str, span: str, value: str) -> None:
    found = _values(text, "2024-05-08")
    assert found[span][0] == "DURATION"
    assert found[span][1] in {value, value.replace("E", "Y")}


@pytest.mark.parametrize(
    "text",
    [
        "Those were the days of rationing.",
        "He was arrested in the early hours of the morning.",
        "The hours of the shop are short.",
    ],
)
def test_a_determined_period_is_not_a_length(text: str) -> None:
    assert not any(v[0] == "DURATION" for v in _values(text, "2024-05-08").values())


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # TempEval-3's annotators and the issue's held-out set give "the past year" and "the
        # last week" as the calendar unit before this one (a DURATION reading was the error
        # #18 reported), so the class stays a DATE.
        ("Last week the council voted.", "Last week", "2024-W18"),
        ("Prices rose sharply over the past year.", "the past year", "2023"),
        ("He has been in hospital for the last week.", "the last week", "2024-W18"),
        ("It was the last year before the war.", "the last year", "2023"),
        ("Sales in the last quarter fell.", "the last quarter", "2024-Q1"),
    ],
)
def test_the_past_unit_and_a_final_unit_stay_dates(text: str, span: str, value: str) -> None:
    assert _values(text, "2024-05-08")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # Published on a Wednesday: what is asked for lies ahead of the asking.
        (
            "The council asked residents to save water on Saturday and Sunday.",
            "Sunday",
            "2024-05-12",
        ),
        ("The mayor told staff to stay home Friday.", "Friday", "2024-05-10"),
        ("Officials urged drivers to avoid the bridge on Thursday.", "Thursday", "2024-05-09"),
    ],
)
def test_a_directive_looks_ahead(text: str, span: str, value: str) -> None:
    assert _parsed_values(text, "2024-05-08")[span] == ("DATE", value)


def test_the_asking_itself_stays_in_the_past() -> None:
    assert _parsed_values("He asked on Monday for a recount.", "2024-05-08")["Monday"] == (
        "DATE",
        "2024-05-06",
    )


def _parsed_values(text: str, anchor: str) -> dict[str, tuple[str, str | None]]:
    """With the clause's tense read from the parse, as the pipeline reads it."""
    return {t.span.of(text): (t.type, t.value) for t in find_timexes(get_nlp()(text), anchor)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # Published 1998-02-06: a thing set on a date was set then, in the past.
        ("The index is now 70 points below its record high set on Aug. 6.", "Aug. 6", "1997-08-06"),
        ("The new plant will beat the output record set in November.", "November", "1997-11"),
    ],
)
def test_a_participle_of_setting_dates_a_past_event(text: str, span: str, value: str) -> None:
    assert _parsed_values(text, "1998-02-06")[span] == ("DATE", value)


def test_a_date_set_for_stays_ahead() -> None:
    found = _parsed_values("The talks scheduled for March 3 will go ahead.", "1998-02-06")
    assert found["March 3"] == ("DATE", "1998-03-03")


def test_a_past_perfect_aside_in_a_narrative_looks_back() -> None:
    text = (
        "In the summer of 1887, engineers began the tower. On March 31, 1889, the designer "
        "climbed to the top. The rains had been heavy, and work had stopped for several weeks "
        "in January. By December, two million people had visited."
    )
    found = _parsed_values(text, "2020-05-11")
    assert found["January"] == ("DATE", "1889-01")
    assert found["December"] == ("DATE", "1889-12")  # "by" marks the reference itself


def test_a_past_perfect_month_before_the_reference_in_a_voyage() -> None:
    text = "The ship sailed on May 3, 1850. It reached Lisbon in June. The crew had signed on in March."
    found = _parsed_values(text, "2021-01-20")
    assert found["June"] == ("DATE", "1850-06")
    assert found["March"] == ("DATE", "1850-03")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The vote falls in the last week of June 2024.", "the last week of June 2024", "2024-W26"),
        (
            "Rents are due on the last day of March 2025.",
            "the last day of March 2025",
            "2025-03-31",
        ),
        (
            "The fair opens the first weekend of June 2024.",
            "the first weekend of June 2024",
            "2024-W22-WE",
        ),
        ("The festival runs May 5-7, 2023, in the park.", "May 5-7, 2023", "2023-05-05"),
        (
            "A hearing is set for the week of March 3, 2025.",
            "the week of March 3, 2025",
            "2025-W10",
        ),
    ],
)
def test_parts_of_a_month_and_ranges_of_days_are_one_date(text: str, span: str, value: str) -> None:
    assert _values(text, "2024-05-08")[span] == ("DATE", value)


def test_a_score_is_no_range_of_days() -> None:
    assert "May 5-3" not in _values("The vote in committee on May 5-3 went his way.", "2024-05-08")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The offer runs from Jan. 1, 2020, to Dec. 31.", "Dec. 31", "2020-12-31"),
        ("The show runs from Dec. 20, 2025, through Jan. 5.", "Jan. 5", "2026-01-05"),
    ],
)
def test_the_end_of_a_range_takes_the_year_of_its_start(text: str, span: str, value: str) -> None:
    assert _parsed_values(text, "2024-05-08")[span] == ("DATE", value)


def test_two_weekdays_are_no_range() -> None:
    found = _parsed_values("The talks on Monday and Friday ended badly.", "2024-05-08")
    assert found["Friday"] == ("DATE", "2024-05-03")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He was elected in 1860 and took office the next March.", "the next March", "1861-03"),
        (
            "She was elected in November 1860 and sworn in the following March.",
            "the following March",
            "1861-03",
        ),
        (
            "The dam failed on June 3, 1889. The previous May had been wet.",
            "The previous May",
            "1889-05",
        ),
    ],
)
def test_the_next_month_counts_from_the_reference(text: str, span: str, value: str) -> None:
    assert _parsed_values(text, "2022-03-01")[span] == ("DATE", value)


def test_that_before_a_month_is_left_out() -> None:
    found = _parsed_values("He said that March would be hard.", "2022-03-01")
    assert found == {"March": ("DATE", "2022-03")}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He visits every Monday morning.", "every Monday morning", "XXXX-WXX-1TMO"),
        ("She calls her mother each Friday night.", "each Friday night", "XXXX-WXX-5TNI"),
    ],
)
def test_a_part_of_every_weekday_is_a_set(text: str, span: str, value: str) -> None:
    assert _values(text, "2024-05-08")[span] == ("SET", value)
