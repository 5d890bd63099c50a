"""How consistently TBAQ's gold applies a TIMEX3 value convention, on each half.

Issue #18's value goal (0.86 on TBAQ) is the one dev goal not met; most of the loss lies in
classes where topline and the gold write different values for the same kind of expression.
A convention the guideline prescribes carries to any held-out TimeML set; an annotator's
habit does not. This table counts, for each kind of expression, the gold values written in
the guideline's form and the others, on the even and odd halves of TBAQ (the split of
``benchmarks/timex.py --halves``), so a convention is adopted only where the guideline
prescribes it *and* both halves apply it.

The forms are the TIMEX3 value grammar of TimeML 1.2.1 (``value ::= Duration | Date | Time |
WeekDate | WeekTime | Season | PartOfYear | PaPrFu``), with the TIDES 2005 conventions it
takes over: a year written as a year ("1949"), a decade as its three digits ("199"), ISO
weeks with two digits ("1998-W43"), a weekend of a week ("1998-W43-WE"), a quarter of a year
("1989-Q3"), fiscal years "FY1989", "N units ago" as the date reached, "night" as ``TNI``,
and the indexical words ("now", "currently", "recently", "soon", "the future") as
PRESENT_REF / PAST_REF / FUTURE_REF. A weekday is counted as the guideline's when it is one of
the two days the publication date (the DCT) gives it, the last or the next.

Run: ``nice python benchmarks/timex.py --conventions`` from the repository root.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from benchmarks.timeml import TimeMLDoc
from benchmarks.timex_shared_errors import value_match
from topline.eval.timex_scorer import Mention

#: (kind of expression, its span in the gold, the guideline's form of its value).
CONVENTIONS: tuple[tuple[str, str, str], ...] = (
    ('a year ("1949")', r"\d{4}", r"\d{4}"),
    ('a decade ("the 1990s")', r".*\d0s", r"\d{3}"),
    ("last / this / next week", r"(?:early |late )?(?:last|this|next) week", r"\d{4}-W\d\d"),
    ("the weekend", r".*\bweekend", r"\d{4}-W\d\d-WE"),
    ('a quarter ("the third quarter")', r".*\bquarter", r"\d{4}-Q\d"),
    ("fiscal YYYY", r".*\bfiscal \d{4}.*", r"FY\d{4}.*"),
    ("N units ago", r".*\b(?:years?|months?|weeks?|days?|decades?) ago", r"\d{3,4}(?:-.*)?"),
    ("… night", r".*\bnight|tonight", r".*TNI"),
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(
    rf"(?i)(?:on )?({'|'.join(_WEEKDAYS)})(?: (?:morning|afternoon|evening|night))?"
)
#: Indexical words the guideline marks (TIDES 2005: *_REF values).
REF_WORDS = ("now", "currently", "current", "recently", "soon", "future")


def _guideline_weekday(text: str, value: str | None, dct: str) -> bool | None:
    """Whether a bare weekday's gold is the last or the next such day from the DCT; None
    when the span is no bare weekday or its value no day."""
    m = _WEEKDAY.fullmatch(text.strip(" .,"))
    if m is None or not value or not re.match(r"\d{4}-\d\d-\d\d", value):
        return None
    published, gold = dt.date.fromisoformat(dct[:10]), dt.date.fromisoformat(value[:10])
    target = _WEEKDAYS.index(m.group(1).lower())
    last = published - dt.timedelta(days=(published.weekday() - target) % 7)
    following = published + dt.timedelta(days=(target - published.weekday()) % 7)
    return gold in (last, following)


def convention_table(parts: dict[str, Sequence[TimeMLDoc]]) -> str:
    """Gold values in the guideline's form / in another form, per kind and per half."""
    names = [p for p in parts if p != "all"]
    counts: Counter[tuple[str, str, bool]] = Counter()
    for part in names:
        for d in parts[part]:
            for g in d.gold:
                text = d.text[g.start : g.end]
                for kind, span, form in CONVENTIONS:
                    if re.fullmatch(span, text.strip(" .,"), re.I):
                        counts[kind, part, bool(re.fullmatch(form, g.value or ""))] += 1
                weekday = _guideline_weekday(text, g.value, d.dct)
                if weekday is not None:
                    counts["a bare weekday", part, weekday] += 1
            for word in REF_WORDS:
                for m in re.finditer(rf"(?i)\b{word}\b", d.text):
                    marked = any(g.start <= m.start() and m.end() <= g.end for g in d.gold)
                    counts[f'"{word}" (marked as *_REF)', part, marked] += 1
    kinds = [k for k, _, _ in CONVENTIONS] + ["a bare weekday"]
    kinds += [f'"{w}" (marked as *_REF)' for w in REF_WORDS]
    lines = [
        "| kind of expression | "
        + " | ".join(f"{p}: guideline's form / other" for p in names)
        + " |",
        "|---|" + "---|" * len(names),
    ]
    for kind in kinds:
        cells = [f"{counts[kind, p, True]} / {counts[kind, p, False]}" for p in names]
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


#: Topline's errors on TBAQ (as the shared scorer counts them) by the convention they turn on,
#: tested in order: (class, test on the error kind, gold span / value and system value).
_REF_WORD = re.compile(
    r"(?i)(?:the )?(?:now|currently|current|recently|most recently|presently|soon|(?:the )?"
    r"(?:foreseeable )?future|at the moment|as soon as possible|today|then current|yet|already|"
    r"previously|once|earlier|recent|the time|this crucial moment|a later date|"
    r"from time to time|one day|past years|future quarters)"
)
_PLURAL_UNIT = re.compile(r"(?i)\b(?:years|months|days|weeks|quarters)\b")


def error_class(kind: str, text: str, gold: str, system: str) -> str:
    """The convention an error of topline on TBAQ turns on (``kind``: missed, spurious or
    wrong; ``text`` the gold span, or the system's for a spurious one)."""
    t = text.lower().strip(" .,")
    if "_REF" in gold + system and _PLURAL_UNIT.search(t):
        return 'REF or a vague length ("recent years", "coming months")'
    if _REF_WORD.fullmatch(t) or (kind != "wrong" and "_REF" in gold + system):
        return 'REF word marked or not ("now", "recent", "soon")'
    if kind == "wrong" and "X" in gold and not gold.startswith("P"):
        if "W" in gold:
            return "week written WXX"
        return "quarter or fiscal period" if "Q" in gold else "X-padded value of a stated date"
    if re.search(r"\bweek\b", t):
        return "week, another form (unpadded, a day, a month, P1W)"
    if "weekend" in t:
        return "weekend"
    if kind == "wrong" and re.search(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", t):
        return "weekday"
    if re.search(
        r"quarter|fiscal|period|year-earlier|a year (?:earlier|ago)|last year|the year$", t
    ):
        return "quarter or fiscal period"
    if kind == "spurious" and re.search(
        r"^(?:a|per) (?:year|week|month|day|second)$|daily|annually|24 hours|24-hour", t
    ):
        return "rate or SET marked or not"
    if re.search(
        r"^(?:the )?(?:weeks|days|day|first day|eighth day|second day|years)$|years-old|"
        r"decades-long|month-old|post-|p\.m|a\.m|ten days|10 days",
        t,
    ):
        return "anchored by an event, or a bare unit"
    if gold.startswith("P") or system.startswith("P"):
        return "length: unit letters, vague or marked or not"
    return "other (gold omits a markable, gold typos, single cases)"


def error_class_table(parts: dict[str, Sequence[TimeMLDoc]], out: dict[str, list[Mention]]) -> str:
    """Topline's errors by :func:`error_class`, per half (the shared scorer's counting)."""
    names = [p for p in parts if p != "all"]
    counts: Counter[tuple[str, str]] = Counter()
    for part in names:
        for d in parts[part]:
            system = out[d.name]
            used: set[int] = set()
            for g in d.gold:
                hits = [k for k, s in enumerate(system) if s.start < g.end and g.start < s.end]
                used.update(hits)
                text = d.text[g.start : g.end]
                if not hits:
                    counts[error_class("missed", text, g.value or "", ""), part] += 1
                elif not value_match(g.value, system[hits[0]].value):
                    sv = system[hits[0]].value or ""
                    counts[error_class("wrong", text, g.value or "", sv), part] += 1
            for k, s in enumerate(system):
                if k not in used:
                    text = d.text[s.start : s.end]
                    counts[error_class("spurious", text, "", s.value or ""), part] += 1
    classes = sorted({c for c, _ in counts}, key=lambda c: -sum(counts[c, p] for p in names))
    lines = ["| class | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for c in classes:
        lines.append(f"| {c} | " + " | ".join(str(counts[c, p]) for p in names) + " |")
    return "\n".join(lines)
