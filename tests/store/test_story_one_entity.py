"""A wire's rewrite of a local report, the same day, names the place but not the local paper's
company or witness: one shared distinctive entity then counts (as two do any day), so the
rewrite joins the story when its words come close (cosine 0.225 with the entity's 0.075). Days
later, one shared name and a topic's words are not enough: that is how another event of the
same town reads. Texts written for these tests."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from store.texts import FILLER_TOPICS
from topline.store import Store, same_story
from topline.store.same_story import same_story as rule
from topline.store.stories import Clusterer

LOCAL = (
    "Two killed in Pentlow quarry explosion",
    "Two workers were killed on Monday when an explosion tore through a quarry outside Pentlow. "
    "Harlan Stone, which runs the quarry, said blasting had been suspended. Neighbour Mary Ellis "
    "said windows shook across the village.",
    Counter({"Pentlow": 2, "Harlan Stone": 1, "Mary Ellis": 1}),
)
WIRE = (
    "Blast at rural site leaves two dead",
    "A blast at a stone quarry in the north of the county killed two workers on Monday, "
    "emergency services said. Residents of Pentlow reported a loud bang and dust over the "
    "workings.",
    Counter({"Pentlow": 1, "Fire Service": 1}),
)


def _stories(tmp_path: Path, wire_day: int) -> tuple[str, str, float]:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        for i, words in enumerate(FILLER_TOPICS[:10]):
            c.assign(f"f{i}", f"{words} {words}.", words.title(), date(2025, 4, 1), Counter())
        title, text, names = LOCAL
        local = c.assign("local", text, title, date(2025, 4, 7), names)
        title, text, names = WIRE
        Clusterer.trace = []
        try:
            wire = c.assign("wire", text, title, date(2025, 4, wire_day), names)
            (scored,) = [s for s in Clusterer.trace if s.story_id == local.story_id]
        finally:
            Clusterer.trace = None
        return local.story_id, wire.story_id, scored.cos


def test_a_same_day_rewrite_naming_one_shared_entity_joins(tmp_path: Path) -> None:
    local, wire, cos = _stories(tmp_path, 7)
    assert 0.225 <= cos < 0.30  # text alone would not join
    assert wire == local


def test_days_later_one_shared_entity_is_not_enough(tmp_path: Path) -> None:
    local, wire, _ = _stories(tmp_path, 12)
    assert wire != local


def test_without_the_time_rule_the_rewrite_stays_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(same_story, "ONE_ENTITY_DAYS", None)
    monkeypatch.setattr(same_story, "FIRST_DAY_THRESHOLD", None)  # the time rule alone
    local, wire, _ = _stories(tmp_path, 7)
    assert wire != local


@pytest.mark.parametrize(
    ("cos", "gap", "kind", "joins"),
    [
        (0.23, 0, False, True),
        (0.23, 1, False, True),
        (0.23, 2, False, False),
        (0.23, None, False, False),  # undated
        (0.20, 0, False, False),  # 0.20 + 0.075 is short of 0.30
        (0.23, 0, True, False),  # a company's results are another event
    ],
)
def test_the_rule(cos: float, gap: int | None, kind: bool, joins: bool) -> None:
    assert rule(cos, 1, 2, True, other_kind=kind, gap_days=gap)[0] is joins
