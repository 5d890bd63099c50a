"""Helpers for tests that read an analysis, or build a brief, by the words of its text.

Fixture tests of the quote and attribution rules ask the same three questions of an
analysis: which quotations were found, which one starts with these words, and who its
speaker is, as text. They lived as private copies in each test module; a module of the
package is the one place both pytest and ``mypy --strict`` resolve, so the copies share
one typed definition here (the habit of ``numpy.testing``). Nothing in topline imports it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from topline.model import Analysis, Quote, Span

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy


def quote_contents(analysis: Analysis) -> list[str]:
    """The text of every quotation's content, in the analysis's order."""
    return [q.content_span.of(analysis.article.text) for q in analysis.quotes]


def quote_starting(analysis: Analysis, start: str) -> Quote:
    """The first quotation whose content starts with ``start``; a failed assertion naming
    every quotation found when there is none (so a failing test says what was read)."""
    text = analysis.article.text
    hits = [q for q in analysis.quotes if q.content_span.of(text).startswith(start)]
    assert hits, quote_contents(analysis)
    return hits[0]


def speaker_text(analysis: Analysis, quote: Quote) -> str | None:
    """The text of the quotation's speaker span, or None when it has no speaker span."""
    if quote.speaker is None or quote.speaker.span is None:
        return None
    return quote.speaker.span.of(analysis.article.text)


def source_texts(text: str, start: str) -> list[str]:
    """The source spans, as text, that the attribution step gives the quotation whose
    content starts with ``start`` (every source, not only the speaker ``analyze`` keeps).

    The analysis is imported here, not at the top: most helpers of this module need only
    the data model, and a test of one of them should not load spaCy."""
    from topline.analyze import analyze
    from topline.analyze.quotes import quotes_with_sources
    from topline.model import Article
    from topline.nlp import get_nlp

    doc = get_nlp()(text)
    analysis = analyze(Article(id="t", text=text))
    for found in quotes_with_sources(doc, analysis.clusters):
        if found.quote.content_span.of(text).startswith(start):
            return [s.span.of(text) for s in found.sources if s.span is not None]
    raise AssertionError(f"no quote starting {start!r}")


def event_triples(text: str) -> list[tuple[str | None, str, str | None]]:
    """(actor text, action, target) of each event ``analyze`` finds in ``text`` cleaned as
    plain text; the actor as the text of its span, None without one. Imports as
    :func:`source_texts` does, for the same reason."""
    from topline.analyze import analyze
    from topline.ingest import article_from_text

    analysis = analyze(article_from_text(text))
    body = analysis.article.text
    return [
        (e.actor.span.of(body) if e.actor and e.actor.span else None, e.action, e.target)
        for e in analysis.events
    ]


def span_of(text: str, piece: str) -> Span:
    """The span of the first occurrence of ``piece`` in ``text`` (a brief element written
    by hand for a test points at the words it quotes)."""
    start = text.index(piece)
    return Span(start, start + len(piece))


def texts_of_pieces(pieces: Sequence[str]) -> SearchStrategy[str]:
    """Texts of up to 30 of ``pieces``, each followed by nothing, a space or a comma: the
    generated inputs on which the property tests compare the rule index
    (:class:`topline.analyze.rule_starts.StartIndex`) with ``finditer``. Hypothesis is
    imported here, on use, since it is a development dependency only."""
    from hypothesis import strategies as st

    return st.lists(st.sampled_from(pieces), max_size=30).flatmap(
        lambda words: st.lists(
            st.sampled_from(["", " ", " ", " ", ", "]), min_size=len(words), max_size=len(words)
        ).map(lambda seps: "".join(w + s for w, s in zip(words, seps, strict=True)))
    )


def match_spans(found: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    """The (start, end) of each match, to compare two ways of finding them."""
    return [m.span() for m in found]
