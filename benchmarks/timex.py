"""TempEval-3 temporal expressions: topline's grammar vs dateparser and spaCy entities.

Run: ``nice python benchmarks/timex.py [--limit N] [--errors K]`` from the repository root.
TimeBank (183 documents) is the development part; AQUAINT (73) is held out and reported
separately. Scores are computed by :mod:`topline.eval.timex_scorer` (TempEval-3 definitions)
and, on the same predictions, by the independent ``../shared/tools/score_timex.py``. Each
anchoring convention (``auto``, ``publication``, ``narrative``; see
:mod:`topline.analyze.timex_narrative`) is measured on TBAQ and on the project's own narrative
fixtures (``benchmarks/data/narrative_timex.jsonl``, passages written for the project).
``--halves`` splits TBAQ by document instead (even positions for rule writing, odd ones to
check that a rule carries) and scores topline and dateparser on each half with both scorers.
``--shared-errors`` counts topline's errors the way the shared scorer does (missed, spurious,
wrong value by shape; :mod:`benchmarks.timex_shared_errors`) on each half; ``--conventions``
how often the gold writes each kind of value in the guideline's form, per half
(:mod:`benchmarks.timex_conventions`). ``--fresh`` scores
the blind set (``benchmarks/data/fresh_timex.jsonl``: news and history passages written before
any error of the eighth session was read, never used to find rules) by kind of passage, and
lists its errors; ``--fresh2`` to ``--fresh8`` score the ninth to fifteenth sessions' blind
sets and print the table alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc  # noqa: E402

from benchmarks.timeml import TimeMLDoc, read_corpus  # noqa: E402
from topline.analyze.timex import Convention, find_timexes, parse_anchor  # noqa: E402
from topline.eval.timex_scorer import Counts, Mention, score_corpus  # noqa: E402
from topline.nlp import get_nlp  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"
SHARED_SCORER = ROOT.parent / "shared" / "tools" / "score_timex.py"
NARRATIVE = ROOT / "benchmarks" / "data" / "narrative_timex.jsonl"
#: Passages written before any error of the eighth session was looked at (#18): scored blind
#: once before the work and once after it, never used to find rules.
FRESH = ROOT / "benchmarks" / "data" / "fresh_timex.jsonl"
#: The ninth session's blind set (9 passages: sport, courts, markets, politics, weather, health,
#: local news, two histories): scored at the session's start and end only, its errors never
#: printed (``--fresh2`` shows the table alone).
FRESH2 = ROOT / "benchmarks" / "data" / "fresh_timex2.jsonl"
#: The tenth session's blind set (9 passages, 130 timexes: an earnings report with quarters and
#: a fiscal year, a court schedule, a baseball off-season, an election, a rail strike, a cold
#: snap, a study, two histories): scored at the start and end only (``--fresh3``, table alone).
FRESH3 = ROOT / "benchmarks" / "data" / "fresh_timex3.jsonl"
#: The eleventh session's blind set (9 passages, 112 timexes: a Senate vote, a sentencing,
#: markets on a jobs report, a heat wave, flu clinics, a marathon, an obituary, a bus contract
#: and a history of a 1912 flood): scored at the start and end only (``--fresh4``, table alone).
FRESH4 = ROOT / "benchmarks" / "data" / "fresh_timex4.jsonl"
#: The twelfth session's blind set (10 passages, 119 timexes: a port strike, an earnings report
#: with a fiscal year, a league title, a trial delay, an ice storm forecast, a budget vote, oil
#: prices, clinic hours, a fare freeze at the year's turn, and a history of a 1963 winter):
#: scored at the start and end only (``--fresh5``, table alone).
FRESH5 = ROOT / "benchmarks" / "data" / "fresh_timex5.jsonl"
#: The thirteenth session's blind set (10 passages, 126 timexes: a press release with fiscal
#: quarters, a parliamentary vote, a court schedule, an obituary, sports fixtures, a news
#: analysis in mixed tenses, school bus times, a drug approval, and histories of a 1907 mine
#: explosion and an 1871 whaling voyage): scored at the start and end only (``--fresh6``).
FRESH6 = ROOT / "benchmarks" / "data" / "fresh_timex6.jsonl"
#: The fourteenth session's blind set (10 passages, 128 timexes, narrative history with the
#: publication far from the narrated time: histories of a war, a city and a siege, two
#: biographies, an obituary, a company history, an epidemic, and two news retrospectives):
#: scored at the start and end only (``--fresh7``, table alone).
FRESH7 = ROOT / "benchmarks" / "data" / "fresh_timex7.jsonl"
#: The fifteenth session's blind set (10 passages, 125 timexes: five news items of different
#: kinds, a wire politics story, quarterly results, a sentencing, a marathon and a cold-weather
#: warning, and five narratives far from their publication date, a town's history, an
#: obituary, a company history, a flood retrospective and a war's campaign), written by the
#: blind lane, which reads no set's errors: scored at the start and end only (``--fresh8``).
FRESH8 = ROOT / "benchmarks" / "data" / "fresh_timex8.jsonl"
CONVENTIONS: tuple[Convention, ...] = ("auto", "publication", "narrative")
GRANULARITY = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d", 16: "%Y-%m-%dT%H:%M"}

System = Callable[[TimeMLDoc], list[Mention]]


_PARSED: dict[str, Doc] = {}


def parsed(docs: Sequence[TimeMLDoc]) -> list[Doc]:
    """One spaCy pass per document for every system that reads the parse."""
    todo = [d for d in docs if d.name not in _PARSED]
    for d, p in zip(todo, get_nlp().pipe(x.text for x in todo), strict=True):
        _PARSED[d.name] = p
    return [_PARSED[d.name] for d in docs]


def topline_system(
    docs: Sequence[TimeMLDoc], convention: Convention = "auto"
) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = {}
    for doc, p in zip(docs, parsed(docs), strict=True):
        out[doc.name] = [
            Mention(t.span.start, t.span.end, t.type, t.value)
            for t in find_timexes(p, doc.dct, convention=convention)
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
    return {
        d.name: [
            Mention(e.start_char, e.end_char, e.label_, None)
            for e in p.ents
            if e.label_ in {"DATE", "TIME"}
        ]
        for d, p in zip(docs, parsed(docs), strict=True)
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


def write_predictions(path: Path, docs: Sequence[TimeMLDoc], out: dict[str, list[Mention]]) -> None:
    """Predictions in the shared scorer's format (offsets into the same plain text)."""
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            spans = [
                {"start": m.start, "end": m.end, "type": m.type, "value": m.value}
                for m in out[d.name]
            ]
            f.write(json.dumps({"doc": d.name, "timexes": spans}) + "\n")


def shared_table(
    docs: Sequence[TimeMLDoc], outputs: dict[str, dict[str, list[Mention]]], pred_dir: Path
) -> str:
    """The independent scorer on every system's predictions, and on its own dateparser run."""
    pred_dir.mkdir(parents=True, exist_ok=True)
    lines = [
        f"Shared scorer ({SHARED_SCORER.name}), all {len(docs)} documents:",
        "",
        "| system | strict F1 | relaxed F1 | value F1 | type acc |",
        "|---|---|---|---|---|",
    ]
    runs: list[tuple[str, list[str]]] = []
    for name, out in outputs.items():
        if name.startswith(("spaCy", "grammar")):
            continue
        path = pred_dir / (re.sub(r"\W+", "-", name).strip("-") + ".jsonl")
        write_predictions(path, docs, out)
        runs.append((name, ["--pred", str(path)]))
    runs.append(("dateparser (the scorer's own baseline)", []))
    for name, extra in runs:
        done = subprocess.run(
            [sys.executable, str(SHARED_SCORER), str(DATA), *extra],
            capture_output=True,
            text=True,
            check=True,
        )
        m = re.search(
            r"strict F1 ([\d.]+)\s+relaxed F1 ([\d.]+)\s+value F1 ([\d.]+)\s+type acc ([\d.]+)",
            done.stdout,
        )
        cells = " | ".join(m.groups()) if m else done.stdout.strip()
        lines.append(f"| {name} | {cells} |")
    return "\n".join(lines)


def halves(docs: Sequence[TimeMLDoc]) -> dict[str, list[TimeMLDoc]]:
    """TBAQ split by document: even positions (in file order) for rule writing, odd ones
    for checking that a rule carries. Both halves mix AQUAINT and TimeBank files."""
    return {"all": list(docs), "even (dev)": list(docs[0::2]), "odd (check)": list(docs[1::2])}


def shared_scores(docs: Sequence[TimeMLDoc], out: dict[str, list[Mention]], tmp: Path) -> str:
    """The shared scorer on a subset of TBAQ: it reads every file of a directory, so the
    subset is a directory of links to its files."""
    subset = tmp / "tml"
    if subset.exists():
        for link in subset.iterdir():
            link.unlink()
    subset.mkdir(parents=True, exist_ok=True)
    for d in docs:
        source = DATA / d.part / f"{d.name}.tml"
        (subset / source.name).symlink_to(source)
    pred = tmp / "pred.jsonl"
    write_predictions(pred, docs, out)
    done = subprocess.run(
        [sys.executable, str(SHARED_SCORER), str(subset), "--pred", str(pred)],
        capture_output=True,
        text=True,
        check=True,
    )
    m = re.search(r"strict F1 ([\d.]+)\s+relaxed F1 ([\d.]+)\s+value F1 ([\d.]+)", done.stdout)
    return " | ".join(m.groups()) if m else done.stdout.strip()


def halves_table(
    docs: Sequence[TimeMLDoc], outputs: dict[str, dict[str, list[Mention]]], pred_dir: Path
) -> str:
    """Each system on TBAQ and its odd/even halves, by topline's scorer and the shared one."""
    lines = [
        "| system | part | docs | gold | strict F1 | relaxed F1 | value F1 "
        "| shared strict F1 | shared relaxed F1 | shared value F1 |",
        "|" + "---|" * 10,
    ]
    for name, out in outputs.items():
        if name.startswith(("spaCy", "grammar")):
            continue
        for part, part_docs in halves(docs).items():
            s = score_corpus((d.gold, out[d.name]) for d in part_docs).scores()
            shared = shared_scores(part_docs, out, pred_dir / "halves")
            lines.append(
                f"| {name} | {part} | {len(part_docs)} | {sum(len(d.gold) for d in part_docs)} "
                f"| {s['strict_f1']:.3f} | {s['relaxed_f1']:.3f} | {s['value_f1']:.3f} "
                f"| {shared} |"
            )
    return "\n".join(lines)


def narrative_table() -> str:
    """Each convention on the project's own narrative (and one news) fixture passages."""
    records = [json.loads(line) for line in NARRATIVE.read_text(encoding="utf-8").splitlines()]
    all_docs = [
        TimeMLDoc(
            r["id"],
            r.get("part", "dev"),
            r["text"],
            r["published"],
            tuple(Mention(g["start"], g["end"], g["type"], g["value"]) for g in r["gold"]),
        )
        for r in records
    ]
    lines = [
        f"Fixtures ({NARRATIVE.name}: {len(all_docs)} passages, "
        f"{sum(len(d.gold) for d in all_docs)} gold timexes; dev = written with the rules, "
        "held-out = written after them), topline's scorer:",
        "",
        "| system | part | passages | gold | strict F1 | relaxed F1 | value F1 | value acc |",
        "|---|---|---|---|---|---|---|---|",
    ]
    systems = {f"topline, {c}": (lambda d, c=c: topline_system(d, c)) for c in CONVENTIONS}
    systems["dateparser search_dates"] = lambda d: {
        n: at_gold_granularity(next(x.gold for x in d if x.name == n), m)
        for n, m in dateparser_system(d).items()
    }
    for name, run in systems.items():
        out = run(all_docs)
        for part in ("dev", "held-out"):
            docs = [d for d in all_docs if d.part == part]
            s = score_corpus((d.gold, out[d.name]) for d in docs).scores()
            lines.append(
                f"| {name} | {part} | {len(docs)} | {sum(len(d.gold) for d in docs)} "
                f"| {s['strict_f1']:.3f} | {s['relaxed_f1']:.3f} | {s['value_f1']:.3f} "
                f"| {s['value_acc']:.3f} |"
            )
    return "\n".join(lines)


def fresh_table(show_errors: bool = False, path: Path = FRESH) -> str:
    """topline (auto convention) and dateparser on a blind set, by kind of passage."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    docs = [
        TimeMLDoc(
            r["id"],
            r["kind"],
            r["text"],
            r["published"],
            tuple(Mention(g["start"], g["end"], g["type"], g["value"]) for g in r["gold"]),
        )
        for r in records
    ]
    lines = [
        f"Blind set ({path.name}: {len(docs)} passages, {sum(len(d.gold) for d in docs)} "
        "gold timexes), topline's scorer:",
        "",
        "| system | kind | passages | gold | strict F1 | relaxed F1 | value F1 | value acc |",
        "|---|---|---|---|---|---|---|---|",
    ]
    ours = topline_system(docs)
    theirs = {
        n: at_gold_granularity(next(x.gold for x in docs if x.name == n), m)
        for n, m in dateparser_system(docs).items()
    }
    for name, out in (("topline", ours), ("dateparser search_dates", theirs)):
        for kind in ("all", "news", "narrative"):
            part = [d for d in docs if kind in ("all", d.part)]
            s = score_corpus((d.gold, out[d.name]) for d in part).scores()
            lines.append(
                f"| {name} | {kind} | {len(part)} | {sum(len(d.gold) for d in part)} "
                f"| {s['strict_f1']:.3f} | {s['relaxed_f1']:.3f} | {s['value_f1']:.3f} "
                f"| {s['value_acc']:.3f} |"
            )
    if show_errors:
        lines.append("")
        for d in docs:
            found = {(m.start, m.end, m.type, m.value) for m in ours[d.name]}
            gold = {(g.start, g.end, g.type, g.value) for g in d.gold}
            for s0, e0, t0, v0 in sorted(gold - found):
                lines.append(f"- {d.name} gold    {d.text[s0:e0]!r} {t0} {v0}")
            for s0, e0, t0, v0 in sorted(found - gold):
                lines.append(f"- {d.name} topline {d.text[s0:e0]!r} {t0} {v0}")
    return "\n".join(lines)


#: Value-error classes, in the order they are tested (the first that fits names the error).
ERROR_CLASSES = (
    "type differs",
    "no value given",
    "gold unresolved (XXXX, WXX, QX)",
    "reference (PRESENT/PAST/FUTURE_REF)",
    "duration value",
    "set value",
    "time of day",
    "week",
    "quarter, half or season",
    "granularity",
    "anchor (same granularity, other date)",
    "other",
)


def error_class(gold: Mention, system: Mention) -> str:
    """The class of a value error on a relaxed match (see :data:`ERROR_CLASSES`)."""
    g, s = gold.value or "", system.value or ""
    if gold.type != system.type:
        return ERROR_CLASSES[0]
    if not s:
        return ERROR_CLASSES[1]
    if "X" in g and not g.startswith("P"):
        return ERROR_CLASSES[2]
    if "REF" in g or "REF" in s:
        return ERROR_CLASSES[3]
    if gold.type == "DURATION":
        return ERROR_CLASSES[4]
    if gold.type == "SET":
        return ERROR_CLASSES[5]
    if "T" in g or "T" in s:
        return ERROR_CLASSES[6]
    if "W" in g or "W" in s:
        return ERROR_CLASSES[7]
    if re.search(r"-(?:Q|H|SP|SU|FA|WI)", g + " " + s):
        return ERROR_CLASSES[8]
    if len(g) != len(s) and (g.startswith(s) or s.startswith(g)):
        return ERROR_CLASSES[9]
    if len(g) == len(s):
        return ERROR_CLASSES[10]
    return ERROR_CLASSES[11]


def value_error_table(docs: Sequence[TimeMLDoc], out: dict[str, list[Mention]]) -> str:
    """Value errors on relaxed matches, counted by class, per part of TBAQ."""
    from topline.eval.timex_scorer import match, normalize_value

    counts: dict[str, dict[str, int]] = {c: {"TimeBank": 0, "AQUAINT": 0} for c in ERROR_CLASSES}
    for d in docs:
        for g, s in match(d.gold, out[d.name]):
            if g.value is None or normalize_value(g.value) != normalize_value(s.value):
                counts[error_class(g, s)][d.part] += 1
    lines = ["| class | TimeBank | AQUAINT | all |", "|---|---|---|---|"]
    for name, c in counts.items():
        lines.append(f"| {name} | {c['TimeBank']} | {c['AQUAINT']} | {sum(c.values())} |")
    total = {p: sum(c[p] for c in counts.values()) for p in ("TimeBank", "AQUAINT")}
    lines.append(f"| all | {total['TimeBank']} | {total['AQUAINT']} | {sum(total.values())} |")
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
    parser.add_argument(
        "--value-errors", action="store_true", help="only topline's value errors by class"
    )
    parser.add_argument("--no-dateparser", action="store_true", help="skip the slow baseline")
    parser.add_argument(
        "--fixtures-only", action="store_true", help="only the narrative fixtures table"
    )
    parser.add_argument(
        "--fresh", action="store_true", help="only the blind set (fresh_timex.jsonl), with errors"
    )
    parser.add_argument(
        "--fresh2",
        action="store_true",
        help="only the second blind set (fresh_timex2.jsonl), scores alone, no errors",
    )
    parser.add_argument(
        "--fresh3",
        action="store_true",
        help="only the third blind set (fresh_timex3.jsonl), scores alone, no errors",
    )
    parser.add_argument(
        "--fresh4",
        action="store_true",
        help="only the fourth blind set (fresh_timex4.jsonl), scores alone, no errors",
    )
    parser.add_argument(
        "--fresh5",
        action="store_true",
        help="only the fifth blind set (fresh_timex5.jsonl), scores alone, no errors",
    )
    parser.add_argument(
        "--fresh6",
        action="store_true",
        help="only the sixth blind set (fresh_timex6.jsonl), scores alone, no errors",
    )
    parser.add_argument(
        "--fresh7",
        action="store_true",
        help="only the seventh blind set (fresh_timex7.jsonl), scores alone, no errors",
    )
    parser.add_argument(
        "--fresh8",
        action="store_true",
        help="only the eighth blind set (fresh_timex8.jsonl), scores alone, no errors",
    )
    parser.add_argument(
        "--halves",
        action="store_true",
        help="only the odd/even split: topline and dateparser by both scorers, and the fixtures",
    )
    parser.add_argument(
        "--shared-errors",
        action="store_true",
        help="only topline's errors as the shared scorer counts them, by class, per half",
    )
    parser.add_argument(
        "--conventions",
        action="store_true",
        help="only how often TBAQ's gold writes each value in the guideline's form, per half",
    )
    parser.add_argument(
        "--pred-dir", type=Path, default=Path("/tmp/topline-timex"), help="predictions (JSONL)"
    )
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    if args.fixtures_only:
        print(narrative_table())
        return
    if args.fresh:
        print(fresh_table(show_errors=True))
        return
    blind = (
        (args.fresh2, FRESH2),
        (args.fresh3, FRESH3),
        (args.fresh4, FRESH4),
        (args.fresh5, FRESH5),
        (args.fresh6, FRESH6),
        (args.fresh7, FRESH7),
        (args.fresh8, FRESH8),
    )
    for asked, path in blind:
        if asked:  # a blind set prints its table alone, never its errors
            print(fresh_table(show_errors=False, path=path))
            return
    docs = read_corpus(DATA)
    if args.limit:
        docs = [d for d in docs if d.part == "TimeBank"][: args.limit] + [
            d for d in docs if d.part == "AQUAINT"
        ][: args.limit]
    if args.value_errors:
        print(value_error_table(docs, topline_system(docs)))
        return
    if args.conventions:
        from benchmarks.timex_conventions import convention_table, error_class_table

        print(convention_table(halves(docs)))
        print()
        print(error_class_table(halves(docs), topline_system(docs)))
        return
    if args.shared_errors:
        from benchmarks.timex_shared_errors import shared_error_table

        print(shared_error_table(halves(docs), topline_system(docs)))
        return
    if args.halves:
        gold_of = {d.name: d.gold for d in docs}
        outputs_h = {"topline": topline_system(docs)}
        if not args.no_dateparser:
            outputs_h["dateparser search_dates"] = {
                n: at_gold_granularity(gold_of[n], m) for n, m in dateparser_system(docs).items()
            }
        print(halves_table(docs, outputs_h, args.pred_dir))
        print()
        print(narrative_table())
        return
    parts = {
        "all": docs,
        "TimeBank (dev)": [d for d in docs if d.part == "TimeBank"],
        "AQUAINT (held out)": [d for d in docs if d.part == "AQUAINT"],
    }
    systems: dict[str, Callable[[Sequence[TimeMLDoc]], dict[str, list[Mention]]]] = {
        "topline": topline_system,
        "topline, publication convention": lambda d: topline_system(d, "publication"),
        "topline, narrative convention": lambda d: topline_system(d, "narrative"),
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
    print()
    print(shared_table(docs, outputs, args.pred_dir))
    print()
    print(narrative_table())
    if args.errors:
        print_errors(parts["TimeBank (dev)"], outputs["topline"], args.errors)


if __name__ == "__main__":
    main()
