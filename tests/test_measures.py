"""Units of measure for the Big number (:mod:`topline.brief.measures`): Pint's registry says
what a unit is; durations, dimensionless units, prefixes read into plain words and everyday
nouns Pint also knows are no measures."""

from __future__ import annotations

import pytest

from topline.brief.measures import unit_of_measure


@pytest.mark.parametrize(
    "word", ["tons", "tonnes", "miles", "feet", "inches", "km", "kilograms", "acres", "mph"]
)
def test_units_of_measure(word: str) -> None:
    assert unit_of_measure(word)


@pytest.mark.parametrize(
    "word",
    [
        "people",  # not a unit
        "hours",  # a duration: the timex module's
        "degrees",  # dimensionless
        "units",  # micro-"nits": a prefix read into a plain word
        "points",  # Pint's printer's point, a score in news
        "shots",
        "quarters",
        "Years",  # capitalised: a title ("12 Years a Slave")
    ],
)
def test_not_units_of_measure(word: str) -> None:
    assert not unit_of_measure(word)


def test_a_measure_reads_with_its_unit_and_what_it_measures() -> None:
    """ "more than 3 tons of food" is shown "more than 3 tons — food", not "more than 3 —
    tons"; a penalty's length shows where it is served."""
    from topline.analyze import analyze
    from topline.brief.bignumber import choose_big_number
    from topline.ingest import article_from_text
    from topline.render.brief import number_line

    def line(body: str) -> str | None:
        text = "A ship docked at the station on Sunday morning after a long flight.\n\n" + body
        big = choose_big_number(analyze(article_from_text(text)))
        return number_line(big) if big is not None else None

    assert line("It is carrying more than 3 tons of food, fuel and spare parts.") == (
        "more than 3 tons — food"
    )
    assert line("Its captain was sentenced to five years in prison.") == "five years — in prison"


def test_money_named_before_it_keeps_its_spans_in_text_order() -> None:
    from topline.analyze import analyze
    from topline.brief.bignumber import choose_big_number
    from topline.ingest import article_from_text
    from topline.render.brief import number_line

    text = (
        "Newcastle announced new shirts for next season on Monday.\n\n"
        "The club returned a club record profit of £18.7 million last week."
    )
    big = choose_big_number(analyze(article_from_text(text)))
    assert big is not None
    assert [s.start for s in big.spans] == sorted(s.start for s in big.spans)
    assert number_line(big) == "£18.7 million — club record profit"


def test_the_shipped_unit_table_is_what_the_installed_pint_reads() -> None:
    """``data/units_of_measure.txt`` is Pint's answer for every word it can read, computed
    ahead of time so no process builds Pint's registry; a Pint upgrade that reads a word
    otherwise fails here (regenerate with ``python -m topline.brief.unit_table``)."""
    from topline.brief.unit_table import TABLE, build, render

    assert TABLE.read_text(encoding="utf-8") == render(build())


def test_the_unit_table_agrees_with_pint_beyond_its_candidates() -> None:
    """Words outside the enumerated candidates (plain words, names, near-misses of units)
    are no units for Pint either, so the table misses nothing Pint would say."""
    from typing import Any

    import pint

    from topline.brief.unit_table import is_unit_by_pint

    registry: pint.UnitRegistry[Any] = pint.UnitRegistry()
    words = "tonnage milestone kilometre kilometres feets inchworm acreage mphs ounce ounces"
    for word in words.split():
        assert is_unit_by_pint(registry, word) == unit_of_measure(word), word
