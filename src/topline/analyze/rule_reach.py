"""Where a rule that needs a word can still reach one: a test of a start before trying it.

The TIMEX duration rule ("the past five years", "a 10-minute walk") opens on words that
start most sentences ("the", "a", numbers), so the start index (:mod:`rule_starts`) tries
it ≈ 100 times per article for about one match, and each failing try walks the rule's long
alternations of number words. Every match of it holds one of its unit words (the strings
:mod:`rule_filter` reads off the pattern) and only characters of a small set (letters,
digits, spaces, "-", ",", ".", "/", "½", read off the pattern here), so a try at a position
whose next unit word lies beyond the next character outside that set cannot match.
:class:`Reach` answers that with two bisections over positions found once per text; the
rule is then tried only where it can match, and finds exactly what it found.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import re
from typing import Any

from topline.analyze.rule_filter import required

__all__ = ["Reach", "reach_for", "stop_pattern"]

#: A range of characters wider than this is not spelled out (no stop pattern).
MAX_RANGE = 256


class Reach:
    """For one text: whether one of ``needed`` (lower-cased strings, found in ``lowered``,
    the text lower-cased with its length kept) starts at or after a position and before the
    first match of ``stop`` there (a character no match of the rule can hold)."""

    def __init__(
        self, text: str, lowered: str, needed: frozenset[str], stop: re.Pattern[str]
    ) -> None:
        found: list[int] = []
        for word in _shortest(needed):  # every occurrence, overlapping ones included
            at = lowered.find(word)
            while at >= 0:
                found.append(at)
                at = lowered.find(word, at + 1)
        self._needed = sorted(found)
        self._stops = [m.start() for m in stop.finditer(text)]

    def __call__(self, pos: int) -> bool:
        at = bisect.bisect_left(self._needed, pos)
        if at == len(self._needed):
            return False
        stop = bisect.bisect_left(self._stops, pos)
        return stop == len(self._stops) or self._needed[at] < self._stops[stop]


def reach_for(pattern: re.Pattern[str], text: str) -> Reach | None:
    """The :class:`Reach` of ``pattern``'s required strings in ``text`` (a text with no
    character that folds onto an ASCII letter: its lower-casing keeps its length), or None
    when the pattern has no required strings or no stop pattern."""
    gate = _gate(pattern)
    return None if gate is None else Reach(text, text.lower(), *gate)


@functools.cache
def _gate(pattern: re.Pattern[str]) -> tuple[frozenset[str], re.Pattern[str]] | None:
    needs, stop = required(pattern), stop_pattern(pattern)
    return None if needs is None or stop is None else (needs, stop)


@functools.cache
def _shortest(needed: frozenset[str]) -> tuple[str, ...]:
    """``needed`` without the strings holding another one ("weekend" holds "week": where it
    lies before a stop, so does "week")."""
    return tuple(sorted(w for w in needed if not any(o != w and o in w for o in needed)))


@functools.cache
def stop_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern of one character matching each character no match of ``pattern`` can hold
    (letters of either case are held; texts with characters that fold onto ASCII letters
    are not indexed at all), or None where the parse holds what this
    walk does not bound (any character, a negated set, a wide range, a back reference)."""
    c = importlib.import_module("re._constants")
    parser = importlib.import_module("re._parser")
    held: set[str] = set()
    word = False

    def hold(code: int) -> None:
        ch = chr(code)
        held.update({ch, ch.lower(), ch.upper()})  # either case, whatever the (local) flags

    def walk(items: Any) -> bool:
        nonlocal word
        for op, av in items:
            if op is c.LITERAL:
                hold(av)
            elif op in (c.ASSERT, c.ASSERT_NOT, c.AT):
                continue  # a look-around or an anchor holds no character of the match
            elif op is c.SUBPATTERN:
                if not walk(av[-1]):
                    return False
            elif op is c.BRANCH:
                if not all(walk(branch) for branch in av[1]):
                    return False
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                if not walk(av[-1]):
                    return False
            elif op is c.IN:
                for kind, value in av:
                    if kind is c.LITERAL:
                        hold(value)
                    elif kind is c.RANGE and value[1] - value[0] <= MAX_RANGE:
                        for code in range(value[0], value[1] + 1):
                            hold(code)
                    elif kind is c.CATEGORY and value in (c.CATEGORY_DIGIT, c.CATEGORY_WORD):
                        word = True  # \d is inside \w
                    else:
                        return False
            else:
                return False
        return True

    if not walk(parser.parse(pattern.pattern, pattern.flags).data) or not (held or word):
        return None
    others = "".join(sorted(re.escape(ch) for ch in held))
    return re.compile(rf"[^\w{others}]" if word else f"[^{others}]")
