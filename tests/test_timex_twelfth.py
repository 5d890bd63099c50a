"""Date classes of the twelfth session (#18): the first clock time of a range takes the day
named after the second; a clock time without a day takes the last day named on its side of
the publication date; "the week before" / "the day after" step from the reference; a length
"earlier than usual" compares and dates nothing; a month or day after "last year" / "next
year" in its sentence lies in that year; "this weekend" said midweek is the publication
week's; a time named as a deadline lies ahead; a season after a preposition of time ("until
spring") is a date; "last winter" said in winter is the one before; the fourth quarter in
January is the one just ended; "the first Monday of March 1985" is one day; a year after
"since" does not move a story's time; a half or quarter of a game is no date; "Frost is
possible Thursday" looks ahead. Each passage is written for the rule; each positive assertion
fails on the code before it."""

from __future__ import annotations

import pytest

from topline.analyze.timex import find_timexes
from topline.nlp import get_nlp


def _parsed_values(text: str, anchor: str) -> dict[str, tuple[str, str | None]]:
    """With the clause's tense read from the parse, as the pipeline reads it."""
    return {t.span.of(text): (t.type, t.value) for t in find_timexes(get_nlp()(text), anchor)}


# Published Thursday 2024-05-16.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Voters lined up early on Tuesday. Polls will stay open between 6 a.m. and 9 p.m. "
            "on Saturday.",
            "6 a.m.",
            "2024-05-18T06:00",
        ),
        (
            "The museum reopened on Sunday. Its cafe will serve lunch from 11 a.m. to 2 p.m. "
            "Monday.",
            "11 a.m.",
            "2024-05-20T11:00",
        ),
    ],
)
def test_the_first_clock_time_of_a_range_takes_the_day_after_the_second(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2024-05-16")[span] == ("TIME", value)


def test_a_live_blogs_entry_heading_stays_on_the_publication_day() -> None:
    text = (
        "Crews inspected the dam on Friday. It was rebuilt last year.\n\n2:35 p.m.\n\n"
        "The governor says the town is safe."
    )
    assert _parsed_values(text, "2024-05-16")["2:35 p.m."] == ("TIME", "2024-05-16T14:35")


def test_a_clock_range_without_a_day_stays_on_the_reference_day() -> None:
    found = _parsed_values("The library is open from 9 a.m. to 5 p.m.", "2024-05-16")
    assert found["9 a.m."] == ("TIME", "2024-05-16T09:00")


# Published Monday 2023-03-13.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Floodwaters reached the bridge on Saturday, and engineers said it would not reopen "
            "until Friday. The river crested at 4 p.m.",
            "4 p.m.",
            "2023-03-11T16:00",
        ),
        (
            "Osei won the cycling race on Sunday. She had crashed out of it last year. The race "
            "began at 9:15 a.m.",
            "9:15 a.m.",
            "2023-03-12T09:15",
        ),
    ],
)
def test_a_clock_time_takes_the_last_day_on_its_side_of_the_publication(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2023-03-13")[span] == ("TIME", value)


def test_a_future_clock_time_keeps_the_day_ahead() -> None:
    text = "The storm hit the coast on Saturday. A second one will arrive on Thursday. It will peak at 8 p.m."
    assert _parsed_values(text, "2023-03-13")["8 p.m."] == ("TIME", "2023-03-16T20:00")


# Published Friday 2022-10-07.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Exports fell 3 percent in the week ending Oct. 1, after rising 2 percent the week "
            "before.",
            "the week before",
            "2022-W38",
        ),
        (
            "The delegates arrived in Lisbon on June 14, 2019. Their aides had flown in the "
            "day before.",
            "the day before",
            "2019-06-13",
        ),
        (
            "The firm moved to Denver in 2015, and its rival followed the year after.",
            "the year after",
            "2016",
        ),
    ],
)
def test_the_unit_before_or_after_steps_from_the_reference(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2022-10-07")[span] == ("DATE", value)


def test_the_day_before_an_event_named_after_it_is_left_out() -> None:
    text = "Police arrested him the day before the parade."
    assert "the day before" not in _parsed_values(text, "2022-10-07")


# Published Wednesday 2021-04-21.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The cherry trees bloomed about ten days earlier than usual.", "ten days", "P10D"),
        ("The ferry left port two hours earlier than scheduled.", "two hours", "PT2H"),
    ],
)
def test_a_length_earlier_or_later_than_compares_and_dates_nothing(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2021-04-21")[span] == ("DURATION", value)


def test_a_length_earlier_without_than_is_still_a_date() -> None:
    found = _parsed_values("The trees bloomed ten days earlier.", "2021-04-21")
    assert found["ten days earlier"] == ("DATE", "2021-04-11")


# Published Tuesday 2025-06-24.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Next year's regatta will be held on June 20.", "June 20", "2026-06-20"),
        ("Next year's regatta, the 40th, will start on June 20.", "June 20", "2026-06-20"),
        ("Last year the dam failed on July 2, flooding two villages.", "July 2", "2024-07-02"),
        ("Last year's harvest began in May.", "May", "2024-05"),
        ("Last year, the mill closed on June 30.", "June 30", "2024-06-30"),
    ],
)
def test_a_month_after_last_or_next_year_in_its_sentence_lies_in_that_year(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2025-06-24")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Home sales in May rose 4 percent from last year.", "May", "2025-05"),
        ("Since last year, prices in March have doubled.", "March", "2025-03"),
        ("A rival, who quit last year, will testify on July 8.", "July 8", "2025-07-08"),
        ("Rents rose last year, and in March they fell.", "March", "2025-03"),
    ],
)
def test_a_compared_or_bounding_year_does_not_date_the_month(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2025-06-24")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Farmers will march on the capital this weekend.", "2024-09-18", "2024-W38-WE"),
        (
            "The deal ended a walkout that could have started this weekend.",
            "2024-09-19",
            "2024-W38-WE",
        ),
        ("Thousands marched on the capital this weekend.", "2024-09-16", "2024-W37-WE"),
        (
            "The senator told reporters this weekend that she would run.",
            "2024-09-17",
            "2024-W37-WE",
        ),
    ],
)
def test_this_weekend_said_midweek_is_the_publication_weeks(
    text: str, anchor: str, value: str
) -> None:
    assert _parsed_values(text, anchor)["this weekend"] == ("DATE", value)


# Published Wednesday 2024-01-10.
@pytest.mark.parametrize(
    ("text", "span", "kind", "value"),
    [
        (
            "The nurses' union had set a strike deadline of 7 a.m. Monday.",
            "7 a.m. Monday",
            "TIME",
            "2024-01-15T07:00",
        ),
        (
            "Mediators had proposed a deadline of Friday for an answer.",
            "Friday",
            "DATE",
            "2024-01-12",
        ),
    ],
)
def test_a_time_named_as_a_deadline_lies_ahead(text: str, span: str, kind: str, value: str) -> None:
    assert _parsed_values(text, "2024-01-10")[span] == (kind, value)


def test_a_missed_deadline_stays_past() -> None:
    found = _parsed_values("The council missed a Friday deadline to pass a budget.", "2024-01-10")
    assert found["Friday"] == ("DATE", "2024-01-05")


# Published Saturday 2024-02-10.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The ferry terminal will reopen in spring.", "spring", "2024-SP"),
        ("Officials expect a verdict by summer.", "summer", "2024-SU"),
        ("Hearings will resume in autumn, when the court returns.", "autumn", "2024-FA"),
    ],
)
def test_a_season_without_a_determiner_after_a_preposition_of_time(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2024-02-10")[span] == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "The hikers drank from a spring.",
        "Shares slipped in fall trading.",
        "It was cut in spring form.",
    ],
)
def test_a_season_naming_a_kind_or_a_spring_of_water_is_left_out(text: str) -> None:
    found = _parsed_values(text, "2024-02-10")
    assert not any(v[1] and v[1][4:] in {"-SP", "-FA"} for v in found.values())


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # A winter is named by the year it begins (TIDES 2005; fourteenth session): said in
        # February 2025, the winter under way is 2024-WI and the one before it 2023-WI.
        ("Last winter the reservoir froze solid.", "2025-02-03", "2023-WI"),
        ("Next summer the festival moves to the harbour.", "2025-07-21", "2026-SU"),
        ("Last autumn the orchard lost half its crop.", "2025-10-14", "2024-FA"),
    ],
)
def test_last_or_next_season_said_within_that_season_is_the_one_before_or_after(
    text: str, anchor: str, value: str
) -> None:
    found = _parsed_values(text, anchor)
    assert next(v for k, v in found.items() if k.lower().startswith(("last", "next"))) == (
        "DATE",
        value,
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("This winter has been the driest in years.", "2024-WI"),  # begun in December 2024
        ("Last summer the pier was rebuilt.", "2024-SU"),
    ],
)
def test_this_season_and_a_season_already_gone_keep_their_year(text: str, value: str) -> None:
    found = _parsed_values(text, "2025-02-03")
    assert next(iter(found.values())) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The brewer will post fourth-quarter earnings on Thursday.", "2025-01-27", "2024-Q4"),
        ("The airline is due to report its fourth-quarter results.", "2025-02-11", "2024-Q4"),
    ],
)
def test_the_fourth_quarter_in_january_or_february_has_just_ended_whatever_the_tense(
    text: str, anchor: str, value: str
) -> None:
    found = _parsed_values(text, anchor)
    assert found["fourth-quarter"] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("The economy will pick up in the second half.", "2025-01-27", "2025-H2"),
        ("The brewer will post fourth-quarter earnings in January.", "2025-06-10", "2025-Q4"),
    ],
)
def test_a_half_or_a_quarter_later_in_the_year_still_follows_the_tense(
    text: str, anchor: str, value: str
) -> None:
    found = _parsed_values(text, anchor)
    assert next(v for k, v in found.items() if "half" in k or "quarter" in k) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Polls open on the first Tuesday of November 2026.",
            "the first Tuesday of November 2026",
            "2026-11-03",
        ),
        (
            "The fair returns on the last Saturday of June.",
            "the last Saturday of June",
            "2025-06-28",
        ),
    ],
)
def test_an_ordinal_weekday_of_a_month_is_one_day(text: str, span: str, value: str) -> None:
    assert _parsed_values(text, "2025-05-12")[span] == ("DATE", value)


def test_a_history_dated_by_the_first_weekday_of_a_month_keeps_its_own_time() -> None:
    text = (
        "The long stoppage\n\nThe dockers walked out on April 2, 1951. By the summer, ships were "
        "queuing in the estuary. On the second Monday of May 1952, the men went back."
    )
    assert _parsed_values(text, "2025-05-12")["the summer"] == ("DATE", "1951-SU")


def test_a_year_after_since_does_not_move_the_storys_time() -> None:
    text = (
        "The last tram\n\nThe last tram ran on November 8, 1959. It had served the valley since "
        "1902. That winter the rails were lifted, and by April the road was paved."
    )
    found = _parsed_values(text, "2025-05-12")
    assert found["April"] == ("DATE", "1960-04")
    assert found["That winter"][1] in {"1959-WI", "1960-WI"}


@pytest.mark.parametrize(
    "text",
    [
        "Okafor scored twice in the second half to seal the win.",
        "The Hawks outscored Denver 31-17 in the fourth quarter.",
        "Rovers equalised early in the second half through a penalty.",
    ],
)
def test_a_half_or_quarter_of_a_game_is_no_date(text: str) -> None:
    found = _parsed_values(text, "2025-04-16")
    assert not any("half" in k or "quarter" in k for k in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Profit rose 8 percent in the fourth quarter.", "2024-Q4"),
        ("The brewer scored a record profit in the first quarter of 2025.", "2025-Q1"),
    ],
)
def test_a_quarter_of_a_business_year_stays_a_date(text: str, value: str) -> None:
    found = _parsed_values(text, "2025-04-16")
    assert next(v for k, v in found.items() if "quarter" in k) == ("DATE", value)


# Published Wednesday 2025-04-16.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Sleet is possible Friday across the hills.", "Friday", "2025-04-18"),
        ("More rain is likely Sunday.", "Sunday", "2025-04-20"),
        ("The farm shop is open Saturday.", "Saturday", "2025-04-19"),
    ],
)
def test_a_forecast_or_notice_with_be_looks_ahead(text: str, span: str, value: str) -> None:
    assert _parsed_values(text, "2025-04-16")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It is possible the burglar broke in Monday.", "Monday", "2025-04-14"),
        ("The farm shop was open Saturday.", "Saturday", "2025-04-12"),
        ("Two ferries are at the quay on Tuesday.", "Tuesday", "2025-04-15"),
    ],
)
def test_be_in_a_past_clause_or_a_caption_stays_past(text: str, span: str, value: str) -> None:
    assert _parsed_values(text, "2025-04-16")[span] == ("DATE", value)


def test_a_season_put_off_to_in_a_history_is_the_storys_and_moves_nothing() -> None:
    text = (
        "The warehouse fire\n\nFire broke out in the warehouses on the night of June 9, 1887. "
        "The owners had been warned about the chimneys the previous winter, but the work had "
        "been put off until autumn. Two days later, the last embers were out."
    )
    found = _parsed_values(text, "2025-05-12")
    assert found["autumn"] == ("DATE", "1887-FA")
    assert found["Two days later"] == ("DATE", "1887-06-11")


def test_a_year_after_until_does_not_move_the_storys_time() -> None:
    text = (
        "The old mill\n\nThe mill burned on October 14, 1921. Its wheel had turned until 1919. "
        "That winter the walls were pulled down, and by May a school stood on the site."
    )
    assert _parsed_values(text, "2025-05-12")["May"] == ("DATE", "1922-05")
