"""Sampling a benchmark's process tree while it runs (psutil), for throughput.py and
ingest_jobs.py: each sample visits the root process and all its descendants, so pool workers,
forkserver children and Spark's JVM are counted too."""

from __future__ import annotations

import threading
from collections.abc import Callable
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
