"""Skip a brief rule's regular expression on a sentence that cannot hold a match of it.

Why: the brief asks a few long patterns of every sentence (page furniture, speech cues, the
past-time cues of the scorer and of Key background). Each is an alternation of dozens of
phrases that ignores case and opens with ``\\b`` or ``^\\W*``, so Python's engine tries every
phrase at every character; most sentences hold none of them. The furniture pattern alone
was ≈ 15 µs per sentence, ≈ 0.5 ms per brief (issue #19).

A :class:`Gate` reads the pattern's parse once (the ``re`` module's own parser, as
:func:`topline.analyze.rule_filter.required` does for the TIMEX rules) and keeps strings one
of which every match must contain: runs of literal characters on the pattern's mandatory
path, through groups and alternatives (one string per alternative). A sentence that holds
none of them (compared lower-cased) is answered "no match" without running the pattern; any
other runs it, so the answers are exactly the pattern's. Beyond ``rule_filter``'s reading,
a literal character that has no case ("©") counts too: a match holds it as written. A text
with a character the engine folds onto an ASCII letter when ignoring case (the Kelvin sign,
a long s …) always runs the pattern. The strings are read on first use, not at import, so
importing a rule module costs nothing more.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

#: A required ASCII string shorter than this is in most sentences ("in"): testing for it
#: costs more than it saves, so no test is made.
MIN_LITERAL = 3


#: Non-ASCII characters the engine matches to an ASCII letter when ignoring case (dotted
#: capital I, dotless i, long s, Kelvin sign): those of
#: :data:`topline.analyze.rule_filter.FOLDING_ONTO_ASCII` (a test keeps the two equal; that
#: module's package imports spaCy, which the brief does not need).
FOLDING_ONTO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _usable(option: frozenset[str]) -> bool:
    return bool(option) and all(len(s) >= MIN_LITERAL or not s.isascii() for s in option)


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of several sets that are each required: longest shortest string."""
    usable = [o for o in options if _usable(o)]
    if not usable:
        return None
    return max(usable, key=lambda o: (min(map(len, o)), -len(o)))


def _literal(code: int) -> bool:
    """A character a match holds as its lower-cased self: ASCII, or without case (the
    engine matches a character without case only as written, even when ignoring case)."""
    char = chr(code)
    return code < 128 or char.lower() == char == char.upper()


def _required(items: Any) -> frozenset[str] | None:
    """Strings one of which every match of this parsed sequence contains, or None."""
    c = importlib.import_module("re._constants")
    options: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            options.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op is c.LITERAL and _literal(av):
            run.append(chr(av))
            continue
        close_run()
        found: frozenset[str] | None
        if op is c.SUBPATTERN:
            found = _required(av[-1])
        elif op is c.BRANCH:
            parts = [_required(branch) for branch in av[1]]
            found = None
            if all(p is not None for p in parts):
                found = frozenset().union(*[p for p in parts if p is not None])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            found = _required(av[2])
        else:
            found = None  # optional, zero-width or a class: requires nothing we can test
        if found is not None:
            options.append(found)
    close_run()
    return _best(options)


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of ``pattern`` contains; None: no test."""
    parser = importlib.import_module("re._parser")
    return _required(parser.parse(pattern.pattern, pattern.flags).data)


class Gate:
    """``pattern``'s ``search`` and ``match``, not run where no match can be."""

    __slots__ = ("_needs", "_read", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._needs: tuple[str, ...] | None = None
        self._read = False

    def may_match(self, text: str) -> bool:
        """False only where ``pattern`` cannot match ``text`` (anywhere in it)."""
        if not self._read:
            found = required(self.pattern)
            self._needs = None if found is None else tuple(sorted(found))
            self._read = True
        needs = self._needs
        if needs is None:
            return True
        if not text.isascii() and FOLDING_ONTO_ASCII.search(text):
            return True
        return any(map(text.lower().__contains__, needs))

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.may_match(text) else None


def gate(pattern: re.Pattern[str]) -> Gate:
    """A :class:`Gate` over ``pattern`` (its strings read on first use)."""
    return Gate(pattern)
