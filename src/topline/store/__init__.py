"""The store: articles, syndicated copies, stories and timelines in one SQLite file.

``Store`` is the public entry point; see docs/store.md for the schema.
"""

from __future__ import annotations

from topline.store.core import BATCH_SIZE, Analyser, Briefer, IngestReport, Store
from topline.store.db import default_path
from topline.store.queries import Listing, SearchHit

__all__ = [
    "BATCH_SIZE",
    "Analyser",
    "Briefer",
    "IngestReport",
    "Listing",
    "SearchHit",
    "Store",
    "default_path",
]
