"""A "that"-clause told to someone whose parse hangs it on a noun: "He told Clinton at a debate
that Americans were sick of her emails", "he told a meeting of island leaders that few people
understood the stakes".

Why a module of its own: after a verb of telling with its addressee (and a place or time), the
small model often reads "that …" as a relative clause of the last noun ("debate", "leaders")
instead of the verb's complement, so the report PolNeAR marks was missed (tenth #18 round,
docs/quotes.md). The shape is told apart from a true relative clause by "that" being the
clause's complementizer (``mark``) with a subject of the clause's own ("a meeting of leaders
that supported him": "that" is the subject, a relative clause, no report).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from topline.analyze.cue_beyond import source_subject
from topline.analyze.cue_parts import Cue, before_aside, cue_extent, cue_lemma, trim_span
from topline.cue_lexicon import CONTENT_DEPS
from topline.nlp import doc_text

__all__ = ["told_that_cue"]

#: Verbs of telling someone something.
TELLING_VERBS = frozenset(
    {"tell", "inform", "assure", "remind", "warn", "promise", "convince", "notify", "advise"}
)
#: Where the addressee or a place or time of the telling hangs on the verb.
_ADDRESS_DEPS = frozenset({"dobj", "dative", "prep", "npadvmod"})


def told_that_cue(doc: Doc, verb: Token) -> Cue | None:
    """The report of a verb of telling whose "that"-clause the parse hung on a noun of its
    addressee or adjunct; None for any other shape (the speech rule reads those)."""
    if cue_lemma(verb) not in TELLING_VERBS:
        return None
    if any(c.dep_ in CONTENT_DEPS for c in verb.children):
        return None  # the parse found the complement: the speech rule's case
    clause = _misplaced_clause(verb)
    if clause is None:
        return None
    speakers = source_subject(verb)
    if not speakers:
        return None
    start = clause.left_edge.i
    end = before_aside(doc, start, clause.right_edge.i)
    content = trim_span(doc_text(doc), doc[start].idx, doc[end].idx + len(doc[end]))
    if content is None:
        return None
    cue_start, cue_end = cue_extent(verb)
    return Cue(verb.i, cue_start, cue_end, speakers, content)


def _misplaced_clause(verb: Token) -> Token | None:
    """A clause opened by the complementizer "that", with its own subject, hung as a
    relative or adnominal clause on a noun after the verb (in its addressee or adjunct)."""
    for child in verb.rights:
        if child.dep_ not in _ADDRESS_DEPS:
            continue
        for tok in child.subtree:
            if tok.dep_ not in {"relcl", "acl"} or tok.i <= child.i:
                continue
            opener = tok.left_edge
            if opener.lower_ != "that" or opener.dep_ != "mark" or opener.head.i != tok.i:
                continue
            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
                return tok
    return None
