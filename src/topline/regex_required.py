"""The strings every match of a regular expression must contain, read from its parse.

Why: two gates skip a pattern on a text that cannot hold a match of it, the TIMEX rules'
filter (:mod:`topline.analyze.rule_filter`, over whole articles) and the brief's gate
(:mod:`topline.brief.regex_gate`, over sentences). Both read the pattern's parse with the
``re`` module's own parser, so no reading of the source by hand can be wrong about it, and
keep a set of lower-cased strings one of which every match contains: runs of literal
characters on the mandatory path, through groups and alternatives (one string per
alternative). They differ only in which characters count as literal and which sets are
worth testing, so those two questions are the caller's; the walk is here, once. A
module of its own, not in either package: the brief must not import ``topline.analyze``
(its package imports spaCy).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import Any

#: Whether a character (its code point) is matched only by its lower-cased self.
Literal = Callable[[int], bool]
#: Whether a set of required strings is selective enough to test for.
Usable = Callable[[frozenset[str]], bool]


def _best(options: list[frozenset[str]], usable: Usable) -> frozenset[str] | None:
    """The most selective of several sets that are each required: longest shortest string."""
    kept = [o for o in options if usable(o)]
    if not kept:
        return None
    return max(kept, key=lambda o: (min(map(len, o)), -len(o)))


def _required(items: Any, literal: Literal, usable: Usable) -> frozenset[str] | None:
    """Strings one of which every match of this parsed sequence contains, or None."""
    c = importlib.import_module("re._constants")
    options: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            options.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op is c.LITERAL and literal(av):
            run.append(chr(av))
            continue
        close_run()
        found: frozenset[str] | None
        if op is c.SUBPATTERN:
            found = _required(av[-1], literal, usable)
        elif op is c.BRANCH:
            parts = [_required(branch, literal, usable) for branch in av[1]]
            found = None
            if all(p is not None for p in parts):
                found = frozenset().union(*[p for p in parts if p is not None])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            found = _required(av[2], literal, usable)
        else:
            found = None  # optional, zero-width or a class: requires nothing we can test
        if found is not None:
            options.append(found)
    close_run()
    return _best(options, usable)


def required_strings(
    pattern: re.Pattern[str], literal: Literal, usable: Usable
) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of ``pattern`` contains; None: no test."""
    parser = importlib.import_module("re._parser")
    return _required(parser.parse(pattern.pattern, pattern.flags).data, literal, usable)
