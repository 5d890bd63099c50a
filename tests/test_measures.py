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
