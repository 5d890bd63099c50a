"""Which verbs are events, and how far an action reaches (its ``xcomp`` chain).

Kept apart from :mod:`topline.analyze.events` (spans, times, places) and
:mod:`topline.analyze.event_roles` (actor and target): these are the checks that a token the
tagger calls a verb is an act of the story at all. Each guards against one class of text:

* a noun the tagger took for a verb ("a Six Nations clash", "title rivals Real Madrid"): it
  has a noun's dependents, or it is a "conjunct" with no conjunction before it;
* a light verb with a placeholder object ("to make it five wins") and the small clause it
  governs;
* "gone" / "come" as adjectives ("I want her gone");
* an action and its purpose written as one ("held on to claim the spot", "rushed in to stop
  the fight"): the infinitive right after the verb is part of the action, as ``xcomp`` is;
* an -ing form used as a preposition ("a stadium ban following the abandonment", "rivals
  including Spain");
* a role, not an act ("acting as a character reference", "plays the part of ambassador",
  "presents itself as a barometer"), a call for something and the cue of a quote (both
  attribution cues);
* a verb of speech with its topic and no object ("talked about criminal justice", "brags
  about his record", "commented on the ruling"): the attribution step reads it as a phrasal
  cue and reports the topic as its content, so it is not also an event (guideline, 4).
"""

from __future__ import annotations

from spacy.tokens import Token

from topline.analyze.cue_phrasal import OWN_WORDS_TOPIC_VERBS, phrasal_prep
from topline.analyze.event_guideline import REFLEXIVES

#: Dependents only a noun takes: a verb with one of them is a noun the tagger got wrong.
NOMINAL_DEPS = frozenset({"det", "compound", "nummod", "poss"})
#: Punctuation that joins two conjuncts (besides a conjunction between them).
JOINERS = frozenset({",", ";", "—", "–", "-"})
#: Participles that are adjectives after an object ("want her gone", "have him come").
ADJECTIVAL_PARTICIPLES = frozenset({"go", "come"})
#: -ing forms that English uses as prepositions (Quirk et al. 1985, 9.7, "marginal
#: prepositions"): "a ban following the abandonment", "eight teams including Spain",
#: "questions concerning the deal". Without a subject of their own they name no act.
PREPOSITIONAL_ING = frozenset(
    "following including excluding concerning regarding considering pending barring "
    "respecting".split()
)


def mistagged_noun(verb: Token) -> bool:
    """True for a noun the tagger took for a verb.

    A verb with a determiner, compound, number or possessor is a noun ("five Premier League
    wins"). A conjunct verb is a noun when nothing joins it to its head: "moved … in a Six
    Nations clash" (no "and", no comma between "moved" and "clash").
    """
    if any(c.dep_ in NOMINAL_DEPS for c in verb.children):
        return True
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return False
    lo, hi = sorted((verb.head.i, verb.i))
    joined = any(
        t.dep_ in {"cc", "preconj"} or t.text in JOINERS for t in verb.doc[lo + 1 : hi]
    ) or any(c.dep_ == "cc" for c in verb.children)
    return not joined


def prepositional_ing(verb: Token) -> bool:
    """ "Montenegro were hit with a stadium ban following the abandonment": an -ing form of
    :data:`PREPOSITIONAL_ING` hanging on a noun or a clause, with no subject, is a
    preposition. On a clause's subject it stays a verb: "the fans following the team bus
    cheered" (the fans follow it)."""
    if verb.tag_ != "VBG" or verb.lower_ not in PREPOSITIONAL_ING:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return False
    if verb.dep_ == "acl":
        return verb.head.dep_ not in {"nsubj", "nsubjpass"}
    return verb.dep_ in {"advcl", "prep", "pcomp"}


#: Verbs that with an "as" phrase give a role ("acting as a character reference", "serves as
#: chairman", "presents itself as a barometer"): a linking use, no act of the story.
ROLE_AS = frozenset({"act", "serve", "present", "pose"})
#: Objects that make "play" a role ("plays the part of Rust Belt ambassador").
ROLE_NOUNS = frozenset({"part", "role"})


def role_not_act(verb: Token) -> bool:
    """ "Obama, acting as a character reference, …", "Biden plays the part of ambassador":
    the verb says what someone is in the story, as a copula would ("the club acted after the
    game was scheduled" has no "as" and stays an act; "presents the award" has its own
    object). Any verb with a reflexive object and an "as" phrase is a self-description, what
    someone says they are ("is casting himself as a champion of the little guy", "markets
    herself as an outsider"): the guideline's naming with a predicative, not an act."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if lemma == "play":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ROLE_NOUNS for c in kids)
    if not any(c.dep_ == "prep" and c.lower_ == "as" for c in kids):
        return False
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ in REFLEXIVES:
        return True
    return obj is None and lemma in ROLE_AS


#: Closing quotation marks.
CLOSING_QUOTES = frozenset({"”", '"', "’", "''"})


def quote_cue(verb: Token) -> bool:
    """ "“Over my dead body,” Palin posted via Facebook": a verb right after a closed quote
    and its subject is the quote's cue, however it is said (posted, laughed, shouted); the
    attribution module reports it, and it has no object of its own."""
    if any(c.dep_ in {"dobj", "xcomp"} for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    first = subj.left_edge.i if subj is not None else verb.i
    i = first - 1
    while i >= 0 and verb.doc[i].text in {",", "—", "–"}:
        i -= 1
    if i < 1 or verb.doc[i].text not in CLOSING_QUOTES:
        return False
    # A straight quote closes only when glued to the word before it ("body,\" Palin posted");
    # one after a space opens the quote the verb sits in ('"I work here').
    return verb.doc[i].text == "”" or not verb.doc[i - 1].whitespace_


def call_for(verb: Token) -> bool:
    """ "Trump called for the president to resign", "was calling for change": a call for
    something is an attribution cue (issue #18's list), what is called for is its content;
    "called the police for help", "called a meeting" stay acts: "for" must follow the verb."""
    doc = verb.doc
    return (
        verb.lemma_.lower() == "call" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "for"
    )


def adjectival_participle(verb: Token) -> bool:
    """ "I want her gone": a bare "gone"/"come" with a subject is a state, not an act."""
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in ADJECTIVAL_PARTICIPLES
        and verb.dep_ in {"ccomp", "xcomp", "oprd"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def chain(verb: Token) -> list[Token]:
    """The verb and its open complements: voted → oust (``xcomp``), with particles.

    A purpose infinitive written right after the verb and its particle ("held on to claim",
    "rushed in to stop") joins the chain too: the parser calls it ``advcl``, but nothing
    stands between the two verbs, and a reader takes them as one action.
    """
    out = [verb]
    current = verb
    while True:
        nxt = next((c for c in current.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if nxt is None:
            nxt = _adjacent_purpose(current)
        if nxt is None or any(c.dep_ == "dobj" for c in current.children):
            return out
        if nxt.tag_ == "VBG" and any(c.dep_ == "nsubjpass" for c in current.children):
            return out  # "was seen leaving the embassy": two acts (see passive_controller)
        out.append(nxt)
        current = nxt


def _adjacent_purpose(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ != "advcl" or c.pos_ != "VERB" or c.i < verb.i:
            continue
        to = next((k for k in c.children if k.dep_ == "aux" and k.lower_ == "to"), None)
        if to is None or to.i != c.i - 1:
            continue
        between = verb.doc[verb.i + 1 : to.i]
        if all(t.dep_ == "prt" and t.head.i == verb.i for t in between):
            return c
    return None


def in_head_chain(verb: Token) -> bool:
    """A purpose infinitive already counted in its head's action (see :func:`chain`)."""
    return (
        verb.dep_ == "advcl"
        and verb.head.i != verb.i
        and verb.i in {v.i for v in chain(verb.head)[1:]}
    )


def dummy_object(verb: Token, target: Token | None) -> bool:
    """ "make it impossible", "make it five wins": the object is a placeholder "it"."""
    if target is not None:
        return target.lower_ == "it" or target.left_edge.lower_ == "it"
    return any(
        k.dep_ == "nsubj" and k.left_edge.lower_ == "it"
        for c in verb.children
        if c.dep_ in {"ccomp", "xcomp", "oprd"}
        for k in c.children
    ) or any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)


def under_light_verb(verb: Token) -> bool:
    """The small clause of a light "make it …" ("to make it five Premier League wins")."""
    head = verb.head
    return (
        verb.dep_ in {"ccomp", "xcomp", "oprd"}
        and head.i != verb.i
        and head.lemma_.lower() == "make"
        and dummy_object(head, None)
    )


#: Prepositions that name what talk is about (not whom it is aimed at: "against", "at").
TOPIC_PREPOSITIONS = frozenset({"about", "of", "on", "over"})


def spoken_topic(verb: Token) -> bool:
    """ "Clinton talked about criminal justice reform", "Trump brags about his debates": a verb
    of talking (the attribution step's own list) whose preposition that step reads as the
    topic of a phrasal cue is an attribution, as "said" is. Only without a direct object:
    "wrote a letter about the dam" is still an act (the letter); and only verbs of talking:
    "would focus on growth", "called on Obama to retaliate" are cues there but acts here; and
    only a topic ("about", "of", "on"): "railed against the provisions" is aimed at them, as
    "blasted Trump's call" is (the guideline's speech act aimed at a thing)."""
    if verb.lemma_.lower() not in OWN_WORDS_TOPIC_VERBS:
        return False
    if not any(
        c.dep_ == "prep" and c.i > verb.i and c.lower_ in TOPIC_PREPOSITIONS for c in verb.children
    ):
        return False  # most verbs: no topic after them, no cue to ask about
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children):
        return False
    return phrasal_prep(verb) is not None
