"""A Topline whose person is never named: "Russian news reports said he was hit over the
head with a bottle", "On Saturday he briefly attended a school prom held in his honour".

The Topline is read alone, first. A personal pronoun in it (he, she, him, her, his, hers,
outside quotation marks) points at someone; texts whose first sentence was taken off (news
summary corpora keep the rest) open with sentences whose pronoun points at a person the
reader never meets. Such a sentence is a Topline candidate only when no other candidate is
left (:func:`~topline.brief.compose.compose`).

The rule is kept to sentences that name no one at all, since a sentence that names anyone
usually resolves its pronoun, before ("The black pooch … as he took a rope") or after it
("In a tradition he has kept for 40 years, Rep. Bobby Scott threw …"): no PERSON entity, no
capitalised word that the analysis does not read as a place, body, nationality or date
(names are missed: "Youssouf Mulumbu" read as a place and a word; the first word counts
only before another capitalised one, "Scooter Braun"), no noun phrase with an
article before the pronoun ("A schoolboy …", "Footage shows the skater … before he"), and no
noun that stands for a person ("One of the men dropped his backpack").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from topline.model import Span

_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.I)
#: Nouns that stand for one person without an article ("Local man, 40, said he …").
PERSON_NOUNS = frozenset("""man woman boy girl child person teenager player""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_ARTICLE_PHRASE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+[A-Za-z0-9]")
_CAPITAL = re.compile(r"\b[A-Z][a-z][\w'’-]*")
#: Capitalised words that name no one: sentence openers, pronouns, days and months.
_NOT_NAMES = frozenset(
    """The A An In On At For From By With After Before When While As If But And Or So Yet
    Earlier Later Last Next This That These Those It He She They We I You His Her Their Its
    Our There Here Some Many Most All One Two Three Four Five Now Then Still Also However
    Meanwhile Despite During Since Until Over Under Up Down Out Just Only Even Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December""".split()
)


def unnamed_person(
    text: str, spans: Sequence[Span], persons: Sequence[Span], others: Sequence[Span] = ()
) -> bool:
    """The element at ``spans`` of ``text`` has a person pronoun outside quotation marks and
    names no one who could be its person (see the module): ``persons`` are the analysis's
    PERSON entities, ``others`` its other entities."""
    if not spans:
        return False
    first, last = spans[0].start, spans[-1].end
    pronoun = _first_pronoun(text, spans)
    if pronoun is None or any(first <= p.start < last for p in persons):
        return False
    for span in spans:
        for m in _CAPITAL.finditer(text, span.start, span.end):
            if m.group(0).rstrip("'’s") in _NOT_NAMES:
                continue
            if m.start() == first and not _CAPITAL.match(text, m.end() + 1):
                continue  # the sentence's own capital ("Local papers said he …")
            if not any(o.start <= m.start() and m.end() <= o.end for o in others):
                return False  # perhaps a name the recogniser missed
    before = " ".join(text[s.start : min(s.end, pronoun)] for s in spans if s.start < pronoun)
    if _ARTICLE_PHRASE.search(before):
        return False
    return not {w.lower() for w in _WORD.findall(before)} & PERSON_NOUNS


def _first_pronoun(text: str, spans: Sequence[Span]) -> int | None:
    """Where the first person pronoun outside quotation marks starts, if any."""
    first = spans[0].start
    for span in spans:
        for m in _PRONOUN.finditer(text, span.start, span.end):
            straight = text.count('"', first, m.start()) % 2
            curly = text.count("“", first, m.start()) > text.count("”", first, m.start())
            if not (straight or curly):
                return m.start()
    return None
