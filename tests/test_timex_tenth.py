"""Date classes of the tenth session (#18): a participial clause takes the time of the clause
it hangs on, a deadline moved "through" a date lies ahead, "last February" said in March is a
year back, and a part of the day with "mid", "early" or "late" standing alone is a TIME. Each
passage is written for the rule; each positive assertion fails on the code before it."""

from __future__ import annotations

import pytest

from topline.analyze.timex import find_timexes
from topline.nlp import get_nlp


def _parsed_values(text: str, anchor: str) -> dict[str, tuple[str, str | None]]:
    """With the clause's tense read from the parse, as the pipeline reads it."""
    return {t.span.of(text): (t.type, t.value) for t in find_timexes(get_nlp()(text), anchor)}


# Published Monday 2023-10-30: a month of the coming spring is nearer than the one gone, so
# only the tense of the governing clause can put it in the past.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The stock slid all year, falling to $12 in March from $20 in January.",
            "March",
            "2023-03",
        ),
        (
            "Sales shrank in the quarter, dropping to $5 million in February.",
            "February",
            "2023-02",
        ),
        (
            "Prices climbed all year, reaching a peak in February.",
            "February",
            "2023-02",
        ),
        (
            "The two firms merged, forming the largest grocer in the region in March.",
            "March",
            "2023-03",
        ),
    ],
)
def test_a_participial_clause_takes_the_time_of_its_governing_clause(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2023-10-30")[span] == ("DATE", value)


def test_a_participial_clause_under_a_future_clause_looks_ahead() -> None:
    found = _parsed_values("The company will cut 300 jobs, starting in May.", "2023-10-30")
    assert found["May"] == ("DATE", "2024-05")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The lenders have extended the credit line through January.", "January", "2024-01"),
        ("The court extended the deadline through Friday.", "Friday", "2023-11-03"),
        ("The city has postponed the vote through March.", "March", "2024-03"),
    ],
)
def test_a_deadline_moved_through_a_date_lies_ahead(text: str, span: str, value: str) -> None:
    assert _parsed_values(text, "2023-10-30")[span] == ("DATE", value)


def test_a_stretch_that_ran_through_a_day_stays_in_the_past() -> None:
    found = _parsed_values("The protests lasted through Friday.", "2023-10-30")
    assert found["Friday"] == ("DATE", "2023-10-27")


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        # The month just gone is "last month"; "last February" said in March is a year back.
        ("Two helicopters crashed last February.", "1998-03-01", "last February", "1997-02"),
        ("The plant closed last June, the union said.", "2024-07-15", "last June", "2023-06"),
    ],
)
def test_last_month_name_for_the_month_just_gone_is_a_year_back(
    text: str, anchor: str, span: str, value: str
) -> None:
    assert _parsed_values(text, anchor)[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("The plant closed last May, the union said.", "2024-07-15", "last May", "2024-05"),
        ("The strike began last September.", "2024-03-10", "last September", "2023-09"),
        # Across the new year "last December" is the one just gone, last year's.
        ("Prices peaked last December.", "2021-01-20", "last December", "2020-12"),
    ],
)
def test_last_month_name_further_back_is_the_one_gone(
    text: str, anchor: str, span: str, value: str
) -> None:
    assert _parsed_values(text, anchor)[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("By mid-afternoon, officials said the shooting had stopped.", "mid-afternoon", "TAF"),
        ("By mid afternoon the square was empty.", "mid afternoon", "TAF"),
        ("The storm reached the coast in late afternoon.", "late afternoon", "TAF"),
        ("Fighting resumed in midmorning near the airport.", "midmorning", "TMO"),
        ("Crowds gathered again by early evening.", "early evening", "TEV"),
    ],
)
def test_a_part_of_the_day_with_mid_early_or_late_is_a_time(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "1998-03-06")[span] == ("TIME", f"1998-03-06{value}")


@pytest.mark.parametrize(
    "text",
    ["He hosted a late-night talk show.", "The morning paper came late.", "It was a late night."],
)
def test_late_night_and_a_bare_part_of_the_day_are_left_alone(text: str) -> None:
    assert not _parsed_values(text, "1998-03-06")


# Published Wednesday 2024-03-13. "at 10 p.m. on Saturday" was joined before; a zone in
# words between the time and "on" kept the time on the publication day.
@pytest.mark.parametrize(
    ("text", "span", "kind", "value"),
    [
        ("Polls close at 8 p.m. Eastern time on Tuesday.", "8 p.m.", "TIME", "2024-03-19T20:00"),
        ("Talks begin at noon local time on Friday.", "noon", "TIME", "2024-03-15T12:00"),
        (
            "The man was shot at 10 p.m. Central time on Saturday.",
            "10 p.m.",
            "TIME",
            "2024-03-09T22:00",
        ),
    ],
)
def test_a_clock_time_on_a_named_day_takes_that_day(
    text: str, span: str, kind: str, value: str
) -> None:
    assert _parsed_values(text, "2024-03-13")[span] == (kind, value)


def test_a_clock_time_on_something_else_stays_on_the_publication_day_when_it_has_no_day() -> None:
    found = _parsed_values("He left at 6 p.m. on his bike.", "2024-03-13")
    assert found["6 p.m."] == ("TIME", "2024-03-13T18:00")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Results are due in the second half of the year.",
            "the second half of the year",
            "2024-H2",
        ),
        (
            "Sales in the second half of the year are likely to improve.",
            "the second half of the year",
            "2024-H2",
        ),
    ],
)
def test_a_part_of_the_year_ahead_in_a_present_clause_is_this_years(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2024-03-13")[span] == ("DATE", value)


def test_a_part_of_the_year_not_begun_in_a_past_clause_is_last_years() -> None:
    found = _parsed_values("Sales fell in the fourth quarter.", "2024-03-13")
    assert found["the fourth quarter"] == ("DATE", "2023-Q4")


@pytest.mark.parametrize(
    "text",
    [
        "The index has fallen in each of the past four sessions.",
        "He lost the past two elections by wide margins.",
    ],
)
def test_the_past_before_a_count_is_no_reference(text: str) -> None:
    assert "the past" not in _parsed_values(text, "2024-03-13")


def test_the_past_alone_stays_a_reference() -> None:
    assert _parsed_values("Prices were higher in the past.", "2024-03-13")["the past"] == (
        "DATE",
        "PAST_REF",
    )


# Published Wednesday 2013-02-20.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The ministry said on Tuesday it would hold talks next month.", "Tuesday", "2013-02-19"),
        ("The rebels said on Monday they would free the hostages.", "Monday", "2013-02-18"),
    ],
)
def test_a_date_right_after_a_verb_of_saying_is_the_sayings(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2013-02-20")[span] == ("DATE", value)


def test_a_possessive_date_after_a_verb_of_saying_opens_the_complement() -> None:
    found = _parsed_values("He says Friday's vote will be close.", "2013-02-20")
    assert found["Friday"] == ("DATE", "2013-02-22")


def test_a_headline_before_a_framing_date_does_not_hide_the_frame() -> None:
    text = (
        "The Siege of Calder\n\nIn the spring of 1643 royalist troops surrounded the town. "
        "On April 12 they blocked the road to the river. Today the ruins are a park."
    )
    assert _parsed_values(text, "2022-05-01")["April 12"] == ("DATE", "1643-04-12")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Flood of 1927\n\nIn April 1927 the river broke its banks. By the end of the month "
            "the water had reached the town. Today a wall protects it.",
            "the end of the month",
            "1927-04",
        ),
        (
            "In March 1889 the company was formed. At the start of the year the firm had no "
            "money. This week a museum opened.",
            "the start of the year",
            "1889",
        ),
    ],
)
def test_the_edge_of_the_month_in_a_past_frame_is_the_frames(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2022-05-01")[span] == ("DATE", value)


def test_the_edge_of_the_month_in_news_is_the_publications() -> None:
    found = _parsed_values(
        "The company expects to finish the work by the end of the month.", "2022-05-01"
    )
    assert found["the end of the month"] == ("DATE", "2022-05")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Between March and May, sales fell.", "2019-05"),
        ("Sales peaked in April or May, the report said.", "2019-05"),
    ],
)
def test_may_after_another_month_and_a_conjunction_is_the_month(text: str, value: str) -> None:
    assert _parsed_values(text, "2019-06-12")["May"] == ("DATE", value)


@pytest.mark.parametrize(
    "text", ["Prices rose in June and May Smith said they may rise again.", "He said he may go."]
)
def test_may_as_a_name_or_a_modal_is_no_month(text: str) -> None:
    assert "May" not in _parsed_values(text, "2019-06-12")


def test_the_weekend_of_a_day_is_that_weeks_weekend() -> None:
    found = _parsed_values("The rally is on the weekend of June 22.", "2019-06-12")
    assert found == {"the weekend of June 22": ("DATE", "2019-W25-WE")}


# Published Wednesday 2025-03-12.
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The judge set a hearing for Friday.", "Friday", "2025-03-14"),
        ("Organizers planned a rally for Saturday.", "Saturday", "2025-03-15"),
        ("The board set the record date for Monday.", "Monday", "2025-03-17"),
    ],
)
def test_an_active_verb_of_planning_gives_its_object_a_time_ahead(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2025-03-12")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The company had scheduled the launch for Tuesday, but it slipped.",
            "Tuesday",
            "2025-03-11",
        ),
        ("A memorial service planned for Saturday was canceled.", "Saturday", "2025-03-08"),
    ],
)
def test_a_plan_told_in_the_past_perfect_or_a_passive_may_be_gone(
    text: str, span: str, value: str
) -> None:
    assert _parsed_values(text, "2025-03-12")[span] == ("DATE", value)
