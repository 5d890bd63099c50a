"""Small checks the quote finder (:mod:`topline.analyze.quotes`) applies: who can speak, a
source that never runs into its cue or content, a relative clause of the source that is no
cue, a frame that a following quotation continues, a naming verb with a predicate.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from topline.analyze.cue_parts import Cue
from topline.analyze.quote_region import QuoteRegion
from topline.analyze.source_nouns import is_source_head
from topline.model import Quote, Source, Span

#: A relative pronoun and the adverbs that may follow it up to the end of a span.
_RELATIVE = re.compile(r",?\s+(?:who|which|that|whose \w+)(?:\s+\w+ly|\s+on \w+day)*\s*$")


def before_cue(text: str, source: Source, cue: Cue) -> Source:
    """A source span never runs into its own cue or its own content (a parse that stretched
    an apposition: "According to host Rush Limbaugh, the move reeks of …")."""
    span = source.span
    if span is None:
        return source
    if span.start < cue.cue_start < span.end:
        end = cue.cue_start
    elif cue.content is not None and span.start < cue.content[0] < span.end:
        end = cue.content[0]
    else:
        return source
    while end > span.start and text[end - 1] in " ,;:—–-\n\t":
        end -= 1
    # the cue in the source's own relative clause: "a California investor who (previously)
    # backed …" is "a California investor"
    rel = _RELATIVE.search(text, span.start, end)
    if rel is not None and rel.start() > span.start:
        end = rel.start()
    if end <= span.start:
        return source
    return Source(source.name, Span(span.start, end), source.cluster, source.kind)


def named_as(verb: Token) -> bool:
    """A verb of naming with an object and an object predicate after it ("called him
    divisive", "call themselves conservative"): a judgement complete in two words."""
    kids = [c.dep_ for c in verb.children if c.i > verb.i]
    return "dobj" in kids and "oprd" in kids


def predicated(verb: Token) -> bool:
    """A verb of naming with an object *and* what it is called ("called the charges
    unsubstantiated", "called Oz a quack", "described the plan as a short-term buzz")
    reports a judgement even without quotation marks; "called the police" does not."""
    return any(
        c.dep_ in {"oprd", "attr", "ccomp", "xcomp"}
        or (
            c.dep_ == "prep"
            and c.lower_ == "as"
            and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
        )
        for c in verb.children
        if c.i > verb.i
    )


def in_source(cue: Cue, sources: tuple[Source, ...]) -> bool:
    """The cue's verb lies inside the source phrase of the quote before it (a relative clause
    that describes the speaker: "said Peter Morgan, who has been challenging the industry")."""
    return any(s.span is not None and s.span.start <= cue.cue_start < s.span.end for s in sources)


def frames(quote: Quote, region: QuoteRegion) -> bool:
    """The quote's cue frames the quotation that ends at ``region``: a direct quote, or a
    partial one whose cue follows the closing mark ("The summit did “too little,” he added.
    “B.”", "“I held them” all night, he said. “B.”"), so that a quotation after the frame in
    the same paragraph continues it."""
    if quote.kind == "direct":
        return True
    return (
        quote.kind == "mixed"
        and quote.cue_span is not None
        and quote.cue_span.start >= region.end
        and quote.content_span.end <= max(region.end, quote.cue_span.start)
    )


def can_speak(doc: Doc, source: Source) -> bool:
    """The source rule of docs/quotes.md: a person, organisation, publication or role."""
    assert source.span is not None
    toks = doc.char_span(source.span.start, source.span.end, alignment_mode="expand")
    if toks is None or len(toks) == 0:
        return False
    head = toks.root
    if head.lower_ == "it":
        return source.name.lower() != "it"
    return is_source_head(head)


def inside(region: QuoteRegion, content: tuple[int, int]) -> bool:
    """The quoted words lie in ``content`` (marks and final punctuation may stick out)."""
    return content[0] <= region.content_start and region.content_end <= content[1] + 2


def line_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    at = start
    for piece in text[start:end].split("\n"):
        if piece.strip():
            out.append((at, at + len(piece)))
        at += len(piece) + 1
    return out or [(start, end)]


def hangs_on_frame(doc: Doc, cue: Cue, quote: Quote) -> bool:
    """The cue's verb hangs, after it, on the verb of ``quote``'s frame: "“A,” Clark said,
    noting he would back any nominee. “B.”", "“A,” she said, when asked whether …". The
    participle or adverbial clause reports something of its own, but the sentence is still
    the frame of "“A”": a quotation after it in the paragraph continues "“A”" and its speaker.
    """
    if quote.cue_span is None or not (
        quote.kind == "direct"
        or (quote.kind == "mixed" and quote.cue_span.start >= quote.content_span.end)
    ):
        return False
    toks = doc.char_span(quote.cue_span.start, quote.cue_span.end, alignment_mode="expand")
    if toks is None or len(toks) == 0:
        return False
    frame = toks.root
    tok = doc[cue.verb]
    while tok.head.i != tok.i and tok.head.i != frame.i:
        tok = tok.head
    return tok.head.i == frame.i and tok.i != frame.i and tok.i > frame.i
