"""Analyses in worker processes that a deadline can really stop.

A thread cannot be killed: when a request's time was up, the old server abandoned the
thread, which went on analysing (and holding memory) while new requests started more. Here
each analysis runs in one of ``workers`` long-lived processes (each loads the model once):

- at most ``workers`` analyses ever run: a request takes an idle worker (waiting, within
  its deadline, when all are busy) and gives it back when done;
- when the deadline passes, the request's own thread kills that worker and starts a fresh
  one in its place: the work stops, its memory is returned, the slot stays usable;
- a worker is also replaced after :data:`JOBS_PER_WORKER` jobs (spaCy's vocabulary grows
  with every new word it sees), so memory stays bounded over days;
- a worker dies with the server (:func:`topline.scale.pool.die_with_parent`), and runs at a
  lower priority than the server, so reads keep the CPU they need while analyses saturate it.

The job is a module-level function of :mod:`topline.web.service` and its arguments, the
settings last; they travel by pickle, the settings as their plain fields.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from topline.errors import Busy, TimeLimit, ToplineError, WorkerCrashed
from topline.web.settings import Settings

#: Requests allowed to wait for a worker, per worker; beyond that a request is refused at
#: once (503 ``busy`` with Retry-After) rather than left to time out in a queue, so a flood
#: costs the server nothing and the client learns at once to come back later.
WAITING_PER_WORKER = 1
#: Jobs a worker runs before it is replaced by a fresh one (bounds its memory).
JOBS_PER_WORKER = 200
#: Seconds a killed worker is given to exit before the next one starts.
KILL_WAIT = 5.0
#: Niceness added to each worker (``os.nice`` as it starts): when analyses saturate the CPU,
#: the server process (the event loop and the store reads) is still scheduled first. At 10
#: the kernel gives a worker about a tenth of the CPU share of the server (CFS weights 110
#: against 1024), so a read that needs a few milliseconds gets them at once.
WORKER_NICE = 10

Job = tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]


# --- worker side ---------------------------------------------------------------------------


def _worker_main(conn: Connection, warm: bool) -> None:
    """Run jobs until the parent closes the pipe; answer each with (kind, payload)."""
    from topline.ingest.robots import RobotsCache
    from topline.scale.pool import die_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    with contextlib.suppress(OSError, AttributeError):
        os.nice(WORKER_NICE)
    robots = RobotsCache()  # kept for the worker's life, as the app keeps its own
    if warm:
        from topline.nlp import get_nlp

        get_nlp()
    while True:
        try:
            fn, args, fields = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[str, Any] = ("ok", fn(*args, Settings(**fields, robots=robots)))
        except ToplineError as exc:
            answer = ("error", (type(exc), exc.message, exc.source))
        except Exception as exc:  # reported as a 500 by the parent, without internals
            answer = ("crash", type(exc).__name__)
        conn.send(answer)


# --- parent side ---------------------------------------------------------------------------


class _Worker:
    """One worker process and the pipe to it; started lazily, replaced when killed."""

    def __init__(self, warm: bool) -> None:
        self.warm = warm
        self.process: BaseProcess | None = None
        self.conn: Connection | None = None
        self.jobs = 0

    def start(self) -> None:
        from topline.scale.pool import start_context

        context = start_context()
        parent, child = context.Pipe()
        process = context.Process(  # type: ignore[attr-defined]
            target=_worker_main, args=(child, self.warm), daemon=True, name="topline-analysis"
        )
        process.start()
        child.close()
        self.process, self.conn, self.jobs = process, parent, 0

    def stop(self) -> None:
        if self.conn is not None:
            self.conn.close()
        if self.process is not None:
            if self.process.is_alive():
                self.process.kill()
            self.process.join(KILL_WAIT)
        self.process = self.conn = None

    def run(self, job: Job, deadline: float, limit: float) -> Any:
        if self.process is None or not self.process.is_alive() or self.jobs >= JOBS_PER_WORKER:
            self.stop()
            self.start()
        assert self.conn is not None
        self.conn.send(job)
        self.jobs += 1
        if not self.conn.poll(max(0.0, deadline - time.monotonic())):
            self.stop()  # the only way to stop work in progress: the process goes
            self.start()  # its successor loads the model now, not when the next job comes
            raise TimeLimit(f"the request took longer than the {limit:g}-second limit")
        try:
            kind, payload = self.conn.recv()
        except (EOFError, OSError):
            self.stop()
            raise WorkerCrashed("the analysis worker died; try again") from None
        if kind == "ok":
            return payload
        if kind == "error":
            cls, message, source = payload
            raise cls(message, source=source)
        raise RuntimeError(f"analysis failed ({payload})")


class AnalysisPool:
    """``workers`` analysis processes; :meth:`run` runs one job under a deadline."""

    def __init__(self, workers: int, *, warm: bool = True) -> None:
        self.size = max(1, workers)
        self._all = [_Worker(warm) for _ in range(self.size)]
        self._idle: queue.Queue[_Worker] = queue.Queue()
        for worker in self._all:
            self._idle.put(worker)
        self._closed = threading.Event()
        self._lock = threading.Lock()
        self._waiting = 0
        self.max_waiting = WAITING_PER_WORKER * self.size

    def start(self) -> None:
        """Start every worker now (each loads its model in the background)."""
        for worker in self._all:
            if worker.process is None:
                worker.start()

    def run(
        self,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        settings: Settings,
        deadline: float,
        *,
        wait: bool = True,
    ) -> Any:
        """``fn(*args, settings)`` in a worker, done by ``deadline`` (monotonic) or stopped.

        ``wait=False``: Busy at once unless a worker is idle now (an analysis a read needs
        must not queue behind briefs).
        """
        worker = self._idle_worker() if not wait else self._wait_for_worker(deadline)
        try:
            if self._closed.is_set():
                raise Busy("the server is shutting down")
            return worker.run((fn, args, settings.portable()), deadline, settings.time_limit)
        finally:
            self._idle.put(worker)

    def _idle_worker(self) -> _Worker:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            raise Busy(f"all {self.size} analysis workers are busy; try again shortly") from None

    def _wait_for_worker(self, deadline: float) -> _Worker:
        with self._lock:
            if self._idle.empty() and self._waiting >= self.max_waiting:
                raise Busy(
                    f"all {self.size} analysis workers are busy and {self._waiting} "
                    "request(s) wait; try again shortly"
                )
            self._waiting += 1
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise Busy(f"all {self.size} analysis workers stayed busy; try again shortly") from None
        finally:
            with self._lock:
                self._waiting -= 1

    def pids(self) -> list[int]:
        """Process ids of the workers alive now (for tests and the load benchmark)."""
        return [
            w.process.pid
            for w in self._all
            if w.process is not None and w.process.pid is not None and w.process.is_alive()
        ]

    def close(self) -> None:
        self._closed.set()
        for worker in self._all:
            worker.stop()
