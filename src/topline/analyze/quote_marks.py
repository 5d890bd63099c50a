"""Quotation-mark regions of a text, found by a single linear scan (no parse needed).

News conventions handled: straight and curly double quotes; single quotes (‘…’ and '…')
nested inside double quotes or standing alone for short phrases and headlines; a quote that
continues into the next paragraph (the first paragraph has no closing mark and the next one
opens with a quotation mark again). An opening mark that is never closed ends its region at
the end of the paragraph (``closed=False``), so unbalanced text never loses its offsets.
"""

from __future__ import annotations

import functools
import re

from topline.analyze.quote_region import QuoteRegion, scan_paragraphs
from topline.analyze.quote_singles import find_single_regions

__all__ = ["QuoteRegion", "find_quote_regions"]

#: A double-quoted region may not be shorter than this many characters of content.
MIN_CONTENT_CHARS = 1

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_TRIM = " \t\r\n"
#: The only characters the scan acts on (every branch tests for one of them): it jumps from
#: one to the next instead of looking at every character in Python (issue #19).
_MARKS = re.compile('["' + _DOUBLE_OPEN + _DOUBLE_CLOSE + "]")
#: A typewriter pair, as the scan meets them: left to right, never overlapping.
_PAIRS = re.compile("''|``")


def _is_open_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{—–-/:;,“‘" or i == 0


def _first_visible(text: str, start: int, end: int) -> int:
    i = start
    while i < end and text[i] in " \t•·*-–—":
        i += 1
    return i


def _scan_text(text: str) -> str:
    """``text`` with each typewriter pair ('' or ``) seen as one straight double quote.

    The pair's second character becomes ``"`` and its first takes the character before it,
    so the context tests see the pair's real neighbours and offsets do not move.
    """
    if "''" not in text and "``" not in text:
        return text
    pieces: list[str] = []
    done = 0
    for m in _PAIRS.finditer(text):
        i = m.start()
        pieces += (text[done:i], text[i - 1] if i > 0 else " ", '"')
        done = i + 2
    pieces.append(text[done:])
    return "".join(pieces)


def find_quote_regions(text: str) -> list[QuoteRegion]:
    """Top-level double-quoted regions, then standalone single-quoted ones, in text order.

    A single-quoted region that reads as speech (British style: ‘…,’ said X) comes back with
    ``single=False`` like a double-quoted one, and double quotes nested in it are dropped.
    The quotes, speakers and gender passes all ask for the same article's regions, so the
    last few texts' answers are kept (the regions are frozen; each caller gets a new list).
    """
    return list(_find_quote_regions(text))


@functools.lru_cache(maxsize=4)
def _find_quote_regions(text: str) -> tuple[QuoteRegion, ...]:
    original = text
    text = _scan_text(text)
    paras = scan_paragraphs(text)
    regions: list[QuoteRegion] = []
    open_at: int | None = None
    span_paras = 1
    nested = 0  # curly marks inside a straight-quoted region ("He said “no” twice")
    for p, (pstart, pend) in enumerate(paras):
        i = pstart
        if open_at is not None:
            first = _first_visible(text, pstart, pend)
            # a quote runs on into a paragraph that reopens with the same kind of mark
            mark = text[first] if first < pend else ""
            same = mark == '"' if text[open_at] == '"' else bool(mark) and mark in _DOUBLE_OPEN
            if same:
                i = first + 1
                span_paras += 1
            else:
                regions.append(_region(text, open_at, paras[p - 1][1], False, span_paras))
                open_at = None
        while (found := _MARKS.search(text, i, pend)) is not None:
            i = found.start()
            ch = text[i]
            if open_at is None:
                if ch in _DOUBLE_OPEN or (ch == '"' and _is_open_straight(text, i)):
                    open_at, span_paras, nested = i, 1, 0
                elif ch in _DOUBLE_CLOSE and _slipped_open(text, pstart, i):
                    open_at, span_paras, nested = i, 1, 0
            elif text[open_at] == '"' and ch in _DOUBLE_OPEN:
                nested += 1
            elif text[open_at] == '"' and ch in _DOUBLE_CLOSE and nested:
                nested -= 1
            elif ch in _DOUBLE_CLOSE or ch == '"':
                if ch == '"' and _is_open_straight(text, i) and not _is_closing_context(text, i):
                    open_at, span_paras = i, 1
                else:
                    regions.append(_region(text, open_at, i + 1, True, span_paras))
                    open_at = None
            elif ch in _DOUBLE_OPEN and _is_open_straight(text, i):
                open_at, span_paras = i, 1
            i += 1
        if open_at is not None and p == len(paras) - 1:
            regions.append(_region(text, open_at, pend, False, span_paras))
            open_at = None
    if text is not original:
        regions = [_unpair(original, r) for r in regions]
        text = original
    regions = [r for r in regions if r.content_end - r.content_start >= MIN_CONTENT_CHARS]
    singles = find_single_regions(text, regions)
    speech = [r for r in singles if not r.single]
    regions = [r for r in regions if not any(s.start < r.start and r.end <= s.end for s in speech)]
    return tuple(sorted(regions + singles, key=lambda r: r.start))


def _unpair(text: str, r: QuoteRegion) -> QuoteRegion:
    start = (
        r.start - 1 if r.start > 0 and text[r.start - 1 : r.start + 1] in {"''", "``"} else r.start
    )
    ce = r.content_end
    while ce > r.content_start and text[ce - 1] in "'`" and text[ce : ce + 1] in {"'", "`", '"'}:
        ce -= 1
    while ce > r.content_start and text[ce - 1] in _TRIM + ",":
        ce -= 1
    return QuoteRegion(start, r.end, r.content_start, ce, r.closed, r.single, r.paragraphs)


def _slipped_open(text: str, pstart: int, i: int) -> bool:
    """A closing mark that opens a paragraph before a word (”Mr. Trump …) is a typing slip
    for an opening one: nothing is open for it to close."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return _first_visible(text, pstart, i + 1) == i and after.isalnum()


def _is_closing_context(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()


def _region(text: str, start: int, end: int, closed: bool, paras: int) -> QuoteRegion:
    cs = start + 1
    ce = end - 1 if closed else end
    while cs < ce and text[cs] in _TRIM:
        cs += 1
    while ce > cs and text[ce - 1] in _TRIM:
        ce -= 1
    if ce > cs and text[ce - 1] == ",":
        ce -= 1
    return QuoteRegion(start, end, cs, max(cs, ce), closed, False, paras)
