"""Try a regular expression only where one of its matches can start.

Why: every TIMEX rule (:mod:`topline.analyze.timex_grammar`) opens with the look-behind
``(?<![\\w$£€@#/])`` and ignores case, which leaves Python's engine no prefix to skip ahead
to: ``finditer`` tries the whole rule at every character of the text, some forty times per
article. That was the timex step's cost (issue #19). But a match can only start at a
position where that look-behind holds (a word start, mostly) and on a character that can
open the rule ("J" for January, a digit for a year).

For each pattern, :func:`prefixes` reads its parse (the ``re`` module's own parser, as
:mod:`topline.analyze.rule_filter` does) and returns the first three characters a match can
open with (lower-cased: "jan" for January, "199" for a year). :class:`StartIndex` finds, in
one scan of a text, every position not inside a word, grouped by the three characters there;
:meth:`StartIndex.finditer` then tries the pattern with
``pattern.match`` at those positions only, left to right, skipping positions inside the last
match, which is how ``finditer`` itself proceeds: the matches are exactly ``finditer``'s (a
property test compares them on generated texts). A pattern that does not open with a
look-behind excluding word characters, may match the empty string, or may start on any character is run with
``finditer``, as is every pattern on a text holding a character the engine folds onto an
ASCII letter when ignoring case. In TIMEX tagging this cut the grammar's cost per article
to a third (docs/benchmarks.md).
"""

from __future__ import annotations

import functools
import importlib
import re
import string
from collections.abc import Callable, Iterator
from typing import Any

from topline.analyze.rule_facts import shipped
from topline.analyze.rule_filter import FOLDING_ONTO_ASCII

#: Positions not inside a word: an indexed pattern opens with a look-behind that excludes
#: at least the word characters (``(?<![\w$£€@#/])``, ``(?<![\w])``), so a match starts at
#: one of them. White space is indexed apart, only for a rule that can open with it.
_EDGE_SCAN = re.compile(r"(?<!\w)\S")
_EDGE_SPACE = re.compile(r"(?<!\w)\s")
#: A first character that stands for "any character outside ASCII" (digits of other
#: scripts for ``\d``, letters that a case-insensitive literal matches).
NON_ASCII = "\x00"
#: More characters than this in a class (``[^...]``, ``\w``, a wide range): any character.
MAX_CLASS = 128
#: How many characters of a match the index keys on: three tell "the" from "thi", "mar" from
#: "may" (two cost 2.6 ms per article in timex tagging, three 2.1).
KEY_LENGTH = 3
#: More opening strings than this for one rule: not indexed.
MAX_PREFIXES = 4000
#: Every non-ASCII character, replaced by :data:`NON_ASCII` for the keys.
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _constants() -> Any:
    return importlib.import_module("re._constants")


def _key(ch: str) -> str:
    """How a character is indexed: ASCII lower-cased, anything else as :data:`NON_ASCII`."""
    return ch.lower() if ch.isascii() else NON_ASCII


def _class_chars(items: Any) -> set[str] | None:
    """The keys of a class ``[...]``, or None when it is negated, a category other than
    digits, or wide."""
    c = _constants()
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(_key(chr(av)))
        elif op is c.RANGE:
            lo, hi = av
            if hi - lo > MAX_CLASS:
                return None
            out |= {_key(chr(code)) for code in range(lo, hi + 1)}
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            out |= set(string.digits) | {NON_ASCII}  # \d: every script's decimal digits
        else:
            return None
    return out


def _join(heads: set[str], tails: Callable[[int], set[str] | None], k: int) -> set[str] | None:
    """Each open head (shorter than ``k``) followed by what may come next, cut to ``k``."""
    out = {h for h in heads if len(h) == k}
    for n in {k - len(h) for h in heads if len(h) < k}:
        more = tails(n)
        if more is None:
            return None
        out |= {h + t for h in heads if len(h) == k - n for t in more}
    return out if len(out) <= MAX_PREFIXES else None


def _prefixes(items: Any, k: int) -> set[str] | None:
    """Keys of the first ``k`` characters of every match of a parsed sequence; a shorter
    string means the sequence may end there. None: anything may come."""
    heads: set[str] | None = {""}
    for item in items:
        if heads is None or all(len(h) == k for h in heads):
            break
        heads = _join(heads, functools.partial(_item, item), k)
    return heads


def _item(item: Any, k: int) -> set[str] | None:
    c = _constants()
    op, av = item
    if op is c.LITERAL:
        return {_key(chr(av))}
    if op is c.IN:
        return _class_chars(av)
    if op is c.SUBPATTERN:
        return _prefixes(av[-1], k)
    if op is c.ATOMIC_GROUP:
        return _prefixes(av, k)
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _prefixes(branch, k)
            if found is None:
                return None
            out |= found
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, body = av
        ends: set[str] = {""} if low == 0 else set()
        heads: set[str] | None = {""}
        for count in range(1, min(high, max(low, k)) + 1):
            heads = _join(heads, lambda n: _prefixes(body, n), k) if heads is not None else None
            if heads is None:
                return None
            if count >= low:
                ends |= heads
        return ends if len(ends) <= MAX_PREFIXES else None
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return {""}  # zero width: the next item opens the match
    if op is c.GROUPREF_EXISTS:  # ``(?(name)yes|no)``: a match goes on as one of the two
        _group, yes, no = av
        found_yes = _prefixes(yes, k)
        found_no = {""} if no is None else _prefixes(no, k)
        return None if found_yes is None or found_no is None else found_yes | found_no
    return None  # any character, a back-reference


def prefixes(pattern: re.Pattern[str], k: int = KEY_LENGTH) -> frozenset[str] | None:
    """The keys (:func:`_key`) of the first ``k`` characters a match of ``pattern`` can open
    with (shorter where a match can be shorter), or None when the pattern is not indexable
    (see the module docstring)."""
    parser = importlib.import_module("re._parser")
    parsed = parser.parse(pattern.pattern, pattern.flags).data
    if not _opens_at_word_edge(parsed):
        return None
    found = _prefixes(parsed, k)
    if found is None or "" in found:
        return None
    return frozenset(found)


def _opens_at_word_edge(items: Any) -> bool:
    """Whether a parsed pattern opens with a negative look-behind on a class holding ``\\w``
    (inside leading groups, in every alternative), so that no match starts right after a word character."""
    c = _constants()
    while items and items[0][0] is c.SUBPATTERN:
        items = items[0][1][-1]
    if items and items[0][0] is c.BRANCH:
        return all(_opens_at_word_edge(branch) for branch in items[0][1][1])
    if not items or items[0][0] is not c.ASSERT_NOT:
        return False
    direction, body = items[0][1]
    if direction != -1 or len(body) != 1 or body[0][0] is not c.IN:
        return False
    return (c.CATEGORY, c.CATEGORY_WORD) in body[0][1]


class StartIndex:
    """The positions of one text not inside a word, by the key of the :data:`KEY_LENGTH`
    characters there (:func:`_key`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        #: Folding characters match ASCII letters they are not: index nothing, run finditer.
        self.exact = text.isascii() or not FOLDING_ONTO_ASCII.search(text)
        by_key: dict[str, list[int]] = {}
        keys = ""
        if self.exact:
            keys = (text if text.isascii() else _NOT_ASCII.sub(NON_ASCII, text)).lower()
            for m in _EDGE_SCAN.finditer(text):
                pos = m.start()
                key = keys[pos : pos + KEY_LENGTH]
                positions = by_key.get(key)
                if positions is None:
                    by_key[key] = [pos]
                else:
                    positions.append(pos)
        self.by_key = by_key
        self._keys = keys if self.exact else ""
        self._spaces: dict[str, list[int]] | None = None

    def _space_keys(self) -> dict[str, list[int]]:
        """Positions of white space not inside a word, by key (made on first use: only a
        rule that can open with white space needs them)."""
        if self._spaces is None:
            self._spaces = {}
            for m in _EDGE_SPACE.finditer(self.text):
                pos = m.start()
                self._spaces.setdefault(self._keys[pos : pos + KEY_LENGTH], []).append(pos)
        return self._spaces

    def starts(
        self, keys: frozenset[str], short: tuple[str, ...] = (), space: bool = False
    ) -> list[int]:
        """Sorted positions whose key is one of ``keys`` or opens with one of ``short``
        (``space``: some of them open with white space)."""
        groups = [self.by_key, self._space_keys()] if space else [self.by_key]
        lists = [
            positions
            for group in groups
            for positions in (
                [group[k] for k in keys if k in group]
                if len(keys) < len(group)
                else [pos for k, pos in group.items() if k in keys]
            )
        ]
        if short:
            lists += [pos for group in groups for k, pos in group.items() if k.startswith(short)]
        if len(lists) == 1:
            return lists[0]
        return sorted(pos for positions in lists for pos in positions)

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Exactly ``pattern.finditer(text)``, trying the pattern only where a match can start."""
        keys = _prefixes_of(pattern)
        if keys is None or not self.exact:
            yield from pattern.finditer(self.text)
            return
        match, text, end = pattern.match, self.text, 0
        for pos in self.starts(*keys):
            if pos < end:
                continue
            m = match(text, pos)
            if m is not None:
                end = m.end()  # never empty: a match is KEY_LENGTH characters or more
                yield m


@functools.lru_cache(maxsize=1)
def start_index(text: str) -> StartIndex:
    """The index of ``text``, made once for the passes that scan the same article (the TIMEX
    rules, then the quantities grammar); only the last text's is kept."""
    return StartIndex(text)


@functools.cache
def _prefixes_of(
    pattern: re.Pattern[str],
) -> tuple[frozenset[str], tuple[str, ...], bool] | None:
    """:func:`prefixes` as :meth:`StartIndex.starts` takes them: full-length keys, shorter
    ones, and whether any opens with white space (shipped for the TIMEX rules:
    :mod:`topline.analyze.rule_facts`)."""
    facts = shipped(pattern)
    keys = prefixes(pattern) if facts is None else facts.starts
    if keys is None:
        return None
    short = tuple(sorted(k for k in keys if len(k) < KEY_LENGTH))
    return keys - set(short), short, any(k[0].isspace() for k in keys)
