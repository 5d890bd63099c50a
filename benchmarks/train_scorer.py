"""Rebuild the shipped sentence scorer, from a source checkout:

    python -m benchmarks.train_scorer [dev.jsonl]

A training script, not part of the runtime package (``topline`` never imports it): it lives
with the benchmarks that call it once per outer fold, and writes
``src/topline/data/sentence_scorer.json``.

Labels: for each article, a greedy ROUGE oracle picks the sentences whose union best matches
the human summary (ROUGE-1 + ROUGE-2 F1; up to 3 sentences for multi-sentence references,
1 for one-sentence ones). The oracle's first pick (the single best sentence) is the Topline
label; all its picks are the bullet labels. Two standardised logistic regressions over
:data:`~topline.brief.features.FEATURE_NAMES` learn them.

The :class:`~topline.brief.select.Blend` (weight of the lead prior, MMR trade-off) is not
picked by hand: :func:`tune_blend` tries :data:`BLEND_GRID` by cross-validation inside the
training articles, scoring whole briefs with the benchmark's own ROUGE
(:mod:`topline.eval.rouge`). The benchmark calls :func:`fit_with_blend` once per outer fold,
so its figures are nested cross-validation: no reported article was seen by the models or by
the choice of blend. The script prints a 5-fold check (folds by article) before fitting on
all articles and writing JSON.

Needs the evaluation extras (``rouge-score``) and the shared data, not shipped with topline.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections import defaultdict
from collections.abc import Collection, Sequence
from pathlib import Path

from topline.analyze import analyze_many
from topline.analyze.language import overriding
from topline.brief.compose import compose
from topline.brief.features import FEATURE_NAMES, sentence_features, sentence_views
from topline.brief.select import MODEL_FILE, Blend, LinearModel, Scorer
from topline.ingest import article_from_text
from topline.model import Analysis

# --- tunables ----------------------------------------------------------------------------
#: Inverse regularisation strength of the logistic regression (chosen by 5-fold CV).
C = 0.3
FOLDS = 5
#: Label of the oracle's first pick (a Topline); other picks are 1, the rest 0.
TOPLINE_LABEL = 2
#: The blends tried by :func:`tune_blend`: lead prior for bullets and Topline, MMR trade-off.
#: The Topline's lead prior is never 0: with it, the model moved the Topline off a plain news
#: lede on near-ties of its own scores (41% of dev articles); a small prior keeps the lede
#: unless the model clearly prefers another sentence of the window. The MMR trade-off is not
#: tried: the bullets are chosen in story order (``select.in_story_order``), so it changes
#: no brief; the bullet lead weight still ranks the Crucial quote's sentence, which decides
#: which sentence the bullets leave to the quote.
BLEND_GRID: tuple[Blend, ...] = tuple(
    Blend(lead, topline_lead) for lead in (0.3, 0.5, 0.7) for topline_lead in (0.05, 0.1, 0.3)
)
#: Bullets in the briefs scored while tuning: Topline + 2 is the length of CNN/DM highlights.
TUNING_BULLETS = 2
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news-summaries" / "dev.jsonl"
OUTPUT = ROOT / "src" / "topline" / "data" / MODEL_FILE

Dataset = tuple[list[list[float]], list[int], list[int]]


def load_records(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def analyse_records(records: Sequence[dict[str, object]]) -> list[Analysis]:
    articles = [article_from_text(str(r["article"]), source=str(r["id"])) for r in records]
    # A fixed set scored since the first session: its one Welsh XSum item, which the product
    # now refuses, is analysed as English so that every figure stays comparable.
    with overriding("en"):
        return list(analyze_many(articles, batch_size=16))


def oracle(sentences: Sequence[str], reference: str, budget: int) -> list[int]:
    """Greedy ROUGE oracle: indices of the sentences that best cover the reference."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    chosen: list[int] = []
    best = 0.0
    for _ in range(budget):
        pick = None
        for j in range(len(sentences)):
            if j in chosen:
                continue
            summary = " ".join(sentences[k] for k in sorted([*chosen, j]))
            s = scorer.score(reference, summary)
            value = s["rouge1"].fmeasure + s["rouge2"].fmeasure
            if value > best:
                best, pick = value, j
        if pick is None:
            break
        chosen.append(pick)
    return chosen


def build_dataset(records: Sequence[dict[str, object]], analyses: Sequence[Analysis]) -> Dataset:
    """Feature rows, oracle labels, and the article index of each row (the CV group)."""
    rows: list[list[float]] = []
    labels: list[int] = []
    groups: list[int] = []
    for i, (record, analysis) in enumerate(zip(records, analyses, strict=True)):
        views = sentence_views(analysis)
        reference = str(record["reference"])
        budget = 1 if record.get("corpus") == "xsum" else 3
        picks = oracle([v.text for v in views], reference, budget)
        for j, row in enumerate(sentence_features(analysis, views)):
            rows.append(row)
            labels.append(TOPLINE_LABEL if picks[:1] == [j] else int(j in picks))
            groups.append(i)
    return rows, labels, groups


def fit_scorer(rows: Sequence[Sequence[float]], labels: Sequence[int]) -> Scorer:
    """The Topline model (first picks) and the bullet model (all picks)."""
    return Scorer(
        topline=fit(rows, [int(y == TOPLINE_LABEL) for y in labels]),
        bullet=fit(rows, [int(y > 0) for y in labels]),
    )


def fit(rows: Sequence[Sequence[float]], labels: Sequence[int]) -> LinearModel:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(rows)
    model = LogisticRegression(C=C, max_iter=5000).fit(scaler.transform(rows), labels)
    scale = [float(s) if s > 0 else 1.0 for s in scaler.scale_]
    return LinearModel(
        features=FEATURE_NAMES,
        mean=tuple(float(m) for m in scaler.mean_),
        scale=tuple(scale),
        coef=tuple(float(c) for c in model.coef_[0]),
        intercept=float(model.intercept_[0]),
    )


def fold_of(n_articles: int, folds: int = FOLDS, seed: int = 0) -> list[int]:
    """A fixed random assignment of articles to folds (CV is always by article)."""
    import random

    order = list(range(n_articles))
    random.Random(seed).shuffle(order)
    fold = [0] * n_articles
    for rank, article in enumerate(order):
        fold[article] = rank % folds
    return fold


def fit_on(dataset: Dataset, articles: Collection[int]) -> Scorer:
    """The two models fitted on the rows of ``articles`` only (default blend)."""
    rows, labels, groups = dataset
    keep = [i for i, g in enumerate(groups) if g in articles]
    return fit_scorer([rows[i] for i in keep], [labels[i] for i in keep])


def fit_excluding(dataset: Dataset, fold: Sequence[int], k: int) -> Scorer:
    return fit_on(dataset, {a for a, f in enumerate(fold) if f != k})


def tune_blend(
    records: Sequence[dict[str, object]],
    analyses: Sequence[Analysis],
    dataset: Dataset,
    articles: Collection[int],
) -> Blend:
    """The blend of :data:`BLEND_GRID` whose briefs score the best mean ROUGE-1 over
    ``articles``, each article briefed by models fitted on the other inner folds."""
    from topline.eval.rouge import brief_sentences, rouge

    order = sorted(articles)
    inner = fold_of(len(order), seed=1)
    totals: dict[Blend, float] = defaultdict(float)
    for k in range(FOLDS):
        base = fit_on(dataset, {a for a, f in zip(order, inner, strict=True) if f != k})
        for a in (a for a, f in zip(order, inner, strict=True) if f == k):
            corpus, reference = str(records[a]["corpus"]), str(records[a]["reference"])
            for blend in BLEND_GRID:
                model = dataclasses.replace(base, blend=blend)
                brief = compose(analyses[a], max_bullets=TUNING_BULLETS, model=model)
                totals[blend] += rouge(reference, brief_sentences(brief, corpus), corpus)[0]
    return max(BLEND_GRID, key=lambda b: totals[b])


def fit_with_blend(
    records: Sequence[dict[str, object]],
    analyses: Sequence[Analysis],
    dataset: Dataset,
    articles: Collection[int],
) -> Scorer:
    """Models and blend learned from ``articles`` alone (one outer fold of nested CV)."""
    blend = tune_blend(records, analyses, dataset, articles)
    return dataclasses.replace(fit_on(dataset, articles), blend=blend)


def main(argv: Sequence[str] = ()) -> int:
    path = Path(argv[0]) if argv else DEFAULT_DATA
    records = load_records(path)
    analyses = analyse_records(records)
    dataset = build_dataset(records, analyses)
    rows, labels, groups = dataset
    fold = fold_of(len(records))
    hits = total = 0
    for k in range(FOLDS):
        model = fit_excluding(dataset, fold, k)
        for a in range(len(records)):
            if fold[a] != k:
                continue
            idx = [i for i, g in enumerate(groups) if g == a]
            positives = {i for i in idx if labels[i]}
            ranked = sorted(idx, key=lambda i: -model.bullet.score(rows[i]))[
                : max(len(positives), 1)
            ]
            hits += len(positives & set(ranked))
            total += len(positives)
    print(f"5-fold CV (by article): {hits}/{total} oracle sentences ranked in the top k")
    model = fit_with_blend(records, analyses, dataset, range(len(records)))
    print(f"blend chosen by cross-validation: {model.blend}")
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(records)} articles, {len(rows)} sentences)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
