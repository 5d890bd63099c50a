"""``benchmarks/speakers_written.py``: how a shown speaker's name is read among namesakes, and
one run of the scorer on a tiny article written for this test (not from the set)."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _scorer() -> ModuleType:
    return importlib.import_module("benchmarks.speakers_written")


def _people(m: ModuleType) -> list[object]:
    return [
        m.Person("Hugh Ashdown", "m"),
        m.Person("Martha Ashdown", "f"),
        m.Person("Ivy Ashdown", "f"),
        m.Person("Colm Reilly", "m"),
    ]


def test_a_name_is_read_as_the_people_it_can_only_mean() -> None:
    m = _scorer()
    people = _people(m)
    assert m.verdict("Martha Ashdown", "Martha Ashdown", people) == "right"
    assert m.verdict("Martha", "Martha Ashdown", people) == "right"
    assert m.verdict("Mr. Ashdown", "Hugh Ashdown", people) == "right"  # the only man
    assert m.verdict("Mrs Ashdown", "Martha Ashdown", people) == "ambiguous"  # two women
    assert m.verdict("Ashdown", "Ivy Ashdown", people) == "ambiguous"
    assert m.verdict("Hugh Ashdown", "Ivy Ashdown", people) == "wrong"
    assert m.verdict("Councillor Colm Reilly", "Colm Reilly", people) == "right"
    assert m.verdict("Reilly's", "Colm Reilly", people) == "right"
    assert m.verdict("Pemberton", "Colm Reilly", people) == "wrong"  # nobody in the article
    assert m.verdict("he", "Hugh Ashdown", people) == "unnamed"
    assert m.verdict("His wife", "Martha Ashdown", people) == "unnamed"
    assert m.verdict(None, "Hugh Ashdown", people) == "unnamed"
    assert m.verdict("Hugh and Martha Ashdown", "Martha Ashdown", people) == "ambiguous"
    assert m.verdict("Colm Reilly, the parish priest", "Colm Reilly", people) == "right"
    assert m.verdict("Ivy's father", "Hugh Ashdown", people) == "unnamed"
    assert m.verdict("Ivy's mother, Martha Ashdown", "Martha Ashdown", people) == "right"


def test_the_scorer_runs_on_a_tiny_article(tmp_path: Path) -> None:
    m = _scorer()
    text = (
        "A brother and sister from Kettlewick have opened the village's first bookshop in "
        "forty years.\n\n"
        '"We wanted somewhere to sit and read that was not a pub," Rosa Quint said.\n\n'
        'Her brother, Felix Quint, built the shelves. "It took me three weekends," he said.'
    )
    row = {
        "id": "tiny",
        "published": "2026-05-01",
        "text": text,
        "quotes": [
            {
                "quote": "We wanted somewhere to sit and read that was not a pub,",
                "speaker": "Rosa Quint",
            },
            {"quote": "It took me three weekends,", "speaker": "Felix Quint"},
        ],
        "people": [{"name": "Rosa Quint", "sex": "f"}, {"name": "Felix Quint", "sex": "m"}],
        "control": False,
    }
    path = tmp_path / "tiny.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    items = m.load(path)
    assert items[0].quotes[1].span.of(text) == "It took me three weekends,"
    quotes, crucial = m.run(items)
    assert [j.gold.speaker for j in quotes] == ["Rosa Quint", "Felix Quint"]
    assert all(j.verdict in m.VERDICTS for j in quotes)
    assert len(crucial) == 1
    lines = m.table(quotes, crucial)
    assert lines[4].startswith("| all | 1 | 2 | ")
    assert len(m.show(quotes, crucial)) == 3


def test_each_named_set_loads() -> None:
    m = _scorer()
    assert m.SETS["written"] == m.DATA
    for path in m.SETS.values():
        items = m.load(path)
        assert items and all(item.quotes for item in items)
        assert any(item.control for item in items) and not all(item.control for item in items)
