"""JSONL / JSON exports → Articles, with configurable field names.

Scrapers name their fields differently; when a field name is not given we try the names that
news-please (``maintext``, ``date_publish``, ``authors``, ``source_domain``), newspaper4k
(``text``, ``publish_date``, ``canonical_link``) and trafilatura (``text``, ``date``,
``author``, ``sitename``, ``source``) write, in that order of the lists below. A record with
no text but an HTML field is extracted like a page. A broken line is reported as an
IngestError naming ``file:line`` and the other lines go on.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from topline.dates import date_or_none
from topline.errors import BadEncoding, EmptyInput, InputError, ToplineError, UnsupportedFormat
from topline.ingest.result import IngestError
from topline.ingest.text import scrub
from topline.model import Article

# --- field names tried in order when none is given -------------------------------------------

TEXT_FIELDS = ("text", "maintext", "articleBody", "content", "body", "raw_text", "article")
HTML_FIELDS = ("html", "raw_html", "content_html")
TITLE_FIELDS = ("title", "headline", "name")
DATE_FIELDS = (
    "published", "date", "date_publish", "publish_date", "datePublished", "pubDate",
    "published_at", "date_published",
)  # fmt: skip
URL_FIELDS = ("url", "link", "source", "canonical_link", "source_url")
AUTHOR_FIELDS = ("byline", "author", "authors")
OUTLET_FIELDS = ("outlet", "sitename", "source_domain", "publisher", "hostname")
DESCRIPTION_FIELDS = ("description", "summary")
LANGUAGE_FIELDS = ("language", "lang", "meta_lang")
#: Keys under which a JSON document may hold its list of records.
LIST_KEYS = ("articles", "items", "data", "results", "records")


@dataclass(frozen=True)
class FieldNames:
    """User-chosen field names; None means "try the usual names"."""

    text: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None


def articles_from_jsonl(
    data: bytes,
    *,
    source: str,
    fields: FieldNames | None = None,
    published: datetime.date | None = None,
) -> Iterator[Article | IngestError]:
    """One Article per non-blank line of ``data``; bad lines become IngestErrors."""
    yield from articles_from_lines(
        data.splitlines(), source=source, fields=fields, published=published
    )


def articles_from_lines(
    lines: Iterable[bytes | None],
    *,
    source: str,
    fields: FieldNames | None = None,
    published: datetime.date | None = None,
    max_line_bytes: int | None = None,
) -> Iterator[Article | IngestError]:
    """One Article per non-blank line; a line is decoded on its own, so one bad line (bad
    JSON, bad UTF-8, over ``max_line_bytes``: given as None) spoils only itself."""
    seen = False
    for number, raw in enumerate(lines, start=1):
        name = f"{source}:{number}"
        if raw is None:
            seen = True
            yield IngestError(
                name, f"line {number} is over the {max_line_bytes:,}-byte limit", "too_large"
            )
            continue
        if not raw.strip():
            continue
        seen = True
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield IngestError(
                name, f"line {number} is not valid UTF-8 (byte {exc.start})", BadEncoding.code
            )
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(
                name, f"line {number} is not valid JSON ({exc.msg}, column {exc.colno})"
            )
            continue
        except RecursionError:
            yield IngestError(name, f"line {number} is JSON nested too deeply to read")
            continue
        yield _safe(record, name, fields, published)
    if not seen:
        raise EmptyInput("the JSONL file has no records", source=source)


def articles_from_json(
    data: bytes,
    *,
    source: str,
    fields: FieldNames | None = None,
    published: datetime.date | None = None,
) -> Iterator[Article | IngestError]:
    """A JSON object, a list of objects, or an object holding one (``{"articles": [...]}``)."""
    try:
        document = json.loads(_decode(data, source))
    except json.JSONDecodeError as exc:
        raise UnsupportedFormat(
            f"not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})", source=source
        ) from exc
    except RecursionError:
        raise UnsupportedFormat("JSON nested too deeply to read", source=source) from None
    if isinstance(document, dict):
        listed = next((document[k] for k in LIST_KEYS if isinstance(document.get(k), list)), None)
        records = listed if listed is not None else [document]
    elif isinstance(document, list):
        records = document
    else:
        raise UnsupportedFormat("JSON holds neither an object nor a list of objects", source=source)
    if not records:
        raise EmptyInput("the JSON file has no records", source=source)
    for number, record in enumerate(records, start=1):
        yield _safe(record, f"{source}#{number}" if len(records) > 1 else source, fields, published)


def _safe(
    record: Any, name: str, fields: FieldNames | None, published: datetime.date | None
) -> Article | IngestError:
    try:
        return article_from_record(record, source=name, fields=fields, published=published)
    except ToplineError as exc:
        return IngestError.of(exc, name)
    except Exception as exc:  # the per-record boundary: one record never stops the file
        return IngestError.unexpected(exc, name)


def article_from_record(
    record: Any,
    *,
    source: str,
    fields: FieldNames | None = None,
    published: datetime.date | None = None,
) -> Article:
    """One JSON object → Article."""
    from topline.ingest import article_from_text
    from topline.ingest.html import article_from_html

    if not isinstance(record, dict):
        raise InputError(f"record is a JSON {type(record).__name__}, not an object", source=source)
    f = fields or FieldNames()
    text = _pick(record, f.text, TEXT_FIELDS)
    title = _pick(record, f.title, TITLE_FIELDS)
    date = published or date_or_none(_pick(record, f.date, DATE_FIELDS))
    url = _pick(record, f.url, URL_FIELDS)
    if url and not f.url and not url.lower().startswith(("http://", "https://")):
        url = None  # "source" is a URL for trafilatura but an outlet name for others
    if not text:
        page = _pick(record, None, HTML_FIELDS)
        if page:
            article = article_from_html(page, source=source, url=url, published=date)
            return replace(article, title=title or article.title)
        wanted = f.text or " / ".join(TEXT_FIELDS)
        raise EmptyInput(f"record has no text (looked for field {wanted})", source=source)
    article = article_from_text(
        text, source=source, published=date, title=title, url=url, raw_kind="jsonl"
    )
    language = _pick(record, None, LANGUAGE_FIELDS)
    return replace(
        article,
        byline=_pick(record, None, AUTHOR_FIELDS) or article.byline,
        outlet=_pick(record, None, OUTLET_FIELDS) or article.outlet,
        description=_pick(record, None, DESCRIPTION_FIELDS),
        language=language.split("-")[0].lower() if language else article.language,
    )


def _pick(record: dict[str, Any], chosen: str | None, names: tuple[str, ...]) -> str | None:
    """The first usable value; a chosen field name is the only one looked at."""
    for name in (chosen,) if chosen else names:
        value = _as_text(record.get(name))
        if value:
            return value
    return None


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return scrub(value).strip() or None
    if isinstance(value, int | float):  # epoch seconds, as some scrapers write dates
        try:
            return datetime.datetime.fromtimestamp(value, tz=datetime.UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, list):
        parts = [t for t in (_as_text(v) for v in value) if t]
        return ", ".join(parts) or None
    if isinstance(value, dict):
        return _as_text(value.get("name") or value.get("value"))
    return None


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadEncoding(f"JSON is not valid UTF-8 (byte {exc.start})", source=source) from exc
