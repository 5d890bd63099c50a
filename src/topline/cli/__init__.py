"""The ``topline`` command: a thin shell over the library (datasette-style).

Each command lives in a module of this package and is registered here; commands parse
options, call the library and render. They hold no logic of their own.
"""

from __future__ import annotations

import typer

from topline.cli import batch as batch_commands
from topline.cli import brief as brief_commands
from topline.cli import read as read_commands
from topline.cli import serve as serve_command
from topline.cli import store as store_commands

app = typer.Typer(
    name="topline",
    help="Grounded, structured news briefs in the Topline format.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        from topline import __version__

        typer.echo(f"topline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Grounded, structured news briefs in the Topline format."""


app.command("brief")(brief_commands.brief)
app.command("extract")(brief_commands.extract)
app.command("parse")(brief_commands.parse)
app.command("read")(read_commands.read)
for _name in ("ingest", "search", "stories", "story", "show", "export"):
    app.command(_name)(getattr(store_commands, _name))
app.command("serve")(serve_command.serve)
app.command("batch")(batch_commands.batch)
app.command("spark-brief")(batch_commands.spark_brief)


def main() -> None:
    app()
