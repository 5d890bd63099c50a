"""The TIMEX rules' parse answers ship as data and are what the parses say (issue #19)."""

from __future__ import annotations

import re

from topline.analyze import rule_facts, rule_filter, rule_starts
from topline.analyze.timex_grammar import PATTERNS


def test_the_shipped_rule_table_is_what_the_rules_parse_into() -> None:
    """``data/timex_rules.json`` is computed from the grammar's patterns; a changed rule
    fails here until the file is regenerated (``python -m topline.analyze.rule_table``)."""
    from topline.analyze.rule_table import TABLE, build, render, shipped_patterns

    assert TABLE.read_text(encoding="utf-8") == render(build(shipped_patterns()))


def test_every_grammar_rule_is_answered_from_the_table_without_parsing() -> None:
    from topline.analyze.quantities import PATTERN

    for pattern in (*PATTERNS, PATTERN):
        facts = rule_facts.shipped(pattern)
        assert facts is not None, pattern.pattern
        assert facts.required == rule_filter.required(pattern)
        assert facts.starts == rule_starts.prefixes(pattern)


def test_a_pattern_the_table_lacks_is_read_at_run_time() -> None:
    pattern = re.compile(r"(?<![\w])(?:the )?fiscal (?:year|quarter)", re.IGNORECASE)
    assert rule_facts.shipped(pattern) is None
    assert rule_filter.RuleFilter([pattern]).needs == (frozenset({"fiscal "}),)
    text = "In the fiscal year, and again this fiscal quarter."
    found = [m.span() for m in rule_starts.StartIndex(text).finditer(pattern)]
    assert found == [m.span() for m in pattern.finditer(text)] == [(3, 18), (35, 49)]


def test_the_same_source_with_other_flags_is_another_entry() -> None:
    case_sensitive = re.compile(PATTERNS[0].pattern)
    assert rule_facts.shipped(case_sensitive) is None
