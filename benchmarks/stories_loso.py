"""Leave-one-set-out study of the story clustering's switches and thresholds (issue #20).

Why it exists: every session wrote rules after reading a check set, and each rule mends the
set it was read from; the blind sets (check8, check9, check10 when first scored) sit near the
TF-IDF baseline. A set's score under settings chosen with that set in view says little about
unseen text. This script asks what carries: for each read set in turn, every tunable switch
and threshold of the store is chosen on all the *other* read sets (mean B-cubed F1), and the
set left out is scored with that choice. The TF-IDF single-link baseline's threshold is
chosen the same way, so the two left-out estimates compare like with like.

    nice -n 5 python benchmarks/stories_loso.py --cache /tmp/story/loso

Read sets only: synthetic, hard, followups, check … check9 (check10, check11, check12 are
blind; PolNeAR's halves are scored by ``benchmarks/stories.py``). Ties are broken toward each
knob's first grid value, its simplest (a rule off, a weight 0) or, for a threshold with no
"off", the shipped value: a rule that changes nothing on the sets it is chosen on is left out, so a
rule that only fires on the set it was read from does not count on that set when it is left
out. Three estimates per set:

- **shipped**: the current settings (chosen with every read set in view: in-sample);
- **per knob**: one knob chosen on the other sets, the rest as shipped;
- **every knob left out**: each knob's own choice on the other sets, all at once;
- **joint** (``--joint``, slow): every knob chosen on the other sets by coordinate moves from
  the shipped settings (the best move each round, a tie accepted only toward a knob's
  simplest value), and the same from every rule off (``--from-simplest``).

Three studies of the sixteenth session, each on its own: ``--presets`` (whole settings, such
as the store as TF-IDF plus its separation rules, or English's word frequencies as an IDF
prior from ``benchmarks/story_english_df.py``, each with its text threshold chosen per fold;
PolNeAR too with ``--polnear``), ``--idle`` (each rule off: how many articles change story,
on the read sets and PolNeAR) and ``--losses`` (the pairs of articles where the store and
TF-IDF at 0.15 disagree, by gold, with their headlines).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from benchmarks import story_english_df as english_df  # noqa: E402
from benchmarks.store import bcubed, single_link  # noqa: E402
from benchmarks.stories import (  # noqa: E402
    SYNTHETIC,
    Corpus,
    polnear_corpus,
    synthetic_corpus,
    topline,
)
from topline.model import Analysis, from_dict, to_dict  # noqa: E402
from topline.store import Store, happenings, same_story, stories  # noqa: E402

english_df.install()

READ_SETS = tuple(n for n in SYNTHETIC if n not in ("check10", "check11", "check12"))
TFIDF_GRID = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


@dataclass(frozen=True)
class Knob:
    """A module constant and the values tried; ``grid[0]`` wins ties (the simplest)."""

    module: object
    name: str
    grid: tuple[object, ...]

    @property
    def shipped(self) -> object:
        return getattr(self.module, self.name)


def _off(module: object, name: str) -> Knob:
    return Knob(module, name, (False, True))


KNOBS: tuple[Knob, ...] = (
    Knob(same_story, "TEXT_THRESHOLD", (0.30, 0.15, 0.20, 0.25, 0.35, 0.40)),
    Knob(same_story, "ENTITY_WEIGHT", (0.075, 0.05, 0.1)),
    Knob(same_story, "MIN_ENTITY_COSINE", (0.05, 0.0, 0.1)),
    Knob(same_story, "CONFLICT_TEXT_THRESHOLD", (0.5, 0.4, 0.6)),
    Knob(same_story, "ONE_ENTITY_DAYS", (None, 0, 1, 3)),
    Knob(same_story, "HEADLINE_WEIGHT", (0.0, 0.1, 0.15, 0.2, 0.25)),
    Knob(same_story, "HEADLINE_IDF", (2.5, 2.0, 3.0)),
    Knob(same_story, "DATED_BACK_WEIGHT", (0.0, 0.1, 0.2, 0.3)),
    Knob(same_story, "WITNESS_WEIGHT", (0.0, 0.1, 0.2, 0.3)),
    Knob(same_story, "REFERS_BACK_WEIGHT", (0.0, 0.1, 0.2, 0.3)),
    _off(same_story, "WORDS_BACK_UP_NAMES"),
    _off(same_story, "OTHER_KIND"),
    _off(same_story, "OTHER_EVENT"),
    _off(same_story, "OTHER_OCCASION"),
    _off(same_story, "BY_RESULT"),
    _off(same_story, "BY_DAY"),
    _off(same_story, "BY_PEOPLE"),
    Knob(same_story, "OCCASION_DAYS", (1, 0, 2)),
    _off(stories, "NAMES_IN_TEXT"),
    _off(stories, "FOLLOW_UP_KINDS"),
    _off(stories, "SEPARATE_MARKS"),
    _off(stories, "LEDE_KINDS"),
    _off(stories, "WEEKS_DATE_BACK"),
    _off(stories, "ABBREVIATIONS"),
    _off(stories, "PLACES_ARE_WHERE"),
    _off(stories, "OCCASIONS"),
    Knob(stories, "SAME_KIND_DAYS", (None, 1, 2)),
    _off(happenings, "OUTCOME_IN_LEDE"),
    Knob(same_story, "FIRST_DAY_THRESHOLD", (None, 0.15, 0.2)),
    Knob(english_df, "PRIOR_DOCS", (None, 100, 1000, 10000)),
    _off(english_df, "FLOOR"),
)

#: The sixteenth session's question: the store as TF-IDF plus its separation rules (every
#: rule that makes a join easier off, the text threshold alone joins; the rules that keep
#: other actors, other kinds, other events and other occasions apart still refuse), against
#: the store as shipped, each with and without English's frequencies as an IDF prior
#: (``english_df.PRIOR_DOCS``). ``--presets`` chooses the text threshold per fold on the
#: other sets (PRESET_THRESHOLDS) for each.
JOIN_BOOSTS_OFF: dict[str, object] = {
    "ENTITY_WEIGHT": 0.0,
    "HEADLINE_WEIGHT": 0.0,
    "DATED_BACK_WEIGHT": 0.0,
    "WITNESS_WEIGHT": 0.0,
    "REFERS_BACK_WEIGHT": 0.0,
    "ONE_ENTITY_DAYS": None,
    "FIRST_DAY_THRESHOLD": None,
}
SEPARATIONS_OFF: dict[str, object] = {
    "OTHER_KIND": False,
    "OTHER_EVENT": False,
    "OTHER_OCCASION": False,
    "CONFLICT_TEXT_THRESHOLD": "the text threshold",
}
PRESETS: dict[str, dict[str, object]] = {
    "shipped": {},
    "shipped, English prior 1000": {"PRIOR_DOCS": 1000},
    "shipped, English prior 10000": {"PRIOR_DOCS": 10000},
    "shipped, English floor": {"FLOOR": True},
    "shipped, English prior 100": {"PRIOR_DOCS": 100},
    "TF-IDF join + separations": JOIN_BOOSTS_OFF,
    "TF-IDF join + separations, English floor": {**JOIN_BOOSTS_OFF, "FLOOR": True},
    "TF-IDF join + separations, English prior 1000": {**JOIN_BOOSTS_OFF, "PRIOR_DOCS": 1000},
    "TF-IDF join + separations, English prior 10000": {**JOIN_BOOSTS_OFF, "PRIOR_DOCS": 10000},
    "TF-IDF join alone": {**JOIN_BOOSTS_OFF, **SEPARATIONS_OFF},
    "TF-IDF join alone, English prior 1000": {
        **JOIN_BOOSTS_OFF,
        **SEPARATIONS_OFF,
        "PRIOR_DOCS": 1000,
    },
}
PRESET_THRESHOLDS = (0.3, 0.1, 0.15, 0.2, 0.25)

Config = tuple[object, ...]  # one value per knob, in KNOBS order


def shipped() -> Config:
    return tuple(k.shipped for k in KNOBS)


def simplest() -> Config:
    return tuple(k.grid[0] for k in KNOBS)


def preset(values: dict[str, object], threshold: float) -> Config:
    """The shipped settings with ``values`` (by knob name) and the text threshold."""
    moved = {**values, "TEXT_THRESHOLD": threshold}
    if moved.get("CONFLICT_TEXT_THRESHOLD") == "the text threshold":
        moved["CONFLICT_TEXT_THRESHOLD"] = threshold
    assert set(moved) <= {k.name for k in KNOBS}, set(moved) - {k.name for k in KNOBS}
    return tuple(moved.get(k.name, k.shipped) for k in KNOBS)


def presets_study(
    score: Scorer, n: int, base_loso: np.ndarray, polnear: Corpus | None = None
) -> None:
    """Each preset with its text threshold chosen per fold on the other read sets (and, with
    ``polnear``, PolNeAR scored at the threshold most folds chose)."""
    print("## Presets: the text threshold chosen on the other sets\n")
    print("| preset | " + " | ".join(f"in-sample {t}" for t in PRESET_THRESHOLDS), end="")
    print(" | thresholds chosen | **left-out mean** | TF-IDF left-out |")
    print("|---|" + "---|" * (len(PRESET_THRESHOLDS) + 3))
    for name, values in PRESETS.items():
        table = np.array([score(preset(values, t)) for t in PRESET_THRESHOLDS]).T  # sets × t
        picks = [int(np.argmax(np.delete(table, s, axis=0).mean(axis=0))) for s in range(n)]
        loso = np.array([table[s, j] for s, j in enumerate(picks)])
        chosen: dict[float, int] = {}
        for j in picks:
            chosen[PRESET_THRESHOLDS[j]] = chosen.get(PRESET_THRESHOLDS[j], 0) + 1
        cells = " | ".join(f"{m:.3f}" for m in table.mean(axis=0))
        told = ", ".join(f"{t}: {c}" for t, c in chosen.items())
        print(f"| {name} | {cells} | {told} | **{loso.mean():.3f}** | {base_loso.mean():.3f} |")
        print(
            "|  per set, left out | "
            + " ".join(f"{READ_SETS[s]} {loso[s]:.3f}" for s in range(n))
            + " |"
            + " |" * (len(PRESET_THRESHOLDS) + 1)
        )
        if polnear is not None:
            t = max(chosen, key=lambda v: chosen[v])
            with configured(preset(values, t)):
                got = topline(polnear)
            cells = ", ".join(
                "{} {:.3f} / {:.3f} / {:.3f}".format(k, *got[k][:3]) for k in polnear.golds
            )
            print(f"|  PolNeAR at {t} (P / R / F1) | {cells}, {got['polnear all'][3]} stories |")
    print()


def stories_of(corpus: Corpus, config: Config) -> dict[str, str]:
    """Each article's story under ``config``."""
    with configured(config), tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "s.db") as store:
            store.add_analyses(corpus.analyses)
            return {i: store.story_of(i) or i for i in corpus.ids}


def moved_articles(a: dict[str, str], b: dict[str, str]) -> set[str]:
    """Articles whose fellow members differ between two clusterings."""
    members_a: dict[str, set[str]] = {}
    members_b: dict[str, set[str]] = {}
    for i, s in a.items():
        members_a.setdefault(s, set()).add(i)
    for i, s in b.items():
        members_b.setdefault(s, set()).add(i)
    return {i for i in a if members_a[a[i]] != members_b[b[i]]}


def idle_study(corpora: list[Corpus], polnear: Corpus | None) -> None:
    """Per switch or weight set to its simplest value (the rule off): how many articles change
    story on each read set and on PolNeAR (all 924 articles, and its 71 gold ones). A rule
    that moves no gold article anywhere is a candidate for removal."""
    every = [*corpora, *([polnear] if polnear is not None else [])]
    names = [next(iter(c.golds)) if c is not polnear else "polnear" for c in every]
    base = [stories_of(c, shipped()) for c in every]
    print("## Rules off one at a time: articles that change story\n")
    print(
        "| rule off | read sets: articles moved (all gold) | PolNeAR: moved of 924 (gold of 71) | where |"
    )
    print("|---|---|---|---|")
    for i, k in enumerate(KNOBS):
        if k.grid[0] == k.shipped or k.name == "TEXT_THRESHOLD":
            continue
        off = shipped()[:i] + (k.grid[0],) + shipped()[i + 1 :]
        read, where, pn = 0, [], "-"
        for c, name, was in zip(every, names, base, strict=True):
            moved = moved_articles(was, stories_of(c, off))
            gold = {g for gs in c.golds.values() for g in gs}
            if c is polnear:
                pn = f"{len(moved)} ({len(moved & gold)})"
            elif moved:
                read += len(moved)
                where.append(f"{name} {len(moved)}")
        print(f"| {k.name}={k.grid[0]} | {read} | {pn} | {', '.join(where)} |")
    print()


def losses_study(corpora: list[Corpus], threshold: float = 0.15) -> None:
    """Where the shipped store and TF-IDF single link at ``threshold`` disagree on a pair of
    articles: the pairs of one gold event that TF-IDF joins and the store keeps apart
    ("missed"), and of two events that the store joins and TF-IDF keeps apart ("wrong"),
    with their days and headlines (to be sorted by kind by a reader); and the counts of the
    other two ways round."""
    totals: dict[str, int] = {}
    for c in corpora:
        gold = next(iter(c.golds.values()))
        m = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(c.texts)
        sims = np.asarray((m @ m.T).toarray())
        tfidf = dict(zip(c.ids, single_link(sims, threshold), strict=True))
        ours = stories_of(c, shipped())
        about = {a.article.id: (str(a.article.published)[:10], a.article.title) for a in c.analyses}
        print(f"\n### {next(iter(c.golds))}")
        for k, a in enumerate(c.ids):
            for b in c.ids[k + 1 :]:
                same, by_us, by_tfidf = gold[a] == gold[b], ours[a] == ours[b], tfidf[a] == tfidf[b]
                if by_us == by_tfidf:
                    continue
                kind = (
                    ("missed" if by_tfidf else "store right")
                    if same
                    else ("wrong" if by_us else "TF-IDF wrong")
                )
                totals[kind] = totals.get(kind, 0) + 1
                if kind in ("missed", "wrong"):
                    print(
                        f"- {kind}, TF-IDF cosine {sims[k, c.ids.index(b)]:.2f}: {about[a]} / {about[b]}"
                    )
    print(f"\nPairs where the two disagree: {totals}")


def label(config: Config, base: Config) -> str:
    moved = [f"{k.name}={v}" for k, v, b in zip(KNOBS, config, base, strict=True) if v != b]
    return ", ".join(moved) or "(none)"


@contextmanager
def configured(config: Config) -> Iterator[None]:
    """The store's knobs set to ``config`` for the block, then restored."""
    saved = shipped()
    try:
        for k, v in zip(KNOBS, config, strict=True):
            setattr(k.module, k.name, v)
        yield
    finally:
        for k, v in zip(KNOBS, saved, strict=True):
            setattr(k.module, k.name, v)


class Scorer:
    """B-cubed F1 of the store on every read set under a configuration (memoised)."""

    def __init__(self, corpora: list[Corpus]) -> None:
        self.corpora = corpora
        self.memo: dict[Config, np.ndarray] = {}

    def __call__(self, config: Config) -> np.ndarray:
        if config not in self.memo:
            with configured(config):
                self.memo[config] = np.array(
                    [next(iter(topline(c).values()))[2] for c in self.corpora]
                )
        return self.memo[config]


def _mean_without(scores: np.ndarray, left_out: int) -> float:
    return float(np.delete(scores, left_out).mean())


def choose_knob(score: Scorer, base: Config, i: int, left_out: int) -> Config:
    """``base`` with knob ``i`` set to its best value on the sets but ``left_out``."""
    best, best_mean = base, -1.0
    for v in KNOBS[i].grid:  # grid order: the first of equal means wins
        c = base[:i] + (v,) + base[i + 1 :]
        m = _mean_without(score(c), left_out)
        if m > best_mean + 1e-9:
            best, best_mean = c, m
    return best


def choose_joint(score: Scorer, start: Config, left_out: int) -> Config:
    """Coordinate moves on the sets but ``left_out``: each round the move with the best mean,
    taken when it raises the mean, or keeps it and sets a knob to its simplest value."""
    current = start
    for _ in range(len(KNOBS) * 3):
        here = _mean_without(score(current), left_out)
        moves = []
        for i, k in enumerate(KNOBS):
            for v in k.grid:
                if v == current[i]:
                    continue
                c = current[:i] + (v,) + current[i + 1 :]
                m = _mean_without(score(c), left_out)
                if m > here + 1e-9 or (abs(m - here) <= 1e-9 and v == k.grid[0]):
                    moves.append((m, v == k.grid[0], c))
        if not moves:
            return current
        current = max(moves, key=lambda t: (t[0], t[1]))[2]
    return current


def tfidf_scores(corpora: list[Corpus]) -> np.ndarray:
    """F1 of TF-IDF single link, sets × TFIDF_GRID (as ``benchmarks/stories.baseline``)."""
    out = np.zeros((len(corpora), len(TFIDF_GRID)))
    for s, c in enumerate(corpora):
        m = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(c.texts)
        sims = np.asarray((m @ m.T).toarray())
        gold = next(iter(c.golds.values()))
        for j, t in enumerate(TFIDF_GRID):
            labels = dict(zip(c.ids, map(str, single_link(sims, t)), strict=True))
            out[s, j] = bcubed(labels, gold)[2]
    return out


def cached_corpus(name: str, cache: Path | None) -> Corpus:
    """``synthetic_corpus`` with its analyses kept in ``cache`` (checked against the articles)."""
    if cache is None:
        return synthetic_corpus(name, SYNTHETIC[name])
    path = cache / f"{name}.json"
    if path.exists():
        raw = json.loads(path.read_text(encoding="utf-8"))
        analyses = [from_dict(Analysis, a) for a in raw["analyses"]]
        return Corpus(raw["ids"], raw["texts"], analyses, raw["golds"])
    corpus = synthetic_corpus(name, SYNTHETIC[name])
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {
                "ids": corpus.ids,
                "texts": corpus.texts,
                "analyses": [to_dict(a) for a in corpus.analyses],
                "golds": corpus.golds,
            }
        ),
        encoding="utf-8",
    )
    return corpus


def rows(names: Iterable[str], cols: list[np.ndarray]) -> list[str]:
    return [
        f"| {n} | " + " | ".join(f"{c[s]:.3f}" for c in cols) + " |" for s, n in enumerate(names)
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=None, help="Directory for analyses.")
    parser.add_argument(
        "--polnear",
        type=Path,
        default=None,
        help="PolNeAR analyses cache: also score PolNeAR under the moves every fold agrees on.",
    )
    parser.add_argument(
        "--losses",
        action="store_true",
        help="Only the pairs where the store and TF-IDF at 0.15 disagree, by gold.",
    )
    parser.add_argument(
        "--idle",
        action="store_true",
        help="Only the rules-off study (articles that change story; PolNeAR with --polnear).",
    )
    parser.add_argument(
        "--presets",
        action="store_true",
        help="Only the presets study (PRESETS, the text threshold chosen per fold).",
    )
    parser.add_argument(
        "--joint",
        action="store_true",
        help="Also the coordinate moves (slow: unfinished after 25 min on 2 shared cores).",
    )
    parser.add_argument(
        "--from-simplest",
        action="store_true",
        help="With --joint, also the coordinate moves from every rule off.",
    )
    args = parser.parse_args(argv)
    corpora = [cached_corpus(n, args.cache) for n in READ_SETS]
    n = len(corpora)
    score = Scorer(corpora)
    ship = shipped()

    base = tfidf_scores(corpora)
    base_choice = [int(np.argmax(np.delete(base, s, axis=0).mean(axis=0))) for s in range(n)]
    base_loso = np.array([base[s, base_choice[s]] for s in range(n)])
    fixed = base[:, TFIDF_GRID.index(0.3)]

    if args.losses:
        losses_study(corpora)
        return
    if args.idle:
        idle_study(corpora, polnear_corpus(args.polnear) if args.polnear else None)
        return
    if args.presets:
        presets_study(score, n, base_loso, polnear_corpus(args.polnear) if args.polnear else None)
        print("TF-IDF per set, left out:", " ".join(f"{v:.3f}" for v in base_loso))
        print(f"\n{len(score.memo)} configurations scored.")
        return
    in_sample = score(ship)
    print("## Per knob: chosen on the other sets, the rest as shipped\n")
    print("| knob | grid (first wins ties) | shipped | values chosen (folds) | left-out mean |")
    print("|---|---|---|---|---|")
    at_once = [list(ship) for _ in range(n)]  # every knob's own choice, per fold
    for i, k in enumerate(KNOBS):
        chosen = [choose_knob(score, ship, i, s) for s in range(n)]
        for s, c in enumerate(chosen):
            at_once[s][i] = c[i]
        loso = np.array([score(c)[s] for s, c in enumerate(chosen)])
        counts: dict[object, int] = {}
        for c in chosen:
            counts[c[i]] = counts.get(c[i], 0) + 1
        told = ", ".join(f"{v}: {m}" for v, m in counts.items())
        grid = ", ".join(map(str, k.grid))
        print(f"| {k.name} | {grid} | {k.shipped} | {told} | {loso.mean():.3f} |")

    once = [tuple(c) for c in at_once]
    cols = [fixed, base_loso, in_sample, np.array([score(c)[s] for s, c in enumerate(once)])]
    heads = ["TF-IDF 0.3", "TF-IDF left-out t", "shipped (in-sample)", "every knob left out"]
    joint: list[Config] = []
    if args.joint:
        joint = [choose_joint(score, ship, s) for s in range(n)]
        cols.append(np.array([score(c)[s] for s, c in enumerate(joint)]))
        heads.append("joint from shipped")
    if args.joint and args.from_simplest:
        simple = [choose_joint(score, simplest(), s) for s in range(n)]
        cols.append(np.array([score(c)[s] for s, c in enumerate(simple)]))
        heads.append("joint from simplest")
        cols.append(score(simplest()))
        heads.append("every rule off")
    print("\n## Left out, per set (B-cubed F1)\n")
    print("| set | " + " | ".join(heads) + " |")
    print("|---|" + "---|" * len(heads))
    print("\n".join(rows(READ_SETS, cols)))
    print("| **mean** | " + " | ".join(f"**{c.mean():.3f}**" for c in cols) + " |")
    print("\nTF-IDF threshold chosen per fold:", [TFIDF_GRID[j] for j in base_choice])
    print("\n## Every knob chosen on the other sets at once, per fold (what moved)\n")
    for s, c in enumerate(once):
        print(f"- {READ_SETS[s]} left out: {label(c, ship)}")
    if joint:
        print("\n## Joint choice per fold (what moved from the shipped settings)\n")
    for s, c in enumerate(joint):
        print(f"- {READ_SETS[s]} left out: {label(c, ship)}")
    if args.joint and args.from_simplest:
        print("\n## Joint choice from every rule off, per fold (what is on)\n")
        for s, c in enumerate(simple):
            print(f"- {READ_SETS[s]} left out: {label(c, simplest())}")
    if args.polnear is not None:
        agreed = tuple(
            once[0][i] if all(c[i] == once[0][i] for c in once) else ship[i]
            for i in range(len(KNOBS))
        )
        print(f"\n## PolNeAR under the moves every fold agrees on: {label(agreed, ship)}\n")
        names = ["polnear dev", "polnear test", "polnear all"]
        print("| settings | " + " | ".join(names) + " |")
        print("|---|---|---|---|")
        corpus = polnear_corpus(args.polnear)
        alone = [
            (f"{k.name}={agreed[i]} alone", ship[:i] + (agreed[i],) + ship[i + 1 :])
            for i, k in enumerate(KNOBS)
            if agreed[i] != ship[i]
        ]
        for name, config in [("shipped", ship), ("agreed", agreed), *alone]:
            with configured(config):
                got = topline(corpus)
            cells = " | ".join("{:.3f} / {:.3f} / {:.3f}".format(*got[n][:3]) for n in names)
            print(f"| {name} (P / R / F1) | {cells} |")
    print(f"\n{len(score.memo)} configurations scored.")


if __name__ == "__main__":
    main()
