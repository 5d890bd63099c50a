"""Key background: the sentences that explain the past, oldest first.

A sentence is background when it talks about what happened before the news: past perfect
("had been working as"), a start point ("since 2014", "began when"), an explicit earlier time
("in 2009", "two years ago", "last year"), or a resolved date earlier than the publication
date. Items are ordered oldest first by their resolved date where the analysis has one (a
year written in the sentence counts); undated items keep their story order.

An item is never a caption, never opens with a pronoun, never says what the Topline says, and
is shown whole (the editorial rules of :mod:`.editorial_rules`).

Background sentences belong in Key background rather than in the bullets. When the bullets
took every background sentence, the best one is taken back for Key background and the
bullets are chosen again without it (:func:`reserve_background`), but only when the article
has enough other candidates to fill the bullets; a short article still uses it as a fact.
(Reserving the best background sentence in every article, starved or not, cost 0.4 ROUGE-1
on CNN/DM and gave Key background to only 4 more of 99 articles; see docs/brief.md.)
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from topline.brief import editorial_rules as rules
from topline.brief.background_present import (
    subject_times,
    told_in_present,
    told_today,
    until_now,
)
from topline.brief.background_rules import (
    asides,
    backshifted,
    compared_since,
    dateline_or_caption,
    future_with_past_tail,
    game_result,
    hypothetical,
    leans_on_time,
    modifier_dates,
    news_with_past_tail,
    no_earlier_time,
    plug,
    referred_dates,
    told_as_now,
    told_set,
)
from topline.brief.clauses import blank, relative_clauses
from topline.brief.compress import compress
from topline.brief.context_rules import current_event, opening_pronoun
from topline.brief.cues import is_past_of, past_signals, period_end, period_start
from topline.brief.features import content_terms, cosine
from topline.brief.fit import fit
from topline.brief.select import Scored
from topline.memo import for_last
from topline.model import Analysis, BackgroundItem, Span, Timex, join_spans

# --- tunables ----------------------------------------------------------------------------
MAX_ITEMS = 3
#: Background sentences taken back from the bullets when Key background is starved.
RESERVED_ITEMS = 1
#: Signals needed for a sentence to count as background (each cue below is one signal).
MIN_SIGNALS = 1
#: A date in the Topline is the news's own time when its period ends at most this many days
#: before publication ("last month"); an earlier one names the background.
RECENT_DAYS = 45

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: After a house number, a street name: "of 1909 Jolinda Drive" names no year.
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Place|"
    r"Pl|Boulevard|Blvd|Court|Ct|Way|Circle|Terrace|Parkway|Pkwy|Highway|Hwy)\b"
)


def house_number(text: str, end: int) -> bool:
    """The number ending at ``end`` is a house number (a street name follows), not a year."""
    return _STREET_AFTER.match(text, end) is not None


#: Before a date, words that make it a point of comparison ("the largest since Bill Clinton
#: won in 1996", "more than in 2012"), not the time of the sentence's event.
_COMPARISON_BEFORE = re.compile(r"\b(?:since|than)\b[^,;.]{0,40}$", re.I)


def _date_of(
    article: str, text: str, sentence_timexes: Sequence[Timex], published: dt.date | None
) -> str | None:
    """The date of the sentence's event: the first resolved date in the sentence (begun
    before publication) that is not a point of comparison ("Obama won in 2012 - the most
    since 1996" is dated 2012), else the earliest; failing a resolved date, a written year
    (before the year of publication) chosen the same way."""
    timexes = sorted(
        (t for t in sentence_timexes if t.value and _began_before(t.value, published)),
        key=lambda t: t.span.start,
    )
    if timexes:
        plain = [
            t
            for t in timexes
            if not _COMPARISON_BEFORE.search(article, max(0, t.span.start - 48), t.span.start)
        ]
        first = plain[0] if plain else min(timexes, key=lambda t: str(t.value))
        return _calendar(str(first.value))
    years = [
        m
        for m in _YEAR.finditer(text)
        if not house_number(text, m.end())
        and (published is None or int(m.group(0)) < published.year)
    ]
    if not years:
        return None
    written = [m for m in years if not _COMPARISON_BEFORE.search(text, 0, m.start())]
    return written[0].group(0) if written else min(m.group(0) for m in years)


_CALENDAR = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?$")


def _calendar(value: str) -> str:
    """The date as a calendar value a reader can take in (``2019-11-14``, ``2019-11``,
    ``2019``): a week becomes the month of its Monday and a season or anything finer or vaguer
    its year, so no TimeML code (``2019-W46``, ``2019-SU``, ``2019-11-14TNI``) is shown."""
    if _CALENDAR.match(value):
        return value
    if value[:10].count("-") == 2 and _CALENDAR.match(value[:10]):
        return value[:10]
    start = period_start(value)
    if start is not None and "-W" in value:
        return f"{start.year}-{start.month:02d}"
    return value[:4]


def _began_before(value: str, published: dt.date | None) -> bool:
    start = period_start(value)
    return start is not None and (published is None or start < published)


def _earlier_than_published(timexes: Sequence[Timex], published: dt.date | None) -> bool:
    return any(is_past_of(t.value, published) for t in timexes)


_Found = tuple[int, float, int, str | None]  # (signals, score, sentence index, date)


def _showable(
    analysis: Analysis, c: Scored, news: Counter[str], position: int, date: str | None
) -> bool:
    """An editor's test for a Key background item: never a caption, never a sentence opening
    with a pronoun or a connective (it leans on a sentence the reader does not see), never a
    direct quotation, never the news itself (a sentence that says what the Topline says, or
    one told at the news's own time or only in reported speech's past:
    :func:`~topline.brief.context_rules.current_event`), and shown whole
    (:func:`~topline.brief.fit.fit`)."""
    if news and cosine(c.view.terms, news) >= rules.REPEAT_SIMILARITY:  # its content terms
        return False
    # the rest does not depend on the news: asked once per sentence of the analysis (Key
    # background is ranked up to three times per brief)
    known = _standing(analysis)
    key = (c.view.span, date, position)
    if key not in known:
        known[key] = _stands_alone(analysis, c, position, date)
    return known[key]


@for_last
def _standing(analysis: Analysis) -> dict[tuple[Span, str | None, int], bool]:
    """:func:`_stands_alone`'s answers for the analysis being briefed."""
    return {}


def _stands_alone(analysis: Analysis, c: Scored, position: int, date: str | None) -> bool:
    """:func:`_showable` but for the news: no caption, quotation, news event or opener that
    leans on another sentence, and the sentence fits whole."""
    text = analysis.article.text
    view = c.view.text
    if rules.caption(view) or rules.quotation(view) or dateline_or_caption(view):
        return False
    if current_event(view, date, analysis.article.published):
        return False
    if rules.person_pronoun_opener(view) or rules.pronoun_or_connective_opener(view):
        return False
    if opening_pronoun(view) is not None or leans_on_time(view):
        return False  # "This low-travel design …", "The next year, …": leans on a sentence
    if game_result(view):
        return False  # "X had eight points and a season-high 10 assists": the day's result
    spans = compress(text, c.view.span)
    return fit(text, analysis.sentences, position, spans, cut_long=False) is not None


_SINCE_BEFORE = re.compile(r"\b(?:since|from|after)\s+$", re.I)


def _news_periods(analysis: Analysis, news_spans: Sequence[Span]) -> list[tuple[dt.date, dt.date]]:
    """The calendar periods the Topline dates the news by ("plunged 10 percent last month"):
    only recent ones, ending within :data:`RECENT_DAYS` of publication (a Topline's "over a
    2010 allegation" names the background, not the news's time); without a publication
    date, any."""
    published = analysis.article.published
    text = analysis.article.text
    periods = []
    for t in analysis.timexes:
        if _SINCE_BEFORE.search(text, max(0, t.span.start - 8), t.span.start):
            continue  # "has lasted since October": a start point, the past of the news
        if t.value and any(s.contains(t.span) for s in news_spans):
            start, end = period_start(str(t.value)), period_end(str(t.value))
            recent = published is None or (
                end is not None and end >= published - dt.timedelta(days=RECENT_DAYS)
            )
            if start is not None and end is not None and recent:
                periods.append((start, end))
    return periods


def _within_news(date: str | None, periods: Sequence[tuple[dt.date, dt.date]]) -> bool:
    """The item's date lies within a period the Topline gives the news: what happened "last
    month" in a story of last month's figures is the news, not its background."""
    start = period_start(date) if date else None
    end = period_end(date) if date else None
    if start is None or end is None:
        return False
    return any(p_start <= start and end <= p_end for p_start, p_end in periods)


def _ranked(
    analysis: Analysis,
    candidates: Sequence[Scored],
    used: set[int],
    news: str | None = None,
    news_spans: Sequence[Span] = (),
) -> list[_Found]:
    """Background sentences not in ``used``, most background-like first, then best scored."""
    periods = _news_periods(analysis, news_spans)
    news_terms = Counter(content_terms(news)) if news else Counter[str]()
    found: list[_Found] = []
    position = {s.index: i for i, s in enumerate(analysis.sentences)}
    known = _pasts(analysis)
    for c in candidates:
        if c.view.index in used:
            continue
        key = (c.view.span, c.view.text)
        if key not in known:
            known[key] = _past(analysis, c)
        past = known[key]
        if past is None:
            continue
        signals, date = past
        if _within_news(date, periods):
            continue
        if told_set(c.view.text, news) is not None:
            continue  # "The three states last voted …": which three, the news does not say
        if _showable(analysis, c, news_terms, position[c.view.index], date):
            found.append((signals, c.score, c.view.index, date))
    found.sort(key=lambda f: (-f[0], -f[1]))
    return found


@for_last
def _pasts(analysis: Analysis) -> dict[tuple[Span, str], tuple[int, str | None] | None]:
    """:func:`_past`'s answers for the analysis being briefed (Key background is ranked up
    to three times per brief, over the same candidates; only the news differs)."""
    return {}


def _past(analysis: Analysis, c: Scored) -> tuple[int, str | None] | None:
    """The candidate's past-time signals and its date, or None when it is not background:
    no past, a past that is only a relative clause's, a comparison's or a date that names
    a thing (:func:`.background_rules.modifier_dates`), or a main clause told "now"."""
    published = analysis.article.published
    text = analysis.article.text
    timexes = [
        t
        for t in timexes_within(analysis, c.view.span.start, c.view.span.end)
        if not house_number(text, t.span.end)
    ]
    signals = past_signals(c.view.text) + _earlier_than_published(timexes, published)
    if signals < MIN_SIGNALS:
        return None
    # The past must be the sentence's own, not a relative clause's ("… a switch that
    # Apple released five years ago"): that dates a noun, not the sentence's event.
    # Nor a point of comparison ("the first elections since 1990").
    relatives = relative_clauses(c.view.text)
    if told_as_now(blank(c.view.text, relatives)) or until_now(c.view.text):
        return None  # "he now ups the ante", "until now it had been unclear": today's
    if told_in_present(analysis, c.view.index):
        return None  # "Kasich is reflecting on … 1987": today's words about a past time
    if news_with_past_tail(c.view.text) or hypothetical(c.view.text) or plug(c.view.text):
        return None  # "was jailed … and had previously been", "Previously, … would be"
    if future_with_past_tail(c.view.text):
        return None  # "will reignite speculation after he was previously linked"
    # Nor a date that names a thing ("concerns about the July 25 call").
    clauses = (
        relatives
        + compared_since(c.view.text)
        + no_earlier_time(c.view.text, published)
        + modifier_dates(c.view.text)
        + referred_dates(c.view.text)  # "unchanged from … in October", "invoked … 1980"
        + asides(c.view.text)  # "X, ambassador from 2007 to 2013, said": the day's words
        + backshifted(c.view.text)  # "tweeted that a volunteer had been shot": the day's
        + subject_times(c.view.text)  # "headlines in the past two years shows": which ones
    )
    at = c.view.span.start
    # Nor a time the parse ties to no clause the sentence tells ("Ever since X helped
    # found it in 1996, the network has provided …", "her statement in an Aug. 8, 2015,
    # affidavit"): it dates another event or names a thing, and the sentence is neither
    # dated nor counted as past by it (:attr:`topline.model.Sentence.off_clause`).
    off = _off_times(analysis, c, timexes)
    clauses += off
    main = [t for t in timexes if not any(a <= t.span.start - at < b for a, b in clauses)]
    own_words = past_signals(blank(c.view.text, clauses))
    own = own_words + _earlier_than_published(main, published)
    if own < MIN_SIGNALS:
        return None
    if not own_words and told_today(c.view.text, at, [t for t in main if t.value], published):
        return None  # "The party says … cast votes … from March 1-8": the story's own event
    if off:
        told = [t for t in timexes if not any(a <= t.span.start - at < b for a, b in off)]
        return signals, _date_of(text, blank(c.view.text, off), main or told, published)
    return signals, _date_of(text, c.view.text, main or timexes, published)


def _off_times(analysis: Analysis, c: Scored, timexes: Sequence[Timex]) -> list[tuple[int, int]]:
    """The spans (offsets in the candidate's text) of its timexes that hold a word the
    parse tied to no clause the sentence tells (:attr:`topline.model.Sentence.off_clause`)."""
    sentences = analysis.sentences
    k = c.view.index
    sentence = sentences[k] if 0 <= k < len(sentences) and sentences[k].index == k else None
    if sentence is None or not sentence.off_clause:
        return []
    at, end = c.view.span.start, c.view.span.end
    return [
        (t.span.start - at, min(t.span.end, end) - at)
        for t in timexes
        if any(o.start < t.span.end and t.span.start < o.end for o in sentence.off_clause)
    ]


@for_last
def _timex_starts(analysis: Analysis) -> tuple[list[int], list[int]]:
    """The analysis's timexes' positions ordered by start, and those starts (made once per
    analysis: each candidate sentence then bisects instead of scanning every timex)."""
    order = sorted(range(len(analysis.timexes)), key=lambda k: analysis.timexes[k].span.start)
    return order, [analysis.timexes[k].span.start for k in order]


def timexes_within(analysis: Analysis, start: int, end: int) -> list[Timex]:
    """The timexes inside ``[start, end)``, in the analysis's order."""
    order, starts = _timex_starts(analysis)
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_right(starts, end)
    held = sorted(k for k in order[lo:hi] if analysis.timexes[k].span.end <= end)
    return [analysis.timexes[k] for k in held]


def reserve_background(
    analysis: Analysis,
    candidates: Sequence[Scored],
    used: set[int],
    picked: set[int],
    bullets: int,
) -> set[int]:
    """Indices of background sentences to take back from the bullets ``picked``.

    Only when Key background would otherwise be empty (every background sentence outside
    ``used``, e.g. the Topline, was picked as a bullet), only while at least ``bullets``
    other candidates remain to make ``bullets`` bullets, and at most :data:`RESERVED_ITEMS`.
    """
    return _reserve(_ranked(analysis, candidates, used), candidates, used, picked, bullets)


def _reserve(
    ranked: Sequence[_Found],
    candidates: Sequence[Scored],
    used: set[int],
    picked: set[int],
    bullets: int,
) -> set[int]:
    """:func:`reserve_background` given the ranking (made once per call of its callers)."""
    if not ranked or any(f[2] not in picked for f in ranked):
        return set()
    others = sum(c.view.index not in used for c in candidates)
    reserved: set[int] = set()
    for _, _, index, _ in ranked:
        if len(reserved) >= RESERVED_ITEMS or others - len(reserved) - 1 < bullets:
            break
        reserved.add(index)
    return reserved


def background_starved(
    analysis: Analysis,
    candidates: Sequence[Scored],
    used: set[int],
    picked: set[int],
    bullets: int,
) -> bool:
    """The bullets ``picked`` took every background sentence and none can be given back
    (:func:`reserve_background`): Key background would be empty. The bullets then keep
    the Crucial quote's sentence as a candidate rather than take the background's."""
    ranked = _ranked(analysis, candidates, used)
    if not ranked or any(f[2] not in picked for f in ranked):
        return False
    return not _reserve(ranked, candidates, used, picked, bullets)


def _distinct(
    analysis: Analysis, found: Sequence[_Found], position: dict[int, int], used: set[int]
) -> list[_Found]:
    """The best :data:`MAX_ITEMS` of ``found`` that repeat neither one another nor a
    sentence the brief already shows (``used``): pages repeat a sentence (a caption, a pull
    quote), and the brief shows it once, with the test a bullet meets against the Topline
    (:data:`~topline.brief.editorial_rules.REPEAT_SIMILARITY`)."""
    text = analysis.article.text
    kept: list[_Found] = []
    kept_terms = [
        Counter(content_terms(s.span.of(text))) for s in analysis.sentences if s.index in used
    ]
    for f in found:
        terms = Counter(content_terms(analysis.sentences[position[f[2]]].span.of(text)))
        if any(cosine(terms, other) >= rules.REPEAT_SIMILARITY for other in kept_terms):
            continue
        kept.append(f)
        kept_terms.append(terms)
        if len(kept) == MAX_ITEMS:
            break
    return kept


def choose_background(
    analysis: Analysis,
    candidates: Sequence[Scored],
    used: set[int],
    news: str | None = None,
    news_spans: Sequence[Span] = (),
) -> tuple[BackgroundItem, ...]:
    """Up to :data:`MAX_ITEMS` background sentences not already in the brief, oldest first;
    ``news`` is the Topline (at ``news_spans``), which background never repeats and whose
    dates are the news's own time."""
    text = analysis.article.text
    position = {s.index: i for i, s in enumerate(analysis.sentences)}
    found = _ranked(analysis, candidates, used, news, news_spans)
    chosen = sorted(_distinct(analysis, found, position, used), key=lambda f: f[2])
    # Oldest first where dated; undated items keep their story-order slots.
    dated = sorted((f for f in chosen if f[3]), key=lambda f: str(f[3]))
    slots = iter(dated)
    ordered = [next(slots) if f[3] else f for f in chosen]
    # A view's span leaves out a caption glued before the sentence (features._unglued).
    shown = {c.view.index: c.view.span for c in candidates}
    items = []
    for _, _, index, date in ordered:
        sentence = analysis.sentences[position[index]]
        compressed = compress(text, shown.get(index, sentence.span))
        spans = fit(text, analysis.sentences, position[index], compressed, cut_long=False)
        if spans is not None:
            items.append(BackgroundItem(text=join_spans(text, spans), spans=spans, date=date))
    return tuple(items)
