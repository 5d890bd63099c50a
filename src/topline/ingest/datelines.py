"""Date lines of scraped pages ("Published: 16 Jan 2020 10:32 GMT") and the date in them.

Used by cleaning to recognise a line that holds nothing but a date (and whether it is an
update), and to read the publication date from it or from a dateline. Full temporal
expressions in the body are the job of :mod:`topline.analyze.timex`.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_MONTHS = {
    m[:3].casefold(): i
    for i, m in enumerate(
        "January February March April May June July August September October November December".split(),
        start=1,
    )
}
_MONTH = r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_PATTERNS = (
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)", _I),
    re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>(?:19|20)\d\d)", _I),
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)"),
)
#: A line that is only a date (with weekday, time, zone and a Published/Updated label).
DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted|last updated|date|first published)(?: on| at)?:?\s*)?"
    r"[\w ,.:/+|-]{6,60}$",
    _I,
)
_TIME = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)(?=\W|$)|\b\d{1,2}:\d\d\b", _I)
_UPDATED = re.compile(r"^(?:updated|last updated)\b", _I)


def parse_date(text: str) -> str | None:
    """The first calendar date in ``text`` as YYYY-MM-DD, or None."""
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groupdict()
        month = (
            int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"][:3].casefold()]
        )
        day, year = int(groups["day"]), int(groups["year"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def date_line(line: str) -> tuple[str, bool] | None:
    """(ISO date, is-an-update) if the line holds nothing but a date, else None."""
    if len(line.split()) > 12 or not DATE_LINE.match(line):
        return None
    iso = parse_date(line)
    if iso is None:
        return None
    rest = _TIME.sub(" ", line)
    for pattern in _DATE_PATTERNS:
        rest = pattern.sub(" ", rest)
    leftover = re.sub(
        r"\b(?:published|updated|posted|last|first|on|at|date|am|pm|a\.m\.|p\.m\.|"
        r"[ecmp][sd]?t|gmt|utc|bst|cet|et|pt|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?|"
        r"[\d:,./|+-]",
        " ",
        rest,
        flags=_I,
    )
    if leftover.strip():
        return None
    return iso, bool(_UPDATED.match(line))
