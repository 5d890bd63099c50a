"""Bytes → text: decoding, binary detection, size limits and offset-safe normalisation.

Normalisation happens once, on the raw input, before cleaning, so that every later offset
refers to the same string: cleaning only ever cuts pieces out of the normalised text, it never
rewrites characters.

:func:`decode` is the one decoding path for every input (plain text, JSON fields, web pages,
whose ``<meta>`` charset :func:`topline.ingest.charset.decode_html` sniffs). Order: a
byte-order mark (UTF-8/16/32) wins; then strict UTF-8 (a non-ASCII byte sequence that is
valid UTF-8 is almost never anything else, whatever the input declares); then UTF-8 with its
few bad bytes replaced by U+FFFD, when its valid non-ASCII characters are at least twice
its invalid bytes (one
truncated character must not turn "café" into "cafÃ©" everywhere else): a
:class:`ReplacedBytesWarning` names the byte offsets; then the declared
charsets (HTTP header, ``<meta>``), in order, if the bytes decode under them without garbage
(pages lie about their encoding); then a legacy single-byte encoding. English news in a
legacy encoding is almost always windows-1252 (the WHATWG reading of "latin-1" labels), so
mostly-ASCII input is read as cp1252, and charset-normalizer picks the encoding otherwise. A
declared or legacy decoding is accepted only if it looks like text
(:func:`_looks_like_garbage`); bytes that no encoding reads plausibly raise
:class:`BadEncoding`.
"""

from __future__ import annotations

import codecs
import contextvars
import re
import unicodedata
import warnings
from collections.abc import Sequence

from charset_normalizer import from_bytes

from topline.errors import BadEncoding, EmptyInput, NotText, TooLarge, TooLong

# --- tunable settings: the one place for every decoding constant ---------------------------

#: Largest input accepted by default (bytes). Larger pages are refused, not truncated.
MAX_BYTES = 20 * 1024 * 1024
#: Longest cleaned article text accepted, in characters: spaCy's ``nlp.max_length`` default
#: (a parse holds about 1 GB per 100,000 characters at peak beyond it). Longer texts are
#: refused with ``too_long`` (:class:`topline.errors.TooLong`), never cut.
MAX_CHARS = 1_000_000
#: How much of the input is sniffed for binary content (and, times 4, for its ASCII share).
SNIFF_BYTES = 8192
#: Bytes given to charset-normalizer, and searched for text when measuring the ASCII share
#: of markup (detection on a whole 20 MiB input would take seconds and tell no more).
DETECT_BYTES = 1024 * 1024
#: Share of C0 control bytes (other than tab, newline, carriage return, form feed) above
#: which the input is called binary.
MAX_CONTROL_SHARE = 0.05
#: Share of ASCII letters among letter-like bytes (ASCII letters and bytes >= 0x80) above
#: which input is "mostly ASCII": English, where a legacy encoding means cp1252 / latin-1.
#: Measured on the text outside markup, so that tags do not make every page "ASCII".
MOSTLY_ASCII = 0.7
#: UTF-8 with replacement characters is chosen when the valid non-ASCII characters are at
#: least this many times the invalid bytes: text that is almost all UTF-8 with a damaged byte
#: or two. Legacy text (cp1252 "café" is the invalid byte 0xE9) has no valid multi-byte
#: sequence, or hardly any, and goes on to the legacy readings; half-and-half input (one
#: UTF-8 "é", one Latin-1 "é") is neither, and is refused.
MIN_VALID_PER_INVALID = 2.0
#: Byte offsets named in the warning about replaced bytes (the rest are counted).
WARN_OFFSETS = 5
#: Charset labels browsers decode as windows-1252 (WHATWG); so do we: the bytes 0x80-0x9F of
#: such pages are curly quotes and dashes, not control characters.
BROWSER_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c")
_ASCII_LETTERS = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))
_HIGH_BYTES = bytes(range(0x80, 0x100))
# Scripts, styles, comments and tags: left out of the ASCII share and the garbage checks
# (mojibake in a script comment says nothing about the article). ``[^<>]`` keeps a stray "<"
# in plain text from scanning to the end of the input.
_MARKUP_PATTERN = r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^<>]*>"
_MARKUP = re.compile(_MARKUP_PATTERN, re.S | re.I)
_MARKUP_BYTES = re.compile(_MARKUP_PATTERN.encode("ascii"), re.S | re.I)

#: Characters that become a plain space: no-break and other fixed-width spaces.
_SPACES = {ch: " " for ch in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"}
_SPACES.update({ch: " " for ch in "\u2008\u2009\u200a\u202f\u205f\u3000"})
#: Characters that become a newline: vertical tab, form feed, NEL, line/paragraph separators.
_NEWLINES = {ch: "\n" for ch in "\x0b\x0c\x85\u2028\u2029"}
#: Invisible characters that are dropped: zero-width space, word joiner, BOM, soft hyphen,
#: directional marks. ZWJ/ZWNJ stay: they change how emoji and some scripts are written.
_DROPPED = {ch: None for ch in "\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"}
_TRANSLATION = str.maketrans({**_SPACES, **_NEWLINES, **_DROPPED})
#: Lone UTF-16 surrogates (JSON's ``"\\ud800"``) cannot be encoded as UTF-8 anywhere
#: downstream (stdout, SQLite, HTTP); each becomes U+FFFD, one character for one.
_SURROGATES = re.compile("[\ud800-\udfff]")

# A run of two or more non-ASCII letters standing alone (not inside a Latin word) in mostly
# ASCII text: what mis-decoded bytes look like ("ÿþ", "Ã©"), not what accented words look like.
_STRAY_LETTERS = re.compile(r"(?<![A-Za-z])[^\x00-\x7f\W\d_]{2,}(?![A-Za-z])")
_MOJIBAKE = re.compile(r"[ÂÃ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


class ReplacedBytesWarning(UserWarning):
    """Invalid UTF-8 bytes were replaced by U+FFFD; the message names the input and offsets."""


def decode(
    data: bytes,
    *,
    source: str = "<input>",
    max_bytes: int | None = MAX_BYTES,
    declared: Sequence[str | None] = (),
) -> str:
    """Bytes as text; refuse binary, oversize and undecodable input with a one-line reason.

    ``declared``: charset labels the input came with (HTTP header, ``<meta>``), tried in
    order after UTF-8; unknown labels and ``None`` are skipped. ``max_bytes=None`` leaves
    the size to the caller (readers that already capped what they read).
    """
    if max_bytes is not None and len(data) > max_bytes:
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
        bad_byte = exc.start
    mostly_utf8 = _utf8_replacing(data)
    if mostly_utf8 is not None:
        text, bad = mostly_utf8
        shown = ", ".join(str(offset) for offset in bad[:WARN_OFFSETS])
        more = f" and {len(bad) - WARN_OFFSETS} more" if len(bad) > WARN_OFFSETS else ""
        warnings.warn(
            f"{source}: {len(bad)} invalid UTF-8 byte{'s' if len(bad) != 1 else ''} replaced "
            f"by U+FFFD at byte offset{'s' if len(bad) != 1 else ''} {shown}{more}",
            ReplacedBytesWarning,
            stacklevel=2,
        )
        return text
    for label in declared:
        codec = codec_for(label)
        declared_text = _read_as(data, codec, mostly_ascii=False) if codec else None
        if declared_text is not None:
            return declared_text
    return _decode_legacy(data, source, bad_byte)


_INVALID_OFFSETS: contextvars.ContextVar[list[int]] = contextvars.ContextVar("invalid_offsets")


def _record_and_replace(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: note the invalid bytes' offsets, replace them by one U+FFFD."""
    assert isinstance(exc, UnicodeDecodeError)
    _INVALID_OFFSETS.get().extend(range(exc.start, exc.end))
    return "\ufffd", exc.end


codecs.register_error("topline-record-replace", _record_and_replace)


def _utf8_replacing(data: bytes) -> tuple[str, list[int]] | None:
    """``data`` as UTF-8 with invalid bytes replaced, and the invalid bytes' offsets; None
    unless the valid non-ASCII characters are :data:`MIN_VALID_PER_INVALID` times the invalid
    bytes or more."""
    bad: list[int] = []
    token = _INVALID_OFFSETS.set(bad)
    try:
        text = data.decode("utf-8", errors="topline-record-replace")
    finally:
        _INVALID_OFFSETS.reset(token)
    valid = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    if valid == 0 or valid < MIN_VALID_PER_INVALID * len(bad):
        return None
    return text, bad


def codec_for(label: str | None) -> str | None:
    """Python codec for a declared charset label; None if unknown or UTF-8 (tried first)."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    if name.startswith("utf-8"):
        return None
    return BROWSER_ALIASES.get(name, name)


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
    mostly_ascii = _mostly_ascii(data)
    encoding: str | None = "cp1252"
    if not mostly_ascii:
        best = from_bytes(data[:DETECT_BYTES]).best()
        encoding = best.encoding if best is not None else None
    text = _read_as(data, encoding, mostly_ascii=mostly_ascii) if encoding else None
    if text is None:
        raise BadEncoding(
            f"input is not valid UTF-8 (byte {bad_byte}) and no other encoding reads it as text",
            source=source,
        )
    return text


def _read_as(data: bytes, encoding: str, *, mostly_ascii: bool) -> str | None:
    """``data`` decoded strictly as ``encoding``; None if it does not decode or shows garbage."""
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return None if _looks_like_garbage(text, mostly_ascii=mostly_ascii) else text


def _mostly_ascii(data: bytes) -> bool:
    """True when ASCII letters dominate the letter-like bytes of the text outside markup."""
    sample = _MARKUP_BYTES.sub(b" ", data[:DETECT_BYTES])[: SNIFF_BYTES * 4]
    letters = len(sample) - len(sample.translate(None, _ASCII_LETTERS))
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    return letters / max(1, letters + high) >= MOSTLY_ASCII


def _looks_like_garbage(text: str, *, mostly_ascii: bool) -> bool:
    """True when a legacy decoding shows the marks of bytes that are not in that encoding.

    C1 controls, private-use and unassigned characters are what a wrong code page maps bytes
    to. C0 controls are the same bytes in every encoding, so they say nothing about the
    choice (:func:`_refuse_binary` bounds them and :func:`normalise` drops them). Markup is
    left out: only the text is judged.
    """
    text = _MARKUP.sub(" ", text)
    if _MOJIBAKE.search(text):
        return True  # UTF-8 read as cp1252: the bytes were broken UTF-8, not cp1252
    if any("\x80" <= ch <= "\x9f" or unicodedata.category(ch) in ("Co", "Cn") for ch in set(text)):
        return True
    return mostly_ascii and _STRAY_LETTERS.search(text) is not None


def normalise(text: str) -> str:
    """NFC form, Unix newlines, plain spaces, no invisible or control characters.

    Tabs and newlines stay; NBSP and other fixed-width spaces become a space; zero-width
    characters, soft hyphens and directional marks are dropped; other control characters
    are removed. The result is what every offset of the article refers to.
    """
    text = scrub(text).replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATION)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def scrub(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (same length, same offsets)."""
    return _SURROGATES.sub("\ufffd", text)


def require_length(text: str, *, source: str = "<input>", limit: int = MAX_CHARS) -> str:
    """``text`` unchanged, or TooLong naming the limit when it is longer than ``limit``."""
    if len(text) > limit:
        raise TooLong(
            f"the article text is {len(text):,} characters, over the {limit:,}-character "
            "limit of the analysis; split it",
            source=source,
        )
    return text


def comparison_key(text: str) -> str:
    """Text folded for equality tests: white space collapsed and case folded."""
    return " ".join(text.split()).casefold()


def require_content(text: str, *, source: str = "<input>") -> str:
    """``text`` unchanged, or EmptyInput if it holds nothing but white space."""
    if not text.strip():
        raise EmptyInput(
            "input is empty" if not text else "input holds only white space", source=source
        )
    return text
