"""A date and the words around it that make one expression with it, or give it its year.

Applied to the timexes of a text after they are resolved, because each needs the neighbour's
value, not its words:

* "the week of March 3": the week that holds that day, one DATE (``2024-W09``), the whole
  noun phrase with "of" and the date inside it, as TempEval-3's annotators mark it. "The night
  of Oct. 23" is left as the date alone, as they leave it (2 of 2 in TBAQ).
* "from Jan. 1, 2020, to Dec. 31", "between March 3, 2019, and May 1": the end of a range
  written without a year takes the year of its start (the first one on or after the start),
  not the year nearest the publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from topline.analyze.timex_calendar import iso_week
from topline.model import Span, Timex

#: "the week of " right before a day-precise date.
_PART_OF = re.compile(r"(?i)\bthe (week) of $")
#: What joins the two ends of a range: "Jan. 1, 2020, to Dec. 31", "March 3, 2019, and May 1".
_RANGE_JOIN = re.compile(r"(?i)^,? (?:to|through|until|till|and|[-–]) $")
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")


def join_neighbours(text: str, out: list[Timex]) -> None:
    """Rewrite ``out`` in place: weeks named by a day, range ends."""
    for i, t in enumerate(out):
        day = _DAY.match(t.value or "")
        if day is None:
            continue
        part = _PART_OF.search(text, max(0, t.span.start - 30), t.span.start)
        if part and part.end() == t.span.start:
            week = iso_week(dt.date(*map(int, day.groups())))
            out[i] = Timex(Span(part.start(), t.span.end), "DATE", week, t.anchor)
            continue
        if i == 0 or _YEAR.search(text, t.span.start, t.span.end):
            continue
        prev = out[i - 1]
        start = _DAY.match(prev.value or "")
        between = text[prev.span.end : t.span.start]
        written = _YEAR.search(text, prev.span.start, prev.span.end) and re.search(
            r"\d", text[t.span.start : t.span.end]
        )  # "Jan. 1, 2020, to Dec. 31"; never two weekdays ("Monday and Friday")
        if start and written and _RANGE_JOIN.match(between):
            year = int(start.group(1))
            month, dom = int(day.group(2)), int(day.group(3))
            if (month, dom) < (int(start.group(2)), int(start.group(3))):
                year += 1  # "Dec. 20, 2019, to Jan. 5": the range crosses into the next year
            try:
                value = dt.date(year, month, dom).isoformat()
            except ValueError:
                continue
            out[i] = Timex(t.span, t.type, value, t.anchor)
