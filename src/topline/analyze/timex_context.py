"""What resolving a TIMEX needs and gives: the reference time with the clause's tense
(:class:`Context`), the TimeML type and value (:class:`Resolved`), and the readers of a
grammar match's groups both resolvers share (:mod:`topline.analyze.timex_resolve` for dates
and times, :mod:`topline.analyze.timex_lengths` for durations and sets)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from topline.analyze.numbers import parse_cardinal
from topline.analyze.timex_calendar import Tense
from topline.analyze.timex_grammar import Candidate

#: Counts with no number: "a few years", "several months" (TimeML writes X: PXY).
VAGUE_WORDS = {"a few", "several", "few", "many", "some", "a number of"}


@dataclass(frozen=True, slots=True)
class Context:
    """What resolution needs: the anchor (None = unknown) and the clause's tense."""

    anchor: dt.datetime | None
    tense: Tense = None
    #: How precisely the anchor is known: "minute" for a publication time of day
    #: ("2020-01-16T10:00", so "three hours ago" is a clock time), "day" for a bare
    #: publication date, or the narrative reference's unit (year/month/day, see
    #: :mod:`topline.analyze.timex_narrative`). A step finer than it stays unresolved.
    granularity: str = "day"
    narrative: bool = False
    #: The clause is in the past perfect ("had stopped in January"): told before the
    #: reference time (its tense here is "past").
    looks_back: bool = False


@dataclass(frozen=True, slots=True)
class Resolved:
    """A TIMEX3 type and its value (None when the anchor is unknown)."""

    type: str
    value: str | None


def count_of(text: str) -> float | None:
    """The number a count word gives ("another" 1, "a couple" 2); None for a vague count."""
    t = text.lower()
    if t in VAGUE_WORDS:
        return None
    if t == "another":
        return 1.0
    if t.startswith(("a couple", "couple")):
        return 2.0
    return parse_cardinal(t)


def group_text(c: Candidate, name: str) -> str:
    """A named group's text, or '' when the rule has no such group or it did not match."""
    if name not in c.match.re.groupindex:
        return ""
    return (c.match.group(name) or "").strip().lower()
