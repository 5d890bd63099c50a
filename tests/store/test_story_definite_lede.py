"""A follow-up whose lede takes the story's event as known (REFERS_BACK_WEIGHT; texts written
for the tests, entities given, no spaCy):

- four days after "Fishing ban after oil leak at Carrick", a report from another village
  whose lede speaks of "the fishing ban", sharing one distinctive name and few words with the
  story, joins it;
- the same report stays apart when its lede says "a fishing ban" (introduced, not known), when
  only a later sentence speaks of the ban (another event's report mentioning the earlier
  one), when it shares no distinctive name with the story, or with the rule off; and so does
  another event's report whose lede places it "days after the fishing ban";
- the lede is the first sentence of the text that is a sentence and not the title; its
  definite words stop at a stop word, leave out capitalised words (a name) and include a day
  in the possessive ("Monday's overturn").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from store.test_story_headlines import _fill
from topline.ingest import article_from_text
from topline.model import Analysis, Sentence, Span
from topline.store import Store, same_story
from topline.store.same_story import (
    ENTITY_WEIGHT,
    MIN_ENTITY_COSINE,
    TEXT_THRESHOLD,
    definite_reference,
)
from topline.store.same_story import same_story as rule
from topline.store.stories import Clusterer, lede, lede_definites

LEAK = (
    "Fishing ban after oil leak at Carrick",
    "Fishing and shellfish gathering were banned in the Carrick estuary on Monday after oil "
    "leaked from a barge that sank at its moorings. The Harbour Board said divers would try to "
    "seal the wreck this week.",
)
GROWERS = "Mussel growers fear for their season"
KNOWN = (
    "Growers at Polrudden say they will lose their spring harvest if the fishing ban lasts into "
    "July, their association said on Friday. Prices at the quayside market have already doubled."
)
INTRODUCED = KNOWN.replace("if the fishing ban", "if a fishing ban")
SECOND_LEAK = (
    "Days after the fishing ban at Carrick, a second barge has spilled diesel off Polrudden, "
    "their association said on Friday. Prices at the quayside market have already doubled."
)
FURTHER_DOWN = (
    "Growers at Polrudden say they will lose their spring harvest to a cold spring, their "
    "association said on Friday. Prices at the quayside market have already doubled, and the "
    "fishing ban has closed the estuary beds."
)
MONDAY = date(2024, 6, 3)
FRIDAY = date(2024, 6, 7)
SHARED = Counter({"Polrudden": 1, "Carrick": 1})


def _analysis(title: str, body: str, day: date = FRIDAY, title_in_text: bool = False) -> Analysis:
    article = article_from_text(f"{title}\n\n{body}", published=day.isoformat(), title=title)
    if title_in_text:  # as some sources give it, the headline repeated as a sentence
        article = replace(article, text=f"{title}\n\n{article.text}")
    text = article.text
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+", text)]
    ends = [*starts[1:], len(text)]
    sentences = tuple(
        Sentence(Span(a, len(text[:b].rstrip())), i)
        for i, (a, b) in enumerate(zip(starts, ends, strict=True))
    )
    return Analysis(article=article, sentences=sentences)


def _later(tmp_path: Path, body: str, entities: Counter[str] = SHARED) -> tuple[str, str, float]:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        _fill(c, date(2024, 5, 20))
        first = Counter({"Carrick": 2, "Harbour Board": 1})
        story = c.assign("a", LEAK[1], LEAK[0], MONDAY, first).story_id
        definites = lede_definites(_analysis(GROWERS, body))
        later = c.assign("b", body, GROWERS, FRIDAY, entities, (), (), definites)
        return story, later.story_id, later.similarity


def test_follow_up_whose_lede_knows_the_event_joins(tmp_path: Path) -> None:
    story, joined, similarity = _later(tmp_path, KNOWN)
    assert similarity < TEXT_THRESHOLD - ENTITY_WEIGHT  # one shared name would not do
    assert joined == story


@pytest.mark.parametrize(
    ("body", "entities"),
    [
        (INTRODUCED, SHARED),
        (FURTHER_DOWN, SHARED),
        (KNOWN, Counter({"Polrudden": 1})),
        (SECOND_LEAK, SHARED),
    ],
    ids=["a fishing ban", "the ban further down", "no shared name", "days after the ban"],
)
def test_otherwise_it_stays_apart(tmp_path: Path, body: str, entities: Counter[str]) -> None:
    story, joined, _ = _later(tmp_path, body, entities)
    assert joined != story


def test_rule_off_it_stays_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(same_story, "REFERS_BACK_WEIGHT", 0.0)
    story, joined, _ = _later(tmp_path, KNOWN)
    assert joined != story


def test_rule_needs_a_shared_entity_the_floor_and_not_results() -> None:
    cos = MIN_ENTITY_COSINE + 0.01
    assert rule(cos, 1, 2, True, refers_back=True)[0]
    assert not rule(cos, 1, 2, True)[0]
    assert not rule(cos, 0, 1, True, refers_back=True)[0]
    assert not rule(MIN_ENTITY_COSINE / 2, 1, 1, True, refers_back=True)[0]
    assert not rule(cos, 1, 1, True, other_kind=True, refers_back=True)[0]


def test_definite_reference_is_a_title_word_not_a_name_nor_a_kind() -> None:
    title = {"fishing", "ban", "oil", "leak", "carrick", "council"}
    assert definite_reference({"ban", "harvest"}, title, set())
    assert not definite_reference({"harvest"}, title, set())
    assert not definite_reference({"carrick"}, title, {"carrick"})  # counted as a shared name
    assert not definite_reference({"council"}, title, set())  # "the council": every report


def test_lede_is_the_first_sentence_that_is_not_the_title() -> None:
    analysis = _analysis(GROWERS, KNOWN)
    assert lede(analysis).startswith("Growers at Polrudden")
    assert lede(analysis).endswith("on Friday.")
    headline_with_stop = _analysis(
        "Tanker overturns on the bypass at Brannock.", KNOWN, title_in_text=True
    )
    assert headline_with_stop.article.text.startswith("Tanker")
    assert lede(headline_with_stop).startswith("Growers")
    assert lede(_analysis("Short", "Staff reports. Too short")) == ""


def test_lede_definites() -> None:
    def words(lede_text: str) -> frozenset[str]:
        return lede_definites(_analysis("Title", lede_text))

    assert words("Homes in Orbury will come under the hosepipe ban from Monday.") == {
        "hosepipe",
        "ban",
    }
    # a stop word ends the phrase; capitalised words are a name's
    assert words("Crews lifted the last of the grain wagons by the Mardle junction.") == {
        "grain",
        "wagons",
        "junction",
    }
    assert words("Delegates gathered at the Democratic National Convention on Monday.") == set()
    assert words("Police charged the driver over Monday's overturn on the bypass.") >= {
        "overturn",
        "driver",
        "bypass",
    }
    assert words("A driver was charged over an overturn on a bypass on Monday.") == set()
    # a timeline: another event's lede places itself after the story's as often
    assert words("Days after the fishing ban, a second barge sank off the point.") == {"point"}
