"""Temporal expressions (TIMEX3): spans from the grammar, values resolved against the anchor.

The anchor is the article's publication date (``Article.published``). The grammar
(:mod:`timex_grammar`) finds the spans, the resolver (:mod:`timex_resolve`) gives each a TimeML
type and value; the only thing read from the spaCy parse is the tense of the clause an expression
sits in, which decides whether "Friday" is the last one or the next one.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from typing import Literal

from spacy.tokens import Doc

from topline.analyze.timex_calendar import Tense
from topline.analyze.timex_context import Context, Resolved
from topline.analyze.timex_grammar import Candidate, find_candidates
from topline.analyze.timex_joins import join_neighbours
from topline.analyze.timex_narrative import (
    NARRATIVE_GAP,
    Reference,
    anchor_kind,
    is_bare_clock,
    is_day_part,
    is_deixis,
    is_explicit,
    is_framed,
    is_modifier,
    is_narrative,
    is_weekday_of_story,
    opens_frame,
    reference_of,
)
from topline.analyze.timex_resolve import resolve
from topline.analyze.timex_tense import AHEAD_IN_PAST, REPORTING, clause_tense
from topline.analyze.timex_years import sentence_years
from topline.model import Span, Timex
from topline.nlp import doc_sents, doc_text

#: How relative expressions are anchored: "auto" (the rule of :mod:`timex_narrative`),
#: "publication" (always the publication date), "narrative" (the reference whenever it lies
#: far before the publication date, expression by expression).
Convention = Literal["auto", "publication", "narrative"]
#: Clause tenses that speak from the writer's present, not the story's time.
PRESENT = frozenset({"present", "future"})
#: How many sentences back a quarter ("the third quarter") still frames "a year earlier".
QUARTER_WINDOW = 2
#: A comparison of figures that a year-ago expression closes: "rose to $5 million from $4
#: million last year", "compared with 81 cents a share a year earlier", "lower than a year
#: ago", "up from last year's $3.27": the comparing word at most :data:`COMPARISON_REACH`
#: characters before the expression, and a figure in the sentence. "More than 2,000
#: people" bounds a quantity instead.
COMPARISON = re.compile(
    r"(?i)\b(?:from|compared|versus|vs\.|against|(?<!more )(?<!less )(?<!fewer )than)\b"
)
COMPARISON_REACH = 80
#: A figure in the sentence: an amount, a share price, a percentage.
FIGURE = re.compile(r"[$£€]|\d")
#: Year-ago expressions that close such a comparison ("last year" among them).
YEAR_AGO = re.compile(r"(?i)(?:last year|a year (?:ago|earlier)|year-earlier|year-ago)(?:'s)?")
#: "In the 1988 period, the company earned …": a report's period named by its year alone.
PERIOD_OF_YEAR = re.compile(r"(?i)the \d{4} period")


def parse_anchor(anchor: str | dt.date | None) -> tuple[dt.datetime | None, bool]:
    """The anchor as a datetime, and whether it carried a time of day.

    A ``datetime.date`` (what ``Article.published`` holds once parsed at ingestion) is taken
    as is; a string is read as ISO-8601 first, then by dateparser for anything else a feed may
    give ("Thu, 16 Jan 2020 10:00:00 GMT"). An unreadable anchor counts as no anchor.
    """
    if isinstance(anchor, dt.datetime):
        return anchor.replace(tzinfo=None), True
    if isinstance(anchor, dt.date):
        return dt.datetime.combine(anchor, dt.time()), False
    if not anchor:
        return None, False
    text = anchor.strip()
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        import dateparser

        found = dateparser.parse(text, languages=["en"])
        if found is None:
            return None, False
        parsed = found
    return parsed.replace(tzinfo=None), len(text) > 10


def _year_earlier(cand_rule: str, value: str | None, span_text: str) -> bool:
    """Expressions that step one year back from the period being talked about ("a year
    ago", "a year earlier", "year-earlier"), which an earnings report's quarter makes a
    quarter.

    "Last year" is not one of them: it is deictic, the calendar year before the
    publication year, as TimeML resolves such expressions against the document creation
    time (TimeML Annotation Guidelines 1.2.1, TIMEX3 values; TempEval-3 TBAQ: 32 of 36
    "last year" are a plain year, quarter or no quarter in the sentence).
    """
    if value is None or not value.isdigit():
        return False
    t = span_text.lower()
    return cand_rule == "year_ago_adj" or t.endswith(("a year ago", "a year earlier"))


def tag_text(
    text: str,
    anchor: str | dt.date | None,
    tense_at: Callable[[int, int], Tense] | None = None,
    sentences: list[tuple[int, int]] | None = None,
    *,
    convention: Convention = "auto",
) -> tuple[Timex, ...]:
    """Timexes of a plain text; ``tense_at(start, end)`` supplies clause tense when known.

    Relative expressions are resolved against the publication date or the narrative's
    reference time, by the rule in :mod:`topline.analyze.timex_narrative` (``convention``
    "auto"); "publication" reads every one from the publication date, "narrative" from the
    reference whenever it is far from the publication date (both kept to be measured).
    Resolution never
    raises: a date that would fall outside the calendar (year 0 or 10000) stays unresolved.
    """
    moment, has_time = parse_anchor(anchor)
    published = moment.date() if moment else None
    anchor_text = None
    if published is not None:
        anchor_text = anchor if isinstance(anchor, str) else published.isoformat()
    out: list[Timex] = []
    relative_year: set[int] = set()
    ref: Reference | None = None
    days: list[Reference] = []  # every day the text has named, in order (for clock times)
    candidates = find_candidates(text)
    story = _story_time(candidates, moment, published)
    frame = False  # inside a past passage headed by an explicit date (timex_narrative)
    heads = _sentence_starts(text, sentences)
    previous_end = 0
    stretch: tuple[Reference, Reference] | None = None  # the last range named (timex_narrative)
    for cand in candidates:
        tense = tense_at(cand.start, cand.end) if tense_at else None
        if _DEADLINE_BEFORE.search(text, max(0, cand.start - 14), cand.start):
            tense = "future"  # "had set a strike deadline of 12:01 a.m. Saturday"
        looks_back = tense == "pluperfect"
        tense = "past" if looks_back else tense
        ahead_in_past = tense == AHEAD_IN_PAST  # "had been put off until spring"
        tense = "future" if ahead_in_past else tense
        kind = anchor_kind(cand)
        ctx = Context(moment, tense, granularity="minute" if has_time else "day")
        used = anchor_text
        if convention == "narrative":
            story = is_narrative([ref] if ref else [], False, published, min_dates=1)
        told_day = (
            frame
            and convention == "auto"
            and tense == "past"
            and kind == "underspecified"
            and is_weekday_of_story(cand)
            and _day_ref(ref) is not None
            and _far(ref, published)
            and not _says(text, heads, cand.start)
        )
        if "\n" in text[previous_end : cand.start] or cand.rule == "ref":
            frame = False  # a new paragraph, or the writer's present
        elif is_deixis(cand) and not told_day:
            frame = False
        previous_end = cand.end
        framed = told_day or (
            frame
            and convention == "auto"
            and (tense == "past" or ahead_in_past)
            and is_framed(cand, kind)
            and _far(ref, published)
        )
        near = ref
        if is_bare_clock(cand):
            told = _CLOCK_IN_CLAUSE.search(text, max(0, cand.start - 12), cand.start)
            near = _clock_day(days, tense, published) if told else _day_ref(ref)
        elif is_day_part(cand):
            # Told in the past or the future, of a day named before it on the same side of
            # the publication; else unmarked: "open in the morning" is any morning.
            near = _clock_day(days, tense, published) if tense in {"past", "future"} else None
            if near is None:
                continue
        if (
            convention != "publication"
            and near is not None
            and (
                kind == "anaphoric"
                or (
                    kind in {"underspecified", "backward"}
                    and story
                    and (tense not in PRESENT or ahead_in_past)
                )
                or framed
            )
        ):
            at = dt.datetime.combine(near.day, dt.time())
            ctx = Context(
                at,
                tense,
                near.granularity,
                narrative=story or framed or _recalled(cand, kind, tense, near, published),
                looks_back=looks_back,
            )
            used = near.iso()
        resolved = _resolve_safely(cand, ctx)
        if told_day and resolved is not None and near is not None:
            resolved = _before_if_looking_back(resolved, near, looks_back)
        if stretch is not None and near is ref and kind == "underspecified" and ctx.narrative:
            in_stretch = _inside_stretch(cand, ctx, stretch)
            if in_stretch is not None:
                resolved, used = in_stretch, stretch[0].iso()
        if resolved is None:
            continue
        if resolved.type == "DURATION" and kind in {"anaphoric", "backward"}:
            # News (TimeML) marks "three days" in "three days later" as the duration alone.
            cand = Candidate(cand.start, cand.match.start("dir"), cand.rule, cand.match)
        if _year_earlier(cand.rule, resolved.value, text[cand.start : cand.end]):
            relative_year.add(len(out))
        if not is_modifier(cand) and not _SINCE_BEFORE.search(
            text, max(0, cand.start - 7), cand.start
        ):
            named = reference_of(resolved.type, resolved.value)
            stretch = _stretch(text, out, cand, named) or (stretch if named is None else None)
            ref = _moved(ref, named, kind)
            if named is not None and named.granularity == "day":
                days.append(named)
        head = text[heads[bisect.bisect_right(heads, cand.start) - 1] : cand.start]
        head = head[head.rfind("\n") + 1 :]  # a headline the parser ran into the sentence
        if opens_frame(cand, head):
            frame = _far(ref, published)
        elif frame and not _far(ref, published):
            frame = False
        out.append(
            Timex(
                span=Span(cand.start, cand.end),
                type=resolved.type,
                value=resolved.value,
                anchor=used if ctx.anchor else None,
            )
        )
    _clock_on_date(text, out)
    _quarter_ended(text, out)
    join_neighbours(text, out)
    if sentences:
        sentence_years(text, sentences, out, anchor_text)
        _compared_quarter(text, sentences, out, relative_year)
    if sentences and relative_year:
        for k, (start, end) in enumerate(sentences):
            window = sentences[max(0, k - QUARTER_WINDOW)][0]
            inside = [i for i, t in enumerate(out) if window <= t.span.start < end]
            quarters = [out[i].value or "" for i in inside if "-Q" in (out[i].value or "")]
            for i in inside:
                t = out[i]
                if quarters and i in relative_year and t.value and t.span.start >= start:
                    quarter = quarters[-1] if t.span.start > start else quarters[0]
                    out[i] = Timex(t.span, t.type, f"{t.value}-{quarter[5:]}", t.anchor)
    return tuple(out)


#: The end of a sentence when the parse gives none: a stop and a space, or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n")


def _sentence_starts(text: str, sentences: list[tuple[int, int]] | None) -> list[int]:
    """Where sentences start (the parse's sentences when given), 0 first."""
    if sentences:
        return [0] + [start for start, _ in sentences if start > 0]
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


#: "She had served the island since 1931", "repairs had been put off until spring": a
#: stretch's bound, not the time the text has moved to; the narrative's reference stays where
#: it was ("That winter" is the story's).
_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|until|till) (?:the )?$")


#: A time named as a deadline lies ahead of the setting, told in the past or not ("had set a
#: strike deadline of 12:01 a.m. Saturday", "a deadline for Friday"); the parse often hangs
#: the weekday on the verb, so the words before the expression decide. Not "missed a Friday
#: deadline", where the date comes first.
_DEADLINE_BEFORE = re.compile(r"(?i)\bdeadline (?:of |for )?$")


#: A clock time told inside a clause ("reached 104 at 3 p.m.", "began by 9 a.m."), not a
#: live blog's entry heading ("___. 1:40 p.m. Clinton says …"), which is the publication day's.
_CLOCK_IN_CLAUSE = re.compile(r"(?i)\b(?:at|by|until|till|around|about|before|after|since)\s+$")


#: Between the two ends of a range of dates: "from 8 September 1941 to 27 January 1944",
#: "1914–1918". "Between X and Y" is left out: it bounds a measurement as often as a story
#: ("foreign fighters soared by 71 per cent between the middle of 2014 and March 2015").
_RANGE_BETWEEN = re.compile(r"\s*(?:to|until|till|through|-|–|—)\s*")
_RANGE_OPEN = re.compile(r"(?i)\bfrom\s+$")


def _stretch(
    text: str, out: list[Timex], cand: Candidate, end: Reference | None
) -> tuple[Reference, Reference] | None:
    """The stretch a range names when ``cand`` closes one ("from 8 September 1941 to 27
    January 1944"): its start's and its end's references, else None."""
    if end is None or not out:
        return None
    first = out[-1]
    between = _RANGE_BETWEEN.fullmatch(text, first.span.end, cand.start)
    if between is None:
        return None
    dash = between.group(0).strip() in {"-", "–", "—"}
    if not dash and not _RANGE_OPEN.search(text, max(0, first.span.start - 6), first.span.start):
        return None
    start = reference_of(first.type, first.value)
    if start is None or start.day >= end.day:
        return None
    return start, end


def _inside_stretch(
    cand: Candidate, ctx: Context, stretch: tuple[Reference, Reference]
) -> Resolved | None:
    """ "Leningrad was besieged from 8 September 1941 to 27 January 1944. In late November
    the ration fell": after a range, a story tells what happened inside it, from its start,
    so a dateless month, day or season is the first one inside the stretch (November 1941),
    not the one after its end (November 1944). None when no such date lies inside it ("from
    3 March to 12 May 1926. In August …" stays the August after the end)."""
    start, end = stretch
    at = dt.datetime.combine(start.day, dt.time())
    found = _resolve_safely(cand, Context(at, ctx.tense, start.granularity, narrative=True))
    named = reference_of(found.type, found.value) if found else None
    if named is None or not start.day <= named.day <= end.end:
        return None
    return found


def _before_if_looking_back(found: Resolved, ref: Reference, looks_back: bool) -> Resolved:
    """A weekday told of a story's day (:func:`is_weekday_of_story`) is read forward from the
    reference, as the narrative resolver reads it ("On March 4, 1958, the plant opened. On
    Thursday the first cars left": the 6th); one told in the past perfect ("The owners had
    signed the lease on Monday") lies before the reference (the 3rd)."""
    value = found.value or ""
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return found
    if looks_back and day > ref.day:
        day -= dt.timedelta(days=7)
    return Resolved(found.type, day.isoformat() + value[10:])


#: Forms of the verbs of saying (:data:`REPORTING`): a sentence that reports a saying is the
#: news's present ("On Tuesday, the president said …"), not the story a frame tells.
_IRREGULAR_SAYING = {
    "say": "said says",
    "tell": "told tells",
    "write": "wrote writes",
    "deny": "denied denies",
    "admit": "admitted admits",
}
_SAYING = re.compile(
    r"(?i)\b(?:"
    + "|".join(
        _IRREGULAR_SAYING.get(v, f"{v}s {v}d" if v.endswith("e") else f"{v}s {v}ed").replace(
            " ", "|"
        )
        for v in sorted(REPORTING)
    )
    + r")\b"
)


def _says(text: str, heads: list[int], at: int) -> bool:
    """Whether the sentence holding ``at`` reports a saying (:data:`_SAYING`)."""
    k = bisect.bisect_right(heads, at)
    end = heads[k] if k < len(heads) else len(text)
    return _SAYING.search(text, heads[k - 1], end) is not None


def _day_ref(ref: Reference | None) -> Reference | None:
    """The reference when it is a day (a clock time takes no month or year as its day)."""
    return ref if ref is not None and ref.granularity == "day" else None


def _clock_day(days: list[Reference], tense: Tense, published: dt.date | None) -> Reference | None:
    """The day a clock time without one is on ("The high reached 104 at 3 p.m."): the last day
    the text named whose side of the publication date agrees with the clause's tense. "Relief
    will come Thursday" does not date a past "at 3 p.m." after "on Sunday", nor does "last
    year" after "won the race on Sunday" hide the Sunday from "The race started at 7:30 a.m."."""
    for day in reversed(days):
        if published is None or tense not in {"past", "future"}:
            return day
        if (day.day <= published) if tense == "past" else (day.day >= published):
            return day
    return None


def _recalled(
    cand: Candidate, kind: str, tense: Tense, ref: Reference, published: dt.date | None
) -> bool:
    """ "A wing was added in 1954, and the hall was rebuilt a decade later": in news, a step
    forward ("N units later") from a date far in the past, in a past clause, is the date it
    reaches (1964), as in a narrative. Near the publication date news keeps TimeML's
    reading, the length alone ("three days later" → P3D; TBAQ)."""
    return (
        cand.rule == "duration" and kind == "anaphoric" and tense == "past" and _far(ref, published)
    )


def _far(ref: Reference | None, published: dt.date | None) -> bool:
    """Whether the reference lies more than the narrative gap before the publication date."""
    return ref is not None and published is not None and ref.end < published - NARRATIVE_GAP


def _compared_quarter(
    text: str, sentences: list[tuple[int, int]], out: list[Timex], relative_year: set[int]
) -> None:
    """ "Net rose to $5 million from $4 million last year", "year-earlier profit of $3.8
    million": in a report on a quarter, a year-ago expression that closes a comparison of
    figures names the same quarter a year before (the comparison period), however many
    sentences back the quarter was named. The value carries the quarter ("1988-Q3"), which
    also contains the year a reader may give ("1988"). The window rule below still gives
    "a year earlier" the quarter of the last two sentences when no figures are compared.
    """
    starts = [s for s, _ in sentences]
    for i, t in enumerate(out):
        value = t.value or ""
        phrase = text[t.span.start : t.span.end]
        if not value.isdigit() or len(value) != 4:
            continue
        if not (YEAR_AGO.fullmatch(phrase) or PERIOD_OF_YEAR.fullmatch(phrase)):
            continue
        period = _last_period(text, out[:i])
        if period is None or "-Q" not in period:
            continue  # no period yet, or the last one is a year or "the nine months"
        k = bisect.bisect_right(starts, t.span.start) - 1
        start, end = sentences[k] if k >= 0 else (0, len(text))
        before = text[max(start, t.span.start - COMPARISON_REACH) : t.span.start]
        compared = COMPARISON.search(before) and FIGURE.search(text, start, end)
        own = phrase.lower().startswith("year-") or PERIOD_OF_YEAR.fullmatch(phrase)
        if own or compared:
            out[i] = Timex(t.span, t.type, f"{value}-{period[5:]}", t.anchor)
            relative_year.discard(i)


#: Values of a reporting period: a year, a quarter, or a length of months, quarters or years
#: ("the first nine months", "the year ended Aug. 31").
_PERIOD = re.compile(r"\d{4}(?:-Q\d)?|P\d+[MQY]")


def _last_period(text: str, before: list[Timex]) -> str | None:
    """The value of the last reporting period named before an expression, passing over
    other year-ago expressions, days and times ("the quarter ended Sept. 30"): the period
    whose figures a "last year" compares. "This year … up from last year's $3.27" compares
    years, "for the nine months … a year earlier" nine months, neither a quarter."""
    for t in reversed(before):
        if YEAR_AGO.fullmatch(text[t.span.start : t.span.end]):
            continue
        if t.value and _PERIOD.fullmatch(t.value):
            return t.value
    return None


#: Between a quarter and the day it ended: "the third quarter ended Sept. 30", "its fiscal
#: fourth quarter, which ended June 30", "the quarter to Sept. 30".
_ENDED = re.compile(
    r",?\s*(?:(?:which|that)\s+)?(?:ended|ending|ends|closed|to|through)\s+(?:on\s+)?"
)
_QUARTER_VALUE = re.compile(r"\d{4}-Q(\d)")


def _quarter_ended(text: str, out: list[Timex]) -> None:
    """ "Revenue in its fiscal fourth quarter, which ended June 30, rose" (said on July 31):
    the quarter that closed on the day given, whose year is that day's, not last year's
    fourth quarter as a quarter not yet begun would be. A fiscal year is named by the year it
    ends in, so only its fourth quarter is sure to share the day's year ("fiscal first
    quarter ended Sept. 30" may open the next fiscal year); a calendar quarter always does."""
    for i in range(len(out) - 1):
        quarter, day = out[i], out[i + 1]
        m = _QUARTER_VALUE.fullmatch(quarter.value or "")
        if not m or day.type != "DATE" or not _DAY_VALUE.match(day.value or ""):
            continue
        words = text[max(0, quarter.span.start - 8) : quarter.span.end].lower()
        if re.search(r"\d{4}", text[quarter.span.start : quarter.span.end]):
            continue  # "the third quarter of 2023" names its year
        if "fiscal" in words and m.group(1) != "4":
            continue
        if not _ENDED.fullmatch(text, quarter.span.end, day.span.start):
            continue
        value = f"{(day.value or '')[:4]}-Q{m.group(1)}"
        out[i] = Timex(quarter.span, quarter.type, value, quarter.anchor)


_CLOCK_VALUE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d$")
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")
#: Between a clock time and its day: "on", after a zone in words ("8 p.m. Eastern time on
#: Tuesday", "noon local time on Friday"; a zone in capitals is inside the clock's span) and
#: the wire services' conversion in brackets ("3 a.m. local time (0100 GMT) on Sunday").
_ON = re.compile(r"(?:\s+(?:(?-i:[A-Z][a-z]+) time|local time))?(?:\s+\([^()]{1,24}\))?,?\s+on\s+")


def _clock_on_date(text: str, out: list[Timex]) -> None:
    """ "at 5:12 a.m. on April 18, 1906", "at 10 a.m. on Friday": the clock's day is the date
    after "on", not the anchor's. TimeML keeps two TIMEX3 (the preposition is outside both)
    and gives the time the date's day; the grammar's clock rule only takes a date written
    straight after it ("10 a.m. Friday")."""
    dated: set[int] = set()
    for i in range(len(out) - 1):
        clock, date = out[i], out[i + 1]
        time = _clock_value(clock)
        if (
            time
            and date.type == "DATE"
            and date.value
            and _DAY_VALUE.match(date.value)
            and _ON.fullmatch(text, clock.span.end, date.span.start)
        ):
            out[i] = Timex(clock.span, "TIME", date.value + time[10:], date.value)
            dated.add(i)
    for i in range(len(out) - 2, -1, -1):
        # "between 4 p.m. and 9 p.m. on Monday", "from 9 a.m. to 5 p.m. Friday": the range's
        # first clock time is on the day given after the second.
        first, second = out[i], out[i + 1]
        start, end = _clock_value(first), _clock_value(second)
        said = i + 1 in dated or _DAY_WORD.search(text, second.span.start, second.span.end)
        if (
            said
            and start
            and end
            and _CLOCK_RANGE.fullmatch(text, first.span.end, second.span.start)
            and start[:10] != end[:10]
        ):
            out[i] = Timex(first.span, "TIME", end[:10] + start[10:], end[:10])
            dated.add(i)


#: Between the two clock times of a range ("4 p.m. and 9 p.m.", "9 a.m. to 5 p.m.").
_CLOCK_RANGE = re.compile(r"\s*(?:and|to|until|till|-|–|—)\s*")
#: A clock time whose own span names its day ("9 p.m. Monday", "noon Friday", "5 p.m. May 3").
_DAY_WORD = re.compile(
    r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tonight|tomorrow|yesterday)\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d"
)


def _clock_value(t: Timex) -> str:
    """The value of a TIME that is a day and a clock time ("2022-08-15T16:00"), else ''."""
    value = t.value or ""
    return value if t.type == "TIME" and _CLOCK_VALUE.match(value) else ""


def _story_time(
    candidates: list[Candidate], moment: dt.datetime | None, published: dt.date | None
) -> bool:
    """Whether the text is a narrative told in its own time (see :func:`is_narrative`)."""
    explicit: list[Reference] = []
    for cand in candidates:
        if is_explicit(cand) and not is_modifier(cand):
            found = _resolve_safely(cand, Context(moment))
            ref = reference_of(found.type, found.value) if found else None
            if ref is not None:
                explicit.append(ref)
    return is_narrative(explicit, any(is_deixis(c) for c in candidates), published)


def _moved(ref: Reference | None, new: Reference | None, kind: str) -> Reference | None:
    """The narrative's reference after an expression that resolved to ``new``.

    An anaphoric step to a coarser unit ("The previous year had been calm") is an aside: it
    does not replace a finer reference, so "thirteen days later" still counts from the day.
    """
    if new is None:
        return ref
    if ref is not None and kind in {"anaphoric", "backward"}:
        order = ("day", "month", "year")
        if order.index(new.granularity) > order.index(ref.granularity):
            return ref
    return new


def _resolve_safely(cand: Candidate, ctx: Context) -> Resolved | None:
    """:func:`resolve`, with a value past the calendar's ends (an anchor of 0001-01-01 and
    "two weeks ago") left unresolved instead of raising."""
    try:
        found = resolve(cand, ctx)
    except (OverflowError, ValueError):
        try:
            found = resolve(cand, Context(None, ctx.tense))
        except (OverflowError, ValueError):
            return None
        return Resolved(found.type, None) if found is not None else None
    if found is not None and found.value and not _in_calendar(found.value):
        return Resolved(found.type, None)
    return found


def _in_calendar(value: str) -> bool:
    """Whether a value's year lies in 0001–9999 (centuries and decades have 2–3 digits)."""
    if value.startswith("-"):
        return False
    digits = re.match(r"\d*", value).group(0)  # type: ignore[union-attr]
    if not digits:
        return True  # P3Y, PRESENT_REF, XXXX-WXX-1, BC0490
    return 2 <= len(digits) <= 4 and (len(digits) < 4 or int(digits) > 0)


def find_timexes(
    doc: Doc, anchor: str | dt.date | None, *, convention: Convention = "auto"
) -> tuple[Timex, ...]:
    """TIMEX3 expressions of a parsed document, resolved against ``anchor`` when given."""

    def tense_at(start: int, end: int) -> Tense:
        span = doc.char_span(start, end, alignment_mode="expand")
        return clause_tense(list(span)) if span is not None else None

    sentences = [(s.start_char, s.end_char) for s in doc_sents(doc)]
    return tag_text(doc_text(doc), anchor, tense_at, sentences, convention=convention)
