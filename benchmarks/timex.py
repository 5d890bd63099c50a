"""TempEval-3 temporal expressions: topline's grammar vs dateparser and spaCy entities.

Run: ``nice python benchmarks/timex.py [--limit N] [--errors K]`` from the repository root.
TimeBank (183 documents) is the development part; AQUAINT (73) is held out and reported
separately. Scores are computed by :mod:`topline.eval.timex_scorer` (TempEval-3 definitions).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from benchmarks.timeml import TimeMLDoc, read_corpus  # noqa: E402
from topline.analyze.timex import find_timexes, parse_anchor  # noqa: E402
from topline.eval.timex_scorer import Counts, Mention, score_corpus  # noqa: E402
from topline.nlp import get_nlp  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"
GRANULARITY = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d", 16: "%Y-%m-%dT%H:%M"}

System = Callable[[TimeMLDoc], list[Mention]]


def topline_system(docs: Sequence[TimeMLDoc]) -> dict[str, list[Mention]]:
    nlp = get_nlp()
    out: dict[str, list[Mention]] = {}
    for doc, parsed in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        out[doc.name] = [
            Mention(t.span.start, t.span.end, t.type, t.value)
            for t in find_timexes(parsed, doc.dct)
        ]
    return out


def union_system(docs: Sequence[TimeMLDoc]) -> dict[str, list[Mention]]:
    """The grammar's timexes plus spaCy DATE/TIME entities it does not overlap (unresolved)."""
    ours = topline_system(docs)
    theirs = spacy_system(docs)
    out = {}
    for name, mentions in ours.items():
        extra = [
            m
            for m in theirs[name]
            if not any(m.start < o.end and o.start < m.end for o in mentions)
        ]
        out[name] = sorted(mentions + extra, key=lambda m: m.start)
    return out


def spacy_system(docs: Sequence[TimeMLDoc]) -> dict[str, list[Mention]]:
    nlp = get_nlp()
    return {
        d.name: [
            Mention(e.start_char, e.end_char, e.label_, None)
            for e in parsed.ents
            if e.label_ in {"DATE", "TIME"}
        ]
        for d, parsed in zip(docs, nlp.pipe(x.text for x in docs), strict=True)
    }


def dateparser_system(docs: Sequence[TimeMLDoc]) -> dict[str, list[Mention]]:
    """search_dates with RELATIVE_BASE = DCT; each value is kept as a datetime for now."""
    from dateparser.search import search_dates

    out: dict[str, list[Mention]] = {}
    for d in docs:
        base, _ = parse_anchor(d.dct)
        found = search_dates(
            d.text, languages=["en"], settings={"RELATIVE_BASE": base or dt.datetime.now()}
        )
        mentions = []
        pos = 0
        for sub, when in found or []:
            start = d.text.find(sub, pos)
            if start < 0:
                continue
            pos = start + len(sub)
            kind = "TIME" if (when.hour, when.minute) != (0, 0) else "DATE"
            mentions.append(Mention(start, pos, kind, when.isoformat()))
        out[d.name] = mentions
    return out


def at_gold_granularity(gold: Sequence[Mention], system: list[Mention]) -> list[Mention]:
    """dateparser returns full datetimes: cut each to the overlapping gold value's shape."""
    out = []
    for s in system:
        value = None
        for g in gold:
            if g.start < s.end and s.start < g.end and g.value and s.value:
                fmt = GRANULARITY.get(len(g.value))
                if fmt and g.value[:4].isdigit():
                    value = dt.datetime.fromisoformat(s.value).strftime(fmt)
                break
        out.append(Mention(s.start, s.end, s.type, value))
    return out


def table(rows: list[tuple[str, str, Counts]]) -> str:
    head = (
        "| system | docs | gold | strict P | strict R | strict F1 | relaxed P | relaxed R "
        "| relaxed F1 | type acc | value acc | value F1 |"
    )
    lines = [head, "|" + "---|" * 12]
    for name, part, c in rows:
        s = c.scores()
        lines.append(
            f"| {name} | {part} | {c.gold} | {s['strict_p']:.3f} | {s['strict_r']:.3f} "
            f"| {s['strict_f1']:.3f} | {s['relaxed_p']:.3f} | {s['relaxed_r']:.3f} "
            f"| {s['relaxed_f1']:.3f} | {s['type_acc']:.3f} | {s['value_acc']:.3f} "
            f"| {s['value_f1']:.3f} |"
        )
    return "\n".join(lines)


def per_type_table(c: Counts) -> str:
    lines = [
        "| type | gold | system | strict F1 | relaxed F1 | type acc | value acc | value F1 |",
        "|" + "---|" * 8,
    ]
    for t in ("DATE", "TIME", "DURATION", "SET"):
        x = c.per_type.get(t, Counts())
        s = x.scores()
        lines.append(
            f"| {t} | {x.gold} | {x.system} | {s['strict_f1']:.3f} | {s['relaxed_f1']:.3f} "
            f"| {s['type_acc']:.3f} | {s['value_acc']:.3f} | {s['value_f1']:.3f} |"
        )
    return "\n".join(lines)


def print_errors(docs: Sequence[TimeMLDoc], sys_out: dict[str, list[Mention]], k: int) -> None:
    shown = 0
    for d in docs:
        system = sys_out[d.name]
        for g in d.gold:
            hits = [s for s in system if s.start < g.end and g.start < s.end]
            got = hits[0] if hits else None
            if got is None or (got.start, got.end, got.value) != (g.start, g.end, g.value):
                said = f"{d.text[got.start : got.end]!r} {got.type} {got.value}" if got else "-"
                print(
                    f"{d.name} {d.dct[:10]} gold {d.text[g.start : g.end]!r} {g.type} {g.value}"
                    f" | sys {said}"
                )
                shown += 1
        for s in system:
            if not any(s.start < g.end and g.start < s.end for g in d.gold):
                print(f"{d.name} spurious {d.text[s.start : s.end]!r} {s.type} {s.value}")
                shown += 1
        if shown >= k:
            return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=0, help="documents per part (0 = all)")
    parser.add_argument("--errors", type=int, default=0, help="print K errors on TimeBank")
    parser.add_argument("--no-dateparser", action="store_true", help="skip the slow baseline")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    docs = read_corpus(DATA)
    if args.limit:
        docs = [d for d in docs if d.part == "TimeBank"][: args.limit] + [
            d for d in docs if d.part == "AQUAINT"
        ][: args.limit]
    parts = {
        "all": docs,
        "TimeBank (dev)": [d for d in docs if d.part == "TimeBank"],
        "AQUAINT (held out)": [d for d in docs if d.part == "AQUAINT"],
    }
    systems: dict[str, Callable[[Sequence[TimeMLDoc]], dict[str, list[Mention]]]] = {
        "topline": topline_system,
        "spaCy DATE/TIME (span only)": spacy_system,
        "grammar ∪ spaCy spans": union_system,
    }
    if not args.no_dateparser:
        systems["dateparser search_dates"] = dateparser_system
    outputs = {}
    timings = {}
    for name, run in systems.items():
        t0 = time.perf_counter()
        outputs[name] = run(docs)
        timings[name] = time.perf_counter() - t0
    if "dateparser search_dates" in outputs:
        gold_of = {d.name: d.gold for d in docs}
        outputs["dateparser search_dates"] = {
            n: at_gold_granularity(gold_of[n], m)
            for n, m in outputs["dateparser search_dates"].items()
        }
    rows = []
    for part, part_docs in parts.items():
        for name in systems:
            counts = score_corpus((d.gold, outputs[name][d.name]) for d in part_docs)
            rows.append((name, f"{part} ({len(part_docs)})", counts))
    print(table(rows))
    print()
    print("Per type, topline, all documents:\n")
    print(per_type_table(score_corpus((d.gold, outputs["topline"][d.name]) for d in docs)))
    print()
    print("Per type, topline, AQUAINT (held out):\n")
    print(
        per_type_table(
            score_corpus((d.gold, outputs["topline"][d.name]) for d in parts["AQUAINT (held out)"])
        )
    )
    print()
    print(
        "Wall time (s, shared 2-core machine, noisy): "
        + ", ".join(f"{k} {v:.1f}" for k, v in timings.items())
    )
    if args.errors:
        print_errors(parts["TimeBank (dev)"], outputs["topline"], args.errors)


if __name__ == "__main__":
    main()
