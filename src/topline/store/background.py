"""Key background from the store: what earlier articles of the same story reported.

An analyst reading today's article wants the few earlier developments that explain it. The
store knows the article's story, so it takes the most recent earlier articles of that story
(copies excluded: they report nothing new) and, from each, the event its lead reports (the
first extracted event, or the lead sentence when extraction found none). Every item carries
the earlier article's id and spans into **that** article's text; items are oldest first.
"""

from __future__ import annotations

import sqlite3

from topline.model import BackgroundItem, Span

#: Earlier articles that contribute an item (the most recent ones before the article).
MAX_BACKGROUND_ARTICLES = 3


def background_for(conn: sqlite3.Connection, article_id: str) -> list[BackgroundItem]:
    row = conn.execute(
        "SELECT coalesce(o.story_id, a.story_id) AS story_id, "
        "coalesce(o.published, a.published) AS published, coalesce(o.seq, a.seq) AS seq, "
        "coalesce(o.id, a.id) AS root "
        "FROM articles a LEFT JOIN articles o ON o.id = a.original_id WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if row is None or row["story_id"] is None:
        return []
    earlier = _earlier(conn, row["story_id"], row["root"], row["published"], row["seq"])
    items: list[BackgroundItem] = []
    for art in earlier:
        event = conn.execute(
            'SELECT e.start, e."end", e.date, substr(a.text, e.start + 1, e."end" - e.start) '
            "FROM events e JOIN articles a ON a.id = e.article_id WHERE e.article_id = ? "
            "ORDER BY e.derived, e.idx LIMIT 1",
            (art["id"],),
        ).fetchone()
        if event is None:
            continue
        span = Span(event[0], event[1])
        items.append(
            BackgroundItem(
                text=event[3],
                spans=(span,),
                date=event[2] or art["published"],
                article_id=art["id"],
            )
        )
    return items


def _earlier(
    conn: sqlite3.Connection, story_id: str, root: str, published: str | None, seq: int
) -> list[sqlite3.Row]:
    """The (up to) MAX_BACKGROUND_ARTICLES originals of the story before the article, oldest
    first: dated ones before its date, newest first, then undated ones stored before it.

    Each query is a range of the partial index ``articles_story_originals`` (story, date,
    seq; originals only), read from its end: a dated article's lookup reads at most a few
    index entries, however long the story and however many copies it has. An undated article
    compares by arrival alone, so its lookup reads the story's earlier originals.
    """
    n = MAX_BACKGROUND_ARTICLES
    if published is None:
        return conn.execute(
            "SELECT id, published FROM articles "
            "WHERE story_id = ? AND original_id IS NULL AND seq < ? AND id != ? "
            "ORDER BY published DESC, seq DESC LIMIT ?",
            (story_id, seq, root, n),
        ).fetchall()[::-1]
    dated = conn.execute(
        "SELECT id, published FROM articles "
        "WHERE story_id = ? AND original_id IS NULL AND published < ? "
        "ORDER BY published DESC, seq DESC LIMIT ?",
        (story_id, published, n),
    ).fetchall()
    undated = (
        conn.execute(
            "SELECT id, published FROM articles "
            "WHERE story_id = ? AND original_id IS NULL AND published IS NULL AND seq < ? "
            "ORDER BY seq DESC LIMIT ?",
            (story_id, seq, n - len(dated)),
        ).fetchall()
        if len(dated) < n
        else []
    )
    return (dated + undated)[::-1]
