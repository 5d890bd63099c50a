"""When do two sentences from different articles state the same fact?

A story brief credits a fact to every outlet whose article states it, so a false match
credits an outlet with something it never reported. The test is therefore built for
precision first:

- both sentences are reduced to their content terms (lower-cased words of three letters or
  more, without function words, Snowball-stemmed so "investigation"/"investigated" meet);
- the figures they give must be the same (a sentence saying 15 dead does not report the fact
  "12 dead": that is a conflict, flagged by the story's Big number instead; a sentence with a
  figure the other lacks says something more);
- the days they name must agree where both name one (the vigil "on Thursday" is not the fire
  "on Tuesday night", however many words they share);
- where both name an event of :data:`SYNONYM_CLASSES`, they name one in common (an injury
  never matches a death, a rise a fall, a resignation an arrest);
- a negated sentence never matches an affirmative one ("was not occupied" / "was occupied";
  "nobody", "nothing" and "nowhere" negate too, and "no one" is not the figure 1);
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

#: Words (and a few phrases) that news reports use for one another when they tell the same
#: event: each class is one term for matching (its first word's stem). Closed classes of the
#: things news counts and reports (casualties, fires, arrests, resignations, collapses, rises
#: and falls), not words picked for one story; a word with another common sense in news
#: ("fired" a coach, "held" a meeting) is left out. ``docs/story-brief.md`` shows the
#: scores of same-fact and different-fact pairs with and without them.
SYNONYM_CLASSES: tuple[tuple[str, ...], ...] = (
    ("injure", "injured", "injures", "injuring", "injury", "injuries", "hurt", "hurts",
     "wound", "wounded", "wounding"),
    ("kill", "killed", "kills", "killing", "dead", "die", "died", "dies", "dying", "death",
     "deaths", "fatal", "fatality", "fatalities", "perished", "lost their lives"),
    ("fire", "fires", "blaze", "blazes", "flames", "inferno"),
    ("arrest", "arrested", "arrests", "arresting", "detain", "detained", "detains",
     "detaining", "taken into custody"),
    ("resign", "resigned", "resigns", "resigning", "resignation", "quit", "quits",
     "quitting", "step down", "steps down", "stepped down", "stepping down"),
    ("collapse", "collapsed", "collapses", "collapsing", "gave way", "give way", "gives way",
     "giving way", "caved in"),
    ("rise", "rose", "risen", "rises", "rising", "climb", "climbed", "climbs", "increase",
     "increased", "increases", "jump", "jumped", "jumps"),
    ("fall", "fell", "fallen", "falls", "falling", "drop", "dropped", "drops", "decline",
     "declined", "declines"),
    ("evacuate", "evacuated", "evacuates", "evacuating", "evacuation", "evacuations"),
    ("charge", "charged", "charges", "indict", "indicted", "indictment"),
)  # fmt: skip

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

    @property
    def near_terms(self) -> frozenset[str]:
        return self.classed if NEAR_SYNONYMS and self.classed else self.terms


_STEMMER = snowballstemmer.stemmer("english")
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


def fact_terms(text: str, days: Iterable[str] = ()) -> FactTerms:
    """The content terms, figures and polarity of one sentence (``days``: resolved dates)."""
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
        bool(_NEGATION.search(text)),
        frozenset(days),
        frozenset(classed),
        frozenset(_CLASS_NAME[t] for t in classed if t in _CLASS_NAME),
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
    """Where both name a day, they name one in common."""
    return not a.days or not b.days or bool(a.days & b.days)


def outcomes_agree(a: FactTerms, b: FactTerms) -> bool:
    """Where both name an event of :data:`SYNONYM_CLASSES`, they name one in common: workers
    injured and workers killed, a rate that rose and one that fell, a minister who resigned
    and one who was arrested are two facts (or a contradiction), however many other words the
    sentences share."""
    return not a.classes or not b.classes or bool(a.classes & b.classes)


def near_fact(a: FactTerms, b: FactTerms) -> bool:
    """Whether two sentences *may* state the same fact: the looser test that keeps a brief
    from showing one fact twice in other words (one sentence's figures may be a subset of
    the other's: "6.1% in May" and "6.1% in May, three times the target"). It never credits an outlet (that takes
    :func:`same_fact`); a false hit here only drops a bullet."""
    fewer, more = sorted((a.numbers, b.numbers), key=len)
    if a.negated != b.negated or not fewer <= more or not days_agree(a, b):
        return False
    if not outcomes_agree(a, b):
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
    if not outcomes_agree(a, b):
        return False
    if similarity(a, b) >= SAME_FACT_DICE:
        return True
    shared = len(a.terms & b.terms)
    return shared >= MIN_SHARED_TERMS and containment(a, b) >= SAME_FACT_CONTAINMENT
