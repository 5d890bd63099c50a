"""Build the table of the TIMEX rules' parse answers (a development tool).

The answers :mod:`topline.analyze.rule_facts` ships (``topline/data/timex_rules.json``): for
every rule of :mod:`topline.analyze.timex_grammar` and the quantities grammar, the strings a match must contain and the
keys a match can start with, as :mod:`topline.analyze.rule_filter` and
:mod:`topline.analyze.rule_starts` compute them. ``tests/test_rule_table.py`` rebuilds the
file and fails when the shipped one differs; regenerate after changing a rule (or Python's
``re`` parser)::

    python -m topline.analyze.rule_table

Nothing in topline imports this module at run time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from topline.analyze.rule_facts import RuleFacts, key
from topline.analyze.rule_filter import required
from topline.analyze.rule_starts import prefixes

#: Where the table ships.
TABLE = Path(__file__).resolve().parents[1] / "data" / "timex_rules.json"


def shipped_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns whose answers ship: the TIMEX rules, and the quantities grammar (which
    :mod:`topline.analyze.rule_starts` indexes too; its start keys cost 7 ms to read)."""
    from topline.analyze.quantities import PATTERN
    from topline.analyze.timex_grammar import PATTERNS

    return (*PATTERNS, PATTERN)


def build(patterns: Iterable[re.Pattern[str]]) -> dict[str, RuleFacts]:
    """Each pattern's answers, computed from its parse, in the patterns' order."""
    return {key(p): RuleFacts(required(p), prefixes(p)) for p in patterns}


def _words(words: frozenset[str] | None) -> list[str] | None:
    return None if words is None else sorted(words)


def render(table: dict[str, RuleFacts]) -> str:
    """The file's text: one pattern per line, so a changed rule shows as a one-line diff."""
    lines = [
        f"{json.dumps(name)}: "
        + json.dumps({"required": _words(facts.required), "starts": _words(facts.starts)})
        for name, facts in table.items()
    ]
    return "{\n" + ",\n".join(lines) + "\n}\n"


if __name__ == "__main__":  # pragma: no cover - the regeneration command
    PATTERNS = shipped_patterns()
    TABLE.write_text(render(build(PATTERNS)), encoding="utf-8")
    print(f"{TABLE}: {len(PATTERNS)} rules")
