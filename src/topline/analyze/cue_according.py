"""The nominal cue "according to X": its source and the content on either side of it."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokSpan

from topline.analyze.cue_parts import Cue, conjuncts, line_bounds, trim_span
from topline.nlp import doc_text

__all__ = ["according_cue"]


def according_cue(doc: Doc, sent: TokSpan, tok: Token) -> Cue | None:
    to = doc[tok.i + 1]
    pobj = [c for c in to.children if c.dep_ == "pobj"]
    if not pobj:
        pobj = [c for c in tok.children if c.dep_ == "pobj"]
    if not pobj:
        nxt = tok.i + 2
        if nxt < sent.end and doc[nxt].pos_ in {"PROPN", "NOUN", "DET"}:
            head = doc[nxt]
            while (
                head.head.i != head.i
                and head.head.i > tok.i + 1
                and head.head.i < sent.end
                and head.dep_ in {"det", "compound", "amod"}
            ):
                head = head.head
            pobj = [head]
    if not pobj:
        return None
    phrase = [t.i for t in pobj[0].subtree] + [tok.i, to.i]
    lo, hi = min(phrase), max(phrase)
    line_start, line_end = line_bounds(doc_text(doc), sent, tok.idx)
    left = trim_span(doc_text(doc), line_start, doc[lo].idx)
    right = trim_span(doc_text(doc), doc[hi].idx + len(doc[hi]), line_end)
    if left is None and right is None:
        # "According to X, the move reeks of …" parsed as one phrase (a verb taken for a
        # noun in apposition): a report is never only its source, so the phrase ends at
        # the first comma after the source's head and the rest is the content
        comma = next((t for t in doc[pobj[0].i + 1 : hi + 1] if t.text == ","), None)
        if comma is not None:
            hi = comma.i - 1
            right = trim_span(doc_text(doc), comma.idx + 1, line_end)
    cands = [c for c in (left, right) if c is not None]
    content = max(cands, key=lambda c: c[1] - c[0]) if cands else None
    more = None
    text = doc_text(doc)
    enclosed = (
        lo > sent.start
        and doc[lo - 1].text == ","
        and text[doc[hi].idx + len(doc[hi]) :].startswith(",")
    )
    if left is not None and right is not None and enclosed and text[right[0]] not in "“\"‘'":
        # "The top 1 percent paid 25.4 percent, according to the CBO, and the top 10 …"
        content, more = left, right
    return Cue(
        tok.i,
        tok.idx,
        to.idx + len(to),
        conjuncts(pobj[0]),
        content,
        according=True,
        frame=(doc[lo].idx, doc[hi].idx + len(doc[hi])),
        more=more,
    )
