"""A date and the words around it that make one expression with it, or give it its year.

Applied to the timexes of a text after they are resolved, because each needs the neighbour's
value, not its words:

* "the week of March 3": the week that holds that day, one DATE (``2024-W09``), the whole
  noun phrase with "of" and the date inside it, as TempEval-3's annotators mark it. "The night
  of Oct. 23" is left as the date alone, as they leave it (2 of 2 in TBAQ).
* "two years and two months", "an hour and 20 minutes": one length in two units, one
  DURATION (TimeML ``P2Y2M``, ``PT1H20M``), the larger unit first as English gives them;
  ISO 8601 does not mix weeks with other units, so weeks become days ("two weeks and three
  days" ``P17D``).
* "from Jan. 1, 2020, to Dec. 31", "between March 3, 2019, and May 1": the end of a range
  written without a year takes the year of its start (the first one on or after the start),
  not the year nearest the publication date.
* "from 4 May to 17 June 1690", "between March and November 1916": the start of a range
  written without a year takes the year of its end (the year before when its month and day
  come later in the calendar: "from December 20 to January 4, 1929" starts in 1928).
* "on Monday and Tuesday nights", "Saturday or Sunday mornings": the plural part of the day
  is shared, so the first weekday is a SET too (``XXXX-WXX-1TNI``), as the second is.
"""

from __future__ import annotations

import datetime as dt
import re

from topline.analyze.timex_calendar import iso_week
from topline.model import Span, Timex

#: "the week of " / "the weekend of " right before a day-precise date.
_PART_OF = re.compile(r"(?i)\bthe (week|weekend) of $")
#: What joins the two ends of a range: "Jan. 1, 2020, to Dec. 31", "March 3, 2019, and May 1".
_RANGE_JOIN = re.compile(r"(?i)^,? (?:to|through|until|till|and|[-–]) $")
_YEAR = re.compile(r"\b(?:1\d|20)\d\d\b")
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
#: A day or a month value: "1916-03-04", "1916-03".
_DAY_OR_MONTH = re.compile(r"^(\d{4})-(\d\d)(?:-(\d\d))?$")


#: Counted ISO 8601 durations of one unit: "P2Y", "PT20M", "P1.5D" (not "PXY").
_ONE_UNIT = re.compile(r"^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$")
#: Units from the largest, with the part of the value they belong to (date or time).
_ORDER = (("", "Y"), ("", "M"), ("", "W"), ("", "D"), ("T", "H"), ("T", "M"), ("T", "S"))


def _joined_length(first: str, second: str) -> str | None:
    """ "P2Y" + "P2M" → "P2Y2M"; None unless both are counted and the first unit is larger."""
    a, b = _ONE_UNIT.match(first), _ONE_UNIT.match(second)
    if a is None or b is None:
        return None
    ka, kb = (a.group(1), a.group(3)), (b.group(1), b.group(3))
    if _ORDER.index(ka) >= _ORDER.index(kb):
        return None
    amounts = {ka: float(a.group(2)), kb: float(b.group(2))}
    if ("", "W") in amounts:
        amounts[("", "D")] = amounts.get(("", "D"), 0) + 7 * amounts.pop(("", "W"))
    date = "".join(f"{_num(amounts[k])}{k[1]}" for k in _ORDER if k in amounts and not k[0])
    time = "".join(f"{_num(amounts[k])}{k[1]}" for k in _ORDER if k in amounts and k[0])
    return f"P{date}{'T' + time if time else ''}"


def _num(x: float) -> str:
    return str(int(x)) if x.is_integer() else str(x)


def _join_lengths(text: str, out: list[Timex]) -> None:
    """Merge "two years" + " and " + "two months" into one DURATION."""
    i = 1
    while i < len(out):
        prev, t = out[i - 1], out[i]
        between = text[prev.span.end : t.span.start]
        if prev.type == t.type == "DURATION" and between in {" and ", ", and "}:
            value = _joined_length(prev.value or "", t.value or "")
            if value is not None:
                out[i - 1 : i + 1] = [
                    Timex(Span(prev.span.start, t.span.end), "DURATION", value, prev.anchor)
                ]
                continue
        i += 1


#: "XXXX-WXX-2TNI": a weekday's part of the day, every week.
_WEEKLY_PART = re.compile(r"^XXXX-WXX-[1-7](T(?:MO|AF|EV|NI))$")
#: A bare weekday ("Monday"), nothing before or after it in its span.
_WEEKDAY = re.compile(r"(?i)^(mon|tues|wednes|thurs|fri|satur|sun)day$")
_WEEKDAY_NUMBER = {"mon": 1, "tues": 2, "wednes": 3, "thurs": 4, "fri": 5, "satur": 6, "sun": 7}


def _share_weekly_part(text: str, out: list[Timex]) -> None:
    """ "two flights would leave on Monday and Tuesday nights": the plural "nights" belongs
    to both weekdays, so "Monday" is every Monday night (TimeML SET), not the coming Monday."""
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        part = _WEEKLY_PART.match(second.value or "") if second.type == "SET" else None
        day = _WEEKDAY.match(text[first.span.start : first.span.end])
        between = text[first.span.end : second.span.start]
        if part and day and first.type == "DATE" and between in {" and ", " or ", ", "}:
            number = _WEEKDAY_NUMBER[day.group(1).lower()]
            value = f"XXXX-WXX-{number}{part.group(1)}"
            out[i] = Timex(first.span, "SET", value, None)


def join_neighbours(text: str, out: list[Timex]) -> None:
    """Rewrite ``out`` in place: lengths in two units, weeks named by a day, range ends,
    weekdays that share a plural part of the day."""
    _join_lengths(text, out)
    _share_weekly_part(text, out)
    for i, t in enumerate(out):
        day = _DAY.match(t.value or "")
        if day is None:
            continue
        part = _PART_OF.search(text, max(0, t.span.start - 30), t.span.start)
        if part and part.end() == t.span.start:
            week = iso_week(dt.date(*map(int, day.groups())))
            if part.group(1).lower() == "weekend":
                week += "-WE"  # "the weekend of June 22": that week's weekend, one DATE
            out[i] = Timex(Span(part.start(), t.span.end), "DATE", week, t.anchor)
            if i > 0 and out[i - 1].span.start >= part.start():
                out[i - 1] = out[i]  # "the weekend" was taken alone first: one expression
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
    _range_start_year(text, out)
    # A part taken alone before its join ("the weekend" of "the weekend of June 22") was
    # overwritten by the joined expression: keep one.
    out[:] = [t for k, t in enumerate(out) if k + 1 == len(out) or out[k + 1] is not t]


def _range_start_year(text: str, out: list[Timex]) -> None:
    """ "from 4 May to 17 June 1690": the start, written without a year, takes the end's."""
    for i in range(len(out) - 1):
        first, end = out[i], out[i + 1]
        start = _DAY_OR_MONTH.match(first.value or "")
        last = _DAY_OR_MONTH.match(end.value or "")
        if start is None or last is None or _YEAR.search(text, first.span.start, first.span.end):
            continue
        if not _YEAR.search(text, end.span.start, end.span.end):
            continue
        if not _RANGE_JOIN.match(text[first.span.end : end.span.start]):
            continue
        if bool(start.group(3)) != bool(last.group(3)):
            continue  # "from March to June 3, 1916" mixes a month and a day: left alone
        later = (start.group(2), start.group(3) or "") > (last.group(2), last.group(3) or "")
        year = int(last.group(1)) - (1 if later else 0)
        value = f"{year:04d}{first.value[4:] if first.value else ''}"
        out[i] = Timex(first.span, first.type, value, first.anchor)
