"""What a request gives (text, HTML, a URL or an uploaded file) → an Article.

Reading goes through the ingest package (``article_from_text``, ``article_from_html`` and
``parse_bytes``, which sniffs text, HTML, feeds and JSON), so the API reads an input exactly as
``topline brief`` does. Only fetching is the web shell's own (:mod:`topline.web.fetch`), because
a server must check every address it connects to (no SSRF).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from itertools import islice

from topline.errors import EmptyInput, InputError
from topline.ingest import LoadOptions, article_from_text
from topline.ingest.html import article_from_html
from topline.ingest.result import IngestError, as_exception
from topline.ingest.robots import RobotsCache
from topline.ingest.sources import parse_bytes
from topline.model import Article
from topline.web.fetch import fetch_page


@dataclass(frozen=True)
class Source:
    """Exactly one of ``text``, ``html``, ``url`` or ``data`` (an uploaded file's bytes)."""

    text: str | None = None
    html: str | None = None
    url: str | None = None
    data: bytes | None = None
    filename: str | None = None
    content_type: str | None = None
    published: datetime.date | None = None


def _one(
    data: bytes,
    *,
    name: str,
    published: datetime.date | None,
    content_type: str | None,
    charset: str | None = None,
    url: str | None = None,
) -> Article:
    """The single article in some bytes (text, HTML, a one-item feed or JSON)."""
    found = list(
        islice(
            parse_bytes(
                data,
                name=name,
                options=LoadOptions(published=published),
                content_type=content_type,
                charset=charset,
                url=url,
            ),
            2,
        )
    )
    if not found:
        raise EmptyInput("no article found", source=name)
    if len(found) > 1:
        raise InputError("holds more than one article; send one at a time", source=name)
    if isinstance(found[0], IngestError):
        raise as_exception(found[0])
    return found[0]


def read_article(
    src: Source, *, allow_private_urls: bool = False, robots: RobotsCache | None = None
) -> Article:
    """The Article a request describes; the library's InputErrors pass through unchanged.

    A URL is fetched only where its site's robots.txt allows it; ``robots`` is the app's cache.
    """
    if src.text is not None:
        return article_from_text(src.text, source="<text>", published=src.published)
    if src.html is not None:
        return article_from_html(src.html, source="<html>", published=src.published)
    if src.url is not None:
        page = fetch_page(src.url, allow_private=allow_private_urls, robots=robots)
        return _one(
            page.content,
            name=src.url,
            published=src.published,
            content_type=page.content_type,
            charset=page.charset,
            url=page.url,
        )
    if src.data is not None:
        name = src.filename or "<upload>"
        if src.content_type == "text/plain" and not src.filename:
            return article_from_text(src.data, source=name, published=src.published)
        return _one(src.data, name=name, published=src.published, content_type=src.content_type)
    raise InputError("give one of text, html, url or a file")
