"""The ``topline`` command: a thin shell over the library (datasette-style).

Each command lives in a module of this package and is registered here; commands parse
options, call the library and render. They hold no logic of their own.

Why the commands are loaded lazily: their modules import the library (spaCy, the store,
FastAPI), which costs seconds of CPU. ``topline --version`` and ``topline --help`` must start
in a fraction of a second (docs/benchmarks.md, "Cold start"), so the root knows each command
only by name, module and one-line help (``COMMANDS``) and imports a command's module when that
command runs or shows its own help. A test keeps the one-line helps equal to the docstrings.
"""

from __future__ import annotations

import importlib
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

#: name -> (module:function, the one-line help that ``topline --help`` lists), in listing order.
COMMANDS: dict[str, tuple[str, str]] = {
    "brief": (
        "topline.cli.brief:brief",
        "Print a grounded Topline brief of one article (or, with --batch, of many).",
    ),
    "extract": (
        "topline.cli.brief:extract",
        "Print entities, quotes, attributions, quantities, dates and events of one article.",
    ),
    "parse": (
        "topline.cli.brief:parse",
        "Parse an article already written in Topline form into its sections, with spans.",
    ),
    "read": (
        "topline.cli.read:read",
        "Read articles from files, folders, feeds, JSONL/JSON and URLs; print them.",
    ),
    "ingest": (
        "topline.cli.store:ingest",
        "Add articles to the store: idempotent, copies linked to originals, stories updated.",
    ),
    "search": (
        "topline.cli.store:search",
        "Full-text search over the stored articles, best match first.",
    ),
    "stories": ("topline.cli.store:stories", "List story clusters, most recent first."),
    "story": (
        "topline.cli.store:story",
        "One story: its timeline (oldest first), articles and copies; or, with --brief, its brief.",
    ),
    "show": (
        "topline.cli.store:show",
        "One stored article's brief, with Key background from earlier articles of its story.",
    ),
    "export": (
        "topline.cli.store:export",
        "Everything in the store as JSON Lines: articles (with analyses, briefs), then stories.",
    ),
    "serve": (
        "topline.cli.serve:serve",
        "Serve the HTTP API (/v1, docs at /docs) and the web page (/).",
    ),
    "batch": (
        "topline.cli.batch:batch",
        "Brief (or extract) many articles on every core, one JSON record per line.",
    ),
    "spark-brief": (
        "topline.cli.batch:spark_brief",
        "Brief every article of a JSONL/Parquet table with Spark (local or on a cluster).",
    ),
}


#: The help's type column in the click tradition: flags show none, lists their item type.
_PLAIN_TYPES = {"str": "TEXT", "int": "INTEGER", "int range": "INTEGER", "float": "FLOAT"}
_PLAIN_TYPES |= {"path": "PATH", "float range": "FLOAT", "datetime": "DATE"}


def plain_type(label: str | None, *, flag: bool) -> str | None:
    """``<bool>`` → nothing, ``<list[str]>`` → ``TEXT``, ``<a|b>`` → ``[a|b]``, ``<int>`` → ``INTEGER``."""
    if flag or not label:
        return None
    inner, dots = label, ""
    if inner.endswith("..."):
        inner, dots = inner[:-3], "..."
    if not inner.startswith("<"):
        return label  # a metavar the command chose
    inner = inner.removeprefix("<").removesuffix(">")
    if inner.startswith("list[") and inner.endswith("]"):
        inner = inner[5:-1]
    if inner in _PLAIN_TYPES:
        return _PLAIN_TYPES[inner] + dots
    return f"[{inner}]{dots}"  # the choices


def _plain_metavars(params: list[Any]) -> list[Any]:
    """Give each parameter the plain type label of :func:`plain_type` (once)."""
    for param in params:
        if getattr(param, "_topline_plain", False):
            continue
        typed = param.display_type_rich

        def display(
            ctx: Any, _typed: Any = typed, _flag: bool = bool(getattr(param, "is_flag", False))
        ) -> Any:
            return plain_type(_typed(ctx), flag=_flag)

        param.display_type_rich = display
        param._topline_plain = True
    return params


class _PlainCommand(TyperCommand):
    """A command whose ``--help`` shows plain type labels (no ``<bool>``, ``<list[str]>``)."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_metavars(super().get_params(ctx))


def load_command(name: str) -> TyperCommand:
    """Import a command's module and build its click command (as ``app.command`` would)."""
    module, function = COMMANDS[name][0].split(":")
    single = typer.Typer(add_completion=False)
    single.command(name, cls=_PlainCommand)(getattr(importlib.import_module(module), function))
    command = typer.main.get_command(single)
    assert isinstance(command, TyperCommand)
    return command


class _LazyCommand(TyperCommand):
    """Stands in for a command in the root's listing; everything else goes to the real one."""

    def __init__(self, name: str, short_help: str) -> None:
        super().__init__(name=name, callback=None, short_help=short_help, help=short_help)
        self._real: TyperCommand | None = None

    def real(self) -> TyperCommand:
        if self._real is None:
            self._real = load_command(self.name or "")
        return self._real

    def make_context(self, info_name: str | None, args: list[str], *a: Any, **kw: Any) -> Any:
        return self.real().make_context(info_name, args, *a, **kw)

    def get_params(self, ctx: Any) -> Any:
        return self.real().get_params(ctx)

    def get_help(self, ctx: Any) -> str:
        return self.real().get_help(ctx)

    def invoke(self, ctx: Any) -> Any:
        return self.real().invoke(ctx)


class _LazyGroup(TyperGroup):
    """The root group: its commands are ``_LazyCommand`` stand-ins until one is used."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        for name, (_target, short_help) in COMMANDS.items():
            self.add_command(_LazyCommand(name, short_help))

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_metavars(super().get_params(ctx))

    def invoke(self, ctx: Any) -> Any:
        """Ctrl-C before a command's own error handling (while it loads) is still one line."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            typer.echo("topline: error: interrupted", err=True)
            raise typer.Exit(130) from None


app = typer.Typer(
    name="topline",
    help="Grounded, structured news briefs in the Topline format.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    cls=_LazyGroup,
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
    from topline.cli._common import warning_lines

    warning_lines()


def main() -> None:
    app()
