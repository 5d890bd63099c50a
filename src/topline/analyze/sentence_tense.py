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
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from topline.model import Span
from topline.nlp import doc_sents

#: Dependency labels of the auxiliaries of a verb group.
_AUX_DEPS = frozenset({"aux", "auxpass"})
#: Penn tags of a present-tense finite verb.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def sentence_tenses(doc: Doc, pieces: Sequence[Span]) -> list[str]:
    """The tense of each piece (character spans of ``doc``'s text): the tense of the root
    of spaCy's sentence holding the piece's start, when that root lies inside the piece
    (a piece cut from a sentence at a line break may lose it: then ``""``)."""
    sents = doc_sents(doc)
    starts = [s.start_char for s in sents]
    out: list[str] = []
    for piece in pieces:
        k = bisect.bisect_right(starts, piece.start) - 1
        root = sents[k].root if k >= 0 else None
        if root is None or not piece.start <= root.idx < piece.end:
            out.append("")
            continue
        out.append(told_tense(root))
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
