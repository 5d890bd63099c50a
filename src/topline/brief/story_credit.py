"""Who reports what in a story: its members (an article with its analysis and brief), the fact
terms of their sentences and brief elements (words, figures, resolved times, events), and the
outlets credited with a fact (:class:`CreditIndex`, first reporter first).

Split from :mod:`.story` (which assembles the story brief) so that the matching inputs and the
crediting live in one place; :func:`~.story_match.same_fact` decides, this module only reads
the analyses and orders the reports.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from topline.brief.compress import compress
from topline.brief.story_lexicon import Act, act, spoken_acts
from topline.brief.story_match import FactTerms, fact_terms, same_fact, similarity
from topline.model import (
    Analysis,
    ArticleSpan,
    Brief,
    Report,
    Span,
    join_spans,
)

#: The calendar part of a resolved date: a year, a season, a month or a day ("2024-W10" is
#: read as 2024).
_ISO_TIME = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI))?")


@dataclass(frozen=True)
class StoryMember:
    """One article of a story with its analysis and its own brief."""

    analysis: Analysis
    brief: Brief

    @property
    def id(self) -> str:
        return self.analysis.article.id

    @property
    def text(self) -> str:
        return self.analysis.article.text


def outlet_of(member: StoryMember) -> str:
    """The outlet's name, else the site of its URL, else a name built from the article id."""
    article = member.analysis.article
    if article.outlet:
        return article.outlet
    for url in (article.canonical_url, article.url):
        host = urlsplit(url).hostname if url else None
        if host:
            return host.removeprefix("www.")
    return f"article {article.id[:8]}"


def day_of(value: object) -> str | None:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10] if value else None


def published_day(member: StoryMember) -> str | None:
    return day_of(member.analysis.article.published)


def article_spans(article_id: str, spans: Sequence[Span]) -> tuple[ArticleSpan, ...]:
    return tuple(ArticleSpan(article_id, s.start, s.end) for s in spans)


def days_in(analysis: Analysis, span: Span) -> list[str]:
    """The calendar times (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) that resolved dates inside
    ``span`` name (durations and other values are left out)."""
    found = []
    for t in analysis.timexes:
        calendar = _ISO_TIME.match(t.value) if t.value else None
        if calendar and span.start <= t.span.start < span.end:
            found.append(calendar.group(0))
    return found


def acts_in(analysis: Analysis, span: Span) -> list[Act]:
    """The events whose action stands inside ``span``, for :func:`~.story_match.acts_agree`."""
    text = analysis.article.text
    return [
        act(
            e.action,
            e.actor.name if e.actor else None,
            e.target,
            text[e.action_span.start : span.end],
        )
        for e in analysis.events
        if span.start <= e.action_span.start < span.end
    ]


def _sentence_days(analysis: Analysis, span: Span) -> list[str]:
    """The days named in the sentence(s) that ``span`` touches."""
    sentences = [s.span for s in analysis.sentences if s.span.overlaps(span)] or [span]
    return days_in(analysis, Span(sentences[0].start, sentences[-1].end))


def sentence_terms(analysis: Analysis, span: Span) -> FactTerms:
    """The fact terms of the text of ``span``, with the days its sentence(s) name."""
    text = span.of(analysis.article.text)
    acts = acts_in(analysis, span) or spoken_acts(text)
    return fact_terms(text, _sentence_days(analysis, span), acts)


def element_terms(analysis: Analysis, spans: tuple[Span, ...]) -> FactTerms:
    """The fact terms of a brief element (its spans' text), with its sentences' days."""
    text = join_spans(analysis.article.text, spans)
    acts = [a for s in spans for a in acts_in(analysis, s)] or spoken_acts(text)
    return fact_terms(text, _sentence_days(analysis, cover(spans)), acts)


def cover(spans: Sequence[Span]) -> Span:
    return Span(min(s.start for s in spans), max(s.end for s in spans))


class CreditIndex:
    """Every sentence of every member, with its fact terms, for crediting outlets."""

    def __init__(self, members: Sequence[StoryMember]) -> None:
        self.members = members
        self.sentences = [
            [(s.span, sentence_terms(m.analysis, s.span)) for s in m.analysis.sentences]
            for m in members
        ]

    def reports(self, terms: FactTerms) -> list[Report]:
        """One report per outlet with a sentence stating the fact, first publisher first; of
        an article's sentences that state it, the closest in words is the one shown (a
        headline that shares the story's words is not the evidence when the article has the
        fact's own sentence further down)."""
        found: list[Report] = []
        seen: set[str] = set()
        for member, sentences in zip(self.members, self.sentences, strict=True):
            outlet = outlet_of(member)
            if outlet in seen:
                continue
            best: tuple[float, Span] | None = None
            for span, other in sentences:
                if same_fact(terms, other):
                    score = similarity(terms, other)
                    if best is None or score > best[0]:
                        best = (score, span)
            if best is not None:
                spans = compress(member.text, best[1])
                found.append(
                    Report(
                        outlet, member.id, published_day(member), article_spans(member.id, spans)
                    )
                )
                seen.add(outlet)
        return found


def arrival(members: Sequence[StoryMember]) -> dict[str, int]:
    """Each member's place in the story's order (by day, then as the store received them)."""
    return {m.id: i for i, m in enumerate(members)}


def report_order(order: Mapping[str, int]) -> Callable[[Report], tuple[bool, str, int]]:
    """First reporter first: by day, undated last (an article without a date is never named
    the first to report), then in the order the store received them (not by article id)."""
    return lambda r: (r.published is None, r.published or "", order.get(r.article_id, 0))


def unique_outlets(reports: list[Report], order: Mapping[str, int]) -> list[Report]:
    seen: set[str] = set()
    kept = []
    for r in sorted(reports, key=report_order(order)):
        if r.outlet not in seen:
            seen.add(r.outlet)
            kept.append(r)
    return kept
