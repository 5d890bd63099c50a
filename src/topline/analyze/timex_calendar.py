"""Calendar arithmetic for TimeML values: weeks, quarters, seasons, holidays, year choice.

Kept apart from the rule-by-rule resolver so that the conventions of anchoring (which year a
bare "December 20" is, which Friday "Friday" is) live in one small, tested place.
"""

from __future__ import annotations

import datetime as dt

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from topline.analyze.numbers import format_number

#: "past" | "future" | "present" | None; the parse may also say "pluperfect" (a past perfect
#: clause, "had stopped in January"), which ``tag_text`` reads as "past" with
#: ``Context.looks_back`` set (see :func:`narrative_year`).
Tense = str | None

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "jan feb mar apr may jun jul aug sep oct nov dec".split(),
    )
}
WEEKDAYS = {
    d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}
POD_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASON_CODE = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
#: ISO-8601 duration letter and multiplier per unit word.
DURATION_UNIT = {
    "second": ("S", 1, True),
    "minute": ("M", 1, True),
    "hour": ("H", 1, True),
    "day": ("D", 1, False),
    "weekend": ("D", 2, False),
    "week": ("W", 1, False),
    "fortnight": ("W", 2, False),
    "month": ("M", 1, False),
    "quarter": ("Q", 1, False),
    "year": ("Y", 1, False),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
    "millennium": ("Y", 1000, False),
}
#: How much more a distance against the clause's tense costs when choosing a year. Plans
#: told in the past ("planned to", "would", "postponed until", "effective", "payable") count
#: as future tense (:mod:`timex_tense`), so a past clause is strong evidence for the past:
#: "In January, the firm brought in a new chief" in October is the January gone, not the
#: coming one (3.0 before issue 18 let a past clause reach 66 days ahead over 269 back).
TENSE_PENALTY = 10.0


def unit_key(word: str) -> str:
    w = word.lower().rstrip("s")
    return {"centurie": "century", "millennia": "millennium"}.get(w, w)


def month_number(word: str) -> int:
    return MONTHS[word.lower()[:3]]


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def pick_year(month: int, day: int | None, anchor: dt.date, tense: Tense) -> int:
    """The year of a month (and day) given without one: the nearest, weighted by tense.

    A distance against the clause's tense counts :data:`TENSE_PENALTY` times ("will fly a
    mission in December" in March is the coming December, "in April" said in the past tense in
    October is the April gone; "was extended to Nov. 16" is a deadline, future tense). Without a tense, the past is slightly preferred, as news
    reports mostly what happened.
    """
    best: tuple[float, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day is None:
            start = dt.date(year, month, 1)
            end = start + relativedelta(months=1, days=-1)
        else:
            start = end = dt.date(year, month, min(day, 28 if month == 2 else day))
        if start <= anchor <= end:
            return year
        forward = (start - anchor).days
        back = (anchor - end).days
        if forward > 0:
            weight = TENSE_PENALTY if tense == "past" else 1.0 if tense == "future" else 1.5
            cost = forward * weight
        else:
            cost = back * (TENSE_PENALTY if tense == "future" else 1.0)
        if best is None or cost < best[0]:
            best = (cost, year)
    assert best is not None
    return best[1]


#: Units from fine to coarse: a shift by a unit finer than the reference's granularity
#: ("the next day" after "in 1958") cannot be resolved.
UNIT_ORDER = (
    "second",
    "minute",
    "hour",
    "day",
    "weekend",
    "week",
    "fortnight",
    "month",
    "quarter",
    "year",
    "decade",
    "century",
    "millennium",
)
#: How far back before the narrative's reference a dateless month-day may still lie in the
#: reference's year ("On October 25 … On October 3" is a step back, not a year on).
NARRATIVE_SLACK = dt.timedelta(days=31)


def finer(unit: str, granularity: str) -> bool:
    """Whether ``unit`` is finer than a reference known to ``granularity`` (year/month/day)."""
    if unit not in UNIT_ORDER or granularity not in UNIT_ORDER:
        return False
    return UNIT_ORDER.index(unit) < UNIT_ORDER.index(granularity)


def narrative_year(month: int, day: int | None, ref: dt.date, before: bool = False) -> int:
    """The year of a dateless month(-day) in a narrative told forward from ``ref``.

    The first such date on or after the reference (less :data:`NARRATIVE_SLACK`), so
    "December 28 … January 2" crosses into the next year. A year-only reference ("in 1958")
    is dated January 1 and so fixes the year; a season's is dated at its first month ("the
    fall of 2007 … Jan. 18" is 2008-01-18).
    """
    start = dt.date(ref.year, month, min(day or 1, 28 if month == 2 else day or 1))
    if before:
        # A past perfect clause looks back from the reference ("On March 31, 1889 … work had
        # stopped for weeks in January" is the January before): the last one on or before it.
        return ref.year if start <= ref else ref.year - 1
    return ref.year if start >= ref - NARRATIVE_SLACK else ref.year + 1


def weekday_date(target: int, pre: str, anchor: dt.date, tense: Tense) -> dt.date:
    delta = target - anchor.weekday()
    if pre in {"this", "this coming", "coming"}:
        return anchor + dt.timedelta(days=delta)
    if pre in {"next", "the following"}:
        return anchor + dt.timedelta(days=delta % 7 or 7)
    if pre in {"last", "this past", "past", "the previous"}:
        return anchor - dt.timedelta(days=(-delta) % 7 or 7)
    if tense == "future":
        return anchor + dt.timedelta(days=delta % 7)
    return anchor - dt.timedelta(days=(-delta) % 7)


def shift(anchor: dt.date, unit: str, n: int) -> str:
    """The value of the unit ``n`` units away from the anchor, at that unit's granularity."""
    if unit == "day":
        return (anchor + dt.timedelta(days=n)).isoformat()
    if unit in {"week", "fortnight"}:
        return iso_week(anchor + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1)))
    if unit == "weekend":
        base = anchor if anchor.weekday() >= 4 else anchor - dt.timedelta(weeks=1)
        return iso_week(base + dt.timedelta(weeks=n)) + "-WE"
    if unit == "month":
        moved = anchor + relativedelta(months=n)
        return f"{moved.year:04d}-{moved.month:02d}"
    if unit == "quarter":
        y, q = quarter_of(anchor + relativedelta(months=3 * n))
        return f"{y:04d}-Q{q}"
    if unit == "decade":
        return f"{(anchor.year + 10 * n) // 10:03d}"
    if unit == "century":
        return f"{(anchor.year + 100 * n) // 100:02d}"
    if unit in {"hour", "minute", "second"}:
        return anchor.isoformat()
    return f"{anchor.year + n:04d}"


def duration_value(n: float | None, unit: str) -> str:
    letter, mult, timed = DURATION_UNIT.get(unit, ("X", 1, False))
    amount = "X" if n is None else format_number(n * mult)
    return f"P{'T' if timed else ''}{amount}{letter}"


def holiday_date(name: str, year: int) -> dt.date:
    """The date of a named holiday in ``year`` (US holidays as US news uses them)."""
    fixed = {
        "Christmas": (12, 25),
        "Christmas Day": (12, 25),
        "Christmas Eve": (12, 24),
        "New Year's Eve": (12, 31),
        "Independence Day": (7, 4),
        "the Fourth of July": (7, 4),
        "July Fourth": (7, 4),
        "Halloween": (10, 31),
        "Valentine's Day": (2, 14),
        "Veterans Day": (11, 11),
    }
    if name in fixed:
        return dt.date(year, *fixed[name])
    if name.startswith("New Year"):
        return dt.date(year, 1, 1)
    if name.startswith("Easter"):
        return easter(year)
    nth = {"Thanksgiving": (11, 3, 4), "Labor Day": (9, 0, 1), "Election Day": (11, 1, 1)}
    key = "Thanksgiving" if name.startswith("Thanksgiving") else name
    if key in nth:
        month, weekday, k = nth[key]
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (k - 1))
    last = dt.date(year, 5, 31)  # Memorial Day: the last Monday of May
    return last - dt.timedelta(days=last.weekday())


#: Ordinal places of a week, weekend or day in a month ("the last week of June").
MONTH_PLACE = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def month_part(place: str, unit: str, year: int, month: int) -> str:
    """ "the last week of June 2024" → ``2024-W26``: the week holding the month's 4th (first),
    11th (second) … or its last day less three (last), so that most of the week lies in the
    month; a weekend is that week's; a day is the day itself, and so is a weekday ("the first
    Monday of March 1985" → ``1985-03-04``)."""
    n = MONTH_PLACE[place]
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    if unit == "day":
        return dt.date(year, month, n if n > 0 else last).isoformat()
    if unit in WEEKDAYS:
        # "the first Monday of March 1985", "the last Thursday of November": that day.
        same = [
            d for d in range(1, last + 1) if dt.date(year, month, d).weekday() == WEEKDAYS[unit]
        ]
        return dt.date(year, month, same[n - 1 if n > 0 else -1]).isoformat()
    day = dt.date(year, month, min(7 * n - 3, last) if n > 0 else last - 3)
    if unit == "weekend":
        # The weekend of the month's nth (last) Saturday.
        saturdays = [d for d in range(1, last + 1) if dt.date(year, month, d).weekday() == 5]
        day = dt.date(year, month, saturdays[n - 1 if n > 0 else -1])
        return f"{iso_week(day)}-WE"
    return iso_week(day)
