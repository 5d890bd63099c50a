"""TempEval-3 scores for temporal expressions, computed from (span, type, value) triples.

Definitions follow UzZaman et al. (2013), *SemEval-2013 Task 1: TempEval-3*:

- **strict** span match: same start and end; **relaxed**: the spans overlap. Each gold
  expression is matched to at most one system expression (greedy, largest overlap first).
- span precision = matched / system count, recall = matched / gold count, F1 their harmonic mean.
- **attribute F1** (type, value): precision = relaxed matches whose attribute is also equal /
  system count, recall = the same count / gold count. **Attribute accuracy** = that count /
  relaxed matches (how good the attribute is where the span was found).

Values are compared as strings after :func:`normalize_value` (upper case, and TimeML's two
spellings of decades and centuries as durations, ``P1DE`` = ``P10Y``, ``P1CE`` = ``P100Y``, and
one-digit ISO weeks as two, ``2000-W7`` = ``2000-W07``, as some TempEval-3 annotators wrote them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Mention:
    """One temporal expression to score: character offsets, TimeML type, value (None = none)."""

    start: int
    end: int
    type: str
    value: str | None = None


@dataclass
class Counts:
    """Running counts over documents; :meth:`scores` turns them into the TempEval-3 figures."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    per_type: dict[str, Counts] = field(default_factory=dict)

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "strict", "relaxed", "type_ok", "value_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> dict[str, float]:
        return {
            "strict_p": _div(self.strict, self.system),
            "strict_r": _div(self.strict, self.gold),
            "strict_f1": f1(self.strict, self.system, self.gold),
            "relaxed_p": _div(self.relaxed, self.system),
            "relaxed_r": _div(self.relaxed, self.gold),
            "relaxed_f1": f1(self.relaxed, self.system, self.gold),
            "type_acc": _div(self.type_ok, self.relaxed),
            "type_f1": f1(self.type_ok, self.system, self.gold),
            "value_acc": _div(self.value_ok, self.relaxed),
            "value_f1": f1(self.value_ok, self.system, self.gold),
        }


def _div(a: int, b: int) -> float:
    return a / b if b else 0.0


def f1(correct: int, system: int, gold: int) -> float:
    p, r = _div(correct, system), _div(correct, gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def normalize_value(value: str | None) -> str | None:
    if value is None:
        return None
    v = value.strip().upper()
    v = re.sub(r"^P(\d+(?:\.\d+)?)DE$", lambda m: f"P{float(m.group(1)) * 10:g}Y", v)
    v = re.sub(r"^P(\d+(?:\.\d+)?)CE$", lambda m: f"P{float(m.group(1)) * 100:g}Y", v)
    return re.sub(r"-W(\d)(?!\d)", r"-W0\1", v)  # ISO weeks have two digits: 2000-W7 = 2000-W07


def match(gold: Sequence[Mention], system: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """One-to-one relaxed matches, the largest overlaps first (exact matches win)."""
    pairs = []
    for g in gold:
        for s in system:
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                exact = g.start == s.start and g.end == s.end
                pairs.append((exact, overlap, g, s))
    pairs.sort(key=lambda p: (not p[0], -p[1], p[2].start, p[3].start))
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _, _, g, s in pairs:
        if id(g) in used_g or id(s) in used_s:
            continue
        used_g.add(id(g))
        used_s.add(id(s))
        out.append((g, s))
    return out


def score_document(gold: Sequence[Mention], system: Sequence[Mention]) -> Counts:
    """Counts for one document, overall and per gold type (system count by system type)."""
    counts = Counts(gold=len(gold), system=len(system))
    types = {m.type for m in gold} | {m.type for m in system}
    for t in types:
        counts.per_type[t] = Counts(
            gold=sum(m.type == t for m in gold), system=sum(m.type == t for m in system)
        )
    for g, s in match(gold, system):
        exact = g.start == s.start and g.end == s.end
        type_ok = g.type == s.type
        value_ok = g.value is not None and normalize_value(g.value) == normalize_value(s.value)
        for c in (counts, counts.per_type[g.type]):
            c.relaxed += 1
            c.strict += exact
            c.type_ok += type_ok
            c.value_ok += value_ok
    return counts


def score_corpus(docs: Iterable[tuple[Sequence[Mention], Sequence[Mention]]]) -> Counts:
    total = Counts()
    for gold, system in docs:
        doc = score_document(gold, system)
        total.add(doc)
        for t, c in doc.per_type.items():
            total.per_type.setdefault(t, Counts()).add(c)
    return total
