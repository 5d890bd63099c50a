"""Two events of one place or one organisation in one week stay apart (``same_story.other_event``;
texts written for the tests, entities given with their labels, no spaCy):

- another kind of happening: "Flood shuts Hollin's Bakery" six days after "Hollin's Bakery
  wins national bread award" names the same bakery and town, but a flood is not an award;
- the same kind befalling another organisation: a housing association's ransomware attack
  three days after the district council's, the two sharing only the crime agency that
  investigates both and a headline word; a leisure centre's fire three days after a boatyard's
  in the same town, the two sharing the town (named in both ledes) and the fire service;
- and still together: a follow-up whose lede names the story's organisation with a new one
  ("The Information Commissioner's Office has opened an inquiry into the cyber attack on
  Marlow District Council"; the fire service on the boatyard fire), a follow-up of the same kind naming a new person ("A man has
  been charged"), a same-day rewrite naming another organisation (wires name other actors in
  the first hours), and a follow-up that dates the story's first day.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from store.test_story_headlines import _fill
from topline.ingest import article_from_text
from topline.model import Analysis, Entity, Sentence, Span
from topline.store import Store, happenings, same_story, stories
from topline.store.same_story import other_event
from topline.store.stories import Clusterer, lede_clues

MONDAY = date(2025, 9, 1)

AWARD = (
    "Hollin's Bakery wins national bread award",
    "Hollin's Bakery in Treloar has been named the best craft bakery in the country at the "
    "National Bread Awards in London. Owner Kate Hollin said the sourdough that won took "
    "three years to perfect. The bakery on Fore Street employs eleven people.",
)
FLOOD = (
    "Flood shuts Hollin's Bakery",
    "Hollin's Bakery in Treloar was shut on Sunday after floodwater poured through Fore Street "
    "overnight. Staff spent the day carrying sacks of flour upstairs. The bakery hopes to "
    "reopen within a fortnight.",
)
COUNCIL = (
    "Ransomware attack takes Marlow council offline",
    "Marlow District Council shut down its computer systems on Monday after a ransomware "
    "attack. Residents cannot pay bills or book bin collections online. The National Crime "
    "Agency is investigating.",
)
HOUSING = (
    "Ransomware locks housing association out of its systems",
    "Tenants of Greenholm Homes cannot report repairs after a ransomware attack on the housing "
    "association's computers on Wednesday night. Greenholm said rent payments were safe. The "
    "National Crime Agency is investigating.",
)
REGULATOR = (
    "Data watchdog opens inquiry into council hack",
    "The Information Commissioner's Office has opened an inquiry into the ransomware attack on "
    "Marlow District Council. Residents' bank details may have been taken, the office said. "
    "The National Crime Agency is investigating.",
)
CHARGED = (
    "Man charged over ransomware attack on Marlow council",
    "A man has been charged over the ransomware attack on Marlow District Council, the "
    "National Crime Agency said on Thursday. Owen Tate, 29, of Leeds, will appear in court "
    "next week. Council systems are still down.",
)
WIRE_SAME_DAY = (
    "Council services down after IT firm hit by ransomware",
    "Computers at Cranley IT, which runs the district's services, were locked by ransomware on "
    "Monday. Online payments are down. The National Crime Agency is investigating.",
)
BOATYARD = (
    "Fire destroys Penmarrow boatyard",
    "A fire destroyed the Kellow Marine boatyard in Penmarrow on Monday night, burning six "
    "yachts in their winter cradles. Cornwall Fire and Rescue Service sent five crews. "
    "Owner Jim Kellow said the damage would run to hundreds of thousands of pounds.",
)
LEISURE = (
    "Swimmers evacuated in Penmarrow fire",
    "Swimmers were led out of Trewin Leisure Centre in Penmarrow on Thursday after a fire "
    "broke out in its plant room. Cornwall Fire and Rescue Service said the pool would stay "
    "shut until the wiring had been checked.",
)
FIRE_SERVICE = (
    "Penmarrow yard fire started deliberately",
    "Cornwall Fire and Rescue Service said on Wednesday that the fire at the Kellow Marine "
    "yard in Penmarrow had been started deliberately. Police have appealed for witnesses.",
)

LABELS = {
    "Kellow Marine": "ORG",
    "Penmarrow": "GPE",
    "Cornwall Fire and Rescue Service": "ORG",
    "Jim Kellow": "PERSON",
    "Trewin Leisure Centre": "FAC",
    "Hollin's Bakery": "ORG",
    "Treloar": "GPE",
    "Fore Street": "FAC",
    "Kate Hollin": "PERSON",
    "Marlow District Council": "ORG",
    "National Crime Agency": "ORG",
    "Greenholm Homes": "ORG",
    "Greenholm": "ORG",
    "Information Commissioner's Office": "ORG",
    "Owen Tate": "PERSON",
    "Leeds": "GPE",
    "Cranley IT": "ORG",
}


def _analysis(title: str, body: str, day: date) -> Analysis:
    """The article, its sentences, and every name of LABELS it holds as an entity."""
    article = article_from_text(f"{title}\n\n{body}", published=day.isoformat(), title=title)
    text = article.text
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n\n", text)]
    ends = [*starts[1:], len(text)]
    sentences = tuple(
        Sentence(Span(a, len(text[:b].rstrip())), i)
        for i, (a, b) in enumerate(zip(starts, ends, strict=True))
    )
    entities = tuple(
        Entity(Span(m.start(), m.end()), label, name)
        for name, label in LABELS.items()
        for m in re.finditer(re.escape(name) + r"(?![\w'])", text)
        if not any(name != other and name in other for other in LABELS if other in text)
    )
    return Analysis(article=article, sentences=sentences, entities=entities)


def _names(analysis: Analysis) -> Counter[str]:
    return Counter(e.canonical for e in analysis.entities)


def _second_joins(
    tmp_path: Path, first: tuple[str, str], later: tuple[str, str], days: int
) -> bool:
    """Whether ``later``, ``days`` after ``first``, joins the story ``first`` started."""
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        _fill(c, MONDAY - timedelta(days=20))
        one = _analysis(*first, MONDAY)
        story = c.assign("a", one.article.text, first[0], MONDAY, _names(one)).story_id
        two = _analysis(*later, MONDAY + timedelta(days=days))
        text, title, day = two.article.text, later[0], MONDAY + timedelta(days=days)
        joined = c.assign("b", text, title, day, _names(two), clues=lede_clues(two))
        return joined.story_id == story


@pytest.mark.parametrize(
    ("first", "later", "days"),
    [(AWARD, FLOOD, 6), (COUNCIL, HOUSING, 3), (BOATYARD, LEISURE, 3)],
    ids=[
        "a flood after an award",
        "another organisation's ransomware attack",
        "another building's fire in one town",
    ],
)
def test_another_event_of_one_place_stays_apart(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    first: tuple[str, str],
    later: tuple[str, str],
    days: int,
) -> None:
    assert not _second_joins(tmp_path / "on", first, later, days)
    monkeypatch.setattr(same_story, "OTHER_EVENT", False)
    assert _second_joins(tmp_path / "off", first, later, days)  # what the store did before


@pytest.mark.parametrize(
    ("later", "days"),
    [(REGULATOR, 2), (CHARGED, 3), (WIRE_SAME_DAY, 0)],
    ids=["a regulator's inquiry", "a man charged", "a same-day rewrite"],
)
def test_follow_ups_still_join(tmp_path: Path, later: tuple[str, str], days: int) -> None:
    assert _second_joins(tmp_path, COUNCIL, later, days)


def test_follow_up_by_a_responder_still_joins(tmp_path: Path) -> None:
    assert _second_joins(tmp_path, BOATYARD, FIRE_SERVICE, 2)


def test_a_shared_place_in_the_lede_is_where_not_whom(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stories, "PLACES_ARE_WHERE", False)
    assert _second_joins(tmp_path, BOATYARD, LEISURE, 3)


def test_lede_clues() -> None:
    clues = lede_clues(_analysis(*HOUSING, MONDAY))
    assert clues.kinds == {"cyber attack"}
    assert clues.names == {"Greenholm Homes"}  # the crime agency is further down
    assert clues.actors == {"Greenholm Homes"}
    award = lede_clues(_analysis(*AWARD, MONDAY))
    assert award.kinds == {"award"}
    assert award.actors == {"Hollin's Bakery"}
    assert award.names == {"Hollin's Bakery", "Treloar"}


def test_kinds_read_whole_words_and_leave_out_what_follows_any_event() -> None:
    assert happenings.kinds(happenings.words("Fire guts the Larder")) == {"fire"}
    assert happenings.kinds(happenings.words("Blaze hits newly starred restaurant")) == {"fire"}
    # arrests, charges, deaths and reopenings follow a fire or a crash: no kind of their own
    words = happenings.words("Man charged after two die; road reopens")
    assert happenings.kinds(words) == set()
    # the stop list drops "fire" from a story's headline words: the title is read whole
    assert "fire" in happenings.words("Fire guts the Larder")
    # words with a common other sense in headlines name no kind
    for headline in (
        "Minister under fire over care home deaths",
        "Police opened fire on the car",
        "Club fires manager after cup exit",
        "Senator blasts rival over tax plan",
        "Storm over councillor's expenses",
        "Veteran recalls the day the pit closed",
    ):
        assert happenings.kinds(happenings.words(headline)) == set(), headline


def test_a_wildfire_is_a_fire_and_firefighters_attend_any_happening() -> None:
    """A moor's or a forest's fire is named "wildfire" as often as "fire" (a same-day rewrite
    of "Heather fire creeps towards Skelbeck" says "Wildfire forces walkers off the fell");
    firefighters pump out floods and cut drivers free, so they name no kind."""
    for headline in ("Wildfire forces walkers off the fell", "Bushfires close coast road"):
        assert happenings.kinds(happenings.words(headline)) == {"fire"}, headline
    lede = "Firefighters pumped water from thirty homes after the Leat burst its banks."
    assert happenings.kinds(happenings.words(f"Homes flooded in Morley . {lede}")) == {"flood"}
    cut_free = "Firefighters cut a driver free after a van overturned on the A40."
    assert happenings.kinds(happenings.words(cut_free)) == {"crash"}


def test_other_event_rule() -> None:
    assert other_event({"fire"}, {"award"}, False, False)
    assert not other_event({"fire", "award"}, {"award"}, False, False)
    assert not other_event(set(), {"award"}, False, False)  # nothing known: no evidence
    assert not other_event({"fire"}, set(), False, False)
    assert other_event({"fire"}, {"fire"}, True, False)  # the same kind, another victim
    assert not other_event({"fire"}, {"award"}, True, True)  # a follow-up, by its own signals
