"""Single-quoted regions (‘…’ and '…'), told apart from apostrophes.

British outlets quote speech with single marks (‘I’d be over the moon,’ said Locke.), but
the closing mark is also the apostrophe (I’d, players’ wages, rock ’n’ roll, the ’90s). The
rules, per paragraph and outside double-quoted regions:

* an opening mark stands at a word start (line start, space, dash, bracket, colon) before a
  letter, digit or mark, and is not an elision ('em, 'n', '90s);
* a closing mark follows a non-space and precedes a non-letter; it is *strong* after
  ``, . ? !`` (‘…,’ said X) and *weak* after a letter; a weak one after "s" before a word
  that is not a reporting verb or pronoun is a plural possessive (players’ wages) and is
  skipped, as is the end of an elision (’n’);
* a region with a weak opening and a weak closing longer than ``MAX_SINGLE_WORDS`` words is
  rejected (the scan looks for a later closing mark instead);
* a new opening mark ends the search (single quotes do not nest): the region closes at an
  "s’ word" seen before it, or there is none;
* an opening mark at the paragraph start or after a colon or comma ("X said: ‘…") with no
  closing mark runs to the paragraph end (``closed=False``) and continues into the next
  paragraph when that one opens with a single mark again.

When an article has more single-quoted regions with a strong mark than double-quoted
regions, it quotes British style and all its single-quoted regions read as speech
(``single=False``; scare quotes are then dropped downstream like double-quoted ones). In
other articles single quotes are headlines, titles and scare quotes and keep ``single=True``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from topline.analyze.quote_region import (
    INLINE_BLANKS,
    MAX_SINGLE_WORDS,
    QuoteRegion,
    scan_paragraphs,
)

_OPENERS = "‘'"
_CLOSERS = "’'"
#: Characters after which an opening mark may stand (besides whitespace and line start).
_OPEN_AFTER = '([{—–-/:;,“"'
#: Word-initial elisions written with an apostrophe ('em, rock 'n' roll, 'til, 'cause).
ELISIONS = frozenset({"em", "n", "til", "cause", "tis", "twas", "bout", "round", "nuff"})
#: Words after "s’" that show the mark closes a quote rather than making a possessive.
AFTER_QUOTE = frozenset(
    "said says say told tells added adds asked explained insisted continued according "
    "he she they we i it his her their him them who which and or but".split()
)
_WORD = re.compile(r"[^\W_]+")
#: The characters the scans stop at: opening marks, and opening or closing marks.
_OPEN_MARKS = re.compile("[‘']")
_ANY_MARKS = re.compile("[‘'’]")
_NINETIES = re.compile(r"\d\ds\b")


def _is_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if not (before.isspace() or before in _OPEN_AFTER):
        return False
    if not (after.isalnum() or after in '“"…$£€(['):
        return False
    word = _WORD.match(text, i + 1)
    if word is None:
        return True
    if _NINETIES.match(text, i + 1):
        return False
    return word.group().lower() not in ELISIONS


#: ``_close_strength`` of "s’ word": a possessive unless the region could close nowhere else.
POSSESSIVE = -1


def _close_strength(text: str, i: int) -> int:
    """0: not a closing mark; 1: weak (after a letter); 2: strong (after , . ? ! or ”).

    ``POSSESSIVE`` for "s’ word", which closes the region only when a new opening mark
    follows before any other closing one (‘red flags’ for … ‘This …).
    """
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or after.isalnum():
        return 0
    if before in '.,?!…”"':
        return 2
    # the end of an elision: rock ’n’ roll
    j = i - 1
    while j >= 0 and text[j].isalpha():
        j -= 1
    if j >= 0 and text[j] in "’'‘" and text[j + 1 : i].lower() in ELISIONS:
        return 0
    if before in "sS" and after == " ":
        nxt = _WORD.match(text, i + 2)
        if nxt is not None and nxt.group().lower() not in AFTER_QUOTE:
            return POSSESSIVE
    return 1


def _pair(opening: str, closing: str) -> bool:
    return opening == closing or (opening == "‘" and closing == "’")


def _strong_open(text: str, pstart: int, i: int) -> bool:
    head = text[pstart:i].rstrip(INLINE_BLANKS)
    return not head.strip(INLINE_BLANKS + "•·*-–—") or head.endswith((":", ","))


def _content(text: str, cs: int, ce: int) -> tuple[int, int]:
    while cs < ce and text[cs].isspace():
        cs += 1
    while ce > cs and text[ce - 1].isspace():
        ce -= 1
    if ce > cs and text[ce - 1] == ",":
        ce -= 1
    return cs, ce


class _Doubles:
    """The double-quoted regions, looked up by position without a scan over all of them.

    ``find_quote_regions`` hands them over sorted and disjoint: the region holding a position
    is then the last one starting at or before it (bisection), and the scans jump from one
    quotation mark or region start to the next instead of stepping through every character
    (they were quadratic in the article's length: every character looked at every region).
    Any other list is searched the old way, the first region in list order that holds the
    position, one character at a time, so the answer never depends on which path runs.
    """

    def __init__(self, regions: list[QuoteRegion]) -> None:
        self.regions = regions
        self.starts = [r.start for r in regions]
        self.ordered = all(r.start <= r.end for r in regions) and all(
            a.end <= b.start for a, b in zip(regions, regions[1:], strict=False)
        )

    def at(self, i: int) -> QuoteRegion | None:
        """The region holding position ``i``, if any."""
        if not self.ordered:
            return next((r for r in self.regions if r.start <= i < r.end), None)
        k = bisect_right(self.starts, i) - 1
        if k >= 0 and i < self.regions[k].end:
            return self.regions[k]
        return None

    def next_stop(self, text: str, i: int, end: int, marks: re.Pattern[str]) -> int:
        """The first position from ``i`` (at most ``end``) where a scan outside the regions
        has something to do: a character ``marks`` matches, or the start of a region."""
        if not self.ordered:
            return i
        hit = marks.search(text, i, end)
        stop = hit.start() if hit is not None else end
        k = bisect_left(self.starts, i)
        if k < len(self.starts) and self.starts[k] < stop:
            stop = self.starts[k]
        return stop


def _para_regions(
    text: str, pstart: int, pend: int, doubles: _Doubles
) -> list[tuple[QuoteRegion, bool]]:
    out: list[tuple[QuoteRegion, bool]] = []
    i = pstart
    while i < pend:
        inside = doubles.at(i)
        if inside is not None:
            i = inside.end
            continue
        if text[i] not in _OPENERS or not _is_open(text, i):
            i = doubles.next_stop(text, i + 1, pend, _OPEN_MARKS)
            continue
        strong_open = _strong_open(text, pstart, i)
        j = i + 1
        found: tuple[int, int] | None = None
        possessive: int | None = None
        blocked = False
        while j < pend:
            nested = doubles.at(j)
            if nested is not None:
                if nested.end > pend or nested.start < i:
                    break
                j = nested.end
                continue
            if text[j] in _OPENERS and text[j] != "’" and _is_open(text, j):
                if possessive is not None:
                    found = (possessive, 1)
                blocked = True
                break
            if text[j] in _CLOSERS:
                strength = _close_strength(text, j)
                if strength == 1 and not _pair(text[i], text[j]):
                    strength = 0  # a sloppy mix (‘…') only closes after punctuation
                if strength == POSSESSIVE and possessive is None:
                    possessive = j
                elif strength > 0:
                    words = len(text[i + 1 : j].split())
                    if strength == 2 or strong_open or words <= MAX_SINGLE_WORDS:
                        found = (j, strength)
                        break
            j = doubles.next_stop(text, j + 1, pend, _ANY_MARKS)
        if found is not None:
            j, strength = found
            cs, ce = _content(text, i + 1, j)
            if ce > cs:
                region = QuoteRegion(i, j + 1, cs, ce, True, True, 1)
                out.append((region, strong_open or strength == 2))
            i = j + 1
        elif strong_open and not blocked:
            cs, ce = _content(text, i + 1, pend)
            if ce > cs:
                out.append((QuoteRegion(i, pend, cs, ce, False, True, 1), True))
            i = pend
        else:
            i += 1
    return out


def find_single_regions(text: str, doubles: list[QuoteRegion]) -> list[QuoteRegion]:
    """Single-quoted regions outside ``doubles``, speech ones with ``single=False``."""
    found: list[tuple[QuoteRegion, bool]] = []
    lookup = _Doubles(doubles)
    for pstart, pend in scan_paragraphs(text):
        regions = _para_regions(text, pstart, pend, lookup)
        if found and regions:
            prev, prev_strong = found[-1]
            first, first_strong = regions[0]
            if (
                not prev.closed
                and prev.end <= pstart
                and not text[prev.end : pstart].strip()
                and not text[pstart : first.start].strip(INLINE_BLANKS + "•·*-–—")
            ):
                merged = QuoteRegion(
                    prev.start,
                    first.end,
                    prev.content_start,
                    first.content_end,
                    first.closed,
                    True,
                    prev.paragraphs + 1,
                )
                found[-1] = (merged, prev_strong or first_strong)
                regions = regions[1:]
        found.extend(regions)
    outer = [d for d in doubles if not any(r.start < d.start and d.end <= r.end for r, _ in found)]
    british = sum(strong for _, strong in found) > len(outer)
    return [_as_speech(r) if british else r for r, _ in found]


def _as_speech(r: QuoteRegion) -> QuoteRegion:
    return QuoteRegion(
        r.start, r.end, r.content_start, r.content_end, r.closed, False, r.paragraphs
    )
