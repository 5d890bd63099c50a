"""A quote whose frame is itself reported: "“A,” X said, according to Y".

The words are X's, but the writer has them from Y (a paper, a transcript, a pool report):
the quote's *speaker* stays X (the brief shows who spoke, docs/quotes.md, "Who said it"),
and its *source*, whom the text credits for the report (``FoundQuote.sources``, which
become the quote's attributions), is Y, as annotated corpora of attribution mark it
(PolNeAR gives the relation Y's "according to" and X's frame inside its content).

The shape: a frame of a verb of speech set after its quotation or clause ("“A,” X said",
"A, X said"), inside the content of an "according to" that follows it in the same sentence,
with nothing between the frame and "according to" but the frame's own words (no quotation
mark, no sentence end). A report whose cue comes first ("X declined to renew the offer,
according to Y", "X has called for attacks, according to Y") is Y's claim about X, not X's
words, and is left to the "according to" quote. The "according to" quote itself stays (its
content is the frame, or the quotation with its frame, as the corpus marks the relation). The "according to" quote whose
content is only that frame and its quotation is then the same report and is dropped. Every
quote of that cue in the paragraph ("“A,” X said, according to Y. “B.”") takes Y too.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from topline.analyze.cue_parts import Cue, cue_lemma
from topline.analyze.quote_found import FoundQuote
from topline.cue_lexicon import SPEECH_VERBS
from topline.model import Source, Span
from topline.nlp import doc_text

__all__ = ["credit_reporters"]

#: Characters that end the frame's stretch before "according to" (a new quotation or sentence).
_BREAKS = frozenset('“”"‘’.?!;\n')


def credit_reporters(
    found: list[FoundQuote],
    cues: list[Cue],
    doc: Doc,
    sources_of: Callable[[Cue], tuple[Source, ...]],
) -> list[FoundQuote]:
    """``found`` with each frame reported "according to Y" credited to Y (module docstring)."""
    text = doc_text(doc)
    reports = [
        c
        for c in cues
        if c.according and c.content is not None and text.startswith("according", c.cue_start)
    ]
    if not reports:
        return found
    out = list(found)
    for report in reports:
        assert report.content is not None
        lo, hi = report.content
        if hi > report.cue_start:
            continue  # "according to Y, …": the report opens the sentence, no frame before it
        frame = next(
            (f for f in out if _framed_by(doc, f, report, lo)),
            None,
        )
        if frame is None or frame.quote.cue_span is None:
            continue
        sources = sources_of(report)
        if not sources:
            continue
        cue = frame.quote.cue_span
        for k, f in enumerate(out):
            q = f.quote
            if not f.according and q.cue_span == cue and _same_paragraph(text, cue, q.content_span):
                out[k] = FoundQuote(q, sources, f.according)
    return out


def _framed_by(doc: Doc, f: FoundQuote, report: Cue, lo: int) -> bool:
    """Whether ``f`` is a quote whose speech frame, after its content, lies in ``report``'s
    content right before "according to" (only the frame's own words between them)."""
    q = f.quote
    if f.according or q.cue_span is None or q.speaker is None:
        return False
    if not lo <= q.cue_span.start < report.cue_start:
        return False
    if q.content_span.end > q.cue_span.start:
        return False  # the cue before its content: the report's claim about the speaker
    verb = doc.char_span(q.cue_span.start, q.cue_span.end, alignment_mode="expand")
    if verb is None or len(verb) == 0 or cue_lemma(verb[0]) not in SPEECH_VERBS:
        return False
    between = doc_text(doc)[q.cue_span.end : report.cue_start]
    return not any(ch in _BREAKS for ch in between)


def _same_paragraph(text: str, a: Span, b: Span) -> bool:
    return "\n" not in text[min(a.start, b.start) : max(a.start, b.start)]
