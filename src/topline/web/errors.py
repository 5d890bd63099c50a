"""Errors of the HTTP shell and the one place that maps any error to a status and JSON body.

Every error response has the same shape, ``{"error": {"code": ..., "message": ...}}``, so a
client can branch on ``code`` without parsing prose. The codes of library errors are their
``ToplineError.code``; the web shell adds a few of its own below.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from topline.errors import (
    EmptyInput,
    ExtractionError,
    FetchError,
    InputError,
    ModelMissing,
    NotFound,
    RobotsDisallowed,
    StoreError,
    TooLarge,
    ToplineError,
    UnsupportedFormat,
)

log = logging.getLogger("topline.web")


# --- errors of the HTTP shell --------------------------------------------------------------


class WebError(ToplineError):
    """A request the HTTP shell refuses before the library sees it."""

    code = "bad_request"


class InvalidJSON(WebError):
    """The body is declared as JSON but does not parse."""

    code = "invalid_json"


class EmptyBody(WebError):
    """The request has no body at all."""

    code = "empty_body"


class InvalidRequest(WebError):
    """The body or the query parses but does not have the fields the route needs."""

    code = "invalid_request"


class WrongContentType(WebError):
    """The body is in a media type the route does not read."""

    code = "unsupported_media_type"


class BodyTooLarge(WebError):
    """The body is larger than the server's request limit."""

    code = "request_too_large"


class TimeLimit(WebError):
    """The work took longer than the server's per-request time limit."""

    code = "timeout"


class HostNotAllowed(WebError):
    """The request's ``Host`` is not one the server answers to (DNS rebinding)."""

    code = "host_not_allowed"


class CrossOrigin(WebError):
    """A page on another origin tried to change the server's state."""

    code = "cross_origin"


class Busy(WebError):
    """Every analysis worker is busy for longer than the request may wait."""

    code = "busy"


class WorkerCrashed(WebError):
    """The analysis worker died while working on the request (it has been replaced)."""

    code = "worker_crashed"


class URLForbidden(FetchError):
    """The URL points at a private, loopback or link-local address, which the server refuses."""

    code = "url_forbidden"


# --- the mapping ---------------------------------------------------------------------------

#: Most specific class first; the first match wins.
_STATUS: tuple[tuple[type[ToplineError], int], ...] = (
    (InvalidJSON, 400),
    (EmptyBody, 400),
    (InvalidRequest, 422),
    (WrongContentType, 415),
    (BodyTooLarge, 413),
    (TimeLimit, 503),
    (Busy, 503),
    (WorkerCrashed, 503),
    (HostNotAllowed, 421),
    (CrossOrigin, 403),
    (WebError, 400),
    (URLForbidden, 403),
    (RobotsDisallowed, 403),
    (FetchError, 502),
    (TooLarge, 413),
    (UnsupportedFormat, 415),
    (EmptyInput, 422),
    (InputError, 422),
    (ExtractionError, 422),
    (ModelMissing, 503),
    (NotFound, 404),
    (StoreError, 503),  # locked by an ingest, read-only, unopenable: the client may retry
)

_HTTP_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "request_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
}


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def status_and_body(exc: BaseException) -> tuple[int, dict[str, Any]]:
    """The HTTP status and JSON body for any exception: the API's single error mapping."""
    if isinstance(exc, ToplineError):
        status = next((s for cls, s in _STATUS if isinstance(exc, cls)), 400)
        # a store error's source is the server's database path: never shown to a client
        message = exc.message if isinstance(exc, StoreError) else str(exc)
        return status, error_body(exc.code, message)
    if isinstance(exc, RequestValidationError):
        return 422, error_body(InvalidRequest.code, _validation_message(exc))
    if isinstance(exc, StarletteHTTPException):
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        return exc.status_code, error_body(code, str(exc.detail))
    return 500, error_body("internal_error", f"internal error: {type(exc).__name__}")


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else err.get("msg", ""))
    return "; ".join(parts) or "invalid request"


def error_response(exc: BaseException) -> JSONResponse:
    status, body = status_and_body(exc)
    if status >= 500 and not isinstance(exc, ToplineError):
        log.exception("internal error", exc_info=exc)
    headers = {"Retry-After": "5"} if status == 503 else None
    return JSONResponse(body, status_code=status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    """Route every error through :func:`error_response`."""

    async def handle(request: Request, exc: Exception) -> JSONResponse:
        return error_response(exc)

    for cls in (ToplineError, RequestValidationError, StarletteHTTPException, Exception):
        app.add_exception_handler(cls, handle)
