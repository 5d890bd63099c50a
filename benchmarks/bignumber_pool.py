"""Big number labels over a pool of unseen briefs, counted by class (sixteenth session).

    nice python benchmarks/bignumber_pool.py --cache DIR [--sets polnear,tbaq]
        [--pickles A.pkl,B.pkl] [--against OTHER/src] [--changed]

A blind read found most printed Big numbers "lack what they count": a bare noun whose verb
is written before the figure ("the bombings killed 224 people" → "224 — people"). This
counts, on the pool of :mod:`benchmarks.topline_pool` (PolNeAR train positions 561-840 of
``brief_read.py``'s order, TBAQ positions 96+ and every short TBAQ document; analyses
cached in ``DIR/pool-<set>.pkl``) or on any pickled list of analyses (``--pickles``, e.g.
``editorial_audit.py --cache``'s), the Big numbers printed (:func:`.render.brief.number_line`),
the **bare** labels (the phrase after the dash is one or two words and says nothing done to
it: neither a verb after it nor, where the checkout has one, ``BigNumber.done``), and of
those the ones whose quantity's verb stands right before the figure
(:func:`.bignumber.verb_before`). ``--against`` has another checkout compose the same
analyses' Big numbers; ``--changed`` prints each changed label, both versions, with its
sentence, for reading.
"""

from __future__ import annotations

import argparse
import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from topline.model import Analysis

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

#: Run in a checkout (this one, or ``--against``'s): each brief's Big number as
#: [printed line, bare, verb right before the figure, figure start] or None.
_LABELS = """
import json, pickle, sys
sys.path.insert(0, sys.argv[1])
from topline.brief import make_brief
from topline.brief.bignumber import counted_span, told_after, verb_before
from topline.render.brief import number_line
out = []
for a in pickle.load(open(sys.argv[2], "rb")):
    n = make_brief(a).big_number
    if n is None:
        out.append(None)
        continue
    text = a.article.text
    q = next((q for q in a.quantities if q.span in n.spans), None)
    counted = counted_span(q, text) if q is not None else None
    told = told_after(q, text, counted) if q is not None and counted is not None else None
    bare = (
        counted is not None
        and counted in n.spans
        and told is None
        and getattr(n, "done", None) is None
        and len(counted.of(text).split()) <= 2
    )
    before = q is not None and verb_before(q, text) is not None
    out.append([number_line(n), bare, bare and before, n.spans[0].start])
print(json.dumps(out))
"""


def labels(src: Path, path: Path) -> list[Any]:
    done = subprocess.run(
        [sys.executable, "-c", _LABELS, str(src), str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    out: list[Any] = json.loads(done.stdout)
    return out


def _sentence(analysis: Analysis, start: int) -> str:
    text = analysis.article.text
    return next(
        (
            text[s.span.start : s.span.end]
            for s in analysis.sentences
            if s.span.start <= start < s.span.end
        ),
        "",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, help="directory of the pool's analyses")
    parser.add_argument("--sets", default="polnear,tbaq")
    parser.add_argument("--pickles", default="", help="other pickled analyses, comma-separated")
    parser.add_argument("--against", type=Path, help="another checkout's src")
    parser.add_argument("--changed", action="store_true", help="print the changed labels")
    args = parser.parse_args()
    paths: list[Path] = []
    if args.cache is not None and args.sets:
        from benchmarks.topline_pool import analyses_of

        for name in args.sets.split(","):
            analyses_of(name, args.cache)  # analyse once, cached
            paths.append(args.cache / f"pool-{name}.pkl")
    paths += [Path(p) for p in args.pickles.split(",") if p]
    print("| set | briefs | Big numbers (against → this) | bare labels | … verb right before |")
    print("|---|---:|---:|---:|---:|")
    for path in paths:
        ours = labels(ROOT / "src", path)
        theirs = labels(args.against, path) if args.against is not None else ours
        cells = [
            " → ".join(str(sum(1 for r in rows if r and r[i])) for rows in (theirs, ours))
            for i in (0, 1, 2)
        ]
        print(f"| {path.stem} | {len(ours)} | " + " | ".join(cells) + " |")
        if not args.changed:
            continue
        with path.open("rb") as f:
            analyses = pickle.load(f)  # noqa: S301 - written by a benchmark of this repository
        for k, (mine, other) in enumerate(zip(ours, theirs, strict=True)):
            if (mine and mine[0]) != (other and other[0]):
                start = (mine or other)[3]
                print(f"  {path.stem}[{k}] {other and other[0]!r} → {mine and mine[0]!r}")
                print(f"      {_sentence(analyses[k], start)[:240]!r}")


if __name__ == "__main__":
    main()
