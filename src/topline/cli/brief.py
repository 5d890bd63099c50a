"""``topline brief``, ``topline extract`` and ``topline parse``: one article in, one result out."""

from __future__ import annotations

import datetime
from enum import Enum

import typer

from topline import pipeline
from topline.analyze.language import overriding
from topline.cli._common import (
    BULLETS_OPTION,
    FORMAT_OPTION,
    MAX_WORDS_OPTION,
    ONLY_OPTION,
    SKIP_OPTION,
    OutputFormat,
    reporting_errors,
    write,
)
from topline.cli.dates import PUBLISHED_OPTION
from topline.errors import InputError
from topline.model import to_json
from topline.options import Options, extractor_names
from topline.render.brief import render

INPUT_ARG = typer.Argument(..., help="A file to read, or - for standard input.")
LANGUAGE_OPTION = typer.Option(
    None,
    "--language",
    help="The text's language, skipping the check (non-English is refused); "
    "only languages with an installed model: en.",
)


class OffsetsChoice(str, Enum):
    clean = "clean"
    input = "input"


OFFSETS_OPTION = typer.Option(
    OffsetsChoice.clean,
    "--offsets",
    help="Text the spans index: clean (the document's article.text) or input (the file as "
    "given, or the text extracted from an HTML page; JSON then carries it as input).",
)


def brief(
    paths: list[str] = typer.Argument(..., help="A file to read, or - (several with --batch)."),
    fmt: OutputFormat = FORMAT_OPTION,
    published: datetime.date | None = PUBLISHED_OPTION,
    bullets: int = BULLETS_OPTION,
    max_words: int | None = MAX_WORDS_OPTION,
    offsets: OffsetsChoice = OFFSETS_OPTION,
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
        options = Options(
            published=published, bullets=bullets, max_words=max_words, offsets=offsets.value
        )
        article = pipeline.read(path, options)
        with overriding(language):
            analysis = pipeline.analyse(article, pipeline.for_brief(options))
        result = pipeline.make_brief(analysis, options)
        write(render(pipeline.located(result, article, options), fmt.value, article))


def extract(
    path: str = INPUT_ARG,
    fmt: OutputFormat = typer.Option(OutputFormat.json, "--format", "-f", help="Output format."),
    published: datetime.date | None = PUBLISHED_OPTION,
    offsets: OffsetsChoice = OFFSETS_OPTION,
    only: str = ONLY_OPTION,
    skip: str = SKIP_OPTION,
    language: str | None = LANGUAGE_OPTION,
) -> None:
    """Print entities, quotes, attributions, quantities, dates and events of one article."""
    with reporting_errors():
        options = Options(
            published=published,
            offsets=offsets.value,
            only=extractor_names(only),
            skip=extractor_names(skip),
        )
        pipeline.check_extractors(options)  # a wrong name is exit 2 before anything is read
        article = pipeline.read(path, options)
        with overriding(language):
            analysis = pipeline.analyse(article, options)
        if fmt is OutputFormat.json:
            write(to_json(pipeline.document(analysis, "extract", options)))
        else:
            from topline.render.extraction import render_extraction

            write(render_extraction(analysis, fmt.value))


def parse(
    path: str = INPUT_ARG,
    fmt: OutputFormat = typer.Option(OutputFormat.json, "--format", "-f", help="Output format."),
    offsets: OffsetsChoice = OFFSETS_OPTION,
) -> None:
    """Parse an article already written in Topline form into its sections, with spans."""
    with reporting_errors():
        options = Options(offsets=offsets.value)
        article = pipeline.read(path, options)
        parsed = pipeline.located(pipeline.parsed_brief(article), article, options)
        write(render(parsed, fmt.value, article))
