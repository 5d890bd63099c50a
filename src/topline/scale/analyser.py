"""``topline ingest -j``: the store's analysis step run over the worker pool.

The store (:meth:`topline.store.Store.add`) works batch by batch: it drops the articles it
already holds, links syndicated copies, then asks an *analyser* for the analyses of the
originals left, and writes the batch in one transaction. :class:`PoolAnalyser` is that
analyser spread over :class:`topline.scale.pool.WorkerPool`: the batch's originals are cut
into a few chunks per worker and the analyses come back in input order. Everything else
(reading, duplicate and copy detection, stories, briefs, every write) stays in the parent,
the store's single writer, so the store ends up exactly as it does with ``-j 1``: same
batches, same order, same content.

The parent waits for a batch's analyses before writing it, so workers idle while it writes;
with a batch of :data:`topline.store.BATCH_SIZE` articles this keeps about eight workers
busy, beyond which more jobs help little.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import ceil
from types import TracebackType

from topline.model import Analysis, Article
from topline.scale.pool import WorkerPool, worker_nlp
from topline.scale.work import analyse_articles

#: Chunks per worker for each store batch: more than one so that a worker done early with a
#: chunk of short articles takes another, few so that ``nlp.pipe`` still batches well.
CHUNKS_PER_JOB = 2


def _analyse_chunk(articles: list[Article]) -> list[Analysis]:
    return analyse_articles(articles, nlp=worker_nlp())


class PoolAnalyser:
    """Analyses for :meth:`Store.add(analyser=…) <topline.store.Store.add>` from ``jobs`` workers.

    A context manager: the workers start on entry (each loads the model once) and stop on
    exit, at once when the block ends with an exception such as Ctrl-C.
    """

    def __init__(self, jobs: int, *, disable: tuple[str, ...] = ()) -> None:
        self.pool: WorkerPool[list[Article], list[Analysis]] = WorkerPool(
            jobs, _analyse_chunk, disable=disable
        )

    def __enter__(self) -> PoolAnalyser:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.pool.__exit__(exc_type, exc, tb)

    def __call__(self, articles: Sequence[Article]) -> list[Analysis]:
        if not articles:
            return []
        size = max(1, ceil(len(articles) / (self.pool.jobs * CHUNKS_PER_JOB)))
        chunks = [list(articles[i : i + size]) for i in range(0, len(articles), size)]
        return [analysis for chunk in self.pool.map(chunks) for analysis in chunk]
