"""The first day's threshold (``same_story.FIRST_DAY_THRESHOLD``): another outlet's report of
the same happening on the day of the story's first article, in mostly its own words, joins
on its words alone; the same words two days later do not (a later day's report must be
closer, or share names or a headline word), nor does another happening on the city's roads
(texts written for the test; no entities, no spaCy)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from store.test_story_headlines import _fill
from topline.store import Store, same_story
from topline.store.same_story import FIRST_DAY_THRESHOLD, TEXT_THRESHOLD
from topline.store.stories import Clusterer

FIRST = (
    "Lorry sheds load of gravel across ring road",
    "A tipper lorry shed twenty tonnes of gravel across the eastbound ring road on Tuesday "
    "morning, closing two lanes for five hours while crews swept the carriageway. Nobody was "
    "hurt. Drivers queued back to the retail park and buses were diverted.",
)
REWRITE = (
    "Tipper spill snarls commute",
    "Commuters faced long delays after gravel spilled from a truck on the ring road. "
    "Highway workers spent the morning clearing the stones and traffic was flowing again by "
    "lunchtime, the highways agency said.",
)
OTHER = (
    "Council approves cycle track",
    "Councillors voted on Thursday to build a protected cycle track along the western bypass "
    "next spring, despite objections from hauliers. The scheme costs four hundred thousand "
    "pounds.",
)


def _story(tmp_path: Path, second: tuple[str, str], day: date) -> tuple[bool, float]:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        _fill(c, date(2025, 3, 1))
        first = c.assign("a", FIRST[1], FIRST[0], date(2025, 3, 4), Counter())
        later = c.assign("b", second[1], second[0], day, Counter())
        return later.story_id == first.story_id, later.similarity


def test_a_first_day_rewrite_in_other_words_joins_on_its_words(tmp_path: Path) -> None:
    assert FIRST_DAY_THRESHOLD is not None
    joined, similarity = _story(tmp_path, REWRITE, date(2025, 3, 4))
    assert FIRST_DAY_THRESHOLD <= similarity < TEXT_THRESHOLD
    assert joined


def test_the_same_words_two_days_later_stay_apart(tmp_path: Path) -> None:
    joined, _ = _story(tmp_path, REWRITE, date(2025, 3, 6))
    assert not joined


def test_without_the_rule_the_first_day_rewrite_stays_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(same_story, "FIRST_DAY_THRESHOLD", None)
    joined, _ = _story(tmp_path, REWRITE, date(2025, 3, 4))
    assert not joined  # what the store did before


def test_another_happening_on_the_city_s_roads_stays_apart(tmp_path: Path) -> None:
    joined, _ = _story(tmp_path, OTHER, date(2025, 3, 4))
    assert not joined
