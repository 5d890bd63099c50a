"""The server's settings and limits: one place for every tunable of the HTTP shell.

Kept apart from :mod:`topline.web.app` so that the routes (:mod:`topline.web.api`,
:mod:`topline.web.pages`) and :mod:`topline.web.service` can import them without importing
the app that imports them (no import cycle).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from topline.ingest.robots import RobotsCache

if TYPE_CHECKING:  # the store is imported only when a store is opened (cheap CLI start-up)
    from topline.web.store_port import StoreFactory

#: Largest request body accepted, in bytes (413 above it).
MAX_BODY_BYTES = 5 * 1024 * 1024
#: Seconds one request may spend waiting for and doing library work (503 above it). The
#: analysis process running it is killed and replaced when the time is up.
TIME_LIMIT = 30.0
#: Analyses running at once per server process, each in its own worker process: spaCy work
#: is CPU-bound, so more would only queue, and each worker holds a model (~350 MB).
WORKERS = 2
#: Store reads (search, pages, stories) running at once, in threads of their own: they never
#: wait behind analyses.
READ_WORKERS = 8
#: Seconds an idle HTTP connection is kept open (uvicorn's ``timeout_keep_alive``). Longer
#: than the ``Retry-After`` of a 503 (5 s): with uvicorn's default of 5 s, a client that
#: waits as told and reuses its connection sends just as the server closes it, and gets a
#: reset instead of an answer.
KEEP_ALIVE = 15
#: Host names (the ``Host`` header, port left out) the server answers by default: a page
#: that rebinds its own name to 127.0.0.1 still sends its own name, and is refused.
DEFAULT_ALLOWED_HOSTS = ("localhost", "127.0.0.1", "[::1]")


@dataclass(frozen=True)
class Settings:
    """Everything :func:`topline.web.create_app` can be told (see its docstring)."""

    db: str | None = None
    allow_private_urls: bool = False
    max_body_bytes: int = MAX_BODY_BYTES
    time_limit: float = TIME_LIMIT
    workers: int = WORKERS
    read_workers: int = READ_WORKERS
    warm_model: bool = True
    #: Analyses run in worker processes that a deadline can kill (False: in threads of this
    #: process, which a deadline can only abandon; for tests with a fake store).
    isolate: bool = True
    cors_origins: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = DEFAULT_ALLOWED_HOSTS
    store_factory: StoreFactory | None = field(default=None, compare=False)  # noqa: UP037
    #: robots.txt rules per host, kept for the app's lifetime (bounded, with a TTL).
    robots: RobotsCache = field(default_factory=RobotsCache, compare=False, repr=False)

    def open_store(self) -> Any:
        from topline.web.store_port import sqlite_store_factory

        factory = self.store_factory or sqlite_store_factory(self.db)
        return factory()

    def portable(self) -> dict[str, Any]:
        """The plain fields, to rebuild these settings in an analysis worker process."""
        skip = {"store_factory", "robots"}
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in skip}
