"""Rows ↔ model objects: articles, analyses and the tables derived from them.

The analysis is kept whole as JSON (the reference), and its parts are also spread into plain
tables (entities, quotes, quantities, timexes, events) so that Datasette, sqlite-utils or SQL
can query them without parsing JSON.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from typing import Any

from topline.dates import date_or_none, iso
from topline.model import Analysis, Article, Event, Removal, from_dict, to_dict

#: Entity labels that describe who and where a story is about (used for story profiles).
PROFILE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"})
_FULL_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?")

ARTICLE_COLUMNS = (
    "id, canonical_url, url, title, published, outlet, byline, licensor, description, "
    "language, raw_kind, source, text, raw, removed"
)


def insert_article(
    conn: sqlite3.Connection,
    article: Article,
    *,
    added_at: str,
    original_id: str | None = None,
    similarity: float | None = None,
    story_id: str | None = None,
) -> None:
    removed = json.dumps([to_dict(r) for r in article.removed])
    conn.execute(
        f"INSERT INTO articles({ARTICLE_COLUMNS}, original_id, similarity, story_id, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article.id,
            article.canonical_url,
            article.url,
            article.title,
            iso(article.published),
            article.outlet,
            article.byline,
            article.licensor,
            article.description,
            article.language,
            article.raw_kind,
            article.source,
            article.text,
            article.raw,
            removed,
            original_id,
            similarity,
            story_id,
            added_at,
        ),
    )


def row_to_article(row: sqlite3.Row) -> Article:
    removed = tuple(from_dict(Removal, r) for r in json.loads(row["removed"] or "[]"))
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        canonical_url=row["canonical_url"],
        published=date_or_none(row["published"]),
        outlet=row["outlet"],
        byline=row["byline"],
        licensor=row["licensor"],
        description=row["description"],
        language=row["language"],
        raw_kind=row["raw_kind"],
        source=row["source"],
        raw=row["raw"],
        removed=removed,
    )


def entity_counts(analysis: Analysis) -> Counter[str]:
    """Mentions per canonical entity of the labels that characterise a story."""
    counts: Counter[str] = Counter()
    for c in analysis.clusters:
        if c.label in PROFILE_LABELS:
            counts[c.canonical] += len(c.mentions)
    return counts


#: A value that sorts with calendar dates: a day, a month or a year ("2019" must sort before
#: "2024-03-05", as the timeline shows it as "2019").
_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")


def _event_date(event: Event, article: Article) -> str | None:
    if event.when is not None and event.when.value and _CALENDAR.match(event.when.value):
        return event.when.value
    return iso(article.published)


def timeline_events(analysis: Analysis) -> list[tuple[Event, str | None, bool]]:
    """The article's events with their dates; derived from dated sentences when none were found.

    Until (or where) event extraction finds nothing, the timeline still gets grounded entries:
    the lead sentence, dated by the article, and every sentence holding a resolved date. Such
    an entry's ``action`` is the sentence itself and it is flagged ``derived``.
    """
    article = analysis.article
    if analysis.events:
        return [(e, _event_date(e, article), False) for e in analysis.events]
    out: list[tuple[Event, str | None, bool]] = []
    text = article.text
    for i, sentence in enumerate(analysis.sentences):
        dated = [
            t
            for t in analysis.timexes
            if t.type == "DATE"
            and t.value
            and _FULL_DATE.match(t.value)
            and sentence.span.contains(t.span)
        ]
        if i == 0 or dated:
            span = sentence.span
            event = Event(
                span=span,
                action=text[span.start : span.end],
                action_span=span,
                when=dated[0] if dated else None,
            )
            out.append((event, dated[0].value if dated else iso(article.published), True))
    return out


def insert_analysis(conn: sqlite3.Connection, analysis: Analysis) -> None:
    aid = analysis.article.id
    document = to_dict(analysis)
    document["article"] = {"id": aid}  # the article lives in its own table
    conn.execute(
        "INSERT OR REPLACE INTO analyses(article_id, json) VALUES (?, ?)",
        (aid, json.dumps(document)),
    )
    conn.executemany(
        "INSERT INTO entities(article_id, canonical, label, mentions, first_start, first_end) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (aid, c.canonical, c.label, len(c.mentions), c.mentions[0].start, c.mentions[0].end)
            for c in analysis.clusters
            if c.mentions
        ],
    )
    conn.executemany(
        'INSERT INTO quotes(article_id, start, "end", content_start, content_end, speaker, kind) '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                aid,
                q.span.start,
                q.span.end,
                q.content_span.start,
                q.content_span.end,
                q.speaker.name if q.speaker else None,
                q.kind,
            )
            for q in analysis.quotes
        ],
    )
    conn.executemany(
        'INSERT INTO quantities(article_id, start, "end", value, unit, counts) '
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(aid, n.span.start, n.span.end, n.value, n.unit, n.counts) for n in analysis.quantities],
    )
    conn.executemany(
        'INSERT INTO timexes(article_id, start, "end", type, value) VALUES (?, ?, ?, ?, ?)',
        [(aid, t.span.start, t.span.end, t.type, t.value) for t in analysis.timexes],
    )
    conn.executemany(
        'INSERT INTO events(article_id, idx, start, "end", date, actor, action, target, derived, '
        "json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                aid,
                i,
                e.span.start,
                e.span.end,
                when,
                e.actor.name if e.actor else None,
                e.action,
                e.target,
                int(derived),
                json.dumps(to_dict(e)),
            )
            for i, (e, when, derived) in enumerate(timeline_events(analysis))
        ],
    )


def load_analysis(document: dict[str, Any], article: Article) -> Analysis:
    document = dict(document)
    document["article"] = to_dict(article)
    return from_dict(Analysis, document)


def event_from_json(text: str) -> Event:
    return from_dict(Event, json.loads(text))
