"""The FastAPI application: settings, limits, start-up, and the routers of the API and pages.

The app is a thin shell: every route reads the request, calls the library through
:mod:`topline.web.service` in a worker thread under a time limit, and renders the result.
The spaCy model is loaded once per process at start-up (``topline.nlp.get_nlp`` is cached),
never per request.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from topline import __version__
from topline.errors import BodyTooLarge, TimeLimit
from topline.ingest.robots import RobotsCache
from topline.nlp import get_nlp
from topline.web.errors import error_response, install_error_handlers
from topline.web.store_port import StoreFactory, sqlite_store_factory

log = logging.getLogger("topline.web")

#: Largest request body accepted, in bytes (413 above it).
MAX_BODY_BYTES = 5 * 1024 * 1024
#: Seconds one request may spend waiting for and doing library work (503 above it).
TIME_LIMIT = 30.0
#: Library calls running at once per process; spaCy work is CPU-bound, more would only queue.
WORKERS = 2

HERE = Path(__file__).resolve().parent
T = TypeVar("T")


@dataclass(frozen=True)
class Settings:
    db: str | None = None
    allow_private_urls: bool = False
    max_body_bytes: int = MAX_BODY_BYTES
    time_limit: float = TIME_LIMIT
    workers: int = WORKERS
    warm_model: bool = True
    cors_origins: tuple[str, ...] = ()
    store_factory: StoreFactory | None = field(default=None, compare=False)
    #: robots.txt rules per host, kept for the app's lifetime (bounded, with a TTL).
    robots: RobotsCache = field(default_factory=RobotsCache, compare=False, repr=False)

    def open_store(self) -> Any:
        factory = self.store_factory or sqlite_store_factory(self.db)
        return factory()


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


async def run_limited(request: Request, fn: Callable[..., T], *args: Any) -> T:
    """Run ``fn(*args)`` in a worker thread; TimeLimit if it takes longer than allowed.

    A timed-out thread cannot be killed; it is abandoned and finishes in the background while
    still holding its worker slot, so a flood of slow requests turns into 503s, not a pile-up.
    """
    settings: Settings = request.app.state.settings
    limiter: anyio.CapacityLimiter = request.app.state.limiter
    try:
        with anyio.fail_after(settings.time_limit):
            return await anyio.to_thread.run_sync(
                fn, *args, limiter=limiter, abandon_on_cancel=True
            )
    except TimeoutError:
        raise TimeLimit(
            f"the request took longer than the {settings.time_limit:g}-second limit"
        ) from None


def create_app(
    db: str | None = None,
    allow_private_urls: bool = False,
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
    time_limit: float = TIME_LIMIT,
    workers: int = WORKERS,
    warm_model: bool = True,
    cors_origins: tuple[str, ...] = (),
    store_factory: StoreFactory | None = None,
) -> FastAPI:
    """The topline HTTP API and web page.

    ``db`` is the store's SQLite path (None: the store's default); ``allow_private_urls``
    lets ``{"url": ...}`` reach private and loopback addresses (off: no SSRF); CORS is off
    unless ``cors_origins`` names the origins to allow.
    """
    from topline.web import api, pages
    from topline.web.docs import install_docs

    settings = Settings(
        db=db,
        allow_private_urls=allow_private_urls,
        max_body_bytes=max_body_bytes,
        time_limit=time_limit,
        workers=workers,
        warm_model=warm_model,
        cors_origins=cors_origins,
        store_factory=store_factory,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.warm_model:
            await anyio.to_thread.run_sync(get_nlp)
        yield

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
    app.state.limiter = anyio.CapacityLimiter(settings.workers)
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
    return app


def app_from_env() -> FastAPI:
    """The factory uvicorn calls in each worker process of ``topline serve --workers N``."""
    import os

    return create_app(
        db=os.environ.get("TOPLINE_DB") or None,
        allow_private_urls=os.environ.get("TOPLINE_ALLOW_PRIVATE_URLS") == "1",
    )
