"""The words of :mod:`.story_match`: which words news reports use for one another about one
event (:data:`SYNONYM_CLASSES`), which tell a fact as not (yet) done (:data:`UNREALISED`) or
as "not harmed" (:data:`UNHARMED`), which say nothing about which fact a sentence states
(:data:`STOP`), which only state a figure (:data:`FIGURE_VERBS`), and how a sentence's events are read for matching (:class:`Act`, :func:`act`).

Closed classes of grammar and of what news counts and reports, not words of one story; the
tests and the labelled pairs of ``benchmarks/story_brief.py`` show what each one changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import snowballstemmer

#: Words (and a few phrases) that news reports use for one another when they tell the same
#: event: each class is one term for matching (its first word's stem). Closed classes of the
#: things news counts and reports (casualties, fires, arrests, resignations, collapses, rises
#: and falls), not words picked for one story; a word with another common sense in news
#: ("fired" a coach, "held" a meeting) is left out. ``docs/story-brief.md`` shows the
#: scores of same-fact and different-fact pairs with and without them.
SYNONYM_CLASSES: tuple[tuple[str, ...], ...] = (
    ("injure", "injured", "injures", "injuring", "injury", "injuries", "hurt", "hurts",
     "wound", "wounded", "wounding", "unhurt", "uninjured", "unharmed", "unscathed"),
    ("kill", "killed", "kills", "killing", "dead", "die", "died", "dies", "dying", "death",
     "deaths", "fatal", "fatality", "fatalities", "perished", "lost their lives"),
    ("fire", "fires", "blaze", "blazes", "flames", "inferno"),
    ("arrest", "arrested", "arrests", "arresting", "detain", "detained", "detains",
     "detaining", "taken into custody"),
    ("resign", "resigned", "resigns", "resigning", "resignation", "quit", "quits",
     "quitting", "step down", "steps down", "stepped down", "stepping down", "stand down",
     "stands down", "stood down", "standing down"),
    ("collapse", "collapsed", "collapses", "collapsing", "gave way", "give way", "gives way",
     "giving way", "caved in"),
    ("rise", "rose", "risen", "rises", "rising", "climb", "climbed", "climbs", "increase",
     "increased", "increases", "jump", "jumped", "jumps"),
    ("fall", "fell", "fallen", "falls", "falling", "drop", "dropped", "drops", "decline",
     "declined", "declines"),
    ("evacuate", "evacuated", "evacuates", "evacuating", "evacuation", "evacuations"),
    ("charge", "charged", "charges", "indict", "indicted", "indictment"),
    ("convict", "convicted", "convicts", "convicting", "conviction", "guilty"),
)  # fmt: skip

#: Classes that name a thing the story is about, not what happened: two sentences that both
#: name the fire may still tell two outcomes of it (injuries, arrests).
THING_CLASSES = frozenset({"fire"})

#: Words that tell a fact as not (yet) done: hedged ("may", "could"), planned, promised, tried
#: or expected ("plans to", "pledged to", "tried to", "is in talks to", "is expected to"),
#: only a sanction faced ("faces a fine", "faces charges"; not "faces a vote", which outlets
#: tell as "will hold a vote"), an open question ("investigating whether"),
#: or only alleged ("accused … of", "allegedly"). A sentence
#: with one states another fact than a sentence without: "may cut 300 jobs" is not "cut 300
#: jobs". Closed grammar of modality, not words of one story. "will" and "would" are not in
#: it: news tells scheduled facts in the present ("the museum reopens in June") and reported
#: speech puts "would" in one outlet's telling of what another states plainly; "will close" /
#: "closed" are usually kept apart by the times they resolve to. Nor are the scheduled
#: future's other words ("is due to", "is set to", "is going to"), which outlets use for
#: "will" ("work will begin in May" / "work is due to begin in May"). "May" the month is not "may".
UNREALISED = re.compile(
    r"\b(?:(?-i:may)|might|could|couldn't"
    r"|(?:plan|plans|planned|planning|intend|intends|intended|aim|aims|hope|hopes|want|wants"
    r"|threaten|threatens|threatened|propose|proposes|proposed|likely|expected) to"
    r"|(?:pledge|pledges|pledged|pledging|promise|promises|promised|promising|vow|vows|vowed"
    r"|vowing|seek|seeks|sought|seeking|try|tries|tried|trying|attempt|attempts|attempted"
    r"|bid) to"
    r"|(?:face|faces|faced|facing) (?:up to|(?:a |an |possible |)(?:fine|fines|charge|charges"
    r"|trial|prosecution|jail|prison|ban|sentence|lawsuit|penalty|penalties))"
    r"|in talks|whether"
    r"|expect|expects|possibly|probably|perhaps|accused|accuses|accusing|alleged|allegedly"
    r"|allege|alleges|alleging|considering)\b",
    re.I,
)
#: Words that say "not harmed" (safe, unhurt): each reads as a negation, so that "residents'
#: data appeared to be safe" and "no sign that residents' data had been taken" have one
#: polarity, and "the data was safe" / "the data was not safe" still two.
UNHARMED = re.compile(r"\b(?:safe|unhurt|uninjured|unharmed|unscathed|intact|undamaged)\b", re.I)
#: The frame of a denial: words of evidence, possibility, decision and ruling-out that a
#: negated sentence wraps around what it denies ("found no evidence that the pilots had been
#: drinking", "there was no sign of damage", "nothing to suggest", "no risk of flooding", "no
#: decision on", "have not ruled out sabotage"). Two outlets' denials share the frame whatever
#: they deny, so it says nothing about which fact they state: what follows it does
#: (:func:`topline.brief.story_match.denied`).
DENIAL_FRAME = frozenset(
    """evidence sign signs indication indications trace traces proof suggestion suggest
    suggests suggesting indicate indicates hint hints risk risks danger threat decision
    decisions decide decided reason reasons record records report reports word news link
    links connection confirmation confirm confirmed rule ruled out question doubt""".split()
)
#: Words by which a report gives a figure as the latest of a count that changes ("have now
#: been treated", "so far", "has risen to", "the latest figures", "revised"): a later day's
#: figure for the same thing with one of them updates an earlier figure, it does not
#: contradict it. Closed words of how news updates a count, not of one story.
UPDATE_CUES = re.compile(
    r"\b(?:now|so far|to date|in total|(?:has|have) (?:risen|climbed|grown|increased|gone up)"
    r"|risen to|climbed to|rose to|latest|revised|updated)\b",
    re.I,
)
#: The end of the clause a negation governs (what it denies stops there).
CLAUSE_END = re.compile(r"[,;:.!?]|\b(?:but|and|while|because|although)\b", re.I)
#: Verbs that carry what happened in their object or complement ("left three climbers
#: wounded", "found him guilty", "forced the cancellation of 120 flights", "the evacuation
#: began"): such an action is read with its target's words and the synonym classes around it.
LIGHT_VERBS = frozenset(
    """leave leaves left leaving begin begins began begun beginning find finds found finding
    force forces forced forcing make makes made making cause causes caused causing prompt
    prompts prompted prompting get gets got getting""".split()
)
#: The verbs of saying and thinking that the event reader leaves out of a sentence's events
#: (``topline.analyze.events.SPEECH_AND_THOUGHT``, the same list: a test keeps them equal;
#: not imported, because that module loads spaCy and a story brief is built without it).
SPEECH_AND_THOUGHT = frozenset(
    """warn admit reveal question remember recall urge describe detail insist suggest argue deny
    predict acknowledge concede stress emphasise emphasize tweet label reiterate allege
    maintain feel realise realize wonder fear imagine assume""".split()
)
#: Words of an event's action that are not what happened (auxiliaries, negation, modals).
AUX = frozenset(
    """be is are was were been being am has have had having do does did not n't never no
    will would shall should may might can could must to""".split()
)

#: Prepositions whose phrase after an action says what the action reached, for, from or
#: against whom ("cut power to the hospital" / "to the airport", "charged with fraud" / "with
#: theft"); "to" only before a determiner or a name: before a verb ("agreed to buy") it is
#: no such phrase. "of", "in", "at" and "on" are not read: they start parts of noun phrases
#: ("the cancellation of 120 flights"), places and times.
_DETERMINER = r"(?:the|an?|its|their|his|her|our|this|these|those)\s+"
COMPLEMENT = re.compile(
    rf"\b(?:(to)\s+(?:{_DETERMINER}|(?=[A-Z]))|(for|from|against|into|with|over)\s+(?:{_DETERMINER})?)"
    r"((?:[\w'’-]+\s*){1,4})"
)

WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*|\d[\d,.]*")
NEGATION = re.compile(
    r"\b(?:not|no|never|nor|n't|neither|none|nobody|nothing|nowhere|denied|denies)\b", re.I
)
#: "no one" / "no-one" is "nobody", not the figure 1.
NO_ONE = re.compile(r"\bno[\s-]one\b", re.I)
NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "dozen": "12",
    "hundred": "100",
    "thousand": "1000",
    "million": "1000000",
    "billion": "1000000000",
}
#: Function words and reporting verbs: they say nothing about which fact a sentence states.
STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself said says
    being
    say told tell according reported reports report reporting added adding stated statement
    officials official spokesman spokeswoman spokesperson news agency its it's per cent percent
    mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday yesterday today
    tomorrow week weeks nobody nothing nowhere none""".split()
)


@dataclass(frozen=True, slots=True)
class Act:
    """One event of a sentence, from its analysis: what happened (the action's stems, a
    :data:`SYNONYM_CLASSES` word as its class), who did it and to whom (content stems)."""

    verb: frozenset[str]
    actor: frozenset[str] = frozenset()
    target: frozenset[str] = frozenset()
    #: The verb's own stems (without what a light verb reads from its object).
    head: frozenset[str] = frozenset()
    #: Its first phrase of :data:`COMPLEMENT` after the verb, as (preposition, content stems):
    #: "cut power *to the hospital*" is ("to", {"hospit"}).
    complement: tuple[str, frozenset[str]] | None = None


#: Verbs that state a figure rather than what happened to what it counts ("the toll stands at
#: 15", "is now known to be 14", "reached", "rose to"): a figure with one of them (or a verb of
#: saying, or a light verb) can contradict a figure with any verb. Two figures whose verbs
#: both tell what happened, and tell different things ("nine passengers were injured" /
#: "a ferry carrying 212 passengers"), count different things, however alike their nouns.
FIGURE_VERBS = frozenset(
    """know known knows knew believe believed believes think thought estimate estimated
    estimates confirm confirmed confirms put puts stand stands stood reach reached reaches
    total totalled totaled totals number numbered numbers count counted counts include
    included includes including become became remain remained remains put""".split()
)
STEMMER = snowballstemmer.stemmer("english")
LIGHT_STEMS = frozenset(STEMMER.stemWord(w) for w in LIGHT_VERBS)
SPEECH_STEMS = frozenset(STEMMER.stemWord(w) for w in SPEECH_AND_THOUGHT)
FIGURE_STEMS = frozenset(STEMMER.stemWord(w) for w in FIGURE_VERBS)
CLASS_OF = {
    word: STEMMER.stemWord(group[0])
    for group in SYNONYM_CLASSES
    for word in group
    if " " not in word
}
CLASS_NAME = {STEMMER.stemWord(group[0]): group[0] for group in SYNONYM_CLASSES}
PHRASES = {p: group[0] for group in SYNONYM_CLASSES for p in group if " " in p}
PHRASE = re.compile(
    r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in PHRASES) + r")\b", re.I
)


def number(token: str) -> str | None:
    digits = token.replace(",", "").rstrip(".")
    if digits.replace(".", "", 1).isdigit():
        return digits
    return NUMBER_WORDS.get(token.lower())


def stems(text: str | None, classes_only: bool = False) -> frozenset[str]:
    """Content stems of a phrase (no figures), a :data:`SYNONYM_CLASSES` word as its class
    (``classes_only``: only those)."""
    if not text:
        return frozenset()
    found = {CLASS_OF[PHRASES[" ".join(m.group(0).lower().split())]] for m in PHRASE.finditer(text)}
    for token in WORD.findall(text):
        word = token.lower().replace("’", "'").strip("'-").removesuffix("'s")
        if word in CLASS_OF:
            found.add(CLASS_OF[word])
        elif classes_only or number(token) is not None:
            continue
        elif len(word) >= 3 and word not in STOP and word not in AUX:
            found.add(STEMMER.stemWord(word))
    return frozenset(found)


def spoken_acts(text: str) -> list[Act]:
    """The actions of a sentence whose analysis gives no event because its verb is one the
    event reader leaves to speech and thought (:data:`SPEECH_AND_THOUGHT`: "questioned",
    "urged", "denied", "recalled"): "Police questioned the driver" is not "the
    driver was detained" however many words they share. Plain reporting verbs ("said",
    "announced") are not read: what such a sentence reports is the action its parse missed."""
    return [
        Act(frozenset({s}), head=frozenset({s}))
        for s in dict.fromkeys(STEMMER.stemWord(w.lower()) for w in WORD.findall(text))
        if s in SPEECH_STEMS
    ]


def complement(after: str) -> tuple[str, frozenset[str]] | None:
    """The first :data:`COMPLEMENT` phrase of ``after`` (the text from the verb on), its noun
    phrase read up to the first function word."""
    found = COMPLEMENT.search(after)
    if found is None:
        return None
    words = []
    for token in WORD.findall(found.group(3)):
        word = token.lower()
        if word in STOP or word in AUX or number(token) is not None:
            break
        words.append(token)
    content = stems(" ".join(words))
    return ((found.group(1) or found.group(2)).lower(), content) if content else None


def act(action: str, actor: str | None = None, target: str | None = None, after: str = "") -> Act:
    """An event as :class:`Act`: ``action`` the verb (with its particle and chain), ``after``
    the text from the verb on (so "taken into custody" reads as an arrest)."""
    words = [w for w in action.split() if w.lower() not in AUX]
    verb = set(stems(" ".join(words)))
    phrase = PHRASE.match(after)
    if phrase:
        verb.add(CLASS_OF[PHRASES[" ".join(phrase.group(0).lower().split())]])
    elif words and words[-1].lower() in LIGHT_VERBS:
        # What happened is in the object: it is read as the action, and not as its target.
        head = frozenset(verb - LIGHT_STEMS)
        verb |= stems(target) | stems(actor, classes_only=True) | stems(after, True)
        return Act(frozenset(verb), stems(actor), head=head, complement=complement(after))
    return Act(frozenset(verb), stems(actor), stems(target), frozenset(verb), complement(after))


def _term(token: str) -> str | None:
    """The content term of one word (stemmed), None for figures and function words."""
    if number(token) is not None:
        return None
    word = token.lower().replace("’", "'").strip("'-")
    if word.endswith("'s"):
        word = word[:-2]
    return STEMMER.stemWord(word) if len(word) >= 3 and word not in STOP else None


def denied(text: str) -> tuple[str, str] | None:
    """What a negated sentence denies (:func:`topline.brief.story_match.denials_meet`): the first content term in the clause after a negation,
    past the words of its frame (:data:`DENIAL_FRAME`) and light verbs ("no arrests had been
    made" denies arrests). "Investigators found no evidence that the pilots had been drinking"
    denies the pilots' drinking, "… no evidence of a fault in the engines" a fault: two facts,
    though they share every word of the frame. None when no negation governs a content word
    ("safe", "unhurt" negate without one). Returned with its synonym class (the term itself
    when it has none)."""
    text = NO_ONE.sub("nobody", text)
    for m in NEGATION.finditer(text):
        end = CLAUSE_END.search(text, m.end())
        for token in WORD.findall(text[m.end() : end.start() if end else len(text)]):
            word = token.lower()
            if word in DENIAL_FRAME or word in LIGHT_VERBS:
                continue
            term = _term(token)
            if term is not None:
                return term, CLASS_OF.get(word, term)
    return None
