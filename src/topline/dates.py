"""The one date parser: every edge that takes a publication date reads it here.

The CLI (``--published``, ``--since``), the HTTP API (``"published"``, ``?since=``), the
Python API and the readers (JSONL/JSON fields, feed entries, HTML metadata, datelines) all
turn what they are given into a :class:`datetime.date` with :func:`parse_date`, so a date
means the same thing whichever way it came in; past the edge, code holds a ``date`` only.

Accepted: ISO 8601 (``2020-01-16``, ``2020-01-16T10:00:00Z``: the date as written, its time
and zone dropped), RFC 2822 (``Thu, 16 Jan 2020 10:00:00 GMT``, as feeds write it) and
dates written with a month name, a day and a year (``January 16, 2020``, ``16 Jan 2020``).

Refused: anything else, and on purpose relative words ("yesterday", "today", "last week",
"3 days ago") and dates without a year or day ("June 16", "2020"): they would be read
against this machine's clock, which is not the article's; give the date itself. Numeric
dates other than ISO ("01/02/2020") are refused too: day and month cannot be told apart.

What the user types is checked strictly (:func:`parse_date` raises :class:`BadDate` naming
the field, which the CLI shows as exit 2 and the API as HTTP 422); what a source carries
in its metadata is read with :func:`date_or_none` (the same rules; a value that is not a
date is dropped, not fatal: dates in the wild are messy).
"""

from __future__ import annotations

import datetime
import re
from email.utils import parsedate_to_datetime

from topline.errors import BadDate

#: Words that make a date relative to the reader's clock; refused with a message saying so.
RELATIVE_WORDS = re.compile(
    r"\b(?:now|today|tonight|yesterday|tomorrow|ago|last|next|this|recently)\b", re.IGNORECASE
)

_MONTH_NAME = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])",
    re.IGNORECASE,
)

#: Two defaults far apart: a written date that parses differently under each lacks a part.
_DEFAULTS = (datetime.datetime(2001, 1, 1), datetime.datetime(2002, 2, 2))


def parse_date(value: object, *, field: str = "published") -> datetime.date | None:
    """``value`` as a date (None when it is None or blank); :class:`BadDate` otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        raise BadDate(f"{field}: not an ISO date (YYYY-MM-DD): {value!r}")
    text = value.strip()
    if not text:
        return None
    relative = RELATIVE_WORDS.search(text)
    if relative:
        raise BadDate(
            f"{field}: relative dates such as {relative.group(0)!r} are refused "
            f"(they would depend on this machine's clock); give the date, YYYY-MM-DD"
        )
    found = _iso(text) or _rfc2822(text) or _written(text)
    if found is None:
        raise BadDate(f"{field}: not an ISO date (YYYY-MM-DD): {value!r}")
    return found


def date_or_none(value: object, *, field: str = "published") -> datetime.date | None:
    """:func:`parse_date` for dates found in a source's metadata: None when unreadable."""
    try:
        return parse_date(value, field=field)
    except BadDate:
        return None


def iso(value: datetime.date | None) -> str | None:
    """The date as ``YYYY-MM-DD`` (how JSON documents and the store write it), or None."""
    return value.isoformat() if value is not None else None


def _iso(text: str) -> datetime.date | None:
    head = text[:10]
    if len(text) > 10 and text[10] not in "T t":
        return None
    try:
        return datetime.date.fromisoformat(head)
    except ValueError:
        return None


def _rfc2822(text: str) -> datetime.date | None:
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _written(text: str) -> datetime.date | None:
    """A date written with a month name, a day and a year ("January 16, 2020"); else None."""
    from dateutil import parser as dateutil_parser

    if not (re.search(r"\d", text) and _MONTH_NAME.search(text)):
        return None
    try:
        first, second = (
            dateutil_parser.parse(text, default=default, fuzzy=False) for default in _DEFAULTS
        )
    except (ValueError, OverflowError):
        return None
    if first.date() != second.date():  # a part missing, filled from the default
        return None
    return first.date()
