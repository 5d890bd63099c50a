"""Follow-ups days later share few words with the first report but name its people, places
and organisations: the same-story rule lets shared distinctive entities stand in for words
(texts written for the tests; entities given, no spaCy)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from topline.store import Store
from topline.store.same_story import same_story, shared_entities
from topline.store.stories import Clusterer

FIRST = (
    "Footbridge collapses into the Wendle at Tarrow\n\n"
    "The Millgate footbridge over the River Wendle in Tarrow collapsed on Monday morning, "
    "injuring four pedestrians. Two of the injured were taken to hospital with broken bones. "
    "Tarrow Borough Council closed the riverside path."
)
REWRITE = (
    "Four hurt as Tarrow bridge gives way\n\n"
    "Four people were hurt when a pedestrian bridge across the Wendle gave way beneath them "
    "on Monday. The council said the Millgate crossing had been inspected in 2022. Kieran "
    "Doyle, a witness, said it simply folded in the middle."
)
OTHER_BRIDGE = (
    "Lorry driver killed as Castlemoor road bridge collapses\n\n"
    "A section of the Castlemoor road bridge on the A91 collapsed on Tuesday, sending a lorry "
    "into the ravine and killing its driver. Moorshire County Council said repairs had been "
    "due in April."
)
FOLLOW_UP = (
    "Rusted hangers to blame, report finds\n\n"
    "Corroded steel hangers caused the Millgate failure, a report published on Friday found. "
    "Councillor Ada Brenn said every crossing would now be checked by divers. "
    "Kieran Doyle has hired a solicitor."
)
STORY_ENTITIES = Counter({"Tarrow": 2, "River Wendle": 1, "Tarrow Borough Council": 1})


def test_joining_needs_fewer_words_the_more_actors_are_shared() -> None:
    assert same_story(0.10, 3, 3, True)[0]  # three shared actors: 0.075 of text is enough
    assert not same_story(0.10, 2, 3, True)[0]  # two need 0.15
    assert same_story(0.16, 2, 3, True)[0]
    assert not same_story(0.04, 6, 6, True)[0]  # never below the floor
    assert not same_story(0.25, 1, 1, True)[0]  # one shared name is not enough
    assert not same_story(0.35, 0, 2, True)[0]  # other actors: the words must be much closer
    assert same_story(0.35, 0, 0, False)[0]  # no entities anywhere: text alone decides
    assert same_story(0.2, 3, 3, True)[1] > same_story(0.25, 0, 0, False)[1]  # ranking score


def test_short_and_long_forms_of_a_name_match_but_kinds_of_thing_do_not() -> None:
    story = ["Priya Sandhu", "Amberley City Council", "Retailer Hollins & Pratt"]
    assert shared_entities(["Sandhu", "Amberley"], story) == 2
    assert shared_entities(["Hollins & Pratt"], story) == 1
    assert shared_entities(["City Council"], story) == 0
    assert shared_entities(["Lindfield City Council"], story) == 0
    # one actor named twice in the article counts once
    assert shared_entities(["Greyline", "Greyline Buses"], ["Greyline Buses"]) == 1


def test_follow_up_days_later_joins_its_story_and_another_bridge_stays_apart(
    tmp_path: Path,
) -> None:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        a = c.assign("a", FIRST, None, date(2025, 2, 10), STORY_ENTITIES)
        b = c.assign(
            "b",
            REWRITE,
            None,
            date(2025, 2, 10),
            Counter({"Tarrow": 1, "Wendle": 1, "Kieran Doyle": 1, "Millgate": 1}),
        )
        assert b.story_id == a.story_id
        other = c.assign(
            "c",
            OTHER_BRIDGE,
            None,
            date(2025, 2, 11),
            Counter({"Castlemoor": 1, "A91": 1, "Moorshire County Council": 1}),
        )
        assert other.story_id != a.story_id
        entities = Counter(
            {"Millgate": 1, "Kieran Doyle": 1, "Tarrow Borough Council": 1, "Ada Brenn": 1}
        )
        story = c.story(a.story_id)
        assert story is not None
        vec = c.vector(FOLLOW_UP, None)
        cos = sum(w * story.centroid.get(t, 0.0) for t, w in vec.items()) / story.norm()
        assert 0.05 <= cos < 0.15, cos  # too few words in common for the two-entity rule
        later = c.assign("d", FOLLOW_UP, None, date(2025, 2, 14), entities)
        assert later.story_id == a.story_id


def test_a_young_store_still_counts_a_storys_own_actors(tmp_path: Path) -> None:
    """5% of a few dozen articles is fewer than one story has: with that limit alone, the
    story's actors stopped counting as distinctive once three of its articles named them."""
    named = Counter({"Kieran Doyle": 1, "Millgate": 1, "Tarrow Borough Council": 1})
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        first = c.assign("a", FIRST, None, date(2025, 2, 10), named)
        for i in range(2):
            c.assign(f"b{i}", REWRITE, None, date(2025, 2, 10), named)
        story = c.story(first.story_id)
        assert story is not None and story.size == 3
        vec = c.vector(FOLLOW_UP, None)
        cos = sum(w * story.centroid.get(t, 0.0) for t, w in vec.items()) / story.norm()
        assert cos < 0.3, cos  # text alone would not join
        later = c.assign("d", FOLLOW_UP, None, date(2025, 2, 14), named)
        assert later.story_id == first.story_id
