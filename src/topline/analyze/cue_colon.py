"""A message announced before a colon and stated after it, without quotation marks.

"The party's leaders sent Mr. Trump an unmistakable message: He is hurting the party and
must stop." / "Harry Reid has some advice for Democrats: Don't underestimate Donald Trump."
The verb ("sent", "has", "presented") reports nothing by itself; its object is a noun of
something said (:data:`MESSAGE_NOUNS`), and what follows the colon, to the end of that
sentence, is what was said. The subject holds it (someone who can be a source). A quotation
after the colon is left to the quote rules (a colon after any verb, docs/quotes.md), and a
verb that is a cue of its own is read by its own rule first.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokSpan

from topline.analyze.cue_beyond import source_subject
from topline.analyze.cue_parts import Cue, line_bounds, trim_span
from topline.nlp import doc_text

__all__ = ["MESSAGE_NOUNS", "message_colon_cue"]

#: Nouns of something said whose words a colon may introduce ("one message:", "some advice
#: for Democrats:", "a blunt answer:", "two main questions:", "the same arguments:").
MESSAGE_NOUNS = frozenset(
    "message messages advice answer answers argument arguments warning warnings question "
    "questions plea verdict proclamation prediction request demand demands lesson "
    "retort reply response".split()
)
#: Marks that open a quotation: after the colon they leave the words to the quote rules.
_OPENING_MARKS = frozenset("“\"‘'")


def message_colon_cue(doc: Doc, sent: TokSpan, verb: Token) -> Cue | None:
    """The cue of "X sent an unmistakable message: …" (module docstring), if ``verb`` is one."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or not _names_message(obj):
        return None
    # the parse often hangs the words after the colon on the object: the colon is the
    # first one after the object's head, not after its subtree
    colon = next((t for t in doc[obj.i + 1 : sent.end] if t.text == ":"), None)
    if colon is None or any(
        t.pos_ in {"VERB", "AUX"} and t.head.i == verb.i for t in doc[obj.i + 1 : colon.i]
    ):
        return None  # a clause of its own before the colon: the colon is not the object's
    speakers = source_subject(verb)
    if not speakers:
        return None
    text = doc_text(doc)
    start = colon.idx + 1
    after = text[start:].lstrip()
    if not after or after[0] in _OPENING_MARKS:
        return None
    if colon.i + 1 >= len(doc):
        return None
    nxt = doc[colon.i + 1]
    _, line_end = line_bounds(text, nxt.sent, nxt.idx)
    end = min(line_end, nxt.sent.end_char)
    content = trim_span(text, start, end)
    if content is None or "\n" in text[start : content[0]]:
        return None
    return Cue(verb.i, verb.idx, colon.idx + 1, speakers, content)


def _names_message(obj: Token) -> bool:
    """The object is a noun of something said, or a share of such nouns ("many of the same
    arguments")."""
    if obj.lemma_.lower() in MESSAGE_NOUNS or obj.lower_ in MESSAGE_NOUNS:
        return True
    return any(
        g.dep_ == "pobj" and (g.lemma_.lower() in MESSAGE_NOUNS or g.lower_ in MESSAGE_NOUNS)
        for p in obj.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
    )
