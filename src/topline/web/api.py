"""The JSON API under ``/v1``: one article in (text, HTML, URL or file), documents out."""

from __future__ import annotations

from typing import Any

import msgspec
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from topline import __version__
from topline.errors import WrongContentType
from topline.nlp import get_nlp
from topline.web import service
from topline.web.errors import error_body
from topline.web.limits import run_analysis, run_limited
from topline.web.requests import JSON_TYPES, ArticleRequest, media_type, parse_article_request
from topline.web.settings import Settings

router = APIRouter()

_BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": ArticleRequest.model_json_schema()},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "published": {"type": "string"},
                        "bullets": {"type": "integer"},
                        "max_words": {"type": "integer"},
                        "only": {"type": "string", "description": "extract: names, a,b"},
                        "skip": {"type": "string", "description": "extract: names, a,b"},
                    },
                }
            },
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    }
}

_JSON_BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/json": _BODY_DOC["requestBody"]["content"]["application/json"]},
    }
}

_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {
        "description": text,
        "content": {"application/json": {"example": error_body("code", "what went wrong")}},
    }
    for status, text in (
        (400, "Empty body or invalid JSON"),
        (403, "URL points at a private address, robots.txt disallows it, or a cross-origin write"),
        (404, "Unknown id"),
        (413, "Body too large"),
        (415, "Unsupported media type"),
        (421, "The Host header is not one this server answers to"),
        (422, "Input cannot be read as an article"),
        (502, "URL could not be fetched"),
        (503, "Time limit exceeded or store unavailable"),
    )
}


def document(
    doc: dict[str, Any], *, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """A document as the JSON response, encoded by msgspec in one C call.

    Returning the dict would let FastAPI walk every value in Python first
    (``jsonable_encoder``, on the event loop for these async routes): ~4 ms for a stored
    article's document, more than reading it from the store, and meanwhile no other request
    is served. The documents hold only JSON types already (:func:`topline.model.to_dict`).
    """
    return Response(
        msgspec.json.encode(doc), status_code=status, media_type="application/json", headers=headers
    )


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


@router.post("/v1/brief", tags=["articles"], openapi_extra=_BODY_DOC, responses=_ERRORS)
async def brief(request: Request) -> Response:
    """The grounded Topline brief of one article: the same JSON as `topline brief --format json`."""
    parsed = await parse_article_request(request)
    return document(await run_analysis(request, service.brief, parsed, _settings(request)))


@router.post("/v1/extract", tags=["articles"], openapi_extra=_BODY_DOC, responses=_ERRORS)
async def extract(request: Request) -> Response:
    """Entities, quotes, attributions, quantities, dates and events, each with its spans;
    `only` / `skip` (extractor names) select the extractors that run."""
    parsed = await parse_article_request(request, extract=True)
    return document(await run_analysis(request, service.extract, parsed, _settings(request)))


@router.post("/v1/parse", tags=["articles"], openapi_extra=_BODY_DOC, responses=_ERRORS)
async def parse(request: Request) -> Response:
    """The sections of an article already written in Topline form (422 if it is not)."""
    parsed = await parse_article_request(request)
    return document(await run_analysis(request, service.parse, parsed, _settings(request)))


@router.post(
    "/v1/articles",
    tags=["store"],
    status_code=201,
    openapi_extra=_JSON_BODY_DOC,
    responses=_ERRORS,
)
async def add_article(request: Request) -> Response:
    """Ingest one article into the store; the same article twice is a duplicate, not a copy.

    JSON bodies only: a page on another site can send a form or ``text/plain`` without the
    browser asking first, but not JSON."""
    kind = media_type(request)
    if kind not in JSON_TYPES and not kind.endswith("+json"):
        raise WrongContentType(
            f"this route changes the store and reads only application/json, not {kind or 'no type'!r}"
        )
    parsed = await parse_article_request(request)
    doc = await run_analysis(request, service.ingest, parsed, _settings(request))
    return document(doc, status=201, headers={"Location": f"/v1/articles/{doc['id']}"})


@router.get("/v1/articles/{article_id}", tags=["store"], responses=_ERRORS)
async def get_article(request: Request, article_id: str) -> Response:
    """A stored article (text and metadata), its brief, extractions and copies.

    Read from the store in a read thread; an article the store holds no analysis of (a
    copy, or one stored without analysis) is analysed by an idle analysis worker, or 503
    ``busy`` with Retry-After when every worker is busy (a read never waits behind briefs)."""
    settings = _settings(request)
    doc = await run_limited(request, service.article_view, article_id, settings)
    if doc["brief"] is None:
        doc = await run_analysis(
            request, service.article_analysed, article_id, settings, wait=False
        )
    return document(doc)


@router.get("/v1/search", tags=["store"], responses=_ERRORS)
async def search(
    request: Request,
    q: str = Query(..., min_length=1, max_length=500, description="Full-text query."),
    limit: int = Query(20, ge=1, le=service.MAX_LIMIT),
) -> Response:
    """Full-text search over the stored articles, best first."""
    return document(await run_limited(request, service.search, q, limit, _settings(request)))


@router.get("/v1/stories", tags=["store"], responses=_ERRORS)
async def stories(
    request: Request,
    since: str | None = Query(None, description="Only stories with news on or after this date."),
    entity: str | None = Query(None, description="Only stories about this entity."),
    limit: int = Query(50, ge=1, le=service.MAX_LIMIT),
) -> Response:
    """Story clusters, most recent first."""
    found = await run_limited(request, service.stories, since, entity, limit, _settings(request))
    return document(found)


@router.get("/v1/stories/{story_id}", tags=["store"], responses=_ERRORS)
async def story(
    request: Request,
    story_id: str,
    limit: int = Query(
        service.TIMELINE_LIMIT, ge=1, le=service.MAX_TIMELINE, description="Timeline events."
    ),
    offset: int = Query(0, ge=0, description="Timeline events to skip (oldest first)."),
    article_limit: int = Query(
        service.ARTICLES_LIMIT,
        ge=1,
        le=service.MAX_ARTICLES,
        description="Articles listed, and copies listed.",
    ),
    article_offset: int = Query(0, ge=0, description="Articles and copies to skip (oldest first)."),
) -> Response:
    """One story with one page of its timeline, oldest event first (``timeline_page.more``:
    later events follow), and one page of its articles and copies (``articles_page``: whether
    more follow, and how many the story holds)."""
    found = await run_limited(
        request,
        service.story,
        story_id,
        _settings(request),
        limit,
        offset,
        article_limit,
        article_offset,
    )
    return document(found)


@router.get("/v1/stories/{story_id}/brief", tags=["store"], responses=_ERRORS)
async def story_brief(
    request: Request,
    story_id: str,
    since: str | None = Query(None, description="Only facts first reported after this date."),
    bullets: int = Query(5, ge=1, le=6, description="Most Key facts."),
) -> Response:
    """One brief of the whole story: each fact credited to every outlet that reports it, the
    first reporter first; figures outlets give differently are flagged."""
    found = await run_analysis(  # composing a brief is analysis work: bounded, stoppable
        request, service.story_brief, story_id, since, bullets, _settings(request)
    )
    return document(found)


@router.get("/healthz", tags=["service"])
async def healthz() -> dict[str, Any]:
    """Liveness: the version and whether the language model is loaded in this process."""
    return {
        "status": "ok",
        "version": __version__,
        "model_loaded": get_nlp.cache_info().currsize > 0,
    }
