"""XSum's nested Topline ROUGE with each outer fold's blend given, not tuned again.

    nice python benchmarks/fixed_blend_rouge.py --weights 0.1,0.05,0.1,0.05,0.1

``brief_quality.py``'s nested cross-validation tunes each outer fold's blend (how much the
lead prior counts in the Topline score) by an inner cross-validation over every record, so a
rule that moves a few CNN/DM briefs can flip a near-tied blend choice and move XSum's score
with no XSum Topline changed by the rule itself. This script fits the same outer-fold models
and scores XSum's Toplines with the ``--weights`` given (one Topline lead weight per fold;
the other blend values as ``brief_quality.py`` prints them), so that two checkouts can be
compared at the same blends: it separates what the rules do from what the blend search does.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from benchmarks.train_scorer import (  # noqa: E402
    DEFAULT_DATA,
    FOLDS,
    analyse_records,
    build_dataset,
    fit_on,
    fold_of,
    load_records,
)
from topline.brief.compose import compose  # noqa: E402
from topline.brief.select import Blend  # noqa: E402
from topline.eval.rouge import brief_sentences, rouge  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--weights", required=True, help="Topline lead weight of each fold")
    parser.add_argument("--lead-weight", type=float, default=0.3)
    parser.add_argument("--mmr", type=float, default=0.7)
    args = parser.parse_args()
    weights = [float(w) for w in args.weights.split(",")]
    if len(weights) != FOLDS:
        parser.error(f"{FOLDS} weights, one per fold")
    records = load_records(DEFAULT_DATA)
    analyses = analyse_records(records)
    dataset = build_dataset(records, analyses)
    fold = fold_of(len(records))
    scores: list[tuple[float, float, float]] = []
    for k, weight in enumerate(weights):
        model = fit_on(dataset, [a for a, f in enumerate(fold) if f != k])
        blend = Blend(lead_weight=args.lead_weight, topline_lead_weight=weight, mmr_lambda=args.mmr)
        model = dataclasses.replace(model, blend=blend)
        for i, record in enumerate(records):
            if fold[i] == k and record["corpus"] == "xsum":
                brief = compose(analyses[i], max_bullets=3, model=model)
                row = rouge(str(record["reference"]), brief_sentences(brief, "xsum"), "xsum")
                scores.append((row[0], row[1], row[2]))
    n = len(scores)
    means = [100 * sum(s[j] for s in scores) / n for j in range(3)]
    print(
        f"xsum Topline, fold weights {weights}: n={n} R-1 {means[0]:.2f} R-2 {means[1]:.2f} R-L {means[2]:.2f}"
    )


if __name__ == "__main__":
    main()
