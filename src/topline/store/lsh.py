"""The copy index on disk: MinHash LSH buckets in an indexed SQLite table.

Why not datasketch's in-memory ``MinHashLSH`` over the whole store: it had to be rebuilt from
every stored signature whenever a process first wrote (seconds per 10,000 articles, minutes at
a million), and it grows with the store in every process that writes. The banding is the same
(datasketch's own optimal bands and rows for ``LSH_THRESHOLD`` and ``NUM_PERM``, 32 × 4);
each band of an original's signature becomes one row ``(bucket, seq)`` in ``lsh_buckets``,
where ``bucket`` is a 64-bit hash of the band number and its values. A lookup reads 32 index
entries plus the rows that share a bucket, so its cost does not depend on the store's size.
Articles of the batch being written are held in a small overlay until the batch commits.
"""

from __future__ import annotations

import hashlib
import sqlite3
from functools import cache

import numpy as np
from datasketch import LeanMinHash, MinHashLSH

from topline.store import dedup

#: Signatures read per lookup at most (guards against a pathological bucket, e.g. empty texts).
MAX_CANDIDATES = 200


@cache
def bands() -> tuple[tuple[int, int], ...]:
    """datasketch's band ranges for the store's LSH threshold (computed once)."""
    lsh = MinHashLSH(threshold=dedup.LSH_THRESHOLD, num_perm=dedup.NUM_PERM)
    return tuple((int(a), int(b)) for a, b in lsh.hashranges)


def buckets(sig: LeanMinHash) -> list[int]:
    """One signed 64-bit bucket key per band (SQLite integers are signed)."""
    values = np.asarray(sig.hashvalues, dtype=np.uint32)
    out = []
    for i, (start, end) in enumerate(bands()):
        digest = hashlib.blake2b(
            i.to_bytes(2, "little") + values[start:end].tobytes(), digest_size=8
        ).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return out


class StoredCopyIndex:
    """Finds copies among the store's originals (``lsh_buckets``) and the pending batch."""

    def __init__(self, conn: sqlite3.Connection, threshold: float = dedup.THRESHOLD) -> None:
        self.conn = conn
        self.threshold = threshold
        self._pending: dict[str, LeanMinHash] = {}
        self._pending_buckets: dict[int, list[str]] = {}

    def add(self, article_id: str, sig: LeanMinHash) -> None:
        """Hold an original of the batch being written until :meth:`write` stores it."""
        if article_id in self._pending:
            return
        self._pending[article_id] = sig
        for b in buckets(sig):
            self._pending_buckets.setdefault(b, []).append(article_id)

    def best_match(self, sig: LeanMinHash) -> dedup.Match | None:
        """The most similar original at or above the threshold, if any."""
        keys = buckets(sig)
        marks = ",".join("?" * len(keys))
        found = self.conn.execute(
            "SELECT a.id, m.signature FROM articles a JOIN minhashes m ON m.article_id = a.id "
            f"WHERE a.seq IN (SELECT DISTINCT seq FROM lsh_buckets WHERE bucket IN ({marks}) "
            f"LIMIT {MAX_CANDIDATES})",
            keys,
        ).fetchall()
        cands = {r[0]: dedup.from_blob(r[1]) for r in found}
        for k in keys:
            for aid in self._pending_buckets.get(k, ()):
                cands[aid] = self._pending[aid]
        best: dedup.Match | None = None
        for cand, other in cands.items():
            sim = float(sig.jaccard(other))
            if sim >= self.threshold and (
                best is None or (sim, cand) > (best.similarity, best.original_id)
            ):
                best = dedup.Match(cand, sim)
        return best

    def clear(self) -> None:
        """Forget the pending batch once it is committed (it is found on disk from then on)."""
        self._pending.clear()
        self._pending_buckets.clear()


def insert_buckets(conn: sqlite3.Connection, article_id: str, sig: LeanMinHash) -> None:
    seq = conn.execute("SELECT seq FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    conn.executemany(
        "INSERT OR IGNORE INTO lsh_buckets(bucket, seq) VALUES (?, ?)",
        [(b, seq) for b in buckets(sig)],
    )
