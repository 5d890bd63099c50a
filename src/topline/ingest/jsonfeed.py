"""JSON Feed 1.0 and 1.1 (jsonfeed.org) → feed entries that :mod:`topline.ingest.feeds` reads.

feedparser reads RSS, Atom and RDF but not JSON Feed, and no maintained Python library parses
it; the format is a dozen documented fields, so this module maps them onto the entry fields
that ``feeds.article_from_entry`` already reads (``link``, ``title``, ``content``,
``summary``, ``published_parsed``, ``author``): one reader for every feed's entries.

1.0 has one ``author`` object, 1.1 an ``authors`` list and a ``language``; both are read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from topline.errors import EmptyInput, UnsupportedFormat

#: Bytes searched for the ``version`` URL that marks a JSON Feed (it is a top-level key).
SNIFF_BYTES = 64 * 1024
_VERSION = re.compile(rb'"version"\s*:\s*"https?://jsonfeed\.org/version/1(?:\.1)?/?"')


@dataclass(frozen=True)
class JsonFeed:
    """What the feed says about itself, and its items as feedparser-style entries."""

    title: str | None
    language: str | None
    entries: list[dict[str, Any]]


def is_json_feed(data: bytes) -> bool:
    """True for a JSON object whose ``version`` is a jsonfeed.org version URL."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and _VERSION.search(head) is not None


def read_json_feed(data: bytes, *, source: str) -> JsonFeed:
    try:
        document = json.loads(data.decode("utf-8-sig"))  # the spec requires UTF-8
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnsupportedFormat(f"not a readable JSON Feed: {exc}", source=source) from exc
    if not isinstance(document, dict) or not isinstance(document.get("items"), list):
        raise UnsupportedFormat("not a readable JSON Feed: no items list", source=source)
    items = [item for item in document["items"] if isinstance(item, dict)]
    if not items:
        raise EmptyInput("the feed has no entries", source=source)
    return JsonFeed(
        title=_text(document.get("title")),
        language=_text(document.get("language")),
        entries=[_entry(item, _author(document)) for item in items],
    )


def _entry(item: dict[str, Any], feed_author: str | None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": _text(item.get("id")),
        "link": _text(item.get("url")) or _text(item.get("external_url")),
        "title": _text(item.get("title")),
        "author": _author(item) or feed_author,
        "content": [
            {"type": kind, "value": value}
            for kind, key in (("text/html", "content_html"), ("text/plain", "content_text"))
            if (value := _text(item.get(key)))
        ],
    }
    if summary := _text(item.get("summary")):
        entry["summary"] = summary
        entry["summary_detail"] = {"type": "text/plain"}
    for ours, theirs in (
        ("published_parsed", "date_published"),
        ("updated_parsed", "date_modified"),
    ):
        if (when := _date(item.get(theirs))) is not None:
            entry[ours] = when.timetuple()
    return {key: value for key, value in entry.items() if value not in (None, [])}


def _author(obj: dict[str, Any]) -> str | None:
    """1.1's ``authors`` list or 1.0's ``author`` object: the names, joined."""
    people = obj.get("authors")
    if not isinstance(people, list):
        people = [obj.get("author")]
    names = [_text(p.get("name")) for p in people if isinstance(p, dict)]
    return ", ".join(n for n in names if n) or None


def _date(value: Any) -> datetime | None:
    """An RFC 3339 date-time (the spec's format); None if absent or malformed."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
