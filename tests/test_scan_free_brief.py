"""Lookups that replaced per-pronoun, per-quote and per-mention scans (issue #19, eighth
session): :class:`~topline.intervals.SpanIndex` against the scans it replaced, the
brief's credit and Crucial quote checks against copies of the old code on a real analysis
of a text written for this test, and counts showing the per-analysis work is done once.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from topline.analyze import analyze
from topline.brief import credit, crucial
from topline.brief.cues import past_signals
from topline.ingest import article_from_text
from topline.intervals import SpanIndex
from topline.memo import for_last
from topline.model import Analysis, Entity, Quote, Span

RANGES = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 10)), max_size=10)


@settings(max_examples=300, deadline=None)
@given(RANGES)
def test_span_index_answers_like_the_scans(raw: list[tuple[int, int]]) -> None:
    ranges = sorted(((a, a + n) for a, n in raw), key=lambda r: r[0])
    index = SpanIndex(ranges)
    for x in range(-2, 54):
        first = next((i for i, (a, b) in enumerate(ranges) if a <= x < b), None)
        assert index.first_holding(x) == first
        for hi in range(x, x + 5):  # empty ranges and empty queries included
            assert index.overlaps(x, hi) == any(x < b and a < hi for a, b in ranges)
            assert index.holds(x, hi) == any(a <= x and hi <= b for a, b in ranges)


TEXT = (
    "Ann Lee opened the new bridge on Monday. She said the city had waited long enough.\n\n"
    '"We kept our promise," Lee said. "The money was there," she added.\n\n'
    "Bo Park, a council member, was not impressed. He said the Harry Potter author, J. K. "
    "Rowling, had called it ugly. Park's office did not comment.\n\n"
    'The council said it would vote again. "It is a disgrace," he said, and they agreed.\n\n'
    "Mr. Park said the town's budget was tight. Lee said she would not resign.\n\n"
)


@functools.lru_cache(maxsize=1)
def _analysis() -> Analysis:
    return analyze(article_from_text(TEXT * 3, source="test"))


def _old_antecedents(
    analysis: Analysis, span: Span, person: bool, inside: Span | None, names: set[str]
) -> list[Entity]:
    """``credit._antecedents`` at main d1c3f3e: a pass over every entity per pronoun."""
    text = analysis.article.text
    labels = {"PERSON"} if person else {"PERSON", "ORG", "NORP", "GPE"}
    quoted = [q.content_span for q in analysis.quotes] + ([inside] if inside else [])
    floor = 0
    if not person and analysis.sentences:
        starts_ = [s.span.start for s in analysis.sentences]
        here = max(bisect.bisect_right(starts_, span.start) - 1, 0)
        floor = analysis.sentences[max(here - 1, 0)].span.start
    starts, ends = credit._merged(quoted)
    out = []
    for entity in sorted(analysis.entities, key=lambda x: x.span.start):
        e = entity.span
        if e.start >= span.start:
            break
        if (entity.label not in labels and not credit._names(text, entity, names)) or (
            e.start < floor
        ):
            continue
        at = bisect.bisect_right(starts, e.start) - 1
        if at >= 0 and e.start < ends[at]:
            continue
        if text[e.end : e.end + 2] in {"'s", "’s"} or text[e.end : e.end + 1] in {"'", "’"}:
            continue
        if credit._modifier_before(text, e.start) and credit._NOUN_AFTER.match(text, e.end):
            continue
        out.append(entity)
    return out


def test_antecedents_are_the_old_scans() -> None:
    analysis = _analysis()
    text = analysis.article.text
    rng = random.Random(19)
    pronouns = [m.start() for m in re.finditer(r"\b(?:she|he|it|they)\b", text, re.I)]
    assert len(pronouns) > 20
    quotes = [q.content_span for q in analysis.quotes] + [Span(5, 5)]
    for at in pronouns:
        for person in (True, False):
            names = {rng.choice(["Ann Lee", "Lee", "Bo Park", "Park", "nobody"])}
            inside = rng.choice([None, *quotes])
            span = Span(at, at + 2)
            assert credit._antecedents(analysis, span, person, inside, names) == (
                _old_antecedents(analysis, span, person, inside, names)
            )


def test_a_credit_check_reads_the_analysis_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Old code merged the quotations and sorted the entities for every pronoun checked."""
    analysis = _analysis()
    calls: list[int] = []
    real = credit._merged

    def counted(spans: list[Span]) -> tuple[list[int], list[int]]:
        calls.append(len(spans))
        return real(spans)

    monkeypatch.setattr(credit, "_merged", counted)
    credit._static.forget()  # an earlier test may have briefed this very analysis
    text = analysis.article.text
    for m in list(re.finditer(r"\b(?:she|he)\b", text))[:12]:
        credit._antecedents(analysis, Span(m.start(), m.end()), True, None, {"Lee"})
    assert len(calls) == 1


def _old_sentence_region(analysis: Analysis, span: Span) -> tuple[Span, int]:
    touched = [s for s in analysis.sentences if s.span.overlaps(span)]
    if not touched:
        return span, 0
    return Span(touched[0].span.start, touched[-1].span.end), touched[0].index


def _old_cue_separated(analysis: Analysis, quote: Quote) -> bool:
    """``crucial.cue_separated`` at main d1c3f3e: every sentence and quotation per quote."""
    cue = quote.cue_span
    if cue is None:
        return False
    text = analysis.article.text
    if cue.start >= quote.content_span.end:
        starts = [cue.start]
        if quote.speaker is not None and quote.speaker.span is not None:
            starts.append(quote.speaker.span.start)
        first = min(s for s in starts if s >= quote.content_span.end)
        end = crucial._outer(text, quote.content_span).end
        if re.search(r"[A-Za-z]", text[end:first]):
            return True
    lo, hi = (
        (cue.end, quote.content_span.start)
        if cue.end <= quote.content_span.start
        else (quote.content_span.end, cue.start)
    )
    if hi - lo < 2:
        return False
    gap = Span(lo, hi)
    quoted = [q.span for q in analysis.quotes if q.kind == "direct"]
    return any(
        gap.contains(s.span) and not any(s.span.overlaps(q) for q in quoted)
        for s in analysis.sentences
    )


def test_sentence_questions_are_the_old_scans() -> None:
    analysis = _analysis()
    size = len(analysis.article.text)
    rng = random.Random(8)
    for _ in range(400):
        a = rng.randrange(size)
        span = Span(a, min(size, a + rng.choice([0, 1, 5, 40, 300])))
        assert crucial._sentence_region(analysis, span) == _old_sentence_region(analysis, span)
    # cue_separated, with the cue moved anywhere before or after the quotation
    for quote in analysis.quotes:
        content = quote.content_span
        for _ in range(40):
            if rng.random() < 0.5 and content.start > 0:
                a = rng.randrange(content.start)
            else:
                a = rng.randrange(content.end, size)
            moved = dataclasses.replace(quote, cue_span=Span(a, min(size, a + 4)))
            if moved.cue_span is not None and content.start < moved.cue_span.end <= content.end:
                continue
            assert crucial.cue_separated(analysis, moved) == _old_cue_separated(analysis, moved)


def test_past_signals_answers_as_before_when_asked_again() -> None:
    sentence = "The bridge, which had been closed since 2014, opened two years ago."
    assert past_signals(sentence) == 3
    assert past_signals(sentence) == 3
    assert past_signals("The bridge opens today.") == 0


def test_for_last_builds_once_per_object_by_identity() -> None:
    """The one-entry cache answers again for the same object, rebuilds for an equal but
    distinct one (no hashing of an analysis), and forgets the one before."""
    built: list[list[int]] = []

    @for_last
    def total(values: list[int]) -> int:
        built.append(values)
        return sum(values)

    first, equal = [1, 2], [1, 2]
    assert total(first) == 3 and total(first) == 3
    assert len(built) == 1
    assert total(equal) == 3 and len(built) == 2  # equal, not the same object
    assert total(first) == 3 and len(built) == 3  # only the last one is kept
