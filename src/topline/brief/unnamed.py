"""A Topline whose person is never named: "Russian news reports said he was hit over the
head with a bottle", "On Saturday he briefly attended a school prom".

The Topline is read alone, first. A personal pronoun in it (he, she, him, her, his, hers,
outside quotation marks) needs its person before it in the same sentence: a name (a PERSON
entity of the analysis) or a noun that stands for a person ("The 22-year-old fractured her
neck", "The former Reds captain is to return to his club"). Texts whose first sentence was
taken off (news-summary corpora keep the rest) open with such sentences; the pronoun there
points at a person the reader never meets. Such a sentence is a Topline candidate only when
no other candidate is left (:func:`~topline.brief.compose.compose`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from topline.model import Span

_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.I)
#: Nouns that stand for a person, which a later pronoun may point back to ("the 22-year-old",
#: "the Dons boss", "one of the men"): people and roles, never a document or a body ("Russian
#: news reports said he …" names nobody).
PERSON_NOUNS = frozenset(
    """official officials spokesman spokeswoman spokesperson prosecutor lawyer attorney
    officer witness researcher investigator resident leader executive director minister
    president secretary chairwoman chair manager coach owner friend doctor scientist
    economist expert analyst mayor governor judge senator congressman congresswoman aide
    adviser advisor sheriff teacher person people relatives family man men woman women boy boys girl girls child children baby teenager teenagers pupil
    pupils player players author writer captain boss striker midfielder defender forward
    winger goalkeeper keeper star singer actor actress rapper musician artist driver rider
    runner athlete cyclist swimmer boxer golfer champion winner mother father son daughter
    wife husband brother sister mum dad grandmother grandfather parent parents partner
    victim victims suspect suspects founder chairman chief head pilot nurse soldier
    veteran businessman businesswoman mp candidate prince princess king queen pope bishop
    priest monarch presenter host comedian model designer chef farmer student students
    fan fans international cap centre-back full-back youngster duo pair couple""".split()
)
_PERSON_WORD = re.compile(r"\b(?:[\w-]+-year-old|[A-Za-z][A-Za-z'’-]*)\b")


def unnamed_person(
    text: str, spans: Sequence[Span], persons: Sequence[Span], others: Sequence[Span] = ()
) -> bool:
    """The element at ``spans`` of ``text`` has a person pronoun (outside quotation marks)
    with no person before it in the element: no PERSON entity (``persons``), no capitalised
    word after the first that no other entity (``others``: places, bodies, nationalities,
    dates) covers (the recogniser misses names: "Youssouf Mulumbu" read as a place and a
    word), and no noun that stands for a person."""
    if not spans:
        return False
    first = spans[0].start
    for span in spans:
        for m in _PRONOUN.finditer(text, span.start, span.end):
            if text.count('"', first, m.start()) % 2 or text.count("“", first, m.start()) > (
                text.count("”", first, m.start())
            ):
                continue  # the speaker's "he", inside a quotation
            if any(first <= p.start < m.start() for p in persons):
                return False
            if _capitalised_unclaimed(text, first, m.start(), others):
                return False
            before = " ".join(
                text[s.start : min(s.end, m.start())] for s in spans if s.start < m.start()
            )
            words = {w.lower().strip("'’") for w in _PERSON_WORD.findall(before)}
            return not (words & PERSON_NOUNS or any(w.endswith("-year-old") for w in words))
    return False


_CAPITAL = re.compile(r"\b[A-Z][a-z][\w'’-]*")
_CALENDAR = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December""".split()
)


def _capitalised_unclaimed(text: str, start: int, end: int, others: Sequence[Span]) -> bool:
    """A capitalised word in ``text[start:end]``, not the first word, that no entity of
    another kind covers: it may be a name the recogniser missed."""
    for m in _CAPITAL.finditer(text, start, end):
        if m.start() == start or m.group(0) in _CALENDAR:
            continue
        if not any(o.start <= m.start() and m.end() <= o.end for o in others):
            return True
    return False
