"""Bytes → text: decoding, binary detection, size limits and offset-safe normalisation.

First version; the ingest issue deepens it. Normalisation happens once, on the raw input,
before cleaning, so that every later offset refers to the same string.
"""

from __future__ import annotations

import unicodedata

from topline.errors import BadEncoding, EmptyInput, NotText, TooLarge

#: Largest input accepted by default (bytes). Larger pages are refused, not truncated.
MAX_BYTES = 20 * 1024 * 1024


def decode(data: bytes, *, source: str = "<input>", max_bytes: int = MAX_BYTES) -> str:
    """Decode bytes as UTF-8 (with BOM) and refuse binary or oversize input."""
    if len(data) > max_bytes:
        raise TooLarge(
            f"input is {len(data):,} bytes, over the {max_bytes:,}-byte limit", source=source
        )
    if b"\x00" in data[:8192]:
        raise NotText("input looks like binary data (NUL bytes), not text", source=source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadEncoding(f"input is not valid UTF-8 (byte {exc.start})", source=source) from exc
    return text


def normalise(text: str) -> str:
    """NFC form, Unix newlines, no control characters other than newline and tab."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def require_content(text: str, *, source: str = "<input>") -> str:
    if not text.strip():
        raise EmptyInput(
            "input is empty" if not text else "input holds only white space", source=source
        )
    return text
