"""Batch on one machine: a pool of worker processes, streaming JSONL in input order.

Why it looks like this:

- the workers are :class:`topline.scale.pool.WorkerPool`'s (shared with ``topline ingest -j``):
  each loads the spaCy model once and parses whole chunks with ``nlp.pipe`` through
  :func:`topline.scale.work.process_items`;
- inputs are read lazily from :func:`topline.ingest.load` and at most ``in_flight`` chunks
  are out at any time (back-pressure), so memory does not grow with the corpus;
- chunks are written in submission order, so the output follows the input;
- a failed article becomes an error record and the batch goes on;
- on Ctrl-C the chunks already finished are written, workers are terminated and the
  KeyboardInterrupt propagates; a re-run with the same output skips the ids already there.

``jobs=1`` runs in the calling process (no pool, no second copy of the model).
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO

from topline.ingest import load
from topline.nlp import get_nlp
from topline.options import DEFAULT_BULLETS
from topline.scale.jsonl import item_key, open_for_resume, write_records
from topline.scale.pool import WorkerPool, worker_nlp
from topline.scale.work import Item, Record, WorkOptions, bounded_batches, item_chars, process_items

#: Articles per chunk sent to a worker: big enough for nlp.pipe to batch, small enough
#: that an interruption loses little and the progress bar moves.
CHUNK_SIZE = 32
#: Text per chunk at most: a worker is sent this much at once (32 articles of 15,000
#: characters in one parse batch peaked at 1.9 GB; average news articles, ≈ 4,300
#: characters, still fill a chunk of 32). The parse batches within a chunk are bounded
#: apart, by :data:`topline.scale.work.PIPE_CHARS`.
CHUNK_CHARS = 150_000


@dataclass(frozen=True)
class BatchOptions:
    """How to run a batch; ``disable`` names spaCy components the output does not need."""

    what: str = "brief"
    jobs: int = 1
    chunk_size: int = CHUNK_SIZE
    in_flight: int | None = None
    disable: tuple[str, ...] = ()
    max_bullets: int = DEFAULT_BULLETS
    max_words: int | None = None
    published: datetime.date | None = None
    resume: bool = True
    only: tuple[str, ...] = ()
    skip: tuple[str, ...] = ()

    def work(self) -> WorkOptions:
        return WorkOptions(
            what=self.what,
            max_bullets=self.max_bullets,
            max_words=self.max_words,
            batch_size=self.chunk_size,
            only=self.only,
            skip=self.skip,
        )


@dataclass
class BatchStats:
    """Counts so far; handed to the progress callback after every chunk."""

    done: int = 0
    failed: int = 0
    skipped: int = 0
    total: int | None = None


ProgressCallback = Callable[[BatchStats, Sequence[Record]], None]


def iter_items(sources: Iterable[str], *, published: datetime.date | None = None) -> Iterator[Item]:
    """Every input of every source, lazily, as ``topline.ingest.load`` yields them."""
    for source in sources:
        yield from load(source, published=published)


def chunked(items: Iterable[Item], size: int, max_chars: int = CHUNK_CHARS) -> Iterator[list[Item]]:
    """Chunks of at most ``size`` items, closed early once they hold ``max_chars`` of text."""
    return bounded_batches(items, size, max_chars, item_chars)


def estimate_total(sources: Sequence[str]) -> int | None:
    """A cheap count of inputs for the ETA (files in folders, lines of JSONL), or None."""
    total = 0
    for source in sources:
        path = Path(source)
        if source == "-" or not path.exists():
            return None
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.is_file())
        elif path.suffix.lower() in {".jsonl", ".ndjson"}:
            with path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        elif path.suffix.lower() in {".txt", ".text", ".md", ".html", ".htm"}:
            total += 1
        else:
            return None  # feeds, archives …: unknown until read
    return total


# --- worker side ---------------------------------------------------------------------------


def _work_chunk(items: list[Item], options: WorkOptions) -> list[Record]:
    return process_items(items, options, nlp=worker_nlp())


# --- parent side ---------------------------------------------------------------------------


class _Sink:
    """Writes finished chunks, updates counts and tells the caller."""

    def __init__(self, fh: IO[bytes], stats: BatchStats, on_progress: ProgressCallback | None):
        self.fh, self.stats, self.on_progress = fh, stats, on_progress

    def __call__(self, records: list[Record]) -> None:
        write_records(self.fh, records)
        failed = [r for r in records if "error" in r]
        self.stats.done += len(records) - len(failed)
        self.stats.failed += len(failed)
        if self.on_progress is not None:
            self.on_progress(self.stats, failed)


def _pending(items: Iterable[Item], done: set[str], stats: BatchStats) -> Iterator[Item]:
    for item in items:
        key = item_key(item)
        if key in done:
            stats.skipped += 1
            continue
        done.add(key)  # a duplicate later in the input is skipped too
        yield item


def _run_here(chunks: Iterable[list[Item]], options: BatchOptions, sink: _Sink) -> None:
    nlp = get_nlp(options.disable)
    work = options.work()
    for chunk in chunks:
        sink(process_items(chunk, work, nlp=nlp))


def _run_pool(chunks: Iterable[list[Item]], options: BatchOptions, sink: _Sink) -> None:
    task = partial(_work_chunk, options=options.work())
    with WorkerPool(
        options.jobs, task, disable=options.disable, in_flight=options.in_flight
    ) as pool:
        pool.run_ordered(chunks, sink)


def run_batch(
    sources: Sequence[str],
    out: Path | IO[bytes],
    options: BatchOptions = BatchOptions(),
    *,
    on_progress: ProgressCallback | None = None,
) -> BatchStats:
    """Process every input of ``sources`` into JSONL records appended to ``out``.

    ``out`` is a path (resumable: with ``options.resume``, the default, inputs whose key is
    already there are skipped, so a re-run after an interruption finishes the job) or an
    open binary stream such as standard output (not resumable).
    """
    items = iter_items(sources, published=options.published)
    return run_items(items, out, options, total=estimate_total(sources), on_progress=on_progress)


def run_items(
    items: Iterable[Item],
    out: Path | IO[bytes],
    options: BatchOptions = BatchOptions(),
    *,
    total: int | None = None,
    on_progress: ProgressCallback | None = None,
) -> BatchStats:
    """:func:`run_batch` for articles already in hand (read lazily from ``items``)."""
    done: set[str] = set()
    if isinstance(out, Path):
        fh, done = open_for_resume(out)
        if not options.resume:
            fh.truncate(0)
            done = set()
    else:
        fh = out
    stats = BatchStats(total=total)
    sink = _Sink(fh, stats, on_progress)
    chunks = chunked(_pending(items, done, stats), options.chunk_size)
    try:
        if options.jobs <= 1:
            _run_here(chunks, options, sink)
        else:
            _run_pool(chunks, options, sink)
    finally:
        fh.flush()
        if isinstance(out, Path):
            os.fsync(fh.fileno())
            fh.close()
    return stats
