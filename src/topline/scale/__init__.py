"""Scale: every core of one machine (:mod:`topline.scale.batch`), and Spark beyond it
(:mod:`topline.scale.spark`, needs the ``topline[spark]`` extra). The process pool
(:mod:`topline.scale.pool`) also analyses for ``topline ingest -j`` (:mod:`topline.scale.analyser`).

Both paths turn each article into the same JSON document through :mod:`topline.scale.work`,
so a brief made by a Spark executor is byte-for-byte the brief made by ``topline brief``.
"""

from __future__ import annotations

from topline.errors import WorkerDied
from topline.scale.batch import BatchOptions, BatchStats, run_batch, run_items
from topline.scale.pool import WorkerPool
from topline.scale.work import WHATS, analyse_articles, process_items

__all__ = [
    "WHATS",
    "BatchOptions",
    "BatchStats",
    "WorkerDied",
    "WorkerPool",
    "analyse_articles",
    "process_items",
    "run_batch",
    "run_items",
]
