"""What a request gives (text, HTML, a URL or an uploaded file) → an Article.

HTML reading is a small adapter over trafilatura (:func:`article_from_html`) until the ingest
package offers its own HTML → Article function; swap it here and nothing else changes.
"""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura

from topline.errors import ExtractionError, InputError
from topline.ingest import article_from_text
from topline.ingest.text import decode
from topline.model import Article
from topline.web.fetch import fetch

#: Leading bytes inspected when guessing whether an upload is HTML.
SNIFF_BYTES = 2048
HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<p>", b"<div")


@dataclass(frozen=True)
class Source:
    """Exactly one of ``text``, ``html``, ``url`` or ``data`` (an uploaded file's bytes)."""

    text: str | None = None
    html: str | None = None
    url: str | None = None
    data: bytes | None = None
    filename: str | None = None
    content_type: str | None = None
    published: str | None = None


def article_from_html(
    html: str | bytes, *, source: str, url: str | None = None, published: str | None = None
) -> Article:
    """Main text and metadata of an HTML page (trafilatura), cleaned like any text."""
    markup = decode(html, source=source) if isinstance(html, bytes) else html
    if not markup.strip():
        return article_from_text(markup, source=source)  # raises EmptyInput
    doc = trafilatura.bare_extraction(markup, url=url, with_metadata=True, favor_recall=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise ExtractionError("no article text found in the HTML page", source=source)
    return article_from_text(
        text,
        source=source,
        published=published or getattr(doc, "date", None),
        title=getattr(doc, "title", None),
        url=url,
        raw_kind="html" if url is None else "url",
    )


def looks_like_html(data: bytes, filename: str | None, content_type: str | None) -> bool:
    if content_type and "html" in content_type.lower():
        return True
    if filename and filename.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = data[:SNIFF_BYTES].lstrip().lower()
    return head.startswith(HTML_MARKERS)


def read_article(src: Source, *, allow_private_urls: bool = False) -> Article:
    """The Article a request describes; the library's InputErrors pass through unchanged."""
    if src.text is not None:
        return article_from_text(src.text, source="<text>", published=src.published)
    if src.html is not None:
        return article_from_html(src.html, source="<html>", published=src.published)
    if src.url is not None:
        page = fetch(src.url, allow_private=allow_private_urls)
        if looks_like_html(page, None, None):
            return article_from_html(page, source=src.url, url=src.url, published=src.published)
        return article_from_text(page, source=src.url, url=src.url, published=src.published)
    if src.data is not None:
        name = src.filename or "<upload>"
        plain = src.content_type == "text/plain"
        if not plain and looks_like_html(src.data, src.filename, src.content_type):
            return article_from_html(src.data, source=name, published=src.published)
        return article_from_text(src.data, source=name, published=src.published)
    raise InputError("give one of text, html, url or a file")
