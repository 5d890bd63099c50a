"""Issue 18, fourth pass: date classes kept after the odd/even check on TempEval-3.

Every sentence here was written for the tests. The comparison rule reads sentence bounds
from the parse, so those tests run the full analysis; the grammar rules run on plain text.
"""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.analyze.timex import tag_text
from topline.ingest import article_from_text

THURSDAY = "2021-10-28"


def _parsed(text: str, published: str = THURSDAY) -> dict[str, tuple[str, str | None]]:
    analysis = analyze(article_from_text(text, published=published))
    return {t.span.of(text): (t.type, t.value) for t in analysis.timexes}


def _plain(text: str, published: str = THURSDAY) -> dict[str, tuple[str, str | None]]:
    return {t.span.of(text): (t.type, t.value) for t in tag_text(text, published)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # The quarter is named sentences before; the figures compared are the quarter's.
        (
            "Harbor Mills posted a third-quarter profit of $8 million. The mill in Ohio ran "
            "at full speed. Prices held. Sales rose to $90 million from $71 million last year.",
            "last year",
            "2020-Q3",
        ),
        (
            "Orchard Foods lost $2 million in the second quarter. Its chief executive "
            "resigned. A new one starts in March. Revenue slipped to $40 million, compared with $44 million a year earlier.",
            "a year earlier",
            "2020-Q2",
        ),
        (
            "Pell Tools earned $3 million in the third quarter. The company makes drills. "
            "It has two plants. Year-earlier results included a gain of $1 million.",
            "Year-earlier",
            "2020-Q3",
        ),
        # The figure may follow the expression.
        (
            "Lark Brewing earned $30 million in the third quarter. Its beer sells in ten "
            "states. Third-period sales were $210 million, up from last year's $190 million.",
            "last year",
            "2020-Q3",
        ),
        # "the 1988 period" names the report's period by its year: the quarter of that year.
        (
            "Dune Paper lost $4 million in the fourth quarter. Its mills were idle for weeks. "
            "Prices of pulp fell. In the 2020 period, it had earned $6 million.",
            "the 2020 period",
            "2020-Q4",
        ),
    ],
)
def test_a_year_ago_closing_a_comparison_is_the_reported_quarter(
    text: str, span: str, value: str
) -> None:
    assert _parsed(text)[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # The last period named is a year or nine months: the comparison is not the quarter.
        (
            "Harbor Mills posted a third-quarter profit of $8 million. For the full year it "
            "expects earnings of $4 a share, up from last year's $3.10 a share.",
            "last year",
            "2020",
        ),
        (
            "Orchard Foods lost $2 million in the second quarter. Net income for the year "
            "ended Aug. 31 was $5 million, down from $9 million last year.",
            "last year",
            "2020",
        ),
        # No figures compared: "last year" is the calendar year, quarter or not.
        (
            "Pell Tools earned $3 million in the third quarter. Its founder retired last year.",
            "last year",
            "2020",
        ),
        # "more than 2,000" bounds a count; it compares nothing with last year.
        (
            "Pell Tools earned $3 million in the third quarter. More than 2,000 workers "
            "joined the union last year.",
            "last year",
            "2020",
        ),
        # No quarter anywhere before it.
        ("Sales rose to $90 million from $71 million last year.", "last year", "2020"),
    ],
)
def test_a_year_ago_stays_a_year_when_the_period_is_not_a_quarter(
    text: str, span: str, value: str
) -> None:
    assert _parsed(text)[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Traders blamed the current slump in copper.", {"current"}),
        ("The ferry sails daily, up from the current three crossings a week.", {"current"}),
        ("The board kept its current chairman.", {"current"}),
        # Accounting and physics terms are not temporal.
        ("Current assets rose to $4 million.", set()),
        ("The country's current account deficit widened.", set()),
        ("An electric current flows through the wire.", set()),
        # "currently" and "the current year" keep their own rules.
        ("The plant currently employs 300.", {"currently"}),
    ],
)
def test_current_before_a_noun_is_the_present(text: str, spans: set[str]) -> None:
    got = _plain(text)
    assert {s for s in got if "current" in s.lower()} == spans
    for span in spans:
        assert got[span] == ("DATE", "PRESENT_REF")


def test_the_current_year_is_still_a_date() -> None:
    assert _plain("Output will grow in the current year.")["the current year"] == ("DATE", "2021")
