"""A company's periodic results are an event of their own, whatever else happened to it that
week (texts written for the tests; entities given, no spaCy).

A bank's data breach and, two days later, its annual profit name the same bank and chief
executive, and the results report even mentions the breach: without the results test the
two merge on shared entities; with it they stay apart. A follow-up of the breach with no
word of results, and a market report on the results, still join their stories.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from store.texts import FILLER_TOPICS
from topline.store import Store, same_story
from topline.store.same_story import other_kind, reports_results
from topline.store.stories import Clusterer, tokens

BREACH = (
    "Harwick Bank says hackers stole customer data",
    "Harwick Bank said on Tuesday that hackers had stolen the names and account numbers of "
    "900,000 customers. Chief executive Nadia Quist apologised and said no money had been "
    "taken from accounts.",
)
BREACH_LATER = (
    "Watchdog opens Harwick inquiry",
    "The financial watchdog opened a formal inquiry into Harwick Bank on Monday over the theft "
    "of customer account numbers. Nadia Quist will appear before MPs next month.",
)
RESULTS = (
    "Harwick Bank profit climbs 9% on mortgage lending",
    "Harwick Bank reported on Thursday a 9% rise in annual profit, helped by mortgage lending. "
    "Chief executive Nadia Quist said the bank would raise its dividend. The results came two "
    "days after the bank said hackers had stolen customer account numbers.",
)
MARKET = (
    "Harwick shares rise as investors cheer results",
    "Shares in Harwick Bank rose 5% on Friday after its annual results beat forecasts. Nadia "
    "Quist said mortgage lending would keep growing.",
)
ENTITIES = Counter({"Harwick Bank": 2, "Nadia Quist": 1})


def test_which_headlines_report_results() -> None:
    assert reports_results(tokens("Harwick Bank profit climbs 9%"))
    assert reports_results(tokens("Calder shares climb after record results"))
    assert not reports_results(tokens("Primary results: senator wins"))  # not a company's
    assert not reports_results(tokens("Harwick shares fall after data breach"))
    breach = Counter(tokens(BREACH[0]))
    assert other_kind(tokens(RESULTS[0]), breach)
    assert other_kind(tokens(BREACH_LATER[0]), Counter(tokens(RESULTS[0])))
    assert not other_kind(tokens(MARKET[0]), Counter(tokens(RESULTS[0])))  # mentions them
    assert not other_kind(tokens(BREACH_LATER[0]), breach)


def _cluster(tmp_path: Path) -> dict[str, str]:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        for i, words in enumerate(FILLER_TOPICS[:10]):
            c.assign(f"f{i}", f"{words} {words}.", words.title(), date(2025, 4, 1), Counter())
        out = {}
        for key, (title, text), day in (
            ("breach", BREACH, 8),
            ("results", RESULTS, 10),
            ("market", MARKET, 11),
            ("inquiry", BREACH_LATER, 14),
        ):
            out[key] = c.assign(key, text, title, date(2025, 4, day), ENTITIES).story_id
        return out


def test_results_days_after_a_breach_are_another_story(tmp_path: Path) -> None:
    story = _cluster(tmp_path)
    assert story["results"] != story["breach"]
    assert story["market"] == story["results"]
    assert story["inquiry"] == story["breach"]


def test_without_the_results_test_they_merge(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(same_story, "OTHER_KIND", False)
    story = _cluster(tmp_path)
    assert story["results"] == story["breach"]
