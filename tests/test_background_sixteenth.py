"""Key background dated by the point a figure is compared with (sixteenth session,
editorial lane): "Kasich was at 25 percent, up eight points from March" tells today's
figure; March is the point compared with, no earlier event. Texts written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from topline.brief.background_rules import no_earlier_time

_PUBLISHED = dt.date(2016, 5, 1)


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        (
            "Ruiz was at 31 percent in the latest county poll, up six points from February.",
            "up six points from February",
        ),
        (
            "Vance drew 40 percent of likely voters, a five-point drop from late March.",
            "five-point drop from late March",
        ),
        (
            "Her approval has climbed, going from 38 percent on March 2 to 44 percent on April 28.",
            "from 38 percent on March 2",
        ),
        (
            "Her lead over Vance narrowed from February's 11-point gap to 6 points.",
            "from February's 11-point gap to 6",
        ),
        (
            "In the year-earlier quarter, the bakery chain had net income of $4.1 million.",
            "In the year-earlier quarter",
        ),
        (
            "Net was $12 million, compared with a loss of $3 million in the 2015 period.",
            "in the 2015 period",
        ),
        (
            "Sales rose 9% to $80 million, from $73.4 million, or 61 cents a share, a year "
            "earlier.",
            "from $73.4 million, or 61 cents a share, a year earlier",
        ),
        ("The mayor's lead is down 3 percentage points since January.", None),
    ],
)
def test_a_change_measured_from_a_point_is_no_earlier_time(
    sentence: str, point: str | None
) -> None:
    found = [sentence[a:b] for a, b in no_earlier_time(sentence, _PUBLISHED)]
    if point is None:
        assert any("since January" in f for f in found)
    else:
        assert point in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The family moved from Ohio in March 2009 and opened a bakery in Ashby.",
        "The council was up against a deadline in March, when the levy failed.",
        "Shares rose from their low in 2009 as the firm recovered.",
        "The chain opened its first bakery in 2009, a year after the crash.",
    ],
)
def test_a_time_of_the_sentences_own_event_stays(sentence: str) -> None:
    assert not any(
        "2009" in sentence[a:b] or "March" in sentence[a:b]
        for a, b in no_earlier_time(sentence, _PUBLISHED)
    )
