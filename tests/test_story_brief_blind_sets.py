"""``benchmarks/story_brief.py``: blind story sets are read by ``--sets`` only, and never by the
modes that sweep thresholds or list errors (the default sets)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _bench() -> ModuleType:
    return importlib.import_module("benchmarks.story_brief")


def test_blind_sets_are_named_by_sets_only() -> None:
    m = _bench()
    assert not set(m.BLIND_SETS) & set(m.SETS)
    assert m.blind_names(["story_brief.py", "--briefs"]) == []
    assert m.blind_names(["story_brief.py", "--sets", "blind17"]) == ["blind17"]
    assert m.blind_names(["story_brief.py", "--sets=blind17"]) == ["blind17"]
    with pytest.raises(SystemExit):
        m.blind_names(["story_brief.py", "--sets", "synthetic"])


def test_each_blind_set_loads_with_a_fact_per_sentence() -> None:
    m = _bench()
    for path in m.BLIND_SETS.values():
        golds = m.load(path)
        originals = {g.id for g in golds if g.copy_of is None}
        assert all(g.copy_of in originals for g in golds if g.copy_of is not None)
        assert len({g.event for g in golds}) >= 2
