"""What the TIMEX rules' parses say, read ahead of time (issue #19's cold start).

:func:`topline.analyze.rule_filter.required` (the strings a match must contain) and
:func:`topline.analyze.rule_starts.prefixes` (where a match can start) read a pattern's parse
with the ``re`` module's own parser: ≈ 40 ms per process for the forty TIMEX rules, paid on
the first article, a third of topline's own cost in a one-article ``topline brief`` after the
model has loaded. Both answers depend on the pattern alone, so
:mod:`topline.analyze.rule_table` computes them for the grammar's rules and ships them as
``topline/data/timex_rules.json``. An entry is keyed by the pattern's flags and source: a
changed or new pattern finds none and is read at run time (slower, never wrong), and
``tests/test_rule_table.py`` rebuilds the file and fails when it differs.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class RuleFacts:
    """One pattern's answers: ``required`` as :func:`~topline.analyze.rule_filter.required`
    gives it, ``starts`` as :func:`~topline.analyze.rule_starts.prefixes` does (None: no
    test, no index)."""

    required: frozenset[str] | None
    starts: frozenset[str] | None


def key(pattern: re.Pattern[str]) -> str:
    """The table's key of a pattern: its flags and its source."""
    return f"{pattern.flags}:{pattern.pattern}"


def shipped(pattern: re.Pattern[str]) -> RuleFacts | None:
    """The shipped answers for ``pattern``, or None when the table does not hold it."""
    return _table().get(key(pattern))


def _set(words: list[str] | None) -> frozenset[str] | None:
    return None if words is None else frozenset(words)


@functools.cache
def _table() -> dict[str, RuleFacts]:
    raw = resources.files("topline").joinpath("data/timex_rules.json").read_text(encoding="utf-8")
    return {
        name: RuleFacts(_set(entry["required"]), _set(entry["starts"]))
        for name, entry in json.loads(raw).items()
    }
