"""TimeML values for grammar matches: types, granularity and anchoring to the reference date.

What no library gives: TimeML's value forms (``2020-W01``, ``1989-Q3``, ``199``, ``P3Y``,
``PT5H``, ``PXY``, ``PRESENT_REF``, ``XXXX-WXX-1``), granularity that follows the expression
("two weeks ago" is a week, "last year" a year), and anchoring. The anchor is the publication
date; without it, a relative expression keeps the value None (unresolved) while absolute ones
("January 10, 2020", "1998", "three years") still get theirs.

News conventions, in one place: a bare weekday or a month-day without a year points to the
most recent one unless the clause is in the future tense; "last/next/this" move by whole units.
dateparser is used for numeric dates ("1/16/2020"), where its locale-aware order helps.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from topline.analyze.numbers import ORDINALS, parse_cardinal
from topline.analyze.timex_calendar import (
    POD_CODE,
    SEASON_CODE,
    SEASON_MONTH,
    WEEKDAYS,
    duration_value,
    finer,
    holiday_date,
    iso_week,
    month_number,
    month_part,
    narrative_year,
    pick_year,
    quarter_of,
    shift,
    unit_key,
    weekday_date,
)
from topline.analyze.timex_context import Context, Resolved, group_text
from topline.analyze.timex_grammar import Candidate, indefinite_weekday, lead_words
from topline.analyze.timex_lengths import duration_of, set_of

PRESENT = {"now", "right now", "currently", "at present", "presently", "nowadays", "these days"}
PRESENT |= {"at the moment", "current"}
FUTURE_WORDS = ("soon", "shortly", "future", "coming", "ahead", "term", "possible")


#: "The year ended March 31", "the fiscal year ending June 30": a period given by its length
#: and its last day, which TimeML annotates as a DURATION anchored at that end point
#: (TimeML Annotation Guidelines 1.2.1, TIMEX3 ``endPoint``), as it does "the nine months
#: ended Sept. 30" (P9M). Not "the year ahead" or "the year to date".
_ENDED = re.compile(r"\s+(?:ended|ending)\b", re.IGNORECASE)


#: "Recent years", "the coming weeks", "the months ahead": a stretch of unspecified length
#: ending (or starting) now, the same as "the past few years": a DURATION with an unknown
#: amount, ``PXY`` / ``PXW`` (TIDES 2005 standard and TimeML 1.2.1: unspecified quantities
#: are written X). "Recently", "soon" and "the future" stay PAST_REF / FUTURE_REF.
_UNSPECIFIED_SPAN = re.compile(
    r"^(?:(?:recent|(?:the )?coming) (?P<unit>years|months|weeks|days|decades|quarters)"
    r"|the (?P<ahead>years|months|weeks|days) ahead)$"
)


#: The rest of a day pair whose year follows the second day ("March 3 or 4, 2021").
_PAIR_YEAR = re.compile(
    r",? (?:and|or|to|through|&) (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,? ((?:1[6-9]|20)\d\d)\b"
)


#: "the nineteenth century" is the 19th.
CENTURY_ORDINALS = {
    **ORDINALS,
    **{
        w: i + 11
        for i, w in enumerate(
            "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
            "nineteenth twentieth twenty-first".split()
        )
    },
}


#: Pre-modifiers of a month that count from the present ("last March", "this coming May").
_RELATIVE_PRE = ("last", "next", "this", "past", "coming")
#: "last <month>" skips back a year when the month is the publication's own or up to this
#: many months before it within the same year: the month just gone is "last month".
LAST_MONTH_GAP = 1


def resolve(c: Candidate, ctx: Context) -> Resolved | None:
    """Type and value for one candidate; None drops it (not a temporal expression after all)."""
    a = ctx.anchor.date() if ctx.anchor else None
    rule = c.rule
    if rule in {"date_mdy", "date_dmy", "day_pair"}:
        month, day = (
            month_number(group_text(c, "month")),
            int(re.sub(r"\D", "", group_text(c, "day"))),
        )
        year = int(group_text(c, "year")) if group_text(c, "year") else None
        shared_year = _PAIR_YEAR.match(c.match.string, c.end)
        if year is None and shared_year:
            year = int(shared_year.group(1))  # "March 3 or 4, 2021": the year is both days'
        if year is None and a is not None:
            # The second day of a pair takes the first day's year ("June 9 and 10").
            first = int(re.sub(r"\D", "", group_text(c, "day0"))) if group_text(c, "day0") else day
            year = _year_of(month, first, a, ctx)
        try:
            dt.date(year or 2000, month, day)
        except ValueError:
            return None
        if year is None and a is None and rule != "day_pair":
            # Nothing anchors it (no publication date, no date earlier in the text): TimeML
            # writes the year as unknown, "XXXX-03-10", rather than leaving no value.
            return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}")
        return Resolved("DATE", f"{year}-{month:02d}-{day:02d}" if year else None)
    if rule == "month_part":
        month = month_number(group_text(c, "month"))
        if group_text(c, "year"):
            year = int(group_text(c, "year"))
        elif a is not None:
            year = _year_of(month, None, a, ctx)
        else:
            return Resolved("DATE", None)
        return Resolved(
            "DATE", month_part(group_text(c, "ord"), group_text(c, "unit"), year, month)
        )
    if rule == "year_range":
        return Resolved("DATE", group_text(c, "year"))
    if rule == "era_year":
        return _era_year(c)
    if rule == "anaphoric":
        return _anaphoric(c, a, ctx)
    if rule == "date_iso":
        return Resolved(
            "DATE", f"{group_text(c, 'year')}-{group_text(c, 'm')}-{group_text(c, 'd')}"
        )
    if rule == "date_slash":
        return _slash_date(group_text(c, "text"), ctx)
    if rule == "month_year":
        return Resolved(
            "DATE", f"{group_text(c, 'year')}-{month_number(group_text(c, 'month')):02d}"
        )
    if rule == "month":
        month = month_number(group_text(c, "month"))
        pre = group_text(c, "pre") or lead_words(c)
        if pre.startswith(_ANAPHORIC_MONTH):
            return _anaphoric_month(month, pre, a, ctx)
        if a is None:
            # "in March" with nothing to anchor it: the month of an unknown year (TimeML
            # "XXXX-03"); "last March" or "next March" say nothing without a present.
            bare = not group_text(c, "rel") and not pre.startswith(_RELATIVE_PRE)
            return Resolved("DATE", f"XXXX-{month:02d}" if bare else None)
        if group_text(c, "rel"):
            year = a.year + {"this": 0, "last": -1, "next": 1}[group_text(c, "rel")]
            return Resolved("DATE", f"{year}-{month:02d}")
        tense = "past" if pre.startswith("last") or "past" in pre else ctx.tense
        tense = "future" if pre.startswith("next") or "coming" in pre else tense
        if ctx.narrative and not pre.startswith(("this", "last", "next")):
            return Resolved("DATE", f"{_year_of(month, None, a, ctx)}-{month:02d}")
        year = a.year if pre.startswith("this") else pick_year(month, None, a, tense)
        if pre.startswith("last") and year == a.year and month >= a.month - LAST_MONTH_GAP:
            # "last February" said in March: the month just gone would be "last month", so
            # the name points a year back (across the new year "last December" is the one
            # just gone, already last year's).
            year -= 1
        return Resolved("DATE", f"{year}-{month:02d}")
    if rule == "year":
        year_text, pre = group_text(c, "year"), group_text(c, "pre")
        if "half of" in pre:
            return Resolved("DATE", f"{year_text}-H{1 if 'first' in pre else 2}")
        return Resolved("DATE", year_text)
    if rule == "decade":
        if group_text(c, "short"):
            return Resolved("DATE", f"19{group_text(c, 'short')}")
        if group_text(c, "dec") == "0" and int(group_text(c, "cent")) < 20:
            # "the 1700s", "the early 1900s": the century, as English uses them (TIDES 2005
            # writes the 18th century "17"); "the 2000s" stays the decade 200.
            return Resolved("DATE", group_text(c, "cent"))
        return Resolved("DATE", f"{group_text(c, 'cent')}{group_text(c, 'dec')}")
    if rule == "spoken_month_year":
        spoken = _spoken(c)
        if spoken is None or spoken.value is None:
            return None
        if group_text(c, "season"):
            return Resolved("DATE", f"{spoken.value}-{SEASON_CODE[group_text(c, 'season')]}")
        return Resolved("DATE", f"{spoken.value}-{month_number(group_text(c, 'month')):02d}")
    if rule in {"spoken_year", "spoken_decade"}:
        return _spoken(c)
    if rule == "century":
        era = "BC" if group_text(c, "era").startswith("b") else ""
        n = (
            int(group_text(c, "ord"))
            if group_text(c, "ord")
            else CENTURY_ORDINALS[group_text(c, "word").replace(" ", "-")]
        )
        return Resolved("DATE", f"{era}{n - 1:02d}")
    if rule == "quarter":
        return _quarter_value(c, a, ctx)
    if rule == "day_ordinal":
        # The month the text is in: the reference's, known at least to the month.
        if a is None or ctx.granularity == "year":
            return Resolved("DATE", None)
        day = int(group_text(c, "day"))
        if ctx.tense in {"present", "future"} and not ctx.narrative and day < a.day:
            a = (a.replace(day=1) + dt.timedelta(days=32)).replace(day=1)  # "due on the 1st"
        return Resolved("DATE", _day_of_month(a, day))
    if rule == "month_quarter":
        n = (month_number(group_text(c, "m1")) - 1) // 3 + 1
        explicit = group_text(c, "year") or group_text(c, "year0")
        if explicit:
            return Resolved("DATE", f"{explicit}-Q{n}")
        return Resolved("DATE", f"{_quarter_year(n, False, a, ctx)}-Q{n}" if a else None)
    if rule == "quarter_code":
        n = int(group_text(c, "n"))
        if group_text(c, "year"):
            return Resolved("DATE", f"{group_text(c, 'year')}-Q{n}")
        if a is None:
            return Resolved("DATE", None)
        started = dt.date(a.year, (n - 1) * 3 + 1, 1) <= a
        year = a.year if started or ctx.tense == "future" else a.year - 1
        return Resolved("DATE", f"{year}-Q{n}")
    if rule == "report_period":
        return _report_period(c, a)
    if rule in {"season", "season_year"}:
        return _season(c, a, ctx)
    if rule == "holiday":
        return _holiday(c, a, ctx)
    if rule == "deictic":
        return _deictic(c, a)
    if rule in {"pod_edge", "pod_the"}:
        # The day of the reference: the publication's in news, the narrative's own day.
        if a is None or finer("day", ctx.granularity):
            return Resolved("TIME", None)
        return Resolved("TIME", f"{a.isoformat()}T{POD_CODE[group_text(c, 'pod')]}")
    if rule == "pod_rel":
        if a is None:
            return Resolved("TIME", None)
        rel = group_text(c, "rel")
        pod = POD_CODE[group_text(c, "pod")]
        offset = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
        return Resolved("TIME", f"{(a + dt.timedelta(days=offset)).isoformat()}T{pod}")
    if rule == "weekday":
        return _weekday_value(c, a, ctx)
    if rule in {"clock", "noon"}:
        return _clock(c, a, ctx)
    if rule == "year_ago_adj":
        return Resolved("DATE", str(a.year - 1) if a else None)
    if rule == "weekend":
        if a is None:
            return Resolved("DATE", None)
        return Resolved("DATE", shift(a, "weekend", 1 if ctx.tense == "future" else 0))
    if rule == "new_year":
        # The coming year, or the one just begun when the reference is its January or
        # February ("sales slowed in the new year" said on Jan. 9); a year-only reference
        # ("elected in 1872 … early in the new year") is left behind.
        if a is None:
            return Resolved("DATE", None)
        begun = a.month <= 2 and ctx.granularity != "year"
        return Resolved("DATE", str(a.year if begun else a.year + 1))
    if rule == "the_unit":
        if _ENDED.match(c.match.string, c.end):
            return Resolved("DURATION", duration_value(1, unit_key(group_text(c, "unit"))))
        # "for the year", "the full year", "the week": the year or week the text is in.
        return Resolved("DATE", shift(a, group_text(c, "unit"), 0) if a else None)
    if rule == "one_more":
        return Resolved("DURATION", duration_value(1, unit_key(group_text(c, "unit"))))
    if rule == "year_end":
        return _year_end(c, a, ctx)
    if rule in {"relative", "edge_unit"}:
        return _relative(c, a, ctx)
    if rule in {"duration", "half_unit", "bare_units"}:
        return duration_of(c, a, ctx)
    if rule == "ref":
        w = group_text(c, "w")
        span = _UNSPECIFIED_SPAN.match(w)
        if span:
            unit = span.group("unit") or span.group("ahead")
            return Resolved("DURATION", duration_value(None, unit_key(unit)))
        if w in PRESENT:
            return Resolved("DATE", "PRESENT_REF")
        if any(f in w for f in FUTURE_WORDS):
            return Resolved("DATE", "FUTURE_REF")
        return Resolved("DATE", "PAST_REF")
    if rule in {"set_each", "set_adverb"}:
        return set_of(c)
    return None


#: "since year-end": the preposition that makes the year's end the one gone.
_SINCE = re.compile(r"(?i)\bsince\s+(?:the\s+)?$")


def _day_of_month(a: dt.date, day: int) -> str | None:
    """That day of the anchor's month, or None when the month has no such day."""
    try:
        return a.replace(day=day).isoformat()
    except ValueError:
        return None


def _year_end(c: Candidate, a: dt.date | None, ctx: Context) -> Resolved:
    """ "Complete the sale by year-end", "the shares have risen 12% since year-end": in
    business English the year-end is the year's closing day (a balance-sheet date), so its
    value is that day, the nearest one by the clause's tense as for "Dec. 31", and the one
    gone after "since" (TBAQ gives a day or a month in 3 of 4; a day also holds a gold
    year). "The end of the year" stays a year (its own rule)."""
    if a is None:
        return Resolved("DATE", None)
    tense = "past" if _SINCE.search(c.match.string, 0, c.start) else ctx.tense
    return Resolved("DATE", f"{pick_year(12, 31, a, tense):04d}-12-31")


#: "the next March", "the following May", "the previous June": a month counted from the
#: reference, as "the next day" is (anaphoric, :mod:`timex_narrative`).
_ANAPHORIC_MONTH = ("the next", "the following", "the previous", "that")


def _anaphoric_month(month: int, pre: str, a: dt.date | None, ctx: Context) -> Resolved:
    """The first such month after the reference ("elected in November 1860 … the next March"
    is 1861-03) or the last one before it. From a year alone ("elected in 1860 … the next
    March") the month lies in the year after (or before)."""
    if a is None:
        return Resolved("DATE", None)
    year = a.year  # "that August": the reference's year
    if pre.startswith(("the next", "the following")):
        year += 1 if ctx.granularity == "year" or month <= a.month else 0
    elif pre.startswith("the previous"):
        year -= 1 if ctx.granularity == "year" or month >= a.month else 0
    return Resolved("DATE", f"{year}-{month:02d}")


def _year_of(month: int, day: int | None, a: dt.date, ctx: Context) -> int:
    """A dateless month(-day)'s year: forward from a narrative's reference, else the nearest."""
    if ctx.narrative:
        return narrative_year(month, day, a, before=ctx.looks_back)
    return pick_year(month, day, a, ctx.tense)


def _era_year(c: Candidate) -> Resolved:
    """ "490 BC" → BC0490 (TimeML's form), "AD 79" → 0079."""
    year = int(group_text(c, "year") or group_text(c, "year_ad"))
    era = "BC" if group_text(c, "era").startswith("b") else ""
    return Resolved("DATE", f"{era}{year:04d}")


#: Anaphoric words → the step from the reference ("the next day" is one day after it).
ANAPHORIC_STEP = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1}
ANAPHORIC_STEP |= {"the prior": -1}


def _anaphoric(c: Candidate, a: dt.date | None, ctx: Context) -> Resolved | None:
    """ "The same day", "the next day", "the previous year", "later that year": a step from
    the last date the text gave (the anchor here), never from the publication date alone."""
    unit = group_text(c, "unit") or group_text(c, "back_unit")
    step = ANAPHORIC_STEP.get(group_text(c, "rel"), 0)
    if group_text(c, "back"):
        step = 1 if group_text(c, "back") == "after" else -1
    pod = POD_CODE.get(unit)
    kind = "TIME" if pod else "DATE"
    if pod:
        unit = "day"
    if a is None or finer(unit_key(unit), ctx.granularity):
        return Resolved(kind, None)
    if group_text(c, "pre") and unit_key(unit) != "day":
        return Resolved(kind, shift(a, unit_key(unit), step))
    value = shift(a, unit_key(unit), step)
    return Resolved(kind, value + (f"T{pod}" if pod else ""))


def _spoken(c: Candidate) -> Resolved | None:
    """Years as spoken in broadcast transcripts: "nineteen ninety-six", "the nineties"."""
    if c.rule == "spoken_decade":
        tens = group_text(c, "tens").removesuffix("ies") + "y"
        return Resolved("DATE", f"19{(parse_cardinal(tens) or 0) // 10:.0f}")
    if group_text(c, "two"):
        value = parse_cardinal(group_text(c, "two"))
        return Resolved("DATE", f"{value:.0f}") if value else None
    rest = group_text(c, "rest")
    century = 19 if group_text(c, "cent") == "nineteen" else 20
    if rest.startswith("hundred"):
        tail = parse_cardinal(rest.removeprefix("hundred").replace("and", "").strip() or "zero")
        return Resolved("DATE", f"{century}{tail or 0:02.0f}")
    value = parse_cardinal(rest)
    if value is None or value >= 100:
        return None
    return Resolved("DATE", f"{century}{value:02.0f}")


def _slash_date(text: str, ctx: Context) -> Resolved | None:
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"DATE_ORDER": "MDY"})
    return Resolved("DATE", parsed.date().isoformat()) if parsed else None


#: Through which month of the year the last quarter of the year before is "the fourth quarter"
#: news speaks of, whatever the tense (results come out in January and February).
JUST_ENDED_MONTHS = 2


def _quarter_value(c: Candidate, a: dt.date | None, ctx: Context) -> Resolved:
    ordinal = group_text(c, "ord")
    n = 4 if ordinal == "final" else ORDINALS.get(ordinal, 0) or int(ordinal[0])
    half = group_text(c, "unit") == "half"
    if half:
        n = min(n, 2)
    explicit = group_text(c, "year") or group_text(c, "year0")
    if explicit:
        year = int(explicit)
    elif a is None:
        return Resolved("DATE", None)
    else:
        rel = group_text(c, "rel") or group_text(c, "rel2")
        if rel:
            year = a.year + {"this": 0, "last": -1, "next": 1}[rel]
        else:
            year = _quarter_year(n, half, a, ctx)
        if "year-" in group_text(c, "adj"):
            year -= 1
    return Resolved("DATE", f"{year}-{'H' if half else 'Q'}{n}")


def _quarter_year(n: int, half: bool, a: dt.date, ctx: Context) -> int:
    """The year of a quarter or half named without one: the reference's in a narrative; in
    news, one not yet begun is last year's in a past clause, this year's in a present or
    future one ("results are due in the second half"), except the year's last quarter in
    January and February, which has just ended ("will report fourth-quarter results next
    week"), not nine months ahead. A half is left to the tense ("the economy will recover in
    the second half" said in January)."""
    if ctx.narrative:
        return a.year
    first_month = (n - 1) * 6 + 1 if half else (n - 1) * 3 + 1
    started = dt.date(a.year, first_month, 1) <= a
    ahead = ctx.tense in {"future", "present"} and (half or a.month > JUST_ENDED_MONTHS)
    return a.year if started or ahead else a.year - 1


def _report_period(c: Candidate, a: dt.date | None) -> Resolved | None:
    """Earnings-report language: "the quarter", "the year-ago period" (the last full quarter)."""
    adj, unit = group_text(c, "adj"), group_text(c, "unit")
    if not adj and (unit == "period" or not c.match.group(0).lower().startswith("the")):
        return None  # "period" alone, or "a quarter of the shares"
    if a is None:
        return Resolved("DATE", None)
    last_full = a - relativedelta(months=3)
    y, q = quarter_of(last_full)
    if group_text(c, "year"):
        return Resolved(
            "DATE", f"{group_text(c, 'year')}-Q{q}" if unit == "quarter" else group_text(c, "year")
        )
    if adj.startswith(("year-", "comparable", "corresponding", "prior-year")) or group_text(
        c, "ago"
    ):
        y -= 1
    elif adj == "same":
        return None
    return Resolved("DATE", f"{y}-Q{q}")


def _season(c: Candidate, a: dt.date | None, ctx: Context) -> Resolved:
    code = SEASON_CODE[group_text(c, "season")]
    if group_text(c, "year"):
        return Resolved("DATE", f"{group_text(c, 'year')}-{code}")
    if a is None:
        return Resolved("DATE", None)
    pre = group_text(c, "pre")
    ahead = "following" in pre or pre.startswith("the next")
    if "previous" in pre or ahead:  # "the previous winter", "the next spring": from the anchor
        year = _stepped_season(code, a, ctx.granularity, ahead)
        return Resolved("DATE", f"{year:04d}-{code}")
    if "last" in pre or "past" in pre:
        # "last winter" said in December is the one before the winter begun, not January's
        year = max(y for y in _years_around(a) if _season_span(code, y)[1] < a)
        return Resolved("DATE", f"{year}-{code}")
    if "next" in pre or "coming" in pre:
        year = min(y for y in _years_around(a) if _season_span(code, y)[0] > a)
        return Resolved("DATE", f"{year}-{code}")
    if code == "WI":
        story = ctx.narrative and "this" not in pre or "that" in pre
        return Resolved("DATE", f"{_winter_year(a, ctx, anaphoric=story)}-{code}")
    if ctx.narrative and "this" not in pre:
        return Resolved("DATE", f"{_year_of(SEASON_MONTH[code], None, a, ctx)}-{code}")
    year = (
        a.year
        if "this" in pre or "that" in pre
        else pick_year(SEASON_MONTH[code], None, a, ctx.tense)
    )
    return Resolved("DATE", f"{year}-{code}")


#: The first month of each season: a winter is named by the year it begins (TIDES 2005: the
#: winter of December 2001 to February 2002 is 2001-WI), the others by their own year.
_SEASON_OPENS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_span(code: str, year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of the season ``year-code`` (a winter ends in the next year)."""
    start = dt.date(year, _SEASON_OPENS[code], 1)
    return start, start + relativedelta(months=3, days=-1)


def _years_around(a: dt.date) -> range:
    return range(a.year - 2, a.year + 2)


def _winter_year(a: dt.date, ctx: Context, *, anaphoric: bool) -> int:
    """The year of a winter named without one, by the year it begins (TIDES 2005).

    Read from a narrative's reference ("trapped in the ice in January 1872. Three men died
    that winter") it is the winter holding the reference or the next one: 1871-WI; from a
    reference known to the year alone ("founded in 1620. That winter …") that year's; in a
    past perfect clause the last one begun by then. Read from the publication ("this winter",
    "the winter" in news) it is the one under way, else the last one gone in a past clause
    and the coming one otherwise."""
    if anaphoric:
        if ctx.granularity == "year":
            return a.year - 1 if ctx.looks_back else a.year
        if ctx.looks_back:
            return a.year if a.month == 12 else a.year - 1
        return a.year - 1 if a.month <= 2 else a.year
    if a.month == 12 or a.month <= 2:
        return a.year if a.month == 12 else a.year - 1  # the winter under way
    return a.year - 1 if ctx.tense == "past" else a.year


def _stepped_season(code: str, a: dt.date, granularity: str, forward: bool) -> int:
    """The year of "the following spring" / "the previous summer": the first such season
    wholly after the reference, or the last wholly before it. "In November 1854 … the
    previous summer" is 1854's, "In January 1855 … the following spring" 1855's. A
    reference known to the year alone (a year, dated January 1) steps a year; a season's
    reference (its first day, to the year; a winter's is its December) spans three months."""
    if granularity == "year" and a.month == 1:
        return a.year + (1 if forward else -1)
    first = a.year * 12 + a.month - 1
    last = first + 2 if granularity == "year" else first
    years = range(a.year - 2, a.year + 3)
    if forward:
        return next(y for y in years if y * 12 + (_SEASON_OPENS[code] - 1) > last)
    return [y for y in years if y * 12 + (_SEASON_OPENS[code] - 1) + 2 < first][-1]


def _holiday(c: Candidate, a: dt.date | None, ctx: Context) -> Resolved:
    name = c.match.group("h").replace("’", "'")
    year = int(group_text(c, "year")) if group_text(c, "year") else None
    if year is None and a is None:
        return Resolved("DATE", None)

    def on(y: int) -> dt.date:
        return holiday_date(name, y)

    pre = lead_words(c)
    if year is None and a is not None and pre:
        # From the reference: "that Christmas" is its year's, "the following Easter" the
        # first after it, "the previous Christmas" the last before it (a year-only
        # reference is the whole year).
        whole = ctx.granularity == "year"
        if pre == "that":
            return Resolved("DATE", on(a.year).isoformat())
        if pre == "the previous":
            last = on(a.year - 1) if whole or on(a.year) >= a else on(a.year)
            return Resolved("DATE", last.isoformat())
        after = on(a.year + 1) if whole or on(a.year) <= a else on(a.year)
        return Resolved("DATE", after.isoformat())
    if year is None and a is not None and ctx.narrative:
        first = on(a.year)
        return Resolved("DATE", (first if first >= a else on(a.year + 1)).isoformat())
    if year is None and a is not None:
        options = [on(y) for y in (a.year - 1, a.year, a.year + 1)]
        if ctx.tense == "future":
            chosen = next(o for o in options if o >= a)
        elif ctx.tense == "past":
            chosen = [o for o in options if o <= a][-1]
        else:
            chosen = min(options, key=lambda o: abs((o - a).days))
        return Resolved("DATE", chosen.isoformat())
    return Resolved("DATE", on(year or 2000).isoformat())


def _deictic(c: Candidate, a: dt.date | None) -> Resolved:
    day, pod = group_text(c, "day"), group_text(c, "pod")
    kind = "TIME" if pod or day == "tonight" else "DATE"
    if a is None:
        return Resolved(kind, None)
    offset = {"yesterday": -1, "tomorrow": 1}.get(day, 0)
    value = (a + dt.timedelta(days=offset)).isoformat()
    if day == "tonight":
        value += "TNI"
    elif pod:
        value += "T" + POD_CODE[pod]
    return Resolved(kind, value)


def _weekday_value(c: Candidate, a: dt.date | None, ctx: Context) -> Resolved:
    target = WEEKDAYS[group_text(c, "wd")]
    pod = group_text(c, "pod")
    if group_text(c, "pl") or c.match.group(0).lower().endswith(
        ("nights", "mornings", "evenings", "afternoons")
    ):
        return Resolved("SET", f"XXXX-WXX-{target + 1}" + (f"T{POD_CODE[pod]}" if pod else ""))
    kind = "TIME" if pod else "DATE"
    if a is None or finer("day", ctx.granularity) or indefinite_weekday(c):
        return Resolved(kind, None)
    day = weekday_date(target, group_text(c, "pre"), a, "future" if ctx.narrative else ctx.tense)
    return Resolved(kind, day.isoformat() + (f"T{POD_CODE[pod]}" if pod else ""))


def _clock(c: Candidate, a: dt.date | None, ctx: Context) -> Resolved:
    if c.rule == "noon":
        hour, minute = (24 if group_text(c, "n") == "midnight" else 12), 0
    else:
        hour, minute = int(group_text(c, "h")), int(group_text(c, "m") or 0)
        ampm = group_text(c, "ampm")
        later = ampm.endswith(("afternoon", "evening")) or (ampm.endswith("night") and hour >= 6)
        if (ampm.startswith("p") or later) and hour < 12:
            hour += 12  # "5 p.m.", "at 8 in the evening", "at 11 in the night"
        elif (ampm.startswith("a") or ampm.endswith(("morning", "night"))) and hour == 12:
            hour = 0
    if a is None:
        return Resolved("TIME", None)
    when = group_text(c, "when")
    day = a
    if group_text(c, "month") and group_text(c, "day"):
        month, dom = (
            month_number(group_text(c, "month")),
            int(re.sub(r"\D", "", group_text(c, "day"))),
        )
        try:
            day = dt.date(pick_year(month, dom, a, ctx.tense), month, dom)
        except ValueError:
            pass
    if when in {"yesterday", "tomorrow"}:
        day = a + dt.timedelta(days=-1 if when == "yesterday" else 1)
    elif when in WEEKDAYS:
        day = weekday_date(WEEKDAYS[when], "", a, ctx.tense)
    return Resolved("TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}")


def _relative(c: Candidate, a: dt.date | None, ctx: Context) -> Resolved | None:
    rel, unit = group_text(c, "rel"), unit_key(group_text(c, "unit").replace("fiscal ", ""))
    if a is None:
        return Resolved("DATE", None)
    if rel == "this" and unit == "weekend" and 2 <= a.weekday() <= 3:
        # "will rally this weekend" said on a Wednesday, "a strike that could have begun this
        # weekend": from midweek on, the weekend of the publication's own week. On a Monday or
        # Tuesday "this weekend" is mostly the one just gone ("told voters this weekend"; the
        # clause's tense is no safe guide there: PolNeAR's one case is parsed as a future).
        return Resolved("DATE", iso_week(a) + "-WE")
    n = {"last": -1, "this past": -1, "the previous": -1, "the prior": -1, "next": 1}.get(rel, 0)
    n = 1 if rel in {"the next", "the coming"} else n
    n = -1 if rel in {"the past", "the last"} else n
    return Resolved("DATE", shift(a, unit, n))
