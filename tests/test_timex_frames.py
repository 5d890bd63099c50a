"""A past passage inside news (issue 18): a date heading its sentence frames what follows,
so a dateless "March 10" in that passage is a day of the frame's year, not of the
publication's. Each passage was written for these tests."""

from __future__ import annotations

import pytest

from topline.analyze.timex import Convention, find_timexes
from topline.nlp import get_nlp

OPINION = (
    "This week the city council votes on a memorial to the occupation. In 2014, students "
    "occupied the central square for six weeks. On the night of March 10, police cleared the "
    "camp, and on March 12 the rector resigned. The council says the memorial is overdue."
)


def _values(text: str, anchor: str, convention: Convention = "auto") -> dict[str, str | None]:
    """Values by span text, with the clause tenses of the parse (a frame needs the past)."""
    found = find_timexes(get_nlp()(text), anchor, convention=convention)
    return {t.span.of(text): t.value for t in found}


def test_a_dateless_day_in_a_past_passage_takes_the_passages_year() -> None:
    got = _values(OPINION, "2019-11-18")
    assert got["March 10"] == "2014-03-10"  # was 2019-03-10, the nearest March 10
    assert got["March 12"] == "2014-03-12"
    assert got["This week"] == "2019-W47"  # the writer's present stays the publication's


@pytest.mark.parametrize(
    ("opener", "value"),
    [
        ("On May 3, 2011, the strike began.", "2011-06-02"),
        ("Back in the spring of 2011, the strike began.", "2011-06-02"),
        ("And by 2011 the strike had begun.", "2011-06-02"),
    ],
)
def test_dates_heading_a_sentence_open_a_frame(opener: str, value: str) -> None:
    text = f"The union meets today. {opener} The miners returned on June 2."
    assert _values(text, "2020-02-10")["June 2"] == value


def test_a_frame_also_dates_a_month_a_season_and_a_holiday() -> None:
    text = (
        "Officials said on Monday that the plant will reopen. In 2009, the plant flooded. "
        "Repairs began in April, stopped over the summer and ended on Christmas Eve."
    )
    got = _values(text, "2021-06-09")
    assert (got["April"], got["the summer"], got["Christmas Eve"]) == (
        "2009-04",
        "2009-SU",
        "2009-12-24",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The year only in background, not heading a sentence: news, read from publication.
        ("The treaty was signed in 1996. The minister said in March that talks resume.", "2019-03"),
        # A new paragraph leaves the frame.
        ("In 2014, students occupied the square.\n\nThe mayor met them in March.", "2019-03"),
        # The writer's present closes the frame.
        (
            "In 2014, students occupied the square. Last week the mayor met them in March.",
            "2019-03",
        ),
        # A clause in the future or present is not the past passage.
        ("In 2014, students occupied the square. The council will vote in March.", "2020-03"),
        # A recent year is no frame: the nearest March is the right one anyway.
        ("In 2019, students occupied the square. The mayor met them in March.", "2019-03"),
        # A figure or a clause before the year: not a date heading its sentence.
        ("About 300 left in 2014 after the vote. The mayor met them in March.", "2019-03"),
    ],
)
def test_no_frame_keeps_the_publication_reading(text: str, expected: str) -> None:
    # "Yesterday" makes the text news (a text with no present of its own is a narrative).
    assert _values("The council met yesterday. " + text, "2020-01-16")["March"] == expected


def test_a_weekday_in_a_frame_stays_with_the_publication_date() -> None:
    text = "In 2014, students occupied the square. The camp was cleared on Friday."
    assert _values(text, "2020-01-16")["Friday"] == "2020-01-10"


def test_the_publication_convention_ignores_frames() -> None:
    assert _values(OPINION, "2019-11-18", convention="publication")["March 10"] == "2019-03-10"


def test_a_season_sets_the_month_the_story_moves_on_from() -> None:
    text = (
        "The mill reopens today. In the fall of 2011, the mill's orders collapsed. "
        "By Jan. 9, most of its workers had been laid off, and in September they were back."
    )
    got = _values(text, "2020-03-02")
    assert got["Jan. 9"] == "2012-01-09"  # after the fall: the next January
    assert got["September"] == "2012-09"  # the story has moved on to 2012
