"""A later article that updates a figure in other words is shown as the update, with its
outlet and day (texts written for these tests): two outlets report six climbers injured in
an avalanche on a Saturday; on the Monday one of them reports that nine climbers "have now
been treated for injuries", and another that the number hurt "has risen to" ten. Neither is
a conflict between outlets (the count grew); the Big number keeps the figure two outlets gave
and adds the latest update, dated. A later figure for another happening ("two climbers have
now died of their injuries") updates nothing, and one without an update word stays what it
was.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from topline.analyze import analyze_many
from topline.brief import make_brief
from topline.brief.story import StoryMember, story_brief
from topline.brief.story_sections import _counted_happening, _updates
from topline.ingest import article_from_text
from topline.model import Quantity, Span, StoryBrief, join_pieces
from topline.render.story_brief import render_story_brief, update_line

SATURDAY = "2025-02-08"
MONDAY = "2025-02-10"
FIRST = [
    (
        "Avalanche injures six climbers on Ben Corran",
        "Six climbers were injured when an avalanche swept down a gully on Ben Corran on "
        "Saturday, the mountain rescue team said. Two of them were flown to hospital in Fort "
        "Ardair.",
        "Mountain Post",
        SATURDAY,
    ),
    (
        "Six hurt as snow slab hits climbing party",
        "Six climbers were hurt when a slab of snow broke away above them on Ben Corran on "
        "Saturday afternoon. Rescuers reached the party within an hour.",
        "Highland Wire",
        SATURDAY,
    ),
]
TREATED = (
    "More climbers treated after Ben Corran avalanche",
    "Nine climbers have now been treated for injuries after Saturday's avalanche on Ben Corran, "
    "the health board said on Monday. Three of them had dug out the others before rescuers "
    "arrived.",
    "Mountain Post",
    MONDAY,
)
DIED = (
    "Two climbers die after Ben Corran avalanche",
    "Two climbers have now died of their injuries after Saturday's avalanche on Ben Corran, "
    "the health board said on Monday.",
    "Glen Times",
    MONDAY,
)


def _brief(extra: list[tuple[str, str, str, str]]) -> StoryBrief:
    return _members_brief(extra)[0]


def _members_brief(extra: list[tuple[str, str, str, str]]) -> tuple[StoryBrief, dict[str, str]]:
    articles = [
        replace(
            article_from_text(body, published=day, title=title, source=f"a{i}"),
            outlet=outlet,
        )
        for i, (title, body, outlet, day) in enumerate([*FIRST, *extra])
    ]
    members = [StoryMember(a, make_brief(a)) for a in analyze_many(articles)]
    return story_brief("avalanche", members), {m.id: m.text for m in members}


def _line(brief: StoryBrief) -> str:
    md = render_story_brief(brief, "md")
    return next(x for x in md.splitlines() if x.startswith("**Big number"))


@pytest.fixture(scope="module")
def treated_texts() -> tuple[StoryBrief, dict[str, str]]:
    return _members_brief([TREATED])


@pytest.fixture(scope="module")
def treated(treated_texts: tuple[StoryBrief, dict[str, str]]) -> StoryBrief:
    return treated_texts[0]


def test_a_later_figure_in_other_words_is_the_update(treated: StoryBrief) -> None:
    number = treated.big_number
    assert number is not None
    assert number.value == 6
    assert {r.outlet for r in number.reports} == {"Mountain Post", "Highland Wire"}
    assert number.update is not None
    assert (number.update.value, number.update.outlet) == (9, "Mountain Post")
    assert number.update.published == MONDAY
    assert not number.conflicts  # the count grew; the outlets do not disagree
    line = _line(treated)
    assert "updated 10 Feb 2025: Nine climbers (Mountain Post)" in line
    assert "outlets disagree" not in line


def test_the_update_is_grounded(treated_texts: tuple[StoryBrief, dict[str, str]]) -> None:
    brief, texts = treated_texts
    update = brief.big_number.update if brief.big_number else None
    assert update is not None
    assert {s.article_id for s in update.spans} == {update.article_id}
    text = texts[update.article_id]
    assert update.text == join_pieces(text[s.start : s.end] for s in update.spans)


def test_another_happening_updates_nothing() -> None:
    number = _brief([DIED]).big_number
    assert number is not None
    assert number.update is None
    assert not number.conflicts


def _q(text: str, figure: str, counts: str, verb: str) -> Quantity:
    start, c = text.index(figure), text.index(counts)
    return Quantity(
        Span(start, start + len(figure)),
        1.0,
        counts=counts,
        counts_span=Span(c, c + len(counts)),
        verb=verb,
    )


def test_update_needs_an_update_word_and_the_same_happening() -> None:
    shown_text = "Six climbers were injured in the avalanche."
    shown = _q(shown_text, "Six", "climbers", "injured")
    assert _counted_happening(shown_text, shown) == {"injur"}

    def updates(text: str, figure: str, verb: str) -> bool:
        return _updates(shown_text, shown, text, _q(text, figure, "climbers", verb))

    assert updates("Nine climbers have now been treated for injuries.", "Nine", "treated")
    assert updates("The number of climbers hurt has risen to ten.", "ten", "risen")
    assert not updates("Nine climbers were treated for injuries.", "Nine", "treated")
    assert not updates("Two climbers have now died of their injuries.", "Two", "died")
    assert not updates("Forty climbers have now left the mountain.", "Forty", "left")


def test_update_line_reads_the_page_json_too() -> None:
    figure = {"text": "Nine climbers", "outlet": "Mountain Post", "published": MONDAY}
    assert update_line(figure) == " · updated 10 Feb 2025: Nine climbers (Mountain Post)"
    assert update_line(None) == ""
