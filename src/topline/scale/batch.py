"""Batch on one machine: a pool of worker processes, streaming JSONL in input order.

Why it looks like this:

- each worker loads the spaCy model once (pool initializer) and parses whole chunks with
  ``nlp.pipe`` through :func:`topline.scale.work.process_items`;
- inputs are read lazily from :func:`topline.ingest.load` and at most ``in_flight`` chunks
  are out at any time (back-pressure), so memory does not grow with the corpus;
- chunks are written in submission order, so the output follows the input;
- a failed article becomes an error record and the batch goes on;
- on Ctrl-C the chunks already finished are written, workers are terminated and the
  KeyboardInterrupt propagates; a re-run with the same output skips the ids already there.

``jobs=1`` runs in the calling process (no pool, no second copy of the model).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from spacy.language import Language

from topline.brief import DEFAULT_BULLETS
from topline.errors import ToplineError
from topline.ingest import load
from topline.model import Article
from topline.nlp import get_nlp
from topline.scale.jsonl import item_key, open_for_resume, write_records
from topline.scale.work import Item, Record, WorkOptions, process_items

#: Articles per chunk sent to a worker: big enough for nlp.pipe to batch, small enough
#: that an interruption loses little and the progress bar moves.
CHUNK_SIZE = 32
#: Text per chunk at most: one ``nlp.pipe`` batch holds all of a chunk's tokens in memory at
#: once (32 articles of 15,000 characters peaked at 1.9 GB; average news articles, ≈ 4,300
#: characters, still fill a chunk of 32).
CHUNK_CHARS = 150_000
#: Chunks out per worker at any time; bounds memory (back-pressure) and keeps workers busy.
IN_FLIGHT_PER_JOB = 2


class WorkerDied(ToplineError):
    """A worker process died (killed, out of memory); the output so far is kept."""

    code = "worker_died"


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
    published: str | None = None
    resume: bool = True

    def work(self) -> WorkOptions:
        return WorkOptions(
            what=self.what,
            max_bullets=self.max_bullets,
            max_words=self.max_words,
            batch_size=self.chunk_size,
        )


@dataclass
class BatchStats:
    """Counts so far; handed to the progress callback after every chunk."""

    done: int = 0
    failed: int = 0
    skipped: int = 0
    total: int | None = None


ProgressCallback = Callable[[BatchStats, Sequence[Record]], None]


def iter_items(sources: Iterable[str], *, published: str | None = None) -> Iterator[Item]:
    """Every input of every source, lazily, as ``topline.ingest.load`` yields them."""
    for source in sources:
        yield from load(source, published=published)


def chunked(items: Iterable[Item], size: int, max_chars: int = CHUNK_CHARS) -> Iterator[list[Item]]:
    """Chunks of at most ``size`` items, closed early once they hold ``max_chars`` of text."""
    chunk: list[Item] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += len(item.text) if isinstance(item, Article) else 0
        if len(chunk) >= size or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


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

_worker_nlp: Language | None = None


def _init_worker(disable: tuple[str, ...]) -> None:
    """Load the model once per worker; the parent alone handles Ctrl-C."""
    global _worker_nlp
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_nlp = get_nlp(disable)


def _work_chunk(items: list[Item], options: WorkOptions) -> list[Record]:
    return process_items(items, options, nlp=_worker_nlp)


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now: cancel what is queued, kill what runs."""
    processes = list(getattr(pool, "_processes", {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)


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
    limit = options.in_flight or IN_FLIGHT_PER_JOB * options.jobs
    work = options.work()
    pending: deque[Future[list[Record]]] = deque()
    pool = ProcessPoolExecutor(
        max_workers=options.jobs,
        mp_context=_context(),
        initializer=_init_worker,
        initargs=(options.disable,),
    )
    try:
        for chunk in chunks:
            pending.append(pool.submit(_work_chunk, chunk, work))
            while len(pending) >= limit:
                sink(pending.popleft().result())
        while pending:
            sink(pending.popleft().result())
    except KeyboardInterrupt:
        while pending and pending[0].done() and not pending[0].cancelled():
            if pending[0].exception() is not None:
                break
            sink(pending.popleft().result())  # keep what is already finished
        _terminate(pool)
        raise
    except BrokenProcessPool as exc:
        _terminate(pool)
        raise WorkerDied("a worker process died; re-run with the same --out to resume") from exc
    pool.shutdown(wait=True)


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
