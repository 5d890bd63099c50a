"""Source attribution of claims: who says so, for every reported or quoted claim.

Each quote found by :mod:`topline.analyze.quotes` gives one :class:`Attribution` per
source it names, so "the Times and the Associated Press reported that …" yields two
attributions of one claim, and "according to the New York Times, …" one whose cue is
"according to". Bullets of a brief carry the attribution of the sentence they come from.
"""

from __future__ import annotations

from spacy.tokens import Doc

from topline.analyze.quotes import quotes_with_sources
from topline.model import Attribution, EntityCluster, Quote


def find_attributions(
    doc: Doc, clusters: tuple[EntityCluster, ...], quotes: tuple[Quote, ...] = ()
) -> tuple[Attribution, ...]:
    """Attributions in text order; claims are the content spans of the quotes."""
    out: list[Attribution] = []
    seen: set[tuple[int, int, str]] = set()
    for found in quotes_with_sources(doc, clusters):
        q = found.quote
        for source in found.sources:
            key = (q.content_span.start, q.content_span.end, source.name)
            if key in seen:
                continue
            seen.add(key)
            out.append(Attribution(claim_span=q.content_span, source=source, cue_span=q.cue_span))
    out.sort(key=lambda a: (a.claim_span.start, a.claim_span.end))
    return tuple(out)
