"""The story brief: one Topline brief of every article of a story, each fact credited to the
outlets that report it (the Forbes way: "according to the New York Times…, also AP, CNN").

It is built from the articles' own briefs and analyses, never from new text:

- **Topline**: the Topline of the latest day's articles (the latest development), credited
  to every outlet whose article states the same fact (:mod:`.story_match`); of several that
  day, a news page's, the one most outlets state, then one that says when it happened.
- **Key facts**: every news page's Topline and bullets (not a column's), grouped into facts (two are one fact
  when :func:`~topline.brief.story_match.same_fact` says so); each fact is shown from its
  *first* report and credited to every outlet with a sentence stating it, first reporter
  first. Facts reported by more outlets rank first, then each article's own best facts in
  turn, newest article first. Syndicated copies are
  not members of a story (the store links them to their original), so an outlet that only
  republished a wire story is never counted twice.
- **Crucial quote**: the articles' Crucial quotes that have a speaker; credited to the
  outlets whose text holds the same words; the most widely carried, then the latest, wins.
- **Big number**: the Big number most outlets give a figure for, credited to the outlets
  giving the same figure for the same thing; a different figure for the same thing in
  another outlet is a **conflict**, flagged rather than averaged.
- **Key background**: the Toplines of articles older than the latest one's day, and the
  articles' own Key background items, oldest first, dated as a reader writes dates.
- ``since``: only facts first reported after that date ("what's new").

Every element's spans are :class:`~topline.model.ArticleSpan` naming the article they index,
so ``join_spans(texts[article_id], …)`` gives back the element's text.

The members, their fact terms and the crediting are in :mod:`.story_credit`; the Crucial
quote, Big number and Key background in :mod:`.story_sections`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from topline.brief.page_kind import KINDS
from topline.brief.story_credit import (
    CreditIndex,
    StoryMember,
    acts_in,
    arrival,
    article_spans,
    cover,
    day_of,
    days_in,
    element_terms,
    outlet_of,
    published_day,
    sentence_terms,
    unique_outlets,
)
from topline.brief.story_match import FactTerms, fact_terms, near_fact
from topline.brief.story_sections import (
    MAX_BACKGROUND,
    SAME_COUNTS,
    big_number,
    crucial_quote,
    key_background,
    precise,
)
from topline.model import (
    Report,
    Source,
    Span,
    StoryBrief,
    StoryFact,
    StoryNumber,
    join_pieces,
    join_spans,
)

__all__ = [
    "DEFAULT_FACTS",
    "MAX_BACKGROUND",
    "SAME_COUNTS",
    "FactTerms",
    "StoryMember",
    "acts_in",
    "days_in",
    "element_terms",
    "outlet_of",
    "precise",
    "sentence_terms",
    "story_brief",
    "story_texts",
]

# --- tunables ----------------------------------------------------------------------------
DEFAULT_FACTS = 5
#: How many days before its publication a news lede's day may be (a weekly's "last
#: Thursday"); a day named further back dates background, not the development.
LEDE_DAYS = 7


@dataclass(frozen=True)
class _Candidate:
    member: StoryMember
    spans: tuple[Span, ...]
    terms: FactTerms
    attribution: Source | None
    #: The element's place in its own article's brief (0: its Topline, then its bullets).
    rank: int = 0


#: Pages in their writer's own voice (a column, a review, an analysis, a first-person
#: account): what they say is their writer's, not a development an outlet reports.
OWN_VOICE = frozenset(KINDS) - {"news", "qa"}


def _candidates(members: Sequence[StoryMember]) -> list[_Candidate]:
    """Every news page's Topline and bullets (a column's argument is no Key fact of the
    story: shown with its outlet's name, it would read as what the outlet reports)."""
    found = []
    for m in members:
        if m.brief.page_kind in OWN_VOICE:
            continue
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


def _fact(candidate: _Candidate, reports: list[Report], texts: Mapping[str, str]) -> StoryFact:
    """The fact as its first reporter wrote it (its own bullet, or its sentence compressed)."""
    first = reports[0]
    member = candidate.member
    if first.article_id == member.id:
        spans = article_spans(member.id, candidate.spans)
        return StoryFact(
            join_spans(member.text, candidate.spans), spans, tuple(reports), candidate.attribution
        )
    text = join_pieces(texts[s.article_id][s.start : s.end] for s in first.spans)
    return StoryFact(text, first.spans, tuple(reports))


def _tells_when(member: StoryMember, spans: tuple[Span, ...]) -> bool:
    """The element names the day of what it tells, in the week before its article was
    published: a news lede says when ("… pledged to work together after a meeting Thursday"),
    a scene or an argument that opens a feature does not."""
    day = published_day(member)
    if day is None:
        return False
    try:
        published = date.fromisoformat(day)
    except ValueError:
        return False
    for value in days_in(member.analysis, cover(spans)):
        try:
            named = date.fromisoformat(value)
        except ValueError:
            continue  # a year, a month or a season: no day
        if 0 <= (published - named).days <= LEDE_DAYS:
            return True
    return False


def _topline_member(
    members: Sequence[StoryMember], index: CreditIndex, order: Mapping[str, int]
) -> tuple[StoryMember, FactTerms, list[Report]] | None:
    """The article whose Topline is the story's, with its terms and the outlets stating it:
    the latest development, so the newest day's articles (undated ones only when none is
    dated); of them, news pages before pages in their writer's voice (a column's Topline is
    its writer's argument, not a development, and is taken only when no news page has
    one); then the Topline most outlets state, then one that says when it happened
    (:func:`_tells_when`), then the last the store received."""
    told = [m for m in members if m.brief.topline is not None]
    news = [m for m in told if m.brief.page_kind not in OWN_VOICE] or told
    dated = [m for m in news if published_day(m)] or news
    if not dated:
        return None
    day = published_day(dated[-1])
    best: tuple[tuple[int, bool, int], StoryMember, FactTerms, list[Report]] | None = None
    for m in dated:
        if published_day(m) != day or m.brief.topline is None:
            continue
        spans = m.brief.topline.spans
        terms = element_terms(m.analysis, spans)
        reports = unique_outlets(index.reports(terms), order)
        key = (len(reports), _tells_when(m, spans), order[m.id])
        if best is None or key > best[0]:
            best = (key, m, terms, reports)
    return (best[1], best[2], best[3]) if best else None


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
    ordered = sorted(members, key=lambda m: (published_day(m) is None, published_day(m) or ""))
    return _build(story_id, ordered, title=title, since=day_of(since), max_facts=max_facts)


def _is_new(reports: Sequence[Report], since: str | None) -> bool:
    """Whether an element is news after ``since`` (``--since``): its first dated report is
    later than that day. What only undated articles give is not known to be new."""
    if since is None:
        return True
    first = next((r.published for r in reports if r.published), None)
    return first is not None and first > since


def _number_is_new(number: StoryNumber, members: Sequence[StoryMember], since: str | None) -> bool:
    """A Big number is new when its figure is, or when an outlet gave another figure for it
    after ``since`` (a new conflict or an update is news)."""
    published = {m.id: published_day(m) for m in members}
    later = [*number.conflicts, *([number.update] if number.update else [])]
    return _is_new(number.reports, since) or any(
        since is None or (published.get(c.article_id) or "") > since for c in later
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
    index = CreditIndex(members)
    candidates = _candidates(members)
    order = arrival(members)
    # The latest dated article (undated ones are sorted last but are not the latest news).
    dated = [m for m in members if published_day(m)]
    latest = (dated or list(members))[-1] if members else None
    texts = story_texts(members)

    topline: StoryFact | None = None
    top_terms: FactTerms | None = None
    found = _topline_member(members, index, order)
    top = found[0].brief.topline if found is not None else None
    if found is not None and top is not None:
        told, top_terms, reports = found
        reports = reports or [
            Report(outlet_of(told), told.id, published_day(told), article_spans(told.id, top.spans))
        ]
        topline = StoryFact(top.text, article_spans(told.id, top.spans), tuple(reports))
    else:
        missing.append("topline")

    quote = crucial_quote(members)
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
        reports = unique_outlets(index.reports(lead.terms), order)
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

    number = big_number(members)
    if number is None:
        missing.append("big_number")
    elif not _number_is_new(number, members, since):
        number = None
    shown = [t for _, _, t in chosen] + ([top_terms] if top_terms else [])
    background = key_background(members, published_day(latest) if latest else None, shown)
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
