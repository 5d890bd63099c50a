"""A report of the story's happening in other words, within a news cycle, joins it
(``stories.SAME_KIND_DAYS``; texts written for the tests, entities given, no spaCy): a wire's
nameless rewrite ("Thieves take Roman silver from seaside gallery") the day after a local
report ("Rare coins stolen from Aldwick Museum") shares few words and no name, but tells a
theft as the story does. It stays apart with the rule off, three days later (no longer the
first hours' rewrite), and when it tells another kind of happening (a fire at a museum).
The story keeps the kinds its members' ledes name (``stories.LEDE_KINDS``), in memory and on
disk: "Main road shut for hours" names the consequence, its lede the overturned lorry, and a
wire's "Tipper truck crash causes long delays" joins it. The day counts from the story's
first article: another fire's nameless report on the day of a boatyard fire's follow-up
stays apart.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from store.test_story_headlines import _fill
from store.test_story_other_event import BOATYARD, _analysis, _names
from topline.store import Store, same_story, stories
from topline.store.same_story import TEXT_THRESHOLD
from topline.store.stories import Clusterer, lede_clues

TUESDAY = date(2025, 11, 4)
LOCAL = (
    "Rare coins stolen from Aldwick Museum",
    "Forty Roman coins were stolen from Aldwick Museum on Monday night after a window at the "
    "back of the building was forced. Curator Helen Marsh said the hoard had been found by a "
    "farmer in 1974.",
)
WIRE = (
    "Thieves take Roman silver from seaside gallery",
    "Thieves broke into a small museum on the coast overnight and took forty Roman coins from "
    "a display case, police said. Officers are checking cameras on the seafront.",
)
FIRE = (
    "Blaze at seaside gallery",
    "Flames broke out at a small museum on the coast overnight and destroyed forty Roman coins "
    "in a display case, police said. Officers are checking cameras on the seafront.",
)


def _joins(tmp_path: Path, later: tuple[str, str], days: int) -> tuple[bool, float]:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        _fill(c, TUESDAY - timedelta(days=20))
        one = _analysis(*LOCAL, TUESDAY)
        story = c.assign("a", one.article.text, LOCAL[0], TUESDAY, _names(one)).story_id
        day = TUESDAY + timedelta(days=days)
        two = _analysis(*later, day)
        joined = c.assign("b", two.article.text, later[0], day, Counter(), clues=lede_clues(two))
        return joined.story_id == story, joined.similarity


def test_a_rewrite_telling_the_same_happening_joins(tmp_path: Path) -> None:
    joined, similarity = _joins(tmp_path, WIRE, 1)
    assert joined
    assert similarity < TEXT_THRESHOLD  # the words alone would not do


@pytest.mark.parametrize(
    ("later", "days", "rule"),
    [(WIRE, 1, None), (WIRE, 3, 1), (FIRE, 1, 1)],
    ids=["rule off", "three days later", "another kind"],
)
def test_otherwise_it_stays_apart(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    later: tuple[str, str],
    days: int,
    rule: int | None,
) -> None:
    monkeypatch.setattr(stories, "SAME_KIND_DAYS", rule)
    assert not _joins(tmp_path, later, days)[0]


ROAD = (
    "Main road shut for hours at Tarrant Bridge",
    "A lorry overturned on the A39 at Tarrant Bridge on Tuesday morning, spilling its load of "
    "gravel across both lanes. Drivers were sent on a twenty-mile detour.",
)
ROAD_WIRE = (
    "Tipper truck crash causes long delays",
    "A tipper truck crashed on a country road, police said, spilling gravel across both lanes. "
    "Drivers were sent on a detour.",
)


def _road_joins(tmp_path: Path, reopen: bool) -> bool:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        _fill(c, TUESDAY - timedelta(days=20))
        one = _analysis(*ROAD, TUESDAY)
        story = c.assign(
            "a", one.article.text, ROAD[0], TUESDAY, _names(one), clues=lede_clues(one)
        ).story_id
        if reopen:  # the story read back from disk, as another process would
            c.save(store.conn, "2025-11-04T12:00:00")
            c = Clusterer(store.conn)
        two = _analysis(*ROAD_WIRE, TUESDAY)
        joined = c.assign(
            "b", two.article.text, ROAD_WIRE[0], TUESDAY, Counter(), clues=lede_clues(two)
        )
        return joined.story_id == story


@pytest.mark.parametrize("reopen", [False, True], ids=["in memory", "read back"])
def test_the_story_keeps_the_kind_its_lede_names(tmp_path: Path, reopen: bool) -> None:
    # the first report's headline names the consequence, its lede the crash
    assert _road_joins(tmp_path, reopen)


def test_without_the_ledes_kinds_the_rewrite_stays_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stories, "LEDE_KINDS", False)
    monkeypatch.setattr(same_story, "FIRST_DAY_THRESHOLD", None)  # the kinds alone
    assert not _road_joins(tmp_path, False)


REBUILD = (
    "Yard owner vows to rebuild",
    "Jim Kellow said on Thursday that he would rebuild the Kellow Marine yard in Penmarrow "
    "within a year. Insurers have begun counting the cost.",
)
POOL_WIRE = (
    "Swimmers flee as blaze hits leisure centre",
    "Swimmers were led out of a leisure centre in a Cornish harbour town on Thursday night "
    "after a fire broke out in its plant room. The fire and rescue service sent five crews. "
    "The damage would run to thousands of pounds, the manager said.",
)


def test_another_fire_on_a_follow_ups_day_stays_apart(tmp_path: Path) -> None:
    """The rewrite's window runs from the story's first day, not from its latest article: a
    boatyard fire's follow-up on Thursday does not open the story to another fire's nameless
    report that day."""
    monday = TUESDAY - timedelta(days=1)
    thursday = monday + timedelta(days=3)
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        _fill(c, monday - timedelta(days=20))
        one = _analysis(*BOATYARD, monday)
        story = c.assign(
            "a", one.article.text, BOATYARD[0], monday, _names(one), clues=lede_clues(one)
        ).story_id
        two = _analysis(*REBUILD, thursday)
        follow = c.assign(
            "b", two.article.text, REBUILD[0], thursday, _names(two), clues=lede_clues(two)
        )
        assert follow.story_id == story
        three = _analysis(*POOL_WIRE, thursday)
        other = c.assign(
            "c", three.article.text, POOL_WIRE[0], thursday, Counter(), clues=lede_clues(three)
        )
        assert other.story_id != story
