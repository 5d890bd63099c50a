"""Skip a regular expression over a text that cannot hold a match of it.

Why: the TIMEX grammar (:mod:`topline.analyze.timex_grammar`) runs some forty patterns over
every article; each opens with a look-behind and ignores case, so Python's engine tries it
at every character (no skipping ahead to a first letter). That was a fifth of topline's own
cost per article (issue #19), while most rules need a word most articles lack ("quarter",
"century", "Christmas", a season, a spoken year).

For each pattern, :func:`required` reads its parse (the ``re`` module's own parser, so no
reading of the source by hand can be wrong about it) and returns strings one of which every
match must contain: a run of ASCII literal characters on the pattern's mandatory path,
through groups and alternatives (one string per alternative). A text in which none of them
occurs (compared lower-cased) cannot match, and the pattern is not run: the matches are
exactly those of running it. A text holding a character that the engine folds onto an ASCII
letter when ignoring case (the Kelvin sign, a long s, a dotless i …) runs every pattern.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Sequence

from topline.analyze.rule_facts import shipped
from topline.regex_required import required_strings

#: A required string shorter than this is not worth testing (the rule is always run).
MIN_LITERAL = 2


def _ascii(code: int) -> bool:
    return code < 128


def _usable(option: frozenset[str]) -> bool:
    return bool(option) and min(map(len, option)) >= MIN_LITERAL


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of ``pattern`` contains; None: no test."""
    return required_strings(pattern, _ascii, _usable)


#: Non-ASCII characters the engine matches to an ASCII letter when ignoring case (dotted
#: capital I, dotless i, long s, Kelvin sign); :func:`folding_onto_ascii` finds them, and a
#: test keeps this list equal to it (computing it costs 0.17 CPU-s per process).
FOLDING_ONTO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def folding_onto_ascii() -> str:
    """Every non-ASCII character that ``[a-z]`` matches when ignoring case, in order."""
    others = "".join(map(chr, range(128, sys.maxunicode + 1)))
    return "".join(sorted(set(re.findall(r"[a-z]", others, re.IGNORECASE))))


class RuleFilter:
    """Which of ``patterns`` can match a text (see the module docstring)."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.needs = tuple(_required_of(p) for p in patterns)

    def may_match(self, text: str) -> list[bool]:
        """One flag per pattern: False only where the pattern cannot match ``text``.

        Rules share required strings (month names, units), so each string's answer is kept
        for the text: a string missing from the text is looked for through all of it once,
        not once per rule that needs it."""
        if not text.isascii() and FOLDING_ONTO_ASCII.search(text):
            return [True] * len(self.needs)
        lowered = text.lower()
        found: dict[str, bool] = {}
        out: list[bool] = []
        for need in self.needs:
            runs = need is None
            for s in need or ():
                here = found.get(s)
                if here is None:
                    here = found[s] = s in lowered
                if here:
                    runs = True
                    break
            out.append(runs)
        return out


def _required_of(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """:func:`required`, shipped for the TIMEX rules (:mod:`topline.analyze.rule_facts`)."""
    facts = shipped(pattern)
    return required(pattern) if facts is None else facts.required


@functools.cache
def rule_filter(patterns: tuple[re.Pattern[str], ...]) -> RuleFilter:
    """One filter per tuple of patterns, made on first use."""
    return RuleFilter(patterns)
