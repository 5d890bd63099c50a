"""Narrative time: which reference a relative or underspecified expression is resolved against.

News is told from the publication date: "Friday", "October 25" and "last year" are read from
it. A history passage is told from its own time: after "In 1958, …", "On October 25" is
1958-10-25 and "the previous year" 1957. The rule (documented in docs/extraction.md):

* *deictic* expressions ("yesterday", "last year", "two weeks ago", "now") always count from
  the publication date: they point at the writer's present;
* *anaphoric* expressions ("the same day", "the next day", "the previous year", "later that
  year", "thirteen days later") count from the **reference**, the last date the text resolved
  to a calendar value, and from the publication date only when the text has given none;
* *underspecified* dates ("October 25", "Friday", "in March", "the third quarter") and
  backward steps ("a month earlier") count from the reference when the passage is
  **narrative**: its clause is not in the present or future tense and the reference lies more
  than :data:`NARRATIVE_GAP` before the publication date (or there is no publication date);
  otherwise from the publication date (news).

The reference moves with the text: every DATE or TIME resolved to a year, month or day
becomes the new one, whichever anchor it was resolved against.

A news or opinion text may tell one passage in the past: "This week the council votes on a
memorial. In 2014, students occupied the square. On the night of March 10, police cleared
the camp." An explicit date at the head of a sentence ("In 2014, …", "On May 3, 2011, …",
"Back in the spring of 2014 …") opens a **frame**, the time the following sentences are
about (a sentence-initial time adverbial frames the discourse after it: Charolles 1997,
*L'encadrement du discours*; Le Draoulec and Péry-Woodley 2005 for time adverbials). Inside a
frame, a dateless month-day, month, season or holiday in a past-tense clause counts from the
reference when the reference lies more than :data:`NARRATIVE_GAP` before the publication
date, even in news. The frame ends at the end of its paragraph, at a deictic expression
("last week", "yesterday", "now"), or when the reference comes back near the publication date.
A bare weekday told in the past inside a frame whose reference is a far day is that story's
(:func:`is_weekday_of_story`).

A range "from X to Y" names a stretch: a dateless month, day or season after it is the first
one inside the stretch, from its start, when one lies inside (``timex._inside_stretch``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from topline.analyze.timex_grammar import Candidate, indefinite_weekday

#: How far before the publication date the reference must lie for an underspecified date to
#: be read in the narrative's time. A dateless month-day in news lies within a year of the
#: publication date (see ``pick_year``), so a reference further back than that is a story
#: told in its own time.
NARRATIVE_GAP = dt.timedelta(days=366)

_CALENDAR = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T.*)?$")
#: A quarter, half or week of a year: a reference known to the year ("the third quarter of
#: 1927" tells the story's year as well as "1927" does).
_PART_OF_YEAR = re.compile(r"^(\d{4})-(?:Q\d|H\d|W\d\d)$")
#: A season of a year ("the fall of 2007"): a reference known to the year, dated at the
#: season's first month, so that the story moves on from it ("By Jan. 18" after the fall of
#: 2007 is 2008-01-18, see ``narrative_year``) while "the next month" stays unresolved, as
#: after "in 2007". A winter is named by the year it begins (TIDES 2005), so its reference
#: is that December, however it was named ("the winter of 1912 … in February" is February
#: 1913, as "that winter … in February" is the next year's).
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_LATER = {"later", "afterward", "afterwards"}
_UNDERSPECIFIED = {"date_mdy", "date_dmy", "month", "weekday", "season", "holiday", "quarter"}
_UNDERSPECIFIED |= {"the_unit", "year_end", "month_quarter", "new_year"}
#: Pre-modifiers that tie an otherwise underspecified expression to the publication date.
_DEICTIC_PRE = ("last", "next", "this", "past", "coming")


@dataclass(frozen=True, slots=True)
class Reference:
    """The narrative's current time: a day, known to ``granularity`` (year, month or day).

    A season is known to the year and dated at its first month; a winter's December is the
    only December a year-wide reference holds, and such a reference ends with the February
    after it."""

    day: dt.date
    granularity: str

    @property
    def end(self) -> dt.date:
        if self.granularity == "year" and self.day.month == 12:
            return dt.date(self.day.year + 1, 3, 1) - dt.timedelta(days=1)  # a winter's
        if self.granularity == "year":
            return dt.date(self.day.year, 12, 31)
        if self.granularity == "month":
            following = self.day.replace(day=28) + dt.timedelta(days=4)
            return following - dt.timedelta(days=following.day)
        return self.day

    def iso(self) -> str:
        return self.day.isoformat()[: {"year": 4, "month": 7}.get(self.granularity, 10)]


def reference_of(kind: str, value: str | None) -> Reference | None:
    """The reference a resolved DATE/TIME value sets, or None (weeks, quarters, PRESENT_REF)."""
    if kind not in {"DATE", "TIME"} or not value:
        return None
    season = _SEASON.match(value)
    if season is not None and int(season.group(1)) >= 1:
        return Reference(dt.date(int(season.group(1)), SEASON_START[season.group(2)], 1), "year")
    part = _PART_OF_YEAR.match(value)
    if part is not None and int(part.group(1)) >= 1:
        return Reference(dt.date(int(part.group(1)), 1, 1), "year")
    m = _CALENDAR.match(value)
    if m is None or not 1 <= int(m.group(1)) <= 9999:
        return None
    try:
        day = dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None
    return Reference(day, "day" if m.group(3) else "month" if m.group(2) else "year")


def _demonstrative(c: Candidate) -> bool:
    """A span that opens with "that" ahead of its match: "that August" (find_candidates)."""
    return c.start < c.match.start()


def _g(c: Candidate, name: str) -> str:
    if name not in c.match.re.groupindex:
        return ""
    return (c.match.group(name) or "").strip().lower()


def anchor_kind(c: Candidate) -> str:
    """ "anaphoric", "underspecified", "backward" (narrative only) or "deictic"."""
    if c.rule in {"anaphoric", "day_ordinal"} or (c.rule == "duration" and _g(c, "dir") in _LATER):
        return "anaphoric"
    if is_bare_clock(c) or is_day_part(c):
        return "anaphoric"  # "at 10 p.m.", "in the afternoon": the day the text is at
    if c.rule == "weekday" and _g(c, "pre").startswith("the "):
        return "anaphoric"  # "down 4.5% from the previous Friday"
    if c.rule == "season" and _g(c, "pre").startswith(
        ("that", "the previous", "the following", "the next")
    ):
        return "anaphoric"  # "That autumn a loan was raised", "the previous winter"
    if c.rule == "holiday" and c.start < c.match.start():
        return "anaphoric"  # "sold its first tins that Christmas", "the following Easter"
    if c.rule == "month" and (_g(c, "pre").startswith("the ") or _demonstrative(c)):
        return "anaphoric"  # "took office the next March", "the previous June", "that August"
    if c.rule == "duration" and _g(c, "dir") == "earlier":
        return "backward"
    if c.rule == "edge_unit" and _g(c, "unit") in FRAMED_EDGE_UNITS:
        return "underspecified"  # "by the end of the month": the month the text is in
    pre = _g(c, "pre")
    if (
        c.rule in _UNDERSPECIFIED
        and not _g(c, "year")
        and not _g(c, "year0")
        and not _g(c, "rel")
        and not _g(c, "rel2")
        and not pre.startswith(_DEICTIC_PRE)
    ):
        return "underspecified"
    return "deictic"


#: Rules whose match is a written-out date even without a ``year`` group.
_WRITTEN = {"date_iso", "date_slash"}
#: Words after a year that make it a modifier of a noun ("a 1972 report") rather than the
#: time of the clause; such a year does not move the narrative's reference.
_NOT_NOUNS = frozenset(
    "and or but to the a an in on at of for from with by as when while after before that "
    "which who was were is are had has have will would could should than then "
    # Pronouns open the clause the year dates ("In 1906 it burned", "in 1958 they met").
    "it he she they we i you there this these those".split()
)
#: Rules that speak from the writer's present ("yesterday", "tonight", "this week",
#: "two weeks ago", and a bare weekday, which names a day only near the present): one of them
#: makes the text news.
NEWS_DEIXIS = {"deictic", "pod_rel", "weekday"}
#: How many explicit dates a text must give before it may count as told in its own time.
NARRATIVE_MIN_DATES = 1
#: Share of a text's explicit dates that must lie before the publication date by more than
#: :data:`NARRATIVE_GAP` for the text to be told in its own time.
NARRATIVE_SHARE = 0.5


#: Words that may stand before a date heading its sentence ("In 2014,", "Back in May 2011",
#: "And by the spring of 1927"): prepositions of time and connectives. "Since" is left out:
#: "since 2014" is a stretch up to now, not a past frame.
FRAME_WORDS = frozenset(
    "in on by during throughout back early late then and but so yet also at around circa "
    "the of".split()
)
#: Rules of underspecified expressions that a frame anchors: named days, months, seasons,
#: holidays and an edge of the frame's month or year ("by the end of the month", "at the
#: start of the year"). Weekdays, quarters and "the year" are left to the publication date:
#: they name a time near the writer's present or a report's period (a weekday told of a far
#: day of the frame is the exception, :func:`is_weekday_of_story`).
FRAMED_RULES = frozenset({"date_mdy", "date_dmy", "month", "season", "holiday", "edge_unit"})
#: Units whose edge a frame or a narrative anchors ("the end of the decade" or "the turn of
#: the century" name a time of their own, not the reference's).
FRAMED_EDGE_UNITS = frozenset({"month", "year", "decade", "century"})
_WORDS = re.compile(r"[A-Za-z]+")


#: An anniversary's opening before the date it recalls: "Eighty years ago today, on June 6,
#: 1944, …", "Fifty years ago this week, on …" (the same time, counted from the present).
_ANNIVERSARY_HEAD = re.compile(
    r"(?i)^\s*(?:[a-z]+[- ]){1,3}years ago(?: (?:today|this (?:week|month)))?,\s*"
)


def opens_frame(c: Candidate, head: str) -> bool:
    """Whether an explicit date heads its sentence; ``head`` is the sentence's text before it."""
    if not is_explicit(c) or is_modifier(c):
        return False
    head = _ANNIVERSARY_HEAD.sub("", head)
    if re.search(r"[^\sA-Za-z,'’\"“(]", head):
        return False  # another expression, a figure or a clause comes first
    return all(w.lower() in FRAME_WORDS for w in _WORDS.findall(head))


def is_framed(c: Candidate, kind: str) -> bool:
    """Whether a frame anchors this expression (see the module docstring)."""
    return kind == "underspecified" and c.rule in FRAMED_RULES


def is_weekday_of_story(c: Candidate) -> bool:
    """ "Forty years ago, on Feb. 12, 1983, a blizzard buried the city. … by Sunday afternoon
    the drifts stood ten feet high": a bare weekday told in the past inside a frame whose
    reference is a day far back names a day of that week, forward from the reference, as a
    story moves on (not the Sunday before the publication). It neither ends the frame nor makes
    the text news; with a reference known only to the month or year it is left to the
    publication date as before."""
    return c.rule == "weekday" and not _g(c, "pre") and not indefinite_weekday(c)


def is_bare_clock(c: Candidate) -> bool:
    """A clock time with no day of its own ("at 10 p.m.", "at noon"), which TimeML dates to
    the day the text is at: the last day given, else the publication date."""
    return c.rule in {"clock", "noon"} and not (_g(c, "when") or _g(c, "day"))


def is_day_part(c: Candidate) -> bool:
    """ "in the afternoon", "In the evening she left": a part of the day the text has named
    (TimeML: a TIME of that day). Unlike a clock time it is not dated when no day is named:
    "The shop is open in the morning" is any morning."""
    return c.rule == "pod_the"


def is_explicit(c: Candidate) -> bool:
    """A date that carries its own year ("March 3, 1975", "in 1958", "the winter of 1912")."""
    return (
        c.rule in _WRITTEN
        or bool(_g(c, "year"))
        and c.rule not in {"quarter", "month_quarter", "report_period"}
    )


#: A preposition of time right before a year, which makes the year its object.
_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:in|during|since|until|till|from|before|after) $")


def is_modifier(c: Candidate) -> bool:
    """A bare year used as a noun modifier: "his 1974 campaign", "a 1972 report"."""
    if c.rule != "year" or _g(c, "pre"):
        return False
    if _PREPOSITION_BEFORE.search(c.match.string, max(0, c.start - 8), c.start):
        return False  # "A strike in 1873 lasted six months": the object of "in", not a modifier
    after = c.match.string[c.end : c.end + 24].split()
    word = after[0] if after else ""
    return word.isalpha() and word.islower() and word not in _NOT_NOUNS


def is_deixis(c: Candidate) -> bool:
    """An expression that can only be read from the writer's present."""
    if c.rule in NEWS_DEIXIS:
        return not indefinite_weekday(c)
    if c.rule == "relative" and _g(c, "rel") in {"this", "last", "next", "this past"}:
        return True
    return c.rule == "duration" and _g(c, "dir") in {"ago", "or so ago", "from now", "hence"}


def is_narrative(
    explicit: list[Reference],
    deixis: bool,
    published: dt.date | None,
    *,
    min_dates: int = NARRATIVE_MIN_DATES,
) -> bool:
    """Whether underspecified dates of a text are read in the story's own time.

    A text is a narrative when it has no publication date, or when it speaks from no present
    of its own (no "yesterday", "this week", "two weeks ago", "Friday") and most of its
    (at least :data:`NARRATIVE_MIN_DATES`) explicit dates
    lie more than :data:`NARRATIVE_GAP` before the publication date: a history told in the
    past. News that recalls a past year ("since 1996 … said Friday") stays news.
    """
    if published is None:
        return True
    if deixis or len(explicit) < min_dates:
        return False
    far = sum(r.end < published - NARRATIVE_GAP for r in explicit)
    return far >= NARRATIVE_SHARE * len(explicit)
