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

A year or a day after a possessive is blanked too: "along the lines of Mitt Romney's 2012
speech" names a speech, "grilled aides on Trump's July 25 phone call" a call, not the time of
the sentence; so is a period that is itself the possessive ("last year's runner-up", "are
notable for not having been on last year's list": what the thing was, not when the sentence's
event happened); after a preposition of time or occasion it still dates the event ("was
heckled at last year's conference").

"when" is not read as a relative pronoun: "The talks collapsed when the envoy left in 2019"
dates the main clause.

A relative clause may have no pronoun at all (a *zero* relative): "Trump is targeting the
states Obama won in 2012" dates the states, not the sentence. Such a clause is read as a
determiner, a plural or common noun, then a subject (a capitalised name, a personal
pronoun, or "the"/a possessive and a noun) and a verb in the past ("the states Obama won",
"the plant the firm built", "a deal they signed", "the districts her rival won"), not after an opening preposition ("In the end Johnson resigned in 2016": an opening
phrase, not a noun described) and never after a noun of time ("the day
Smith vanished in 2015" dates the sentence).
"""

from __future__ import annotations

import re

_RELATIVE = re.compile(r"\b(?:which|who|whom|whose|where|what)\b", re.I)
#: A year or a day after a possessive names a thing, not the sentence's time ("Mitt Romney's
#: 2012 speech", "Obama's 2008 campaign", "Trump's July 25 phone call").
_POSSESSIVE_YEAR = re.compile(
    r"['’]s\s+(?:(?:1[89]|20)\d\d\b|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
    r"\s+\d{1,2}\b(?:,?\s+(?:1[89]|20)\d\d\b)?)"
)
#: A period named by its place before the news, with a possessive ("last year's runner-up",
#: "last season's final", "the previous month's figures"): it dates a thing, not the sentence.
_TIME_POSSESSIVE = re.compile(
    r"\b(?:last|previous|past|this)\s+(?:year|season|month|week|decade|term|quarter|"
    r"summer|winter|spring|autumn|fall)['’]s?(?=\s)",
    re.I,
)
#: A preposition of time or occasion before such a period: the event happened at it ("was
#: heckled at last year's conference", "after last season's final").
_OCCASION_BEFORE = re.compile(
    r"\b(?:at|during|in|after|before|since|until|by|from|ahead of)\s+$", re.I
)
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
#: Irregular past forms a zero relative clause opens with ("the states Obama won").
IRREGULAR_PAST = (
    r"won|lost|took|made|built|bought|sold|wrote|held|led|ran|gave|kept|left|brought|met|"
    r"paid|set|spent|saw|found|began|chose|drew|drove|fought|got|sent|taught|threw|wore|"
    r"became|beat|broke|cut|hit|put|sang|shot|stole|struck|swore|took|won|hid|fled|sought"
)
_ZERO_RELATIVE = re.compile(
    r"(?:\b(?i:the|a|an|this|these|those|its|his|her|their|our|every|each)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)|"
    # a bare plural after a preposition: "running in states President Obama won in 2012"
    r"\b(?:in|of|for|from|across|among|with|to|at|on)\s+(?P<plural>[a-z][\w-]*[a-z]s))\s+"
    r"(?P<subject>(?:[A-Z][\w'’.-]*\s+){1,3}|(?:he|she|it|they|we|I|you)\s+|"
    r"(?:his|her|their|its|our|the)\s+[a-z][\w-]*\s+)"
    r"(?:had\s+|have\s+|has\s+)?"
    r"(?P<verb>[a-z]\w*ed|" + IRREGULAR_PAST + r")\b",
)
#: Nouns after which a zero relative clause tells when the sentence happened ("the day
#: Smith vanished in 2015", "the year they married").
_TIME_NOUNS = frozenset(
    """day days night nights week weeks month months year years time times moment hour
    morning afternoon evening season summer winter spring autumn fall decade era""".split()
)
#: Words that end a noun phrase rather than head it: a subordinator, a preposition, a verb
#: ("described him as a climate evangelist when he ran in 2008" dates the sentence).
_NOT_NOUNS = frozenset(
    """when where while since after before because as if until unless though although that
    than so and or but nor was were is are be been had has have said says for to of in on at
    by with from into about then also not once whenever""".split()
)
#: At most this many words (a preposition: "In", "After all") before a determiner phrase at a
#: sentence's opening make it a phrase of its own ("In the end Johnson resigned …"), not a
#: noun a zero relative clause describes; a subject at the very start is one ("The company
#: Apple acquired in 2014 has grown …").
_OPENING_WORDS = 2


def zero_relative_clauses(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of relative clauses without a pronoun ("the states Obama won
    in 2012"): from the clause's subject to the clause's end."""
    out: list[tuple[int, int]] = []
    for m in _ZERO_RELATIVE.finditer(text):
        noun = m["noun"] or m["plural"]
        at = m.start("noun") if m["noun"] else m.start("plural")
        if noun.lower() in _TIME_NOUNS or 0 < len(text[: m.start()].split()) <= _OPENING_WORDS:
            continue
        if noun.lower() in _NOT_NOUNS:
            continue  # "an evangelist when he ran in 2008": a conjunction opens that clause
        if _TOLD_BEFORE.search(text, 0, at):
            continue  # "told the court Smith lied in 2010": what was told, no relative
        start = m.start("subject")
        end = _CLAUSE_END.search(text, start)
        out.append((start, end.start() if end is not None else len(text)))
    return out


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
    clauses += [  # "on last year's list" (not "heckled at last year's conference")
        m.span()
        for m in _TIME_POSSESSIVE.finditer(text)
        if not _OCCASION_BEFORE.search(text, 0, m.start())
    ]
    clauses += zero_relative_clauses(text)
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
