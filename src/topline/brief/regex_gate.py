"""Skip a brief rule's regular expression on a sentence that cannot hold a match of it.

Why: the brief asks a few long patterns of every sentence (page furniture, speech cues, the
past-time cues of the scorer and of Key background). Each is an alternation of dozens of
phrases that ignores case and opens with ``\\b`` or ``^\\W*``, so Python's engine tries every
phrase at every character; most sentences hold none of them. The furniture pattern alone
was ≈ 15 µs per sentence, ≈ 0.5 ms per brief (issue #19).

A :class:`Gate` reads the pattern's parse once (:mod:`topline.regex_required`, the walk it
shares with the TIMEX rules' filter, :mod:`topline.analyze.rule_filter`) and keeps strings one
of which every match must contain: runs of literal characters on the pattern's mandatory
path, through groups and alternatives (one string per alternative). A sentence that holds
none of them (compared lower-cased) is answered "no match" without running the pattern; any
other runs it, so the answers are exactly the pattern's. The strings are looked for in one
pass, a pattern that spells them as a tree of their letters (:func:`any_of`): testing each
string with ``in`` walked the sentence once per string, dozens of times. Beyond ``rule_filter``'s reading,
a literal character that has no case ("©") counts too: a match holds it as written. A text
with a character the engine folds onto an ASCII letter when ignoring case (the Kelvin sign,
a long s …) always runs the pattern. The strings are read on first use, not at import, so
importing a rule module costs nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from topline.regex_required import required_strings

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


def _literal(code: int) -> bool:
    """A character a match holds as its lower-cased self: ASCII, or without case (the
    engine matches a character without case only as written, even when ignoring case)."""
    char = chr(code)
    return code < 128 or char.lower() == char == char.upper()


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of ``pattern`` contains; None: no test."""
    return required_strings(pattern, _literal, _usable)


def any_of(strings: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds any of ``strings`` (as written): their letters as a tree, so
    the engine tries at each position only the strings that begin with its character. A
    string that begins with another is left out (the shorter is found wherever it is)."""
    tree: dict[str, dict[str, Any]] = {}
    for string in sorted(strings):
        node = tree
        for char in string:
            node = node.setdefault(char, {})
        node.clear()  # the longer strings through here are found by this one
        node[""] = {}

    def spelled(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        branches = [re.escape(char) + spelled(rest) for char, rest in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(spelled(tree))


class Gate:
    """``pattern``'s ``search`` and ``match``, not run where no match can be."""

    __slots__ = ("_find", "_read", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._find: Callable[[str], re.Match[str] | None] | None = None
        self._read = False

    def may_match(self, text: str) -> bool:
        """False only where ``pattern`` cannot match ``text`` (anywhere in it)."""
        if not self._read:
            found = required(self.pattern)
            self._find = None if found is None else any_of(found).search
            self._read = True
        find = self._find
        if find is None:
            return True
        if not text.isascii() and FOLDING_ONTO_ASCII.search(text):
            return True
        return find(text.lower()) is not None

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.may_match(text) else None


def gate(pattern: re.Pattern[str]) -> Gate:
    """A :class:`Gate` over ``pattern`` (its strings read on first use)."""
    return Gate(pattern)
