"""What the brief's compression cuts, per operation, and whether the kept part still says it.

    nice python benchmarks/compress_cuts.py [--start 417 --stop 840] [--cache DIR] [--show]

A reader of untouched brief samples (fifteenth session) found about one defect in six to be
the brief's own compression leaving out the clause that carries the content ("X responded on
Twitter[, calling the report …]"). This script replays, for the Topline and each bullet of
the briefs of an unread pool of PolNeAR *train* articles (positions ``start``-``stop`` of the
shuffled order ``brief_read.py`` draws its samples from; no sample uses positions 417 on),
the cuts of :mod:`topline.brief.compress` and :func:`topline.brief.fit.shorten` on the
element's sentence, and records each cut: the operation, the words kept and the words cut.

``--show`` prints every cut with its hand label. The hand judgements (:data:`JUDGED`) are of
the cuts the fifteenth session's *starting* code made (``lost``: the kept part's predicate
says nothing without the cut part, or the cut garbles it; ``kept`` otherwise). The table
counts them per operation and, for this checkout, how many of each are still made: a lost
cut no longer made is a repair, a kept cut no longer made a refusal that costs length. Cuts
this checkout makes that the starting code did not are counted as new (read them with
``--show``: labelled ``new``).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from benchmarks import brief_read  # noqa: E402
from topline.brief import compress as comp  # noqa: E402
from topline.brief import make_brief  # noqa: E402
from topline.brief.fit import shorten  # noqa: E402
from topline.model import Analysis, Span, join_spans  # noqa: E402

#: Articles per cached chunk of analyses.
CHUNK = 50


@dataclass(frozen=True)
class Cut:
    """One cut a compression operation made in a shown element's sentence."""

    source: str
    element: str  # "topline" or "bullet"
    operation: str
    kept: str
    cut: str


def _gap(text: str, before: tuple[Span, ...], after: tuple[Span, ...]) -> str:
    """The words ``before`` held and ``after`` does not."""
    kept = {i for s in after for i in range(s.start, s.end)}
    chars = [text[i] if i not in kept else "\0" for s in before for i in range(s.start, s.end)]
    pieces = [p.strip(" ,;:") for p in "".join(chars).split("\0")]
    return " | ".join(p for p in pieces if p)


def cuts_of(analysis: Analysis) -> list[Cut]:
    """The cuts made in the brief's Topline and bullets, operation by operation."""
    brief = make_brief(analysis)
    text = analysis.article.text
    shown: list[tuple[str, tuple[Span, ...], bool]] = []
    if brief.topline is not None:
        shown.append(("topline", brief.topline.spans, False))
    shown += [("bullet", b.spans, b.attribution is not None) for b in brief.bullets]
    out: list[Cut] = []
    for element, spans, attributed in shown:
        sentence = next((s.span for s in analysis.sentences if s.span.overlaps(spans[0])), None)
        if sentence is None:
            continue
        bullet = element == "bullet"
        steps: list[tuple[str, tuple[Span, ...]]] = [("trimmed", comp._trimmed(text, sentence))]
        if attributed:
            steps.append(("attribution", comp.drop_trailing_attribution(text, steps[-1][1])))
        if bullet:
            steps.append(("relative", comp.drop_relative_clauses(text, steps[-1][1])))
        if bullet or comp.word_total(text, steps[-1][1]) > comp.LONG_LEDE_WORDS:
            steps.append(("trailing", comp.drop_trailing_clause(text, steps[-1][1])))
        short = shorten(text, steps[-1][1])
        if short is not None:
            steps.append(("word limit", short))
        if join_spans(text, steps[-1][1]).rstrip(".") != join_spans(text, spans).rstrip("."):
            continue  # shown otherwise (a quotation joined, a credit kept): not replayed
        for (_, before), (operation, after) in zip(steps, steps[1:], strict=False):
            if after != before and _gap(text, before, after):
                kept = join_spans(text, after)
                out.append(
                    Cut(
                        analysis.article.source, element, operation, kept, _gap(text, before, after)
                    )
                )
    return out


#: Hand judgements of the cuts the fifteenth session's starting code made: one JSON object
#: a line, {"set", "source", "operation", "cut" (its first five words), "label"}, where
#: "label" is "lost" (the kept part's predicate says nothing without the cut part, or the cut
#: garbles the kept part) or "kept".
JUDGED = Path(__file__).resolve().parent / "data" / "compress_cuts_judged.jsonl"


def _key(source: str, cut: str) -> tuple[str, str]:
    return source, " ".join(cut.split()[:5])


def _judged() -> dict[tuple[str, str], dict[str, str]]:
    rows = [json.loads(line) for line in JUDGED.open()] if JUDGED.exists() else []
    return {_key(r["source"], r["cut"]): r for r in rows}


def _analyses(start: int, stop: int, cache: Path | None) -> list[Analysis]:
    out: list[Analysis] = []
    for a in range(start, stop, CHUNK):
        name = f"pool{a}-{min(stop, a + CHUNK)}"
        brief_read.SAMPLES[name] = ((181, 181), (a, min(stop, a + CHUNK)), (114, 114), (99, 99))
        out += brief_read._analyses(name, cache)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--start", type=int, default=417)
    parser.add_argument("--stop", type=int, default=560)
    parser.add_argument("--cache", type=Path, default=None, help="directory of analyses")
    parser.add_argument("--show", action="store_true", help="print every cut")
    parser.add_argument("--sample", default=None, help="a brief_read.py sample instead")
    args = parser.parse_args()
    if args.sample is not None:
        analyses = brief_read._analyses(args.sample, args.cache)
    else:
        analyses = _analyses(args.start, args.stop, args.cache)
    cuts = [c for a in analyses for c in cuts_of(a)]
    judged = _judged()
    sources = {a.article.source for a in analyses}
    rows = [r for r in judged.values() if r["source"] in sources]
    made = {_key(c.source, c.cut) for c in cuts}
    if args.show:
        for c in cuts:
            label = judged.get(_key(c.source, c.cut), {}).get("label", "new")
            print(f"[{c.operation}] {c.source} ({c.element}) {label}")
            print(f"  KEPT: {c.kept}\n  CUT:  {c.cut}")
    print(f"{len(rows)} cuts of the starting code judged by hand in these {len(sources)} articles")
    head = f"{'operation':<12} {'judged':>7} {'kept':>5} {'lost':>5} | still made: kept / lost"
    print(head)
    for op in sorted({r["operation"] for r in rows}):
        mine = [r for r in rows if r["operation"] == op]
        kept = [r for r in mine if r["label"] == "kept"]
        lost = [r for r in mine if r["label"] == "lost"]
        still_kept = sum(_key(r["source"], r["cut"]) in made for r in kept)
        still_lost = sum(_key(r["source"], r["cut"]) in made for r in lost)
        print(
            f"{op:<12} {len(mine):>7} {len(kept):>5} {len(lost):>5} | "
            f"{still_kept:>10} / {still_lost}"
        )
    kept_all = [r for r in rows if r["label"] == "kept"]
    lost_all = [r for r in rows if r["label"] == "lost"]
    print(
        f"{'all':<12} {len(rows):>7} {len(kept_all):>5} {len(lost_all):>5} | "
        f"{sum(_key(r['source'], r['cut']) in made for r in kept_all):>10} / "
        f"{sum(_key(r['source'], r['cut']) in made for r in lost_all)}"
    )
    for name in sorted({r["set"] for r in rows}):
        mine = [r for r in rows if r["set"] == name]
        kept = [r for r in mine if r["label"] == "kept"]
        lost = [r for r in mine if r["label"] == "lost"]
        print(
            f"  {name}: {len(mine)} judged, {len(kept)} kept / {len(lost)} lost; still made "
            f"{sum(_key(r['source'], r['cut']) in made for r in kept)} / "
            f"{sum(_key(r['source'], r['cut']) in made for r in lost)}"
        )
    new = [c for c in cuts if _key(c.source, c.cut) not in judged]
    print(f"cuts made now that the starting code did not make (not judged): {len(new)}")


if __name__ == "__main__":
    main()
