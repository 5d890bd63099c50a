"""Conflicts are flagged between figures that count one thing, not two things with one noun
(texts written for these tests): three outlets report a ferry fire on one day; two give
different numbers of injured passengers ("nine passengers were injured", "eleven passengers
were hurt": one synonym class) and a third the passengers on board ("was carrying 212
passengers"). The injured counts disagree; the 212 on board contradicts neither."""

from __future__ import annotations

from dataclasses import replace

import pytest

from topline.analyze import analyze_many
from topline.brief import make_brief
from topline.brief.story import StoryMember, story_brief
from topline.brief.story_sections import _happening, _same_happening
from topline.ingest import article_from_text
from topline.model import Quantity, Span, StoryBrief
from topline.render.story_brief import render_story_brief

FERRY = [
    (
        "Ferry fire: nine passengers injured",
        "Nine passengers were injured when fire broke out in the engine room of the Skerry "
        "Queen ferry off Rona Point on Tuesday, the coastguard said. The ferry was towed to "
        "Lanark harbour by a lifeboat.",
        "Coast Wire",
    ),
    (
        "Eleven hurt in ferry engine-room blaze",
        "Eleven passengers were hurt in an engine-room fire on the Skerry Queen near Rona Point "
        "on Tuesday. Isle Links said the crew put out the flames within an hour.",
        "Island News",
    ),
    (
        "Ferry with 212 on board catches fire",
        "The Skerry Queen was carrying 212 passengers when fire broke out in its engine room on "
        "Tuesday morning. Isle Links said all of them were brought ashore at Lanark.",
        "Harbour Radio",
    ),
]


@pytest.fixture(scope="module")
def brief() -> StoryBrief:
    articles = [
        replace(
            article_from_text(body, published="2025-06-03", title=title, source=f"f{i}"),
            outlet=outlet,
        )
        for i, (title, body, outlet) in enumerate(FERRY)
    ]
    members = [StoryMember(a, make_brief(a)) for a in analyze_many(articles)]
    return story_brief("ferry", members)


def test_the_injured_counts_conflict_and_the_passengers_on_board_do_not(
    brief: StoryBrief,
) -> None:
    number = brief.big_number
    assert number is not None
    given = {(r.outlet, number.value) for r in number.reports}
    given |= {(c.outlet, c.value) for c in number.conflicts}
    assert given == {("Island News", 11), ("Coast Wire", 9)}
    line = next(
        x for x in render_story_brief(brief, "md").splitlines() if x.startswith("**Big number")
    )
    assert "212" not in line and line.endswith("**(outlets disagree)**")


def _q(text: str, figure: str, verb: str | None) -> tuple[str, Quantity]:
    start = text.index(figure)
    return text, Quantity(Span(start, start + len(figure)), 1.0, verb=verb)


def test_what_happened_is_the_verb_or_else_the_clause() -> None:
    assert _happening(*_q("12 miners were killed", "12", "killed")) == _happening(
        *_q("15 died", "15", "died")
    )
    # a verb that only states the figure: the clause tells what happened
    known = _happening(*_q("14 passengers are now known to have been injured", "14", "known"))
    assert known == _happening(*_q("9 hurt", "9", "hurt"))
    # nothing but the figure: it can agree or disagree with any count of the same thing
    assert _happening(*_q("The toll rose to 15 in the blaze.", "15", "rose")) == frozenset()
    carrying = _happening(*_q("carrying 212 passengers", "212", "carrying"))
    assert not _same_happening(known, carrying)
    assert _same_happening(frozenset(), carrying)
