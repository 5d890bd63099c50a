"""A standing measured by a poll, told after the verb: "Trump is ahead in public opinion polls
in Florida", "Cruz came in second in January polls", "she trails the senator in the
RealClearPolitics average by nine points".

Why a module of its own: :func:`topline.analyze.cue_frames.frame_phrase_cue` reads a poll
that opens its clause ("In the latest poll, Clinton led …"); the same finding told with the
poll after the verb had no cue at all, though the poll is as much its source (PolNeAR marks
the "in", the poll as the source and the clause without the phrase as the content: 14 of the
39 untouched gold relations cued by "in" on dev and the working train slices). Only the
nouns of a measurement of opinion count: "in the report" or "in the study" tells where
something was written, which the "In …," frame and the verbs of evidence already read.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokSpan

from topline.analyze.cue_beyond import beyond_kind
from topline.analyze.cue_parts import Cue, line_bounds, trim_span
from topline.cue_lexicon import SPEECH_VERBS
from topline.nlp import doc_text

__all__ = ["standing_cue"]

#: Nouns of a measurement of opinion whose standings a clause reports.
POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "average", "averages"})
#: Words that open a clause without being part of what it reports.
_OPENERS = frozenset({"mark", "cc", "punct", "advmod"})


def standing_cue(doc: Doc, sent: TokSpan, prep: Token) -> Cue | None:
    """The cue of "in <poll>" hung on a verb before it, or ``None``."""
    if prep.dep_ != "prep":
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or (pobj.lower_ not in POLL_NOUNS and pobj.lemma_.lower() not in POLL_NOUNS):
        return None
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i > prep.i:
        return None
    lemma = verb.lemma_.lower()
    if lemma in SPEECH_VERBS or beyond_kind(lemma) is not None:
        return None  # "said in a poll", "showed in the survey": the verb is the cue
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None  # a standing is someone's: "leading in the polls" with no subject is not
    if verb.dep_ == "relcl":
        return None  # "Carson, who leads in the polls": a description of the person
    lo = verb.left_edge.i
    while lo < verb.i and doc[lo].dep_ in _OPENERS and doc[lo].head.i == verb.i:
        lo += 1
    hi = verb.i
    for child in verb.rights:
        if child.i > prep.i and (child.dep_ in {"cc", "conj"} or child.text in {",", ";"}):
            break  # "… sagged in the polls and is coping with …": one standing, not the next
        hi = max(hi, child.right_edge.i)
    while hi > verb.i and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    if prep.right_edge.i >= hi:
        hi = prep.i - 1  # the phrase closes the clause: the standing ends before it
    if hi < lo:
        return None
    text = doc_text(doc)
    line_start, line_end = line_bounds(text, sent, prep.idx)
    start = max(doc[lo].idx, line_start, sent.start_char)
    end = min(doc[hi].idx + len(doc[hi]), line_end, sent.end_char)
    content = trim_span(text, start, end)
    if content is None:
        return None
    return Cue(
        prep.i,
        prep.idx,
        prep.idx + len(prep),
        (pobj.i,),
        content,
        according=True,
        kind="evidential",
    )
