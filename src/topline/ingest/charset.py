"""Bytes of a web page → text, distrusting what the page says about its encoding.

Pages often lie about their charset. Valid UTF-8 wins over any declaration (a non-ASCII byte
sequence that is valid UTF-8 is almost never anything else); then the HTTP or ``<meta>``
charset if the bytes decode under it; then windows-1252 (the web's default, WHATWG) if it
yields clean text; then charset-normalizer's guess.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

from topline.errors import BadEncoding, NotText

#: Bytes inspected for a ``<meta charset>`` declaration.
META_SNIFF_BYTES = 4096
#: Bytes given to encoding detection.
DETECT_CHARS = 1024 * 1024
#: Largest charset-normalizer "mess ratio" at which windows-1252 is accepted before asking
#: charset-normalizer (which, on short Latin text, may prefer cp1250 or even Big5).
#: Text of other code pages read as cp1252 scores about 1.0.
CP1252_MAX_MESS = 0.1

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Browsers decode these labels as windows-1252; so do we (the bytes 0x80-0x9F are real).
_BROWSER_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}


def decode_html(data: bytes, *, declared: str | None = None, source: str = "<input>") -> str:
    """Bytes of a page → text, distrusting its charset declarations (see module docstring)."""
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise NotText("input looks like binary data (NUL bytes), not HTML", source=source)
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for label in (declared, _meta_charset(data)):
        codec = _codec(label)
        if codec is None:
            continue
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue  # the page lies about its encoding
    try:  # the web's default encoding (WHATWG), if the text it gives reads as text
        text = data.decode("cp1252")
        if mess_ratio(text[:DETECT_CHARS], 1.0) <= CP1252_MAX_MESS:
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:DETECT_CHARS]).best()
    if best is None or best.encoding is None:
        raise BadEncoding("page bytes fit no encoding we could detect", source=source)
    return data.decode(best.encoding, errors="replace")


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:META_SNIFF_BYTES])
    return match.group(1).decode("ascii", "ignore") if match else None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    if name.startswith("utf-8"):
        return None  # already tried, and it failed
    return _BROWSER_ALIASES.get(name, name)
