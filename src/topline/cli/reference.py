"""Generate ``docs/cli.md`` from the commands' own ``--help`` (so the docs never drift).

Run ``python -m topline.cli.reference > docs/cli.md``; a test fails when the file is stale.
"""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from topline.cli import app

HEADER = (
    "# Command reference\n\n"
    "Generated from `--help` by `python -m topline.cli.reference > docs/cli.md`; "
    "do not edit by hand.\n"
)
WIDTH = "100"


def _help(args: list[str]) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": WIDTH, "NO_COLOR": "1"})
    return "\n".join(line.rstrip() for line in result.stdout.splitlines()).strip("\n")


def command_names() -> list[str]:
    root = typer.main.get_command(app)
    commands = getattr(root, "commands", {})
    return sorted(name for name, cmd in commands.items() if not getattr(cmd, "hidden", False))


def render_reference() -> str:
    parts = [HEADER, "## topline\n", "```text", _help([]), "```\n"]
    for name in command_names():
        parts += [f"## topline {name}\n", "```text", _help([name]), "```\n"]
    return "\n".join(parts)


if __name__ == "__main__":
    print(render_reference(), end="")
