"""A verb whose usual reading is a state or a perception, with a thing as its actor, is no act.

Political prose writes relations as transitive verbs with an abstract subject: "his plan
matches his rhetoric", "the candidates' plans don't hold out much cause for hope", "where
the race stands", "the policy would extend to …", "his Islamophobia doesn't reflect our
values". The guideline (section 1) counts stative relations and depictions as no events, but
the same verbs are acts with a person as subject ("Trump holds a rally", "she stood up",
"police saw the tweet"). Two lexical classes read from WordNet 3.0 decide it together, each
derived by ``benchmarks/wordnet_classes.py`` with thresholds set before any set was scored:

* :data:`STATE_OR_PERCEPTION`: verbs whose SemCor-tagged uses are most often
  ``verb.stative`` or ``verb.perception``, less the aspectual verbs (:data:`ASPECTUAL`: "the
  ban expired", "the war ended" are occurrences, events);
* the actor is a thing: a common noun WordNet knows with no sense in ``noun.person``,
  ``noun.group`` or ``noun.animal`` (``data/wordnet_thing_nouns.txt``) and not in the source
  lexicon's nouns of people (:mod:`topline.source_lexicon`), a sum or a law, or "it",
  "this", "that", "everything".

A name, a number ("65 showed up"), a share, a noun WordNet does not know ("envoy") or a
pronoun for people is never a thing here: the check refuses only where both classes agree. Kept apart from :mod:`topline.analyze.event_guideline` (closed lists
written from the guideline) because these classes come from a lexical resource.
"""

from __future__ import annotations

import functools
from importlib import resources

from spacy.tokens import Token

from topline.analyze.source_nouns import (
    COUNT_NOUNS,
    GROUP_NOUNS,
    PERSON_NOUNS,
    SHARE_NOUNS,
    TITLE_NOUNS,
    UNNAMED_NOUNS,
)

#: WordNet 3.0 verbs with a usual stative or perception reading (see the module docstring).
STATIVE_OR_PERCEPTION_READING = frozenset(
    "accommodate accompany accord ache adhere amount appear approximate arise attend average "
    "balance be bear behold belong blast boom bristle bury buzz camp can cease center clatter "
    "coincide combine compensate compose comprise conceal concern constitute contain continue "
    "contradict correspond cost could creak dangle define defy demonstrate depend deserve "
    "detect differ discern discontinue display dominate dwell embody embrace end endanger "
    "endure ensue entail epitomize equal exceed exhibit exist experience expire expose extend "
    "eye feature fit flank flash follow form gaze glance gleam glimpse glint glow hear "
    "hesitate hide hold house hover incline include incur inspect involve keep lack last lead "
    "lie line linger listen live lodge look loom lurk match matter may merit miss monitor "
    "necessitate need nest note notice number obscure observe occupy offset orient originate "
    "ought overhear overlap overlook parallel pause peer perceive perpetuate persist pertain "
    "populate pose possess postpone precede present preserve prevail protrude prove qualify "
    "quit rage range rattle reflect represent require resemble reside result reveal ring "
    "rustle satisfy scan screech scrutinize see seem sense separate serve show smell sniff "
    "soften sound span spend spot stare stem straddle stretch subject suit surround survive "
    "sustain taste tend total uncover undergo underlie violate wait watch waver weigh "
    "withstand witness would".split()
)
#: Aspectual verbs (Quirk et al. 1985, 16.39, catenatives of aspect) and their like: WordNet
#: files them as stative, but "the ban expired", "the case ended" are occurrences.
ASPECTUAL = frozenset(
    "begin start continue stop end cease finish quit resume pause persist keep terminate "
    "expire arise ensue".split()
)
STATE_OR_PERCEPTION = STATIVE_OR_PERCEPTION_READING - ASPECTUAL
#: The source lexicon's nouns of people, offices and groups (some also have a thing sense in
#: WordNet: "post", "paper", "side"); a person ending ("-ent", "-er") does not count here, as
#: WordNet knows the noun ("advertisement", "paper").
_PEOPLE = TITLE_NOUNS | UNNAMED_NOUNS | GROUP_NOUNS | PERSON_NOUNS
#: Pronouns that stand for a thing, never a person.
THING_PRONOUNS = frozenset("it this that everything something nothing anything".split())
#: Entity types that are never someone who acts.
#: (Not DATE: an age stands for a person, "The 37-year-old led".)
THING_ENTITIES = frozenset("MONEY LAW EVENT WORK_OF_ART PRODUCT LANGUAGE".split())


@functools.cache
def thing_nouns() -> frozenset[str]:
    """Nouns that name a thing, never someone who acts (``data/wordnet_thing_nouns.txt``)."""
    text = (
        resources.files("topline")
        .joinpath("data/wordnet_thing_nouns.txt")
        .read_text(encoding="utf-8")
    )
    return frozenset(w for w in text.split() if not w.startswith("#") and w.isalpha())


def is_thing(head: Token) -> bool:
    """Whether a noun phrase's head names a thing, not someone who can act."""
    if head.ent_type_:
        return head.ent_type_ in THING_ENTITIES
    if head.pos_ == "PRON":
        return head.lower_ in THING_PRONOUNS
    if head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    if lemma in COUNT_NOUNS or lemma in SHARE_NOUNS:
        return False  # "a handful dominated …": people counted
    return lemma in thing_nouns() and lemma not in _PEOPLE


def state_of_a_thing(lemma: str, actor: Token | None) -> bool:
    """ "his plan matches his rhetoric", "where the race stands": a verb of
    :data:`STATE_OR_PERCEPTION` whose actor is a thing (:func:`is_thing`)."""
    return actor is not None and lemma in STATE_OR_PERCEPTION and is_thing(actor)
