"""The store's per-article queries read a bounded part of the file, however large the store.

Two kinds of evidence: the query plan names the index and the range it reads (``EXPLAIN
QUERY PLAN``), and the number of SQLite virtual-machine steps a lookup takes (counted with a
progress handler) is the same in a small store and in one with many more old stories or a
much longer story. The step count is what grew before: a lookup that walks all of a term's
stories, or all of a story's articles, takes more steps as the store grows.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from store.conftest import query_plan
from topline.ingest import article_from_text
from topline.model import Article
from topline.store import Store, same_story
from topline.store import articles as rows
from topline.store.background import background_for
from topline.store.db import now
from topline.store.stories import Clusterer, _candidates_sql

DAY = datetime.date(2024, 3, 1)


def _steps(conn: sqlite3.Connection, work: Callable[[], object]) -> int:
    """SQLite VM instructions executed by ``work`` (a proxy for rows and pages read)."""
    count = 0

    def tick() -> int:
        nonlocal count
        count += 1
        return 0

    conn.set_progress_handler(tick, 1)
    try:
        work()
    finally:
        conn.set_progress_handler(None, 1)
    return count


def _event_article(event: int, n: int, day: datetime.date) -> Article:
    """Article ``n`` about event ``event``: its own words, plus words every event shares."""
    own = " ".join(f"w{event}x{k}" for k in range(8))
    shared = "harbour council ferry timetable budget vote"
    text = f"Event {event} report {n}: {own} {shared}. Update {n} on {own} and {shared} today."
    return article_from_text(text, published=day, title=f"Event {event} {own}", source=f"t{n}")


@pytest.fixture
def stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Store, Store]]:
    """The same three recent stories; the second store also holds 100 stories from last year
    that share the recent stories' common words. (The three recent events are made of shared
    words on one day, as no first day's reports are: the first day's lower threshold is off.)"""
    monkeypatch.setattr(same_story, "FIRST_DAY_THRESHOLD", None)
    recent = [_event_article(e, n, DAY) for e in range(3) for n in range(2)]
    old = [
        _event_article(100 + e, n, DAY - datetime.timedelta(days=300 + e))
        for e in range(100)
        for n in range(1)
    ]
    small, large = Store(tmp_path / "small.db"), Store(tmp_path / "large.db")
    small.add(recent, analyze=False)
    large.add(old, analyze=False)
    large.add(recent, analyze=False)
    yield small, large
    small.close()
    large.close()


def test_candidate_lookup_reads_the_dated_term_index_from_the_window_on(
    stores: tuple[Store, Store],
) -> None:
    small, _ = stores
    plan = query_plan(small.conn, _candidates_sql(2), ("a", "2024-01-01", 200, "a", 200) * 2)
    assert plan.count("COVERING INDEX story_terms_recent (term=? AND last_published>?)") == 2
    assert plan.count("COVERING INDEX story_terms_recent (term=? AND last_published=?)") == 2
    assert "SCAN story_terms" not in plan


def test_candidate_lookup_takes_as_many_steps_with_a_year_of_older_stories(
    stores: tuple[Store, Store],
) -> None:
    small, large = stores
    assert large.count()["stories"] == small.count()["stories"] + 100
    probe = _event_article(1, 99, DAY + datetime.timedelta(days=1))
    vec = Clusterer(small.conn).vector(probe.text, probe.title)  # the same vector for both
    found: dict[str, list[str]] = {}

    def lookup(store: Store) -> Callable[[], object]:
        clusterer = Clusterer(store.conn)
        return lambda: found.setdefault(
            str(store.path), [s.id for s in clusterer.candidates(vec, probe.published)]
        )

    small_steps = _steps(small.conn, lookup(small))
    large_steps = _steps(large.conn, lookup(large))
    assert found[str(small.path)] == found[str(large.path)] != []
    # a boundary entry or two may be compared; reading the old stories' entries would add
    # several steps per story sharing a term (hundreds here)
    assert large_steps <= small_steps + 10


def _story_rows(conn: sqlite3.Connection, size: int, copies: int) -> list[str]:
    """A story of ``size`` originals, one a day, and ``copies`` copies of its first article."""
    ids = []
    conn.execute("BEGIN")
    for n in range(size):
        article = article_from_text(
            f"Harbour report number {n} about the ferry.", published=DAY, source=f"r{n}"
        )
        day = (DAY + datetime.timedelta(days=n)).isoformat()
        conn.execute(
            "INSERT OR IGNORE INTO stories(id, title, created_at, updated_at) "
            "VALUES ('s1', 't', ?, ?)",
            (now(), now()),
        )
        rows.insert_article(conn, article, added_at=now(), story_id="s1")
        conn.execute("UPDATE articles SET published = ? WHERE id = ?", (day, article.id))
        conn.execute(
            'INSERT INTO events(article_id, idx, start, "end", date, action, derived, json) '
            "VALUES (?, 0, 0, 7, ?, 'Harbour', 1, '{}')",
            (article.id, day),
        )
        ids.append(article.id)
    for n in range(copies):
        copy = article_from_text(f"Copy {n} of the first harbour report.", source=f"c{n}")
        rows.insert_article(conn, copy, added_at=now(), original_id=ids[0], story_id="s1")
    conn.execute("COMMIT")
    return ids


def test_key_background_reads_a_few_index_entries_however_long_the_story(
    tmp_path: Path,
) -> None:
    with Store(tmp_path / "short.db") as short, Store(tmp_path / "long.db") as long_:
        few = _story_rows(short.conn, 8, copies=0)
        many = _story_rows(long_.conn, 300, copies=200)
        plan = query_plan(
            long_.conn,
            "SELECT id FROM articles WHERE story_id = ? AND original_id IS NULL "
            "AND published < ? ORDER BY published DESC, seq DESC LIMIT 3",
            ("s1", "2024-03-05"),
        )
        assert (
            plan
            == "SEARCH articles USING INDEX articles_story_originals (story_id=? AND published<?)"
        )
        # the fifth article of the story: the same three earlier ones, in as many steps,
        # whether 3 or 295 later articles and 200 copies follow it
        got: dict[str, list[str | None]] = {}

        def background(store: Store, article_id: str) -> Callable[[], object]:
            def run() -> None:
                got[article_id] = [b.article_id for b in background_for(store.conn, article_id)]

            return run

        fifth_short = _steps(short.conn, background(short, few[4]))
        fifth_long = _steps(long_.conn, background(long_, many[4]))
        assert got[few[4]] == few[1:4] and got[many[4]] == many[1:4]
        assert fifth_long <= fifth_short + 5  # not one step per later article or copy
        # and the newest article of either story
        last_short = _steps(short.conn, background(short, few[-1]))
        last_long = _steps(long_.conn, background(long_, many[-1]))
        assert got[many[-1]] == many[-4:-1]
        assert last_long <= last_short + 5


def test_story_terms_hold_each_storys_top_terms_and_latest_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only changed rows are written; the index must still equal a full rewrite. (Two stories
    of shared words on one day: the first day's lower threshold, which would join them, off.)"""
    monkeypatch.setattr(same_story, "FIRST_DAY_THRESHOLD", None)
    days = [DAY + datetime.timedelta(days=d) for d in (0, 0, 1, 1, 3, 2)]
    with Store(tmp_path / "s.db") as store:
        for n, day in enumerate(days):
            store.add([_event_article(n % 2, n, day)], analyze=False)
        clusterer = Clusterer(store.conn)
        stored = set(store.conn.execute("SELECT term, last_published, story_id FROM story_terms"))
        expected = set()
        for (sid,) in store.conn.execute("SELECT id FROM stories"):
            story = clusterer.story(sid)
            assert story is not None
            expected |= {(t, story.last, sid) for t in story.index_terms()}
        assert len(expected) > 25 and {tuple(r) for r in stored} == expected


def test_a_stored_article_lists_a_few_copies_and_counts_the_rest(tmp_path: Path) -> None:
    """A wire story stored hundreds of times: its document carries the first
    ``COPIES_LISTED`` copies (each with its full text) and the count, not every copy."""
    from topline.pipeline import COPIES_LISTED, stored_document

    with Store(tmp_path / "few.db") as few_store, Store(tmp_path / "many.db") as many_store:
        few = _story_rows(few_store.conn, 1, copies=30)
        many = _story_rows(many_store.conn, 1, copies=300)
        listed = many_store.copies_of(many[0], limit=COPIES_LISTED)
        assert len(listed) == COPIES_LISTED
        assert [c.source for c in listed] == [f"c{n}" for n in range(COPIES_LISTED)]
        assert many_store.copy_count(many[0]) == 300
        assert few_store.copy_count(few[0]) == 30
        # seen from a copy: the other copies, never the copy itself
        copy_id = listed[0].id
        assert many_store.copy_count(copy_id) == 299
        assert copy_id not in [c.id for c in many_store.copies_of(copy_id, limit=5)]
        assert len(many_store.copies_of(copy_id, limit=5)) == 5
        document = stored_document(many_store, many[0], analyse=False)
        assert len(document["copies"]) == COPIES_LISTED
        assert document["copies_total"] == 300
        # reading the listed copies takes as many steps with 300 copies as with 30 (reading
        # them all takes about 20 steps per copy)
        few_steps = _steps(few_store.conn, lambda: few_store.copies_of(few[0], limit=3))
        many_steps = _steps(many_store.conn, lambda: many_store.copies_of(many[0], limit=3))
        assert many_steps <= few_steps + 5
