"""Bytes of a web page → text: the ``<meta>`` charset, then the one decoding path.

A page may state its encoding in the HTTP header and in a ``<meta>`` tag. Both are only
hints: :func:`topline.ingest.text.decode` tries them after strict UTF-8 and accepts them only
if the bytes decode under them without garbage (pages lie about their charset), and falls
back on windows-1252 / charset-normalizer like any other input.
"""

from __future__ import annotations

import re

from topline.ingest.text import decode

#: Bytes inspected for a ``<meta charset>`` declaration (it must come early in ``<head>``).
META_SNIFF_BYTES = 4096

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(
    data: bytes,
    *,
    declared: str | None = None,
    source: str = "<input>",
    max_bytes: int | None = None,
) -> str:
    """Bytes of a page → text; ``declared`` is the HTTP charset, tried before the ``<meta>`` one.

    ``max_bytes=None``: no limit here, as before; the readers cap what they read
    (``LoadOptions.max_bytes``).
    """
    return decode(data, source=source, max_bytes=max_bytes, declared=(declared, meta_charset(data)))


def meta_charset(data: bytes) -> str | None:
    """The charset label of the page's ``<meta charset>`` / ``http-equiv`` tag, if any."""
    match = _META_CHARSET.search(data[:META_SNIFF_BYTES])
    return match.group(1).decode("ascii", "ignore") if match else None
