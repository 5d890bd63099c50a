"""``topline ingest | search | stories | story | show | export``: the store from the shell."""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from topline import pipeline
from topline.cli._common import (
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    error_line,
    reporting_errors,
    write,
)
from topline.cli.dates import date_option
from topline.dates import iso
from topline.errors import InputError
from topline.ingest import IngestFailure, load
from topline.model import Article, to_dict, to_json
from topline.render.stories import (
    search_markdown,
    stored_notes,
    stories_markdown,
    story_markdown,
)
from topline.scale.jsonl import json_line
from topline.store import Analyser, IngestReport, Store


class ListFormat(str, Enum):
    md = "md"
    json = "json"
    jsonl = "jsonl"


class StoryFormat(str, Enum):
    md = "md"
    json = "json"
    jsonl = "jsonl"
    html = "html"


class ShowFormat(str, Enum):
    md = "md"
    json = "json"
    html = "html"


class ExportFormat(str, Enum):
    jsonl = "jsonl"


DB_OPTION = typer.Option(
    None,
    "--db",
    help="The store file (default: $TOPLINE_DB, else the platform's user data folder).",
)
LIST_FORMAT = typer.Option(ListFormat.md, "--format", "-f", help="Output format.")


def _open(db: Path | None) -> Store:
    return pipeline.open_store(db)


def _errors_reported(
    items: Iterator[Article | IngestFailure], progress: Progress | None, task: TaskID | None
) -> Iterator[Article | IngestFailure]:
    """Pass items through, printing each failure as it happens and counting what was read."""
    for item in items:
        if isinstance(item, IngestFailure):
            message = f"topline: error: {item.source}: {item.reason}"
            if progress is not None:
                progress.console.print(message, markup=False, highlight=False, soft_wrap=True)
            else:
                typer.echo(message, err=True)
        if progress is not None and task is not None:
            progress.advance(task)
        yield item


def ingest_total(sources: list[str]) -> int | None:
    """The number of inputs the progress bar counts towards, when it is cheap to know."""
    from topline.scale.batch import estimate_total

    return estimate_total(sources)


def _sources(
    sources: list[str], published: datetime.date | None
) -> Iterator[Article | IngestFailure]:
    for source in sources:
        yield from load(source, published=published)


def _english(items: Iterator[Article | IngestFailure]) -> Iterator[Article | IngestFailure]:
    """Articles the English pipeline cannot read become failed items before analysis, so
    that one Spanish page fails alone instead of stopping the ingest."""
    from topline.analyze.language import require_supported
    from topline.errors import UnsupportedLanguage

    for item in items:
        if isinstance(item, Article):
            try:
                require_supported(item)
            except UnsupportedLanguage as exc:
                yield IngestFailure.of(exc, item.source or "<input>")
                continue
        yield item


def _analyser(jobs: int, analyze: bool) -> AbstractContextManager[Analyser]:
    """In this process for ``-j 1`` (or without analysis), else the shared worker pool."""
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    if jobs <= 1 or not analyze:
        return nullcontext(pipeline.analyse_here)
    from topline.scale.analyser import PoolAnalyser

    return PoolAnalyser(jobs)


def _store_all(
    store: Store,
    items: Iterator[Article | IngestFailure],
    *,
    analyze: bool,
    jobs: int,
) -> IngestReport:
    """``store.add`` with the analyser ``jobs`` asks for; Ctrl-C keeps the committed batches."""
    stored = 0

    def on_progress(n: int) -> None:
        nonlocal stored
        stored += n

    try:
        with _analyser(jobs, analyze) as analyser:
            return store.add(items, analyze=analyze, progress=on_progress, analyser=analyser)
    except KeyboardInterrupt:
        error_line(f"interrupted after {stored} input(s); re-run the same command to resume")
        raise typer.Exit(EXIT_INTERRUPTED) from None


def ingest(
    sources: list[str] = typer.Argument(..., help="Files, folders or - (standard input)."),
    db: Path | None = DB_OPTION,
    analyze: bool = typer.Option(
        True, "--analyze/--no-analyze", help="Extract entities, quotes, events … (slower)."
    ),
    published: datetime.date | None = date_option(
        "--published", "Publication date of every input (overrides what sources carry)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    jobs: int = typer.Option(
        1,
        "--jobs",
        "-j",
        min=0,
        help="Processes analysing articles (0: one per core; 1: this process). "
        "Writes stay in this process; the store ends up the same.",
    ),
) -> None:
    """Add articles to the store: idempotent, copies linked to originals, stories updated.

    Exit code 2 when any input could not be read (the others are stored). Ctrl-C keeps the
    batches already stored; re-running the same command adds the rest.
    """
    with reporting_errors():
        console = Console(stderr=True)
        with _open(db) as store:
            show = not quiet and console.is_terminal
            with Progress(
                SpinnerColumn(),
                TextColumn("ingesting"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("read"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=console,
                transient=True,
                disable=not show,
            ) as progress:
                # the total is a cheap count (files, JSONL lines); None (no ETA) for feeds, stdin
                task = progress.add_task("ingest", total=ingest_total(sources))
                read = _sources(sources, published)
                items = _errors_reported(_english(read) if analyze else read, progress, task)
                report = _store_all(store, items, analyze=analyze, jobs=jobs)
            counts = store.count()
        for failure in report.failed:
            if failure.article_id:  # read, then failed in analysis or briefing: not yet printed
                error_line(f"{failure.source}: {failure.reason} ({failure.code})")
        typer.echo(
            f"added {report.added}, duplicates {report.duplicates}, copies {report.copies}, "
            f"failed {len(report.failed)}; the store holds {counts['articles']} articles, "
            f"{counts['copies']} copies, {counts['stories']} stories ({store.path})",
            err=True,
        )
        if report.failed:
            raise typer.Exit(EXIT_INPUT)


def search(
    query: str = typer.Argument(
        ..., help="Words to find in titles and texts (FTS5 syntax allowed)."
    ),
    db: Path | None = DB_OPTION,
    limit: int = typer.Option(20, "--limit", "-n", min=1, help="Most results."),
    fmt: ListFormat = LIST_FORMAT,
) -> None:
    """Full-text search over the stored articles, best match first."""
    with reporting_errors(), _open(db) as store:
        hits = store.search(query, limit=limit)
        if fmt is ListFormat.md:
            write(search_markdown(query, hits))
        else:
            _write_records([to_dict(h) for h in hits], fmt)


def _write_records(records: Sequence[object], fmt: ListFormat) -> None:
    if fmt is ListFormat.jsonl:
        write("\n".join(json_line(r) for r in records) or "")
    else:
        write(to_json(records))


def stories(
    db: Path | None = DB_OPTION,
    since: datetime.date | None = date_option(
        "--since",
        "Only stories with an article published on or after this date; undated stories are left out.",
    ),
    entity: str | None = typer.Option(
        None, "--entity", help="Only stories mentioning this entity (canonical name)."
    ),
    limit: int = typer.Option(50, "--limit", "-n", min=1, help="Most stories."),
    fmt: ListFormat = LIST_FORMAT,
) -> None:
    """List story clusters, most recent first."""
    with reporting_errors(), _open(db) as store:
        found = store.stories(since=iso(since), entity=entity, limit=limit)
        listed = pipeline.listed_stories(store, found)
        if fmt is ListFormat.md:
            write(stories_markdown(found, [d["size"] for d in listed]))
        else:
            _write_records(listed, fmt)


def story(
    story_id: str = typer.Argument(..., help="A story id (from `topline stories`)."),
    db: Path | None = DB_OPTION,
    fmt: StoryFormat = typer.Option(StoryFormat.md, "--format", "-f", help="Output format."),
    brief: bool = typer.Option(
        False,
        "--brief",
        help="One brief of the whole story, each fact credited to the outlets that report it.",
    ),
    since: datetime.date | None = date_option(
        "--since", "With --brief: only facts first reported after this date (what's new)."
    ),
    bullets: int = typer.Option(5, "--bullets", min=1, max=6, help="With --brief: most Key facts."),
    limit: int = typer.Option(
        pipeline.TIMELINE_LIMIT,
        "--limit",
        "-n",
        min=1,
        max=pipeline.MAX_TIMELINE,
        help="Timeline events shown (one page).",
    ),
    offset: int = typer.Option(
        0, "--offset", min=0, help="Timeline events to skip (oldest first)."
    ),
    article_limit: int = typer.Option(
        pipeline.ARTICLES_LIMIT,
        "--article-limit",
        min=1,
        max=pipeline.MAX_ARTICLES,
        help="Articles listed, and copies listed (one page).",
    ),
    article_offset: int = typer.Option(
        0, "--article-offset", min=0, help="Articles and copies to skip (oldest first)."
    ),
) -> None:
    """One story: its timeline (oldest first), articles and copies; or, with --brief, its brief.

    The timeline is shown a page at a time (``--limit`` events from ``--offset``), and so are
    its articles and copies (``--article-limit`` of each from ``--article-offset``).

    ``--format json`` prints the same document as ``GET /v1/stories/ID?limit=&offset=&
    article_limit=&article_offset=`` (with ``--brief``, as ``GET /v1/stories/ID/brief``).
    """
    with reporting_errors(), _open(db) as store:
        if brief:
            from topline.render.story_brief import render_story_brief

            if fmt is StoryFormat.jsonl:
                raise InputError("--brief prints md, json or html")
            found = pipeline.story_brief(
                store, story_id, pipeline.Options(bullets=bullets), since=since
            )
            write(render_story_brief(found, fmt.value))
            return
        if since is not None:
            raise InputError("--since needs --brief")
        if fmt is StoryFormat.html:
            raise InputError("--format html needs --brief")
        if fmt is not StoryFormat.md:
            document = pipeline.story_document(
                store,
                story_id,
                events=limit,
                offset=offset,
                members=article_limit,
                members_offset=article_offset,
            )
            write(to_json(document) if fmt is StoryFormat.json else json.dumps(document))
            return
        s = store.story(
            story_id,
            events=limit + 1,
            offset=offset,
            members=article_limit + 1,
            members_offset=article_offset,
        )
        more = len(s.timeline) > limit
        more_articles = len(s.article_ids) > article_limit or len(s.copies) > article_limit
        s = dataclasses.replace(
            s,
            timeline=s.timeline[:limit],
            timeline_article_ids=s.timeline_article_ids[:limit],
            article_ids=s.article_ids[:article_limit],
            copies=s.copies[:article_limit],
        )
        out = story_markdown(s, store.get_article, store.original_of)
        if more:
            later = f"topline story {story_id} --offset {offset + limit}"
            out = out.rstrip("\n") + f"\n\nLater events: `{later}`\n"
        if more_articles:
            later = f"topline story {story_id} --article-offset {article_offset + article_limit}"
            out = out.rstrip("\n") + f"\n\nLater articles: `{later}`\n"
        write(out)


def show(
    article_id: str = typer.Argument(..., help="An article id (from `topline search`)."),
    db: Path | None = DB_OPTION,
    fmt: ShowFormat = typer.Option(ShowFormat.md, "--format", "-f", help="Output format."),
) -> None:
    """One stored article's brief, with Key background from earlier articles of its story.

    ``--format json`` prints the same document as ``GET /v1/articles/ID``.
    """
    from topline.render.brief import render

    with reporting_errors(), _open(db) as store:
        if fmt is ShowFormat.json:
            write(to_json(pipeline.stored_document(store, article_id)))
            return
        found = pipeline.stored(store, article_id)
        out = render(found.brief, fmt.value, found.article)
        if fmt is ShowFormat.md:
            notes = stored_notes(
                found.story_id, found.original_id, found.copies, found.copies_total
            )
            out = out.rstrip("\n") + "\n\n" + notes
        write(out)


def export(
    db: Path | None = DB_OPTION,
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="Output format."),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write here instead of stdout."
    ),
) -> None:
    """Everything in the store as JSON Lines: articles (with analyses, briefs), then stories."""
    with reporting_errors(), _open(db) as store:
        if output is None:
            for record in store.export():
                write(json_line(record))
            return
        try:
            with output.open("w", encoding="utf-8") as fh:
                for record in store.export():
                    fh.write(json_line(record) + "\n")
        except OSError as exc:
            error_line(f"{output}: {exc.strerror or exc}")
            raise typer.Exit(EXIT_INPUT) from None
