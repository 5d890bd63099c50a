"""``topline brief``, ``topline extract`` and ``topline parse``: one article in, one result out."""

from __future__ import annotations

import typer

from topline.analyze import analyze
from topline.analyze.language import overriding
from topline.brief import make_brief
from topline.brief.parse import parse_topline
from topline.brief.render import render
from topline.cli._common import FORMAT_OPTION, OutputFormat, reporting_errors, write
from topline.documents import extraction_document
from topline.errors import ExtractionError, InputError
from topline.ingest import read_source
from topline.model import to_json

INPUT_ARG = typer.Argument(..., help="A file to read, or - for standard input.")
LANGUAGE_OPTION = typer.Option(
    None,
    "--language",
    help="The text's language, skipping the check (non-English is refused); "
    "only languages with an installed model: en.",
)
PUBLISHED_OPTION = typer.Option(
    None, "--published", help="Publication date (YYYY-MM-DD) that relative dates resolve against."
)


def brief(
    paths: list[str] = typer.Argument(..., help="A file to read, or - (several with --batch)."),
    fmt: OutputFormat = FORMAT_OPTION,
    published: str | None = PUBLISHED_OPTION,
    bullets: int = typer.Option(5, "--bullets", min=1, max=6, help="Most bullets to show (1-6)."),
    max_words: int | None = typer.Option(
        None, "--max-words", min=5, help="Longest Topline in words."
    ),
    # --- scale: batch options (the batch path lives in topline.cli.batch) ---
    batch: bool = typer.Option(False, "--batch", help="Brief every input to JSONL (see batch)."),
    out: str | None = typer.Option(None, "--out", "-o", help="With --batch: JSONL output file."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=0, help="With --batch: worker processes."),
    # --- end scale ---
    language: str | None = LANGUAGE_OPTION,
) -> None:
    """Print a grounded Topline brief of one article (or, with --batch, of many)."""
    with reporting_errors():
        # --- scale: --batch delegates to topline.cli.batch ---
        if batch:
            from topline.cli.batch import run_brief_batch

            run_brief_batch(
                paths, out=out, jobs=jobs, published=published, bullets=bullets, max_words=max_words
            )
            return
        if len(paths) != 1:
            raise InputError("give one input, or several with --batch")
        path = paths[0]
        # --- end scale ---
        article = read_source(path, published=published)
        with overriding(language):
            analysis = analyze(article)
        result = make_brief(analysis, max_bullets=bullets, max_words=max_words)
        write(render(result, fmt.value, article))


def extract(
    path: str = INPUT_ARG,
    fmt: OutputFormat = typer.Option(OutputFormat.json, "--format", "-f", help="Output format."),
    published: str | None = PUBLISHED_OPTION,
    language: str | None = LANGUAGE_OPTION,
) -> None:
    """Print entities, quotes, attributions, quantities, dates and events of one article."""
    with reporting_errors():
        article = read_source(path, published=published)
        with overriding(language):
            analysis = analyze(article)
        if fmt is OutputFormat.json:
            write(to_json(extraction_document(analysis)))
        else:
            from topline.cli.extract_render import render_extraction

            write(render_extraction(analysis, fmt.value))


def parse(
    path: str = INPUT_ARG,
    fmt: OutputFormat = typer.Option(OutputFormat.json, "--format", "-f", help="Output format."),
) -> None:
    """Parse an article already written in Topline form into its sections, with spans."""
    with reporting_errors():
        article = read_source(path)
        parsed = parse_topline(article)
        if parsed is None:
            raise ExtractionError("not in Topline form (no 'Topline:' section found)", source=path)
        write(render(parsed, fmt.value, article))
