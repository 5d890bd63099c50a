"""A follow-up a week on dates its event by the week (WEEKS_DATE_BACK; texts written for the
tests, entities and dates given, no spaCy):

- "last week" (an ISO week before the article's own) stands for its seven days, so a report
  eight days later that shares one name and few words with the first report, and says the
  kiln caught fire last week, joins its story;
- the article's own week ("this week") and a week that does not hold the story's first day
  date nothing back, and with the rule off the report stays apart, as before.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from store.test_story_dated_back import FIRE, MONDAY, REBUILD
from store.test_story_headlines import _fill
from topline.ingest import article_from_text
from topline.model import Analysis, Span, Timex
from topline.store import Store, stories
from topline.store.stories import Clusterer, past_days

NEXT_TUESDAY = MONDAY + timedelta(days=8)  # 2024-10-15, ISO week 42


def _analysis(published: date, *values: str) -> Analysis:
    article = article_from_text(
        "The kiln caught fire last week.", published=published.isoformat(), title="Kiln"
    )
    return Analysis(article=article, timexes=tuple(Timex(Span(21, 30), "DATE", v) for v in values))


def test_last_week_stands_for_its_days() -> None:
    days = past_days(_analysis(NEXT_TUESDAY, "2024-W41"))
    assert days == frozenset(MONDAY + timedelta(days=k) for k in range(7))


@pytest.mark.parametrize("value", ["2024-W42", "2024-W43", "2024-W99", "2024-10"])
def test_own_later_or_unreadable_weeks_date_nothing_back(value: str) -> None:
    assert past_days(_analysis(NEXT_TUESDAY, value)) == frozenset()


def test_weeks_off_only_days_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "WEEKS_DATE_BACK", False)
    assert past_days(_analysis(NEXT_TUESDAY, "2024-W41")) == frozenset()


def _follow_up(tmp_path: Path, value: str) -> tuple[str, str]:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        _fill(c, date(2024, 9, 20))
        story = c.assign(
            "a", FIRE[1], FIRE[0], MONDAY, Counter({"Hollis Pottery": 2, "Brackenford": 1})
        ).story_id
        days = past_days(_analysis(NEXT_TUESDAY, value))
        later = c.assign(
            "b", REBUILD[1], REBUILD[0], NEXT_TUESDAY, Counter({"Hollis Pottery": 1}), days
        )
        assert later.similarity < 0.15  # the words would not join even with two shared names
        return story, later.story_id


def test_follow_up_dating_the_week_joins(tmp_path: Path) -> None:
    story, joined = _follow_up(tmp_path, "2024-W41")
    assert joined == story


@pytest.mark.parametrize("value", ["2024-W42", "2024-W39"])
def test_other_weeks_stay_apart(tmp_path: Path, value: str) -> None:
    story, joined = _follow_up(tmp_path, value)
    assert joined != story


def test_rule_off_it_stays_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "WEEKS_DATE_BACK", False)
    story, joined = _follow_up(tmp_path, "2024-W41")
    assert joined != story
