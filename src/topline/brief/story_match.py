"""When do two sentences from different articles state the same fact?

A story brief credits a fact to every outlet whose article states it, so a false match
credits an outlet with something it never reported. The test is therefore built for
precision first:

- both sentences are reduced to their content terms (lower-cased words of three letters or
  more, without function words, Snowball-stemmed so "investigation"/"investigated" meet);
- the figures they give must be the same (a sentence saying 15 dead does not report the fact
  "12 dead": that is a conflict, flagged by the story's Big number instead; a sentence with a
  figure the other lacks says something more);
- the times they name must agree where both name one, at the finer grain both give (the
  vigil "on Thursday" is not the fire "on Tuesday night"; a festival cancelled "last year" is
  not one cancelled "this year"; "in March" agrees with "on 5 March");
- both state the fact as done, or both as not (yet) done: "may cut 300 jobs", "plans to sell",
  "is expected to raise", "accused … of lying" are not the cuts, the sale, the rise or the lie
  (:data:`UNREALISED`);
- where both sentences' analyses give events (actor — action — target), they share an action
  (stems or a synonym class), done to the same thing where both name it: "detained" /
  "praised the driver", "destroyed" / "was started", "searched the home" / "searched the
  office" are two facts however many names they share; and no shared action is told with its
  actor and target swapped ("Aldport beat Kenmore" / "Kenmore beat Aldport");
- where both name an outcome of :data:`SYNONYM_CLASSES`, they name one in common (an injury
  never matches a death, a rise a fall, a resignation an arrest; the fire both name is not
  an outcome: :data:`THING_CLASSES`);
- a negated sentence never matches an affirmative one ("was not occupied" / "was occupied";
  "nobody", "nothing" and "nowhere" negate too, and "no one" is not the figure 1); a word of
  :data:`UNHARMED` says "not harmed" ("data appeared to be safe" is told as "no sign data had
  been taken");
- their term overlap must reach :data:`SAME_FACT_DICE` (Dice coefficient), or the shorter one
  must be almost wholly contained in the longer (:data:`SAME_FACT_CONTAINMENT`, with at least
  :data:`MIN_SHARED_TERMS` terms in common), which is how a rewrite that adds a clause reads.

The looser :func:`near_fact` only keeps one brief from showing a fact twice (it never credits
an outlet). It also reads words that news reports use for one another about the same event as
one term (:data:`SYNONYM_CLASSES`: "hurt" / "injured", "blaze" / "fire", "stepped down" /
"resigned"), so that "No one was hurt in the blaze" and "Nobody was injured in the fire" are
not shown twice; crediting an outlet still takes its own words.

The thresholds are justified on the synthetic multi-outlet set (``benchmarks/story_brief.py``
prints the same-fact precision and recall at each threshold): they are the lowest values at
which no pair of different facts of one story matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import snowballstemmer

# --- tunables ----------------------------------------------------------------------------
SAME_FACT_DICE = 0.45
SAME_FACT_CONTAINMENT = 0.8
MIN_SHARED_TERMS = 4
#: The looser bars of :func:`near_fact` (duplicates within one brief).
NEAR_FACT_DICE = 0.3
NEAR_FACT_CONTAINMENT = 0.5
NEAR_MIN_SHARED = 2
#: ... or, in :func:`near_fact`, the same figures on the same day with one content word in
#: common (:func:`same_figures_and_day`); the sweep of ``benchmarks/story_brief.py`` shows
#: what it removes and merges.
NEAR_SAME_FIGURES_AND_DAY = True
#: ... and, in :func:`near_fact` only, a word of a :data:`SYNONYM_CLASSES` class is its class.
NEAR_SYNONYMS = True
#: Whether :func:`near_fact` also keeps sentences with other actions apart (:func:`acts_agree`;
#: :func:`same_fact` always does). Off: two outlets often tell one event with other verbs, and
#: on the synthetic story sets it showed one fact twice 5 + 8 times instead of 1 + 0.
NEAR_ACTS = False
#: Whether :func:`near_fact` also keeps a fact told as done apart from one told as not (yet)
#: done (:data:`UNREALISED`): "may cut 300 jobs" and "cut 300 jobs" are two facts to show.
NEAR_UNREALISED = True

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

#: Words that tell a fact as not (yet) done: hedged ("may", "could"), planned or expected
#: ("plans to", "is expected to"), or only alleged ("accused … of", "allegedly"). A sentence
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
    r"|expect|expects|possibly|probably|perhaps|accused|accuses|accusing|alleged|allegedly"
    r"|allege|alleges|alleging|considering)\b",
    re.I,
)
#: Words that say "not harmed" (safe, unhurt): each reads as a negation, so that "residents'
#: data appeared to be safe" and "no sign that residents' data had been taken" have one
#: polarity, and "the data was safe" / "the data was not safe" still two.
UNHARMED = re.compile(r"\b(?:safe|unhurt|uninjured|unharmed|unscathed|intact|undamaged)\b", re.I)
#: Verbs that carry what happened in their object or complement ("left three climbers
#: wounded", "found him guilty", "forced the cancellation of 120 flights", "the evacuation
#: began"): such an action is read with its target's words and the synonym classes around it.
LIGHT_VERBS = frozenset(
    """leave leaves left leaving begin begins began begun beginning find finds found finding
    force forces forced forcing make makes made making cause causes caused causing prompt
    prompts prompted prompting get gets got getting""".split()
)
#: Words of an event's action that are not what happened (auxiliaries, negation, modals).
_AUX = frozenset(
    """be is are was were been being am has have had having do does did not n't never no
    will would shall should may might can could must to""".split()
)

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*|\d[\d,.]*")
_NEGATION = re.compile(
    r"\b(?:not|no|never|nor|n't|neither|none|nobody|nothing|nowhere|denied|denies)\b", re.I
)
#: "no one" / "no-one" is "nobody", not the figure 1.
_NO_ONE = re.compile(r"\bno[\s-]one\b", re.I)
_NUMBER_WORDS = {
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
_STOP = frozenset(
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


@dataclass(frozen=True, slots=True)
class FactTerms:
    """What a sentence's fact is made of, for matching."""

    terms: frozenset[str]
    numbers: frozenset[str]
    negated: bool
    #: Resolved calendar days (``YYYY-MM-DD``) the sentence names, when its analysis has them.
    days: frozenset[str] = frozenset()
    #: ``terms`` with each word of a :data:`SYNONYM_CLASSES` class read as its class (for
    #: :func:`near_fact` only; empty: the same as ``terms``).
    classed: frozenset[str] = frozenset()
    #: The :data:`SYNONYM_CLASSES` the sentence names (each by its first word).
    classes: frozenset[str] = frozenset()
    #: The sentence tells its fact as not (yet) done (:data:`UNREALISED`).
    unrealised: bool = False
    #: Its events, when its analysis gives them (:func:`act`).
    acts: tuple[Act, ...] = ()

    @property
    def near_terms(self) -> frozenset[str]:
        return self.classed if NEAR_SYNONYMS and self.classed else self.terms


_STEMMER = snowballstemmer.stemmer("english")
_LIGHT_STEMS = frozenset(_STEMMER.stemWord(w) for w in LIGHT_VERBS)
_CLASS_OF = {
    word: _STEMMER.stemWord(group[0])
    for group in SYNONYM_CLASSES
    for word in group
    if " " not in word
}
_CLASS_NAME = {_STEMMER.stemWord(group[0]): group[0] for group in SYNONYM_CLASSES}
_PHRASES = {p: group[0] for group in SYNONYM_CLASSES for p in group if " " in p}
_PHRASE = re.compile(
    r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in _PHRASES) + r")\b", re.I
)


def _number(token: str) -> str | None:
    digits = token.replace(",", "").rstrip(".")
    if digits.replace(".", "", 1).isdigit():
        return digits
    return _NUMBER_WORDS.get(token.lower())


def _stems(text: str | None, classes_only: bool = False) -> frozenset[str]:
    """Content stems of a phrase (no figures), a :data:`SYNONYM_CLASSES` word as its class
    (``classes_only``: only those)."""
    if not text:
        return frozenset()
    found = {
        _CLASS_OF[_PHRASES[" ".join(m.group(0).lower().split())]] for m in _PHRASE.finditer(text)
    }
    for token in _WORD.findall(text):
        word = token.lower().replace("’", "'").strip("'-").removesuffix("'s")
        if word in _CLASS_OF:
            found.add(_CLASS_OF[word])
        elif classes_only or _number(token) is not None:
            continue
        elif len(word) >= 3 and word not in _STOP and word not in _AUX:
            found.add(_STEMMER.stemWord(word))
    return frozenset(found)


def act(action: str, actor: str | None = None, target: str | None = None, after: str = "") -> Act:
    """An event as :class:`Act`: ``action`` the verb (with its particle and chain), ``after``
    the text from the verb on (so "taken into custody" reads as an arrest)."""
    words = [w for w in action.split() if w.lower() not in _AUX]
    verb = set(_stems(" ".join(words)))
    phrase = _PHRASE.match(after)
    if phrase:
        verb.add(_CLASS_OF[_PHRASES[" ".join(phrase.group(0).lower().split())]])
    elif words and words[-1].lower() in LIGHT_VERBS:
        # What happened is in the object: it is read as the action, and not as its target.
        head = frozenset(verb - _LIGHT_STEMS)
        verb |= _stems(target) | _stems(actor, classes_only=True) | _stems(after, True)
        return Act(frozenset(verb), _stems(actor), head=head)
    return Act(frozenset(verb), _stems(actor), _stems(target), frozenset(verb))


def fact_terms(text: str, days: Iterable[str] = (), acts: Iterable[Act] = ()) -> FactTerms:
    """The content terms, figures and polarity of one sentence (``days``: resolved dates as
    ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``acts``: its events, :func:`act`)."""
    terms: set[str] = set()
    classed: set[str] = set()
    numbers: set[str] = set()
    text = _NO_ONE.sub("nobody", text)
    phrases = [_PHRASES[" ".join(m.group(0).lower().split())] for m in _PHRASE.finditer(text)]
    classed.update(_CLASS_OF[p] for p in phrases)
    for token in _WORD.findall(text):
        number = _number(token)
        if number is not None:
            numbers.add(number)
            continue
        word = token.lower().replace("’", "'").strip("'-")
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) >= 3 and word not in _STOP:
            terms.add(_STEMMER.stemWord(word))
        if word in _CLASS_OF:
            classed.add(_CLASS_OF[word])
        elif len(word) >= 3 and word not in _STOP:
            classed.add(_STEMMER.stemWord(word))
    return FactTerms(
        frozenset(terms),
        frozenset(numbers),
        bool(_NEGATION.search(text)) != bool(UNHARMED.search(text)),
        frozenset(days),
        frozenset(classed),
        frozenset(_CLASS_NAME[t] for t in classed if t in _CLASS_NAME),
        bool(UNREALISED.search(text)),
        tuple(a for a in acts if a.verb),
    )


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two term sets."""
    total = len(a) + len(b)
    return 2 * len(a & b) / total if total else 0.0


def similarity(a: FactTerms, b: FactTerms) -> float:
    """Dice coefficient of the two sentences' content terms."""
    return dice(a.terms, b.terms)


def near_similarity(a: FactTerms, b: FactTerms) -> float:
    """Dice coefficient of the two sentences' terms, synonym classes read as one term."""
    return dice(a.near_terms, b.near_terms)


def _contained(a: frozenset[str], b: frozenset[str]) -> float:
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def containment(a: FactTerms, b: FactTerms) -> float:
    """Share of the shorter sentence's terms that the longer one has."""
    return _contained(a.terms, b.terms)


def figures_agree(a: FactTerms, b: FactTerms) -> bool:
    """Both give the same figures (or none)."""
    return a.numbers == b.numbers


def days_agree(a: FactTerms, b: FactTerms) -> bool:
    """Where both name a time, they name one in common at the grain both give ("2024-03"
    agrees with "2024-03-05", "2023" not with "2024")."""
    return (
        not a.days
        or not b.days
        or any(x.startswith(y) or y.startswith(x) for x in a.days for y in b.days)
    )


def acts_agree(a: FactTerms, b: FactTerms) -> bool:
    """Where both sentences' events are known, they share an action done to the same thing
    where both name it ("detained" / "praised the driver" are two facts; "a fire tore through
    the plant, killing 12" and "12 died when fire swept through the plant" share the
    killing), and no shared action has its actor and target swapped. One shared action, not
    all: a sentence of two clauses often tells its second clause in other words than another
    outlet's."""
    if not a.acts or not b.acts:
        return True

    if not any(_one_act(x, y) for x in a.acts for y in b.acts) and not (_told(a, b) or _told(b, a)):
        return False
    return not any(
        x.verb & y.verb and (_swapped(x, y) or _swapped(y, x)) for x in a.acts for y in b.acts
    )


def _told(a: FactTerms, b: FactTerms) -> bool:
    """An action of ``a`` that ``b``'s words tell though ``b``'s analysis has no event of it:
    the parse misses events ("Tarvin said on Monday it had cut 400 jobs because demand had
    fallen" gives only the fall), so an action the other sentence has as a word, with no event
    of that verb, is not a different action."""
    return any(x.head & b.near_terms and not any(x.verb & y.verb for y in b.acts) for x in a.acts)


def _one_act(x: Act, y: Act) -> bool:
    """The same action done to the same thing where both name what it was done to ("searched
    the home" / "searched the office" are two searches)."""
    return bool(x.verb & y.verb) and (not x.target or not y.target or bool(x.target & y.target))


def _swapped(x: Act, y: Act) -> bool:
    """``x``'s actor is ``y``'s target, not ``y``'s actor, and both actions have an actor
    and a target ("Quint agreed to buy its rival" / "Delmar agreed to buy its rival Quint");
    an intransitive one is not a swap: "two passengers died" has them as its actor, "the
    grounding killed two passengers" as its target."""
    return bool(x.actor & y.target) and not x.actor & y.actor and bool(x.target) and bool(y.actor)


def outcomes_agree(a: FactTerms, b: FactTerms) -> bool:
    """Where both name an event of :data:`SYNONYM_CLASSES`, they name one in common: workers
    injured and workers killed, a rate that rose and one that fell, a minister who resigned
    and one who was arrested are two facts (or a contradiction), however many other words the
    sentences share."""
    outcomes_a, outcomes_b = a.classes - THING_CLASSES, b.classes - THING_CLASSES
    return not outcomes_a or not outcomes_b or bool(outcomes_a & outcomes_b)


def near_fact(a: FactTerms, b: FactTerms) -> bool:
    """Whether two sentences *may* state the same fact: the looser test that keeps a brief
    from showing one fact twice in other words (one sentence's figures may be a subset of
    the other's: "6.1% in May" and "6.1% in May, three times the target"). It never credits an outlet (that takes
    :func:`same_fact`); a false hit here only drops a bullet."""
    fewer, more = sorted((a.numbers, b.numbers), key=len)
    if a.negated != b.negated or not fewer <= more or not days_agree(a, b):
        return False
    if not outcomes_agree(a, b) or (NEAR_UNREALISED and a.unrealised != b.unrealised):
        return False
    if NEAR_ACTS and not acts_agree(a, b):
        return False
    ta, tb = a.near_terms, b.near_terms
    shared = len(ta & tb)
    if NEAR_SAME_FIGURES_AND_DAY and same_figures_and_day(a, b) and shared:
        return True
    return dice(ta, tb) >= NEAR_FACT_DICE or (
        shared >= NEAR_MIN_SHARED and _contained(ta, tb) >= NEAR_FACT_CONTAINMENT
    )


def same_figures_and_day(a: FactTerms, b: FactTerms) -> bool:
    """Both give the same figures and name the same day: "kept its rate at 3% on Thursday" and
    "left borrowing costs unchanged at 3% on Thursday" share one content word, but two
    sentences of one story that commit to the same figures on the same day are one fact told
    twice far more often than two facts."""
    return bool(a.numbers) and a.numbers == b.numbers and bool(a.days & b.days)


def same_fact(a: FactTerms, b: FactTerms) -> bool:
    """Whether two sentences state the same fact (see the module docstring)."""
    if a.negated != b.negated or not figures_agree(a, b) or not days_agree(a, b):
        return False
    if not outcomes_agree(a, b) or a.unrealised != b.unrealised or not acts_agree(a, b):
        return False
    if similarity(a, b) >= SAME_FACT_DICE:
        return True
    shared = len(a.terms & b.terms)
    return shared >= MIN_SHARED_TERMS and containment(a, b) >= SAME_FACT_CONTAINMENT
