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
  not one cancelled "this year"; "in March" agrees with "on 5 March", "in the autumn" with
  "in October" but not with "in the spring");
- both state the fact as done, or both as not (yet) done: "may cut 300 jobs", "plans to sell",
  "pledged to cut", "is in talks to buy", "faces a fine", "investigating whether … overcharged",
  "is expected to raise", "accused … of lying" are not the cuts, the sale, the fine, the
  overcharging, the rise or the lie (:data:`UNREALISED`);
- where both sentences' analyses give events (actor — action — target), they share an action
  (stems or a synonym class), done to the same thing where both name it: "detained" /
  "praised the driver", "destroyed" / "was started", "searched the home" / "searched the
  office" are two facts however many names they share; an action with no object happens to
  the same thing ("ticket prices rose 5%" / "attendance rose 5%" are two facts); the same
  action does not reach another thing by one preposition ("cut power to the hospital" / "to
  the airport"); an action the event reader leaves to speech ("questioned") is read from the
  words; and no shared action is told with its actor and target swapped ("Aldport beat
  Kenmore" / "Kenmore beat Aldport", also where the parse lost the object);
- where both name an outcome of :data:`SYNONYM_CLASSES`, they name one in common (an injury
  never matches a death, a rise a fall, a resignation an arrest; the fire both name is not
  an outcome: :data:`THING_CLASSES`);
- a negated sentence never matches an affirmative one ("was not occupied" / "was occupied";
  "nobody", "nothing" and "nowhere" negate too, and "no one" is not the figure 1); a word of
  :data:`UNHARMED` says "not harmed" ("data appeared to be safe" is told as "no sign data had
  been taken");
- two negated sentences deny the same thing: what each denies (the first content word after
  its negation, past the frame of :data:`.story_lexicon.DENIAL_FRAME`: evidence, sign, risk, decision, ruled
  out …) is a word of the other; "found no evidence that the pilots had been drinking" and
  "found no evidence of a fault in the engines" share only their frame (:func:`denials_meet`);
- their term overlap must reach :data:`SAME_FACT_DICE` (Dice coefficient), or the shorter one
  must be almost wholly contained in the longer (:data:`SAME_FACT_CONTAINMENT`, with at least
  :data:`MIN_SHARED_TERMS` terms in common), which is how a rewrite that adds a clause reads.

The looser :func:`near_fact` only keeps one brief from showing a fact twice (it never credits
an outlet). It also reads words that news reports use for one another about the same event as
one term (:data:`SYNONYM_CLASSES`: "hurt" / "injured", "blaze" / "fire", "stepped down" /
"resigned"), so that "No one was hurt in the blaze" and "Nobody was injured in the fire" are
not shown twice; crediting an outlet still takes its own words.

The words it reads (synonym classes, hedges, stop words) and the reading of a sentence's
events are in :mod:`.story_lexicon`.

The thresholds are justified on the synthetic multi-outlet set (``benchmarks/story_brief.py``
prints the same-fact precision and recall at each threshold): they are the lowest values at
which no pair of different facts of one story matches.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from topline.brief.story_lexicon import (
    CLASS_NAME,
    CLASS_OF,
    NEGATION,
    NO_ONE,
    PHRASE,
    PHRASES,
    STEMMER,
    STOP,
    THING_CLASSES,
    UNHARMED,
    UNREALISED,
    WORD,
    Act,
    denied,
    number,
)

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
#: Whether :func:`near_fact` also keeps two denials of different things apart
#: (:func:`denials_meet`; :func:`same_fact` always does). Off: on the labelled pairs it removes
#: every wrong join of two denials (eighth batch: near-fact P 0.455 -> 1.000), but on the hard
#: story set it showed two facts twice ("a vote of no confidence in Okafor" / "would face a
#: vote of no confidence"; "no intention of resigning" / "I am going nowhere"), where a
#: denial is told in other words or "no" is part of a name for the thing.
NEAR_DENIALS = False


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
    #: The first content term a negation of the sentence governs, past the frame of the
    #: denial (:func:`denied`): "pilot" in "no evidence that the pilots had been drinking".
    denied: str | None = None
    #: ``denied`` read as its :data:`SYNONYM_CLASSES` class ("hurt" and "injured" are one).
    denied_class: str | None = None

    @property
    def near_terms(self) -> frozenset[str]:
        return self.classed if NEAR_SYNONYMS and self.classed else self.terms


def fact_terms(text: str, days: Iterable[str] = (), acts: Iterable[Act] = ()) -> FactTerms:
    """The content terms, figures and polarity of one sentence (``days``: resolved dates as
    ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``acts``: its events, :func:`act`)."""
    terms: set[str] = set()
    classed: set[str] = set()
    numbers: set[str] = set()
    text = NO_ONE.sub("nobody", text)
    phrases = [PHRASES[" ".join(m.group(0).lower().split())] for m in PHRASE.finditer(text)]
    classed.update(CLASS_OF[p] for p in phrases)
    for token in WORD.findall(text):
        figure = number(token)
        if figure is not None:
            numbers.add(figure)
            continue
        word = token.lower().replace("’", "'").strip("'-")
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) >= 3 and word not in STOP:
            terms.add(STEMMER.stemWord(word))
        if word in CLASS_OF:
            classed.add(CLASS_OF[word])
        elif len(word) >= 3 and word not in STOP:
            classed.add(STEMMER.stemWord(word))
    return FactTerms(
        frozenset(terms),
        frozenset(numbers),
        bool(NEGATION.search(text)) != bool(UNHARMED.search(text)),
        frozenset(days),
        frozenset(classed),
        frozenset(CLASS_NAME[t] for t in classed if t in CLASS_NAME),
        bool(UNREALISED.search(text)),
        tuple(a for a in acts if a.verb),
        *(denied(text) or (None, None)),
    )


#: A denied word meets a word of the other sentence that it begins, or that begins it, from
#: this many letters: stems of irregular forms differ in their ending ("taking" / "taken").
DENIED_PREFIX = 4


def _denial_in(term: str | None, cls: str | None, other: FactTerms) -> bool:
    if term is None:
        return False
    if term in other.terms or cls in other.near_terms:
        return True
    return any(
        min(len(term), len(t)) >= DENIED_PREFIX and (t.startswith(term) or term.startswith(t))
        for t in other.terms
    )


def denials_meet(a: FactTerms, b: FactTerms) -> bool:
    """Two negated sentences deny the same thing: what each denies is a word of the other (its
    frame aside; a denial with no content word asks nothing). "No customer passwords were
    stolen" and "no indication that customers' passwords were taken" meet; "no evidence that
    the pilots had been drinking" and "no evidence of a fault in the engines" do not, nor do
    "no evidence that the cables had been cut" and "no evidence of corrosion in the cables'
    anchors" (the second names the cables, but denies corrosion). Affirmative sentences
    always meet."""
    if not a.negated or not b.negated or (a.denied is None and b.denied is None):
        return True
    return (a.denied is None or _denial_in(a.denied, a.denied_class, b)) and (
        b.denied is None or _denial_in(b.denied, b.denied_class, a)
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
    return not a.days or not b.days or any(_times_meet(x, y) for x in a.days for y in b.days)


#: The months of each season of a resolved date ("2024-FA": autumn 2024).
SEASON_MONTHS = {
    "SP": ("03", "04", "05"),
    "SU": ("06", "07", "08"),
    "FA": ("09", "10", "11"),
    "WI": ("12", "01", "02"),
}


def _times_meet(x: str, y: str) -> bool:
    """Two calendar times overlap: one is the other at a coarser grain ("2024" / "2024-03-05"),
    or a season holds the month ("2024-FA" / "2024-10"; autumn is not spring)."""
    if x.startswith(y) or y.startswith(x):
        return True
    for season, other in ((x, y), (y, x)):
        months = SEASON_MONTHS.get(season[5:])
        if months and other[:4] == season[:4] and other[5:7] in months:
            return True
    return False


def acts_agree(a: FactTerms, b: FactTerms) -> bool:
    """Where both sentences' events are known, they share an action done to the same thing
    where both name it ("detained" / "praised the driver" are two facts; "a fire tore through
    the plant, killing 12" and "12 died when fire swept through the plant" share the
    killing), and no shared action has its actor and target swapped. One shared action, not
    all: a sentence of two clauses often tells its second clause in other words than another
    outlet's."""
    if not a.acts or not b.acts:
        return True

    if not any(_one_act(x, y, a, b) for x in a.acts for y in b.acts) and not (
        _told(a, b) or _told(b, a)
    ):
        return False
    return not any(
        x.verb & y.verb and (_swapped(x, y, a) or _swapped(y, x, b)) for x in a.acts for y in b.acts
    )


def _told(a: FactTerms, b: FactTerms) -> bool:
    """An action of ``a`` that ``b``'s words tell though ``b``'s analysis has no event of it:
    the parse misses events ("Tarvin said on Monday it had cut 400 jobs because demand had
    fallen" gives only the fall), so an action the other sentence has as a word, with no event
    of that verb, is not a different action."""
    return any(x.head & b.near_terms and not any(x.verb & y.verb for y in b.acts) for x in a.acts)


def _one_act(x: Act, y: Act, a: FactTerms, b: FactTerms) -> bool:
    """The same action done to the same thing where both name what it was done to ("searched
    the home" / "searched the office" are two searches), and, for an action with no object
    ("prices rose", "attendance rose"), happening to the same thing: its subject is then what
    changed, and a subject the other sentence never names is another thing."""
    if not x.verb & y.verb or _other_complement(x, y):
        return False
    if x.target and y.target:
        return bool(x.target & y.target)
    if x.target or y.target or not x.actor or not y.actor:
        return True
    return bool(x.actor & b.terms or y.actor & a.terms)


def _other_complement(x: Act, y: Act) -> bool:
    """Both actions have a phrase of the same preposition with nothing in common: "cut power
    to the hospital" / "to the airport", "charged with fraud" / "with theft"."""
    if x.complement is None or y.complement is None:
        return False
    (px, wx), (py, wy) = x.complement, y.complement
    return px == py and not wx & wy


def _swapped(x: Act, y: Act, a: FactTerms) -> bool:
    """``x``'s actor is ``y``'s target, not ``y``'s actor, and both actions have an actor
    and a target ("Quint agreed to buy its rival" / "Delmar agreed to buy its rival Quint") or
    ``x``'s sentence (``a``) names ``y``'s actor, as no action's actor, where its parse gave no
    target ("Hollin Town beat Aysgarth 3-1"); an intransitive one is not a swap: "two
    passengers died" has them as its actor, "the grounding killed two passengers" as its
    target, and "twelve workers died when fire swept through the plant" names the fire as the
    actor of its sweep."""
    if not x.actor & y.target or x.actor & y.actor or not y.actor:
        return False
    if x.target:
        return True
    return y.actor <= a.terms and not any(y.actor & z.actor for z in a.acts)


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
    if NEAR_DENIALS and not denials_meet(a, b):
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
    if not denials_meet(a, b):
        return False
    if similarity(a, b) >= SAME_FACT_DICE:
        return True
    shared = len(a.terms & b.terms)
    return shared >= MIN_SHARED_TERMS and containment(a, b) >= SAME_FACT_CONTAINMENT
