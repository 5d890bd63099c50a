"""References nothing in the brief resolves, counted over a pool of unseen briefs.

    nice python benchmarks/dangling_refs.py [--cache DIR] [--examples K] [--sets polnear,dev]
        [--against OTHER/src]

A brief element may point back at something only an unshown sentence tells: a shell noun
("The move …", "The findings …"), a bare surname whose full name only an earlier sentence
gives ("Mateen said …"), "They …", or a bare role noun ("The group …"). This script counts,
for each kind (:func:`reference_kinds`), how many Toplines and bullets
open with one and how many of those the brief leaves dangling
(:func:`dangles`): nothing shown before the element resolves
it. The pool: PolNeAR *train* articles at positions 465-840 of ``brief_read.py``'s shuffled
order (beyond every sample read so far) and the XSum and CNN/DM items of
``news-summaries/dev.jsonl``. ``--against`` has another checkout make the briefs (from the
cached analyses), read by this checkout's rules: the same reading of both.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from benchmarks.brief_read import _articles, items_of  # noqa: E402
from topline.analyze import analyze_many  # noqa: E402
from topline.brief import make_brief  # noqa: E402
from topline.brief.features import SentenceView, sentence_views  # noqa: E402
from topline.brief.refs import dangling_shell, shell_opener, unresolved_names  # noqa: E402
from topline.brief.select import _EPITHET_SUBJECT, _ROLE_SUBJECT  # noqa: E402
from topline.model import Analysis  # noqa: E402

_THEY = re.compile(r"^\W{0,2}(?:(?:But|And|Yet|So)\s+)?(?:They|Their|Them|they|their)\b")


def reference_kinds(view: SentenceView) -> list[str]:
    """The kinds of back-reference ``view`` makes: ``surname`` (a bare surname after the
    article named the person in full), ``shell`` (a bare definite shell noun as subject),
    ``they`` (an opening they/their), ``role`` (a bare role noun or epithet as subject)."""
    kinds = ["surname"] if view.bare_names else []
    if shell_opener(view.text):
        kinds.append("shell")
    if _THEY.match(view.text):
        kinds.append("they")
    if _ROLE_SUBJECT.match(view.text) or _EPITHET_SUBJECT.match(view.text):
        kinds.append("role")
    return kinds


def dangles(kind: str, view: SentenceView, taken: list[SentenceView]) -> bool:
    """Whether nothing shown before ``view`` resolves its reference of ``kind``."""
    if kind == "surname":
        return bool(unresolved_names(view, taken))
    if kind == "shell":
        return dangling_shell(view, taken)
    return all(t.index != view.index - 1 for t in taken)


#: The pool's slices of brief_read.py's seeded shuffle (pages, PolNeAR train, XSum, CNN/DM).
POOLS = {
    "polnear": ((181, 181), (465, 840), (0, 0), (0, 0)),
    "dev": ((181, 181), (0, 0), (0, 10**6), (0, 10**6)),
}


def _analyses(name: str, cache: Path | None) -> list[Analysis]:
    path = cache / f"pool-{name}.pkl" if cache is not None else None
    if path is not None and path.exists():
        with path.open("rb") as f:
            cached: list[Analysis] = pickle.load(f)  # noqa: S301 - written by this script
            return cached
    analyses = list(analyze_many(_articles(items_of(POOLS[name]))))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            pickle.dump(analyses, f)
    return analyses


#: Run in another checkout (``--against``): each brief's elements as (role, start, text).
_ELEMENTS = """
import json, pickle, sys
sys.path.insert(0, sys.argv[1])
from topline.brief import make_brief
out = []
for a in pickle.load(open(sys.argv[2], "rb")):
    b = make_brief(a)
    els = [("topline", b.topline)] if b.topline is not None else []
    out.append([(r, e.spans[0].start, e.text) for r, e in els + [("bullet", x) for x in b.bullets]])
print(json.dumps(out))
"""


def elements_of(analyses: list[Analysis]) -> list[list[tuple[str, int, str]]]:
    """Each brief's Topline and bullets as (role, start of the first span, text)."""
    out = []
    for analysis in analyses:
        brief = make_brief(analysis)
        shown = [("topline", brief.topline)] if brief.topline is not None else []
        shown += [("bullet", b) for b in brief.bullets]
        out.append([(role, e.spans[0].start, e.text) for role, e in shown])
    return out


def elements_from(src: Path, path: Path) -> list[list[tuple[str, int, str]]]:
    """:func:`elements_of`, with the briefs made by the checkout whose ``src`` is given."""
    done = subprocess.run(
        [sys.executable, "-c", _ELEMENTS, str(src), str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return [[(r, int(s), t) for r, s, t in brief] for brief in json.loads(done.stdout)]


def count(
    analyses: list[Analysis], briefs: list[list[tuple[str, int, str]]], examples: int
) -> tuple[Counter[str], Counter[str]]:
    """Elements that open with each kind of reference, and those left dangling."""
    opened: Counter[str] = Counter()
    dangling: Counter[str] = Counter()
    shown_examples: Counter[str] = Counter()
    for analysis, elements in zip(analyses, briefs, strict=True):
        views = {v.index: v for v in sentence_views(analysis)}
        seen: list[int] = []
        for role, start, text in elements:
            opened[f"({role}s shown)"] += 1
            view = next((v for v in views.values() if v.span.start <= start < v.span.end), None)
            if view is None:
                continue
            taken = [views[i] for i in seen]
            for kind in reference_kinds(view):
                opened[f"{role} {kind}"] += 1
                if dangles(kind, view, taken):
                    dangling[f"{role} {kind}"] += 1
                    if shown_examples[kind] < examples:
                        shown_examples[kind] += 1
                        print(f"[{role} {kind}] {analysis.article.source}: {text[:160]}")
            seen.append(view.index)
    return opened, dangling


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=None, help="directory of analyses")
    parser.add_argument("--examples", type=int, default=0, help="dangling elements to print")
    parser.add_argument("--sets", default="polnear,dev")
    parser.add_argument("--against", type=Path, help="another checkout's src makes the briefs")
    args = parser.parse_args()
    for name in args.sets.split(","):
        analyses = _analyses(name, args.cache)
        if args.against is not None and args.cache is not None:
            briefs = elements_from(args.against, args.cache / f"pool-{name}.pkl")
        else:
            briefs = elements_of(analyses)
        opened, dangling = count(analyses, briefs, args.examples)
        print(f"\n{name}: {len(analyses)} briefs")
        print(f"{'element kind':<28}{'opens':>7}{'dangling':>10}")
        for key in sorted(opened):
            print(f"{key:<28}{opened[key]:>7}{dangling[key]:>10}")
        total = sum(v for k, v in opened.items() if not k.startswith("("))
        print(f"{'all':<28}{total:>7}{sum(dangling.values()):>10}")


if __name__ == "__main__":
    main()
