"""A follow-up dates what it follows up (DATED_BACK_WEIGHT; texts written for the tests,
entities and dates given, no spaCy):

- a report five days later that shares one name and few words with the first report, and
  dates the event ("destroyed on Monday", the day of the first report), joins its story;
- the same report without the date, or dating another day, stays apart, as before;
- the rule needs a shared distinctive entity and the cosine floor, and never joins a
  company's results to another event;
- only past calendar days count as dated back (not the article's own day, a month, a
  later day or an unresolved expression).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from store.test_story_headlines import _fill
from topline.ingest import article_from_text
from topline.model import Analysis, Span, Timex
from topline.store import Store, same_story
from topline.store.same_story import MIN_ENTITY_COSINE
from topline.store.same_story import same_story as rule
from topline.store.stories import Clusterer, past_days

FIRE = (
    "Kiln fire guts Brackenford pottery",
    "A fire that started in a gas kiln destroyed the workshop of Hollis Pottery in Brackenford "
    "on Monday night. Crews from three stations fought the flames until dawn; nobody was hurt.",
)
REBUILD = (
    "Family vow to start again",
    "The family behind Hollis Pottery said on Saturday they would reopen within a year. A "
    "crowdfunding page set up by customers has raised 40,000 pounds.",
)
MONDAY = date(2024, 10, 7)
SATURDAY = date(2024, 10, 12)


def _story(c: Clusterer) -> str:
    _fill(c, date(2024, 9, 20))
    entities = Counter({"Hollis Pottery": 2, "Brackenford": 1})
    return c.assign("a", FIRE[1], FIRE[0], MONDAY, entities).story_id


def _rebuild(c: Clusterer, days: frozenset[date]) -> tuple[str, float]:
    later = c.assign("b", REBUILD[1], REBUILD[0], SATURDAY, Counter({"Hollis Pottery": 1}), days)
    return later.story_id, later.similarity


def test_follow_up_dating_the_event_joins(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        story = _story(c)
        joined, similarity = _rebuild(c, frozenset({MONDAY}))
        assert similarity < 0.15  # the words would not join even with two shared names
        assert joined == story


@pytest.mark.parametrize("days", [frozenset(), frozenset({date(2024, 9, 23)})])
def test_without_the_event_day_it_stays_apart(tmp_path: Path, days: frozenset[date]) -> None:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        story = _story(c)
        assert _rebuild(c, days)[0] != story


def test_rule_off_it_stays_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(same_story, "DATED_BACK_WEIGHT", 0.0)
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        story = _story(c)
        assert _rebuild(c, frozenset({MONDAY}))[0] != story


def test_rule_needs_a_shared_entity_and_the_floor() -> None:
    cos = MIN_ENTITY_COSINE + 0.01
    assert rule(cos, 1, 1, True, dated_back=True)[0]
    assert not rule(cos, 1, 1, True, dated_back=False)[0]
    assert not rule(cos, 0, 0, True, dated_back=True)[0]
    assert not rule(MIN_ENTITY_COSINE / 2, 1, 1, True, dated_back=True)[0]
    assert not rule(cos, 1, 1, True, other_kind=True, dated_back=True)[0]


def test_past_days_are_calendar_days_before_publication() -> None:
    text = "On Monday, in October, next Friday, today, soon."
    article = article_from_text(text, published="2024-10-12", title="Days")

    def timex(value: str | None) -> Timex:
        return Timex(Span(0, 2), "DATE", value)

    values = ["2024-10-07", "2024-10", "2024-10-18", "2024-10-12", None, "2024-W41"]
    analysis = Analysis(article=article, timexes=tuple(timex(v) for v in values))
    assert past_days(analysis) == frozenset({MONDAY})
    undated = Analysis(article=article_from_text(text, title="Days"), timexes=(timex(values[0]),))
    assert past_days(undated) == frozenset()
