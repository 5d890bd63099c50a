"""The story brief: one Topline brief of every article of a story, each fact credited to the
outlets that report it (the Forbes way: "according to the New York Times…, also AP, CNN").

It is built from the articles' own briefs and analyses, never from new text:

- **Topline**: the Topline of the latest article (the latest development), credited to every
  outlet whose article states the same fact (:mod:`.story_match`).
- **Key facts**: every article's Topline and bullets, grouped into facts (two are one fact
  when :func:`~topline.brief.story_match.same_fact` says so); each fact is shown from its
  *first* report and credited to every outlet with a sentence stating it, first reporter
  first. Facts reported by more outlets rank first, then each article's own best facts in
  turn, newest article first. Syndicated copies are
  not members of a story (the store links them to their original), so an outlet that only
  republished a wire story is never counted twice.
- **Crucial quote**: the articles' Crucial quotes that have a speaker; credited to the
  outlets whose text holds the same words; the most widely carried, then the latest, wins.
- **Big number**: the latest article's Big number, credited to the outlets giving the same
  figure for the same thing; a different figure for the same thing in another outlet is a
  **conflict**, flagged rather than averaged.
- **Key background**: the Toplines of articles older than the latest one's day, and the
  articles' own Key background items, oldest first, dated as a reader writes dates.
- ``since``: only facts first reported after that date ("what's new").

Every element's spans are :class:`~topline.model.ArticleSpan` naming the article they index,
so ``join_spans(texts[article_id], …)`` gives back the element's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from topline.brief.compress import compress
from topline.brief.story_lexicon import Act, act, spoken_acts
from topline.brief.story_match import FactTerms, fact_terms, near_fact, same_fact, similarity
from topline.model import (
    Analysis,
    ArticleSpan,
    BigNumber,
    Brief,
    Figure,
    Report,
    Source,
    Span,
    StoryBackground,
    StoryBrief,
    StoryFact,
    StoryNumber,
    StoryQuote,
    join_spans,
)
from topline.reader_dates import reader_date

#: The calendar part of a resolved date: a year, a season, a month or a day ("2024-W10" is
#: read as 2024).
_ISO_TIME = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI))?")

# --- tunables ----------------------------------------------------------------------------
DEFAULT_FACTS = 5
MAX_BACKGROUND = 4
#: Two quantities count the same thing when the words of what they count overlap this much.
SAME_COUNTS = 0.5


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


def _day(value: object) -> str | None:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10] if value else None


def _published(member: StoryMember) -> str | None:
    return _day(member.analysis.article.published)


def _spans(article_id: str, spans: Sequence[Span]) -> tuple[ArticleSpan, ...]:
    return tuple(ArticleSpan(article_id, s.start, s.end) for s in spans)


@dataclass(frozen=True)
class _Candidate:
    member: StoryMember
    spans: tuple[Span, ...]
    terms: FactTerms
    attribution: Source | None
    #: The element's place in its own article's brief (0: its Topline, then its bullets).
    rank: int = 0


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
    return fact_terms(text, _sentence_days(analysis, _cover(spans)), acts)


class _Index:
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
                    Report(outlet, member.id, _published(member), _spans(member.id, spans))
                )
                seen.add(outlet)
        return found


def _candidates(members: Sequence[StoryMember]) -> list[_Candidate]:
    found = []
    for m in members:
        elements: list[tuple[tuple[Span, ...], Source | None]] = []
        if m.brief.topline is not None:
            elements.append((m.brief.topline.spans, None))
        elements += [(b.spans, b.attribution) for b in m.brief.bullets]
        for rank, (spans, source) in enumerate(elements):
            terms = element_terms(m.analysis, spans)
            found.append(_Candidate(m, spans, terms, source, rank))
    return found


def _newest_first(day: str | None) -> int:
    """A sort key that puts later ISO days first (undated last)."""
    try:
        return -date.fromisoformat(day[:10]).toordinal() if day else 0
    except ValueError:
        return 0


def _cover(spans: Sequence[Span]) -> Span:
    return Span(min(s.start for s in spans), max(s.end for s in spans))


def _fact(candidate: _Candidate, reports: list[Report], texts: Mapping[str, str]) -> StoryFact:
    """The fact as its first reporter wrote it (its own bullet, or its sentence compressed)."""
    first = reports[0]
    member = candidate.member
    if first.article_id == member.id:
        spans = _spans(member.id, candidate.spans)
        return StoryFact(
            join_spans(member.text, candidate.spans), spans, tuple(reports), candidate.attribution
        )
    text = " ".join(texts[s.article_id][s.start : s.end] for s in first.spans)
    return StoryFact(text, first.spans, tuple(reports))


def _group(candidates: list[_Candidate]) -> list[list[_Candidate]]:
    """Candidates grouped into facts (each group: one fact stated in several articles)."""
    groups: list[list[_Candidate]] = []
    for c in candidates:
        for group in groups:
            if near_fact(c.terms, group[0].terms):
                group.append(c)
                break
        else:
            groups.append([c])
    return groups


def _quote(members: Sequence[StoryMember]) -> StoryQuote | None:
    """The Crucial quote carried by most outlets (then the latest), with a speaker."""
    best: tuple[tuple[int, int], StoryQuote] | None = None
    for rank, m in enumerate(members):
        q = m.brief.crucial_quote
        if q is None or q.speaker is None:
            continue
        own = Report(outlet_of(m), m.id, _published(m), _spans(m.id, q.spans))
        credited = _unique_outlets([own, *_text_reports(m, q.text, members)], _arrival(members))
        quote = StoryQuote(q.text, _spans(m.id, q.spans), q.speaker, tuple(credited))
        key = (len(credited), rank)
        if best is None or key > best[0]:
            best = (key, quote)
    return best[1] if best else None


def _quote_key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.casefold()))


def _text_reports(
    source: StoryMember, quote_text: str, members: Sequence[StoryMember]
) -> list[Report]:
    """Reports of the same words in the other members."""
    reports = []
    key = _quote_key(quote_text)
    for m in members:
        if m is source or key not in _quote_key(m.text):
            continue
        span = _find_words(m.text, quote_text)
        if span is not None:
            reports.append(Report(outlet_of(m), m.id, _published(m), _spans(m.id, [span])))
    return reports


def _find_words(text: str, quote_text: str) -> Span | None:
    """Where the quote's words stand in ``text``, whatever the spacing and quotation marks."""
    words = re.findall(r"\w+", quote_text)
    if not words:
        return None
    pattern = r"\W+".join(re.escape(w) for w in words)
    found = re.search(pattern, text, re.I)
    return Span(found.start(), found.end()) if found else None


def _arrival(members: Sequence[StoryMember]) -> dict[str, int]:
    """Each member's place in the story's order (by day, then as the store received them)."""
    return {m.id: i for i, m in enumerate(members)}


def _report_order(order: Mapping[str, int]) -> Callable[[Report], tuple[bool, str, int]]:
    """First reporter first: by day, undated last (an article without a date is never named
    the first to report), then in the order the store received them (not by article id)."""
    return lambda r: (r.published is None, r.published or "", order.get(r.article_id, 0))


def _unique_outlets(reports: list[Report], order: Mapping[str, int]) -> list[Report]:
    seen: set[str] = set()
    kept = []
    for r in sorted(reports, key=_report_order(order)):
        if r.outlet not in seen:
            seen.add(r.outlet)
            kept.append(r)
    return kept


def _counts_terms(text: str | None) -> frozenset[str]:
    return fact_terms(text or "").terms


def _figures_for(
    member: StoryMember, number: BigNumber, members: Sequence[StoryMember]
) -> StoryNumber | None:
    """``number`` with the outlets giving the same figure for the same thing, and others'."""
    counted = _counts_terms(number.counts)
    if number.value is None or not counted:
        return None
    reports: list[Report] = []
    conflicts: list[Figure] = []
    for o in members:
        for q in o.analysis.quantities:
            if q.value is None:
                continue
            other = _counts_terms(q.counts_span.of(o.text) if q.counts_span else q.counts)
            if len(counted & other) / max(len(counted | other), 1) < SAME_COUNTS:
                continue
            pieces = [q.span] + ([q.counts_span] if q.counts_span else [])
            spans = _spans(o.id, pieces)
            if q.value == number.value:
                reports.append(Report(outlet_of(o), o.id, _published(o), spans))
            elif _precise(q.span.of(o.text)) and _precise(join_spans(member.text, number.spans)):
                conflicts.append(
                    Figure(outlet_of(o), o.id, join_spans(o.text, pieces), q.value, spans)
                )
    credited = _unique_outlets(reports, _arrival(members)) or [
        Report(outlet_of(member), member.id, _published(member), _spans(member.id, number.spans))
    ]
    agreeing = {r.outlet for r in credited}
    return StoryNumber(
        text=number.text,
        spans=_spans(member.id, number.spans),
        value=number.value,
        counts=number.counts,
        reports=tuple(credited),
        conflicts=tuple(_unique_figures([c for c in conflicts if c.outlet not in agreeing])),
    )


_VAGUE = re.compile(
    r"^(?:tens of |hundreds of |)(?:dozens|scores|hundreds|thousands|millions|billions)\b", re.I
)


def _precise(figure: str) -> bool:
    """A figure an outlet commits to ("15", "12,000", "two dozen"), not a vague plural
    ("thousands", "dozens"): only precise figures can contradict each other."""
    return not _VAGUE.match(figure.strip())


def _number(members: Sequence[StoryMember]) -> StoryNumber | None:
    """Of the articles' Big numbers, the one most outlets give a figure for (agreeing or
    not: a contested figure is news), then the latest."""
    best: tuple[tuple[int, int], StoryNumber] | None = None
    for rank, m in enumerate(members):
        if m.brief.big_number is None:
            continue
        number = _figures_for(m, m.brief.big_number, members)
        if number is None:
            continue
        outlets = {r.outlet for r in number.reports} | {c.outlet for c in number.conflicts}
        key = (len(outlets), rank)
        if best is None or key > best[0]:
            best = (key, number)
    return best[1] if best else None


def _unique_figures(figures: list[Figure]) -> list[Figure]:
    seen: set[tuple[str, float]] = set()
    kept = []
    for f in figures:
        if (f.outlet, f.value) not in seen:
            seen.add((f.outlet, f.value))
            kept.append(f)
    return kept


def _background(
    members: Sequence[StoryMember], latest_day: str | None, shown: list[FactTerms]
) -> tuple[StoryBackground, ...]:
    """Earlier articles' Toplines and every article's own background, oldest first."""
    items: list[tuple[str, int, StoryBackground, FactTerms]] = []
    for rank, m in enumerate(members):
        day = _published(m)
        top = m.brief.topline
        if top is not None and day and latest_day and day < latest_day:
            # With the days its sentence names: an earlier day's report is not the latest
            # development told again because both name the place.
            terms = element_terms(m.analysis, top.spans)
            item = StoryBackground(
                top.text, _spans(m.id, top.spans), reader_date(day), outlet_of(m)
            )
            items.append((day, rank, item, terms))
        for b in m.brief.key_background:
            if b.article_id not in (None, m.id):
                continue  # another stored article's item: that article is a member itself
            sort = b.date or day or ""
            item = StoryBackground(b.text, _spans(m.id, b.spans), reader_date(b.date), outlet_of(m))
            terms = element_terms(m.analysis, b.spans) if b.spans else fact_terms(b.text)
            items.append((sort, rank, item, terms))
    kept: list[StoryBackground] = []
    taken = list(shown)
    for _, _, item, terms in sorted(items, key=lambda i: (i[0], i[1])):
        if any(near_fact(terms, t) for t in taken):
            continue
        taken.append(terms)
        kept.append(item)
    return tuple(kept[:MAX_BACKGROUND])


def story_brief(
    story_id: str,
    members: Sequence[StoryMember],
    *,
    title: str | None = None,
    since: date | str | None = None,
    max_facts: int = DEFAULT_FACTS,
) -> StoryBrief:
    """The brief of a story from its members (originals only; copies are not members)."""
    # Stable: members of one day keep the caller's order (the store's order of arrival).
    ordered = sorted(members, key=lambda m: (_published(m) is None, _published(m) or ""))
    return _build(story_id, ordered, title=title, since=_day(since), max_facts=max_facts)


def _is_new(reports: Sequence[Report], since: str | None) -> bool:
    """Whether an element is news after ``since`` (``--since``): its first dated report is
    later than that day. What only undated articles give is not known to be new."""
    if since is None:
        return True
    first = next((r.published for r in reports if r.published), None)
    return first is not None and first > since


def _number_is_new(number: StoryNumber, members: Sequence[StoryMember], since: str | None) -> bool:
    """A Big number is new when its figure is, or when an outlet gave another figure for it
    after ``since`` (a new conflict is news)."""
    published = {m.id: _published(m) for m in members}
    return _is_new(number.reports, since) or any(
        since is None or (published.get(c.article_id) or "") > since for c in number.conflicts
    )


def _build(
    story_id: str,
    members: Sequence[StoryMember],
    *,
    title: str | None,
    since: str | None,
    max_facts: int,
) -> StoryBrief:
    missing: list[str] = []
    index = _Index(members)
    candidates = _candidates(members)
    order = _arrival(members)
    # The latest dated article (undated ones are sorted last but are not the latest news).
    dated = [m for m in members if _published(m)]
    latest = (dated or list(members))[-1] if members else None
    texts = story_texts(members)

    topline: StoryFact | None = None
    top_terms: FactTerms | None = None
    if latest is not None and latest.brief.topline is not None:
        spans = latest.brief.topline.spans
        top_terms = element_terms(latest.analysis, spans)
        reports = _unique_outlets(index.reports(top_terms), order) or [
            Report(outlet_of(latest), latest.id, _published(latest), _spans(latest.id, spans))
        ]
        topline = StoryFact(latest.brief.topline.text, _spans(latest.id, spans), tuple(reports))
    else:
        missing.append("topline")

    quote = _quote(members)
    if quote is None:
        missing.append("crucial_quote")
    # "What's new": the Topline and the Crucial quote only when first reported after `since`
    # (hidden, not missing: the story supports them; they are not news since that day).
    if topline is not None and not _is_new(topline.reports, since):
        topline = None
    if quote is not None and not _is_new(quote.reports, since):
        quote = None
    # The Topline and the Crucial quote are shown in their own sections, never again as facts.
    shown_apart = [t for t in (top_terms, fact_terms(quote.text) if quote else None) if t]
    facts: list[tuple[tuple[int, int, int], StoryFact, FactTerms]] = []
    not_new = False
    for group in _group(candidates):
        lead = group[0]
        if any(near_fact(lead.terms, t) for t in shown_apart):
            continue
        reports = _unique_outlets(index.reports(lead.terms), order)
        if not reports:
            continue
        first = reports[0].published or ""
        if not _is_new(reports, since):
            not_new = True
            continue
        fact = _fact(lead, reports, texts)
        # More outlets first; then each article's own best facts in turn (newest first), so
        # that one long article does not fill the brief alone.
        facts.append(
            ((-len(reports), min(c.rank for c in group), _newest_first(first)), fact, lead.terms)
        )
    facts.sort(key=lambda f: f[0])
    chosen = facts[:max_facts]
    if not chosen and not not_new:
        missing.append("facts")

    number = _number(members)
    if number is None:
        missing.append("big_number")
    elif not _number_is_new(number, members, since):
        number = None
    shown = [t for _, _, t in chosen] + ([top_terms] if top_terms else [])
    background = _background(members, _published(latest) if latest else None, shown)
    if not background:
        missing.append("key_background")

    outlets = tuple(dict.fromkeys(outlet_of(m) for m in members))
    return StoryBrief(
        story_id=story_id,
        title=title or (latest.brief.title if latest else None),
        topline=topline,
        facts=tuple(f for _, f, _ in chosen),
        crucial_quote=quote,
        big_number=number,
        key_background=background,
        article_ids=tuple(m.id for m in members),
        outlets=outlets,
        since=since,
        missing=tuple(missing),
    )


def story_texts(members: Sequence[StoryMember]) -> Mapping[str, str]:
    """The text each ArticleSpan of a story brief indexes, by article id."""
    return {m.id: m.text for m in members}
