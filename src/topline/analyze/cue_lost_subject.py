"""A frame whose subject the parse lost to an apposition: "As a part of his plea, Marcel Lazar,
44, said that he …", "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the
boycott, said he and other rabbis were alarmed …".

Why a module of its own: behind a long apposition (an age, a place with commas, a participle)
the small model hangs the name on something else (an apposition of "plea", the subject of a
clause it invents) and the speech verb is left with no subject, so the report was dropped
whole (tenth #18 round, docs/quotes.md). The name is read off the surface instead: a person
the recogniser tagged, opening the sentence or its clause after an introductory phrase, then
nothing but its comma-set apposition before the verb. The same loss when the parse ran two
sentences into one (a caption with no stop before the next sentence) is read by
:func:`run_on_subject`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from topline.analyze.cue_parts import Cue
from topline.cue_lexicon import SPEECH_VERBS
from topline.nlp import doc_text

__all__ = ["run_on_subject", "with_lost_subject"]

#: Tags of a finite verb (a frame of its own).
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Characters that never stand between a name and its verb in this shape.
_BREAKS = ("\n", '"', "“", "”", "''")


def with_lost_subject(doc: Doc, cue: Cue) -> Cue:
    """``cue`` with the person named before its comma-set apposition as its speaker, when the
    cue has no speaker and that shape holds; else ``cue`` unchanged."""
    verb = doc[cue.verb]
    if cue.speakers or verb.tag_ not in _FINITE or verb.dep_ != "ROOT":
        return cue
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "agent", "expl"} for c in verb.children):
        return cue
    text = doc_text(doc)
    sent = verb.sent
    for ent in sent.ents:
        if ent.label_ != "PERSON" or ent.end_char >= verb.idx:
            continue
        between = text[ent.end_char : verb.idx].strip()
        if len(between) < 2 or not between.startswith(",") or not between.endswith(","):
            continue
        if any(b in between for b in _BREAKS):
            continue
        if any(t.lemma_.lower() in SPEECH_VERBS for t in doc[ent.end : verb.i]):
            continue  # "Trump, later alleging that …, said": a report of its own between
        before = text[sent.start_char : ent.start_char].strip()
        if before and not before.endswith(","):
            continue  # the name must open the sentence or follow an introductory phrase
        end = verb.idx
        while end > ent.end_char and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1
        # the whole phrase that says who, as the surface shows it (the parse did not build it)
        return replace(cue, speakers=(ent.root.i,), speaker_span=(ent.start_char, end))
    return cue


def run_on_subject(verb: Token) -> Token | None:
    """The person who says, when the parse ran two sentences into one: "… from a concert
    The teen's attorney, John Waldron, said Thursday he believes …" (a caption with no stop
    before the next sentence) makes "said" a conjunct of the caption's verb, sharing its
    subject, and hangs the name on the caption's last noun. A speech verb joined with no
    "and"/"but", right after a comma-set person the recogniser tagged, has that person (with
    the noun it is apposed to, "the teen's attorney") for its subject; None otherwise."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ != "conj" or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None
    last = doc[verb.i - 2]
    if last.ent_type_ != "PERSON" or last.ent_iob_ == "O" or last.i + 1 != verb.i - 1:
        return None
    node = last
    while node.dep_ in {"compound", "flat"} and node.head.i > node.i:
        node = node.head
    if node.i != last.i or node.dep_ != "appos":
        return None
    noun = node.head
    if noun.pos_ == "NOUN" and noun.dep_ == "appos" and noun.left_edge.i > head.i:
        return noun  # "the teen's attorney, John Waldron,"
    return node if node.left_edge.i > head.i else None
