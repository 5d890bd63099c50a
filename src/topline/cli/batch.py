"""``topline batch`` and ``topline spark-brief``: many articles in, JSONL (or Parquet) out.

Thin shells over :mod:`topline.scale`. ``topline brief --batch`` delegates here too
(:func:`run_brief_batch`). Progress goes to stderr, only on a terminal or with --progress.
"""

from __future__ import annotations

import datetime
import os
import sys
import time
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from topline.cli._common import (
    BULLETS_OPTION,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    MAX_WORDS_OPTION,
    ONLY_OPTION,
    SKIP_OPTION,
    error_line,
    reporting_errors,
)
from topline.cli.dates import date_option
from topline.errors import InputError
from topline.options import Options, extractor_names
from topline.pipeline import check_extractors
from topline.scale.batch import BatchOptions, BatchStats, run_batch
from topline.scale.work import Record


class What(str, Enum):
    brief = "brief"
    extract = "extract"


class BatchFormat(str, Enum):
    jsonl = "jsonl"
    md = "md"
    html = "html"


class TableFormat(str, Enum):
    auto = "auto"
    jsonl = "jsonl"
    parquet = "parquet"


INPUTS_ARG = typer.Argument(..., help="Files, folders, JSONL or feeds (as topline ingest reads).")
OUT_OPTION = typer.Option("-", "--out", "-o", help="JSONL output file (- for stdout).")
JOBS_OPTION = typer.Option(
    1, "--jobs", "-j", min=0, help="Worker processes (0: one per core; 1: this process)."
)


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "… articles/s", style="cyan")


class _Reporter:
    """Progress bar (or nothing) plus one stderr line per failed article."""

    def __init__(self, show: bool) -> None:
        self.progress: Progress | None = None
        if show:
            self.progress = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                _RateColumn(),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
        self.task: Any = None

    def __enter__(self) -> _Reporter:
        if self.progress is not None:
            self.progress.start()
            self.task = self.progress.add_task("briefing", total=None)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()

    def __call__(self, stats: BatchStats, failed: Sequence[Record]) -> None:
        for record in failed:
            where = record.get("source") or record.get("id")
            message = f"topline: error: {where}: {record['error']['message']}"
            if self.progress is not None:
                self.progress.console.print(message, markup=False, highlight=False)
            else:
                typer.echo(message, err=True)
        if self.progress is not None:
            total = None if stats.total is None else max(stats.total - stats.skipped, 0)
            self.progress.update(
                self.task, total=total, completed=stats.done + stats.failed, refresh=True
            )


def _jobs(jobs: int) -> int:
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def batch_to_jsonl(
    inputs: Sequence[str],
    *,
    out: str,
    options: BatchOptions,
    progress: bool | None,
) -> None:
    """Run a batch with progress and a summary line; Ctrl-C leaves a resumable output."""
    show = progress if progress is not None else sys.stderr.isatty()
    target: Path | Any = Path(out) if out != "-" else sys.stdout.buffer
    if out == "-" and not inputs:
        raise InputError("no input given")
    started = time.perf_counter()
    stats = BatchStats()
    reporter = _Reporter(show)

    def on_progress(current: BatchStats, failed: Sequence[Record]) -> None:
        nonlocal stats
        stats = current
        reporter(current, failed)

    try:
        with reporter:
            stats = run_batch(list(inputs), target, options, on_progress=on_progress)
    except KeyboardInterrupt:
        where = "re-run the same command to resume" if out != "-" else "output is partial"
        error_line(f"interrupted after {stats.done + stats.failed} article(s); {where}")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    seconds = time.perf_counter() - started
    rate = (stats.done + stats.failed) / seconds if seconds > 0 else 0.0
    typer.echo(
        f"topline: {stats.done} done, {stats.failed} failed, {stats.skipped} skipped "
        f"(already in output) in {seconds:.1f} s ({rate:.1f} articles/s)",
        err=True,
    )
    if stats.failed:  # as `read` and `ingest`: the good records are written, the run says so
        raise typer.Exit(EXIT_INPUT)


def _options(
    what: What,
    jobs: int,
    chunk_size: int,
    published: datetime.date | None,
    bullets: int,
    disable: str,
    restart: bool,
    max_words: int | None = None,
    only: str = "",
    skip: str = "",
) -> BatchOptions:
    selection = Options(only=extractor_names(only), skip=extractor_names(skip))
    if (selection.only or selection.skip) and what is not What.extract:
        raise InputError("--only and --skip select extractors: use them with --what extract")
    check_extractors(selection)  # a wrong name is exit 2 before any input is read
    return BatchOptions(
        only=selection.only,
        skip=selection.skip,
        what=what.value,
        jobs=_jobs(jobs),
        chunk_size=chunk_size,
        disable=tuple(name.strip() for name in disable.split(",") if name.strip()),
        max_bullets=bullets,
        max_words=max_words,
        published=published,
        resume=not restart,
    )


def batch(
    inputs: list[str] = INPUTS_ARG,
    out: str = OUT_OPTION,
    jobs: int = JOBS_OPTION,
    what: What = typer.Option(What.brief, "--what", help="Make a brief or an extraction."),
    fmt: BatchFormat = typer.Option(
        BatchFormat.jsonl,
        "--format",
        "-f",
        help="jsonl: records to --out; md or html: one file per article in the folder --out.",
    ),
    published: datetime.date | None = date_option(
        "--published", "Publication date of every input (overrides what sources carry)."
    ),
    bullets: int = BULLETS_OPTION,
    max_words: int | None = MAX_WORDS_OPTION,
    chunk_size: int = typer.Option(32, "--chunk-size", min=1, help="Articles per worker task."),
    disable: str = typer.Option(
        "", "--disable", help="spaCy components to skip, comma-separated (changes results)."
    ),
    progress: bool | None = typer.Option(
        None, "--progress/--no-progress", help="Progress bar on stderr (default: on a terminal)."
    ),
    restart: bool = typer.Option(
        False, "--restart", help="Overwrite --out instead of resuming after the ids in it."
    ),
    only: str = ONLY_OPTION,
    skip: str = SKIP_OPTION,
) -> None:
    """Brief (or extract) many articles on every core, one JSON record per line.

    With --format md or html, --out is a folder: one file per article beside the records
    (briefs.jsonl). Records follow the input order; a failed article becomes an error record and the batch
    goes on. Re-running with the same --out skips the articles already in it.
    """
    with reporting_errors():
        options = _options(
            what, jobs, chunk_size, published, bullets, disable, restart, max_words, only, skip
        )
        if fmt is BatchFormat.jsonl:
            batch_to_jsonl(inputs, out=out, options=options, progress=progress)
            return
        from topline.cli.batch_files import RECORDS_NAME, write_files

        if out == "-":
            raise InputError(f"--format {fmt.value} writes one file per article: give --out FOLDER")
        folder = Path(out)
        if folder.exists() and not folder.is_dir():
            raise InputError("is a file; --format md|html needs a folder", source=out)
        folder.mkdir(parents=True, exist_ok=True)
        try:
            batch_to_jsonl(
                inputs, out=str(folder / RECORDS_NAME), options=options, progress=progress
            )
        finally:  # also after a failed or interrupted run: what is done is readable
            written = write_files(folder, fmt.value)
            typer.echo(f"topline: {written} {fmt.value} file(s) in {folder}", err=True)


def run_brief_batch(
    inputs: Sequence[str],
    *,
    out: str | None,
    jobs: int,
    published: datetime.date | None,
    bullets: int,
    max_words: int | None = None,
) -> None:
    """``topline brief --batch``: the batch path with the brief command's options."""
    options = _options(What.brief, jobs, 32, published, bullets, "", False, max_words)
    batch_to_jsonl(inputs, out=out or "-", options=options, progress=None)


def _table_format(path: str, fmt: TableFormat) -> str:
    if fmt is not TableFormat.auto:
        return str(fmt.value)
    return "parquet" if path.rstrip("/").lower().endswith(".parquet") else "jsonl"


def spark_brief(
    input_path: str = typer.Argument(..., help="JSONL file/folder or Parquet of articles."),
    output_path: str = typer.Argument(..., help="Output folder (JSON lines or Parquet parts)."),
    what: What = typer.Option(What.brief, "--what", help="Make a brief or an extraction."),
    text_col: str = typer.Option("text", "--text-col", help="Column with the article text."),
    id_col: str | None = typer.Option(
        None, "--id-col", help="Column with an article id (default: 'id' if present)."
    ),
    published_col: str | None = typer.Option(
        None, "--published-col", help="Publication date column (default: 'published' if present)."
    ),
    master: str | None = typer.Option(
        None, "--master", help="Spark master (default: spark-submit's, else local[*])."
    ),
    partitions: int | None = typer.Option(
        None, "--partitions", min=1, help="Repartition the input first."
    ),
    input_format: TableFormat = typer.Option(TableFormat.auto, "--input-format"),
    fmt: TableFormat = typer.Option(
        TableFormat.auto, "--format", "-f", help="Output format (auto: from OUTPUT's suffix)."
    ),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace OUTPUT if it exists."),
) -> None:
    """Brief every article of a JSONL/Parquet table with Spark (local or on a cluster)."""
    with reporting_errors():
        from topline.scale.spark import brief_dataframe

        if not Path(input_path).exists() and "://" not in input_path:
            raise InputError("no such file or folder", source=input_path)
        spark = _session(master)
        reader = spark.read
        df = (
            reader.parquet(input_path)
            if _table_format(input_path, input_format) == "parquet"
            else reader.json(input_path)
        )
        if text_col not in df.columns:
            raise InputError(f"no column {text_col!r} (columns: {df.columns})", source=input_path)
        if partitions:
            df = df.repartition(partitions)
        result = brief_dataframe(
            df,
            text_col=text_col,
            id_col=id_col or ("id" if "id" in df.columns else None),
            published_col=published_col or ("published" if "published" in df.columns else None),
            what=what.value,
        )
        writer = result.write.mode("overwrite" if overwrite else "errorifexists")
        if _table_format(output_path, fmt) == "parquet":
            writer.parquet(output_path)
        else:
            writer.json(output_path)
        typer.echo(f"topline: wrote {output_path}", err=True)


def _session(master: str | None) -> Any:
    """Under spark-submit the driver's JVM is already configured; else start local Spark."""
    from topline.scale.spark import local_session

    if master is None and "PYSPARK_GATEWAY_PORT" in os.environ:
        from pyspark.sql import SparkSession

        return SparkSession.builder.appName("topline").getOrCreate()
    return local_session(master or "local[*]")
