"""Raw input → :class:`~topline.model.Article`.

``article_from_text`` is the path for one text; ``read_source`` reads a path or ``-``.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from topline.errors import ExtractionError, InputError, NotAFile, ToplineError
from topline.ingest.clean import clean
from topline.ingest.text import MAX_BYTES, decode, normalise, require_content
from topline.model import Article


def article_id(text: str) -> str:
    """A stable id from the cleaned text, so the same article always gets the same id."""
    normalised = " ".join(text.split()).casefold()
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()[:16]


def article_from_text(
    raw: str | bytes,
    *,
    source: str = "<input>",
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    raw_kind: str = "text",
) -> Article:
    """Decode, normalise and clean one plain or scraped text into an Article.

    Normalisation runs once, here, on the whole input: ``Article.raw`` is that normalised
    input, and ``Article.text`` is made of pieces of it (see :mod:`topline.ingest.clean`).
    """
    text = decode(raw, source=source) if isinstance(raw, bytes) else raw
    text = require_content(normalise(text), source=source)
    cleaned = clean(text)
    if not cleaned.text.strip():
        reasons = sorted({r.reason for r in cleaned.removed})
        raise ExtractionError(
            f"no article text left after removing page furniture ({', '.join(reasons)})",
            source=source,
        )
    return Article(
        id=article_id(cleaned.text),
        text=cleaned.text,
        title=title or cleaned.title,
        url=url,
        published=published or cleaned.published,
        outlet=cleaned.outlet,
        byline=cleaned.byline,
        licensor=cleaned.licensor,
        raw_kind=raw_kind,
        source=source,
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


def read_source(path: str, *, published: str | None = None) -> Article:
    """One article from a path or ``-``."""
    source = "<stdin>" if path == "-" else path
    return article_from_text(read_bytes(path), source=source, published=published)


@dataclass(frozen=True)
class IngestError:
    """One input that could not be read; batches report it and go on."""

    source: str
    reason: str
    code: str = "bad_input"


def load(source: str, *, published: str | None = None) -> Iterator[Article | IngestError]:
    """Every article in ``source`` (a file, ``-``, a folder …), failures as IngestError items.

    First version: plain-text files and folders of them; the ingest issue adds HTML, feeds,
    JSONL, globs and URLs behind this same entry point.
    """
    path = Path(source)
    paths = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for p in paths:
        name = source if source == "-" else str(p)
        try:
            yield read_source(name, published=published)
        except ToplineError as exc:
            yield IngestError(source=name, reason=exc.message, code=exc.code)
