"""The one process pool of topline: workers that load the spaCy model once, results in order.

``topline batch`` (:mod:`topline.scale.batch`) and ``topline ingest -j``
(:mod:`topline.scale.analyser`) both run their spaCy work here, so the two commands share
one set of rules:

- workers start through ``forkserver`` (``spawn`` where there is none): no fork of a parent
  that holds threads or an SQLite connection, and each worker loads the model once, in the
  pool initializer (:func:`worker_nlp` hands it to task functions);
- workers ignore SIGINT: the parent alone handles Ctrl-C, and :meth:`WorkerPool.run_ordered`
  hands the tasks already finished to the caller before the workers are killed;
- results come back in submission order, with at most ``in_flight`` tasks out at a time
  (back-pressure, so memory does not grow with the input);
- a worker that dies (killed, out of memory) becomes :class:`WorkerDied`;
- workers die with the parent, even with ``kill -9`` (:func:`die_with_parent`).

The pool records the processes it starts through its multiprocessing context (see
:class:`_TrackingContext`), so it can kill them without reaching into the private
``ProcessPoolExecutor._processes``.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Any, Generic, TypeVar, cast

from spacy.language import Language

from topline.errors import ToplineError
from topline.nlp import get_nlp

#: Tasks out per worker at any time; bounds memory (back-pressure) and keeps workers busy.
IN_FLIGHT_PER_JOB = 2
#: Seconds to wait for a terminated worker to exit.
JOIN_TIMEOUT = 5.0
#: ``prctl`` option: the signal the kernel sends this process when its parent dies (Linux).
PR_SET_PDEATHSIG = 1

T = TypeVar("T")
R = TypeVar("R")


class WorkerDied(ToplineError):
    """A worker process died (killed, out of memory); the output so far is kept."""

    code = "worker_died"


# --- worker side ---------------------------------------------------------------------------

_worker_nlp: Language | None = None


def _init_worker(disable: tuple[str, ...]) -> None:
    """Load the model once per worker; the parent alone handles Ctrl-C; die with the parent."""
    global _worker_nlp
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    _worker_nlp = get_nlp(disable)


def die_with_parent() -> None:
    """End this worker as soon as the process that started the pool is gone (``kill -9``
    included), instead of living on with its memory and the dead parent's stdout.

    Two guards: on Linux, ``PR_SET_PDEATHSIG`` has the kernel kill the worker when the
    process that forked it (the forkserver, which itself exits with the parent) ends; and,
    everywhere, a daemon thread waits on the parent's sentinel (a pipe that the parent's
    death closes) and exits the process. The sentinel is checked once first, so a parent
    that died before this ran is noticed too.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    parent = multiprocessing.parent_process()
    sentinel = getattr(parent, "sentinel", None)
    if sentinel is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="topline-parent-watch", daemon=True).start()


def worker_nlp() -> Language:
    """The model this worker loaded (the default model when called outside a pool)."""
    return _worker_nlp if _worker_nlp is not None else get_nlp()


# --- parent side ---------------------------------------------------------------------------


class _TrackingContext:
    """A multiprocessing context that records every process it creates.

    ``ProcessPoolExecutor`` creates its workers through ``mp_context.Process`` and keeps them
    private; recording them here lets :meth:`WorkerPool.terminate` kill them. Everything
    else is the wrapped context's.
    """

    def __init__(self, base: BaseContext) -> None:
        self._base = base
        self.processes: list[BaseProcess] = []

    def Process(self, *args: Any, **kwargs: Any) -> BaseProcess:  # noqa: N802 (the context API)
        process = cast(BaseProcess, self._base.Process(*args, **kwargs))  # type: ignore[attr-defined]
        self.processes.append(process)
        return process

    def __getattr__(self, name: str) -> Any:
        return getattr(self._base, name)


def start_context() -> BaseContext:
    """``forkserver`` where the platform has it, else ``spawn``; never ``fork``."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class WorkerPool(Generic[T, R]):
    """``jobs`` worker processes running one picklable task function over many tasks.

    Use it as a context manager: leaving the block normally waits for the workers to exit;
    leaving it on an exception (Ctrl-C included) kills them at once.
    """

    def __init__(
        self,
        jobs: int,
        fn: Callable[[T], R],
        *,
        disable: tuple[str, ...] = (),
        in_flight: int | None = None,
    ) -> None:
        self.jobs = max(1, jobs)
        self.fn = fn
        self.in_flight = in_flight or IN_FLIGHT_PER_JOB * self.jobs
        self._context = _TrackingContext(start_context())
        self._pool = ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=cast(BaseContext, self._context),
            initializer=_init_worker,
            initargs=(disable,),
        )

    def __enter__(self) -> WorkerPool[T, R]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self._pool.shutdown(wait=True)
        else:
            self.terminate()

    def run_ordered(self, tasks: Iterable[T], sink: Callable[[R], None]) -> None:
        """Run every task; ``sink`` gets each result in task order, as soon as it can.

        Tasks are read lazily: at most ``in_flight`` are out at a time. On Ctrl-C, the
        results already finished (in order, up to the first one missing) still reach
        ``sink``, then the workers are killed and KeyboardInterrupt propagates.
        """
        pending: deque[Future[R]] = deque()
        try:
            for task in tasks:
                pending.append(self._pool.submit(self.fn, task))
                while len(pending) >= self.in_flight:
                    sink(pending.popleft().result())
            while pending:
                sink(pending.popleft().result())
        except KeyboardInterrupt:
            while pending and pending[0].done() and not pending[0].cancelled():
                if pending[0].exception() is not None:
                    break
                sink(pending.popleft().result())  # keep what is already finished
            self.terminate()
            raise
        except BrokenProcessPool as exc:
            self.terminate()
            raise WorkerDied("a worker process died; re-run the same command to resume") from exc

    def map(self, tasks: Iterable[T]) -> list[R]:
        """The results of ``tasks``, in order (:meth:`run_ordered` collected into a list)."""
        results: list[R] = []
        self.run_ordered(tasks, results.append)
        return results

    def terminate(self) -> None:
        """Stop the workers now: cancel what is queued, kill what runs."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        processes = list(self._context.processes)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=JOIN_TIMEOUT)
