"""The store's behaviour through its public Python interface (no spaCy: analyze=False)."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import pytest

from store.conftest import make
from store.texts import BRIDGE_1, BRIDGE_2, FARM, FOOTER, ORCHESTRA
from topline.errors import EmptyInput, NotFound
from topline.ingest import IngestFailure, article_from_text
from topline.pipeline import open_store
from topline.store import Store, default_path
from topline.store.db import APPLICATION_ID


def test_same_article_twice_is_stored_once(store: Store) -> None:
    first = store.add([make(BRIDGE_1)], analyze=False)
    again = store.add(
        [make(BRIDGE_1), make("  " + BRIDGE_1.replace("\n\n", "\n\n\n"))], analyze=False
    )
    assert (first.added, first.duplicates) == (1, 0)
    assert (again.added, again.duplicates) == (0, 2)
    assert store.count()["articles"] == 1


def test_same_canonical_url_counts_as_duplicate(store: Store) -> None:
    store.add([make(BRIDGE_1, canonical_url="https://example.org/bridge")], analyze=False)
    report = store.add([make(ORCHESTRA, canonical_url="https://example.org/bridge")], analyze=False)
    assert report.duplicates == 1 and report.added == 0


def test_ingest_errors_are_reported_not_stored(store: Store) -> None:
    bad = IngestFailure.of(EmptyInput("empty"), "x.txt")
    report = store.add([bad, make(FARM)], analyze=False)
    assert report.failed == [bad] and report.added == 1


def test_syndicated_copy_is_linked_to_original_and_keeps_its_metadata(store: Store) -> None:
    original = make(BRIDGE_1, published="2024-02-06", outlet="Millbrook Gazette")
    copy_text = BRIDGE_1.replace(
        "City Council Approves Harbor Bridge Repairs", "Millbrook OKs $48M bridge fix"
    )
    copy_text = copy_text.rsplit("\n\n", 2)[0] + FOOTER  # last paragraph trimmed, footer added
    copy = make(
        copy_text.replace("'", "\u2019"),
        published="2024-02-07",
        outlet="Valley News",
        licensor="Newswire",
    )
    store.add([original], analyze=False)
    report = store.add([copy, make(ORCHESTRA)], analyze=False)
    assert (report.added, report.copies) == (1, 1)
    assert store.original_of(copy.id) == original.id
    assert [a.id for a in store.copies_of(original.id)] == [copy.id]
    kept = store.get_article(copy.id)
    assert (kept.outlet, kept.licensor, kept.text) == ("Valley News", "Newswire", copy.text)
    story = store.story(store.story_of(original.id) or "")
    assert story.article_ids == (original.id,) and story.copies == (copy.id,)


def test_unrelated_articles_are_not_copies(store: Store) -> None:
    report = store.add([make(t) for t in (BRIDGE_1, BRIDGE_2, ORCHESTRA, FARM)], analyze=False)
    assert (report.added, report.copies) == (4, 0)


def test_follow_up_joins_the_story_and_other_news_does_not(store: Store) -> None:
    b1, b2 = make(BRIDGE_1, published="2024-02-06"), make(BRIDGE_2, published="2024-02-12")
    others = [make(ORCHESTRA, published="2024-02-07"), make(FARM, published="2024-02-08")]
    store.add([b1, *others, b2], analyze=False)
    assert store.story_of(b1.id) == store.story_of(b2.id)
    assert len({store.story_of(a.id) for a in (b1, *others)}) == 3
    story = store.story(store.story_of(b1.id) or "")
    assert story.article_ids == (b1.id, b2.id)
    assert (story.first_published, story.last_published) == ("2024-02-06", "2024-02-12")


def test_follow_up_outside_the_time_window_starts_a_new_story(store: Store) -> None:
    b1, b2 = make(BRIDGE_1, published="2024-02-06"), make(BRIDGE_2, published="2024-09-01")
    store.add([b1, b2], analyze=False)
    assert store.story_of(b1.id) != store.story_of(b2.id)


def test_stories_listing_filters_by_date_and_orders_recent_first(store: Store) -> None:
    store.add(
        [make(BRIDGE_1, published="2024-02-06"), make(FARM, published="2024-06-01")], analyze=False
    )
    listed = store.stories()
    assert [s.last_published for s in listed] == ["2024-06-01", "2024-02-06"]
    assert [s.last_published for s in store.stories(since="2024-03-01")] == ["2024-06-01"]


def test_search_ranks_matching_articles_and_survives_fts_syntax(store: Store) -> None:
    store.add([make(t) for t in (BRIDGE_1, ORCHESTRA, FARM)], analyze=False)
    hits = store.search("conductor Sibelius")
    assert len(hits) == 1 and "[conductor]" in hits[0].snippet and "\n" not in hits[0].snippet
    assert store.search('wheat AND "harvest') != []  # unbalanced quote: searched word by word
    assert store.search("-:*") == []


def test_unknown_ids_raise_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        store.get_article("nope")
    with pytest.raises(NotFound):
        store.story("nope")


def test_export_holds_every_article_and_story(store: Store) -> None:
    store.add([make(BRIDGE_1), make(FARM)], analyze=False)
    kinds = [r["type"] for r in store.export()]
    assert kinds.count("article") == 2 and kinds.count("story") == 2


def test_store_file_is_a_documented_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with open_store(path) as store:
        store.add([make(BRIDGE_1)], analyze=False)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [v for (v,) in conn.execute("SELECT version FROM migrations")] == [1, 2, 3, 4, 5, 6, 7]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    import sqlite_utils

    db = sqlite_utils.Database(path)
    assert {"articles", "stories", "entities", "events", "analyses"} <= set(db.table_names())
    articles = db.table("articles")
    assert articles.detect_fts() == "articles_fts"


def test_reopening_keeps_dedup_and_story_state(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    b1 = make(BRIDGE_1, published="2024-02-06")
    with open_store(path) as store:
        store.add([b1], analyze=False)
    with open_store(path) as store:
        report = store.add(
            [make(BRIDGE_1 + FOOTER), make(BRIDGE_2, published="2024-02-12")], analyze=False
        )
        assert report.copies == 1
        assert len(store.story(store.story_of(b1.id) or "").article_ids) == 2


def test_store_from_before_the_disk_indexes_is_indexed_on_first_write(tmp_path: Path) -> None:
    """A store written before migration 3 has no LSH buckets or story terms: they are backfilled."""
    path = tmp_path / "s.db"
    b1 = make(BRIDGE_1, published="2024-02-06")
    with open_store(path) as store:
        store.add([b1, make(FARM, published="2024-02-07")], analyze=False)
        conn = store.conn
        conn.execute("DROP TABLE story_terms")
        conn.execute("DROP TABLE lsh_buckets")
        conn.execute("DROP TABLE store_meta")
        conn.execute("DROP INDEX articles_story_originals")
        conn.execute("ALTER TABLE stories DROP COLUMN headline")  # migration 5
        conn.execute("DELETE FROM migrations WHERE version >= 3")
    with open_store(path) as store:
        report = store.add(
            [make(BRIDGE_1 + FOOTER), make(BRIDGE_2, published="2024-02-12")], analyze=False
        )
        assert report.copies == 1
        assert len(store.story(store.story_of(b1.id) or "").article_ids) == 2
        meta = dict(store.conn.execute("SELECT key, value FROM store_meta").fetchall())
        assert meta == {"n_docs": 3, "needs_backfill": 0}


def test_story_lookup_reads_only_stories_inside_the_date_window(store: Store) -> None:
    """Candidates come from the dated term index: stories long closed are never read."""
    from topline.store.stories import Clusterer

    store.add([make(BRIDGE_1, published="2023-01-01")], analyze=False)
    reads: list[str] = []
    clusterer = Clusterer(store.conn)
    original = clusterer.story

    def spy(story_id: str) -> object:
        reads.append(story_id)
        return original(story_id)

    clusterer.story = spy  # type: ignore[method-assign,assignment]
    new = make(BRIDGE_2, published="2024-02-12")
    vec = clusterer.vector(new.text, new.title)
    assert clusterer.candidates(vec, new.published) == [] and reads == []
    assert len(clusterer.candidates(vec, None)) == 1 and len(reads) == 1  # undated: any date


def test_default_path_follows_topline_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TOPLINE_DB", str(tmp_path / "env.db"))
    assert default_path() == tmp_path / "env.db"
    monkeypatch.delenv("TOPLINE_DB")
    assert default_path().name == "topline.db"


def test_identical_text_from_another_outlet_is_kept_as_a_sighting(store: Store) -> None:
    first = make(BRIDGE_1, outlet="Millbrook Gazette", url="https://gazette.example/b")
    again = make(BRIDGE_1, outlet="Valley News", url="https://valley.example/b", licensor="AP")
    store.add([first], analyze=False)
    report = store.add([again, again], analyze=False)
    assert report.duplicates == 2 and store.count()["articles"] == 1
    seen = store.sightings_of(first.id)
    assert [(s["outlet"], s["url"], s["licensor"]) for s in seen] == [
        ("Valley News", "https://valley.example/b", "AP")
    ]


def test_older_store_is_migrated_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from topline.store import db

    path = tmp_path / "old.db"
    full = list(db.MIGRATIONS)
    monkeypatch.setattr(db, "MIGRATIONS", full[:1])
    with open_store(path) as old:
        old.conn.execute(
            "INSERT INTO articles(id, raw_kind, text, added_at) VALUES ('a', 'text', 'x', 'now')"
        )
    monkeypatch.setattr(db, "MIGRATIONS", full)
    with open_store(path) as new:
        assert new.count()["articles"] == 1
        versions = [r[0] for r in new.conn.execute("SELECT version FROM migrations")]
        assert versions == list(range(1, len(full) + 1))
        assert new.conn.execute("SELECT count(*) FROM sightings").fetchone()[0] == 0


def test_store_at_schema_3_gets_the_originals_index_for_key_background(tmp_path: Path) -> None:
    """Migration 4 replaces the story/date index of every article by one of originals only."""
    path = tmp_path / "v3.db"
    b1, b2 = make(BRIDGE_1, published="2024-02-06"), make(BRIDGE_2, published="2024-02-08")
    with open_store(path) as old:
        old.add([b1, b2, make(BRIDGE_1 + FOOTER)], analyze=False)
        # back to schema 3's shape: migration 3's index, no migration 4, 5 or 6
        old.conn.execute("DROP INDEX articles_story_originals")
        old.conn.execute("DROP INDEX articles_story_copies")
        old.conn.execute(
            "CREATE INDEX articles_story_published ON articles(story_id, published, seq)"
        )
        old.conn.execute("ALTER TABLE stories DROP COLUMN headline")
        old.conn.execute("DELETE FROM migrations WHERE version > 3")
    with open_store(path) as new:
        indexes = {r[0] for r in new.conn.execute("SELECT name FROM sqlite_master")}
        assert "articles_story_originals" in indexes
        assert "articles_story_published" not in indexes
        assert "articles_story_copies" in indexes
        versions = [r[0] for r in new.conn.execute("SELECT version FROM migrations")]
        assert versions == [1, 2, 3, 4, 5, 6, 7]
        assert new.story_of(b1.id) == new.story_of(b2.id) is not None
        new.conn.execute(
            'INSERT INTO events(article_id, idx, start, "end", date, action, derived, json) '
            "VALUES (?, 0, 0, 10, '2024-02-06', 'x', 1, '{}')",
            (b1.id,),
        )
        assert [b.article_id for b in new.background_for(b2.id)] == [b1.id]
        assert new.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_newer_store_is_refused_by_older_topline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from topline.errors import StoreError
    from topline.store import db

    path = tmp_path / "new.db"
    open_store(path).close()
    monkeypatch.setattr(db, "MIGRATIONS", db.MIGRATIONS[:1])
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_an_article_dated_in_year_one_gets_a_story(tmp_path: Path) -> None:
    """The story window reaches back WINDOW_DAYS from the date, but never past the calendar."""
    article = article_from_text(
        "The harbour board met on Monday and approved the new ferry timetable.",
        published=datetime.date(1, 1, 3),
    )
    with open_store(tmp_path / "s.db") as store:
        store.add([article], analyze=False)
        assert store.story_of(article.id) is not None
