"""Wording that tells a reader a sentence is about the past, shared by the learned scorer's
features (:mod:`.features`) and the Key background rules (:mod:`.background`).

One definition keeps the two in step: a sentence the scorer sees as background is the same
sentence Key background looks for. Changing a pattern changes the scorer's features, so it
needs ``python -m topline.brief.train`` and a rerun of ``benchmarks/brief_quality.py``.
"""

from __future__ import annotations

import re

#: "had been working", "had never met", "had already left", "had fought".
PAST_PERFECT = re.compile(
    r"\bhad\s+(?:\w+ly\s+|not\s+|never\s+|already\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|t|ght)\b", re.I
)
#: A start point: "since 2014", "began when", "was founded".
START_POINT = re.compile(
    r"\b(?:since\s+(?:(?:early|late|mid)[- ])?(?:1[89]|20)\d\d|began when|began in|started in|"
    r"was founded|was established|first (?:emerged|began|started|appeared))\b",
    re.I,
)
#: An explicit earlier time: "in 2009", "two years ago", "last year", "previously".
EARLIER = re.compile(
    r"\b(?:(?:in|back in|during|until)\s+(?:(?:early|late|mid)[- ])?(?:1[89]|20)\d\d|"
    r"\w+ (?:years|decades|months) ago|last (?:year|month|decade)|previously|formerly|"
    r"in the past|earlier this (?:year|month)|at the time)\b",
    re.I,
)


def past_signals(text: str) -> int:
    """How many kinds of past-time wording (past perfect, start point, earlier time) occur."""
    return sum(bool(p.search(text)) for p in (PAST_PERFECT, START_POINT, EARLIER))
