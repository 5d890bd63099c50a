"""Streaming JSONL output: one record per line, flushed per chunk, resumable.

A batch appends to its output; :func:`open_for_resume` reads back the keys already there
(article ids, or the source of an input that could not be read) so that a re-run after
Ctrl-C or a crash skips what is done. A last line cut short by a hard kill is dropped.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import msgspec

from topline.errors import InputError
from topline.ingest import IngestError
from topline.model import Article

_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder()


#: Characters that are valid inside a JSON string but end a line for ``str.splitlines`` and
#: many JSONL readers (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR): written escaped, so that one
#: record is always one line whatever its text holds.
_LINE_BREAKS = (
    (b"\xc2\x85", b"\\u0085"),
    (b"\xe2\x80\xa8", b"\\u2028"),
    (b"\xe2\x80\xa9", b"\\u2029"),
)


def _one_line(encoded: bytes) -> bytes:
    for raw, escaped in _LINE_BREAKS:
        if raw in encoded:
            encoded = encoded.replace(raw, escaped)
    return encoded


def encode_line(record: dict[str, Any]) -> bytes:
    """One compact, deterministic JSON line (keys in insertion order)."""
    return _one_line(_encoder.encode(record)) + b"\n"


def json_line(record: Any) -> str:
    """One JSON Lines record as text (no trailing newline), for the CLI's JSONL outputs:
    ``json.dumps``'s layout, with the line separators above escaped."""
    text = json.dumps(record, ensure_ascii=False)
    for raw, escaped in _LINE_BREAKS:
        text = text.replace(raw.decode("utf-8"), escaped.decode("ascii"))
    return text


def encode_json(document: Any) -> str:
    """The compact JSON text of a result document (the Spark columns use it too)."""
    return _encoder.encode(document).decode("utf-8")


def record_key(record: dict[str, Any]) -> str:
    """What identifies a record for resuming: the article id, else its source."""
    article_id = record.get("id")
    return str(article_id) if article_id is not None else f"source:{record.get('source')}"


def item_key(item: Article | IngestError) -> str:
    return item.id if isinstance(item, Article) else f"source:{item.source}"


def read_keys(path: Path) -> set[str]:
    """The keys of every complete record in ``path``; an absent file has none."""
    keys: set[str] = set()
    if not path.exists():
        return keys
    with path.open("rb") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.endswith(b"\n"):
                break  # cut short by a hard kill; open_for_resume drops it
            if not line.strip():
                continue
            try:
                keys.add(record_key(_decoder.decode(line)))
            except msgspec.DecodeError as exc:
                raise InputError(
                    f"line {number} is not a JSON record; not a topline batch output?",
                    source=str(path),
                ) from exc
    return keys


def _drop_partial_last_line(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb+") as fh:
        fh.seek(-1, os.SEEK_END)
        if fh.read(1) == b"\n":
            return
        block = 1 << 16
        end = size
        while end > 0:
            start = max(0, end - block)
            fh.seek(start)
            cut = fh.read(end - start).rfind(b"\n")
            if cut >= 0:
                fh.truncate(start + cut + 1)
                return
            end = start
        fh.truncate(0)


def open_for_resume(path: Path) -> tuple[IO[bytes], set[str]]:
    """Open ``path`` for appending and return the keys it already holds."""
    if path.is_dir():
        raise InputError("is a directory; --out needs a file", source=str(path))
    if path.exists():
        _drop_partial_last_line(path)
    keys = read_keys(path)
    try:
        fh = path.open("ab")
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), source=str(path)) from exc
    return fh, keys


def write_records(fh: IO[bytes], records: Iterable[dict[str, Any]]) -> None:
    """Append records and flush, so an interruption loses at most the chunk in flight."""
    fh.write(b"".join(encode_line(r) for r in records))
    fh.flush()
