"""Toplines over a pool of unseen briefs, printed for counting by class (sixteenth session).

    nice python benchmarks/topline_pool.py [--cache DIR] [--sets polnear,tbaq] [--lines N]
        [--against OTHER/src] [--changed] [--pool 16|17] [--half even|odd]

A reader counts Topline classes (a feature lede's scene over a later news sentence, a
Topline that refers back to what the brief never introduces) on more briefs than a sample
holds. The pool: PolNeAR *train* articles at positions 561-840 of ``brief_read.py``'s
shuffled order (beyond every sample), and the TempEval-3 TBAQ documents at positions 96+ of
``brief_read.py``'s TBAQ order plus every TBAQ document shorter than
:data:`~benchmarks.brief_read.TBAQ_MIN_CHARS` (none of them in a sample). Each brief prints
its headline line (when the text has one), its Topline with the sentence number it comes
from, and the article's first ``--lines`` sentences, so the reader sees what the Topline was
chosen over. ``--against`` has another checkout make the Toplines from the same cached
analyses; ``--changed`` prints only the briefs whose Topline differs between the two. The
head of each set counts the Toplines (the other checkout's, then this one's) whose opening
refers back, as this checkout reads it (:func:`reference_kind`).

``--pool 17`` is the seventeenth session's pool (samples AS-AW took PolNeAR 561-657 and the
long TBAQ documents): PolNeAR train positions 657-840 and the TBAQ documents under 1,500
characters only. ``--half even`` or ``odd`` keeps every other brief of each set (by its place
in the pool), so that a rule built on one half is checked on the other.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from benchmarks.brief_read import (  # noqa: E402
    DATA,
    TBAQ_MIN_CHARS,
    items_of,
)
from benchmarks.dangling_refs import cached_analyses  # noqa: E402
from benchmarks.timeml import read_corpus  # noqa: E402
from topline.brief import make_brief  # noqa: E402
from topline.brief.features import sentence_views  # noqa: E402
from topline.brief.refs import dangling_reference, leans_back  # noqa: E402
from topline.model import Analysis  # noqa: E402

#: PolNeAR train positions of the pool (``brief_read.items_of``'s slices).
POLNEAR = ((181, 181), (561, 840), (0, 0), (0, 0))
#: TBAQ positions of the pool among the documents of 1,500+ characters.
TBAQ_FROM = 96
#: The seventeenth session's PolNeAR train positions (561-657 became samples AS-AW).
POLNEAR_17 = ((181, 181), (657, 840), (0, 0), (0, 0))


def pool_items(name: str, pool: int = 16) -> list[tuple[str, Any]]:
    """The pool's items: ``polnear`` or ``tbaq`` (see the module's docstring)."""
    if name == "polnear":
        return items_of(POLNEAR if pool == 16 else POLNEAR_17)
    long = items_of(((181, 181), (0, 0), (0, 0), (0, 0), (TBAQ_FROM, 10**6))) if pool == 16 else []
    short = [
        ("tbaq", doc)
        for doc in read_corpus(DATA / "tempeval3" / "TBAQ-cleaned")
        if len(doc.text) < TBAQ_MIN_CHARS
    ]
    return long + short


def pool_file(cache: Path, name: str, pool: int = 16) -> Path:
    return cache / (f"pool-{name}.pkl" if pool == 16 else f"pool{pool}-{name}.pkl")


def analyses_of(name: str, cache: Path | None, pool: int = 16) -> list[Analysis]:
    path = pool_file(cache, name, pool) if cache is not None else None
    return cached_analyses(path, pool_items(name, pool))


#: Run in another checkout (``--against``): each brief's Topline (start, text) or None.
_TOPLINES = """
import json, pickle, sys
sys.path.insert(0, sys.argv[1])
from topline.brief import make_brief
out = []
for a in pickle.load(open(sys.argv[2], "rb")):
    t = make_brief(a).topline
    out.append(None if t is None else [t.spans[0].start, t.text])
print(json.dumps(out))
"""


def toplines(analyses: list[Analysis]) -> list[tuple[int, str] | None]:
    out: list[tuple[int, str] | None] = []
    for analysis in analyses:
        topline = make_brief(analysis).topline
        out.append(None if topline is None else (topline.spans[0].start, topline.text))
    return out


def toplines_from(src: Path, path: Path) -> list[tuple[int, str] | None]:
    done = subprocess.run(
        [sys.executable, "-c", _TOPLINES, str(src), str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return [None if t is None else (int(t[0]), str(t[1])) for t in json.loads(done.stdout)]


def reference_kind(analysis: Analysis, start: int) -> str | None:
    """How the Topline's sentence (the one holding ``start``) refers back in its opening, as
    this checkout reads it: :func:`~topline.brief.refs.leans_back` (``definite``,
    ``partitive``, ``surname`` after a fronted phrase) or
    :func:`~topline.brief.refs.dangling_reference` with nothing shown before it (an opening
    ``surname`` or ``shell`` noun); None when it reads alone by these readings."""
    view = next((v for v in sentence_views(analysis) if v.span.start <= start < v.span.end), None)
    if view is None:
        return None
    kind = leans_back(analysis.article.text, view.span)
    if kind is not None:
        return kind if kind != "surname" else "fronted surname"
    return dangling_reference(view, ())


def _sentence_of(analysis: Analysis, start: int) -> int:
    return next(
        (i for i, s in enumerate(analysis.sentences) if s.span.start <= start < s.span.end), -1
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=None, help="directory of analyses")
    parser.add_argument("--sets", default="polnear,tbaq")
    parser.add_argument("--lines", type=int, default=6, help="opening sentences to print")
    parser.add_argument("--against", type=Path, help="another checkout's src makes Toplines")
    parser.add_argument("--changed", action="store_true", help="only Toplines that differ")
    parser.add_argument("--pool", type=int, choices=(16, 17), default=16)
    parser.add_argument("--half", choices=("even", "odd"), help="every other brief only")
    args = parser.parse_args()
    for name in args.sets.split(","):
        analyses = analyses_of(name, args.cache, args.pool)
        ours = toplines(analyses)
        theirs = (
            toplines_from(args.against, pool_file(args.cache, name, args.pool))
            if args.against is not None and args.cache is not None
            else ours
        )
        places = list(range(len(analyses)))
        if args.half is not None:
            keep = 0 if args.half == "even" else 1
            analyses, ours, theirs = analyses[keep::2], ours[keep::2], theirs[keep::2]
            places = places[keep::2]
        changed = sum(a != b for a, b in zip(ours, theirs, strict=True))
        missing = sum(t is None for t in ours)
        print(f"# {name}: {len(analyses)} briefs, {missing} without a Topline, {changed} changed")
        kinds = {
            label: Counter(
                reference_kind(a, t[0]) for a, t in zip(analyses, tops, strict=True) if t
            )
            for label, tops in (("against", theirs), ("this checkout", ours))
        }
        for kind in sorted({k for c in kinds.values() for k in c if k is not None}):
            counts = " -> ".join(f"{kinds[label][kind]}" for label in ("against", "this checkout"))
            print(f"#   Toplines opening with a back-reference, {kind}: {counts}")
        for k, analysis, mine, other in zip(places, analyses, ours, theirs, strict=True):
            if args.changed and mine == other:
                continue
            text = analysis.article.text
            print(f"\n=== {name}[{k}] {analysis.article.source}")
            if analysis.article.title:
                print(f"  title: {analysis.article.title}")
            for label, topline in (("against", other), ("topline", mine)):
                if label == "against" and (args.against is None or other == mine):
                    continue
                where = "-" if topline is None else _sentence_of(analysis, topline[0])
                print(f"  {label} (s{where}): {None if topline is None else topline[1]}")
            for i, sentence in enumerate(analysis.sentences[: args.lines]):
                print(f"  s{i}: {text[sentence.span.start : sentence.span.end][:300]!r}")


if __name__ == "__main__":
    main()
