"""The entity recogniser misses names; a story's own words stand for them (texts written for
the tests; entities given, no spaCy).

A wire report names the quarry company in passing and the recogniser finds no entity in it;
the local paper's report of the same blast names the company and a witness. Without a
back-up the two look like "the same topic, other actors" (the article names two distinctive
entities, the story none) and need a cosine of 0.5; with the story's rare words standing for
the names its profile lacks, the company counts as shared and the reports join. A name that
is a common word in the store is no evidence and stays out.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from store.texts import FILLER_TOPICS
from topline.store import Store, same_story
from topline.store.same_story import shared_names
from topline.store.stories import Clusterer

WIRE = (
    "Two killed in quarry explosion",
    "Two workers were killed by an explosion at a limestone quarry on Tuesday. Ostrander "
    "Aggregates, which runs the quarry, halted all blasting. Police sealed off the site while "
    "inspectors examined the explosives store.",
)
LOCAL = (
    "Blast at Ostrander site leaves two dead",
    "A premature explosion killed two men at the Ostrander quarry on Tuesday, and the blast "
    "shook windows in nearby homes. Neighbour Gareth Lyle said the explosives store had been "
    "moved last month. Ostrander Aggregates halted blasting.",
)
LOCAL_ENTITIES = Counter({"Ostrander Aggregates": 2, "Gareth Lyle": 1})


def _fill(c: Clusterer, day: date, extra: str = "") -> None:
    """Unrelated articles, so that the story's words are rare in the store (or, with
    ``extra``, one word is common)."""
    for i, words in enumerate(FILLER_TOPICS):
        text = f"{words} {words} {extra}."
        c.assign(f"f{i}", text, words.title(), day, Counter())


def test_a_story_s_rare_words_stand_for_a_name_its_profile_lacks() -> None:
    words = {"ostrander", "aggregates", "quarry"}
    assert shared_names(["Ostrander Aggregates", "Gareth Lyle"], [], words) == {
        "Ostrander Aggregates"
    }
    # a short form of the actor is enough ("Ostrander" for "Ostrander Aggregates")
    assert shared_names(["Ostrander", "Ostrander Aggregates"], [], {"ostrander"}) == {
        "Ostrander Aggregates"
    }
    # words that only name a kind of thing are no evidence
    assert shared_names(["City Council"], [], {"city", "council"}) == set()
    assert shared_names(["Gareth Lyle"], [], {"gareth"}) == set()  # every word is needed


def _cluster(tmp_path: Path, extra: str = "") -> tuple[str, str]:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        _fill(c, date(2025, 3, 1), extra)
        wire = c.assign("w", WIRE[1], WIRE[0], date(2025, 3, 4), Counter({"Police": 1}))
        local = c.assign("l", LOCAL[1], LOCAL[0], date(2025, 3, 4), LOCAL_ENTITIES)
        return wire.story_id, local.story_id


def test_two_reports_join_when_the_recogniser_missed_the_company_in_one(
    tmp_path: Path,
) -> None:
    wire, local = _cluster(tmp_path)
    assert local == wire


def test_without_the_back_up_they_look_like_other_actors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(same_story, "WORDS_BACK_UP_NAMES", False)
    wire, local = _cluster(tmp_path)
    assert local != wire


def test_a_name_that_is_a_common_word_in_the_store_does_not_stand_for_an_entity(
    tmp_path: Path,
) -> None:
    """Every stored article says "ostrander": the word is no more telling than "quarry"."""
    wire, local = _cluster(tmp_path, extra="ostrander aggregates")
    assert local != wire
