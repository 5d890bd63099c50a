"""Measuring a benchmark's processes and the machine around them (psutil, /proc).

For throughput.py, throughput_lengths.py, spark_standalone.py and ingest_jobs.py:

- :func:`watch_tree` samples the root process and all its descendants while it runs, so pool
  workers, forkserver children and Spark's JVM are counted too;
- :func:`tree_cpu` is the CPU time of a process tree, live and already reaped children included;
- :class:`Machine` records what else the machine was doing over a run: the load average before
  and after, the cores this process may use, and the CPU that *other* processes used (all
  busy CPU from ``/proc/stat`` minus the run's own), so a reader can tell whether the cores a
  ``-j N`` figure assumes were free.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: Seconds between two samples.
SAMPLE_SECONDS = 0.2


def watch_tree(pid: int, visit: Callable[[Any], None], stop: threading.Event) -> None:
    """Call ``visit(process)`` on every process of the tree rooted at ``pid`` every
    :data:`SAMPLE_SECONDS`, until ``stop`` is set or the root exits; a process that ends
    between listing and visiting is skipped."""
    import psutil

    root = psutil.Process(pid)
    while not stop.is_set():
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        for proc in procs:
            try:
                visit(proc)
            except psutil.Error:
                continue
        stop.wait(SAMPLE_SECONDS)


def tree_cpu(pid: int | None = None) -> float:
    """CPU seconds (user + system) of a process since it started and of all its descendants,
    live or already reaped (``children_*``)."""
    import psutil

    root = psutil.Process(pid)
    total = 0.0
    for proc in [root, *root.children(recursive=True)]:
        try:
            t = proc.cpu_times()
        except psutil.Error:
            continue
        total += t.user + t.system + t.children_user + t.children_system
    return total


def busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (``/proc/stat``: all but idle
    and iowait); 0.0 where there is no ``/proc``."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
    except OSError:
        return 0.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def usable_cores() -> int:
    """Cores this process may run on (its CPU affinity), else the machine's count."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass
class Machine:
    """The machine around one run: ``start()`` before it, ``stop(own_cpu)`` after it."""

    cores: int = 0
    load_before: float = 0.0
    load_after: float = 0.0
    wall: float = 0.0
    busy: float = 0.0
    others: float = 0.0  # mean cores used by other processes during the run

    def start(self) -> Machine:
        self.cores = usable_cores()
        self.load_before = os.getloadavg()[0]
        self._t0, self._busy0 = time.perf_counter(), busy_seconds()
        return self

    def stop(self, own_cpu: float) -> Machine:
        self.wall = time.perf_counter() - self._t0
        self.busy = busy_seconds() - self._busy0
        self.load_after = os.getloadavg()[0]
        self.others = max(self.busy - own_cpu, 0.0) / self.wall if self.wall else 0.0
        return self

    @property
    def free_cores(self) -> float:
        """Cores left for the run: usable cores minus what other processes used."""
        return max(self.cores - self.others, 0.0)

    def describe(self) -> str:
        return (
            f"load {self.load_before:.1f} → {self.load_after:.1f}, other processes "
            f"{self.others:.2f} of {self.cores} cores"
        )
