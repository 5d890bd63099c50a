"""A follow-up that goes back to a witness (WITNESS_WEIGHT; texts written for the tests,
entities and speakers given, no spaCy):

- four days after a report of a burst dam quoting a farmer by name, a report whose one
  distinctive name is that farmer, quoted again, and which shares few words with the first,
  joins its story;
- the same report stays apart when it does not quote her, when it names the reservoir
  company as well (another event of an organisation names the organisation), when the
  farmer is named by one word only, or with the rule off.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from store.test_story_headlines import _fill
from topline.ingest import article_from_text
from topline.model import Analysis, Attribution, Quote, Source, Span
from topline.store import Store, same_story
from topline.store.same_story import MIN_ENTITY_COSINE, lone_witness
from topline.store.same_story import same_story as rule
from topline.store.stories import Clusterer, quoted_people

BREACH = (
    "Dam breach floods farms below Lower Edge reservoir",
    "Water poured through a breach in the Lower Edge reservoir embankment on Tuesday, flooding "
    "six farms in the valley. Harwood Water said the breach was caused by a collapsed culvert. "
    '"The lambs were gone in minutes," said sheep farmer Morwen Quayle.',
)
VISIT = (
    "Valley farmers count their losses",
    "Morwen Quayle said on Saturday she had lost ninety ewes and most of her hay. Neighbours "
    "have lent her a barn until the fields drain.",
)
TUESDAY = date(2024, 3, 5)
SATURDAY = date(2024, 3, 9)


def _visit(
    tmp_path: Path, entities: Counter[str], quoted: frozenset[str]
) -> tuple[str, str, float]:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        _fill(c, date(2024, 2, 20))
        first = Counter({"Lower Edge": 2, "Harwood Water": 1, "Morwen Quayle": 1})
        story = c.assign("a", BREACH[1], BREACH[0], TUESDAY, first).story_id
        later = c.assign("b", VISIT[1], VISIT[0], SATURDAY, entities, (), quoted)
        return story, later.story_id, later.similarity


def test_follow_up_quoting_the_witness_joins(tmp_path: Path) -> None:
    story, joined, similarity = _visit(
        tmp_path, Counter({"Morwen Quayle": 2}), frozenset({"Morwen Quayle"})
    )
    assert similarity < 0.15  # the words would not join even with two shared names
    assert joined == story


@pytest.mark.parametrize(
    ("entities", "quoted"),
    [
        (Counter({"Morwen Quayle": 2}), frozenset[str]()),
        (Counter({"Morwen Quayle": 2, "Harwood Water": 1}), frozenset({"Morwen Quayle"})),
        (Counter({"Quayle": 2}), frozenset({"Quayle"})),
    ],
)
def test_otherwise_it_stays_apart(
    tmp_path: Path, entities: Counter[str], quoted: frozenset[str]
) -> None:
    story, joined, _ = _visit(tmp_path, entities, quoted)
    assert joined != story


def test_rule_off_it_stays_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(same_story, "WITNESS_WEIGHT", 0.0)
    story, joined, _ = _visit(tmp_path, Counter({"Morwen Quayle": 2}), frozenset({"Morwen Quayle"}))
    assert joined != story


def test_rule_needs_a_shared_entity_the_floor_and_not_results() -> None:
    cos = MIN_ENTITY_COSINE + 0.01
    assert rule(cos, 1, 1, True, witness=True)[0]
    assert not rule(cos, 1, 1, True, witness=False)[0]
    assert not rule(cos, 0, 1, True, witness=True)[0]
    assert not rule(MIN_ENTITY_COSINE / 2, 1, 1, True, witness=True)[0]
    assert not rule(cos, 1, 1, True, other_kind=True, witness=True)[0]


def test_lone_witness_is_the_one_name_quoted_in_full() -> None:
    quayle = {"Morwen Quayle"}
    assert lone_witness(quayle, quayle, {"Sheep farmer Morwen Quayle"})
    assert not lone_witness(quayle, quayle, {"Morwen"})
    assert not lone_witness(quayle, set(), quayle)
    assert not lone_witness(quayle | {"Harwood Water"}, quayle, quayle)
    assert not lone_witness({"City Council"}, {"City Council"}, {"City Council"})


def test_quoted_people_are_speakers_of_kind_person() -> None:
    article = article_from_text(VISIT[1], published=SATURDAY.isoformat(), title=VISIT[0])
    span = Span(0, 13)
    analysis = Analysis(
        article=article,
        quotes=(
            Quote(span, span, None, Source("Morwen Quayle", span, kind="person")),
            Quote(span, span, None, None),
        ),
        attributions=(
            Attribution(span, Source("Harwood Water", kind="organization")),
            Attribution(span, Source("Ann Brock", kind="person")),
        ),
    )
    assert quoted_people(analysis) == frozenset({"Morwen Quayle", "Ann Brock"})
