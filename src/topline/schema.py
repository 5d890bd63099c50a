"""JSON Schema of the documents topline prints and serves, derived from the data model.

Every shell prints the documents of :mod:`topline.documents` (``topline brief --format json``,
``POST /v1/brief``, a batch record's ``result``). Their schema is generated here from the
model's dataclasses by msgspec, so it cannot drift from the code: the HTTP API puts it in its
OpenAPI ``components`` (Article, Brief, Analysis, Story, Error …) and ``docs/schema/*.json``
ships it as JSON Schema files for client generators and validators. A test regenerates the
files and validates real outputs against them.

    python -m topline.schema docs/schema      # rewrite the shipped files
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from topline.model import Analysis, Article, Brief, Story

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True)
class BriefDocument:
    """``topline brief --format json`` / ``POST /v1/brief`` and ``/v1/parse``: the brief, and
    the article whose ``text`` its spans point into (without ``raw``); in input offsets
    (``"offsets": "input"``, :mod:`topline.offsets`) the spans index ``input`` instead."""

    brief: Brief
    article: Article | None = None
    input: str | None = None


@dataclass(frozen=True)
class ErrorDetail:
    code: str
    message: str


@dataclass(frozen=True)
class Error:
    """Every API error: ``{"error": {"code", "message"}}`` with the HTTP status."""

    error: ErrorDetail


@dataclass(frozen=True)
class TimelinePage:
    """Which events of a story's timeline a document holds: ``limit`` events from the
    ``offset``-th (oldest first); ``more``: later events follow (ask with a larger offset)."""

    offset: int
    limit: int
    more: bool


@dataclass(frozen=True)
class ArticlesPage:
    """Which of a story's articles and copies a document lists: ``limit`` of each from the
    ``offset``-th (oldest first); ``more``: later ones follow; ``articles`` and ``copies``: how
    many the story holds."""

    offset: int
    limit: int
    more: bool
    articles: int
    copies: int


@dataclass(frozen=True)
class StoryDocument:
    """``GET /v1/stories/{id}``: the story, its articles and their publication dates."""

    story: Story
    articles: list[dict[str, Any]] = field(default_factory=list)
    published: dict[str, str | None] = field(default_factory=dict)
    #: The page of the timeline shown (``GET /v1/stories/{id}?limit=&offset=``, ``topline story
    #: ID --format json --limit --offset``); absent when a library caller reads the whole
    #: timeline (``pipeline.story_document`` without ``events``).
    timeline_page: TimelinePage | None = None
    #: The page of the story's articles and copies shown (``GET /v1/stories/{id}?
    #: article_limit=&article_offset=``, ``topline story ID --article-limit
    #: --article-offset``); absent when a library caller reads them all.
    articles_page: ArticlesPage | None = None


#: The shipped files: name -> the document type (``docs/schema/<name>.json``).
DOCUMENTS: dict[str, type[Any]] = {
    "brief": BriefDocument,
    "extraction": Analysis,
    "article": Article,
    "story": StoryDocument,
    "error": Error,
}


def json_schema(name: str) -> dict[str, Any]:
    """The standalone JSON Schema (2020-12) of one document, definitions under ``$defs``."""
    schema: dict[str, Any] = msgspec.json.schema(DOCUMENTS[name])
    return {"$schema": JSON_SCHEMA_DIALECT, "title": f"topline {name} document", **schema}


def openapi_components() -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """(``$ref`` of each document by name, every component schema) for an OpenAPI document."""
    refs, components = msgspec.json.schema_components(
        list(DOCUMENTS.values()), ref_template="#/components/schemas/{name}"
    )
    return dict(zip(DOCUMENTS, refs, strict=True)), components


def write_files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in DOCUMENTS:
        path = folder / f"{name}.json"
        path.write_text(json.dumps(json_schema(name), indent=2, sort_keys=True) + "\n")
        written.append(path)
    return written


if __name__ == "__main__":
    for written in write_files(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/schema")):
        print(written)
