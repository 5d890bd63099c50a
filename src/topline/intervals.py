"""Membership of a character offset in a union of ranges, by bisection.

The extractors ask, per verb, per cue or per name, whether an offset lies inside one of the
document's quotation regions or labels. A plain scan over all regions made each question
linear in the article's length, so a long article's analysis grew with the square of its
length (issue #19: "no per-character scans over all regions"). :class:`CharRanges` merges
the ranges once and answers each question with one bisection, with the same answer as
``any(a <= x < b for a, b in ranges)``.

Offsets are integers, so an open range ``a < x < b`` is the half-open ``[a + 1, b)``
(:meth:`CharRanges.open`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class CharRanges:
    """The union of half-open ranges ``[a, b)``; ``x in ranges`` in O(log n)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted(r for r in ranges if r[0] < r[1]):
            if ends and a <= ends[-1]:  # overlapping or touching: [a, b) ∪ [b, c) = [a, c)
                ends[-1] = max(ends[-1], b)
            else:
                starts.append(a)
                ends.append(b)
        self._starts = starts
        self._ends = ends

    @classmethod
    def open(cls, ranges: Iterable[tuple[int, int]]) -> CharRanges:
        """The union of open ranges ``a < x < b``."""
        return cls((a + 1, b) for a, b in ranges)

    def __contains__(self, x: int) -> bool:
        i = bisect.bisect_right(self._starts, x) - 1
        return i >= 0 and x < self._ends[i]

    def __bool__(self) -> bool:
        return bool(self._starts)

    def __len__(self) -> int:
        """How many disjoint ranges the union has."""
        return len(self._starts)


class SpanIndex:
    """Ranges ``[a, b)`` kept in order of ``a`` (ties in the given order), for two questions
    the extractors asked by scanning every range: which is the first range holding ``x``
    (:meth:`first_holding`, the same answer as the first hit of a scan of the sorted list),
    and does any range overlap ``[lo, hi)`` (:meth:`overlaps`, the same answer as
    ``any(lo < b and a < hi for a, b in ranges)``, empty ranges included).

    A prefix maximum of the ends makes both one bisection: among the ranges starting at or
    before ``x`` the first whose end passes ``x`` is where that maximum first passes it.
    """

    __slots__ = ("_reach", "_starts")

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges, key=lambda r: r[0])
        self._starts = [a for a, _ in ordered]
        reach: list[int] = []
        for _, b in ordered:
            reach.append(max(b, reach[-1]) if reach else b)
        self._reach = reach

    def first_holding(self, x: int) -> int | None:
        """Position (in start order) of the first range with ``a <= x < b``, or None."""
        k = bisect.bisect_right(self._starts, x)  # ranges with a <= x
        j = bisect.bisect_right(self._reach, x, 0, k)  # the first of them whose end passes x
        return j if j < k else None

    def holds(self, lo: int, hi: int) -> bool:
        """Whether some range holds ``[lo, hi)``: ``a <= lo`` and ``hi <= b`` (the same answer
        as ``any(a <= lo and hi <= b for a, b in ranges)``): among the ranges starting at or
        before ``lo``, the furthest end reaches ``hi``."""
        k = bisect.bisect_right(self._starts, lo)  # ranges with a <= lo
        return k > 0 and self._reach[k - 1] >= hi

    def overlaps(self, lo: int, hi: int) -> bool:
        """Whether some range has ``lo < b`` and ``a < hi``."""
        k = bisect.bisect_left(self._starts, hi)  # ranges with a < hi
        return k > 0 and self._reach[k - 1] > lo
