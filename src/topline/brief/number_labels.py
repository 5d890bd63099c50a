"""A Big number's label must say what the count is of, not only who was counted.

Why it exists (the fifteenth session's second round): a reader who changed no code found
the Big number's label to be the bare noun after the figure in 13 of 27 briefs of two
untouched samples ("49 — people" where 49 were killed, "475 — delegates" of delegates at
stake, "45% — Republicans", "600 — bakery workers"); earlier reads showed the same. A count
of people (or a share of them) says nothing until the label says what happened to them or
what they did; a noun that names a thing ("563,000 — signatures", "72 — emails") does.

Two rules, read by :mod:`.bignumber`:

- :func:`participle_after`: a past participle right after the counted phrase, the phrase's
  reduced relative or its own past verb ("the 49 people killed on Thursday", "400
  protesters marched to City Hall"), joins the label: "49 — people killed".
- :func:`participants`: when the label would still be the counted phrase alone and its head
  names people (or a share of them), the figure is no Big number (another figure, or none).

The sixteenth session's editorial lane (a blind read counted 9 labels that "lack what they
count" in 48 briefs; on a pool of 439 unseen PolNeAR and TBAQ briefs 175 of 246 printed
labels were a bare noun of one or two words, 63 of them right after their verb: "the
bombings which killed 224 people", "drawing 1,110 people"): a verb before the figure keeps
a bare count of people only when it tells what was done to them, written in its past
participle form ("killed", "arrested": :func:`participle_before`); "drawing 1,110
people", "winning 22 states", "including 4,000 soldiers" say nothing done to the people
counted, and the count is refused as any other bare count of people.

The sixteenth session's numbers lane: English puts that verb after its object as a reduced
passive ("the bombings killed 224 people" → "224 people killed", "bought 2.7 million
shares" → "2.7 million shares bought"), so the reader is shown it there: "224 — people
killed" (:func:`.bignumber.done_before`, ``BigNumber.done``, shown by
:func:`.render.brief.number_line`; the spans stay in text order and ``counts`` the
counted phrase). A verb after "to" or a modal is a bare infinitive whatever its form
("is preparing to cut 4,000 jobs"): the figure is planned, not done.

The seventeenth session's editorial lane (the blind reads of two sessions name labels
whose noun says nothing alone because what it counts is said farther from the figure):
a figure governed by a preposition ("led by about 1,500 votes", "a margin of just 126
ballots", "mentioned in more than 80 separate broadcasts", "a city with 318,416
residents", "in Iowa's 99 counties") is a circumstance of a predicate or the measure of
a noun the label does not show: "1,500 — votes" is a margin, "99 — counties" a place.
When the label would be the counted phrase alone, such a figure is refused
(:func:`governed_by_preposition`).
"""

from __future__ import annotations

import re

from topline.model import Span
from topline.source_lexicon import TITLE_NOUNS, UNNAMED_NOUNS

#: A past participle (or a past verb) right after the counted phrase, then a preposition, a
#: time word, punctuation or the end: "people killed on Thursday", "Americans killed in the
#: attack", "protesters marched to City Hall", "pledged delegates allocated." A word after
#: it that could be an object ("people attended the rally") leaves it out: the label would
#: drop what the verb needs.
_PARTICIPLE = re.compile(
    r" (?P<verb>[a-z]{2,}(?:ed|en)|slain|shot|hurt|held|left|kept|met|lost|sent|caught|"
    r"stuck|struck|hit|put|cut)"
    r"(?=[,.;:!?]|\s*$|\s+(?:on|in|at|by|during|since|from|into|near|across|inside|outside|"
    r"over|under|after|before|when|while|last|this|yesterday|today|overnight)\b)"
)
#: Participles that do not tell what happened to the counted ("people concerned", "those
#: involved", "voters polled": a sample, refused elsewhere).
_NOT_TELLING = frozenset(
    "concerned involved related based polled surveyed questioned interviewed asked sampled "
    "listed named mentioned given".split()
)
#: Heads of people beside the Big number's own list (:data:`.bignumber.PEOPLE`, which the
#: caller passes): the source lexicons' offices and unnamed sources (singular), delegates,
#: and polities, which act as their people do ("40 — states", "175 — countries").
_PARTICIPANTS = (
    TITLE_NOUNS | UNNAMED_NOUNS | frozenset("delegate superdelegate state country nation".split())
)
#: People named by a relation that is itself what the count is of: an audience, a
#: membership, a population, a casualty, and the other heads of the Big number's list of
#: people that count no one ("15.8 million — viewers", "about 13,000 — residents", "at
#: least 20 — victims", "1.3 million — coal jobs", "cases").
_RELATION_TOLD = frozenset(
    """viewer reader listener subscriber follower fan member resident victim casualty
    hostage dead injured wounded death job case infection lives""".split()
)


#: A written verb form that is a past participle (regular "-ed", or an irregular form
#: the same in the past and the participle): "killed", "bought", "won", "sold", "cut".
_PARTICIPLE_FORM = re.compile(
    r"[a-z]{2,}ed|slain|shot|hurt|held|left|kept|met|lost|sent|caught|stuck|struck|hit|put|"
    r"cut|won|sold|bought|paid|built|brought|found|spent|made|shed|taken|given|drawn|shown|"
    r"stolen|chosen|seized|freed"
)
#: Words that end like a regular participle and are none ("need", "exceed", "speed"), a
#: participle that reads as a state after its noun ("ordered", "included": "10 men
#: ordered" reads as a command, "44 emails included" as a list), and verbs of measure,
#: whose figure is an amount reached, not an object acted on ("volume totaled 132.8
#: million shares": no "shares totaled"), or of change, whose figure measures the change
#: ("climbed 12 places": no "places climbed").
_NOT_PARTICIPLE = frozenset(
    "need feed seed heed speed exceed proceed succeed bleed breed embed ordered included "
    "reported totaled totalled reached topped exceeded surpassed numbered averaged equaled "
    "equalled neared passed crossed hit climbed jumped dropped slipped slid moved advanced "
    "surged soared plunged tumbled declined increased decreased improved rallied".split()
)


#: The word before a verb that makes it a bare infinitive, not a participle, whatever its
#: form ("is preparing to cut 4,000 jobs", "will cut 3,500 jobs", "did not cut"): the
#: figure is planned or denied, and "4,000 jobs cut" would tell it done.
_INFINITIVE_BEFORE = re.compile(
    r"(?:\b(?:to|will|would|can|could|may|might|must|shall|should|do|does|did|not)|n['’]t|"
    r"['’]ll|['’]d)\s+$",
    re.I,
)


def participle_before(text: str, verb: Span) -> bool:
    """The verb written before the figure has its past participle form, so that it would
    read after the counted phrase as a reduced passive ("killed 224 people": "224 people
    killed"), telling what was done to them; "drawing 1,110 people", "took 57 percent",
    "owns 72%", "plans to cut 400 jobs" (an infinitive, :data:`_INFINITIVE_BEFORE`) do
    not."""
    word = verb.of(text)
    return (
        _PARTICIPLE_FORM.fullmatch(word) is not None
        and word not in _NOT_PARTICIPLE
        and word not in _NOT_TELLING
        and _INFINITIVE_BEFORE.search(text, max(0, verb.start - 12), verb.start) is None
    )


def participle_after(text: str, counted: Span) -> Span | None:
    """The past participle (or past verb) right after the counted phrase that tells what
    happened to it (:data:`_PARTICIPLE`), as a span; None when there is none."""
    match = _PARTICIPLE.match(text, counted.end)
    if match is None or match.group("verb") in _NOT_TELLING:
        return None
    return Span(match.start("verb"), match.end("verb"))


def participants(counted: str, people: frozenset[str]) -> bool:
    """The counted phrase's head names people or a polity ("people", "voters", "bakery
    workers", "Republicans", "young Democrats", "delegates", "states"): who was counted,
    not what the count is of. ``people``: the plural heads of people the caller counts as
    such. A capitalised plural head is a group of people (a party, a nationality)."""
    words = counted.split()
    if not words:
        return False
    head = words[-1].strip(".,;:'’\"”")
    lower = head.lower()
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower.removesuffix("s")
    if singular in _RELATION_TOLD or lower in _RELATION_TOLD:
        return False
    if lower in people or singular in _PARTICIPANTS:
        return True
    # a capitalised word, not an acronym ("Democrats", not "CDs")
    return head[:1].isupper() and head[1:-1].islower() and head.endswith("s") and len(words) <= 3


#: What may stand between a preposition and the figure it governs: determiners, a
#: possessor, approximators ("by about", "in Iowa's", "with a further").
_BETWEEN = (
    r"(?:the|a|an|all|its|their|his|her|our|your|these|those|each|every|another|"
    r"(?:[A-Z][\w.&-]*\s){0,2}[\w.&-]+(?:['’]s|s['’])|about|nearly|almost|around|roughly|"
    r"approximately|just|only|some|over|under|more\s+than|less\s+than|fewer\s+than|"
    r"up\s+to|at\s+least|at\s+most|an\s+estimated|a\s+further|a\s+total\s+of|an?\s+"
    r"additional)\s+"
)
#: A determiner or a possessor: after "of", the figure is a whole a part is taken from.
_WHOLE = r"(?:the|all|its|their|his|her|our|your|these|those|(?:[A-Z][\w.&-]*\s){0,2}[\w.&-]+(?:['’]s|s['’]))\s+"
#: A preposition, then only :data:`_BETWEEN`. Words that are approximators themselves
#: ("about 50", "over 1,000", "under 500", "more than", "up to") are no preposition here,
#: nor are the prepositions of a change's end points ("rose to 235 million", "fell from
#: 450", "converted into 683,000 shares"): there the figure is the value the predicate
#: reaches, most often the story's own figure. "of" right before a figure gives a noun its
#: content ("a run of eight defeats", "a crowd of 5,000"), which the counted phrase says;
#: "of" before a determiner or a possessor and the figure takes a part of a whole ("4
#: million of its 4.9 million shares", "each of the firm's 6.1 million shares"), which it
#: does not.
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:in|on|at|by|with|without|for|among|amongst|between|across|per|via|"
    r"against|within|through|throughout|during|despite|like)\s+(?:" + _BETWEEN + r"){0,3}|"
    r"of\s+(?:" + _BETWEEN + r"){0,2}" + _WHOLE + r"(?:" + _BETWEEN + r"){0,2})$"
)


def governed_by_preposition(text: str, figure: Span) -> bool:
    """A preposition governs the figure's noun phrase ("led by about 1,500 votes", "a
    margin of just 126 ballots", "in Iowa's 99 counties"): what the figure counts is said
    by the predicate or the noun the phrase hangs on, outside a label that shows the
    counted phrase alone. Read within the figure's sentence (a line break ends it)."""
    line = max(text.rfind("\n", 0, figure.start) + 1, figure.start - 60)
    return _PREPOSITION_BEFORE.search(text, line, figure.start) is not None
