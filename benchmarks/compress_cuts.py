"""What the brief's compression cuts, per operation, and whether the kept part still says it.

    nice python benchmarks/compress_cuts.py [--start 417 --stop 840] [--cache DIR] [--show]

A reader of untouched brief samples (fifteenth session) found about one defect in six to be
the brief's own compression leaving out the clause that carries the content ("X responded on
Twitter[, calling the report …]"). This script replays, for the Topline and each bullet of
the briefs of an unread pool of PolNeAR *train* articles (positions ``start``-``stop`` of the
shuffled order ``brief_read.py`` draws its samples from; no sample uses positions 417 on),
the cuts of :mod:`topline.brief.compress` and :func:`topline.brief.fit.shorten` on the
element's sentence, and records each cut: the operation, the words kept and the words cut.

``--show`` prints every cut. The counts are printed twice: by the hand judgement recorded in
:data:`JUDGED` (what a reader decided on the first run's cuts: ``lost`` when the kept part's
predicate says nothing without the cut part, ``kept`` otherwise; keyed by the article and
the cut's first words), and by the code's own reading, :func:`topline.brief.compress.
leaves_empty_predicate` as it stands in this checkout, for every cut, judged or not.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
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


#: Hand judgements of the first run's cuts (positions 417-560): (article, the cut's first
#: five words) -> "lost" (the kept predicate is empty without the cut) or "kept".
JUDGED: dict[tuple[str, str], str] = {}


def _key(cut: Cut) -> tuple[str, str]:
    return cut.source, " ".join(cut.cut.split()[:5])


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
    if args.show:
        for c in cuts:
            print(f"[{c.operation}] {c.source} ({c.element})\n  KEPT: {c.kept}\n  CUT:  {c.cut}")
    by_hand: Counter[tuple[str, str]] = Counter()
    for c in cuts:
        if (label := JUDGED.get(_key(c))) is not None:
            by_hand[c.operation, label] += 1
    empty = getattr(comp, "leaves_empty_predicate", lambda kept, cut: False)
    by_code: Counter[tuple[str, str]] = Counter(
        (c.operation, "lost" if empty(c.kept, c.cut) else "kept") for c in cuts
    )
    ops = sorted({c.operation for c in cuts})
    print(
        f"{len(cuts)} cuts in positions {args.start}-{args.stop}; judged by hand: "
        f"{sum(by_hand.values())}"
    )
    print(f"{'operation':<12} {'cuts':>5} {'hand kept':>10} {'hand lost':>10} {'code lost':>10}")
    for op in ops:
        total = sum(1 for c in cuts if c.operation == op)
        print(
            f"{op:<12} {total:>5} {by_hand[op, 'kept']:>10} {by_hand[op, 'lost']:>10} "
            f"{by_code[op, 'lost']:>10}"
        )


if __name__ == "__main__":
    main()
