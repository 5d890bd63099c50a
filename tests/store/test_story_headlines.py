"""Headlines name what a story is about, and entities find follow-ups the words miss (texts
written for the tests; entities given, no spaCy).

- an article whose actors are all common in the store (election coverage where every article
  names the same candidates) joins the story whose headlines share a rare word with its own,
  given a little text in common;
- a headline word that is part of a distinctive name the two share is not counted twice: the
  same town's mayor resigning and its council approving a leisure centre stay apart;
- a story is found through its entities even when none of its top terms is among the article's;
- an abbreviated place in both headlines ("N.H.") is a word like any other.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from store.texts import FILLER_TOPICS
from topline.store import Store, stories
from topline.store.same_story import HEADLINE_WEIGHT, MIN_ENTITY_COSINE, TEXT_THRESHOLD, same_story
from topline.store.stories import Clusterer, entity_key, tokens


def _fill(c: Clusterer, day: date) -> None:
    """Unrelated articles, so that a word in two headlines only is rare in the store."""
    for i, words in enumerate(FILLER_TOPICS):
        c.assign(f"f{i}", f"{words.title()}\n\n{words} {words}.", words.title(), day, Counter())


CAUCUS = (
    "Candidates crisscross Dorrington before the caucus",
    "Senator Vale and Governor Pike held rallies across Dorrington on Sunday, courting voters "
    "in church halls and diners a day before the caucus. Turnout models favour the senator.",
)
CAUCUS_LATER = (
    "Why Dorrington still matters after the vote",
    "Pike's narrow second place gives the governor momentum, strategists argue, and Vale's "
    "campaign is already buying airtime in the next states. Voters were split on the economy.",
)
COMMON = Counter({"Vale": 3, "Pike": 3})  # everyone in this store names them


def test_rule_headline_stands_in_for_text_but_never_below_the_floor() -> None:
    cos = TEXT_THRESHOLD - HEADLINE_WEIGHT
    assert same_story(cos, 0, 0, True, headline=True)[0]
    assert not same_story(cos, 0, 0, True, headline=False)[0]
    assert not same_story(MIN_ENTITY_COSINE / 2, 0, 0, True, headline=True)[0]
    # other actors: the article names two distinctive entities and the story none of them
    assert not same_story(cos, 0, 2, True, headline=True)[0]


def test_follow_up_sharing_a_rare_headline_word_joins(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        _fill(c, date(2024, 1, 20))
        for i in range(6):  # the candidates are named by most articles: not distinctive
            c.assign(
                f"v{i}", f"Vale and Pike poll number {i}", f"Poll {i}", date(2024, 1, 21), COMMON
            )
        first = c.assign("a", CAUCUS[1], CAUCUS[0], date(2024, 1, 28), COMMON)
        later = c.assign("b", CAUCUS_LATER[1], CAUCUS_LATER[0], date(2024, 1, 31), COMMON)
        assert later.similarity < TEXT_THRESHOLD  # the words alone would not join
        assert later.story_id == first.story_id


def test_without_the_shared_headline_word_it_stays_apart(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        _fill(c, date(2024, 1, 20))
        for i in range(6):
            c.assign(
                f"v{i}", f"Vale and Pike poll number {i}", f"Poll {i}", date(2024, 1, 21), COMMON
            )
        first = c.assign("a", CAUCUS[1], CAUCUS[0], date(2024, 1, 28), COMMON)
        later = c.assign(
            "b", CAUCUS_LATER[1], "Why the state still matters", date(2024, 1, 31), COMMON
        )
        assert later.story_id != first.story_id


RESIGNS = (
    "Wexford mayor resigns over expenses",
    "The mayor of Wexford, Alan Finch, resigned on Monday after an audit found 18,000 pounds "
    "of claims without receipts. Councillors said the town hall would review every claim.",
)
LEISURE = (
    "Wexford approves 12m leisure centre",
    "Councillors in Wexford voted on Thursday to build a 12m leisure centre with a pool and "
    "a climbing wall beside the town hall. Work starts in spring.",
)


def test_same_town_other_event_stays_apart(tmp_path: Path) -> None:
    """'Wexford' is in both headlines, but it is the one distinctive name the two share: it
    counts once, as an entity, and one shared entity does not make a story."""
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        _fill(c, date(2024, 5, 1))
        first = c.assign(
            "a", RESIGNS[1], RESIGNS[0], date(2024, 5, 6), Counter({"Wexford": 2, "Alan Finch": 2})
        )
        other = c.assign("b", LEISURE[1], LEISURE[0], date(2024, 5, 9), Counter({"Wexford": 2}))
        assert other.story_id != first.story_id


def test_a_story_is_found_through_its_entities_when_no_word_matches(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        story = c.assign(
            "a",
            "Floodwater trapped eleven miners in the lower seams overnight.",
            "Miners trapped",
            date(2025, 3, 3),
            Counter({"Greyhollow Colliery": 2, "Rhona Vass": 1}),
        )
        state = c.story(story.story_id)
        assert state is not None and entity_key("Rhona Vass") in state.index_terms()
        vec = {"inspectors": 0.8, "pumps": 0.6}  # no word of the story
        assert c.candidates(vec, date(2025, 3, 9)) == []
        found = c.candidates(vec, date(2025, 3, 9), ["Rhona Vass"])
        assert [s.id for s in found] == [story.story_id]
        assert c.candidates(vec, date(2025, 4, 30), ["Rhona Vass"]) == []  # outside the window


def test_headline_words_are_kept_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add([], analyze=False)
        c = Clusterer(store.conn)
        a = c.assign("a", RESIGNS[1], RESIGNS[0], date(2024, 5, 6), Counter())
        with store.conn:
            c.save(store.conn, "2024-05-06T00:00:00")
    with Store(path) as store:
        state = Clusterer(store.conn).story(a.story_id)
        assert state is not None and {"wexford", "mayor", "resigns"} <= set(state.headline)


def test_the_trace_records_why_an_article_did_not_join(tmp_path: Path) -> None:
    """``Clusterer.trace`` (read by ``benchmarks/stories.py --pairs``) holds each scored
    candidate with the rule's inputs: here the same town's leisure centre, refused with one
    shared name and a shared headline word counted as that name, three days after."""
    Clusterer.trace = []
    try:
        with Store(tmp_path / "s.db") as store:
            c = Clusterer(store.conn)
            _fill(c, date(2024, 5, 1))
            first = c.assign(
                "a", RESIGNS[1], RESIGNS[0], date(2024, 5, 6), Counter({"Wexford": 2, "Alan": 1})
            )
            c.assign("b", LEISURE[1], LEISURE[0], date(2024, 5, 9), Counter({"Wexford": 2}))
        seen = [s for s in Clusterer.trace if s.article_id == "b" and s.story_id == first.story_id]
    finally:
        Clusterer.trace = None
    assert len(seen) == 1
    assert (seen[0].shared, seen[0].named, seen[0].headline, seen[0].joins) == (1, 1, False, False)
    assert seen[0].gap_days == 3 and seen[0].cos > 0.0


def test_no_trace_is_kept_in_normal_use(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        c.assign("a", RESIGNS[1], RESIGNS[0], date(2024, 5, 6), Counter())
        c.assign("b", LEISURE[1], LEISURE[0], date(2024, 5, 9), Counter())
    assert Clusterer.trace is None


def test_abbreviations_are_words() -> None:
    """Dotted abbreviations and two capitals are kept (the token pattern needs three letters);
    a two-letter stop word in capitals is not ("IN", "US")."""
    assert tokens("Barbs and pleas before N.H. vote") == ["barbs", "pleas", "vote", "nh"]
    assert "eu" in tokens("EU leaders meet") and "dc" in tokens("rally in Washington, D.C.")
    assert "in" not in tokens("GAME ON IN NH") and "us" not in tokens("U.S. troops")


PRIMARY = (
    "Rivals make last pleas before N.H. vote",
    "Senator Vale and Governor Pike crossed the state on Monday, asking undecided voters in "
    "town halls for one more look before the polls open. Turnout is expected to be high.",
)
PRIMARY_TOWNS = (
    "Three N.H. towns cast the first ballots",
    "Just after midnight a few dozen voters in three mountain towns cast the first ballots of "
    "the primary; Pike won two of the towns and Vale one. The polls open statewide at dawn.",
)


def test_follow_up_sharing_only_an_abbreviated_place_in_its_headline_joins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def run(path: Path) -> tuple[str, str]:
        with Store(path) as store:
            c = Clusterer(store.conn)
            _fill(c, date(2024, 2, 1))
            for i in range(6):  # the candidates are named by most articles: not distinctive
                c.assign(
                    f"v{i}", f"Vale and Pike poll number {i}", f"Poll {i}", date(2024, 2, 2), COMMON
                )
            first = c.assign("a", PRIMARY[1], PRIMARY[0], date(2024, 2, 8), COMMON)
            later = c.assign("b", PRIMARY_TOWNS[1], PRIMARY_TOWNS[0], date(2024, 2, 9), COMMON)
            assert later.similarity < TEXT_THRESHOLD  # the words alone would not join
            return first.story_id, later.story_id

    first, later = run(tmp_path / "a.db")
    assert later == first
    monkeypatch.setattr(stories, "ABBREVIATIONS", False)  # "N.H." dropped: nothing rare shared
    first, later = run(tmp_path / "b.db")
    assert later != first
