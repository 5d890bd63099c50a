"""Bytes → text: decoding, binary detection, size limits and offset-safe normalisation.

Normalisation happens once, on the raw input, before cleaning, so that every later offset
refers to the same string: cleaning only ever cuts pieces out of the normalised text, it never
rewrites characters.

Decoding order: a byte-order mark (UTF-8/16/32) wins; then strict UTF-8; then, for input that
is still text, a legacy single-byte encoding. English news in a legacy encoding is almost
always windows-1252 (the WHATWG default for "latin-1" labels), so mostly-ASCII input is read
as cp1252 when it decodes cleanly, and charset-normalizer picks the encoding otherwise. A
legacy decoding is accepted only if it looks like text (:func:`_looks_like_garbage`); bytes
that no encoding reads plausibly raise :class:`BadEncoding`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from topline.errors import BadEncoding, EmptyInput, NotText, TooLarge

#: Largest input accepted by default (bytes). Larger pages are refused, not truncated.
MAX_BYTES = 20 * 1024 * 1024
#: How much of the input is sniffed for binary content.
SNIFF_BYTES = 8192
#: Share of C0 control bytes (other than tab, newline, carriage return, form feed) above
#: which the input is called binary.
MAX_CONTROL_SHARE = 0.05
#: Share of ASCII letters among letter-like bytes (ASCII letters and bytes >= 0x80) above
#: which input is "mostly ASCII": English, where a legacy encoding means cp1252 / latin-1.
MOSTLY_ASCII = 0.7

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c")

#: Characters that become a plain space: no-break and other fixed-width spaces.
_SPACES = {ch: " " for ch in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"}
_SPACES.update({ch: " " for ch in "\u2008\u2009\u200a\u202f\u205f\u3000"})
#: Characters that become a newline: vertical tab, form feed, NEL, line/paragraph separators.
_NEWLINES = {ch: "\n" for ch in "\x0b\x0c\x85\u2028\u2029"}
#: Invisible characters that are dropped: zero-width space, word joiner, BOM, soft hyphen,
#: directional marks. ZWJ/ZWNJ stay: they change how emoji and some scripts are written.
_DROPPED = {ch: None for ch in "\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"}
_TRANSLATION = str.maketrans({**_SPACES, **_NEWLINES, **_DROPPED})

# A run of two or more non-ASCII letters standing alone (not inside a Latin word) in mostly
# ASCII text: what mis-decoded bytes look like ("ÿþ", "Ã©"), not what accented words look like.
_STRAY_LETTERS = re.compile(r"(?<![A-Za-z])[^\x00-\x7f\W\d_]{2,}(?![A-Za-z])")
_MOJIBAKE = re.compile(r"[ÂÃ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def decode(data: bytes, *, source: str = "<input>", max_bytes: int = MAX_BYTES) -> str:
    """Bytes as text; refuse binary, oversize and undecodable input with a one-line reason."""
    if len(data) > max_bytes:
        raise TooLarge(
            f"input is {len(data):,} bytes, over the {max_bytes:,}-byte limit", source=source
        )
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise BadEncoding(
                    f"input starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding} (byte {exc.start})",
                    source=source,
                ) from exc
    _refuse_binary(data, source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _decode_legacy(data, source, exc.start)


def _refuse_binary(data: bytes, source: str) -> None:
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        raise NotText("input looks like binary data (NUL bytes), not text", source=source)
    controls = sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROLS)
    if head and controls / len(head) > MAX_CONTROL_SHARE:
        raise NotText("input looks like binary data (control bytes), not text", source=source)


def _decode_legacy(data: bytes, source: str, bad_byte: int) -> str:
    """A legacy encoding's reading of ``data``, or BadEncoding if none reads as text.

    Mostly-ASCII input (English) may only be cp1252: if that reading shows garbage, the
    bytes are broken rather than in some other encoding, and charset-normalizer's guesses
    for such input (Arabic, Hebrew code pages) would be worse than an error.
    """
    failure = BadEncoding(
        f"input is not valid UTF-8 (byte {bad_byte}) and no other encoding reads it as text",
        source=source,
    )
    head = data[: SNIFF_BYTES * 4]
    letters = sum(1 for b in head if 0x61 <= (b | 0x20) <= 0x7A)
    high = sum(1 for b in head if b >= 0x80)
    mostly_ascii = letters / max(1, letters + high) >= MOSTLY_ASCII
    if mostly_ascii:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise failure from None
    else:
        best = from_bytes(data).best()
        if best is None:
            raise failure
        text = str(best)
    if _looks_like_garbage(text, mostly_ascii=mostly_ascii):
        raise failure
    return text


def _looks_like_garbage(text: str, *, mostly_ascii: bool) -> bool:
    """True when a legacy decoding shows the marks of bytes that are not in that encoding."""
    if _MOJIBAKE.search(text):
        return True  # UTF-8 read as cp1252: the bytes were broken UTF-8, not cp1252
    if any(unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\t\n\r\f" for ch in text):
        return True
    return mostly_ascii and _STRAY_LETTERS.search(text) is not None


def normalise(text: str) -> str:
    """NFC form, Unix newlines, plain spaces, no invisible or control characters.

    Tabs and newlines stay; NBSP and other fixed-width spaces become a space; zero-width
    characters, soft hyphens and directional marks are dropped; other control characters
    are removed. The result is what every offset of the article refers to.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATION)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def require_content(text: str, *, source: str = "<input>") -> str:
    """``text`` unchanged, or EmptyInput if it holds nothing but white space."""
    if not text.strip():
        raise EmptyInput(
            "input is empty" if not text else "input holds only white space", source=source
        )
    return text
