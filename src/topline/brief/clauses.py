"""Relative clauses: where a sentence says something about one of its nouns, not its news.

Key background needs the sentence's own event to be earlier than the news. A year or a past
time inside a relative clause dates the noun it describes, not the sentence: "The new
keyboard uses a switch that Apple released nearly five years ago" says what the keyboard
uses today; "Leeds face Wolves in a tournament where they reached the semifinals in 2016"
is about today's match. The brief reads no parse (one spaCy pass, the analysis's), so the
clauses are found in the words: a relative pronoun (which, who, whom, whose, where) opens
one (so does "what": "no one asked what the envoy did in 2012"), and "that" does after a
noun, i.e. not after a verb of saying or thinking, an adjective
of certainty ("clear that"), a conjunction ("so that", "now that") or a word in -ed/-ly. A
clause runs to the next comma, semicolon, dash or bracket, or the end of the sentence.

A year after a possessive is blanked too: "along the lines of Mitt Romney's 2012 speech"
names a speech, not the time of the sentence.

"when" is not read as a relative pronoun: "The talks collapsed when the envoy left in 2019"
dates the main clause.
"""

from __future__ import annotations

import re

_RELATIVE = re.compile(r"\b(?:which|who|whom|whose|where|what)\b", re.I)
#: A year after a possessive names a thing, not the sentence's time ("Mitt Romney's 2012
#: speech", "Obama's 2008 campaign").
_POSSESSIVE_YEAR = re.compile(r"['’]s\s+(?:(?:1[89]|20)\d\d)\b")
_THAT = re.compile(r"\b(?P<before>[\w'’-]+)\s+that\b", re.I)
#: Words after which "that" opens a complement, not a relative clause ("said that", "so
#: that", "clear that", "the fact that"): verbs of saying, thinking and showing, adjectives
#: of certainty, conjunctions, and forms of "be".
_COMPLEMENT_BEFORE = frozenset(
    """say says said saying tell tells telling told know knows knew known think thinks thought
    believe believes feel feels felt show shows shown hope hopes mean means ensure ensures
    argue argues warn warns suggest suggests claim claims insist insists note notes notice
    find finds found add adds state states estimate estimates indicate indicates explain
    explains admit admits deny denies agree agrees reveal reveals expect expects fear fears
    realise realize realises realizes predict predicts acknowledge acknowledges assume
    conclude concludes confirm confirms announce announces report reports recall recalls
    understand understands understood see sees saw seen hear hears heard learn learns learnt
    clear sure certain likely unlikely possible impossible true false aware evident apparent
    obvious plain glad sorry afraid worried concerned confident convinced hopeful proud
    so such now given except provided assuming fact news idea notion view belief hope
    claim claims evidence sign signs chance chances possibility likelihood risk concern
    is was are were be been being am 's ’s
    than and or but because although though while if unless since as
    """.split()
)
#: "that" before a word of time or degree is a demonstrative ("won that year", "that much").
_DEMONSTRATIVE = re.compile(
    r"\s+(?:year|years|day|days|week|weeks|month|months|night|morning|afternoon|evening|"
    r"season|time|times|moment|point|era|decade|summer|winter|spring|autumn|fall|game|match|"
    r"race|election|much|many|far|long|way|one|case)\b",
    re.I,
)
#: A verb of telling a few words before "that": "that" opens what was told, after the
#: person told ("revealed to The National Enquirer that …", "told investigators that …").
_TOLD_BEFORE = re.compile(
    r"\b(?:told|tells|tell|telling|revealed|reveals|said|says|informed|informs|assured|"
    r"assures|reminded|reminds|warned|warns|convinced|persuaded|promised|promises|wrote|"
    r"writes|explained|explains|testified|testifies|admitted|admits|confirmed|confirms)"
    r"(?:\s+\S+){0,5}\s*$",
    re.I,
)
#: Where a relative clause ends.
_CLAUSE_END = re.compile(r"\s*[,;:()\[\]]|\s+[–—-]{1,2}\s")


def relative_clauses(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the relative clauses of ``text``, in order."""
    starts = [m.start() for m in _RELATIVE.finditer(text) if m.start() > 0]
    for m in _THAT.finditer(text):
        before = m["before"].lower()
        if before in _COMPLEMENT_BEFORE or before.endswith(("ed", "ly")):
            continue
        if _DEMONSTRATIVE.match(text, m.end()) or _TOLD_BEFORE.search(text, 0, m.start("before")):
            continue  # "win that year"; "told investigators that he …"
        starts.append(m.start() + len(m.group(0)) - 4)
    clauses: list[tuple[int, int]] = [
        (m.start() + 2, m.end()) for m in _POSSESSIVE_YEAR.finditer(text)
    ]  # blanked like a clause: the year is the thing's, not the sentence's
    for start in sorted(starts):
        if any(a <= start < b for a, b in clauses):
            continue  # inside a clause already found
        end = _CLAUSE_END.search(text, start)
        clauses.append((start, end.start() if end is not None else len(text)))
    return sorted(clauses)


def blank(text: str, clauses: list[tuple[int, int]]) -> str:
    """``text`` with the given clauses blanked out (same length, so offsets hold)."""
    out = list(text)
    for start, end in clauses:
        out[start:end] = " " * (end - start)
    return "".join(out)


def outside_relative_clauses(text: str) -> str:
    """``text`` with its relative clauses blanked out (same length, so offsets hold)."""
    return blank(text, relative_clauses(text))
