"""Temporal expressions: spans, TimeML types and values resolved against the publication date."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.analyze.timex import parse_anchor, tag_text
from topline.ingest import article_from_text
from topline.model import Analysis, Timex

ANCHOR = "2020-01-16"  # a Thursday


@pytest.fixture(scope="module")
def seed_analysis(seed_text: str) -> Analysis:
    return analyze(article_from_text(seed_text, published=ANCHOR))


def _find(analysis: Analysis, phrase: str) -> Timex:
    text = analysis.article.text
    at = text.index(phrase)
    for t in analysis.timexes:
        assert text[t.span.start : t.span.end] == t.span.of(text)
        if t.span.start < at + len(phrase) and at < t.span.end:
            return t
    raise AssertionError(f"no timex over {phrase!r}")


def _one(text: str, anchor: str | None = ANCHOR) -> tuple[str, str, str | None]:
    found = tag_text(text, anchor)
    assert len(found) == 1, found
    t = found[0]
    return text[t.span.start : t.span.end], t.type, t.value


def test_seed_wednesday_is_the_day_before_publication(seed_analysis: Analysis) -> None:
    t = _find(seed_analysis, "said Wednesday")
    assert (t.type, t.value, t.anchor) == ("DATE", "2020-01-15", ANCHOR)


def test_seed_january_10_takes_the_publication_year(seed_analysis: Analysis) -> None:
    assert _find(seed_analysis, "January 10").value == "2020-01-10"


def test_seed_two_weeks_ago_is_the_first_week_of_2020(seed_analysis: Analysis) -> None:
    t = _find(seed_analysis, "two weeks ago")
    assert t.value in {"2020-W01", "2020-01-02"}
    assert "two weeks ago" in seed_analysis.article.text[t.span.start : t.span.end]


def test_seed_since_2014_is_the_year_without_the_preposition(seed_analysis: Analysis) -> None:
    t = _find(seed_analysis, "Since 2014")
    assert seed_analysis.article.text[t.span.start : t.span.end] == "2014"
    assert t.value == "2014"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spoke Monday morning.", ("Monday morning", "TIME", "2020-01-13TMO")),
        ("It grew over the past year.", ("the past year", "DATE", "2019")),
        ("They meet every week.", ("every week", "SET", "P1W")),
        ("The war lasted three years.", ("three years", "DURATION", "P3Y")),
        ("Sales fell last year.", ("last year", "DATE", "2019")),
        ("He is now in charge.", ("now", "DATE", "PRESENT_REF")),
        ("She recently left.", ("recently", "DATE", "PAST_REF")),
        ("The deal closed on Jan. 8, 1998.", ("Jan. 8, 1998", "DATE", "1998-01-08")),
        ("Profit rose in the third quarter.", ("the third quarter", "DATE", "2019-Q3")),
        ("Prices peaked in the 1990s.", ("the 1990s", "DATE", "199")),
        (
            "The vote is set for 10:30 a.m. Tuesday.",
            ("10:30 a.m. Tuesday", "TIME", "2020-01-14T10:30"),
        ),
        ("It happened yesterday.", ("yesterday", "DATE", "2020-01-15")),
        ("The law took effect in March 2019.", ("March 2019", "DATE", "2019-03")),
        ("It rained last week.", ("last week", "DATE", "2020-W02")),
        ("He earns $5 million a year.", ("a year", "SET", "P1Y")),
        ("The talks lasted about 16 hours.", ("16 hours", "DURATION", "PT16H")),
        ("It hit a five-year low.", ("five-year", "DURATION", "P5Y")),
        ("We left on Christmas Eve.", ("Christmas Eve", "DATE", "2019-12-24")),
        ("It was signed on 1/16/2020.", ("1/16/2020", "DATE", "2020-01-16")),
        ("Revenue in Q4 2019 rose.", ("Q4 2019", "DATE", "2019-Q4")),
        ("He came in nineteen ninety-six.", ("nineteen ninety-six", "DATE", "1996")),
        ("Prices rose in the nineties.", ("the nineties", "DATE", "199")),
        ("More cuts are likely in the coming weeks.", ("the coming weeks", "DURATION", "PXW")),
    ],
)
def test_expressions_get_timeml_values(text: str, expected: tuple[str, str, str]) -> None:
    assert _one(text) == expected


def test_future_tense_moves_a_bare_weekday_forward() -> None:
    analysis = analyze(
        article_from_text("The council will vote Friday on the budget.", published=ANCHOR)
    )
    (t,) = analysis.timexes
    assert t.value == "2020-01-17"


def test_next_weekday_is_after_the_anchor() -> None:
    assert _one("They meet next Monday.")[2] == "2020-01-20"


def test_month_day_picks_the_nearest_year_in_a_january_article() -> None:
    assert _one("He died on Dec. 20.")[2] == "2019-12-20"


def test_without_anchor_relative_expressions_stay_unresolved() -> None:
    found = tag_text("He left Wednesday, two weeks ago, after three years.", None)
    values = {t.span.of("He left Wednesday, two weeks ago, after three years."): t for t in found}
    assert values["Wednesday"].value is None
    assert values["two weeks ago"].value is None
    assert values["Wednesday"].anchor is None
    assert values["three years"].value == "P3Y"  # a duration needs no anchor


def test_absolute_dates_resolve_without_anchor() -> None:
    assert _one("It opened on January 10, 2020.", None)[2] == "2020-01-10"


def test_ages_and_counts_are_not_timexes() -> None:
    assert tag_text("A 45-year-old man and 2000 people were there.", ANCHOR) == ()


def test_fractions_and_ordinals_are_not_durations() -> None:
    assert tag_text("He sold more than a quarter of the shares.", ANCHOR) == ()
    assert tag_text("She won a second term.", ANCHOR) == ()


def test_may_as_a_modal_is_not_a_month() -> None:
    assert tag_text("May I ask you something?", ANCHOR) == ()
    passed = analyze(article_from_text("The law passed in May.", published=ANCHOR))
    assert [t.value for t in passed.timexes] == ["2019-05"]  # past tense: the May gone


def test_anchor_accepts_feed_dates() -> None:
    moment, has_time = parse_anchor("Thu, 16 Jan 2020 10:00:00 GMT")
    assert moment is not None and moment.date().isoformat() == ANCHOR and has_time
    assert parse_anchor("not a date") == (None, False)


def test_extract_json_says_unresolved_without_published(seed_text: str) -> None:
    analysis = analyze(article_from_text(seed_text))
    wednesday = _find(analysis, "said Wednesday")
    assert wednesday.value is None and wednesday.anchor is None
