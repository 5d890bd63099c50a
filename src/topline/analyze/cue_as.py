"""Idioms with "as" that frame words as someone's: "pounding Trump as a “con artist”" (any
verb that casts its object as a quoted description) and "as X put it" (a frame of its
subject's words). Split from :mod:`topline.analyze.cue_beyond`, whose subject rule they share.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from topline.analyze.cue_beyond import source_subject
from topline.analyze.cue_parts import (
    Cue,
    conjuncts,
    cue_extent,
    cue_lemma,
    line_bounds,
    quote_end,
    trim_span,
)
from topline.analyze.source_nouns import is_source_head
from topline.nlp import doc_text

__all__ = ["as_naming_cue", "as_put_cue"]


def as_naming_cue(doc: Doc, verb: Token) -> Cue | None:
    """ "pounding Trump as a “con artist”", "has gone after Trump as a “spoiled brat”": any
    verb that casts its object *as* a quoted description names it, whatever the verb (the
    content is the object with its description, as for "called it “a disgrace”")."""
    prep = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ == "as"
            and c.i > verb.i
            and any(t.is_quote for t in c.subtree)
        ),
        None,
    )
    if prep is None:
        return None
    obj: Token | None = None
    for c in verb.children:
        if verb.i < c.i < prep.i and c.dep_ == "dobj":
            obj = c
        elif verb.i < c.i < prep.i and c.dep_ == "prep" and obj is None:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
    speakers = source_subject(verb)
    if obj is None or not speakers:
        return None
    end = quote_end(doc, obj.left_edge.i, max(t.i for t in prep.subtree))
    content = trim_span(doc_text(doc), obj.left_edge.idx, doc[end].idx + len(doc[end]))
    if content is None:
        return None
    start, stop = cue_extent(verb)
    return Cue(verb.i, start, stop, speakers, content, naming=True, kind="stance")


def as_put_cue(doc: Doc, verb: Token) -> Cue | None:
    """ "As Ms. Simonyan put it in a statement, RT is …", "seen, as The New Yorker put it, as
    “the operator.”": the idiom frames what follows it (or, at the end of a sentence, what
    precedes it) as the words of its subject."""
    if cue_lemma(verb) != "put" or not any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
    ):
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if mark is None or subj is None or not is_source_head(subj):
        return None
    sent = verb.sent
    comma = next((t for t in doc[verb.i + 1 : sent.end] if t.text in {",", "—", ":"}), None)
    end = comma.i if comma is not None else sent.end
    text = doc_text(doc)
    line_start, line_end = line_bounds(text, sent, verb.idx)
    right = trim_span(text, doc[end - 1].idx + len(doc[end - 1]), line_end)
    left = trim_span(text, line_start, mark.idx)
    content = right if right is not None else left
    if content is None:
        return None
    start, stop = cue_extent(verb)
    return Cue(verb.i, start, stop, conjuncts(subj), content, kind="speech")
