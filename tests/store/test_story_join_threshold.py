"""The join threshold (``same_story.TEXT_THRESHOLD``, 0.15 from the fifteenth session): a
rewrite that tells the same happening in mostly other words joins on its words alone, and a
report of another happening on the city's roads in the same week does not (texts written for
the test; no entities, no spaCy)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from store.test_story_headlines import _fill
from store.texts import WRITTEN_AT_THRESHOLD
from topline.store import Store
from topline.store.same_story import TEXT_THRESHOLD
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


def test_a_rewrite_in_other_words_joins_on_its_words(tmp_path: Path) -> None:
    joined, similarity = _story(tmp_path, REWRITE, date(2025, 3, 4))
    assert TEXT_THRESHOLD <= similarity < WRITTEN_AT_THRESHOLD  # apart at the old threshold
    assert joined


def test_another_happening_on_the_city_s_roads_stays_apart(tmp_path: Path) -> None:
    joined, similarity = _story(tmp_path, OTHER, date(2025, 3, 6))
    assert similarity < TEXT_THRESHOLD
    assert not joined
