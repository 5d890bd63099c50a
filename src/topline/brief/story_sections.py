"""The story brief's sections beside its key facts: the Crucial quote carried by most outlets,
the Big number with the outlets that give it and the conflicting figures of others, and the
Key background of earlier articles (see :mod:`.story` for what each section holds).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from topline.brief.story_credit import (
    StoryMember,
    arrival,
    article_spans,
    element_terms,
    outlet_of,
    published_day,
    unique_outlets,
)
from topline.brief.story_lexicon import (
    CLASS_NAME,
    CLAUSE_END,
    FIGURE_STEMS,
    LIGHT_STEMS,
    SPEECH_STEMS,
    STEMMER,
    THING_CLASSES,
    UPDATE_CUES,
    stems,
)
from topline.brief.story_match import FactTerms, fact_terms, near_fact
from topline.model import (
    BigNumber,
    Figure,
    Quantity,
    Report,
    Span,
    StoryBackground,
    StoryNumber,
    StoryQuote,
    join_spans,
)
from topline.reader_dates import reader_date

# --- tunables ----------------------------------------------------------------------------
MAX_BACKGROUND = 4
#: Two quantities count the same thing when the words of what they count overlap this much.
SAME_COUNTS = 0.5


def crucial_quote(members: Sequence[StoryMember]) -> StoryQuote | None:
    """The Crucial quote carried by most outlets (then the latest), with a speaker."""
    best: tuple[tuple[int, int], StoryQuote] | None = None
    for rank, m in enumerate(members):
        q = m.brief.crucial_quote
        if q is None or q.speaker is None:
            continue
        own = Report(outlet_of(m), m.id, published_day(m), article_spans(m.id, q.spans))
        credited = unique_outlets([own, *_text_reports(m, q.text, members)], arrival(members))
        quote = StoryQuote(q.text, article_spans(m.id, q.spans), q.speaker, tuple(credited))
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
            reports.append(
                Report(outlet_of(m), m.id, published_day(m), article_spans(m.id, [span]))
            )
    return reports


def _find_words(text: str, quote_text: str) -> Span | None:
    """Where the quote's words stand in ``text``, whatever the spacing and quotation marks."""
    words = re.findall(r"\w+", quote_text)
    if not words:
        return None
    pattern = r"\W+".join(re.escape(w) for w in words)
    found = re.search(pattern, text, re.I)
    return Span(found.start(), found.end()) if found else None


def _counts_terms(text: str | None) -> frozenset[str]:
    return fact_terms(text or "").terms


def _figures_for(
    member: StoryMember, number: BigNumber, members: Sequence[StoryMember]
) -> StoryNumber | None:
    """``number`` with the outlets giving the same figure for the same thing, others' figures
    that contradict it, and the latest figure a later day's article gives as an update of it."""
    counted = _counts_terms(number.counts)
    if number.value is None or not counted:
        return None
    own = _quantity_of(member, number)
    happened = _happening(member.text, own) if own is not None else frozenset[str]()
    reports: list[Report] = []
    others: list[tuple[StoryMember, Quantity, tuple[Span, ...]]] = []
    for o in members:
        for q in o.analysis.quantities:
            if q.value is None:
                continue
            other = _counts_terms(q.counts_span.of(o.text) if q.counts_span else q.counts)
            if len(counted & other) / max(len(counted | other), 1) < SAME_COUNTS:
                continue
            pieces = (q.span,) + ((q.counts_span,) if q.counts_span else ())
            if q.value == number.value:
                reports.append(
                    Report(outlet_of(o), o.id, published_day(o), article_spans(o.id, pieces))
                )
            elif precise(q.span.of(o.text)) and precise(join_spans(member.text, number.spans)):
                others.append((o, q, pieces))
    credited = unique_outlets(reports, arrival(members)) or [
        Report(
            outlet_of(member),
            member.id,
            published_day(member),
            article_spans(member.id, number.spans),
        )
    ]
    shown_days = [d for d in [published_day(member), *(r.published for r in credited)] if d]
    last_shown = max(shown_days, default=None)
    conflicts: list[Figure] = []
    updates: list[Figure] = []
    for o, q, pieces in others:
        day = published_day(o)
        figure = Figure(
            outlet_of(o),
            o.id,
            join_spans(o.text, pieces),
            q.value or 0.0,
            article_spans(o.id, pieces),
            day,
        )
        if (
            own is not None
            and last_shown is not None
            and day is not None
            and day > last_shown
            and _updates(member.text, own, o.text, q)
        ):
            updates.append(figure)
        elif _same_happening(happened, _happening(o.text, q)):
            conflicts.append(figure)
    agreeing = {r.outlet for r in credited}
    order = arrival(members)
    return StoryNumber(
        text=number.text,
        spans=article_spans(member.id, number.spans),
        value=number.value,
        counts=number.counts,
        reports=tuple(credited),
        conflicts=tuple(_unique_figures([c for c in conflicts if c.outlet not in agreeing])),
        update=max(updates, key=lambda f: (f.published or "", order[f.article_id]), default=None),
    )


def _updates(text: str, shown: Quantity, other_text: str, other: Quantity) -> bool:
    """Whether ``other`` (a later day's figure for the same thing) gives itself as an update of
    ``shown``: its clause has an update word (UPDATE_CUES: "have now been treated", "so far")
    and it tells the same happening (:func:`_counted_happening`), or its verb only states or
    moves a figure ("has risen to nine")."""
    start = max(other_text.rfind(". ", 0, other.span.start) + 1, 0)
    end = (other.counts_span or other.span).end
    stop = CLAUSE_END.search(other_text, end)
    if not UPDATE_CUES.search(other_text[start : stop.start() if stop else len(other_text)]):
        return False
    told = _counted_happening(other_text, other)
    if told:
        return bool(told & _counted_happening(text, shown))
    verb = stems(other.verb)
    return bool(verb) and all(
        t in FIGURE_STEMS or CLASS_NAME.get(t) in _AMOUNT_CLASSES for t in verb
    )


def _rest_of_clause(text: str, q: Quantity) -> frozenset[str]:
    """The synonym classes of the figure's clause after what it counts ("are now known to
    have been injured": injure), a thing the story is about ("fire") and amounts left out:
    what happened, when the figure's own verb says nothing."""
    start = (q.counts_span or q.span).end
    stop = CLAUSE_END.search(text, start)
    rest = text[start : stop.start() if stop is not None else len(text)]
    return frozenset(
        t
        for t in stems(rest, classes_only=True)
        if t not in THING_STEMS and CLASS_NAME.get(t) not in _AMOUNT_CLASSES
    )


def _counted_happening(text: str, q: Quantity) -> frozenset[str]:
    """What happened to what a figure counts, as a synonym class: its verb's class ("injured",
    "hurt": injure) or, when the verb has none ("have now been treated for injuries"), the
    classes of the rest of its clause; a thing the story is about and rises and falls left
    out."""
    verb = frozenset(
        t
        for t in stems(q.verb)
        if t in CLASS_NAME and CLASS_NAME[t] not in _AMOUNT_CLASSES and t not in THING_STEMS
    )
    if verb:
        return verb
    return _rest_of_clause(text, q)


def _quantity_of(member: StoryMember, number: BigNumber) -> Quantity | None:
    """The member's quantity that is its Big number (None: no such quantity)."""
    for q in member.analysis.quantities:
        if q.value == number.value and any(s.contains(q.span) for s in number.spans):
            return q
    return None


def _happening(text: str, q: Quantity) -> frozenset[str]:
    """What a figure's verb says happened to what it counts: its stems (a synonym class as
    one), leaving out verbs that only state a figure, say or make (FIGURE_VERBS, speech,
    light verbs) and the classes of rises and falls ("the toll rose to 15"). When nothing is
    left, the synonym classes of the rest of its clause ("are now known to have been
    injured": injure), a thing the story is about ("fire") left out; empty: it says nothing."""
    told = frozenset(
        t
        for t in stems(q.verb)
        if t not in FIGURE_STEMS
        and t not in SPEECH_STEMS
        and t not in LIGHT_STEMS
        and CLASS_NAME.get(t) not in _AMOUNT_CLASSES
    )
    if told:
        return told
    return _rest_of_clause(text, q)


#: Synonym classes that tell how a figure moved, not what happened to what it counts.
_AMOUNT_CLASSES = ("rise", "fall")


THING_STEMS = frozenset(STEMMER.stemWord(c) for c in THING_CLASSES)


def _same_happening(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two figures can count one thing as far as their verbs tell: one of them says
    nothing of what happened, or both say the same ("killed" / "died": one class)."""
    return not a or not b or bool(a & b)


_VAGUE = re.compile(
    r"^(?:tens of |hundreds of |)(?:dozens|scores|hundreds|thousands|millions|billions)\b", re.I
)


def precise(figure: str) -> bool:
    """A figure an outlet commits to ("15", "12,000", "two dozen"), not a vague plural
    ("thousands", "dozens"): only precise figures can contradict each other."""
    return not _VAGUE.match(figure.strip())


def big_number(members: Sequence[StoryMember]) -> StoryNumber | None:
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


def key_background(
    members: Sequence[StoryMember], latest_day: str | None, shown: list[FactTerms]
) -> tuple[StoryBackground, ...]:
    """Earlier articles' Toplines and every article's own background, oldest first."""
    items: list[tuple[str, int, StoryBackground, FactTerms]] = []
    for rank, m in enumerate(members):
        day = published_day(m)
        top = m.brief.topline
        if top is not None and day and latest_day and day < latest_day:
            # With the days its sentence names: an earlier day's report is not the latest
            # development told again because both name the place.
            terms = element_terms(m.analysis, top.spans)
            item = StoryBackground(
                top.text, article_spans(m.id, top.spans), reader_date(day), outlet_of(m)
            )
            items.append((day, rank, item, terms))
        for b in m.brief.key_background:
            if b.article_id not in (None, m.id):
                continue  # another stored article's item: that article is a member itself
            sort = b.date or day or ""
            item = StoryBackground(
                b.text, article_spans(m.id, b.spans), reader_date(b.date), outlet_of(m)
            )
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
