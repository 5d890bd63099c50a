"""Where the shared scorer's value F1 is lost: every error by class, on each half of TBAQ.

``../shared/tools/score_timex.py`` computes value F1 as 2·V / (system + gold), where V counts
gold expressions whose *first* overlapping system expression (in text order) has a value equal
to the gold value or starting with it when the gold value has four or more characters
("1988-Q3" is right for gold "1988", "1988" is wrong for gold "1988-Q3"). Type does not count,
a prediction may match several gold expressions, and every prediction counts in the
denominator. So value F1 is lost three ways, each counted here with the scorer's own rules:

* **missed**: a gold expression no prediction overlaps (costs recall);
* **spurious**: a prediction that overlaps no gold expression (costs precision);
* **wrong value**: matched, but the value does not match; grouped by the shape of the gold value
  and of the system value (year, month, day, week, part of year, duration, …).

The last column is the value F1 on all of TBAQ if every error of that row were put right
(a missed one found with the right value, a spurious one removed), the others unchanged: what
the class is worth.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from benchmarks.timeml import TimeMLDoc
from topline.eval.timex_scorer import Mention

#: Value shapes, tested in order (the first that fits names the value).
SHAPES: tuple[tuple[str, str], ...] = (
    ("reference", r".*_REF"),
    ("duration", r"P.*"),
    ("time of day", r".*T(?:\d|MO|AF|EV|NI|DT).*"),
    ("week", r".*-W.*"),
    ("part of year", r".*-(?:Q|H|SP|SU|FA|WI).*"),
    ("unresolved (X)", r".*X.*"),
    ("year", r"\d{4}"),
    ("month", r"\d{4}-\d\d"),
    ("day", r"\d{4}-\d\d-\d\d"),
    ("decade or century", r"\d{2,3}"),
)


def shape(value: str | None) -> str:
    if not value:
        return "none"
    for name, pattern in SHAPES:
        if re.fullmatch(pattern, value):
            return name
    return "other"


def value_match(gold: str | None, system: str | None) -> bool:
    """The shared scorer's comparison, verbatim: equal, or a finer value inside the gold one."""
    g, s = gold or "", system or ""
    return g == s or (len(g) >= 4 and s.startswith(g))


def error_classes(docs: Sequence[TimeMLDoc], out: dict[str, list[Mention]]) -> Counter[str]:
    """Errors by class as the shared scorer counts them; also the totals it needs."""
    counts: Counter[str] = Counter()
    for d in docs:
        system = out[d.name]
        counts["#system"] += len(system)
        counts["#gold"] += len(d.gold)
        used: set[int] = set()
        for g in d.gold:
            hits = [k for k, s in enumerate(system) if s.start < g.end and g.start < s.end]
            used.update(hits)
            if not hits:
                counts["missed"] += 1
            elif value_match(g.value, system[hits[0]].value):
                counts["#right"] += 1
            else:
                counts[f"wrong: {shape(g.value)} <- {shape(system[hits[0]].value)}"] += 1
        counts["spurious"] += len(system) - len(used)
    return counts


def shared_error_table(parts: dict[str, Sequence[TimeMLDoc]], out: dict[str, list[Mention]]) -> str:
    """One row per class, one column per part, and what fixing the class is worth."""
    by_part = {name: error_classes(docs, out) for name, docs in parts.items()}
    total = by_part["all"]
    right, system, gold = total["#right"], total["#system"], total["#gold"]
    base = 2 * right / (system + gold)
    names = [n for n in sorted(total, key=lambda n: (-total[n], n)) if not n.startswith("#")]
    head = " | ".join(parts)
    lines = [
        f"| class | {head} | value F1 if fixed (now {base:.3f}) |",
        "|" + "---|" * (len(parts) + 2),
    ]
    for name in names:
        n = total[name]
        if name == "missed":
            fixed = 2 * (right + n) / (system + n + gold)
        elif name == "spurious":
            fixed = 2 * right / (system - n + gold)
        else:
            fixed = 2 * (right + n) / (system + gold)
        cells = " | ".join(str(c[name]) for c in by_part.values())
        lines.append(f"| {name} | {cells} | {fixed:.3f} |")
    return "\n".join(lines)
