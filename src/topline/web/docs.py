"""``/docs``: the OpenAPI documentation with Swagger UI served from the package, not a CDN.

FastAPI's default docs page loads Swagger UI from a CDN, which fails offline; the
``swagger-ui-bundle-v2`` package ships the same files, so they are mounted locally. Without
that package the page falls back to a plain link to ``/openapi.json``.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

SWAGGER_STATIC = "/static/swagger"
#: A way back from the API documentation to the app's pages.
BACK_LINK = (
    '<body><p style="font:16px system-ui,sans-serif;margin:12px 20px">'
    '<a href="/">← back to topline</a> · <a href="/search">Search</a> · '
    '<a href="/stories">Stories</a></p>'
)


def install_docs(app: FastAPI) -> None:
    from topline.web.openapi import install_schemas

    install_schemas(app)  # typed responses and components in /openapi.json
    try:
        import swagger_ui_bundle  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        swagger_path = None
    else:
        swagger_path = str(swagger_ui_bundle.swagger_ui_path)
    if swagger_path is not None:
        app.mount(SWAGGER_STATIC, StaticFiles(directory=swagger_path), name="swagger")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        if swagger_path is None:
            return HTMLResponse(
                '<!doctype html><html lang="en"><title>topline API</title>'
                '<p>The API is described in <a href="/openapi.json">/openapi.json</a>.</p>'
                '<p><a href="/">← back to topline</a></p></html>'
            )
        page = get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="topline API",
            swagger_js_url=f"{SWAGGER_STATIC}/swagger-ui-bundle.js",
            swagger_css_url=f"{SWAGGER_STATIC}/swagger-ui.css",
            swagger_favicon_url=f"{SWAGGER_STATIC}/favicon-32x32.png",
        )
        html = bytes(page.body).decode("utf-8").replace("<body>", BACK_LINK, 1)
        return HTMLResponse(html)
