"""A found quote with every source it names, and the pass that keeps one quote per content
(split from :mod:`topline.analyze.quotes`)."""

from __future__ import annotations

from dataclasses import dataclass

from topline.model import Quote, Source

__all__ = ["FoundQuote", "dedupe"]


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A quote plus every source it names (conjoined subjects give several)."""

    quote: Quote
    sources: tuple[Source, ...]
    according: bool = False


def dedupe(found: list[FoundQuote]) -> list[FoundQuote]:
    """One quote per content span; mixed quotes of one cue whose contents overlap (two quoted
    fragments of one reported clause) are one quote, the longer content kept."""
    seen: set[tuple[int, int]] = set()
    out: list[FoundQuote] = []
    by_cue: dict[tuple[int, int], list[int]] = {}  # cue → positions in ``out``, in order
    for f in found:
        q = f.quote
        key = (q.content_span.start, q.content_span.end)
        if key in seen:
            continue
        twin = None
        if q.kind == "mixed" and q.cue_span is not None:
            twin = next(
                (
                    i
                    for i in by_cue.get((q.cue_span.start, q.cue_span.end), ())
                    if out[i].quote.kind == "mixed"
                    and out[i].quote.content_span.overlaps(q.content_span)
                ),
                None,
            )
        seen.add(key)
        if twin is None:
            if q.cue_span is not None:
                by_cue.setdefault((q.cue_span.start, q.cue_span.end), []).append(len(out))
            out.append(f)
        elif len(q.content_span) > len(out[twin].quote.content_span):
            out[twin] = f  # the same cue: its position list stands
    return out
