"""What every command shares: output formats, error mapping, writing results.

Errors are mapped to exit codes in one place (:func:`exit_code_for`, used by
:func:`reporting_errors`): a one-line message on stderr that names the input and the problem,
never a traceback (set TOPLINE_DEBUG=1 to see one). The codes (the README's table):

====  ==============================================================
0     everything done
2     bad input (one article), or some items of a batch failed
3     store problem (locked, damaged, foreign file)
4     not found (``topline show ID`` / ``story ID`` of an unknown id)
130   interrupted (Ctrl-C)
1     an internal error (a bug: please report it)
====  ==============================================================
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any

import typer

from topline.errors import InputError, ModelMissing, NotFound, StoreError, ToplineError
from topline.options import DEFAULT_BULLETS, MAX_BULLETS, MIN_BULLETS, MIN_WORDS

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_INPUT = 2
EXIT_STORE = 3
EXIT_NOT_FOUND = 4
EXIT_INTERRUPTED = 130


class OutputFormat(str, Enum):
    md = "md"
    json = "json"
    html = "html"


FORMAT_OPTION = typer.Option(OutputFormat.md, "--format", "-f", help="Output format.")

#: ``topline brief`` and ``topline batch``: the brief's shape, with the bounds ``Options`` checks.
BULLETS_OPTION = typer.Option(
    DEFAULT_BULLETS,
    "--bullets",
    min=MIN_BULLETS,
    max=MAX_BULLETS,
    help=f"Most bullets to show ({MIN_BULLETS}-{MAX_BULLETS}).",
)
MAX_WORDS_OPTION = typer.Option(
    None, "--max-words", min=MIN_WORDS, help="Longest Topline in words."
)

#: ``topline extract`` and ``topline batch --what extract``: which extractors run
#: (:mod:`topline.analyze.registry`; ``tests/cli/test_extract_only.py`` checks the names).
ONLY_OPTION = typer.Option(
    "",
    "--only",
    metavar="NAME,...",
    help="Run only these extractors (and what they need; in batch, with --what extract); the "
    "others' fields stay empty. "
    "Names: sentences, paragraphs, entities, quotes, timexes, attributions, quantities, events.",
)
SKIP_OPTION = typer.Option(
    "",
    "--skip",
    metavar="NAME,...",
    help="Leave out these extractors (exit 2 if another one that runs needs them).",
)


def error_line(message: str) -> None:
    typer.echo(f"topline: error: {message}", err=True)


def warning_lines() -> None:
    """Show topline's own warnings (e.g. replaced invalid bytes) as one stderr line each.

    Installed by the root command before any command runs; other warnings keep Python's format.
    """
    original = warnings.showwarning

    def show(message: Warning | str, category: type[Warning], *args: Any, **kw: Any) -> None:
        if category.__module__.startswith("topline."):
            typer.echo(f"topline: warning: {message}", err=True)
        else:
            original(message, category, *args, **kw)

    warnings.showwarning = show
    warnings.filterwarnings("always", module="topline")


def exit_code_for(exc: ToplineError) -> int:
    if isinstance(exc, NotFound):  # before StoreError, its base class
        return EXIT_NOT_FOUND
    if isinstance(exc, (InputError, ModelMissing)):
        return EXIT_INPUT
    if isinstance(exc, StoreError):
        return EXIT_STORE
    return EXIT_INPUT


@contextmanager
def reporting_errors() -> Iterator[None]:
    """Turn any error into one line on stderr and the matching exit code."""
    try:
        yield
    except ToplineError as exc:
        error_line(str(exc))
        raise typer.Exit(exit_code_for(exc)) from None
    except KeyboardInterrupt:
        error_line("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except (typer.Exit, typer.Abort):
        raise
    except Exception as exc:  # the last line of defence: still one line, no traceback
        if os.environ.get("TOPLINE_DEBUG"):
            raise
        error_line(f"internal error: {type(exc).__name__}: {exc} (set TOPLINE_DEBUG=1 for details)")
        raise typer.Exit(EXIT_INTERNAL) from None


def write(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
