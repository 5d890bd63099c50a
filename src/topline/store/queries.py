"""Read-side queries: full-text search, story listing, one story with its timeline."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

from topline.model import Story
from topline.store.articles import event_from_json

#: Entities shown in a story's profile (most mentioned first).
PROFILE_SIZE = 10
#: Articles (and copies) a story carries in a list of stories (``topline stories``,
#: ``GET /v1/stories``, the stories page): the first few, oldest first, read through the
#: story's date indexes; how many it holds is counted in those indexes (:func:`story_size`),
#: so a list costs the same for a story of three articles and one of a million.
LIST_MEMBERS = 10
#: Weights of the title and text columns in BM25 ranking: a hit in the title counts more.
TITLE_WEIGHT, TEXT_WEIGHT = 3.0, 1.0
SNIPPET_TOKENS = 16
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result; ``snippet`` marks the matched words with [ and ]."""

    article_id: str
    title: str | None
    snippet: str
    published: str | None
    score: float
    original_id: str | None = None


@dataclass(frozen=True, slots=True)
class Listing:
    """One stored original in the article list (newest first)."""

    article_id: str
    title: str | None
    published: str | None
    outlet: str | None
    story_id: str | None


def recent(conn: sqlite3.Connection, limit: int) -> list[Listing]:
    """The newest originals (by publication date, then arrival); copies are not listed."""
    rows = conn.execute(
        "SELECT id, title, published, outlet, story_id FROM articles WHERE original_id IS NULL "
        "ORDER BY published IS NULL, published DESC, seq DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [Listing(r["id"], r["title"], r["published"], r["outlet"], r["story_id"]) for r in rows]


def _safe_query(query: str) -> str:
    """Each word quoted: user text never trips over FTS5 syntax (AND, -, :, quotes)."""
    return " ".join(f'"{w}"' for w in _WORD.findall(query))


def search(conn: sqlite3.Connection, query: str, limit: int) -> list[SearchHit]:
    sql = (
        "SELECT a.id, a.title, a.published, a.original_id, "
        f"snippet(articles_fts, 1, '[', ']', '…', {SNIPPET_TOKENS}) AS snip, "
        f"bm25(articles_fts, {TITLE_WEIGHT}, {TEXT_WEIGHT}) AS rank "
        "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
        "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
    )
    try:
        rows = conn.execute(sql, (query, limit)).fetchall()
    except sqlite3.OperationalError:
        safe = _safe_query(query)
        if not safe:
            return []
        rows = conn.execute(sql, (safe, limit)).fetchall()
    return [
        SearchHit(
            article_id=r["id"],
            title=r["title"],
            snippet=" ".join(r["snip"].split()),
            published=r["published"],
            score=round(-float(r["rank"]), 4),
            original_id=r["original_id"],
        )
        for r in rows
    ]


def _members(
    conn: sqlite3.Connection, story_id: str, limit: int | None = None, offset: int = 0
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A story's originals and copies, oldest first, each list ``limit`` long from its
    ``offset``-th (all when ``limit`` is None). Each list is read through its partial index on
    (story, date, order), so a page reads that many index entries past the offset, never the
    story's other members. Undated members come first (SQLite orders NULL first)."""
    page = (story_id, -1 if limit is None else limit, offset)
    articles = conn.execute(
        "SELECT id FROM articles WHERE story_id = ? AND original_id IS NULL "
        "ORDER BY published, seq LIMIT ? OFFSET ?",
        page,
    ).fetchall()
    copies = conn.execute(
        "SELECT id FROM articles WHERE story_id = ? AND original_id IS NOT NULL "
        "ORDER BY published, seq LIMIT ? OFFSET ?",
        page,
    ).fetchall()
    return tuple(r["id"] for r in articles), tuple(r["id"] for r in copies)


def story_size(conn: sqlite3.Connection, story_id: str) -> tuple[int, int]:
    """(originals, copies) of a story, counted in the two partial indexes (no row is read)."""
    one = conn.execute(
        "SELECT (SELECT count(*) FROM articles WHERE story_id = ? AND original_id IS NULL), "
        "(SELECT count(*) FROM articles WHERE story_id = ? AND original_id IS NOT NULL)",
        (story_id, story_id),
    ).fetchone()
    return int(one[0]), int(one[1])


def _story(
    conn: sqlite3.Connection,
    row: sqlite3.Row,
    *,
    with_timeline: bool,
    events: int | None = None,
    offset: int = 0,
    members: int | None = None,
    members_offset: int = 0,
) -> Story:
    articles, copies = _members(conn, row["id"], members, members_offset)
    profile = json.loads(row["entity_profile"])
    entities = tuple(sorted(profile, key=lambda e: (-profile[e], e))[:PROFILE_SIZE])
    timeline: list[tuple[str, str]] = []
    if with_timeline:
        for ev in conn.execute(
            "SELECT e.article_id, e.json FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE a.story_id = ? AND a.original_id IS NULL "
            "ORDER BY coalesce(e.date, a.published, ''), coalesce(a.published, ''), a.seq, e.idx "
            "LIMIT ? OFFSET ?",
            (row["id"], -1 if events is None else events, offset),
        ):
            timeline.append((ev["article_id"], ev["json"]))
    return Story(
        id=row["id"],
        article_ids=articles,
        title=row["title"],
        timeline=tuple(event_from_json(j) for _, j in timeline),
        entities=entities,
        copies=copies,
        timeline_article_ids=tuple(a for a, _ in timeline),
        first_published=row["first_published"],
        last_published=row["last_published"],
    )


def stories(
    conn: sqlite3.Connection,
    *,
    since: str | None,
    entity: str | None,
    limit: int,
    with_timeline: bool = False,
    members: int | None = None,
) -> list[Story]:
    """Stories, most recent first, each with its first ``members`` articles and copies (all
    when None); a list counts them with :func:`story_size`, never by reading them."""
    where, params = [], []
    if since:
        # a date filter keeps dated stories only: when an undated story was stored says
        # nothing about when its events happened
        where.append("s.last_published >= ?")
        params.append(since)
    if entity:
        where.append(
            "s.id IN (SELECT a.story_id FROM entities e JOIN articles a ON a.id = e.article_id "
            "WHERE e.canonical = ? COLLATE NOCASE)"
        )
        params.append(entity)
    sql = "SELECT * FROM stories s" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY s.last_published IS NULL, s.last_published DESC, s.updated_at DESC LIMIT ?"
    rows = conn.execute(sql, (*params, limit)).fetchall()
    return [_story(conn, r, with_timeline=with_timeline, members=members) for r in rows]


def story(
    conn: sqlite3.Connection,
    story_id: str,
    events: int | None = None,
    offset: int = 0,
    members: int | None = None,
    members_offset: int = 0,
) -> Story | None:
    """One story with its timeline (only ``events`` events from the ``offset``-th when given)
    and its articles and copies (only ``members`` of each from the ``members_offset``-th)."""
    row = conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
    if row is None:
        return None
    return _story(
        conn,
        row,
        with_timeline=True,
        events=events,
        offset=offset,
        members=members,
        members_offset=members_offset,
    )
