"""Reading a request body into a :class:`~topline.web.sources.Source` and its options.

The article routes accept one article in any of these media types:

- ``application/json``: ``{"text": ...}``, ``{"html": ...}`` or ``{"url": ...}``, plus the
  optional ``published`` (YYYY-MM-DD), ``bullets`` (1-6), ``max_words`` (5 or more) and, for
  an extraction, ``only`` / ``skip`` (extractor names): the fields of
  :class:`topline.options.Options`;
- ``multipart/form-data`` (a ``file`` upload, or the same fields as form fields);
- ``application/x-www-form-urlencoded`` (the same fields);
- ``text/plain`` or ``text/html`` (the body is the article; options go in the query string).

The body is parsed by hand rather than by a FastAPI model so that every failure (no body,
broken JSON, wrong media type) gets the API's own error code instead of a generic 422.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from starlette.datastructures import UploadFile

from topline.dates import parse_date
from topline.errors import BadDate, EmptyBody, InvalidJSON, InvalidRequest, WrongContentType
from topline.options import (
    DEFAULT_BULLETS,
    MAX_BULLETS,
    MIN_BULLETS,
    MIN_WORDS,
    Options,
    extractor_names,
)
from topline.web.sources import Source

JSON_TYPES = ("application/json",)
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
RAW_TYPES = ("text/plain", "text/html")
ACCEPTED = JSON_TYPES + FORM_TYPES + RAW_TYPES
#: The request fields that are options rather than the article.
OPTION_FIELDS = ("published", "bullets", "max_words", "only", "skip")


class ArticleRequest(BaseModel):
    """One article to read: exactly one of ``text``, ``html`` or ``url``."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="The article as plain (or scraped) text.")
    html: str | None = Field(None, description="The article as an HTML page.")
    url: str | None = Field(None, description="An http(s) URL the server fetches.")
    published: datetime.date | None = Field(
        None,
        description="Publication date (YYYY-MM-DD) that relative dates resolve against; "
        "relative words such as 'yesterday' are refused.",
    )
    bullets: int = Field(
        DEFAULT_BULLETS, ge=MIN_BULLETS, le=MAX_BULLETS, description="Most bullets in the brief."
    )
    max_words: int | None = Field(
        None, ge=MIN_WORDS, description="Longest Topline in words (default: no limit)."
    )
    only: tuple[str, ...] = Field(
        (),
        description="POST /v1/extract only: run only these extractors (and what they need), "
        'as a list or "a,b"; 422 for an unknown name.',
    )
    skip: tuple[str, ...] = Field(
        (),
        description="POST /v1/extract only: leave these extractors out; 422 when another "
        "extractor that runs needs one.",
    )

    @field_validator("only", "skip", mode="before")
    @classmethod
    def _names(cls, value: object) -> object:
        """``"quotes,timexes"`` (a form field, a query parameter) as well as a JSON list."""
        return extractor_names(value) if isinstance(value, str) else value

    @field_validator("published", mode="before")
    @classmethod
    def _date(cls, value: object) -> datetime.date | None:
        """The one date parser (:mod:`topline.dates`), as the CLI and the readers use it."""
        try:
            return parse_date(value, field="published")
        except BadDate as exc:
            raise ValueError(exc.message.removeprefix("published: ")) from None

    @model_validator(mode="after")
    def _exactly_one_input(self) -> ArticleRequest:
        given = [k for k in ("text", "html", "url") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        return self

    def options(self) -> Options:
        """The pipeline options this request asks for."""
        return Options(
            bullets=self.bullets,
            max_words=self.max_words,
            published=self.published,
            only=self.only,
            skip=self.skip,
        )


@dataclass(frozen=True)
class Parsed:
    source: Source
    options: Options = Options()


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _validate(fields: dict[str, Any], upload: UploadFile | None = None) -> ArticleRequest:
    if upload is not None:
        rest = {k: v for k, v in fields.items() if k in OPTION_FIELDS}
        fields = {**rest, "text": ""}  # placeholder input; the file is the article
    try:
        return ArticleRequest.model_validate(fields)
    except ValidationError as exc:
        messages = [
            f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in exc.errors()
        ]
        raise InvalidRequest("; ".join(messages)) from None


def _source(req: ArticleRequest, **extra: Any) -> Parsed:
    src = Source(text=req.text, html=req.html, url=req.url, published=req.published, **extra)
    return Parsed(source=src, options=req.options())


async def parse_article_request(request: Request, *, extract: bool = False) -> Parsed:
    """The article a request carries, or a WebError naming what is wrong with it.

    ``only`` / ``skip`` select extractors, so only an extraction (``extract``) takes them;
    elsewhere they are refused (422) rather than ignored.
    """
    parsed = await _parse(request)
    if not extract:
        for name in ("only", "skip"):
            if getattr(parsed.options, name):
                raise InvalidRequest(f"{name}: selects extractors; only /v1/extract takes it")
    return parsed


async def _parse(request: Request) -> Parsed:
    kind = media_type(request)
    if kind not in ACCEPTED and not kind.endswith("+json"):
        raise WrongContentType(
            f"cannot read a body of type {kind or 'unknown'!r}; send one of {', '.join(ACCEPTED)}"
        )
    body = await request.body()
    if not body:
        raise EmptyBody("the request has no body")
    if kind in RAW_TYPES:
        query = dict(request.query_params)
        req = _validate({**query, "text": ""})
        field = "html" if kind == "text/html" else "data"
        data: dict[str, Any] = {field: body.decode("utf-8", "replace") if field == "html" else body}
        src = Source(published=req.published, content_type=kind, **data)
        return Parsed(source=src, options=req.options())
    if kind in FORM_TYPES:
        return await _parse_form(request)
    try:
        payload = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidJSON(f"the body is not valid JSON: {exc}") from None
    except RecursionError:
        raise InvalidJSON("the body is JSON nested too deeply to read") from None
    if not isinstance(payload, dict):
        raise InvalidRequest("the JSON body must be an object")
    req = _validate(payload)
    return _source(req)


async def _parse_form(request: Request) -> Parsed:
    form = await request.form()
    upload = form.get("file")
    fields = {
        k: v
        for k, v in form.items()
        if isinstance(v, str) and v.strip() and k in ArticleRequest.model_fields
    }
    if isinstance(upload, UploadFile) and upload.filename:
        req = _validate(fields, upload)
        data = await upload.read()
        src = Source(
            data=data,
            filename=upload.filename,
            content_type=upload.content_type,
            published=req.published,
        )
        return Parsed(source=src, options=req.options())
    req = _validate(fields)
    return _source(req)
