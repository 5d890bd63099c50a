"""TimeML values of lengths and repetitions: DURATION ("two and a half years" P2Y6M,
"three hours" PT3H, "a week later" as a date when it counts from a known point) and SET
("every Monday morning" XXXX-WXX-1TMO, "$5 million a year"). Split from
:mod:`topline.analyze.timex_resolve`, which resolves the dates and times."""

from __future__ import annotations

import datetime as dt
import re

from topline.analyze.numbers import parse_cardinal
from topline.analyze.timex_calendar import (
    DURATION_UNIT,
    MONTHS,
    POD_CODE,
    SEASON_CODE,
    WEEKDAYS,
    duration_value,
    finer,
    shift,
    unit_key,
)
from topline.analyze.timex_context import Context, Resolved, count_of, group_text
from topline.analyze.timex_grammar import Candidate


def duration_of(c: Candidate, a: dt.date | None, ctx: Context) -> Resolved | None:
    unit = unit_key(group_text(c, "unit"))
    if c.rule == "bare_units":
        return Resolved("DURATION", duration_value(None, unit))
    if c.rule == "half_unit":
        if group_text(c, "dir") and unit in {"century", "decade"}:
            # "Half a century ago, the mill employed 3,000 people": the year it reaches.
            years = 50 if unit == "century" else 5
            return Resolved("DATE", f"{a.year - years:04d}" if a else None)
        return Resolved("DURATION", _half(unit))
    num_text = group_text(c, "num")
    n = count_of(num_text)
    if (group_text(c, "half") or group_text(c, "frac")) and n is not None:
        n += 0.5  # "two and a half years", "2 1/2 years", "5½ hours"
    direction = group_text(c, "dir").replace("afterwards", "later").replace("afterward", "later")
    if group_text(c, "pre").strip() in {"a", "an"} and num_text in {"a", "an"}:
        return None
    if num_text in {"a", "an"} and not direction and _counted_rate(c):
        return Resolved("SET", duration_value(1, unit))
    if not direction or (direction == "later" and not ctx.narrative):
        if unit in {"hour", "minute", "second"} and n is not None and not n.is_integer():
            whole = int(n)
            small = {"hour": ("H", "M", 60), "minute": ("M", "S", 60)}.get(unit)
            if small:
                return Resolved(
                    "DURATION", f"PT{whole}{small[0]}{int((n - whole) * small[2])}{small[1]}"
                )
        if unit == "year" and n is not None and not n.is_integer():
            # ISO 8601 writes the whole years and the months: P2Y6M, and P6M for half a year.
            whole, months = int(n), round((n - int(n)) * 12)
            return Resolved("DURATION", f"P{whole}Y{months}M" if whole else f"P{months}M")
        return Resolved("DURATION", duration_value(n, unit))
    if n is None:
        return Resolved("DATE", "FUTURE_REF" if "from now" in direction else "PAST_REF")
    stepped = direction in {"earlier", "later"} and unit in {"hour", "minute", "second"}
    if a is not None and finer(unit, ctx.granularity) and stepped:
        # "The ship sank on April 15, 1912. Two hours earlier it had struck an iceberg": no
        # clock time to step from, so the length alone, as TimeML reads "three days later"
        # in news (the span loses "earlier"; tag_text trims it). "Three hours ago" said on a
        # publication day with no time stays unresolved.
        return Resolved("DURATION", duration_value(n, unit))
    if a is None or finer(unit, ctx.granularity):
        return Resolved("TIME" if unit in {"hour", "minute", "second"} else "DATE", None)
    sign = 1 if direction in {"from now", "hence", "later"} else -1
    steps = int(n) if n.is_integer() else n
    if unit in {"hour", "minute", "second"} and ctx.anchor is not None and not ctx.narrative:
        delta = dt.timedelta(**{unit + "s": sign * float(n)})
        moment = ctx.anchor + delta
        return Resolved("TIME", moment.strftime("%Y-%m-%dT%H:%M"))
    if isinstance(steps, float):
        return Resolved("DATE", str(a.year + sign * round(steps)) if unit == "year" else None)
    if unit in {"decade", "century"}:
        return Resolved("DATE", str(a.year + sign * steps * (10 if unit == "decade" else 100)))
    return Resolved("DATE", shift(a, unit, sign * steps))


def _half(unit: str) -> str:
    return {
        "hour": "PT30M",
        "day": "PT12H",
        "year": "P6M",
        "decade": "P5Y",
        "century": "P50Y",
    }[unit]


#: A count of things right before "a day" / "a week": "40,000 vehicles a day", "two meals a
#: day", "10 new flights a week" (a figure, at most two words, the last a plural noun).
_COUNTED_THINGS = re.compile(
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)"
    r"(?: [a-z]+)? [a-z]+s$"
)


def _counted_rate(c: Candidate) -> bool:
    """ "$5 million a year", "three times a week", "40,000 vehicles a day": a rate, which
    TimeML calls a SET."""
    before = c.match.string[max(0, c.start - 40) : c.start].rstrip().lower()
    if _COUNTED_THINGS.search(before):
        return True
    return bool(re.search(r"(\d|million|billion|thousand|percent|%|times|dollars|cents)$", before))


def set_of(c: Candidate) -> Resolved:
    if c.rule == "set_adverb":
        w = group_text(c, "w")
        key = {"daily": "day", "nightly": "day", "weekly": "week", "monthly": "month"}.get(w)
        key = key or {
            "annually": "year",
            "yearly": "year",
            "hourly": "hour",
            "biweekly": "week",
        }.get(w)
        if key is None:
            key = unit_key(w.split()[-1])
        amount = 2 if w == "biweekly" else 1
        return Resolved("SET", duration_value(amount, key))
    unit = group_text(c, "unit").rstrip("s")
    if unit in WEEKDAYS:
        # "every Monday morning": the part of each such day (TimeML XXXX-WXX-1TMO).
        pod = f"T{POD_CODE[group_text(c, 'pod')]}" if group_text(c, "pod") else ""
        return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[unit] + 1}{pod}")
    if unit in POD_CODE:
        return Resolved("SET", f"XXXX-XX-XXT{POD_CODE[unit]}")
    if unit in SEASON_CODE:
        return Resolved("SET", f"XXXX-{SEASON_CODE[unit]}")
    if unit[:3] in MONTHS and unit not in DURATION_UNIT:
        return Resolved("SET", f"XXXX-{MONTHS[unit[:3]]:02d}")
    n = parse_cardinal(group_text(c, "num")) if group_text(c, "num") else 1
    if group_text(c, "q") == "every other":
        n = 2
    return Resolved("SET", duration_value(n, "day" if unit == "night" else unit_key(unit)))
