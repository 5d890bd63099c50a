"""The tense of what a sentence tells, read at its root verb: past, present, perfect, modal.

Why it exists (the fifteenth session's editorial lane): Key background showed sentences told
in the present that only mention a past time ("Kasich is reflecting on … 1987", "The ad
slams Kasich for voting … in 1994", "The numbers represent a reversal from Gallup's survey
in early March"). Whether a sentence tells an earlier event or today's observation is a
matter of its main verb's tense, which only the tagger can read (a word list cannot tell
"put" or "cut" apart, nor find the main verb); the brief never parses again, so the
analysis pass records it per sentence (:attr:`topline.model.Sentence.tense`).

The reading is the finite verb of the root's verb group: the first auxiliary before the
root, or the root itself. A modal ("will", "would", "could") makes it ``"modal"``; a past
form ``"past"`` (a past perfect too: "had left"); a present form ``"present"``, or
``"perfect"`` when it is "has"/"have" with a participle ("has blasted"): the present
perfect tells a past event from today, and stays an earlier event. A present verb with a
clausal complement reports or judges it ("Smith says he left in 2010"): the complement's
tense is what the sentence tells (:func:`told_tense`). No finite verb (a caption, a
fragment, an infinitive): ``""``.

The same parse says which stretches of a sentence lie outside the clause it tells
(:func:`off_clause_spans`, the seventeenth session): a time there dates another event or
names a thing ("Ever since Ailes helped found Fox News in 1996, the network has provided
…", "Judicial Watch said the finding raised questions about her statement in an Aug. 8,
2015, affidavit", "going back to Bush in 2000"), not the sentence's own event, so Key
background does not date the sentence by it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from topline.model import Span
from topline.nlp import doc_sents, token_table

#: Dependency labels of the auxiliaries of a verb group.
_AUX_DEPS = frozenset({"aux", "auxpass"})
#: Penn tags of a present-tense finite verb.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def sentence_tenses(doc: Doc, pieces: Sequence[Span]) -> list[str]:
    """The tense of each piece (:func:`sentence_readings`)."""
    return [tense for tense, _ in sentence_readings(doc, pieces)]


def sentence_readings(doc: Doc, pieces: Sequence[Span]) -> list[tuple[str, tuple[Span, ...]]]:
    """The tense of each piece (character spans of ``doc``'s text) and the stretches of it
    outside its told clause (:func:`off_clause_spans`), read at the root of spaCy's sentence
    holding the piece's start, when that root lies inside the piece (a piece cut from a
    sentence at a line break may lose it: then ``""`` and no stretches)."""
    sents = doc_sents(doc)
    starts = [s.start_char for s in sents]
    out: list[tuple[str, tuple[Span, ...]]] = []
    times = time_tokens(doc)
    for piece in pieces:
        k = bisect.bisect_right(starts, piece.start) - 1
        root = sents[k].root if k >= 0 else None
        if root is None or not piece.start <= root.idx < piece.end:
            out.append(("", ()))
            continue
        out.append((told_tense(root), off_clause_spans(sents[k], root, piece, times)))
    return out


def told_tense(root: Token) -> str:
    """The tense of the clause ``root`` heads (see the module docstring). A present root is
    read further: a clausal complement is what it reports or judges, and its tense is told
    ("says he left in 2010", "Surveys show that support shifted in 2014"; ``""`` when the
    complement has none the tagger reads); a main clause joined to it in the past tells a
    past event too ("Clinton is 69, and the scandal happened two decades ago"); and a
    perfect infinitive after it is a past ("appears to have declined")."""
    tense = verb_group_tense(root)
    if tense != "present":
        return tense
    for child in root.children:
        if child.dep_ == "ccomp":
            return verb_group_tense(child)
    for child in root.children:
        if child.dep_ == "conj" and verb_group_tense(child) in {"past", "perfect"}:
            return "past"
        if child.dep_ == "xcomp" and _perfect_infinitive(child):
            return "past"
    return tense


def _perfect_infinitive(verb: Token) -> bool:
    """ "to have declined": "to" and "have" before a participle."""
    words = {c.lower_ for c in verb.children if c.dep_ in _AUX_DEPS and c.i < verb.i}
    return {"to", "have"} <= words


def verb_group_tense(verb: Token) -> str:
    """``"past"``, ``"present"``, ``"perfect"``, ``"modal"`` or ``""``: the form of the
    verb group's finite word (its first auxiliary, else the verb itself)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return ""
    auxiliaries = [c for c in verb.children if c.dep_ in _AUX_DEPS and c.i < verb.i]
    finite = auxiliaries[0] if auxiliaries else verb
    if finite.tag_ == "MD":
        return "modal"
    if finite.tag_ == "VBD":
        return "past"
    if finite.tag_ not in _PRESENT_TAGS:
        return ""  # an infinitive ("to"), a participle alone, a base form
    if finite.lemma_.lower() == "have" and finite is not verb:
        return "perfect"  # "has blasted", "have been told"
    return "present"


#: Dependency labels on the way from a time up to its clause's verb that make the time that
#: verb's own: a prepositional phrase and its object, a bare noun or adverb of time, and the
#: words of such a phrase ("in late March", "three or four months ago", "between 2000 and
#: 2012", "at a March meeting", "in a May 4 letter"). A time reached through the verb's
#: subject or object ("the 2012 election", "questions about her statement in an Aug. 8
#: affidavit") names a thing, not when the clause happened.
_TIME_PATH = frozenset(
    """prep pobj npadvmod advmod tmod obl nummod compound amod nmod poss det quantmod conj cc
    case punct appos predet nounmod agent""".split()
)
#: A verb's subject or object: the climb from a time may pass through one
#: (:func:`_anchored`).
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Clauses joined to a told clause that tell the sentence's events with it: a coordinated
#: clause, what is reported or judged, an infinitive complement, a parenthetical clause.
_TOLD_CLAUSES = frozenset({"conj", "ccomp", "xcomp", "parataxis"})
#: Subordinators of an adverbial clause that place its event beside the main one ("when he
#: resigned in 2011", "although he ran in 2013"). "since" names a start the main clause
#: runs on from ("Ever since … in 1996, the network has provided"); a participle with no
#: subordinator ("going back to Bush in 2000") tells an aside.
_TOLD_MARKS = frozenset(
    """when whenever while after before once until till although though because whereas
    as""".split()
)
#: The links of a participle's or an infinitive's clause to what it hangs on
#: (:func:`_non_finite`).
_NON_FINITE_LINKS = frozenset({"acl", "advcl", "xcomp", "pcomp"})
#: A copula's predicate, which the parse may make the head of the clause's adverbial
#: clauses.
_PREDICATES = frozenset({"acomp", "attr"})
#: The tagger's entity types of a time: with numbers, the only words a timex is read in.
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
#: Verb-like parts of speech: a time's climb stops at the first one.
_VERBS = frozenset({"VERB", "AUX"})


def _told_clauses(root: Token) -> set[int]:
    """The token indices of the verbs whose clauses a sentence tells: its root, and what is
    coordinated with it, reported by it or placed beside it (:data:`_TOLD_CLAUSES`,
    :data:`_TOLD_MARKS`)."""
    told = {root.i}
    todo = [root]
    while todo:
        verb = todo.pop()
        for child in verb.children:
            if child.i in told:
                continue
            if child.dep_ in _PREDICATES:
                told.add(child.i)  # "was worth $500 million when it went public in 2014"
                todo.append(child)
                continue
            if child.pos_ not in _VERBS:
                continue
            joined = child.dep_ in _TOLD_CLAUSES or (
                child.dep_ == "advcl"
                and any(
                    m.dep_ in {"mark", "advmod"} and m.lower_ in _TOLD_MARKS and m.i < child.i
                    for m in child.children
                )  # "while" is the clause's mark, "when" its adverb
            )
            if joined:
                told.add(child.i)
                todo.append(child)
    return told


def _non_finite(verb: Token) -> bool:
    """A participle or an infinitive heading a clause of its own ("winning six medals at
    the 1992 Games", "a survey released last year", "to manage the club in 2016"): it has
    no tense of its own and takes its time from the clause it hangs in. Not a "since"
    clause, which names a start the main clause runs on from."""
    if verb.dep_ not in _NON_FINITE_LINKS:
        return False
    if verb.tag_ not in {"VBG", "VBN"} and not (
        verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return False
    return not any(c.lower_ == "since" for c in verb.children if c.dep_ in {"mark", "advmod"})


def _anchored(token: Token, root: Token, told: set[int]) -> bool:
    """A time at ``token`` is the time of a told clause: climbing to the first verb above
    it (or the root) passes only through :data:`_TIME_PATH` links, and that verb is told.
    A verb the parse made a preposition ("following a vote in 2001") is climbed past.
    The climb may also pass once through the clause's subject or object
    (:data:`_ARGUMENTS`), when the time is that noun's own modifier or a phrase hung
    directly on it: the parse hangs a verb's time on its object as often as on the verb
    ("co-sponsored bans in 2003"), and an event noun's date is its clause's ("A survey by
    the group in March found …", "A 2014 estimate projected …"). A date two phrases down
    ("questions about her statement in an Aug. 8 affidavit") names a thing, and "since"
    on a noun is a point of comparison ("its highest ratings since Jan. 7, 2012").

    A participle or an infinitive (:func:`_non_finite`) has no tense of its own: one on
    the way takes its time from the told clause above it when that clause is told in the
    past ("Storey began her career in the pool, winning six medals at the 1992 Games",
    "A survey released last year found …"); under a present or a perfect it is an aside
    to today's state ("Every nominee has spoken there, going back to Bush in 2000", "The
    five firms join the nine selected a year ago")."""
    node = token
    deps: list[Token] = []
    passed = False
    while node.i != root.i:
        if node.i != token.i and node.pos_ in _VERBS and node.dep_ != "prep":
            if node.i in told or passed or not _non_finite(node):
                break
            passed = True  # one participle or infinitive on the way
        deps.append(node)
        node = node.head
    if node.i not in told:
        return False
    if passed and verb_group_tense(node) != "past":
        return False
    links = _TIME_PATH | _NON_FINITE_LINKS if passed else _TIME_PATH
    if all(n.dep_ in links for n in deps):
        return True
    if not deps or deps[-1].dep_ not in _ARGUMENTS:
        return False
    inner = deps[:-1]
    preps = [n for n in inner if n.dep_ == "prep"]
    return (
        all(n.dep_ in links for n in inner)
        and len(preps) <= 1
        and not any(n.lower_ == "since" for n in preps)
    )


def time_tokens(doc: Doc) -> list[int]:
    """The indices of the words a timex can be read in: numbers and the tagger's dates and
    times, in order (made once per document)."""
    pos = token_table(doc).pos
    held = {i for i, tag in enumerate(pos) if tag == "NUM"}
    for ent in doc.ents:
        if ent.label_ in _TIME_ENTITIES:
            held.update(range(ent.start, ent.end))
    return sorted(held)


def off_clause_spans(
    sent: SpacySpan, root: Token, piece: Span, times: Sequence[int] | None = None
) -> tuple[Span, ...]:
    """The stretches of ``piece`` (character offsets) whose words are not tied to a clause
    the sentence tells (:func:`_anchored`): a time written there dates a relative or
    participial clause, a "since" clause, or names the subject's or object's thing. Only
    the words of :func:`time_tokens` (``times``, when the caller made them) are read: the
    stretches are where the brief may find a timex, not a parse of every word."""
    doc = sent.doc
    if times is None:
        times = time_tokens(doc)
    lo, hi = bisect.bisect_left(times, sent.start), bisect.bisect_left(times, sent.end)
    held = [doc[i] for i in times[lo:hi] if piece.start <= doc[i].idx < piece.end]
    if not held or root.pos_ not in _VERBS:
        return ()  # no time, or the parse found no main verb ("Only 360 Republicans
        # caucused …" read as a noun with a modifier): no told clause to measure against
    told = _told_clauses(root)
    spans: list[Span] = []
    for token in held:
        if _anchored(token, root, told):
            continue
        end = token.idx + len(token.text)
        if spans and spans[-1].end >= token.idx - 1:
            spans[-1] = Span(spans[-1].start, end)
        else:
            spans.append(Span(token.idx, end))
    return tuple(spans)
