"""The :class:`Store`: one SQLite file holding articles, copies, analyses, briefs and stories.

Writes happen in batches, each one transaction: a batch is analysed first (the slow part,
holding no lock), then written in one short ``BEGIN IMMEDIATE … COMMIT``. A killed ingest
therefore loses at most the batch in flight, and rerunning it skips what was committed
(articles are identified by the hash of their normalised text and by canonical URL).
The indexes live in the file (LSH buckets, story terms by date, document frequencies), so
opening a store reads nothing in proportion to its size; a writer caches a bounded number of
story states and holds the batch in flight in memory, dropped whenever a batch fails, so
memory never disagrees with the file.

The store is persistence only: it imports neither ``topline.analyze`` nor ``topline.brief``.
Whoever opens it hands it an :data:`Analyser` and a :data:`Briefer`
(:func:`topline.pipeline.open_store` hands it the pipeline's own), and it calls them.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from topline.dates import iso
from topline.errors import StoreError, ToplineError
from topline.ingest import IngestFailure
from topline.model import Analysis, Article, BackgroundItem, Brief, to_dict
from topline.store import articles as rows
from topline.store import dedup, lsh
from topline.store.background import background_for
from topline.store.db import connect, default_path, now, translate
from topline.store.reading import StoreReader
from topline.store.stories import (
    Clusterer,
    LedeClues,
    backfill,
    lede_clues,
    lede_definites,
    past_days,
    quoted_people,
)

#: Articles per transaction: small enough that a crash loses little, large enough to be fast.
BATCH_SIZE = 64
#: SQLite page cache per connection (KiB): the hot parts of the on-disk indexes stay in memory.
CACHE_KIB = 64 * 1024
#: Bytes of the file SQLite reads through a memory map instead of ``read`` calls: a lookup in a
#: large store's indexes (LSH buckets, story terms, FTS) then costs no system call or copy
#: when the page is in the OS cache. The map is address space, not memory a process owns.
MMAP_BYTES = 2 << 30
#: WAL pages before a checkpoint copies them into the file (SQLite's default is 1,000): a
#: batch of 64 articles dirties about 2,000 pages in a large store, and a page rewritten by
#: several batches is copied once per checkpoint instead of once per batch.
WAL_CHECKPOINT_PAGES = 16_000

#: Articles → their analyses (any order): how a batch's originals get analysed. The
#: pipeline's runs spaCy in this process; ``topline ingest -j`` passes
#: :class:`topline.scale.analyser.PoolAnalyser`, which runs it in worker processes.
Analyser = Callable[[Sequence[Article]], Iterable[Analysis]]

#: An analysis and Key background from earlier articles of its story → its brief.
Briefer = Callable[[Analysis, Sequence[BackgroundItem]], Brief]


@dataclass(frozen=True)
class IngestReport:
    """What one :meth:`Store.add` did; ``copies`` are near-duplicates linked to an original."""

    added: int = 0
    duplicates: int = 0
    copies: int = 0
    failed: list[IngestFailure] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.added + self.duplicates + self.copies + len(self.failed)


class Store(StoreReader):
    """A topline store; ``Store()`` opens ``TOPLINE_DB`` or the platform default.

    ``analyser`` analyses the originals of each batch :meth:`add` stores (unless it is told
    not to analyse); ``briefer`` makes the brief stored beside each analysis, and again when
    a later article of the story gives it Key background. A store opened without them
    reads and stores articles only: :meth:`add` refuses to analyse, and no brief is made.
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        analyser: Analyser | None = None,
        briefer: Briefer | None = None,
        timeout: float | None = None,
        copy_threshold: float = dedup.THRESHOLD,
    ) -> None:
        self.analyser = analyser
        self.briefer = briefer
        self.path = Path(path).expanduser() if path is not None else default_path()
        kwargs = {} if timeout is None else {"timeout": timeout}
        self._conn: sqlite3.Connection | None = connect(self.path, **kwargs)
        # The index pages that a write touches (term_df, story_terms, lsh_buckets) are spread
        # over the file; SQLite's default 2 MiB page cache re-reads them from the OS per batch.
        self._conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self._conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        self._conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        self.copy_threshold = copy_threshold
        self._copies: lsh.StoredCopyIndex | None = None
        self._clusterer: Clusterer | None = None
        self._version: int | None = None
        #: Articles of the current batch whose analysis or brief failed (never stored).
        self._item_failures: list[IngestFailure] = []

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------

    def _copy_index(self) -> lsh.StoredCopyIndex:
        if self._copies is None:
            self._changed_elsewhere()
            self._backfill()
            self._copies = lsh.StoredCopyIndex(self.conn, self.copy_threshold)
        return self._copies

    def _stories(self) -> Clusterer:
        if self._clusterer is None:
            self._changed_elsewhere()
            self._clusterer = Clusterer(self.conn)
        return self._clusterer

    def _backfill(self) -> None:
        """Index a store written before migration 3 (once, O(articles), on its first write)."""
        flag = self._read("SELECT value FROM store_meta WHERE key = 'needs_backfill'")
        if not flag or not flag[0][0]:
            return
        conn = self.conn
        own = not conn.in_transaction  # inside _write's transaction we already hold the lock
        try:
            if own:
                conn.execute("BEGIN IMMEDIATE")
            again = conn.execute("SELECT value FROM store_meta WHERE key = 'needs_backfill'")
            if again.fetchone()[0]:
                for aid, blob in conn.execute(
                    "SELECT m.article_id, m.signature FROM minhashes m "
                    "JOIN articles a ON a.id = m.article_id WHERE a.original_id IS NULL"
                ).fetchall():
                    lsh.insert_buckets(conn, aid, dedup.from_blob(blob))
                backfill(conn)
                conn.execute("UPDATE store_meta SET value = 0 WHERE key = 'needs_backfill'")
            if own:
                conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if own and conn.in_transaction:
                conn.execute("ROLLBACK")
            raise translate(exc, self.path) from exc

    def add(
        self,
        articles: Iterable[Article | IngestFailure],
        *,
        analyze: bool = True,
        progress: Callable[[int], None] | None = None,
        analyser: Analyser | None = None,
    ) -> IngestReport:
        """Store articles (idempotent); failures from ingest are passed through in the report.

        ``progress`` is called with the number of items just handled (a batch, or 1 for a
        failure). With ``analyze=False`` nothing is analysed: no entities, timeline entries
        or briefs, and stories are clustered on text alone. ``analyser`` analyses each
        batch's new originals (not its duplicates or copies) instead of the store's own;
        where it runs changes nothing in the store.
        """
        analyser = analyser or self.analyser
        if analyze and analyser is None:
            raise StoreError(
                "this store was opened without an analyser (open it with "
                "topline.pipeline.open_store, or add with analyze=False)",
                source=str(self.path),
            )
        added = duplicates = copies = 0
        failed: list[IngestFailure] = []
        batch: list[Article] = []

        def flush() -> None:
            nonlocal added, duplicates, copies
            a, d, c = self._add_batch(batch, analyze=analyze, analyser=analyser)
            added, duplicates, copies = added + a, duplicates + d, copies + c
            failed.extend(self._item_failures)
            self._item_failures = []
            if progress is not None:
                progress(len(batch))
            batch.clear()

        for item in articles:
            if isinstance(item, IngestFailure):
                failed.append(item)
                if progress is not None:
                    progress(1)
                continue
            batch.append(item)
            if len(batch) >= BATCH_SIZE:
                flush()
        if batch:
            flush()
        return IngestReport(added, duplicates, copies, failed)

    def add_analyses(self, analyses: Iterable[Analysis]) -> IngestReport:
        """Store articles that were analysed elsewhere (e.g. by a multi-process batch)."""
        added = duplicates = copies = 0
        chunk: list[Analysis] = []
        for analysis in analyses:
            chunk.append(analysis)
            if len(chunk) >= BATCH_SIZE:
                a, d, c = self._add_batch([x.article for x in chunk], analyses=chunk)
                added, duplicates, copies = added + a, duplicates + d, copies + c
                chunk = []
        if chunk:
            a, d, c = self._add_batch([x.article for x in chunk], analyses=chunk)
            added, duplicates, copies = added + a, duplicates + d, copies + c
        return IngestReport(added, duplicates, copies)

    def _known(self, batch: list[Article]) -> set[str]:
        """Ids (and canonical URLs) of the batch that the store already holds."""
        ids = [a.id for a in batch]
        urls = [a.canonical_url for a in batch if a.canonical_url]
        marks = ",".join("?" * len(ids))
        known = {
            r[0] for r in self._read(f"SELECT id FROM articles WHERE id IN ({marks})", tuple(ids))
        }
        if urls:
            marks = ",".join("?" * len(urls))
            known |= {
                r[0]
                for r in self._read(
                    f"SELECT canonical_url FROM articles WHERE canonical_url IN ({marks})",
                    tuple(urls),
                )
            }
        return known

    def _add_batch(
        self,
        batch: list[Article],
        *,
        analyze: bool = True,
        analyses: list[Analysis] | None = None,
        analyser: Analyser | None = None,
    ) -> tuple[int, int, int]:
        known = self._known(batch)
        fresh: list[Article] = []
        duplicates = 0
        seen: list[Article] = []
        for article in batch:
            if article.id in known or (article.canonical_url and article.canonical_url in known):
                duplicates += 1
                seen.append(article)
                continue
            known.add(article.id)
            if article.canonical_url:
                known.add(article.canonical_url)
            fresh.append(article)
        try:
            self._record_sightings(seen)
            while True:
                try:
                    added, copies, late = self._write(
                        fresh, analyze=analyze, analyses=analyses, analyser=analyser
                    )
                    break
                except _BriefFailed as failure:  # that article alone is left out; redo the rest
                    self._copies = self._clusterer = None
                    self._item_failures.append(failure.error)
                    fresh = [a for a in fresh if a.id != failure.article_id]
                    analyses = list(failure.analyses.values())
            duplicates += late
        except BaseException:
            self._copies = None  # in-memory state may be ahead of the file: rebuild it
            self._clusterer = None
            raise
        return added, duplicates, copies

    def _record_sightings(self, seen: list[Article]) -> None:
        """Identical articles from elsewhere: keep where they came from (outlet, URL, licensor)."""
        rows_ = []
        done: set[tuple[str | None, ...]] = set()
        for a in seen:
            found = self._read(
                "SELECT url, outlet, licensor, source FROM articles WHERE id = ? "
                "UNION ALL SELECT url, outlet, licensor, source FROM sightings WHERE article_id = ?",
                (a.id, a.id),
            )
            mine = (a.url, a.outlet, a.licensor, a.source)
            if found and all(tuple(r) != mine for r in found) and (a.id, *mine) not in done:
                done.add((a.id, *mine))
                rows_.append(
                    (a.id, a.url, a.canonical_url, a.outlet, a.licensor, iso(a.published), a.source)
                )
        if not rows_:
            return
        try:
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                self.conn.executemany(
                    "INSERT INTO sightings(article_id, url, canonical_url, outlet, licensor, "
                    "published, source, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(*r, now()) for r in rows_],
                )
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc

    def _match(self, fresh: list[Article], sigs: dict[str, Any]) -> dict[str, dedup.Match]:
        """Copies among ``fresh`` (against the store and the batch's earlier articles)."""
        index = self._copy_index()
        matches: dict[str, dedup.Match] = {}
        for article in fresh:
            match = index.best_match(sigs[article.id])
            if match is not None:
                matches[article.id] = match
            else:
                index.add(article.id, sigs[article.id])
        return matches

    def _changed_elsewhere(self) -> bool:
        """True when another connection committed since we last looked (PRAGMA data_version)."""
        version = int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        changed = self._version is not None and version != self._version
        self._version = version
        return changed

    def _analyse(
        self,
        originals: list[Article],
        analyze: bool,
        given: dict[str, Analysis],
        analyser: Analyser | None,
    ) -> dict[str, Analysis]:
        """Analyses of ``originals``; when the batch's analysis fails, each article is redone
        alone and those that fail alone join ``_item_failures`` (the others go on)."""
        todo = [a for a in originals if a.id not in given]
        if not analyze or not todo or analyser is None:
            return given
        try:
            return given | {x.article.id: x for x in analyser(todo)}
        except Exception as exc:
            _reraise_if_not_per_item(exc)
        found = dict(given)
        for article in todo:
            try:
                found |= {x.article.id: x for x in analyser([article])}
            except Exception as exc:
                _reraise_if_not_per_item(exc)
                self._item_failures.append(_item_error(article, exc))
        return found

    def _drop_failed(
        self,
        fresh: list[Article],
        sigs: dict[str, Any],
        by_id: dict[str, Analysis],
        *,
        analyze: bool,
        analyser: Analyser | None,
    ) -> tuple[list[Article], dict[str, dedup.Match], dict[str, Analysis]]:
        """``fresh`` without the articles whose analysis failed, copies matched again (a copy
        of a failed article becomes an original, analysed in turn)."""
        failed = {e.article_id for e in self._item_failures if e.article_id}
        fresh = [a for a in fresh if a.id not in failed]
        self._copies = None  # the failed articles were indexed as originals: rebuild
        matches = self._match(fresh, sigs)
        by_id = self._analyse([a for a in fresh if a.id not in matches], analyze, by_id, analyser)
        return fresh, matches, by_id

    def _write(
        self,
        fresh: list[Article],
        *,
        analyze: bool,
        analyses: list[Analysis] | None,
        analyser: Analyser | None,
    ) -> tuple[int, int, int]:
        """Insert one batch; returns (added, copies, found meanwhile in the store)."""
        sigs = {a.id: dedup.signature(a.text) for a in fresh}
        # Copies are found before the lock so that they are not analysed; if another process
        # writes meanwhile, the in-memory indexes are rebuilt and the batch re-checked below.
        matches = self._match(fresh, sigs)
        given = {x.article.id: x for x in analyses or ()}
        by_id = self._analyse([a for a in fresh if a.id not in matches], analyze, given, analyser)
        while self._item_failures and any(a.id in _ids(self._item_failures) for a in fresh):
            fresh, matches, by_id = self._drop_failed(
                fresh, sigs, by_id, analyze=analyze, analyser=analyser
            )
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise translate(exc, self.path) from exc
        late = 0
        try:
            if self._changed_elsewhere():
                self._copies = self._clusterer = None
                known = self._known(fresh)
                late = sum(a.id in known for a in fresh)
                fresh = [a for a in fresh if a.id not in known]
                matches = self._match(fresh, sigs)
                originals = [a for a in fresh if a.id not in matches]
                by_id = self._analyse(originals, analyze, by_id, analyser)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        fresh = [a for a in fresh if a.id not in _ids(self._item_failures)]
        originals = [a for a in fresh if a.id not in matches]
        clusterer = self._stories()
        stamp = now()
        try:
            story_of: dict[str, str] = {}
            for article in fresh:
                match = matches.get(article.id)
                if match is not None:
                    root = self._root(match.original_id)
                    story_id = story_of.get(root) or self._story_of(root)
                    rows.insert_article(
                        conn,
                        article,
                        added_at=stamp,
                        original_id=root,
                        similarity=round(match.similarity, 4),
                        story_id=story_id,
                    )
                else:
                    analysis = by_id.get(article.id)
                    entities = rows.entity_counts(analysis) if analysis else Counter[str]()
                    days = past_days(analysis) if analysis else frozenset[date]()
                    quoted = quoted_people(analysis) if analysis else frozenset[str]()
                    definites = lede_definites(analysis) if analysis else frozenset[str]()
                    clues = lede_clues(analysis) if analysis else LedeClues()
                    assignment = clusterer.assign(
                        article.id,
                        article.text,
                        article.title,
                        article.published,
                        entities,
                        days,
                        quoted,
                        definites,
                        clues,
                    )
                    story_of[article.id] = assignment.story_id
                    rows.insert_article(conn, article, added_at=stamp, story_id=assignment.story_id)
                    if analysis is not None:
                        rows.insert_analysis(conn, analysis)
                conn.execute(
                    "INSERT INTO minhashes(article_id, signature) VALUES (?, ?)",
                    (article.id, dedup.to_blob(sigs[article.id])),
                )
                if match is None:
                    lsh.insert_buckets(conn, article.id, sigs[article.id])
            clusterer.save(conn, stamp)
            for article in originals:
                analysis = by_id.get(article.id)
                if analysis is not None:
                    try:
                        self._save_brief(analysis)
                    except sqlite3.Error:
                        raise
                    except Exception as exc:
                        raise _BriefFailed(article, exc, by_id) from exc
            conn.execute("COMMIT")
            if self._copies is not None:
                self._copies.clear()  # the batch's originals are in lsh_buckets now
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise translate(exc, self.path) from exc
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return len(originals), len(matches), late

    def _save_brief(self, analysis: Analysis) -> Brief | None:
        if self.briefer is None:
            return None
        brief = self.briefer(analysis, background_for(self.conn, analysis.article.id))
        self.conn.execute(
            "INSERT OR REPLACE INTO briefs(article_id, json) VALUES (?, ?)",
            (analysis.article.id, json.dumps(to_dict(brief))),
        )
        return brief


class _BriefFailed(Exception):
    """One article's brief failed inside a batch's transaction: the batch is redone without it."""

    def __init__(self, article: Article, exc: Exception, analyses: dict[str, Analysis]) -> None:
        super().__init__(str(exc))
        self.article_id = article.id
        self.error = _item_error(article, exc)
        self.analyses = {k: v for k, v in analyses.items() if k != article.id}


def _item_error(article: Article, exc: Exception) -> IngestFailure:
    """One article's failure as the report's error record (it names the article's input)."""
    source = article.source or article.id
    error = (
        IngestFailure.of(exc, source)
        if isinstance(exc, ToplineError)
        else IngestFailure.unexpected(exc, source)
    )
    return replace(error, article_id=article.id)


def _ids(failures: list[IngestFailure]) -> set[str]:
    return {e.article_id for e in failures if e.article_id}


def _reraise_if_not_per_item(exc: Exception) -> None:
    """Store errors and dead workers concern the whole run, not one article: never swallowed."""
    if isinstance(exc, StoreError) or getattr(exc, "code", None) == "worker_died":
        raise exc
