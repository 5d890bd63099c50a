"""Date classes of the thirteenth session (#18): a part of the day after "in" / "during"
("recovered in the afternoon") is a TIME of the day the text has named, and nothing when no
day is named; an hour told by its part of the day ("at 4 in the morning") is a clock time;
an edge word before an anaphoric step ("Early the next year") keeps it a step from the
story's reference; "the previous summer" / "the following spring" is the nearest such season
before or after the reference, not the reference's year plus or minus one. Each passage is
written for the rule; each positive assertion fails on the code before it."""

from __future__ import annotations

import pytest

from topline.analyze.timex import find_timexes
from topline.nlp import get_nlp


def _values(text: str, anchor: str) -> dict[str, tuple[str, str | None]]:
    """With the clause's tense read from the parse, as the pipeline reads it."""
    return {t.span.of(text): (t.type, t.value) for t in find_timexes(get_nlp()(text), anchor)}


# Published Wednesday 2024-09-18.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The minister landed in Lagos on Monday. In the afternoon she met the president.",
            "the afternoon",
            "2024-09-16TAF",
        ),
        (
            "Bond yields jumped on Tuesday but eased in the afternoon after the auction.",
            "the afternoon",
            "2024-09-17TAF",
        ),
        (
            "Rescuers reached the village on March 3, 1911, and during the evening the last "
            "survivors were carried out.",
            "the evening",
            "1911-03-03TEV",
        ),
        (
            "The strike ends on Friday, and the first trains will run in the morning.",
            "the morning",
            "2024-09-20TMO",
        ),
    ],
)
def test_a_part_of_the_day_is_the_day_the_text_named(text: str, span: str, value: str) -> None:
    assert _values(text, "2024-09-18")[span] == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    [
        "The pharmacy is open in the morning and closes early on Saturdays.",
        "Take one tablet in the evening with food.",
        "Delegates met on Monday. The afternoon session ran late, and in the evening news "
        "the vote led.",
        "She scored twice in the morning session on Monday.",
    ],
)
def test_a_part_of_the_day_with_no_day_or_a_noun_of_its_own_stays_unmarked(text: str) -> None:
    found = _values(text, "2024-09-18")
    assert not any(span.startswith(("the morning", "the evening")) for span in found)
    assert "the afternoon" not in found


# Published Wednesday 2000-04-05.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The ferry left Key West on Monday at 4 in the morning.", "4 in the morning", "T04:00"),
        (
            "Polls closed on Sunday at 8 o'clock in the evening.",
            "8 o'clock in the evening",
            "T20:00",
        ),
        ("Guards stayed at the gate until 11 in the night.", "11 in the night", "T23:00"),
    ],
)
def test_an_hour_told_by_its_part_of_the_day_is_a_clock_time(
    text: str, span: str, value: str
) -> None:
    kind, got = _values(text, "2000-04-05")[span]
    assert kind == "TIME" and got is not None and got.endswith(value)


def test_a_count_before_a_part_of_the_day_is_no_clock_time() -> None:
    found = _values("The visitors scored 2 in the afternoon and 3 in the evening.", "2000-04-05")
    assert not any(span[0].isdigit() for span in found)


# Published 2023-06-20: histories far from the publication date.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The canal was dug in 1854. Early the next year the first barges passed.",
            "Early the next year",
            "1855",
        ),
        (
            "The mine opened in May 1888. Early the next month a shaft collapsed.",
            "Early the next month",
            "1888-06",
        ),
        (
            "The pact was signed in 1939. Late the following year it was broken.",
            "Late the following year",
            "1940",
        ),
    ],
)
def test_an_edge_word_keeps_a_step_from_the_story(text: str, span: str, value: str) -> None:
    assert _values(text, "2023-06-20")[span] == ("DATE", value)


def test_a_step_from_now_with_an_edge_word_stays_deictic() -> None:
    found = _values("The firm said it expects to return to profit early next year.", "2023-06-20")
    assert found["early next year"] == ("DATE", "2024")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "In November 1854 the dam gave way. The previous summer had been the driest on record.",
            "The previous summer",
            "1854-SU",
        ),
        (
            "In January 1855 the company failed, and the following spring its mill was sold.",
            "the following spring",
            "1855-SP",
        ),
        (
            "In October 1902 the strike ended. The previous spring had seen the first walkouts.",
            "The previous spring",
            "1902-SP",
        ),
    ],
)
def test_the_previous_or_following_season_is_the_nearest_one(
    text: str, span: str, value: str
) -> None:
    assert _values(text, "2023-06-20")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In 1890 the school opened. The following spring it had 40 pupils.", "1891-SP"),
        ("In March 1901 the treaty was signed. The previous summer saw fighting.", "1900-SU"),
        ("The dam was begun in the spring of 1854; the following spring it was done.", "1855-SP"),
    ],
)
def test_a_season_a_year_away_stays_a_year_away(text: str, value: str) -> None:
    found = _values(text, "2023-06-20")
    assert any(v == ("DATE", value) for v in found.values())


# Published Wednesday 2024-10-09.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "He was sentenced in August 2022 to 15 years in prison.",
            "August 2022",
            ("DATE", "2022-08"),
        ),
        ("She was jailed in 2019 to six months for contempt.", "six months", ("DURATION", "P6M")),
        ("The firm was fined in March 2021 to 40 days' pay.", "March 2021", ("DATE", "2021-03")),
    ],
)
def test_a_year_opens_no_range_of_lengths(
    text: str, span: str, value: tuple[str, str | None]
) -> None:
    assert _values(text, "2024-10-09")[span] == value


def test_a_range_of_lengths_stays_one_length() -> None:
    assert _values("He faces 10 to 15 years in prison.", "2024-10-09")["10 to 15 years"][0] == (
        "DURATION"
    )


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("United play Chelsea on Saturday.", "Saturday", "2024-10-12"),
        ("The Rams host the Bears on Sunday.", "Sunday", "2024-10-13"),
        (
            "Parliament rose for its summer recess on July 25 and returns on Monday.",
            "Monday",
            "2024-10-14",
        ),
    ],
)
def test_a_present_verb_tagged_as_a_noun_tells_a_fixture_ahead(
    text: str, span: str, value: str
) -> None:
    assert _values(text, "2024-10-09")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Clinton's wins Tuesday in Maryland and Pennsylvania solidify her lead.",
            "Tuesday",
            "2024-10-08",
        ),
        ("The team played Chelsea on Saturday.", "Saturday", "2024-10-05"),
    ],
)
def test_a_possessor_or_a_past_verb_keeps_the_day_gone(text: str, span: str, value: str) -> None:
    assert _values(text, "2024-10-09")[span] == ("DATE", value)


# Published Wednesday 2025-05-14.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The chain has lost money for 11 straight quarters.", "11 straight quarters", "P11Q"),
        ("Exports grew for six consecutive months.", "six consecutive months", "P6M"),
        ("She won the title three successive years.", "three successive years", "P3Y"),
    ],
)
def test_a_length_counted_in_a_row_is_a_duration(text: str, span: str, value: str) -> None:
    assert _values(text, "2025-05-14")[span] == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Shares of the lender, which reports results on Thursday, slipped.",
            "Thursday",
            "2025-05-15",
        ),
        ("The statistics office reports jobs figures Friday.", "Friday", "2025-05-16"),
        (
            "The carrier will trim routes this summer and restore them in the fall.",
            "the fall",
            "2025-FA",
        ),
        (
            "Officials said they would shut the bridge and reopen it on Monday.",
            "Monday",
            "2025-05-19",
        ),
    ],
)
def test_a_release_calendar_or_a_shared_auxiliary_looks_ahead(
    text: str, span: str, value: str
) -> None:
    assert _values(text, "2025-05-14")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The ministry reports on Thursday that prices rose.", "Thursday", "2025-05-08"),
        ("The bank reported results on Thursday.", "Thursday", "2025-05-08"),
        ("Shops shut early and reopened on Monday.", "Monday", "2025-05-12"),
    ],
)
def test_a_saying_or_a_past_pair_keeps_the_day_gone(text: str, span: str, value: str) -> None:
    assert _values(text, "2025-05-14")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The liner sank on April 15, 1912. Two hours earlier it had struck an iceberg.",
            "Two hours",
            "PT2H",
        ),
        (
            "The mine flooded on June 3, 1908. Six hours later the pumps failed.",
            "Six hours",
            "PT6H",
        ),
    ],
)
def test_hours_from_a_day_without_a_clock_are_a_length(text: str, span: str, value: str) -> None:
    assert _values(text, "2022-03-08")[span] == ("DURATION", value)


def test_years_from_a_year_in_a_history_stay_a_date() -> None:
    found = _values("The hall opened in 1889. Two decades earlier it was a marsh.", "2022-03-08")
    assert found["Two decades earlier"] == ("DATE", "1869")


# Published Wednesday 2023-11-15.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The filing deadline was pushed back to January.", "January", "2024-01"),
        ("The deadline was pushed back to the end of February.", "the end of February", "2024-02"),
    ],
)
def test_a_deadline_pushed_back_lies_ahead(text: str, span: str, value: str) -> None:
    assert _values(text, "2023-11-15")[span] == ("DATE", value)


def test_looking_back_to_a_month_keeps_it_gone() -> None:
    assert _values("The audit looked back to January.", "2023-11-15")["January"] == (
        "DATE",
        "2023-01",
    )


# Published 2024-02-20: histories.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The firm was founded in 1976 and went public four years later. By the end of the "
            "decade it employed 4,000 people.",
            "the end of the decade",
            "198",
        ),
        (
            "In 1938 the family sold half the land, and the next spring they planted apples.",
            "the next spring",
            "1939-SP",
        ),
    ],
)
def test_a_decades_end_and_the_next_season_follow_the_story(
    text: str, span: str, value: str
) -> None:
    assert _values(text, "2024-02-20")[span] == ("DATE", value)


def test_the_end_of_the_century_said_of_the_future_is_this_one() -> None:
    text = "Scientists warn that seas could rise a metre by the end of the century."
    assert _values(text, "2024-02-20")["the end of the century"] == ("DATE", "20")


# Published Wednesday 2024-07-31.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Net income in its fiscal fourth quarter, which ended June 30, rose 9 percent.",
            "fiscal fourth quarter",
            "2024-Q4",
        ),
        (
            "The brewer said sales in the fourth quarter ended June 29 fell.",
            "the fourth quarter",
            "2024-Q4",
        ),
    ],
)
def test_a_quarter_that_ended_on_a_day_has_that_days_year(text: str, span: str, value: str) -> None:
    assert _values(text, "2024-07-31")[span] == ("DATE", value)


def test_a_fiscal_first_quarter_keeps_its_own_reading() -> None:
    text = "The chipmaker said revenue in its fiscal first quarter, which ended June 30, rose."
    assert _values(text, "2024-07-31")["fiscal first quarter"] == ("DATE", "2024-Q1")


def test_a_recess_until_after_a_holiday_lies_ahead() -> None:
    found = _values("The Senate recessed on Thursday until after Labor Day.", "2024-07-31")
    assert found["Labor Day"] == ("DATE", "2024-09-02")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Half a century ago, the yard built 40 ships a year.", "Half a century ago", "1973"),
        ("The firm moved to Leeds half a decade ago.", "half a decade ago", "2018"),
    ],
)
def test_half_a_century_ago_is_a_year(text: str, span: str, value: str) -> None:
    assert _values(text, "2023-04-12")[span] == ("DATE", value)


def test_half_an_hour_ago_stays_a_length() -> None:
    found = _values("The train left half an hour ago.", "2023-04-12")
    assert found["half an hour"] == ("DURATION", "PT30M")
