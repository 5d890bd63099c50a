"""Where a route's work runs: analyses in worker processes, store reads in threads of their own.

Reads never wait behind analyses: each kind has its own limiter (``workers`` and
``read_workers``), and analyses run in :class:`topline.web.isolation.AnalysisPool`, whose
deadline stops the work itself rather than abandoning a thread that goes on.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import Request

from topline.errors import Busy, NotFound, StoreError, TimeLimit
from topline.web.isolation import AnalysisPool
from topline.web.settings import Settings
from topline.web.store_port import StoreFactory, StorePort

#: Seconds the event loop waits beyond a job's own deadline before giving up on its thread
#: (the thread normally answers first: it enforces the deadline itself).
GRACE = 2.0

T = TypeVar("T")


async def run_limited(request: Request, fn: Callable[..., T], *args: Any) -> T:
    """A store read ``fn(*args)`` in a read thread (never queued behind analyses);
    TimeLimit if it takes longer than allowed."""
    settings: Settings = request.app.state.settings
    limiter: anyio.CapacityLimiter = request.app.state.read_limiter
    return await _in_thread(settings, limiter, fn, *args)


async def run_analysis(request: Request, fn: Callable[..., T], *args: Any, wait: bool = True) -> T:
    """``fn(*args)`` (a :mod:`topline.web.service` function, settings last) in an analysis
    worker process, stopped at the time limit; in a thread when the app does not isolate.

    ``wait=False`` (an analysis a read needs): Busy at once when no worker is idle, rather
    than waiting behind briefs.
    """
    settings: Settings = request.app.state.settings
    pool: AnalysisPool | None = request.app.state.analysis_pool
    limiter: anyio.CapacityLimiter = request.app.state.analysis_limiter
    if pool is None:
        if not wait and limiter.available_tokens < 1:
            raise Busy(f"all {settings.workers} analysis threads are busy; try again shortly")
        return await _in_thread(settings, limiter, fn, *args)
    deadline = time.monotonic() + settings.time_limit
    *rest, job_settings = args
    run = partial(pool.run, wait=wait)
    try:
        with anyio.fail_after(settings.time_limit + GRACE):
            result: T = await anyio.to_thread.run_sync(
                run, fn, tuple(rest), job_settings, deadline,
                limiter=limiter, abandon_on_cancel=True,
            )  # fmt: skip
            return result
    except TimeoutError:
        raise TimeLimit(
            f"the request took longer than the {settings.time_limit:g}-second limit"
        ) from None


async def _in_thread(
    settings: Settings, limiter: anyio.CapacityLimiter, fn: Callable[..., T], *args: Any
) -> T:
    try:
        with anyio.fail_after(settings.time_limit):
            return await anyio.to_thread.run_sync(
                fn, *args, limiter=limiter, abandon_on_cancel=True
            )
    except TimeoutError:
        raise TimeLimit(
            f"the request took longer than the {settings.time_limit:g}-second limit"
        ) from None


def per_thread_store(factory: StoreFactory) -> StoreFactory:
    """One open store per thread, reused by every request that thread serves (opening one
    costs a file check and a schema look-up; SQLite connections belong to their thread)."""
    local = threading.local()

    @contextmanager
    def reuse() -> Iterator[StorePort]:
        store: Any = getattr(local, "store", None)
        if store is None:
            store = factory().__enter__()
            local.store = store
        try:
            yield store
        except BaseException as exc:
            if isinstance(exc, StoreError) and not isinstance(
                exc, NotFound
            ):  # a store that failed is reopened next time
                local.store = None
                store.__exit__(None, None, None)
            raise

    return reuse
