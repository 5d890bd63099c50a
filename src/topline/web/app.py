"""The FastAPI application: limits, guards, start-up, and the routers of the API and pages.

The app is a thin shell: every route reads the request, calls the library through
:mod:`topline.web.service` and renders the result. Two kinds of work never share a queue:

- **analyses** (brief, extract, parse, ingest) run in worker processes
  (:mod:`topline.web.isolation`) under the time limit: at most ``workers`` at once, and a
  worker whose time is up is killed and replaced, so work and memory stay bounded;
- **reads** (search, articles, stories, pages over the store) run in threads of their own
  (``read_workers``), each thread keeping its store connection open between requests.

Settings live in :mod:`topline.web.settings`; the browser guards (Host allow-list, no
cross-origin writes) in :mod:`topline.web.guard`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TypeVar

import anyio
import anyio.to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from topline import __version__
from topline.nlp import get_nlp
from topline.web.errors import BodyTooLarge, error_response, install_error_handlers
from topline.web.guard import BrowserGuard
from topline.web.isolation import AnalysisPool
from topline.web.limits import per_thread_store, run_analysis, run_limited
from topline.web.settings import (
    DEFAULT_ALLOWED_HOSTS,
    MAX_BODY_BYTES,
    READ_WORKERS,
    TIME_LIMIT,
    WORKERS,
    Settings,
)
from topline.web.store_port import StoreFactory

__all__ = ["Settings", "app_from_env", "create_app", "run_analysis", "run_limited"]

log = logging.getLogger("topline.web")

HERE = Path(__file__).resolve().parent
#: Threads that may wait on the analysis pool at once (each only waits on a pipe).
ANALYSIS_THREADS = 64
T = TypeVar("T")


class BodyLimit:
    """ASGI middleware: read at most ``limit`` bytes of a body, answer 413 above it.

    The declared Content-Length is checked before anything is read; chunked bodies are
    counted as they arrive, so a large upload never sits in memory whole.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._refuse(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        exc = BodyTooLarge(f"the request body is over the {self.limit:,}-byte limit")
        await error_response(exc)(scope, receive, send)


def create_app(
    db: str | None = None,
    allow_private_urls: bool = False,
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
    time_limit: float = TIME_LIMIT,
    workers: int = WORKERS,
    read_workers: int = READ_WORKERS,
    warm_model: bool = True,
    isolate: bool = True,
    cors_origins: tuple[str, ...] = (),
    allowed_hosts: tuple[str, ...] = DEFAULT_ALLOWED_HOSTS,
    store_factory: StoreFactory | None = None,
) -> FastAPI:
    """The topline HTTP API and web page.

    ``db`` is the store's SQLite path (None: the store's default); ``allow_private_urls``
    lets ``{"url": ...}`` reach private and loopback addresses (off: no SSRF); CORS is off
    unless ``cors_origins`` names the origins to allow. ``workers`` analyses run at once, in
    worker processes killed at ``time_limit`` (``isolate=False``: in threads, which a time
    limit can only abandon; the only choice with a ``store_factory``, whose store cannot
    travel to another process). ``allowed_hosts``: the ``Host`` names answered (``"*"``: any).
    """
    from topline.web import api, pages
    from topline.web.docs import install_docs

    settings = Settings(
        db=db,
        allow_private_urls=allow_private_urls,
        max_body_bytes=max_body_bytes,
        time_limit=time_limit,
        workers=workers,
        read_workers=read_workers,
        warm_model=warm_model,
        isolate=isolate and store_factory is None,
        cors_origins=cors_origins,
        allowed_hosts=allowed_hosts,
        store_factory=per_thread_store(store_factory or _sqlite(db)),
    )
    pool = AnalysisPool(settings.workers, warm=warm_model) if settings.isolate else None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if pool is not None:
            if settings.warm_model:
                pool.start()
        elif settings.warm_model:
            await anyio.to_thread.run_sync(get_nlp)
        try:
            yield
        finally:
            if pool is not None:
                pool.close()

    app = FastAPI(
        title="topline",
        version=__version__,
        description="Grounded, structured news briefs in the Topline format. "
        'Errors always have the shape `{"error": {"code": ..., "message": ...}}`.',
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.analysis_pool = pool
    # Threads that hand analyses to the pool: more than it admits, so that the pool itself
    # refuses a flood at once (503 busy) instead of requests queueing for a thread; without a
    # pool, the threads are the analyses.
    threads = max(ANALYSIS_THREADS, pool.size + pool.max_waiting) if pool is not None else 0
    app.state.analysis_limiter = anyio.CapacityLimiter(threads or settings.workers)
    app.state.read_limiter = anyio.CapacityLimiter(settings.read_workers)
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    install_docs(app)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["*"]
        )
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(
        BrowserGuard, allowed_hosts=settings.allowed_hosts, cors_origins=settings.cors_origins
    )
    return app


def _sqlite(db: str | None) -> StoreFactory:
    from topline.web.store_port import sqlite_store_factory

    return sqlite_store_factory(db)


def app_from_env() -> FastAPI:
    """The factory uvicorn calls in each worker process of ``topline serve --workers N``."""
    import os

    hosts = os.environ.get("TOPLINE_ALLOWED_HOSTS")
    return create_app(
        db=os.environ.get("TOPLINE_DB") or None,
        allow_private_urls=os.environ.get("TOPLINE_ALLOW_PRIVATE_URLS") == "1",
        allowed_hosts=tuple(h for h in hosts.split(",") if h) if hosts else DEFAULT_ALLOWED_HOSTS,
        workers=int(os.environ.get("TOPLINE_ANALYSES") or WORKERS),
    )
