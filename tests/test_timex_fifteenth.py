"""Narrative-time classes of the fifteenth session (#18), left over from the fourteenth:

* a range of dates ("from X to Y") names a stretch; a dateless month, day or season told after it is the first
  one inside the stretch, from its start ("besieged from 8 September 1941 to 27 January 1944.
  In late November …" is November 1941), and the one after its end only when none lies inside;
  an anaphoric step ("the following year") still counts from the end;
* a bare weekday told in the past inside a frame whose reference is a day far back is a day of
  that story's week, read forward from the reference (back in the past perfect), not the
  weekday before the publication date; a sentence that reports a saying, a reference known
  only to the year and a news present keep the publication date.

Each passage is written for the rule; each positive assertion fails on the code before it,
each negative one passes on both.
"""

from __future__ import annotations

import pytest

from topline.analyze.timex import find_timexes
from topline.nlp import get_nlp

PUBLISHED = "2024-05-01"


def _values(text: str, anchor: str = PUBLISHED) -> dict[str, str | None]:
    """With the clause's tense read from the parse, as the pipeline reads it."""
    return {t.span.of(text): t.value for t in find_timexes(get_nlp()(text), anchor)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The city was besieged from 8 September 1941 to 27 January 1944. In late November "
            "the bread ration fell to a third of a pound.",
            "late November",
            "1941-11",
        ),
        (
            "The lockout lasted from March 1897 to February 1899. In June the first strikers "
            "were evicted from company houses.",
            "June",
            "1897-06",
        ),
        (
            "The expedition was held in the ice from October 1872 to May 1874. On 12 December "
            "a fire destroyed half the stores.",
            "12 December",
            "1872-12-12",
        ),
        (
            "The dig ran from 1921 to 1923. In the spring the team found the west gate.",
            "the spring",
            "1921-SP",
        ),
    ],
)
def test_a_dateless_date_after_a_range_falls_inside_it(text: str, span: str, value: str) -> None:
    assert _values(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            # No August lies inside the stretch: the one after its end.
            "The strike ran from 3 March to 12 May 1926. In August the miners went back "
            "underground.",
            "August",
            "1926-08",
        ),
        (
            # "until" never moved the reference (a stretch's bound): the stretch agrees.
            "The mill made uniforms for the army from 1861 until 1865. In April the owners "
            "doubled the night shift.",
            "April",
            "1861-04",
        ),
        (
            # An anaphoric step counts from the end of the stretch.
            "The siege lasted from 1941 to 1944. The following year the city was rebuilt.",
            "The following year",
            "1945",
        ),
        (
            # News: a range near the publication date leaves Friday to the publication.
            "The exhibition runs from May 3 to June 30. On Friday the museum opened a new wing.",
            "Friday",
            "2024-04-26",
        ),
        (
            # A present-tense clause speaks from the writer's present.
            "The ferry ran from 1950 to 1962. Since then, the crossing has been made by bridge. "
            "In June a new timetable starts.",
            "June",
            "2024-06",
        ),
    ],
)
def test_after_a_range_other_dates_keep_their_reading(text: str, span: str, value: str) -> None:
    assert _values(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "On March 4, 1958, the plant opened. On Thursday the first cars left the line.",
            "Thursday",
            "1958-03-06",
        ),
        (
            "On Saturday, Feb. 5, 1921, the river rose over the levee. By Monday the lower town "
            "was under water.",
            "Monday",
            "1921-02-07",
        ),
        (
            "Fifty-five years ago, on July 20, 1969, the crew landed. On Thursday they splashed "
            "down in the Pacific.",
            "Thursday",
            "1969-07-24",
        ),
        (
            # Told in the past perfect: before the reference (June 3, 1889 was a Monday).
            "On June 3, 1889, the dam gave way. The engineers had warned the club on Friday.",
            "Friday",
            "1889-05-31",
        ),
    ],
)
def test_a_weekday_in_a_far_past_frame_is_the_storys(text: str, span: str, value: str) -> None:
    assert _values(text)[span] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            # A saying is the news's present.
            "On Aug. 2, 1990, Iraq invaded Kuwait. On Tuesday, the president said the "
            "anniversary would pass quietly.",
            "Tuesday",
            "2024-04-30",
        ),
        (
            # A reference known only to the year names no week.
            "In 2014, students occupied the square. On Sunday, police cleared the camp.",
            "Sunday",
            "2024-04-28",
        ),
        (
            # A frame near the publication date is news.
            "On March 4, 2024, the council met. On Friday it voted.",
            "Friday",
            "2024-04-26",
        ),
        (
            # A present clause looks ahead from the publication.
            "On March 4, 1958, the plant opened. On Thursday the museum hosts a reunion of its "
            "workers.",
            "Thursday",
            "2024-05-02",
        ),
        (
            # "Last week" ends the frame: the writer's present.
            "On March 4, 1958, the plant opened. Last week its owners sold it. On Thursday the "
            "last cars left the line.",
            "Thursday",
            "2024-04-25",
        ),
    ],
)
def test_other_weekdays_keep_the_publication_date(text: str, span: str, value: str) -> None:
    assert _values(text)[span] == value
