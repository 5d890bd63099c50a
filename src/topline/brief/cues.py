"""Wording that tells a reader a sentence is about the past, shared by the learned scorer's
features (:mod:`.features`) and the Key background rules (:mod:`.background`).

One definition keeps the two in step: a sentence the scorer sees as background is the same
sentence Key background looks for. Changing a pattern changes the scorer's features, so it
needs ``python -m benchmarks.train_scorer`` and a rerun of ``benchmarks/brief_quality.py``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from topline.brief.regex_gate import gate

#: Sentences whose :func:`past_signals` answer is kept (a few articles' worth).
PAST_SIGNALS_CACHE = 2048
#: "had been working", "had never met", "had already left", "had fought".
PAST_PERFECT = re.compile(
    r"\bhad\s+(?:\w+ly\s+|not\s+|never\s+|already\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|t|ght)\b", re.I
)
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
#: What "began in" / "started in" needs after it to be a start point: a time ("in 2014",
#: "in the 1990s", "in March", "in the spring of", "in late 2019"), never a place or a state
#: ("started in the red", "began in earnest", "started in goal").
_TIME_AFTER_IN = (
    r"(?:the\s+)?(?:(?:early|late|mid)[- ]?)?(?:(?:1[89]|20)\d\d(?:s\b)?|['’]\d0s\b|"
    + _MONTH_NAME
    + r"|(?:spring|summer|autumn|fall|winter)\b)"
)
#: A start point: "since 2014", "began when", "started in 2019", "was founded".
START_POINT = re.compile(
    r"\b(?:since\s+(?:(?:early|late|mid)[- ])?(?:1[89]|20)\d\d\b|began when\b|"
    r"(?:began|started)\s+in\s+(?-i:" + _TIME_AFTER_IN + r")|"
    r"(?:was founded|was established|first (?:emerged|began|started|appeared))\b)",
    re.I,
)
#: An explicit earlier time: "in 2009", "two years ago", "last year", "previously".
EARLIER = re.compile(
    r"\b(?:(?:in|back in|during|until)\s+(?:(?:early|late|mid)[- ])?(?:1[89]|20)\d\d|"
    r"\w+ (?:years|decades|months) ago|last (?:year|month|decade)|previously|formerly|"
    r"in the past|earlier this (?:year|month)|at the time)\b",
    re.I,
)


_PAST_GATES = (gate(PAST_PERFECT), gate(START_POINT), gate(EARLIER))


@functools.lru_cache(maxsize=PAST_SIGNALS_CACHE)
def past_flags(text: str) -> tuple[bool, bool, bool]:
    """Whether the text holds past perfect, a start point, an earlier time (in that order).

    Kept for the most recent sentences: the scorer's features, the lead check and each
    ranking of Key background ask of the same sentences, and the three searches were a hot
    spot of the brief (each skipped where none of its words occurs, :mod:`.regex_gate`)."""
    perfect, start, earlier = (g.search(text) is not None for g in _PAST_GATES)
    return perfect, start, earlier


def past_signals(text: str) -> int:
    """How many kinds of past-time wording (past perfect, start point, earlier time) occur."""
    return sum(past_flags(text))


#: Days before publication that still count as "the news" rather than the past: what
#: happened on Tuesday is the story of Wednesday's paper, not its background.
NEWS_WINDOW_DAYS = 7
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_YEAR_PREFIX = re.compile(r"^(\d{4})")


def period_end(value: str) -> dt.date | None:
    """The last day of a TIMEX3 date value ("2019" → 2019-12-31, "2024-03" → 2024-03-31,
    "2020-W02" → that week's Sunday); None for values that name no calendar period."""
    try:
        if m := _DAY.match(value):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _WEEK.match(value):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 7)
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


def period_start(value: str) -> dt.date | None:
    """The first day of a TIMEX3 date value ("2019" → 2019-01-01, "2024-03" → 2024-03-01,
    "2020-W02" → that week's Monday, "2019-SU" → 2019-01-01); None when it names no year."""
    try:
        if m := _DAY.match(value):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _WEEK.match(value):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m := _MONTH.match(value):
            return dt.date(int(m[1]), int(m[2]), 1)
        if m := _YEAR_PREFIX.match(value):
            return dt.date(int(m[1]), 1, 1)
    except ValueError:
        return None
    return None


def is_past_of(value: str | None, published: dt.date | None) -> bool:
    """Whether the period ``value`` ended before the news window of the publication date."""
    if not value or published is None:
        return False
    end = period_end(value)
    return end is not None and end < published - dt.timedelta(days=NEWS_WINDOW_DAYS)
