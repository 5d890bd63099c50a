"""Near-duplicates: MinHash over word shingles, indexed with LSH (datasketch).

Syndicated copies differ from their original by a licensor's header or footer, a new title,
a trimmed last paragraph, curly vs straight quotes and white space. Shingles are taken from
a normalised word sequence (case, quotes, punctuation and spacing removed), so those edits
only cost the shingles at the edges. LSH finds candidates in time independent of the store
size; a candidate is accepted when its estimated Jaccard similarity reaches ``THRESHOLD``.
The threshold was chosen by measurement (``benchmarks/store.py``, docs/store.md).
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

#: Words per shingle: 5 keeps unrelated articles' shared phrases ("the White House said") rare.
SHINGLE_WORDS = 5
#: MinHash permutations: 128 gives a Jaccard estimate within about ±0.05.
NUM_PERM = 128
#: Estimated Jaccard at or above which a new article is a copy of a stored one.
THRESHOLD = 0.6
#: LSH is tuned a little below the threshold so that borderline copies reach the check.
LSH_THRESHOLD = 0.4
SEED = 1
#: datasketch's hashing scheme; stored signatures are only comparable within one scheme and
#: one shingle hash (CRC-32 from zlib: stable across processes, 30x faster than SHA-1 here).
SCHEME = "affine32"

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-cased words with accents, quotes and punctuation gone."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _WORD.findall(folded)


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    ws = words(text)
    if len(ws) < k:
        return {" ".join(ws).encode("utf-8")} if ws else set()
    return {" ".join(ws[i : i + k]).encode("utf-8") for i in range(len(ws) - k + 1)}


def signature(text: str) -> LeanMinHash:
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=zlib.crc32)
    sh = shingles(text)
    if sh:
        m.update_batch(list(sh))
    return LeanMinHash(m)


def to_blob(sig: LeanMinHash) -> bytes:
    return np.asarray(sig.hashvalues, dtype=np.uint32).tobytes()


def from_blob(blob: bytes) -> LeanMinHash:
    values = np.frombuffer(blob, dtype=np.uint32)
    return LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)


@dataclass(frozen=True, slots=True)
class Match:
    original_id: str
    similarity: float


class CopyIndex:
    """An in-memory LSH over the store's signatures, rebuilt from the ``minhashes`` table."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=min(LSH_THRESHOLD, threshold), num_perm=NUM_PERM)
        self._sigs: dict[str, LeanMinHash] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._sigs

    def add(self, article_id: str, sig: LeanMinHash) -> None:
        if article_id not in self._sigs:
            self._lsh.insert(article_id, sig)
            self._sigs[article_id] = sig

    def best_match(self, sig: LeanMinHash) -> Match | None:
        """The most similar stored article at or above the threshold, if any."""
        best: Match | None = None
        for cand in self._lsh.query(sig):
            sim = float(sig.jaccard(self._sigs[cand]))
            if sim >= self.threshold and (
                best is None or (sim, cand) > (best.similarity, best.original_id)
            ):
                best = Match(cand, sim)
        return best
