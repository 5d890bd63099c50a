"""Each story check set scored by the code of the day it was written, at several join thresholds.

Why it exists: the leave-one-set-out study (``benchmarks/stories_loso.py``) chooses the
store's knobs on sets whose rules were written by people who had read them, so its estimate
carries their authorship; on each check set's first, blind score the store sat near TF-IDF
(issue #20). The only scores of the store on text nobody had read are those first ones, each
taken on the code of its day. This script re-runs them: for every check set it takes the
source tree of the commit that added the set (``git archive``; rules read from a set were
written after it), analyses the set with that code, clusters it at each join threshold
(``same_story.TEXT_THRESHOLD``; the other knobs as they were) and scores B-cubed. Then the
threshold is chosen per set on the *other* sets' blind scores (leave one set out, ties to the
shipped 0.3), beside TF-IDF single link with its threshold chosen the same way. check10,
check11 and check12 are left out: they are still scored only at a session's start and end
(``benchmarks/stories.py``).

    nice -n 5 python benchmarks/stories_then.py --work /tmp/story/then

Then the same with each rule of ``SETTINGS`` off, in the trees that have it: what a rule did
on the sets nobody had read when it was there (mean F1 of those sets, and its change).

Needs the repository's history (a shallow clone lacks the commits).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: Each check set and the commit that added it (before any rule was read from it).
ADDED = {
    "check": "5bb5158",
    "check2": "fc4077b",
    "check3": "655b78a",
    "check4": "9efb36b",
    "check5": "adf3ff1",
    "check6": "e2cabef",
    "check7": "b66355f",
    "check8": "94d95a8",
    "check9": "f73d9c6",
}
THRESHOLDS = (0.3, 0.1, 0.15, 0.2, 0.25)  # the first (the old shipped value) wins ties

#: Run inside the old tree (its ``src`` first on the path): analyse one set, cluster it at
#: every threshold, print {threshold: F1}. Only APIs every old tree has.
_CHILD = r"""
import json, sys, tempfile
from dataclasses import replace
from pathlib import Path
from topline.analyze import analyze_many
from topline.ingest import article_from_text
from topline.store import Store, same_story
from benchmarks.store import bcubed
rows = sorted(
    (json.loads(line) for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()),
    key=lambda r: r["published"],
)
articles = []
for r in rows:
    text = r["title"] + "\n\n" + "\n\n".join(s for s, _ in r["sentences"])
    a = article_from_text(text, published=r["published"], title=r["title"], source=r["id"])
    articles.append(replace(a, outlet=r["outlet"]) if hasattr(a, "outlet") else a)
analyses = list(analyze_many(articles))
ids = [a.article.id for a in analyses]
gold = {i: r["event"] for i, r in zip(ids, rows)}
import importlib
from topline.store import stories
# "first day": the threshold ("first day" of a setting) applies only to a story whose first
# article is at most that many days from the article (a rewrite of the first hours); read
# through ``_gap_days``, which every tree since the one-entity rule calls with the story just
# before it calls the rule.
_cycle = {"since": None, "threshold": None, "days": 0, "from": "first"}
_gap, _rule = getattr(stories, "_gap_days", None), stories.same_story
def _gap_days(day, story):
    first = stories._day(story.first if _cycle["from"] == "first" else story.last)
    _cycle["since"] = None if day is None or first is None else abs((day - first).days)
    return _gap(day, story)
def _same_story(*args, **kwargs):
    low, since = _cycle["threshold"], _cycle["since"]
    if _cycle.get("named") is not None and args[1] >= 1:  # "shared name": any day
        low, since = _cycle["named"], 0
    if low is None or since is None or since > _cycle["days"]:
        return _rule(*args, **kwargs)
    saved = same_story.TEXT_THRESHOLD
    same_story.TEXT_THRESHOLD = min(low, saved)
    try:
        return _rule(*args, **kwargs)
    finally:
        same_story.TEXT_THRESHOLD = saved
if _gap is not None:
    stories._gap_days, stories.same_story = _gap_days, _same_story
# "English prior", "English floor": ``benchmarks/story_english_df.py`` (loaded from today's
# tree, argv[4]) wraps this tree's ``Clusterer.df`` as it does today's.
import importlib.util
_spec = importlib.util.spec_from_file_location("english_df_today", sys.argv[4])
english_df = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(english_df)
english_df.install()
out = {}
for label, setting in json.loads(sys.argv[3]).items():
    setting = dict(setting)
    first_day = setting.pop("first day", None)
    if first_day is not None and _gap is None:
        continue  # no _gap_days in this tree
    # "news cycle": {"threshold": t, "days": d}: the threshold within d days of the story's
    # latest article instead of its first.
    cycle = setting.pop("news cycle", None)
    if cycle is not None:
        if _gap is None:
            continue
        first_day = cycle["threshold"]
    _cycle["from"] = "latest" if cycle is not None else "first"
    _cycle["days"] = cycle["days"] if cycle is not None else 0
    _cycle["threshold"] = first_day
    # "shared name": the threshold on any day when the article shares a distinctive name
    # with the story (the rule's ``shared`` argument).
    _cycle["named"] = setting.pop("shared name", None)
    if _cycle["named"] is not None:
        _cycle["days"] = 0
    english_df.PRIOR_DOCS = setting.pop("English prior", None)
    english_df.FLOOR = setting.pop("English floor", False)
    conflict_at_text = setting.pop("conflict at the text threshold", False)
    # "?module.NAME": a rule a tree may not have yet (then it is off there already).
    modules = {
        k: importlib.import_module("topline.store." + k.lstrip("?").split(".")[0])
        for k in setting
    }
    if not all(hasattr(modules[k], k.split(".")[1]) for k in setting if not k.startswith("?")):
        continue  # a knob this tree does not have yet
    setting = {k: v for k, v in setting.items() if hasattr(modules[k], k.split(".")[1])}
    saved = {k: getattr(modules[k], k.split(".")[1]) for k in setting}
    for k, v in setting.items():
        setattr(modules[k], k.split(".")[1], v)
    out[label] = {}
    saved_conflict = same_story.CONFLICT_TEXT_THRESHOLD
    for t in json.loads(sys.argv[2]):
        same_story.TEXT_THRESHOLD = t
        if conflict_at_text:
            same_story.CONFLICT_TEXT_THRESHOLD = t
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.db") as store:
            store.add_analyses(analyses)
            out[label][t] = bcubed({i: store.story_of(i) or i for i in ids}, gold)[2]
    for k, v in saved.items():
        setattr(modules[k], k.split(".")[1], v)
    same_story.CONFLICT_TEXT_THRESHOLD = saved_conflict
print(json.dumps(out))
"""

#: Settings scored beside the code as it was (``--settings``): "module.NAME" of
#: ``topline.store`` -> value; a tree without one of the knobs is skipped for that setting.
_BOOSTS_OFF: dict[str, object] = {
    "same_story.ENTITY_WEIGHT": 0.0,
    "same_story.HEADLINE_WEIGHT": 0.0,
    "?same_story.DATED_BACK_WEIGHT": 0.0,
    "?same_story.WITNESS_WEIGHT": 0.0,
    "?same_story.REFERS_BACK_WEIGHT": 0.0,
    "?same_story.ONE_ENTITY_DAYS": None,
}
_SEPARATIONS_OFF: dict[str, object] = {
    "?same_story.OTHER_KIND": False,
    "?same_story.OTHER_EVENT": False,
    "?same_story.OTHER_OCCASION": False,
    "conflict at the text threshold": True,
}
SETTINGS: dict[str, dict[str, object]] = {
    "as it was": {},
    "join boosts off": {
        "same_story.HEADLINE_WEIGHT": 0.0,
        "same_story.DATED_BACK_WEIGHT": 0.0,
        "same_story.WITNESS_WEIGHT": 0.0,
        "same_story.REFERS_BACK_WEIGHT": 0.0,
    },
    "headline word off": {"same_story.HEADLINE_WEIGHT": 0.0},
    "dated back off": {"same_story.DATED_BACK_WEIGHT": 0.0},
    "one entity off": {"same_story.ONE_ENTITY_DAYS": None},
    "entity weight 0": {"same_story.ENTITY_WEIGHT": 0.0},
    "other event off": {"same_story.OTHER_EVENT": False},
    "other occasion off": {"same_story.OTHER_OCCASION": False},
    "other kind off": {"same_story.OTHER_KIND": False},
    "same kind off": {"stories.SAME_KIND_DAYS": None},
    "0.15 on the story's first day": {"first day": 0.15},
    "0.15 with a shared distinctive name, any day": {"shared name": 0.15},
    "0.15 on the story's latest day": {"news cycle": {"threshold": 0.15, "days": 0}},
    "0.15 within a day of the story's latest": {"news cycle": {"threshold": 0.15, "days": 1}},
    # The sixteenth session's: the store as TF-IDF plus its separation rules (every rule that
    # makes a join easier off, "?" for the rules a tree may not have yet), English's word
    # frequencies as an IDF prior (``benchmarks/story_english_df.py``), and both.
    "join boosts off (TF-IDF + separations)": _BOOSTS_OFF,
    "English prior 1000": {"English prior": 1000},
    "English prior 10000": {"English prior": 10000},
    "join boosts off, English prior 1000": {**_BOOSTS_OFF, "English prior": 1000},
    "join boosts off, English prior 10000": {**_BOOSTS_OFF, "English prior": 10000},
    "English floor": {"English floor": True},
    "join boosts off, English floor": {**_BOOSTS_OFF, "English floor": True},
    "text alone (no rule)": {**_BOOSTS_OFF, **_SEPARATIONS_OFF},
    "text alone, English prior 1000": {**_BOOSTS_OFF, **_SEPARATIONS_OFF, "English prior": 1000},
}


def old_scores(name: str, commit: str, work: Path) -> dict[str, dict[float, float]]:
    """F1 per setting and threshold of the set ``name`` under the code of ``commit`` (cached
    in ``work``; a setting the tree has no knob for is missing)."""
    cached = work / f"{name}.settings.json"
    raw: dict[str, dict[str, float]] = {}
    if cached.exists():
        raw = json.loads(cached.read_text())
    tried = raw.get("(tried)", {})  # settings run before, the tree lacking a knob or not
    wanted = {k: v for k, v in SETTINGS.items() if k not in raw and k not in tried}
    if not wanted:
        return {k: {float(t): f for t, f in v.items()} for k, v in raw.items() if k in SETTINGS}
    tree = work / name
    if not (tree / "src").exists():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "src", "benchmarks/store.py"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        (tree / "benchmarks" / "__init__.py").touch()
    data = ROOT / "benchmarks" / "data" / f"stories_synthetic_{name}.jsonl"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _CHILD,
            str(data),
            json.dumps(THRESHOLDS),
            json.dumps(wanted),
            str(ROOT / "benchmarks" / "story_english_df.py"),
        ],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": f"{tree / 'src'}:{tree}"},
        check=True,
        capture_output=True,
        text=True,
    )
    raw.update(json.loads(done.stdout.splitlines()[-1]))
    raw["(tried)"] = {**tried, **dict.fromkeys(wanted, 0.0)}
    cached.write_text(json.dumps(raw))
    return {k: {float(t): f for t, f in v.items()} for k, v in raw.items() if k in SETTINGS}


def left_out(scores: np.ndarray, grid: tuple[float, ...]) -> tuple[np.ndarray, list[float]]:
    """Per set, the score at the grid value with the best mean on the other sets."""
    picks = [int(np.argmax(np.delete(scores, s, axis=0).mean(axis=0))) for s in range(len(scores))]
    return np.array([scores[s, j] for s, j in enumerate(picks)]), [grid[j] for j in picks]


def main(argv: list[str] | None = None) -> None:
    from benchmarks.stories import SYNTHETIC, synthetic_corpus
    from benchmarks.stories_loso import TFIDF_GRID, tfidf_scores

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, required=True, help="Directory for old trees.")
    args = parser.parse_args(argv)
    names = list(ADDED)
    every = {n: old_scores(n, ADDED[n], args.work) for n in names}
    store = np.array([[every[n]["as it was"][t] for t in THRESHOLDS] for n in names])
    tfidf = tfidf_scores([synthetic_corpus(n, SYNTHETIC[n]) for n in names])
    store_lo, store_t = left_out(store, THRESHOLDS)
    tfidf_lo, tfidf_t = left_out(tfidf, TFIDF_GRID)
    heads = [f"store {t}" for t in THRESHOLDS] + ["store left-out t", "TF-IDF left-out t"]
    print("| set (code of its day) | " + " | ".join(heads) + " |")
    print("|---|" + "---|" * len(heads))
    for s, n in enumerate(names):
        cells = [f"{v:.3f}" for v in store[s]] + [f"{store_lo[s]:.3f}", f"{tfidf_lo[s]:.3f}"]
        print(f"| {n} ({ADDED[n]}) | " + " | ".join(cells) + " |")
    means = [f"**{v:.3f}**" for v in store.mean(axis=0)]
    means += [f"**{store_lo.mean():.3f}**", f"**{tfidf_lo.mean():.3f}**"]
    print("| **mean** | " + " | ".join(means) + " |")
    print(f"\nstore threshold chosen per fold: {store_t}")
    print(f"TF-IDF threshold chosen per fold: {tfidf_t}")
    print(
        "\n| setting (sets whose code has its knobs) | "
        + " | ".join(map(str, THRESHOLDS))
        + " | left-out t (thresholds chosen) | as it was, left-out t | TF-IDF left-out t |"
    )
    print("|---|" + "---|" * (len(THRESHOLDS) + 3))
    for label in SETTINGS:
        have = [n for n in names if label in every[n]]
        if not have:
            continue
        cells = []
        for t in THRESHOLDS:
            moved = np.mean([every[n][label][t] - every[n]["as it was"][t] for n in have])
            cells.append(f"{np.mean([every[n][label][t] for n in have]):.3f} ({moved:+.3f})")
        rows = [names.index(n) for n in have]
        these = np.array([[every[n][label][t] for t in THRESHOLDS] for n in have])
        if len(have) < 2:  # nothing to choose a threshold on
            print(f"| {label} ({', '.join(have)}) | " + " | ".join(cells) + " | — | — | — |")
            continue
        lo, picked = left_out(these, THRESHOLDS)
        was, _ = left_out(store[rows], THRESHOLDS)
        tf, _ = left_out(tfidf[rows], TFIDF_GRID)
        told = ", ".join(f"{t}: {picked.count(t)}" for t in dict.fromkeys(picked))
        cells += [f"**{lo.mean():.3f}** ({told})", f"{was.mean():.3f}", f"{tf.mean():.3f}"]
        print(f"| {label} ({', '.join(have)}) | " + " | ".join(cells) + " |")
        print("|  per set | " + " ".join(f"{n} {v:.3f}" for n, v in zip(have, lo, strict=True)))
    tfidf_means = zip(TFIDF_GRID, tfidf.mean(axis=0), strict=True)
    print("TF-IDF mean per threshold:", {t: round(float(m), 3) for t, m in tfidf_means})


if __name__ == "__main__":
    main()
