"""Where articles come from: paths, folders, globs, ``-`` and URLs, and what each holds.

A source expands to items (files or URLs); each item's kind is found from its extension and,
when that says nothing or could mislead (``.xml``, no extension, a URL), by sniffing its first
bytes. ``.gz`` files are decompressed (within the size cap) and then treated by their inner
name. Every failure becomes an :class:`~topline.ingest.result.IngestError` naming the item.
"""

from __future__ import annotations

import datetime
import glob
import gzip
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Literal, cast

from topline.errors import (
    ExtractionError,
    InputError,
    NotAFile,
    NotText,
    TooLarge,
    ToplineError,
    Unreadable,
)
from topline.ingest.fetch import Fetcher, FetchSettings, is_url
from topline.ingest.jsonfeed import is_json_feed
from topline.ingest.jsonl import (
    FieldNames,
    articles_from_json,
    articles_from_jsonl,
    articles_from_lines,
)
from topline.ingest.result import IngestError
from topline.ingest.text import MAX_BYTES
from topline.model import Article

Kind = Literal["text", "html", "feed", "json", "jsonl"]

#: Extensions that decide the kind without looking (``.xml`` is sniffed: feed or XHTML).
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
EXTENSIONS: dict[str, Kind] = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".rss": "feed", ".atom": "feed", ".rdf": "feed",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
}  # fmt: skip
#: Bytes looked at when sniffing.
SNIFF_BYTES = 2048
_FEED_MARKS = (b"<rss", b"<feed", b"<rdf:rdf", b"<channel")
#: A feed's root element, after an XML declaration, processing instructions, comments, doctype.
_FEED_START = re.compile(
    rb"(?:\s|<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)*<(?:rss|feed|rdf:rdf)\b", re.S
)
_HTML_MARKS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<div", b"<p>", b"<article")


@dataclass(frozen=True)
class LoadOptions:
    """Everything :func:`topline.ingest.load` can be told; see its docstring."""

    published: datetime.date | None = None
    fields: FieldNames = field(default_factory=FieldNames)
    fetch_urls: bool = True
    follow_links: bool = False
    max_bytes: int = MAX_BYTES
    fetch: FetchSettings = field(default_factory=FetchSettings)


def expand(source: str) -> Iterator[str | IngestError]:
    """The items a source names: itself, a folder's files (recursive), or a glob's matches.

    Hidden files and folders (names starting with ".") inside a folder are skipped.
    """
    if source == "-" or is_url(source):
        yield source
        return
    path = Path(source)
    if path.is_dir():
        yield from _folder(path)
    elif not path.exists() and glob.has_magic(source):
        matches = sorted(glob.glob(source, recursive=True))
        if not matches:
            yield IngestError(source, "no file matches this pattern", NotAFile.code)
        for match in matches:
            if Path(match).is_dir():
                yield from _folder(Path(match))
            else:
                yield match
    else:
        yield source


def _folder(path: Path) -> Iterator[str | IngestError]:
    """Every visible file under ``path``, sorted; a folder that cannot be listed is an error."""
    found: list[str | IngestError] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename or str(path)
        reason = "cannot list this folder: " + (exc.strerror or str(exc)).lower()
        found.append(IngestError(str(where), reason, Unreadable.code))

    for root, dirs, files in os.walk(path, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            p = Path(root, name)
            if not name.startswith(".") and p.is_file():
                found.append(str(p))
    yield from sorted(found, key=lambda f: Path(f if isinstance(f, str) else f.source).parts)


def sniff(data: bytes, name: str = "", content_type: str | None = None) -> Kind:
    """The kind of an item from its name, its declared content type and its first bytes."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"\x00" in data[:8192] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotText(
            "binary data (NUL bytes), not text, HTML, a feed or JSON", source=name or None
        )
    # What the bytes say first, whatever the name: a feed's root element or a JSON Feed's
    # version URL (an RSS file saved as .html or .txt is still a feed).
    if _FEED_START.match(head) or is_json_feed(data):
        return "feed"
    suffix = Path(name.split("?")[0]).suffix.lower() if name and not is_url(name) else ""
    if suffix in EXTENSIONS:
        if EXTENSIONS[suffix] == "text" and head.startswith((b"<!doctype html", b"<html")):
            return "html"  # a page saved under a text name
        return EXTENSIONS[suffix]
    ctype = (content_type or "").lower()
    if any(m in head for m in _FEED_MARKS) or any(t in ctype for t in ("rss", "atom", "rdf")):
        return "feed"
    if "html" in ctype or any(m in head for m in _HTML_MARKS):
        return "html"
    if head.startswith((b"{", b"[")) or "json" in ctype:
        lines = [line for line in data[: 64 * 1024].splitlines() if line.strip()]
        if head.startswith(b"{") and len(lines) > 1 and lines[0].rstrip().endswith(b"}"):
            return "jsonl"
        return "json"
    return "text"


def read_file(path: str, max_bytes: int) -> bytes:
    """A file's bytes (``-``: stdin), refusing files over the cap without reading them."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        p = Path(path)
        try:
            if p.is_dir():
                raise NotAFile("is a directory, not a file", source=path)
            size = p.stat().st_size
            if size > max_bytes:
                raise TooLarge(
                    f"file is {size:,} bytes, over the {max_bytes:,}-byte limit; not read",
                    source=path,
                )
            with p.open("rb") as fh:
                data = fh.read(max_bytes + 1)
        except FileNotFoundError as exc:
            raise NotAFile("no such file", source=path) from exc
        except PermissionError as exc:
            raise Unreadable("permission denied", source=path) from exc
        except OSError as exc:
            raise InputError(exc.strerror or str(exc), source=path) from exc
    if len(data) > max_bytes:
        raise TooLarge(f"input is over the {max_bytes:,}-byte limit; stopped reading", source=path)
    return data


def gunzip(data: bytes, max_bytes: int, source: str) -> bytes:
    """Decompress within the cap (a small .gz can expand enormously)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(f"not a readable gzip file ({exc})", source=source) from exc
    if len(out) > max_bytes:
        raise TooLarge(
            f"decompresses to more than the {max_bytes:,}-byte limit; stopped there", source=source
        )
    return out


def items(
    source: str, options: LoadOptions, fetcher: Fetcher | None = None
) -> Iterator[Article | IngestError]:
    """Every article of one source, failures as IngestError; never raises ToplineError."""
    own = fetcher is None
    pool = fetcher or Fetcher(options.fetch)
    try:
        for item in expand(source):
            if isinstance(item, IngestError):
                yield item
                continue
            name = "<stdin>" if item == "-" else item
            try:
                yield from _item(item, name, options, pool)
            except ToplineError as exc:
                yield IngestError.of(exc, name)
            except Exception as exc:  # the per-item boundary: one input never stops the run
                yield IngestError.unexpected(exc, name)
    finally:
        if own:
            pool.close()


def _item(
    item: str, name: str, options: LoadOptions, fetcher: Fetcher
) -> Iterator[Article | IngestError]:
    content_type = charset = url = None
    if is_url(item):
        if not options.fetch_urls:
            raise InputError("fetching URLs is turned off", source=item)
        fetched = fetcher.fetch(item)
        data, content_type, charset, url = (
            fetched.content, fetched.content_type, fetched.charset, fetched.url,
        )  # fmt: skip
        inner = ""
    elif item != "-" and _inner_suffix(item) in JSONL_SUFFIXES:
        yield from _stream_jsonl(item, name, options)  # exports can be far over max_bytes
        return
    else:
        data = read_file(item, options.max_bytes)
        inner = item
        if item.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
            data = gunzip(data, options.max_bytes, name)
            inner = item[:-3] if item.lower().endswith(".gz") else ""
    yield from parse_bytes(
        data, name=name, inner=inner, options=options, content_type=content_type,
        charset=charset, url=url, fetcher=fetcher,
    )  # fmt: skip


def _inner_suffix(path: str) -> str:
    name = path[:-3] if path.lower().endswith(".gz") else path
    return Path(name).suffix.lower()


def _stream_jsonl(path: str, name: str, options: LoadOptions) -> Iterator[Article | IngestError]:
    """A JSONL file line by line: no cap on the file, ``max_bytes`` on each line."""
    try:
        fh: IO[bytes] = (
            cast(IO[bytes], gzip.open(path, "rb"))
            if path.lower().endswith(".gz")
            else open(path, "rb")
        )
    except FileNotFoundError as exc:
        raise NotAFile("no such file", source=path) from exc
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), source=path) from exc
    with fh:
        try:
            yield from articles_from_lines(
                _capped_lines(fh, options.max_bytes),
                source=name,
                fields=options.fields,
                published=options.published,
                max_line_bytes=options.max_bytes,
            )
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"read failed part-way: {exc}", source=path) from exc


def _capped_lines(fh: IO[bytes], cap: int) -> Iterator[bytes | None]:
    """Lines of at most ``cap`` bytes; a longer line is skipped (yielded as None)."""
    while True:
        line = fh.readline(cap + 1)
        if not line:
            return
        if len(line) > cap and not line.endswith(b"\n"):
            while (rest := fh.readline(1024 * 1024)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _page_fetcher(options: LoadOptions, fetcher: Fetcher) -> Callable[[str], Article]:
    """Fetches a feed entry's link as one article (links are not followed further)."""
    once = replace(options, follow_links=False)

    def fetch_page(link: str) -> Article:
        fetched = fetcher.fetch(link)
        found = list(
            parse_bytes(
                fetched.content,
                name=link,
                options=once,
                content_type=fetched.content_type,
                charset=fetched.charset,
                url=fetched.url,
            )  # fmt: skip
        )
        if len(found) != 1 or not isinstance(found[0], Article):
            raise ExtractionError("the linked page is not one article", source=link)
        return found[0]

    return fetch_page


def parse_bytes(
    data: bytes,
    *,
    name: str,
    options: LoadOptions,
    inner: str = "",
    content_type: str | None = None,
    charset: str | None = None,
    url: str | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Article | IngestError]:
    """Articles in one item's bytes, by the item's kind."""
    from topline.ingest import article_from_text

    kind = sniff(data, inner or name, content_type)
    # The HTML and feed readers (trafilatura, feedparser: ~0.5 s to import) load only when used.
    if kind == "html":
        from topline.ingest.html import article_from_html

        yield article_from_html(
            data, source=name, url=url, declared_charset=charset, published=options.published
        )
    elif kind == "feed":
        from topline.ingest.feeds import articles_from_feed

        follow = options.follow_links and options.fetch_urls and fetcher is not None
        yield from articles_from_feed(
            data,
            source=name,
            published=options.published,
            fetch_page=_page_fetcher(options, fetcher) if follow and fetcher else None,
        )
    elif kind == "jsonl":
        yield from articles_from_jsonl(
            data, source=name, fields=options.fields, published=options.published
        )
    elif kind == "json":
        yield from articles_from_json(
            data, source=name, fields=options.fields, published=options.published
        )
    else:
        yield article_from_text(data, source=name, published=options.published, url=url)
