"""Bullets that tell the reader nothing new, counted over the pools of unseen briefs.

    nice python benchmarks/bullet_repeats.py [--cache DIR] [--sets polnear16,tbaq,dev]
        [--against OTHER/src] [--share 0.67] [--examples K]

Two classes (sixteenth session): a bullet most of whose content words the Topline already
shows (:func:`topline.brief.compose.restates`; ``--share`` lists the pairs from a lower share,
to judge where a restatement begins), and a broadcast anchor's hand-off to a correspondent
("Lisa Holm reports from Geneva.", :func:`topline.brief.voice_rules.hand_off`). The pools
and ``--against`` are those of ``benchmarks/dangling_refs.py`` (the same analyses, cached in
the same directory): another checkout makes the briefs, this checkout's rules read them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from benchmarks.dangling_refs import pool_briefs  # noqa: E402
from topline.brief.compose import RESTATED_SHARE  # noqa: E402
from topline.brief.features import content_terms  # noqa: E402
from topline.brief.voice_rules import hand_off  # noqa: E402


def count(briefs: list[list[tuple[str, int, str]]], share: float, examples: int) -> Counter[str]:
    """Bullets shown, bullets restating the Topline (at :data:`RESTATED_SHARE`, and from
    ``share`` up, printed), and hand-offs."""
    out: Counter[str] = Counter()
    shown = 0
    for elements in briefs:
        topline = next((set(content_terms(t)) for r, _, t in elements if r == "topline"), set())
        top_text = next((t for r, _, t in elements if r == "topline"), "")
        for role, _, text in elements:
            if role != "bullet":
                continue
            out["bullets shown"] += 1
            terms = set(content_terms(text))
            part = len(terms & topline) / len(terms) if terms and topline else 0.0
            if part >= RESTATED_SHARE:
                out[f"restate the Topline (share >= {RESTATED_SHARE})"] += 1
            if part >= share:
                out[f"share >= {share} (listed)"] += 1
                if shown < examples:
                    shown += 1
                    print(f"{part:.2f}  T: {top_text[:150]}\n      B: {text[:150]}")
            if hand_off(text):
                out["broadcast hand-off"] += 1
                print(f"hand-off: {text[:150]}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=None, help="directory of analyses")
    parser.add_argument("--sets", default="polnear16,tbaq,dev")
    parser.add_argument("--against", type=Path, help="another checkout's src makes the briefs")
    parser.add_argument("--share", type=float, default=0.67, help="list pairs from this share")
    parser.add_argument("--examples", type=int, default=40)
    args = parser.parse_args()
    for name in args.sets.split(","):
        analyses, briefs = pool_briefs(name, args.cache, args.against)
        counts = count(briefs, args.share, args.examples)
        print(f"\n{name}: {len(analyses)} briefs")
        for key in sorted(counts):
            print(f"  {key:<44}{counts[key]:>6}")


if __name__ == "__main__":
    main()
