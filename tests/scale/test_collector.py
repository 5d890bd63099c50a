"""The garbage collector's young-generation threshold while a batch chunk runs."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from types import SimpleNamespace
from typing import Any, cast

import pytest
from spacy.language import Language

from topline.ingest import article_from_text
from topline.scale import work
from topline.scale.work import CHUNK_GC_THRESHOLD, WorkOptions, collector_for_chunk


@pytest.fixture()
def thresholds() -> Iterator[tuple[int, int, int]]:
    """The process's thresholds, put back after the test whatever it did."""
    old = gc.get_threshold()
    yield old
    gc.set_threshold(*old)


def test_a_chunk_runs_with_the_higher_threshold_and_restores_the_callers(
    thresholds: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    gc.set_threshold(700, 10, 10)
    seen: list[tuple[int, int, int]] = []

    def fake(articles: Sequence[Any], options: WorkOptions, nlp: Any) -> list[dict[str, Any]]:
        seen.append(gc.get_threshold())
        return [{"id": a.id} for a in articles]

    monkeypatch.setattr(work, "_process_articles", fake)
    monkeypatch.setattr(work, "_warm_up", lambda nlp, options: None)
    article = article_from_text("The council met on Tuesday and voted for the plan.", source="t")
    records = work.process_items(
        [article], WorkOptions(), nlp=cast(Language, SimpleNamespace(vocab=[]))
    )
    assert records == [{"id": article.id}]
    assert seen == [(CHUNK_GC_THRESHOLD, 10, 10)]
    assert gc.get_threshold() == (700, 10, 10)


def test_the_threshold_comes_back_when_the_chunk_raises(
    thresholds: tuple[int, int, int],
) -> None:
    gc.set_threshold(500, 7, 9)
    with pytest.raises(RuntimeError), collector_for_chunk():
        assert gc.get_threshold() == (CHUNK_GC_THRESHOLD, 7, 9)
        raise RuntimeError("boom")
    assert gc.get_threshold() == (500, 7, 9)


@pytest.mark.parametrize("first", [0, CHUNK_GC_THRESHOLD * 2])
def test_a_collector_switched_off_or_set_higher_is_left_alone(
    thresholds: tuple[int, int, int], first: int
) -> None:
    gc.set_threshold(first, 10, 10)
    with collector_for_chunk():
        assert gc.get_threshold() == (first, 10, 10)
    assert gc.get_threshold() == (first, 10, 10)


def test_cycles_made_in_a_chunk_are_still_collected(thresholds: tuple[int, int, int]) -> None:
    gc.set_threshold(700, 10, 10)
    gc.collect()

    class Node:
        other: Any = None

    with collector_for_chunk():
        for _ in range(CHUNK_GC_THRESHOLD // 4):
            a, b = Node(), Node()
            a.other, b.other = b, a
        del a, b
        # the young generation has not reached its threshold: the cycles are still there
        assert sum(isinstance(o, Node) for o in gc.get_objects(generation=0)) > 0
        # but enough new objects set off a collection that frees them
        keep: list[list[int]] = [[] for _ in range(CHUNK_GC_THRESHOLD * 3)]
        assert not any(isinstance(o, Node) for o in gc.get_objects(generation=0))
        del keep
