"""The shared worker pool: ordered results, back-pressure, Ctrl-C kills the workers."""

from __future__ import annotations

import time

import pytest

from topline.scale.pool import WorkerPool


def test_results_come_back_in_task_order() -> None:
    with WorkerPool[int, int](2, abs) as pool:
        assert pool.map([-3, 2, -1, 0, -7]) == [3, 2, 1, 0, 7]


def test_ctrl_c_hands_over_finished_results_then_kills_the_workers() -> None:
    got: list[None] = []

    def sink(result: None) -> None:
        got.append(result)
        if len(got) == 1:
            raise KeyboardInterrupt  # Ctrl-C while the long tasks run

    started = time.monotonic()
    pool: WorkerPool[float, None] = WorkerPool(2, time.sleep, in_flight=3)
    with pytest.raises(KeyboardInterrupt), pool:
        pool.run_ordered([0.0, 60.0, 60.0], sink)
    assert time.monotonic() - started < 50
    workers = pool._context.processes
    assert len(workers) == 2 and not any(p.is_alive() for p in workers)
