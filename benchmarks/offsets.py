"""Do the spans of the public API index the text the caller passed? Clean vs input offsets.

Two measures, each in ``offsets="clean"`` (spans into ``article.text``, read against the input
as a caller would) and ``offsets="input"``:

1. TempEval-3 (AQUAINT, held out; TimeBank with ``--dev``): the timexes of
   ``topline.extract(text)`` scored against the gold TIMEX3 spans of the document text, strict
   and relaxed span F1 (TempEval-3 definitions, :mod:`topline.eval.timex_scorer`);
2. news-summaries articles: the share of every span of the analysis and of every brief element
   whose input text reads as the element (:func:`topline.offsets.same_text`).

It also reports what the conversion costs: CPU seconds of ``in_offsets`` over CPU seconds of
the analysis it converts, in the same run.

Run: ``nice python benchmarks/offsets.py [--limit N] [--dev]`` from the repository root.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from benchmarks.timeml import read_corpus  # noqa: E402
from topline.analyze import analyze  # noqa: E402
from topline.brief import make_brief  # noqa: E402
from topline.eval.timex_scorer import Mention, score_corpus  # noqa: E402
from topline.ingest import article_from_text  # noqa: E402
from topline.model import Analysis, Brief, Span, join_pieces  # noqa: E402
from topline.offsets import in_offsets, same_text  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def _spans(obj: object) -> list[Span]:
    import dataclasses

    if isinstance(obj, Span):
        return [obj]
    if isinstance(obj, tuple):
        return [s for item in obj for s in _spans(item)]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        if type(obj).__name__ == "Article":
            return []
        return [s for f in dataclasses.fields(obj) for s in _spans(getattr(obj, f.name))]
    return []


def timex_table(limit: int, dev: bool) -> str:
    docs = [d for d in read_corpus(DATA / "tempeval3" / "TBAQ-cleaned")]
    docs = [d for d in docs if (d.part == "TimeBank") == dev][:limit]
    rows = []
    clean_sys, input_sys, gold = [], [], []
    for doc in docs:
        article = article_from_text(doc.text, published=doc.dct[:10] or None)
        analysis = analyze(article)
        mapped = in_offsets(analysis, article)
        gold.append(list(doc.gold))
        clean_sys.append(
            [Mention(t.span.start, t.span.end, t.type, t.value) for t in analysis.timexes]
        )
        input_sys.append(
            [Mention(t.span.start, t.span.end, t.type, t.value) for t in mapped.timexes]
        )
    for name, system in (("clean (before)", clean_sys), ("input", input_sys)):
        s = score_corpus(zip(gold, system, strict=True)).scores()
        exact = sum(
            any((g.start, g.end) == (m.start, m.end) for g in gs)
            for gs, ms in zip(gold, system, strict=True)
            for m in ms
        )
        total = sum(len(ms) for ms in system)
        rows.append(
            f"| {name} | {exact} of {total} | {s['strict_f1']:.3f} | {s['relaxed_f1']:.3f} |"
        )
    part = "TimeBank (dev)" if dev else "AQUAINT (held out)"
    head = [
        f"TempEval-3 {part}, {len(docs)} documents: timexes of the public API against gold spans",
        "",
        "| offsets | system spans equal to a gold span | strict F1 | relaxed F1 |",
        "|---|---|---|---|",
    ]
    return "\n".join(head + rows)


def reading_table(limit: int) -> str:
    rows: dict[str, list[int]] = {"clean (before)": [0, 0], "input": [0, 0]}
    elements: dict[str, list[int]] = {"clean (before)": [0, 0], "input": [0, 0]}
    analyse_cpu = convert_cpu = 0.0
    with (DATA / "news-summaries" / "dev.jsonl").open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()][:limit]
    for record in records:
        given = record["article"]
        article = article_from_text(given)
        started = time.process_time()
        analysis = analyze(article)
        brief = make_brief(analysis)
        analyse_cpu += time.process_time() - started
        started = time.process_time()
        mapped: Analysis = in_offsets(analysis, article)
        mapped_brief: Brief = in_offsets(brief, article)
        convert_cpu += time.process_time() - started
        clean = article.text
        before, after = _spans(analysis), _spans(mapped)
        for b, a in zip(before, after, strict=True):
            want = clean[b.start : b.end]
            rows["clean (before)"][0] += same_text(given[b.start : b.end], want)
            rows["input"][0] += same_text(given[a.start : a.end], want)
        for counts in rows.values():
            counts[1] += len(before)
        for old, new in zip(_elements(brief), _elements(mapped_brief), strict=True):
            text = old[0]
            elements["clean (before)"][0] += same_text(
                join_pieces(given[s.start : s.end] for s in old[1]), text
            )
            elements["input"][0] += same_text(
                join_pieces(given[s.start : s.end] for s in new[1]), text
            )
            for counts in elements.values():
                counts[1] += 1
    lines = [
        f"news-summaries, {len(records)} articles: spans whose text in the input reads as the element",
        "",
        "| offsets | analysis spans | brief elements |",
        "|---|---|---|",
    ]
    for name in rows:
        (ok, n), (eok, en) = rows[name], elements[name]
        lines.append(
            f"| {name} | {ok:,} of {n:,} ({ok / n:.1%}) | {eok} of {en} ({eok / en:.1%}) |"
        )
    lines += [
        "",
        f"conversion cost: in_offsets CPU {convert_cpu:.2f} s / analysis+brief CPU "
        f"{analyse_cpu:.2f} s = {convert_cpu / analyse_cpu:.3f}",
    ]
    return "\n".join(lines)


def _elements(brief: Brief) -> list[tuple[str, tuple[Span, ...]]]:
    out: list[tuple[str, tuple[Span, ...]]] = []
    if brief.topline is not None:
        out.append((brief.topline.text, brief.topline.spans))
    out += [(b.text, b.spans) for b in brief.bullets]
    if brief.crucial_quote is not None:
        out.append((brief.crucial_quote.text, brief.crucial_quote.spans))
    if brief.big_number is not None:
        out.append((brief.big_number.text, brief.big_number.spans))
    out += [(i.text, i.spans) for i in brief.key_background if i.article_id is None]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=100, help="documents of each set")
    parser.add_argument("--dev", action="store_true", help="TimeBank instead of AQUAINT")
    args = parser.parse_args()
    print(timex_table(args.limit, args.dev))
    print()
    print(reading_table(args.limit))


if __name__ == "__main__":
    main()
