"""Incremental story clustering: each new article joins the most similar recent story or starts one.

Why incremental (single pass, like topic-detection-and-tracking systems) rather than a global
clustering: ingest is continuous, an article's story must be known when it is stored, and
the cost per article must not grow with the store. An article is a TF-IDF vector (document
frequencies counted as articles arrive); a story is the sum of its articles' vectors plus a
profile of canonical entities. Candidates come from an inverted index over each story's top
terms, limited to stories active within ``WINDOW_DAYS`` of the article's date. The article
joins the best candidate when text similarity is high, or moderate **and** they share named
entities (same people, places, organisations) — the entity test keeps two "Senate vote"
stories about different bills apart and joins a follow-up that uses other words (the rule:
:mod:`topline.store.same_story`).
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import ClassVar

from topline.model import Analysis
from topline.short_title import shorten_title
from topline.store import happenings
from topline.store import same_story as same_story_rule
from topline.store.same_story import (
    definite_reference,
    distinctive_words,
    lone_witness,
    other_event,
    other_kind,
    other_occasion,
    same_story,
    shared_names,
)

#: An article joins only stories whose dates are within this many days of its own.
WINDOW_DAYS = 10
#: Terms kept per article vector and per story centroid (bounds memory and time per article).
VECTOR_TERMS = 80
CENTROID_TERMS = 120
#: Terms of a story that index it for candidate lookup; at most MAX_CANDIDATES are scored.
INDEX_TERMS = 25
#: Entities of a story (most mentioned first) that index it too, under ``_ENTITY_PREFIX``: a
#: follow-up that shares few words but names the story's people, places and organisations is
#: still found. An article looks up only its distinctive entities (see DISTINCTIVE_DF).
INDEX_ENTITIES = 10
MAX_CANDIDATES = 40
#: Stories read per index term at most (the most recent first): bounds a lookup's cost when a
#: common term indexes many stories inside the window.
PER_TERM_STORIES = 200
#: Story states kept in memory by a writer (the rest is read from ``stories`` when needed).
CACHED_STORIES = 20_000
_SQL_CHUNK = 500  # terms per ``IN (...)`` query
#: Entities of an article that count for the shared-entity test (most mentioned first).
TOP_ENTITIES = 8
#: A shared entity counts only if at most this share of stored articles mention it: in
#: election news "Trump" and "Clinton" say nothing about which story an article belongs to.
DISTINCTIVE_DF = 0.05
#: ... or at most this many articles, whatever the share: in a young store 5% is fewer
#: articles than one story has, and a story's own actors would stop counting as it grows.
DISTINCTIVE_MIN_DF = 5
#: Headline words a story keeps (most frequent among its members' headlines first).
HEADLINE_TERMS = 50
#: The recogniser misses a name in one report that it found in another: "Burglars climbed
#: onto the roof of the Alderby Gallery overnight" gives no entity, where the first report of
#: the theft named the gallery. A distinctive name among a candidate story's INDEX_ENTITIES
#: most mentioned that the article spells out (title or text, word for word, capitalised as
#: the story has it, at least MIN_SPELLED_CHARS long) counts as a name the two share, as it
#: would had the recogniser found it; names the article's own entities are a form of are
#: counted the usual way (``same_story.shared_names``). False: off.
NAMES_IN_TEXT = True
MIN_SPELLED_CHARS = 4
_ENTITY_PREFIX = "@"  # entity document frequencies live in term_df under this prefix
_NEWS_STOP = {"said", "says", "told", "would", "could", "also", "mr", "ms", "mrs", "like", "just"}


def _packaged_stop_words() -> frozenset[str]:
    """The shipped English stop list (``topline/data/stop_words_en.txt``; ``#`` starts a comment)."""
    raw = resources.files("topline").joinpath("data/stop_words_en.txt").read_text(encoding="utf-8")
    return frozenset(
        word for line in raw.splitlines() if (word := line.strip()) and not word.startswith("#")
    )


_STOP = _packaged_stop_words() | _NEWS_STOP
_TOKEN = re.compile(r"[a-z][a-z0-9'\-]{2,}")
#: Abbreviations that _TOKEN misses: dotted ones of any length ("N.H.", "U.K.", "D.C.") and
#: two capitals written as a word ("NH", "EU"). Headlines name places and bodies this way
#: ("Barbs and pleas before N.H. vote"), and the short form is as telling as the long one.
#: (Found by a cheap scan for a capital followed by capitals or dots, then checked: a
#: ``\b``-anchored pattern doubled the cost of ``tokens``.)
_CAPITALS = re.compile(r"[A-Z][A-Z.]+")
_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")
ABBREVIATIONS = True


def entity_key(name: str) -> str:
    """The key of a canonical entity in ``term_df`` and ``story_terms``."""
    return _ENTITY_PREFIX + name.casefold()


def _window_start(day: date) -> date:
    """``WINDOW_DAYS`` before ``day``, or the calendar's first day near year 1."""
    return day - timedelta(days=min(WINDOW_DAYS, (day - date.min).days))


def tokens(text: str) -> list[str]:
    words = [t.strip("'-") for t in _TOKEN.findall(text.casefold()) if t not in _STOP]
    if ABBREVIATIONS:
        words += _abbreviations(text)
    return words


def _abbreviations(text: str) -> list[str]:
    """The text's dotted abbreviations and two-capital words, lower case, without dots."""
    out = []
    for m in _CAPITALS.finditer(text):
        start, end = m.span()
        if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            continue  # part of a longer word ("McDONALD", "NHs")
        form = m.group()
        if _DOTTED.fullmatch(form):
            short = form.replace(".", "").casefold()
        elif len(form.rstrip(".")) == 2 and "." not in form.rstrip("."):
            short = form.rstrip(".").casefold()  # "NH", or "NH." ending a sentence
        else:
            continue
        if short not in _STOP:
            out.append(short)
    return out


def _day(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


@dataclass
class StoryState:
    """The clustering state of one story (a row of ``stories``)."""

    id: str
    title: str
    centroid: dict[str, float]
    entities: Counter[str] = field(default_factory=Counter)
    headline: Counter[str] = field(default_factory=Counter)
    first: str | None = None
    last: str | None = None
    size: int = 0

    _norm: float | None = None

    def norm(self) -> float:
        if self._norm is None:
            self._norm = math.sqrt(sum(w * w for w in self.centroid.values())) or 1.0
        return self._norm

    def top_terms(self) -> frozenset[str]:
        """The INDEX_TERMS heaviest terms of the centroid: what the story is about, not every
        name its articles mention in passing."""
        return frozenset(
            t for t, _ in sorted(self.centroid.items(), key=lambda kv: -kv[1])[:INDEX_TERMS]
        )

    def index_terms(self) -> list[str]:
        """The story's top centroid terms and its most mentioned entities (``@`` keys)."""
        terms = [t for t, _ in sorted(self.centroid.items(), key=lambda kv: -kv[1])[:INDEX_TERMS]]
        named = sorted(self.entities.items(), key=lambda kv: (-kv[1], kv[0]))[:INDEX_ENTITIES]
        return terms + sorted({entity_key(e) for e, _ in named} - set(terms))


@dataclass(frozen=True, slots=True)
class Scored:
    """One candidate story as the rule saw it (for diagnosis; see ``Clusterer.trace``)."""

    article_id: str
    story_id: str
    cos: float
    shared: int
    named: int
    story_named: bool
    headline: bool
    joins: bool
    gap_days: int | None  # days from the story's latest article to the article
    other_kind: bool = False  # one reports a company's results, the other does not


class _StoryWords:
    """A story's top terms and headline words, as one container holding only ``rare`` words:
    a word stands for a name the recogniser missed only when it is as distinctive among
    stored articles' words as a name must be among their names (DISTINCTIVE_DF): "GOP" is a
    rare entity in election news and a common word. The top terms are sorted out only when
    a rare word is asked for."""

    __slots__ = ("_story", "_terms", "rare")

    def __init__(self, story: StoryState, rare: frozenset[str]) -> None:
        self._story = story
        self._terms: frozenset[str] | None = None
        self.rare = rare

    def __contains__(self, word: object) -> bool:
        if word not in self.rare:
            return False
        if word in self._story.headline:
            return True
        if self._terms is None:
            self._terms = self._story.top_terms()
        return word in self._terms


def _dated_back(days: Collection[date], story: StoryState) -> bool:
    """Whether one of ``days`` is the day of the story's first article or the day before (the
    event is often the day before its first report). Not any day of the story: a story that
    runs for weeks would gather every article that dates anything in those weeks."""
    first = _day(story.first)
    if not days or first is None:
        return False
    return any(first - timedelta(days=1) <= d <= first for d in days)


#: A follow-up a week on dates its event by the week ("how the solvents ignited last week",
#: "the previous week's collapse"): a resolved ISO week before the article's own week stands
#: for its seven days. Off: only calendar days date back.
WEEKS_DATE_BACK = True
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def past_days(analysis: Analysis) -> frozenset[date]:
    """The calendar days before its publication that the article's dates resolve to
    ("Monday's collapse", "on January 5", and the days of "last week"): what a follow-up
    dates back to."""
    published = analysis.article.published
    if published is None:
        return frozenset()
    out = set()
    for t in analysis.timexes:
        if not t.value:
            continue
        if len(t.value) == 10:
            d = _day(t.value)
            if d is not None and d < published:
                out.add(d)
        elif WEEKS_DATE_BACK:
            out.update(_past_week(t.value, published))
    return frozenset(out)


def quoted_people(analysis: Analysis) -> frozenset[str]:
    """The names of the people the article quotes or cites (speakers of kind "person")."""
    sources = [q.speaker for q in analysis.quotes] + [a.source for a in analysis.attributions]
    return frozenset(s.name for s in sources if s is not None and s.kind == "person")


#: The lede is the article's first sentence of at least this many words that ends as a
#: sentence does and is not part of its title (a headline or a byline line is shorter, or has
#: no full stop; a title repeated in the text may have one).
LEDE_MIN_WORDS = 6
#: Words after "the" that belong to its noun phrase, at most ("the A617 Brannock bypass").
DEFINITE_WORDS = 3
#: What makes a noun phrase definite here: "the", and a day or a stretch of time in the
#: possessive, which dates what it names ("Monday's overturn", "last week's derailment").
_DEFINITE_DETERMINERS = frozenset(
    ["the"]
    + [
        f"{w}'s"
        for w in """monday tuesday wednesday thursday friday saturday sunday yesterday
        week weekend month night""".split()
    ]
)
#: A definite phrase after these places the news on a timeline ("Days after the footbridge
#: collapse, a road bridge gave way"): another event's lede says that as often as a
#: follow-up's, so it is no evidence either way.
_TIMELINE_WORDS = frozenset({"after", "since", "following", "before", "until", "amid"})
_LEDE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
_WORD_OR_BREAK = re.compile(r"[^\W_][\w'’-]*|[^\w\s'’-]")


def lede(analysis: Analysis) -> str:
    """The article's first sentence (see LEDE_MIN_WORDS), or "" when none qualifies."""
    text = analysis.article.text
    title = " ".join((analysis.article.title or "").casefold().split())
    for sentence in analysis.sentences:
        line = sentence.span.of(text).strip()
        if (
            sentence.has_verb
            and len(line.split()) >= LEDE_MIN_WORDS
            and _LEDE_END.search(line)
            and " ".join(line.casefold().rstrip(".!?\"'”’)").split()) not in title
        ):
            return line
    return ""


def lede_definites(analysis: Analysis) -> frozenset[str]:
    """The words the lede names with a definite article: after each "the", the words up to
    the next stop word or punctuation, DEFINITE_WORDS at most ("under the hosepipe ban from
    Monday": hosepipe, ban; "the last of the chlorine wagons": chlorine, wagons; also after a
    day in the possessive, "Monday's overturn": overturn), leaving out
    capitalised words: "the Democratic National Convention" is a name (the entity signals'
    business), "the Ostby junction" refers back by "junction"; and leaving out a phrase that
    follows one of _TIMELINE_WORDS. What a follow-up's lede takes as known
    (``same_story.REFERS_BACK_WEIGHT``)."""
    words = _WORD_OR_BREAK.findall(lede(analysis))
    out: set[str] = set()
    for k, word in enumerate(words):
        if word.casefold().replace("’", "'") not in _DEFINITE_DETERMINERS:
            continue
        if k and words[k - 1].casefold() in _TIMELINE_WORDS:
            continue  # "days after the collapse, a second bridge ...": a timeline, not the news
        for nxt in words[k + 1 : k + 1 + DEFINITE_WORDS]:
            form = nxt.casefold().strip("'’-")
            if not _TOKEN.fullmatch(form) or form in _STOP:
                break
            if not nxt[0].isupper():
                out.add(form)
    return frozenset(out)


#: Labels of the names that say whom or what a happening befell (an organisation, a building):
#: a follow-up's lede may name a new person (the man charged, a witness), rarely a new victim.
ACTOR_LABELS = frozenset({"ORG", "FAC"})
#: A place the lede shares with the story does not make its happening the story's: two fires
#: of one city name the city ("Swimmers were led out of Trewin Leisure Centre in Penmarrow"
#: three days after a Penmarrow boatyard burned); what it befell is the organisation or the
#: building. False: any shared name in the lede makes it the story's.
PLACE_LABELS = frozenset({"GPE", "LOC"})
PLACES_ARE_WHERE = True
#: A report of the story's kind of happening in other words ("Thieves take endangered plant"
#: the day after "Rare orchid stolen", "Day trip ends in crash" beside "Coach overturns",
#: "Blaze hits newly starred restaurant" beside "Fire guts the Larder"): its headline and lede
#: naming one of the kinds the story's headlines name (``happenings``: a synonym class, as a
#: headline word is a word) stands in for a shared rare headline word (same_story's
#: HEADLINE_WEIGHT, its floor and its guard against other actors) when it comes at most this
#: many days after the story's *first* article: a wire's rewrite of the first hours, which
#: names nothing the local report names. From the first article, not the latest: a
#: follow-up days later must not open the story to another fire's report that day. None: off.
SAME_KIND_DAYS: int | None = 1
#: ... and later: a follow-up days on tells the story's happening and names its actors
#: ("Pellow Ceramics says nobody will lose their livelihood after an explosion wrecked its
#: premises" three days after "Blast rips through Tanfield kiln works"; "Brennock families
#: return as blaze is brought under control"). When the article shares a distinctive name with
#: the story (one is enough) and every kind of happening its headline and lede name is one the
#: story tells, the kind stands in for a shared rare headline word on any day of the window
#: (the same weight, floor and guard against other actors). Not when it tells a kind the story
#: does not ("Blaze hits newly starred restaurant" after the restaurant's Michelin star: the
#: award is its background); another firm's explosion in the town stays apart by the
#: other-event and other-occasion tests. False: within SAME_KIND_DAYS only.
FOLLOW_UP_KINDS = True


@dataclass(frozen=True)
class LedeClues:
    """What the article's headline and lede say about which event it reports (see
    ``same_story.other_event``): the kinds of happening they name and the names of its lede
    (all of them; those of organisations and buildings, ``ACTOR_LABELS``; and its places,
    ``PLACE_LABELS``)."""

    kinds: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    #: The results in figures the lede gives (``happenings.results``: "3-1", "38-22").
    results: frozenset[str] = frozenset()
    #: The days up to its publication that the lede's dates resolve to ("on Thursday
    #: morning"): the day of the happening it tells, when it tells one.
    days: frozenset[date] = frozenset()
    #: The people the lede introduces with their age ("Sarah Pike, 34,"): news names so
    #: whom a happening befell or who stands accused of it.
    people: frozenset[str] = frozenset()


def lede_clues(analysis: Analysis) -> LedeClues:
    """The article's :class:`LedeClues` (headline and lede; see :func:`lede`)."""
    first = lede(analysis)
    head = happenings.words(f"{analysis.article.title or ''} . {first}")
    if not first:
        return LedeClues(happenings.kinds(head))
    text = analysis.article.text
    start = text.find(first)
    end = start + len(first)
    in_lede = [e for e in analysis.entities if start <= e.span.start and e.span.end <= end]
    published = analysis.article.published
    days = set()
    # A lede that names a kind of happening as known ("killed in the fire") dates what
    # follows it, not a happening of its own (see ``same_story.other_occasion``).
    for t in () if _known_kind(first) else analysis.timexes:
        if start <= t.span.start and t.span.end <= end and t.value and published is not None:
            d = _day(t.value) if _ISO_DAY.match(t.value) else None
            if d is not None and d <= published:
                days.add(d)
    return LedeClues(
        happenings.kinds(head),
        frozenset(e.canonical for e in in_lede),
        frozenset(e.canonical for e in in_lede if e.label in ACTOR_LABELS),
        frozenset(e.canonical for e in in_lede if e.label in PLACE_LABELS),
        happenings.results(
            first, happenings.reports_outcome(happenings.words(analysis.article.title or ""))
        ),
        frozenset(days),
        frozenset(
            e.canonical
            for e in in_lede
            if e.label == "PERSON" and _AGE_AFTER.match(text, e.span.end, end)
        ),
    )


#: ", 34," or ", aged 34," right after a name.
_AGE_AFTER = re.compile(r",\s*(?:aged\s+)?\d{1,3}\s*,")


def _known_kind(lede_text: str) -> bool:
    """Whether the lede names a kind of happening with a definite article or a dated
    possessive at most DEFINITE_WORDS words before it ("the warehouse fire", "Monday's
    blaze", "started the fire"), as a thing the reader knows."""
    words = happenings.words(lede_text)
    for k, w in enumerate(words):
        if happenings.kinds([w]) and any(
            x in _DEFINITE_DETERMINERS for x in words[max(0, k - DEFINITE_WORDS) : k]
        ):
            return True
    return False


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|T)")


#: A story remembers the kinds of happening its members' headlines *and ledes* name, among
#: its headline words under KIND_PREFIX ("#crash": no word of a headline starts so, and the
#: ``stories.headline`` column needs no migration): the first report's headline may name the
#: consequence ("Tanker spill shuts Brannock bypass") and its lede the happening ("A tanker
#: … overturned"), which a rewrite's headline names ("Fuel lorry overturns"). False: the
#: headlines' words and the title only.
LEDE_KINDS = True
KIND_PREFIX = "#"
#: Whether a story's marks are capped apart from its headline words (see :func:`kept_headline`).
SEPARATE_MARKS = True


def _story_kinds(story: StoryState) -> frozenset[str]:
    """The kinds of happening the story's members' headlines and ledes name (LEDE_KINDS),
    and its headline words and title name (the title read whole: the stop list that makes
    its headline words drops "fire"; stories stored before LEDE_KINDS have only these)."""
    kept = frozenset(
        w[len(KIND_PREFIX) :]
        for w in story.headline
        if w.startswith(KIND_PREFIX) and w[len(KIND_PREFIX) :] in happenings.HAPPENINGS
    )
    title = happenings.kinds(happenings.words(story.title))
    return kept | happenings.kinds(story.headline) | title


#: What a story remembers of its occasions, among its headline words like its kinds (no
#: migration): the results its members' ledes give (RESULT_PREFIX, "#=3-1") and the days on
#: which the ledes that name a kind of happening date it (DAY_PREFIX, "#@2026-05-04"). See
#: ``same_story.other_occasion``. False: neither is kept nor read.
OCCASIONS = True
RESULT_PREFIX = KIND_PREFIX + "="
DAY_PREFIX = KIND_PREFIX + "@"
#: ... and the people its members' ledes introduce with their age ("#+Sarah Pike").
PERSON_PREFIX = KIND_PREFIX + "+"


def kept_headline(headline: Counter[str]) -> Counter[str]:
    """The HEADLINE_TERMS most frequent headline words of a story and, apart from them, its
    HEADLINE_TERMS most frequent marks (kinds, results, days and people under KIND_PREFIX):
    a long story's headline words do not push out the day or the people of its first report,
    nor its marks the words (ties keep the earlier). SEPARATE_MARKS False: one cap for both."""
    if not SEPARATE_MARKS:
        return Counter(dict(headline.most_common(HEADLINE_TERMS)))
    words = Counter({w: n for w, n in headline.items() if not w.startswith(KIND_PREFIX)})
    marks = Counter({w: n for w, n in headline.items() if w.startswith(KIND_PREFIX)})
    return Counter(dict(words.most_common(HEADLINE_TERMS) + marks.most_common(HEADLINE_TERMS)))


def _occasion_marks(clues: LedeClues) -> set[str]:
    """The headline words under which a story keeps the article's occasion (OCCASIONS)."""
    if not OCCASIONS:
        return set()
    marks = {RESULT_PREFIX + r for r in clues.results} | {PERSON_PREFIX + p for p in clues.people}
    if clues.kinds:
        marks |= {DAY_PREFIX + d.isoformat() for d in clues.days}
    return marks


def _story_occasions(
    story: StoryState,
) -> tuple[frozenset[str], frozenset[date], frozenset[str]]:
    """The results, the days of happening and the people introduced with their age that
    the story keeps (see OCCASIONS)."""
    results = set()
    days = set()
    people = set()
    for w in story.headline:
        if w.startswith(RESULT_PREFIX):
            results.add(w[len(RESULT_PREFIX) :])
        elif w.startswith(PERSON_PREFIX):
            people.add(w[len(PERSON_PREFIX) :])
        elif w.startswith(DAY_PREFIX):
            d = _day(w[len(DAY_PREFIX) :])
            if d is not None:
                days.add(d)
    return frozenset(results), frozenset(days), frozenset(people)


def _past_week(value: str, published: date) -> list[date]:
    """The days of ISO week ``value`` ("2026-W02") when the week ends before the article's
    own week begins ("this week" dates nothing back: its days may follow the event)."""
    m = _ISO_WEEK.match(value)
    if m is None:
        return []
    try:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        return []
    own_monday = published - timedelta(days=published.weekday())
    if monday >= own_monday:
        return []
    return [monday + timedelta(days=k) for k in range(7)]


def _days_since_first(day: date | None, story: StoryState) -> int | None:
    """Days from the story's first article to ``day`` (None: either undated)."""
    first = _day(story.first)
    return None if day is None or first is None else abs((day - first).days)


def _gap_days(day: date | None, story: StoryState) -> int | None:
    last = _day(story.last)
    return None if day is None or last is None else abs((day - last).days)


@dataclass(frozen=True, slots=True)
class Assignment:
    story_id: str
    created: bool
    similarity: float


class Clusterer:
    """Story assignment with its state on disk, read on demand (opening costs nothing).

    Document frequencies come from ``term_df`` for the article's own terms only; candidate
    stories from ``story_terms`` (a story's top terms, indexed by term and latest date), so a
    lookup reads at most ``PER_TERM_STORIES`` index entries per term, inside the date window;
    story states are read from ``stories`` for those candidates and cached (bounded). Every
    change is written at once on the caller's connection, inside the batch's transaction, so
    a failed batch leaves nothing behind (the store then drops this object).
    """

    #: When a list, every candidate scored by any clusterer is appended to it
    #: (``benchmarks/stories.py --pairs`` reads why articles did or did not join); None in use.
    trace: ClassVar[list[Scored] | None] = None

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        row = conn.execute("SELECT value FROM store_meta WHERE key = 'n_docs'").fetchone()
        self.n_docs = int(row[0]) if row else 0
        self._cache: dict[str, StoryState] = {}
        self._dirty_stories: set[str] = set()

    # --- state on disk -------------------------------------------------------------------

    def df(self, terms: Iterable[str]) -> dict[str, int]:
        """Document frequencies of ``terms`` (0 for unseen ones)."""
        wanted = sorted(set(terms))
        out = dict.fromkeys(wanted, 0)
        for k in range(0, len(wanted), _SQL_CHUNK):
            chunk = wanted[k : k + _SQL_CHUNK]
            marks = ",".join("?" * len(chunk))
            for term, df in self.conn.execute(
                f"SELECT term, df FROM term_df WHERE term IN ({marks})", chunk
            ):
                out[term] = int(df)
        return out

    def story(self, story_id: str) -> StoryState | None:
        state = self._cache.get(story_id)
        if state is not None:
            return state
        row = self.conn.execute(
            "SELECT id, title, centroid, entity_profile, first_published, last_published, size, "
            "headline FROM stories WHERE id = ?",
            (story_id,),
        ).fetchone()
        if row is None:
            return None
        state = StoryState(
            id=row[0],
            title=row[1],
            centroid=json.loads(row[2]),
            entities=Counter(json.loads(row[3])),
            first=row[4],
            last=row[5],
            size=row[6],
            headline=Counter(json.loads(row[7])),
        )
        self._remember(state)
        return state

    def _remember(self, state: StoryState) -> None:
        if len(self._cache) >= CACHED_STORIES:
            for sid in list(self._cache)[: CACHED_STORIES // 4]:  # oldest entries first
                if sid not in self._dirty_stories:
                    del self._cache[sid]
        self._cache[state.id] = state

    # --- vectors -------------------------------------------------------------------------

    def vector(
        self,
        text: str,
        title: str | None,
        *,
        text_tokens: list[str] | None = None,
        df: dict[str, int] | None = None,
    ) -> dict[str, float]:
        """Sublinear TF × smoothed IDF over the title (counted twice) and the text, L2-normed."""
        counts = Counter(tokens(text) if text_tokens is None else text_tokens)
        if title:
            for t in tokens(title):
                counts[t] += 2
        if df is None:
            df = self.df(counts)
        n = self.n_docs
        weights = {
            t: (1.0 + math.log(c)) * (math.log((1 + n) / (1 + df.get(t, 0))) + 1.0)
            for t, c in counts.items()
        }
        top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:VECTOR_TERMS]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        return {t: w / norm for t, w in top}

    # --- assignment ----------------------------------------------------------------------

    def _in_window(self, story: StoryState, day: date | None) -> bool:
        if day is None:
            return True
        first, last = _day(story.first), _day(story.last)
        if first is None or last is None:
            return True
        return (first - day).days <= WINDOW_DAYS and (day - last).days <= WINDOW_DAYS

    def candidates(
        self, vec: dict[str, float], day: date | None, entities: Iterable[str] = ()
    ) -> list[StoryState]:
        """Stories sharing the article's top terms or its (distinctive) ``entities``, active
        within the window (index lookups)."""
        lo = "" if day is None else _window_start(day).isoformat()
        terms = sorted(vec, key=lambda t: (-vec[t], t))[:INDEX_TERMS]
        terms += sorted({entity_key(e) for e in entities} - set(terms))
        hits: Counter[str] = Counter()
        if terms:
            params: list[str | int] = []
            for term in terms:
                params += [term, lo, PER_TERM_STORIES, term, PER_TERM_STORIES]
            hits.update(sid for (sid,) in self.conn.execute(_candidates_sql(len(terms)), params))
        out = []
        for sid, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[: 3 * MAX_CANDIDATES]:
            story = self.story(sid)
            if story is not None and self._in_window(story, day):
                out.append(story)
                if len(out) >= MAX_CANDIDATES:
                    break
        return out

    def best(
        self,
        vec: dict[str, float],
        entities: Counter[str],
        published: date | None,
        df: dict[str, int] | None = None,
        title: str | None = None,
        article_id: str = "",
        days: Collection[date] = (),
        quoted: Collection[str] = (),
        definites: Collection[str] = (),
        clues: LedeClues = LedeClues(),
        text: str = "",
    ) -> tuple[StoryState | None, float]:
        limit = max(DISTINCTIVE_MIN_DF, DISTINCTIVE_DF * self.n_docs)
        top = [e for e, _ in entities.most_common(TOP_ENTITIES)]
        if df is None:
            df = self.df(entity_key(e) for e in top)
        top_entities = {e for e in top if df.get(entity_key(e), 0) <= limit}
        rare_headline = self.rare_headline_terms(title, df)
        rare_definites = self.rare_terms(definites, df)
        headline_words = frozenset(tokens(title or ""))
        # Words of the article's names as distinctive as the names must be (see _StoryWords).
        rare = frozenset(
            w
            for e in top_entities
            for w in re.findall(r"\w+", e.casefold())
            if df.get(w, 0) <= limit
        )
        best: tuple[float, float, StoryState] | None = None
        stories = self.candidates(vec, published, top_entities)
        spelled = self._spelled_out(stories, text, entities, limit)
        for story in stories:
            cos = sum(w * story.centroid.get(t, 0.0) for t, w in vec.items()) / story.norm()
            found = shared_names(top_entities, story.entities, _StoryWords(story, rare))
            names = found | spelled.get(story.id, set())
            # A headline word of a name the two share already counts, as that entity.
            counted = {t for name in names for t in tokens(name)}
            headline = any(t in story.headline for t in rare_headline - counted)
            gap = _gap_days(published, story)
            since_first = _days_since_first(published, story)
            if (
                SAME_KIND_DAYS is not None
                and not headline
                and clues.kinds
                and since_first is not None
                and since_first <= SAME_KIND_DAYS
            ):
                headline = bool(clues.kinds & _story_kinds(story))
            elif FOLLOW_UP_KINDS and not headline and clues.kinds and names:
                headline = clues.kinds <= _story_kinds(story)
            dated_back = _dated_back(days, story)
            witness = lone_witness(top_entities, found, quoted)
            refers_back = definite_reference(rare_definites, tokens(story.title), counted)
            kind = (
                other_kind(headline_words, story.headline)
                or self._other_occasion(clues, story, refers_back, entities)
                or self._other_event(
                    clues,
                    story,
                    top_entities,
                    names,
                    published,
                    dated_back or witness or refers_back,
                )
            )
            joins, score = same_story(
                cos,
                len(names),
                len(top_entities),
                bool(story.entities),
                headline,
                kind,
                gap,
                dated_back,
                witness,
                refers_back,
                since_first,
            )
            if self.trace is not None:
                self.trace.append(
                    Scored(
                        article_id,
                        story.id,
                        cos,
                        len(names),
                        len(top_entities),
                        bool(story.entities),
                        headline,
                        joins,
                        gap,
                        kind,
                    )
                )
            if joins and (best is None or (score, cos, story.id) > (best[0], best[1], best[2].id)):
                best = (score, cos, story)
        return (best[2], best[1]) if best else (None, 0.0)

    def _spelled_out(
        self, stories: Iterable[StoryState], text: str, entities: Collection[str], limit: float
    ) -> dict[str, set[str]]:
        """Per candidate story, the distinctive names among its INDEX_ENTITIES most mentioned
        that the article's ``text`` spells out, word for word and capitalised as the story
        has them, and that none of the article's own ``entities`` (all of them) is a form of:
        names the recogniser missed in this article and found in the story's
        (NAMES_IN_TEXT)."""
        if not NAMES_IN_TEXT or not text:
            return {}
        own = [distinctive_words(e) for e in entities]
        found: dict[str, set[str]] = {}
        for story in stories:
            named = sorted(story.entities.items(), key=lambda kv: (-kv[1], kv[0]))
            for name, _ in named[:INDEX_ENTITIES]:
                words = distinctive_words(name)
                if (
                    name in text
                    and len(name) >= MIN_SPELLED_CHARS
                    and words
                    and not any(words & w for w in own)
                    and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
                ):
                    found.setdefault(story.id, set()).add(name)
        if not found:
            return {}
        df = self.df(entity_key(n) for names in found.values() for n in names)
        return {
            sid: kept
            for sid, names in found.items()
            if (kept := {n for n in names if df.get(entity_key(n), 0) <= limit})
        }

    @staticmethod
    def _other_occasion(
        clues: LedeClues, story: StoryState, refers_back: bool, named: Collection[str]
    ) -> bool:
        """``same_story.other_occasion`` for the article's lede and the story's kept
        occasions; a lede that names the story's event as known (``refers_back``) is its
        follow-up whatever it dates. (The body's signals, a date or a witness of the story,
        do not count: another event's report recalls the earlier one further down.) The
        people: those the lede introduces with their age against those the story's ledes
        did, when the article (``named``: all its names) names none of the story's."""
        if not OCCASIONS or refers_back or not (clues.results or clues.days or clues.people):
            return False
        results, days, people = _story_occasions(story)
        same_kind = bool(clues.kinds & _story_kinds(story)) if clues.kinds else False
        new_people = bool(clues.people and people and not shared_names(named, people))
        return other_occasion(
            clues.results, results, clues.days if same_kind else (), days, new_people
        )

    @staticmethod
    def _other_event(
        clues: LedeClues,
        story: StoryState,
        top_entities: Collection[str],
        shared: Collection[str],
        published: date | None,
        follow_up: bool,
    ) -> bool:
        """``same_story.other_event`` for the article's clues and the story: the kinds of
        happening its headlines name (the title's words read whole: "fire" is a stop word),
        and whether the article's lede, on a later day than the story's first, tells one of
        them with distinctive names the story does not have (``shared``: those it has; a
        shared place does not count, PLACES_ARE_WHERE), an organisation or a building among
        them, while the story has names of its own."""
        if follow_up or not clues.kinds:
            return False  # both tests need the article's kinds (most articles name none)
        story_kinds = _story_kinds(story)
        lede_names = {n for n in clues.names if n in top_entities}
        first = _day(story.first)
        new_actor = bool(
            story.entities
            and lede_names & set(clues.actors)
            and not (lede_names - (clues.places if PLACES_ARE_WHERE else frozenset())) & set(shared)
            and clues.kinds & story_kinds
            and published is not None
            and first is not None
            and published > first
        )
        return other_event(clues.kinds, story_kinds, new_actor, follow_up)

    def rare_headline_terms(self, title: str | None, df: dict[str, int]) -> set[str]:
        """The words of ``title`` whose IDF reaches HEADLINE_IDF."""
        return self.rare_terms(tokens(title or ""), df)

    def rare_terms(self, words: Iterable[str], df: dict[str, int]) -> set[str]:
        """The ``words`` whose IDF reaches HEADLINE_IDF."""
        n = self.n_docs
        out = set()
        for t in words:
            if math.log((1 + n) / (1 + df.get(t, 0))) + 1.0 >= same_story_rule.HEADLINE_IDF:
                out.add(t)
        return out

    def assign(
        self,
        article_id: str,
        text: str,
        title: str | None,
        published: date | None,
        entities: Counter[str],
        days: Collection[date] = (),
        quoted: Collection[str] = (),
        definites: Collection[str] = (),
        clues: LedeClues = LedeClues(),
    ) -> Assignment:
        """Put one (non-copy) article in a story; writes go to the caller's transaction.

        ``days``: the past days the article refers to (see :func:`past_days`); ``quoted``: the
        people it quotes (see :func:`quoted_people`); ``definites``: the words its lede names
        with a definite article (see :func:`lede_definites`); ``clues``: what its headline and
        lede say of which event it tells (see :func:`lede_clues`)."""
        text_tokens = tokens(text)
        terms = set(text_tokens) | set(tokens(title or ""))
        terms |= {entity_key(e) for e in entities}
        df = self.df(terms)
        vec = self.vector(text, title, text_tokens=text_tokens, df=df)
        story, sim = self.best(
            vec,
            entities,
            published,
            df,
            title,
            article_id,
            days,
            quoted,
            definites,
            clues,
            f"{title or ''}\n{text}",
        )
        created = story is None
        if story is None:
            story = StoryState(id=f"s{article_id}", title=title or _headline(text), centroid={})
            self._remember(story)
        old_terms = [] if created else story.index_terms()
        old_last = story.last
        merged = Counter(story.centroid)
        merged.update(vec)
        # Truncated sum of members, rounded as stored: a story read back from disk (another
        # process, a resumed ingest, an evicted cache entry) scores exactly as in memory.
        story.centroid = {t: round(w, 5) for t, w in merged.most_common(CENTROID_TERMS)}
        story._norm = None
        story.headline.update(set(tokens(title or "")))
        if LEDE_KINDS:
            story.headline.update({KIND_PREFIX + k for k in clues.kinds})
        story.headline.update(_occasion_marks(clues))
        story.headline = kept_headline(story.headline)
        story.entities.update(entities)
        story.entities = Counter(dict(story.entities.most_common(50)))
        story.size += 1
        if published is not None:
            first, last = _day(story.first), _day(story.last)
            if first is None or published < first:
                story.first = published.isoformat()
                if title:
                    story.title = title  # the story is named after its earliest article
            if last is None or published > last:
                story.last = published.isoformat()
        self._index_story(story, old_terms, old_last)
        self._dirty_stories.add(story.id)
        self.conn.executemany(
            "INSERT INTO term_df(term, df) VALUES (?, 1) "
            "ON CONFLICT(term) DO UPDATE SET df = df + 1",
            [(t,) for t in sorted(terms)],
        )
        self.n_docs += 1
        return Assignment(story.id, created, sim)

    def _index_story(self, story: StoryState, old_terms: list[str], old_last: str | None) -> None:
        """Bring the story's ``story_terms`` rows up to date, writing only what changed.

        Most articles join a story on a day it already has and move few of its top terms;
        rewriting all INDEX_TERMS rows every time was the larger part of a write's random
        index pages (each row lives in two B-trees keyed by term).
        """
        new_terms = story.index_terms()
        gone = sorted(set(old_terms) - set(new_terms))
        moved = story.last != old_last
        changed = new_terms if moved else sorted(set(new_terms) - set(old_terms))
        self.conn.executemany(
            "DELETE FROM story_terms WHERE term = ? AND story_id = ?",
            [(t, story.id) for t in gone],
        )
        self.conn.executemany(
            "INSERT OR REPLACE INTO story_terms(term, last_published, story_id) VALUES (?, ?, ?)",
            [(t, story.last, story.id) for t in changed],
        )

    # --- persistence ---------------------------------------------------------------------

    def save(self, conn: sqlite3.Connection, now: str) -> None:
        """Write the batch's changed stories and the article count (in the caller's transaction)."""
        rows = []
        for sid in sorted(self._dirty_stories):
            s = self._cache[sid]
            rows.append(
                (
                    s.id,
                    s.title,
                    s.first,
                    s.last,
                    s.size,
                    json.dumps({t: round(w, 5) for t, w in s.centroid.items()}),
                    json.dumps(dict(s.entities)),
                    json.dumps(dict(s.headline)),
                    now,
                    now,
                )
            )
        conn.executemany(
            "INSERT INTO stories(id, title, first_published, last_published, size, centroid, "
            "entity_profile, headline, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
            "first_published = excluded.first_published, last_published = excluded.last_published, "
            "size = excluded.size, centroid = excluded.centroid, "
            "entity_profile = excluded.entity_profile, headline = excluded.headline, "
            "updated_at = excluded.updated_at",
            rows,
        )
        conn.execute(
            "INSERT INTO store_meta(key, value) VALUES ('n_docs', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (self.n_docs,),
        )
        self._dirty_stories.clear()


@cache
def _candidates_sql(n_terms: int) -> str:
    """One statement for a lookup's terms (one round trip instead of one per term): for each
    term, its stories inside the window, most recent first, through the covering index
    ``story_terms_recent`` (term, last_published), then its undated stories."""
    one = (
        "SELECT story_id FROM (SELECT story_id FROM story_terms "
        "WHERE term = ? AND last_published >= ? ORDER BY last_published DESC LIMIT ?) "
        "UNION ALL SELECT story_id FROM (SELECT story_id FROM story_terms "
        "WHERE term = ? AND last_published IS NULL LIMIT ?)"
    )
    return " UNION ALL ".join([one] * n_terms)


def backfill(conn: sqlite3.Connection) -> None:
    """Fill ``story_terms`` of a store made before migration 3 (once, on its first write)."""
    for sid, centroid, last in conn.execute(
        "SELECT id, centroid, last_published FROM stories"
    ).fetchall():
        state = StoryState(id=sid, title="", centroid=json.loads(centroid), last=last)
        conn.executemany(
            "INSERT OR REPLACE INTO story_terms(term, last_published, story_id) VALUES (?, ?, ?)",
            [(t, last, sid) for t in state.index_terms()],
        )


def _headline(text: str) -> str:
    """A story with no title is named after its first line, cut at a phrase boundary."""
    return shorten_title(text)
