"""Which article gives a story brief its Topline: the latest development, told as news
(texts and outlets invented for these tests)."""

from __future__ import annotations

from dataclasses import replace

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.story import StoryMember, story_brief
from topline.ingest import article_from_text

FIRST = (
    "The Carrick Island ferry ran aground on a sandbank off Port Wenlow on Sunday evening "
    "with 140 passengers on board, the coastguard said.\n\n"
    "Nobody was hurt, and the passengers were taken off by lifeboat crews within three "
    "hours.\n\n"
    "The Northsound Ferry Company said the vessel would be towed to Wenlow harbour.\n\n"
    "The crossing normally takes forty minutes."
)
#: The next day's news report: its lede says what happened and when.
NEWS = (
    "Investigators said on Monday that the steering of the Carrick Island ferry had failed "
    "minutes before it ran aground off Port Wenlow.\n\n"
    "The Marine Accident Branch said it had taken the ship's data recorder and would "
    "question the crew this week.\n\n"
    "The Northsound Ferry Company has cancelled all crossings to the island until Friday.\n\n"
    "Islanders said they would rely on a fishing boat for supplies."
)
#: The same day's feature: it opens on a scene and never says when anything happened.
FEATURE = (
    "Standing on the slipway in a borrowed coat, Ailsa Munro watched the grey hull of the "
    "ferry lean against the sandbank like a tired animal.\n\n"
    "She had crossed to the mainland on it every week for thirty years, she said, and had "
    "never seen the sea so calm.\n\n"
    "Around her, islanders carried boxes of bread and milk from a fishing boat that had "
    "become their only link to the shops.\n\n"
    "The island's school has closed until the crossings resume."
)
#: A column of the same day: its Topline is the writer's argument.
COLUMN = (
    "The Northsound Ferry Company should lose its contract to run the island's crossings, "
    "and the council should say so this week.\n\n"
    "Its ships are old, its timetable is a joke and its apologies are worth nothing to "
    "people who cannot get to hospital.\n\n"
    "Other islands are served by boats half the age of the Carrick ferry.\n\n"
    "It is time the council found an operator that islanders can trust."
)


def _member(text: str, outlet: str, day: str, title: str) -> StoryMember:
    article = replace(article_from_text(text, published=day, title=title), outlet=outlet)
    analysis = analyze(article)
    return StoryMember(analysis, make_brief(analysis))


def test_of_the_latest_days_reports_the_topline_is_the_one_that_says_when() -> None:
    members = [
        _member(FIRST, "Harbor Daily", "2025-03-02", "Island ferry runs aground"),
        _member(NEWS, "Lakeside Wire", "2025-03-03", "Ferry's steering failed, inquiry says"),
        # Received last: the old rule took the last article of the latest day.
        _member(FEATURE, "Coast Tribune", "2025-03-03", "An island waits for its ferry"),
    ]
    assert members[2].brief.topline is not None
    assert "slipway" in members[2].brief.topline.text  # the feature's own Topline: its scene
    brief = story_brief("ferry", members)
    assert brief.topline is not None
    assert "steering" in brief.topline.text
    assert [r.outlet for r in brief.topline.reports] == ["Lakeside Wire"]


def test_a_column_is_not_the_latest_development() -> None:
    members = [
        _member(FIRST, "Harbor Daily", "2025-03-02", "Island ferry runs aground"),
        _member(NEWS, "Lakeside Wire", "2025-03-03", "Ferry's steering failed, inquiry says"),
        _member(
            COLUMN, "Coast Tribune", "2025-03-04", "Opinion: It is time to sack the ferry firm"
        ),
    ]
    assert members[2].brief.page_kind == "opinion"
    brief = story_brief("ferry", members)
    assert brief.topline is not None
    assert "steering" in brief.topline.text


def test_a_column_alone_still_gives_a_topline() -> None:
    members = [
        _member(
            COLUMN, "Coast Tribune", "2025-03-04", "Opinion: It is time to sack the ferry firm"
        ),
        _member(FEATURE, "Coast Tribune", "2025-03-04", "An island waits for its ferry"),
    ]
    brief = story_brief("ferry", members)
    assert brief.topline is not None
    assert "slipway" in brief.topline.text  # the news page, though it is a feature


def test_a_columns_argument_is_no_key_fact() -> None:
    members = [
        _member(FIRST, "Harbor Daily", "2025-03-02", "Island ferry runs aground"),
        _member(
            COLUMN, "Coast Tribune", "2025-03-04", "Opinion: It is time to sack the ferry firm"
        ),
    ]
    brief = story_brief("ferry", members)
    shown = [brief.topline.text if brief.topline else "", *(f.text for f in brief.facts)]
    assert not any("contract" in t or "timetable is a joke" in t for t in shown)
    assert any("ran aground" in t for t in shown)
