"""Source attribution of claims: who says so, for every reported or quoted claim.

Each quote found by :mod:`topline.analyze.quotes` gives one :class:`Attribution` per
source it names, so "the Times and the Associated Press reported that …" yields two
attributions of one claim, and "according to the New York Times, …" one whose cue is
"according to". Bullets of a brief carry the attribution of the sentence they come from,
so a source here must be someone (docs/quotes.md, "Who can be a source"): a name, a
pronoun resolved to someone, or a noun of a person, group, office or document; a thing
that only shows something ("the injury means …", "the club's debt shows …") is evidence,
not a source, and gives no attribution.
"""

from __future__ import annotations

from spacy.tokens import Doc

from topline.analyze.quotes import quotes_with_sources
from topline.analyze.source_nouns import is_agent_head
from topline.model import Attribution, EntityCluster, Quote, Source


def find_attributions(
    doc: Doc, clusters: tuple[EntityCluster, ...], quotes: tuple[Quote, ...] = ()
) -> tuple[Attribution, ...]:
    """Attributions in text order; claims are the content spans of the quotes."""
    out: list[Attribution] = []
    seen: set[tuple[int, int, str]] = set()
    for found in quotes_with_sources(doc, clusters):
        q = found.quote
        for source in found.sources:
            if not _is_someone(doc, source):
                continue
            key = (q.content_span.start, q.content_span.end, source.name)
            if key in seen:
                continue
            seen.add(key)
            out.append(Attribution(claim_span=q.content_span, source=source, cue_span=q.cue_span))
    out.sort(key=lambda a: (a.claim_span.start, a.claim_span.end))
    return tuple(out)


def _is_someone(doc: Doc, source: Source) -> bool:
    if source.cluster is not None or source.span is None:
        return True
    toks = doc.char_span(source.span.start, source.span.end, alignment_mode="expand")
    if toks is None or len(toks) == 0:
        return False
    head = toks.root
    return head.pos_ != "NOUN" or is_agent_head(head)
