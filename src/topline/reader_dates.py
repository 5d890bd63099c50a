"""Dates as a reader writes them: ``14 Aug 2020``, ``Aug 2020``, ``2020``, ``undated``.

The analysis keeps TimeML values (``2020-08-14``, ``2020-W33``, ``2023-11-07TNI``,
``PAST_REF``, ``P5Y``) because they sort and compare; a reader never sees them. Anything
that is not a calendar date a reader would write (durations, references, week or season
codes) shows at the precision that is certain: its year, or ``undated``.
"""

from __future__ import annotations

import re
from datetime import date

UNDATED = "undated"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})(?:$|[^\d])")
_YEAR = re.compile(r"^(\d{4})(?:$|[^\d])")
_DECADE = re.compile(r"^(\d{3})X?$")


def reader_date(value: str | date | None) -> str:
    """A TimeML or ISO value as a reader writes it; ``undated`` when it names no date."""
    if value is None:
        return UNDATED
    if isinstance(value, date):
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
    value = value.strip()
    if match := _DAY.match(value):
        year, month, day = (int(g) for g in match.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{day} {_MONTHS[month - 1]} {year}"
    if match := _MONTH.match(value):
        year, month = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12:
            return f"{_MONTHS[month - 1]} {year}"
    if match := _YEAR.match(value):
        return match.group(1)
    if match := _DECADE.match(value):
        return f"{match.group(1)}0s"
    return UNDATED
