"""``topline read``: load articles from any sources and print them (no analysis, no store).

Useful to check what topline makes of a folder, a feed, a JSONL export or a URL before
briefing or ingesting it. Each failed item is one stderr line; a summary line counts ok and
failed items; the exit code is 0 when everything was read, 2 when anything failed.
"""

from __future__ import annotations

import datetime
import json
from enum import Enum
from typing import Any

import typer

from topline.cli._common import EXIT_INPUT, error_line, reporting_errors, write
from topline.cli.dates import date_option
from topline.ingest import IngestError, load
from topline.ingest.text import MAX_BYTES
from topline.model import Article
from topline.render.documents import article_document
from topline.scale.jsonl import json_line


class ReadFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    md = "md"


def read(
    sources: list[str] = typer.Argument(
        ..., help="Files, folders, globs, URLs, or - for standard input."
    ),
    fmt: ReadFormat = typer.Option(ReadFormat.jsonl, "--format", "-f", help="Output format."),
    text_field: str | None = typer.Option(
        None, "--text-field", help="JSON/JSONL field holding the text."
    ),
    title_field: str | None = typer.Option(
        None, "--title-field", help="JSON/JSONL field holding the title."
    ),
    date_field: str | None = typer.Option(
        None, "--date-field", help="JSON/JSONL field holding the date."
    ),
    url_field: str | None = typer.Option(
        None, "--url-field", help="JSON/JSONL field holding the URL."
    ),
    published: datetime.date | None = date_option(
        "--published", "Publication date of every article (overrides what sources carry)."
    ),
    no_robots: bool = typer.Option(
        False, "--no-robots", help="Fetch URLs even where robots.txt disallows it."
    ),
    offline: bool = typer.Option(False, "--offline", help="Refuse URL sources."),
    follow_links: bool = typer.Option(
        False, "--follow-links", help="Fetch the full article of feed entries that are summaries."
    ),
    timeout: float = typer.Option(15.0, "--timeout", min=0.1, help="Seconds per URL."),
    max_bytes: int = typer.Option(
        MAX_BYTES, "--max-bytes", min=1, help="Largest file, page or JSONL line accepted."
    ),
) -> None:
    """Read articles from files, folders, feeds, JSONL/JSON and URLs; print them."""
    ok = failed = 0
    collected: list[dict[str, Any]] = []
    with reporting_errors():
        for source in sources:
            for item in load(
                source,
                published=published,
                text_field=text_field,
                title_field=title_field,
                date_field=date_field,
                url_field=url_field,
                fetch_urls=not offline,
                follow_links=follow_links,
                respect_robots=not no_robots,
                timeout=timeout,
                max_bytes=max_bytes,
            ):
                if isinstance(item, IngestError):
                    failed += 1
                    error_line(str(item))
                    continue
                ok += 1
                document = article_document(item)
                if fmt is ReadFormat.json:
                    collected.append(document)
                elif fmt is ReadFormat.jsonl:
                    write(json_line(document))
                else:
                    write(_markdown(item))
        if fmt is ReadFormat.json:
            write(json.dumps(collected, ensure_ascii=False, indent=2))
    typer.echo(f"{ok} ok, {failed} failed", err=True)
    if failed:
        raise typer.Exit(EXIT_INPUT)


def _markdown(article: Article) -> str:
    meta = [
        f"- **{label}:** {value}"
        for label, value in (
            ("Source", article.source),
            ("URL", article.url),
            ("Canonical URL", article.canonical_url),
            ("Published", article.published),
            ("Byline", article.byline),
            ("Outlet", article.outlet),
            ("Language", article.language),
        )
        if value
    ]
    title = article.title or article.source or article.id
    return "\n".join([f"# {title}", "", *meta, "", article.text, "", "---", ""])
