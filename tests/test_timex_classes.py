"""Value classes of issue 18 measured on TempEval-3: each rule with sentences written for it.

The tense rules read the dependency parse, so these tests run the full analysis.
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


def test_last_year_stays_the_calendar_year_beside_a_quarter() -> None:
    text = (
        "Profit in the third quarter rose to $5 million from $4 million a year earlier. "
        "Last year, the bakery lost money."
    )
    got = _parsed(text, "2020-10-20")
    assert got["a year earlier"] == ("DATE", "2019-Q3")  # the quarter, a year back
    assert got["Last year"] == ("DATE", "2019")  # deictic: the year before publication


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "Revenue for the fiscal year ended June 30 rose 4%.",
            "the fiscal year",
            ("DURATION", "P1Y"),
        ),
        ("It expects a loss for the year ending in March.", "the year", ("DURATION", "P1Y")),
        ("For the year, sales rose 3%.", "the year", ("DATE", "2020")),
    ],
)
def test_a_year_given_by_its_end_is_a_duration(
    text: str, span: str, expected: tuple[str, str]
) -> None:
    assert _plain(text)[span] == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # A plan told in the past: its day lies after the telling.
        ("The delegation planned to fly to Geneva on Thursday.", "Thursday", "2020-01-16"),
        ("Officials did not plan to close the road on Friday.", "Friday", "2020-01-17"),
        ("The minister said she would be visiting the plant Friday.", "Friday", "2020-01-17"),
        ("The judge postponed the hearing until Monday.", "Monday", "2020-01-20"),
        # A plan in the past perfect, and a plain past, stay in the past.
        ("The crew had planned to sail on Thursday.", "Thursday", "2020-01-09"),
        ("The crew sailed on Thursday.", "Thursday", "2020-01-09"),
    ],
)
def test_plans_told_in_the_past_point_ahead(text: str, span: str, value: str) -> None:
    assert _parsed(text, WEDNESDAY)[span] == ("DATE", value)


def test_effective_dates_point_ahead() -> None:
    text = "The board created a second deputy post, effective Feb. 1."
    assert _parsed(text, "2020-10-15")["Feb. 1"] == ("DATE", "2021-02-01")


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Prices have risen in recent months.", "recent months", ("DURATION", "PXM")),
        ("Rates may fall in the weeks ahead.", "the weeks ahead", ("DURATION", "PXW")),
        ("Few clubs grew in recent years.", "recent years", ("DURATION", "PXY")),
        ("She recently left the club.", "recently", ("DATE", "PAST_REF")),
        ("The deal will close soon.", "soon", ("DATE", "FUTURE_REF")),
    ],
)
def test_stretches_of_unknown_length_are_durations(
    text: str, span: str, expected: tuple[str, str]
) -> None:
    assert _plain(text)[span] == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("He was arrested shortly after the attack.", set()),
        ("The fire started soon before midnight struck.", {"midnight"}),
        ("Talks may resume as soon as Friday.", {"Friday"}),
        ("Call me as soon as you land.", set()),
        ("Return the boy as soon as possible.", {"as soon as possible"}),
    ],
)
def test_soon_as_a_signal_is_not_a_timex(text: str, spans: set[str]) -> None:
    assert set(_plain(text)) == spans


@pytest.mark.parametrize(
    ("published", "value"),
    [("2020-01-16T10:00:00", "2020-01-16T07:00"), ("2020-01-16", None)],
)
def test_hours_ago_is_a_clock_time_only_from_a_publication_time(
    published: str, value: str | None
) -> None:
    got = _plain("The fire broke out three hours ago.", published)
    assert got["three hours ago"] == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        ("In January, the firm brought in a new chief.", "2020-10-27", "January", "2020-01"),
        ("The crew will fly a mission in December.", "2020-03-04", "December", "2020-12"),
        ("The firm declared a dividend, payable Dec. 7.", "2020-09-01", "Dec. 7", "2020-12-07"),
    ],
)
def test_the_clause_tense_decides_the_year_of_a_month(
    text: str, published: str, span: str, value: str
) -> None:
    assert _parsed(text, published)[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Refugees lived in the camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("The climb took two and a half years.", "two and a half years", "P2Y6M"),
        ("She spent 5½ hours in the air.", "5½ hours", "PT5H30M"),
        ("Ahead of her one-day visit, talks began.", "one-day", "P1D"),
    ],
)
def test_fractions_and_hyphenated_units_are_durations(text: str, span: str, value: str) -> None:
    assert _plain(text)[span] == ("DURATION", value)


def test_one_day_as_an_adverb_is_still_not_a_timex() -> None:
    assert _plain("One day the river will come back.") == {}


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("She worked for 20th Century Fox.", set()),
        ("The 20th Century Fund paid for it.", set()),
        ("It grew in the 20th Century. Then it shrank.", {"the 20th Century"}),
        ("It grew in the 20th century Europe forgot.", {"the 20th century"}),
    ],
)
def test_a_century_in_a_name_is_not_a_timex(text: str, spans: set[str]) -> None:
    assert set(_plain(text)) == spans


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The vote will be at 10 a.m. on Friday.", "10 a.m.", "2020-01-17T10:00"),
        ("The quake struck at 5:12 a.m. on April 18, 1906.", "5:12 a.m.", "1906-04-18T05:12"),
    ],
)
def test_a_time_of_day_takes_the_date_it_is_given_with(text: str, span: str, value: str) -> None:
    assert _parsed(text, "2020-01-16")[span] == ("TIME", value)


def test_a_year_before_a_pronoun_dates_the_clause() -> None:
    text = "In 1906 it burned. By April 20 the city lay in ashes."
    assert _plain(text, "2016-04-18")["April 20"] == ("DATE", "1906-04-20")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "January nineteen ninety-seven. A bomb went off.",
            "January nineteen ninety-seven",
            "1997-01",
        ),
        (
            "Prices fell in the winter of nineteen ninety-four.",
            "the winter of nineteen ninety-four",
            "1994-WI",
        ),
    ],
)
def test_spoken_years_of_a_month_or_season_are_one_date(text: str, span: str, value: str) -> None:
    assert _plain(text, "1998-02-27")[span] == ("DATE", value)


def test_the_past_before_a_count_of_seasons_is_not_a_reference() -> None:
    assert "the past" not in _plain("Riots broke out over the past three summers.")
