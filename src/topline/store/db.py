"""Opening the SQLite file safely, and its versioned schema.

Why so careful: the store is given by path (``--db``, ``TOPLINE_DB``), so a typo can point it
at someone else's database or at a damaged file. We look before we write: the first bytes
must be SQLite's header, the file is then opened **read-only** and must carry topline's
``application_id`` (or be an empty database); only then is it reopened for writing. A file
that fails any check is refused with :class:`StoreError` and left byte-for-byte unchanged.

Migrations are a list of SQL scripts; ``migrations`` records which ran, so a newer topline
upgrades an older store in place, inside one transaction per step.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_data_dir

from topline.errors import ReadOnlyStore, StoreError

#: Marks a file as a topline store (``PRAGMA application_id``; "TPLN" in ASCII).
APPLICATION_ID = 0x54504C4E
#: Seconds a writer waits for another process's lock before giving up with a clear message.
BUSY_TIMEOUT_S = 5.0
SQLITE_HEADER = b"SQLite format 3\x00"
#: ``PRAGMA quick_check`` reads the whole file, so opening would cost O(store size): it runs
#: on stores up to this size only (about 20,000 short articles); damage in a larger store is
#: reported by SQLite when a damaged page is read (``StoreError``, never a traceback).
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024
ENV_VAR = "TOPLINE_DB"

MIGRATIONS: list[tuple[str, str]] = [
    (
        "initial schema",
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,            -- rowid, used by the full-text index
            id TEXT NOT NULL UNIQUE,            -- hash of the normalised cleaned text
            canonical_url TEXT,
            url TEXT,
            title TEXT,
            published TEXT,
            outlet TEXT,
            byline TEXT,
            licensor TEXT,
            description TEXT,
            language TEXT NOT NULL DEFAULT 'en',
            raw_kind TEXT NOT NULL,
            source TEXT,
            text TEXT NOT NULL,                 -- cleaned text: every span points into it
            raw TEXT,                           -- the input as given, before cleaning
            removed TEXT NOT NULL DEFAULT '[]', -- JSON: what cleaning took out, and why
            original_id TEXT REFERENCES articles(id) ON DELETE SET NULL,
            similarity REAL,                    -- estimated Jaccard with the original
            story_id TEXT REFERENCES stories(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
            added_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX articles_canonical_url ON articles(canonical_url)
            WHERE canonical_url IS NOT NULL;
        CREATE INDEX articles_original ON articles(original_id);
        CREATE INDEX articles_story ON articles(story_id);
        CREATE INDEX articles_published ON articles(published);

        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content="articles", content_rowid="seq", tokenize="porter unicode61"
        );
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
                VALUES ('delete', old.seq, old.title, old.text);
        END;
        CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
                VALUES ('delete', old.seq, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;

        CREATE TABLE analyses (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            json TEXT NOT NULL
        );
        CREATE TABLE briefs (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            json TEXT NOT NULL
        );
        CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            canonical TEXT NOT NULL,
            label TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            first_start INTEGER NOT NULL,
            first_end INTEGER NOT NULL
        );
        CREATE INDEX entities_canonical ON entities(canonical COLLATE NOCASE);
        CREATE INDEX entities_article ON entities(article_id);
        CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
            speaker TEXT, kind TEXT NOT NULL
        );
        CREATE INDEX quotes_article ON quotes(article_id);
        CREATE TABLE quantities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            value REAL NOT NULL, unit TEXT, counts TEXT
        );
        CREATE INDEX quantities_article ON quantities(article_id);
        CREATE TABLE timexes (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            type TEXT NOT NULL, value TEXT
        );
        CREATE INDEX timexes_article ON timexes(article_id);
        CREATE TABLE events (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            date TEXT,                          -- ISO date of the event, else of the article
            actor TEXT, action TEXT NOT NULL, target TEXT,
            derived INTEGER NOT NULL DEFAULT 0, -- 1: a dated sentence, no extracted event
            json TEXT NOT NULL,
            PRIMARY KEY (article_id, idx)
        );
        CREATE INDEX events_date ON events(date);

        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            first_published TEXT,
            last_published TEXT,
            size INTEGER NOT NULL DEFAULT 0,    -- articles, copies not counted
            centroid TEXT NOT NULL DEFAULT '{}', -- JSON term -> weight (clustering state)
            entity_profile TEXT NOT NULL DEFAULT '{}', -- JSON canonical -> mentions
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX stories_last ON stories(last_published);

        CREATE TABLE minhashes (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            signature BLOB NOT NULL
        );
        CREATE TABLE term_df (
            term TEXT PRIMARY KEY,
            df INTEGER NOT NULL
        ) WITHOUT ROWID;
        """,
    ),
    (
        "sightings: where else an identical article was seen",
        """
        CREATE TABLE sightings (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            url TEXT, canonical_url TEXT, outlet TEXT, licensor TEXT, published TEXT,
            source TEXT,
            seen_at TEXT NOT NULL
        );
        CREATE INDEX sightings_article ON sightings(article_id);
        """,
    ),
    (
        "indexes on disk: story terms by date, LSH buckets, counters (store at a million)",
        """
        CREATE TABLE story_terms (
            term TEXT NOT NULL,
            last_published TEXT,                -- the story's latest date (NULL: undated)
            story_id TEXT NOT NULL,             -- stories.id (no FK: checked on every write)
            PRIMARY KEY (term, story_id)
        ) WITHOUT ROWID;
        CREATE INDEX story_terms_recent ON story_terms(term, last_published);
        CREATE TABLE lsh_buckets (
            bucket INTEGER NOT NULL,            -- hash of (band, the band's MinHash values)
            seq INTEGER NOT NULL,               -- articles.seq of an original
            PRIMARY KEY (bucket, seq)
        ) WITHOUT ROWID;
        CREATE TABLE store_meta (
            key TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO store_meta(key, value) SELECT 'n_docs', count(*) FROM articles
            WHERE original_id IS NULL AND story_id IS NOT NULL;
        INSERT INTO store_meta(key, value) VALUES ('needs_backfill', 1);
        CREATE INDEX articles_story_published ON articles(story_id, published, seq);
        """,
    ),
    (
        "Key background from a bounded query: a story's originals indexed by date",
        """
        CREATE INDEX articles_story_originals ON articles(story_id, published, seq)
            WHERE original_id IS NULL;
        DROP INDEX IF EXISTS articles_story_published;
        """,
    ),
    (
        "stories remember their members' headline words (the same-story rule's headline test)",
        """
        ALTER TABLE stories ADD COLUMN headline TEXT NOT NULL DEFAULT '{}';
        """,
    ),
    (
        "a story's copies read a page at a time: copies indexed by story and date",
        """
        CREATE INDEX IF NOT EXISTS articles_story_copies ON articles(story_id, published, seq)
            WHERE original_id IS NOT NULL;
        """,
    ),
    (
        "a story's size counted in its indexes alone: they carry original_id (covering)",
        """
        -- The COUNT of a story's originals or copies (the stories list, a page's totals)
        -- tests original_id, so an index without it read every member's row; with it the
        -- count reads index entries only. The page and Key background queries are unchanged.
        DROP INDEX IF EXISTS articles_story_originals;
        CREATE INDEX articles_story_originals ON articles(story_id, published, seq, original_id)
            WHERE original_id IS NULL;
        DROP INDEX IF EXISTS articles_story_copies;
        CREATE INDEX articles_story_copies ON articles(story_id, published, seq, original_id)
            WHERE original_id IS NOT NULL;
        """,
    ),
]


def default_path() -> Path:
    """``TOPLINE_DB`` if set, else the platform's user data folder (platformdirs)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("topline", appauthor=False)) / "topline.db"


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_existing(path: Path) -> None:
    """Refuse anything that is not an empty database or a topline store, without writing."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"cannot read the store: {exc.strerror or exc}", source=str(path)) from exc
    if not header:
        return  # a zero-byte file is an empty database
    if header != SQLITE_HEADER:
        raise StoreError(
            "not a SQLite database (refusing to touch it); give another --db", source=str(path)
        )
    try:
        conn = _connect_read_only(path, BUSY_TIMEOUT_S)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if app_id == APPLICATION_ID and path.stat().st_size <= FULL_CHECK_MAX_BYTES:
                ok = conn.execute("PRAGMA quick_check").fetchone()[0]
                if ok != "ok":
                    raise StoreError(
                        f"the store is damaged ({ok}); restore a backup", source=str(path)
                    )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"corrupt or unreadable SQLite file ({exc}); refusing to touch it", source=str(path)
        ) from exc
    if app_id != APPLICATION_ID and tables:
        raise StoreError(
            "a SQLite database that is not a topline store (refusing to modify it)",
            source=str(path),
        )


def _connect_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    """A read-only connection. A WAL store in a folder we cannot write has no ``-shm`` file
    to share, so SQLite cannot open it plainly read-only; it is then opened ``immutable``
    (nobody can be writing it through this folder's permissions anyway)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=timeout)
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        if not _is_read_only_error(exc) and "unable to open" not in str(exc):
            raise
    return sqlite3.connect(uri + "&immutable=1", uri=True, timeout=timeout)


def _is_read_only_error(exc: sqlite3.Error) -> bool:
    return "readonly" in str(exc) or "read-only" in str(exc)


def is_read_only(path: Path) -> bool:
    """True when an existing store file, or its folder, cannot be written by this process."""
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def connect(path: Path, *, timeout: float = BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """A connection to a checked, migrated store: WAL, foreign keys, busy timeout.

    A healthy store that this process may not write (read-only file or folder) is opened
    read-only: reads work, and any write is refused with :class:`ReadOnlyStore`.
    """
    if path.exists():
        if path.is_dir():
            raise StoreError("is a directory, not a database file", source=str(path))
        _check_existing(path)
        if is_read_only(path):
            return _open_read_only(path, timeout)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create folder: {exc.strerror}", source=str(path)) from exc
    try:
        conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except sqlite3.OperationalError as exc:
        raise translate(exc, path) from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open the store: {exc}", source=str(path)) from exc
    return conn


def _open_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    try:
        conn = _connect_read_only(path, timeout)
        conn.row_factory = sqlite3.Row
        version = schema_version(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open the store read-only: {exc}", source=str(path)) from exc
    if version != len(MIGRATIONS):
        conn.close()
        raise ReadOnlyStore(
            f"the store has schema version {version} and needs upgrading to "
            f"{len(MIGRATIONS)}, but it is read-only here",
            source=str(path),
        )
    return conn


def translate(exc: sqlite3.Error, path: Path | str) -> StoreError:
    """One place where sqlite3 errors become messages a user can act on."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return StoreError(
            "the store is locked by another process (an ingest still running?); "
            "try again when it has finished",
            source=str(path),
        )
    if _is_read_only_error(exc):
        return ReadOnlyStore(
            "the store is read-only here; it can be read, not written", source=str(path)
        )
    return StoreError(f"database error: {text}", source=str(path))


def schema_version(conn: sqlite3.Connection) -> int:
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='migrations'"
    ).fetchone()
    if row is None:
        return 0
    return int(conn.execute("SELECT coalesce(max(version), 0) FROM migrations").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> None:
    """Apply every migration this store has not seen, each in its own transaction."""
    current = schema_version(conn)
    if current > len(MIGRATIONS):
        raise StoreError(
            f"the store has schema version {current}, newer than this topline knows "
            f"({len(MIGRATIONS)}); upgrade topline"
        )
    if current == len(MIGRATIONS):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = schema_version(conn)  # another process may have migrated meanwhile
        if current == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(
                "CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                "applied_at TEXT NOT NULL)"
            )
        for version, (name, script) in enumerate(MIGRATIONS, start=1):
            if version <= current:
                continue
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations(version, name, applied_at) VALUES (?, ?, ?)",
                (version, name, now()),
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """Split a script into statements (executescript would commit our transaction)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
