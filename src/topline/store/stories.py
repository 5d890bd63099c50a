"""Incremental story clustering: each new article joins the most similar recent story or starts one.

Why incremental (single pass, like topic-detection-and-tracking systems) rather than a global
clustering: ingest is continuous, an article's story must be known when it is stored, and
the cost per article must not grow with the store. An article is a TF-IDF vector (document
frequencies counted as articles arrive); a story is the sum of its articles' vectors plus a
profile of canonical entities. Candidates come from an inverted index over each story's top
terms, limited to stories active within ``WINDOW_DAYS`` of the article's date. The article
joins the best candidate when text similarity is high, or moderate **and** they share named
entities (same people, places, organisations) — the entity test keeps two "Senate vote"
stories about different bills apart and joins a follow-up that uses other words.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from importlib import resources

#: Join a story when cosine(article, story centroid) reaches this ...
TEXT_THRESHOLD = 0.30
#: ... or reaches this lower floor while sharing at least MIN_SHARED_ENTITIES entities.
ENTITY_TEXT_FLOOR = 0.15
MIN_SHARED_ENTITIES = 2
#: An article joins only stories whose dates are within this many days of its own.
WINDOW_DAYS = 10
#: Terms kept per article vector and per story centroid (bounds memory and time per article).
VECTOR_TERMS = 80
CENTROID_TERMS = 120
#: Terms of a story that index it for candidate lookup; at most MAX_CANDIDATES are scored.
INDEX_TERMS = 25
MAX_CANDIDATES = 40
#: Entities of an article that count for the shared-entity test (most mentioned first).
TOP_ENTITIES = 8
#: A shared entity counts only if at most this share of stored articles mention it: in
#: election news "Trump" and "Clinton" say nothing about which story an article belongs to.
DISTINCTIVE_DF = 0.05
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


def tokens(text: str) -> list[str]:
    return [t.strip("'-") for t in _TOKEN.findall(text.casefold()) if t not in _STOP]


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
    first: str | None = None
    last: str | None = None
    size: int = 0

    _norm: float | None = None

    def norm(self) -> float:
        if self._norm is None:
            self._norm = math.sqrt(sum(w * w for w in self.centroid.values())) or 1.0
        return self._norm

    def index_terms(self) -> list[str]:
        return [t for t, _ in sorted(self.centroid.items(), key=lambda kv: -kv[1])[:INDEX_TERMS]]


@dataclass(frozen=True, slots=True)
class Assignment:
    story_id: str
    created: bool
    similarity: float


class Clusterer:
    """Holds document frequencies and story states in memory; :meth:`save` writes them back."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.df: Counter[str] = Counter()
        self.n_docs = 0
        self.stories: dict[str, StoryState] = {}
        self._index: dict[str, set[str]] = {}
        self._dirty_terms: set[str] = set()
        self._dirty_stories: set[str] = set()
        for row in conn.execute("SELECT term, df FROM term_df"):
            self.df[row[0]] = row[1]
        self.n_docs = conn.execute(
            "SELECT count(*) FROM articles WHERE original_id IS NULL AND story_id IS NOT NULL"
        ).fetchone()[0]
        for row in conn.execute(
            "SELECT id, title, centroid, entity_profile, first_published, last_published, size "
            "FROM stories"
        ):
            state = StoryState(
                id=row[0],
                title=row[1],
                centroid=json.loads(row[2]),
                entities=Counter(json.loads(row[3])),
                first=row[4],
                last=row[5],
                size=row[6],
            )
            self.stories[state.id] = state
            self._index_story(state, ())

    # --- vectors -------------------------------------------------------------------------

    def vector(
        self, text: str, title: str | None, *, text_tokens: list[str] | None = None
    ) -> dict[str, float]:
        """Sublinear TF × smoothed IDF over the title (counted twice) and the text, L2-normed."""
        counts = Counter(tokens(text) if text_tokens is None else text_tokens)
        if title:
            for t in tokens(title):
                counts[t] += 2
        n = self.n_docs
        weights = {
            t: (1.0 + math.log(c)) * (math.log((1 + n) / (1 + self.df.get(t, 0))) + 1.0)
            for t, c in counts.items()
        }
        top = sorted(weights.items(), key=lambda kv: -kv[1])[:VECTOR_TERMS]
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

    def candidates(self, vec: dict[str, float], day: date | None) -> list[StoryState]:
        hits: Counter[str] = Counter()
        for term in sorted(vec, key=lambda t: -vec[t])[:INDEX_TERMS]:
            for sid in self._index.get(term, ()):
                hits[sid] += 1
        out = []
        for sid, _ in hits.most_common():
            story = self.stories[sid]
            if self._in_window(story, day):
                out.append(story)
                if len(out) >= MAX_CANDIDATES:
                    break
        return out

    def best(
        self, vec: dict[str, float], entities: Counter[str], published: date | None
    ) -> tuple[StoryState | None, float]:
        limit = max(2.0, DISTINCTIVE_DF * self.n_docs)
        top_entities = {
            e
            for e, _ in entities.most_common(TOP_ENTITIES)
            if self.df.get(_ENTITY_PREFIX + e.casefold(), 0) <= limit
        }
        best: tuple[float, StoryState] | None = None
        for story in self.candidates(vec, published):
            cos = sum(w * story.centroid.get(t, 0.0) for t, w in vec.items()) / story.norm()
            shared = len(top_entities & set(story.entities))
            joins = cos >= TEXT_THRESHOLD or (
                cos >= ENTITY_TEXT_FLOOR and shared >= MIN_SHARED_ENTITIES
            )
            if joins and (best is None or cos > best[0]):
                best = (cos, story)
        return (best[1], best[0]) if best else (None, 0.0)

    def assign(
        self,
        article_id: str,
        text: str,
        title: str | None,
        published: date | None,
        entities: Counter[str],
    ) -> Assignment:
        """Put one (non-copy) article in a story, updating the in-memory state."""
        text_tokens = tokens(text)
        vec = self.vector(text, title, text_tokens=text_tokens)
        story, sim = self.best(vec, entities, published)
        created = story is None
        if story is None:
            story = StoryState(id=f"s{article_id}", title=title or _headline(text), centroid={})
            self.stories[story.id] = story
        old_terms = story.index_terms()
        merged = Counter(story.centroid)
        merged.update(vec)
        story.centroid = dict(merged.most_common(CENTROID_TERMS))  # truncated sum of members
        story._norm = None
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
        self._index_story(story, old_terms)
        self._dirty_stories.add(story.id)
        terms = set(text_tokens) | set(tokens(title or ""))
        terms |= {_ENTITY_PREFIX + e.casefold() for e in entities}
        for term in terms:
            self.df[term] += 1
            self._dirty_terms.add(term)
        self.n_docs += 1
        return Assignment(story.id, created, sim)

    def _index_story(self, story: StoryState, old_terms: list[str] | tuple[()]) -> None:
        for term in old_terms:
            self._index.get(term, set()).discard(story.id)
        for term in story.index_terms():
            self._index.setdefault(term, set()).add(story.id)

    # --- persistence ---------------------------------------------------------------------

    def save(self, conn: sqlite3.Connection, now: str) -> None:
        """Write changed stories and document frequencies (inside the caller's transaction)."""
        conn.executemany(
            "INSERT INTO term_df(term, df) VALUES (?, ?) "
            "ON CONFLICT(term) DO UPDATE SET df = excluded.df",
            [(t, self.df[t]) for t in self._dirty_terms],
        )
        rows = []
        for sid in self._dirty_stories:
            s = self.stories[sid]
            rows.append(
                (
                    s.id,
                    s.title,
                    s.first,
                    s.last,
                    s.size,
                    json.dumps({t: round(w, 5) for t, w in s.centroid.items()}),
                    json.dumps(dict(s.entities)),
                    now,
                    now,
                )
            )
        conn.executemany(
            "INSERT INTO stories(id, title, first_published, last_published, size, centroid, "
            "entity_profile, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
            "first_published = excluded.first_published, last_published = excluded.last_published, "
            "size = excluded.size, centroid = excluded.centroid, "
            "entity_profile = excluded.entity_profile, updated_at = excluded.updated_at",
            rows,
        )
        self._dirty_terms.clear()
        self._dirty_stories.clear()


def _headline(text: str, limit: int = 80) -> str:
    first = text.strip().split("\n", 1)[0]
    return first if len(first) <= limit else first[:limit].rsplit(" ", 1)[0]
