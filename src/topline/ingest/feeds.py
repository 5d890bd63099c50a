"""RSS 2.0 / Atom / RDF feed (feedparser) or JSON Feed 1.0/1.1 → one Article per entry.

An entry's text is its full content (``content:encoded``, Atom ``<content>``) when present,
else its summary; HTML in it is rendered with the same structure-keeping renderer as pages.
A broken entry (no text at all) is reported as an IngestError and the other entries go on.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import feedparser
import lxml.html

from topline.errors import EmptyInput, ExtractionError, ToplineError, UnsupportedFormat
from topline.ingest.html import render_tree
from topline.ingest.jsonfeed import is_json_feed, read_json_feed
from topline.ingest.result import IngestError
from topline.model import Article

_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def articles_from_feed(
    data: bytes,
    *,
    source: str,
    published: datetime.date | None = None,
    fetch_page: Callable[[str], Article] | None = None,
) -> Iterator[Article | IngestError]:
    """Every entry of a feed; entries that fail are yielded as IngestError.

    With ``fetch_page``, an entry that has only a summary (no full content) is replaced by
    the article at its link; if that fails, the summary is used.
    """
    if is_json_feed(data):
        json_feed = read_json_feed(data, source=source)
        entries: list[Any] = list(json_feed.entries)
        kind, title, language = "jsonfeed", json_feed.title, json_feed.language
    else:
        parsed = feedparser.parse(data)
        if not parsed.entries:
            if parsed.get("bozo"):
                reason = parsed.get("bozo_exception") or "malformed XML"
                raise UnsupportedFormat(
                    f"not a readable RSS/Atom/RDF feed: {reason}", source=source
                )
            raise EmptyInput("the feed has no entries", source=source)
        version = str(parsed.get("version") or "")
        kind = "atom" if version.startswith("atom") else "rss"
        feed = parsed.get("feed", {})
        entries, title, language = parsed.entries, feed.get("title"), feed.get("language")
    for number, entry in enumerate(entries, start=1):
        name = f"{source}#{number}"
        try:
            yield article_from_entry(
                entry,
                source=name,
                outlet=title,
                language=language,
                raw_kind=kind,
                published=published,
                fetch_page=fetch_page,
            )
        except ToplineError as exc:
            yield IngestError.of(exc, name)


def article_from_entry(
    entry: Any,
    *,
    source: str,
    outlet: str | None = None,
    language: str | None = None,
    raw_kind: str = "rss",
    published: datetime.date | None = None,
    fetch_page: Callable[[str], Article] | None = None,
) -> Article:
    """One feed entry → Article (raw keeps the entry's own content)."""
    from topline.ingest import article_from_text

    link = entry.get("link") or None
    if fetch_page is not None and link and not entry.get("content"):
        try:
            page = fetch_page(link)
        except ToplineError:
            page = None  # the summary below still makes an article
        if page is not None:
            return replace(
                page,
                source=source,
                title=entry.get("title") or page.title,
                published=published or page.published or _entry_date(entry),
                byline=page.byline or entry.get("author") or None,
                outlet=page.outlet or outlet,
                description=page.description or entry.get("summary") or None,
            )

    raw, is_html = _entry_body(entry)
    if not raw.strip():
        raise ExtractionError(
            "feed entry has neither content nor a summary"
            + (f" (title: {entry.get('title')!r})" if entry.get("title") else ""),
            source=source,
        )
    text = html_fragment_text(raw) if is_html else raw
    article = article_from_text(
        text,
        source=source,
        published=published or _entry_date(entry),
        title=entry.get("title") or None,
        url=link,
        raw_kind=raw_kind,
    )
    lang = language or article.language
    return replace(
        article,
        byline=entry.get("author") or article.byline,
        outlet=outlet or article.outlet,
        description=entry.get("summary") if entry.get("content") else None,
        language=lang.split("-")[0].lower() if lang else "en",
        raw=raw,
    )


def html_fragment_text(fragment: str) -> str:
    """Text of an HTML snippet, paragraphs and list items kept (no boilerplate removal)."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml rejects some odd fragments; their text is still text
        return fragment
    topline_form = "topline" in fragment[:2000].lower()
    return render_tree(root, topline_form=topline_form)


def _entry_body(entry: Any) -> tuple[str, bool]:
    """The longest full-content value, else the summary; and whether it is HTML."""
    contents = [c for c in entry.get("content", []) if c.get("value")]
    if contents:
        best = max(contents, key=lambda c: len(c.get("value", "")))
        return str(best["value"]), str(best.get("type", "")).lower() in _HTML_TYPES
    detail = entry.get("summary_detail") or {}
    summary = str(entry.get("summary") or "")
    return summary, str(detail.get("type", "text/html")).lower() in _HTML_TYPES


def _entry_date(entry: Any) -> datetime.date | None:
    """The entry's date, as feedparser parsed it (a UTC time tuple)."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.date(value[0], value[1], value[2])
            except (TypeError, ValueError, IndexError):
                continue
    return None
