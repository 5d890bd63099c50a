"""Raw input → :class:`~topline.model.Article`.

``load`` is the one entry point for batches (files, folders, globs, feeds, JSONL, URLs);
``read_source`` reads one article (a path, ``-`` or a URL); ``article_from_text`` is the path
for one text, which every other reader ends in so that spans point into the final text.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from topline.dates import date_or_none, parse_date
from topline.errors import EmptyInput, ExtractionError, InputError, NotAFile
from topline.ingest.clean import clean
from topline.ingest.fetch import (
    DEFAULT_MAX_REDIRECTS,
    DEFAULT_TIMEOUT,
    Fetcher,
    FetchSettings,
    is_url,
)
from topline.ingest.jsonl import FieldNames
from topline.ingest.result import IngestError, as_exception
from topline.ingest.sources import LoadOptions, items
from topline.ingest.text import (
    MAX_BYTES,
    comparison_key,
    decode,
    normalise,
    require_content,
    require_length,
    scrub,
)
from topline.model import Article

__all__ = [
    "IngestError",
    "LoadOptions",
    "article_from_text",
    "article_id",
    "load",
    "read_source",
]


def article_id(text: str) -> str:
    """A stable id from the cleaned text, so the same article always gets the same id."""
    return hashlib.sha1(comparison_key(text).encode("utf-8")).hexdigest()[:16]


def article_from_text(
    raw: str | bytes,
    *,
    source: str = "<input>",
    published: datetime.date | str | None = None,
    title: str | None = None,
    url: str | None = None,
    raw_kind: str = "text",
) -> Article:
    """Decode, normalise and clean one plain or scraped text into an Article.

    Normalisation runs once, here, on the whole input: ``Article.raw`` is that normalised
    input, and ``Article.text`` is made of pieces of it (see :mod:`topline.ingest.clean`).
    ``published`` (a date, or text read by :func:`topline.dates.parse_date`: BadDate when it
    is not a date) wins over a date line found in the text.
    """
    date = parse_date(published)
    text = decode(raw, source=source) if isinstance(raw, bytes) else raw
    text = require_content(normalise(text), source=source)
    cleaned = clean(text)
    if not cleaned.text.strip():
        reasons = sorted({r.reason for r in cleaned.removed})
        raise ExtractionError(
            f"no article text left after removing page furniture ({', '.join(reasons)})",
            source=source,
        )
    require_length(cleaned.text, source=source)
    return Article(
        id=article_id(cleaned.text),
        text=cleaned.text,
        title=scrub(title) if title else cleaned.title,
        url=scrub(url) if url else None,
        published=date or date_or_none(cleaned.published),
        outlet=cleaned.outlet,
        byline=cleaned.byline,
        licensor=cleaned.licensor,
        raw_kind=raw_kind,
        source=scrub(source),
        raw=text,
        removed=cleaned.removed,
    )


def read_bytes(path: str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a path or ``-`` (stdin), translating OS errors into InputErrors."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        return data
    p = Path(path)
    if p.is_dir():
        raise NotAFile("is a directory, not a file", source=path)
    try:
        with p.open("rb") as fh:
            return fh.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise NotAFile("no such file", source=path) from exc
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), source=path) from exc


def read_source(
    path: str, *, published: datetime.date | None = None, options: LoadOptions | None = None
) -> Article:
    """One article from a path, ``-`` or a URL: text or HTML, found by sniffing.

    Raises the typed error of the first failure. A source that holds several articles (a
    feed, a JSONL file, a folder) is refused: single-article commands take one article.
    """
    if not is_url(path) and Path(path).is_dir():
        raise NotAFile(
            "is a directory, not a file (brief a folder with `topline batch`, read it with `topline read`)",
            source=path,
        )
    opts = options or LoadOptions(published=published)
    found = list(islice(items(path, opts), 2))
    if not found:
        raise EmptyInput("no article found", source=path)
    if len(found) > 1:
        raise InputError(
            "holds more than one article (a feed, JSONL or JSON list); brief them all with "
            "`topline batch SOURCE --out briefs.jsonl` or `topline brief --batch SOURCE`, "
            "or read/store them with `topline read` / `topline ingest`",
            source=path,
        )
    if isinstance(found[0], IngestError):
        raise as_exception(found[0])
    return found[0]


def load(
    source: str | os.PathLike[str],
    *,
    published: datetime.date | None = None,
    text_field: str | None = None,
    title_field: str | None = None,
    date_field: str | None = None,
    url_field: str | None = None,
    fetch_urls: bool = True,
    follow_links: bool = False,
    respect_robots: bool = True,
    max_bytes: int = MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    user_agent: str | None = None,
) -> Iterator[Article | IngestError]:
    """Every article in ``source``; each input that fails is yielded as an IngestError.

    Never raises for bad input: a batch reports each broken item (``IngestError.source``
    names the file, ``file:line``, ``feed#entry`` or URL; ``.reason`` says why; ``.code`` is
    the error code of :mod:`topline.errors`) and goes on. Articles are yielded lazily, in
    source order (folders and globs sorted by path).

    ``source`` may be:

    - a file: ``.txt``/``.md`` (text), ``.html``/``.htm`` (page → main text and metadata
      via trafilatura), ``.rss``/``.atom``/``.rdf``/``.xml`` (feed: one article per entry),
      ``.jsonl``/``.ndjson`` (one record per line), ``.json`` (an object, a list, or
      ``{"articles": [...]}``); any of them gzipped (``.gz``); other names are sniffed from
      their first bytes; binary files are reported, not read;
    - a folder (read recursively, hidden files skipped) or a glob (``news/**/*.html``);
    - ``-`` for standard input;
    - an ``http://`` or ``https://`` URL (fetched, then read as its content type says).

    Options:

    - ``published``: publication date for every article, overriding metadata.
    - ``text_field``, ``title_field``, ``date_field``, ``url_field``: JSON/JSONL field
      names. When None, the usual names of news-please, newspaper4k and trafilatura exports
      are tried (see :mod:`topline.ingest.jsonl`); a record with an ``html`` field and no
      text is extracted like a page.
    - ``fetch_urls``: False refuses URL sources (each yields an IngestError): offline runs.
    - ``follow_links``: for feed entries that carry only a summary, fetch the entry's link
      and read the article there (falls back to the summary if that fails).
    - ``respect_robots``: ask each host's robots.txt before fetching (default True).
    - ``max_bytes``: largest file, decompressed ``.gz`` or HTTP response accepted; larger
      inputs are refused without being read entirely.
    - ``timeout``: seconds allowed for each whole HTTP request, body included.
    - ``max_redirects``: redirects followed per URL before giving up.
    - ``user_agent``: the User-Agent sent (default ``topline/<version> (…)``).
    """
    fetch_settings = FetchSettings(
        timeout=timeout,
        max_bytes=max_bytes,
        max_redirects=max_redirects,
        respect_robots=respect_robots,
        **({"user_agent": user_agent} if user_agent else {}),
    )
    options = LoadOptions(
        published=published,
        fields=FieldNames(text=text_field, title=title_field, date=date_field, url=url_field),
        fetch_urls=fetch_urls,
        follow_links=follow_links,
        max_bytes=max_bytes,
        fetch=fetch_settings,
    )
    with Fetcher(fetch_settings) as fetcher:  # one pool and robots cache for a whole folder
        yield from items(os.fspath(source), options, fetcher)
