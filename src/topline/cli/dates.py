"""The CLI's date options: each value read once, by :func:`topline.dates.parse_date`.

A value that is not a date stops the command before anything is read or stored (exit 2,
"Invalid value for '--published': …"); relative words such as "yesterday" are refused
rather than read against this machine's clock.
"""

from __future__ import annotations

import datetime
from typing import Any

import typer

from topline.dates import parse_date
from topline.errors import BadDate

#: What every date option's help ends with.
DATE_HELP = "YYYY-MM-DD (or a full written date); relative words such as 'yesterday' are refused."


def _parser(name: str) -> Any:
    def parse(value: str) -> datetime.date | None:
        try:
            return parse_date(value, field=name)
        except BadDate as exc:
            raise typer.BadParameter(exc.message.removeprefix(f"{name}: ")) from None

    return parse


def date_option(name: str, help: str) -> Any:
    """A ``--name DATE`` option whose value reaches the command as a ``datetime.date``."""
    return typer.Option(
        None, name, parser=_parser(name), metavar="DATE", help=f"{help} {DATE_HELP}"
    )


PUBLISHED_OPTION = date_option(
    "--published", "Publication date that relative dates in the text resolve against."
)
