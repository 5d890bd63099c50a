"""Typed responses in ``/openapi.json``: the documents' schemas from :mod:`topline.schema`.

The routes return plain dicts (the same documents the CLI prints), so FastAPI alone would
describe every 200 as an untyped object and publish no ``components``. This adds the model's
schemas (Article, Brief, Analysis, Story, Error …) as components and points each route's
success and error responses at them, without a second, hand-kept set of response models.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

#: (path, method, success status) -> the document it returns (a key of schema.DOCUMENTS).
RESPONSES: dict[tuple[str, str, str], str] = {
    ("/v1/brief", "post", "200"): "brief",
    ("/v1/parse", "post", "200"): "brief",
    ("/v1/extract", "post", "200"): "extraction",
    ("/v1/stories/{story_id}", "get", "200"): "story",
}


def install_schemas(app: FastAPI) -> None:
    """Wrap ``app.openapi`` so the generated document carries the typed responses."""
    generate: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        document = generate()
        from topline.schema import openapi_components

        refs, components = openapi_components()
        document.setdefault("components", {}).setdefault("schemas", {}).update(components)
        for path, operations in document.get("paths", {}).items():
            for method, operation in operations.items():
                for status, response in operation.get("responses", {}).items():
                    name = RESPONSES.get((path, method, status))
                    if name is None and status[:1] in ("4", "5"):
                        name = "error"
                    if name is not None:
                        content = response.setdefault("content", {})
                        content.setdefault("application/json", {})["schema"] = refs[name]
        app.openapi_schema = document
        return document

    app.openapi = openapi  # type: ignore[method-assign]
