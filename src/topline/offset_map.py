"""A compact map from offsets in one text to offsets in the text it was made from.

Ingest makes an article's text from the caller's input in two steps that both move offsets:
normalisation (CRLF → LF, NFC, invisible characters dropped) and cleaning (title lines, page
furniture and footers cut, hard wraps joined, blank-line runs shortened). :class:`OffsetMap`
records where each character of the result came from, so that any span of the article can be
given back in the caller's coordinates (:mod:`topline.offsets`).

The map is piecewise: sorted breakpoints ``(text_points[k], input_points[k])`` cut both texts
into runs. A run whose two sides have the same length is *linear* (character ``i`` of the run
came from character ``i`` of its input side, possibly replaced by an equal-width character:
NBSP → space, a wrap's newline → space); any other run is *lumped*: each of its characters came
from the whole of its input side ("é" from "e" + combining accent, one "\\n" from "\\r\\n", a
paragraph break from a run of blank lines). A run with no text is a cut. The map is monotone,
so a span maps to a span. It is two int tuples, which JSON round-trips as they are.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Where each character of a text came from in the input it was made from.

    ``text_points`` and ``input_points`` have equal length, start with 0 and are
    non-decreasing; the last pair is ``(len(text), end of the last input used)``.
    """

    text_points: tuple[int, ...] = (0,)
    input_points: tuple[int, ...] = (0,)

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text that is its input, unchanged."""
        return cls((0, length), (0, length)) if length else cls()

    @property
    def text_length(self) -> int:
        return self.text_points[-1]

    def runs(self) -> Iterator[tuple[int, int, int, int]]:
        """Each run as ``(text_start, text_end, input_start, input_end)``, in order."""
        t, i = self.text_points, self.input_points
        for k in range(len(t) - 1):
            yield t[k], t[k + 1], i[k], i[k + 1]

    def origin(self, char: int) -> tuple[int, int]:
        """The input range that character ``char`` of the text came from."""
        t, i = self.text_points, self.input_points
        if not 0 <= char < t[-1]:
            raise IndexError(f"offset {char} outside the mapped text (length {t[-1]})")
        k = bisect_right(t, char) - 1  # the last run starting at or before ``char``
        if t[k + 1] - t[k] == i[k + 1] - i[k]:
            at = i[k] + char - t[k]
            return at, at + 1
        return i[k], i[k + 1]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The input range of the text range ``[start, end)``: from where its first character
        came from to where its last one did. An empty range maps to the origin of the
        character at ``start`` (or the end of the input used, at the end of the text)."""
        if end > start:
            return self.origin(start)[0], self.origin(end - 1)[1]
        at = self.origin(start)[0] if start < self.text_length else self.input_points[-1]
        return at, at

    def then(self, inner: OffsetMap) -> OffsetMap:
        """This map followed by ``inner`` (which maps this map's input to an earlier text)."""
        out = MapBuilder()
        for t0, t1, i0, i1 in self.runs():
            if t1 == t0:
                continue
            if t1 - t0 != i1 - i0:  # lumped: the whole input range, mapped on
                start, end = inner.span(i0, i1)
                out.add(t1 - t0, start, end)
                continue
            t, i = inner.text_points, inner.input_points
            k = max(bisect_right(t, i0) - 1, 0)
            while k < len(t) - 1 and t[k] < i1:  # linear: cut where ``inner``'s runs are cut
                j0, j1, k0, k1 = t[k], t[k + 1], i[k], i[k + 1]
                k += 1
                lo, hi = max(i0, j0), min(i1, j1)
                if lo >= hi:
                    continue
                if j1 - j0 == k1 - k0:
                    out.add(hi - lo, k0 + lo - j0, k0 + hi - j0)
                else:
                    out.add(hi - lo, k0, k1)
        return out.build()


class MapBuilder:
    """Builds an :class:`OffsetMap` run by run, in text order, merging linear runs."""

    def __init__(self) -> None:
        self._t = [0]
        self._i = [0]
        self._linear_tail = False

    def add(self, text_length: int, input_start: int, input_end: int) -> None:
        """The next ``text_length`` characters came from ``input[input_start:input_end]``.

        Input skipped since the last run is recorded as a cut; a range that starts before
        the end of the last one (two characters lumped onto one input range) is clipped, so
        the map stays monotone.
        """
        input_start = max(input_start, self._i[-1])
        input_end = max(input_end, input_start)
        if input_start > self._i[-1]:
            self._t.append(self._t[-1])
            self._i.append(input_start)
            self._linear_tail = False
        if text_length == 0 and input_end == input_start:
            return
        linear = text_length == input_end - input_start
        if linear and self._linear_tail:
            self._t[-1] += text_length
            self._i[-1] = input_end
        else:
            self._t.append(self._t[-1] + text_length)
            self._i.append(input_end)
        self._linear_tail = linear

    def build(self) -> OffsetMap:
        return OffsetMap(tuple(self._t), tuple(self._i))
