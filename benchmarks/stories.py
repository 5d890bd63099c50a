"""Story clustering benchmark: B-cubed on PolNeAR's events (dev and test halves) and on the
synthetic multi-outlet sets, beside the TF-IDF single-link baseline, in one run.

    nice -n 10 python benchmarks/stories.py --analyses /tmp/story20-polnear-analyses.jsonl
    nice -n 10 python benchmarks/stories.py --analyses ... --sweep   # the dev sweep as well
    nice -n 10 python benchmarks/stories.py --analyses ... --pairs   # what looser rules add

Declared split (fixed before any result was seen): PolNeAR's gold events (``EVENTS`` of
``benchmarks/store.py``) alternate between **dev** (1st, 3rd, 5th …) and **test** (2nd, 4th,
6th …); all 924 articles are streamed in date order once and each half is scored on its own
events' articles. The synthetic sets: ``stories_synthetic.jsonl`` (nine events) is dev,
``stories_synthetic_hard.jsonl`` (fourteen events) and ``stories_synthetic_followups.jsonl``
(written for this benchmark after the rule was fixed) are test, and so is
``stories_synthetic_check.jsonl`` (nine events, 25 articles: a moorland fire and a school
roof in one village, an airline's engine failure and its pilots' pay deal, a by-election and
a flood in one town, a food company's job cuts and its results, another company's job cuts
the same day), written and committed before the second round of rule changes and never
looked at article by article while they were made; ``stories_synthetic_check2.jsonl`` (ten
events, 27 articles, the seventh session's: a ferry grounding with follow-ups three and seven
days later and the same operator's fare rise, another operator's engine fire; a town's
boil-water notice and its lifting five days later, the same town's new mayor; a fraud verdict
and the sentence a week later, the same company's takeover; a storm's power cuts and the
reconnection, a substation fire elsewhere the same day; a vaccine trial told twice), written
and committed before the seventh session measured anything, and scored once per change;
``stories_synthetic_check3.jsonl`` (eleven events, 28 articles, the eighth session's: a chlorine
train derailment with a copy, a return-home and an investigators' follow-up, another derailment
the same week; a football club's takeover and its approval, the same club's manager sacked; a
gallery theft with arrest and recovery follow-ups, a jewel theft elsewhere; a hosepipe ban and
its extension, the same water company's fine; a Roman villa found and described days later; a
coach crash and the driver charged, a minibus crash elsewhere), written and committed before
the eighth session measured anything; ``stories_synthetic_check4.jsonl`` (eleven events, 29
articles, the ninth session's: a footbridge collapse with a copy and follow-ups two and five
days later, the same town's market-hall sale; a bus strike and its settlement four days
later, the same operator's bus order; a missing hillwalker found the next day and thanking
his rescuers, another rescue in the same hills; an MP's resignation and repayment, another
MP's fees row the same week; a bakery's food poisoning and its reopening; sea eagles nesting
on an island, with a copy, and the same island's ferry cut), written and committed before
the ninth session measured anything; ``stories_synthetic_check5.jsonl`` (eleven events, 31
articles, the tenth session's: a chemical works fire with a rewrite, a copy, the return home
three days later and the regulator's inquiry a week later, the same town's library vote; a
glassworks closure and the staff's buyout bid five days later, another firm's job cuts the same
week; a trawler sinking with a rewrite, a copy, the skipper's account and the investigators,
the same harbour's fee rise; a councillor's fraud verdict and his sentence eight days later,
another council's chief suspended; a burst main with the supply back and compensation, the
same water company's sewage fine; a Viking hoard with a rewrite, a copy and the inquest nine
days later), written and committed before the tenth session measured anything;
``stories_synthetic_check6.jsonl`` (eleven events, 31 articles, the eleventh session's: a cliff
fall onto a coastal railway with a nameless wire rewrite, a copy, the engineers' finding three
days later and the traders a week later, the same town's pier sale; a maternity unit downgraded
with a march four days later and a minister's review a week later, another hospital's night
closure the same week; an escaped red panda with a rewrite, a copy and its finding two days
later, the same park's giraffe birth; a payroll software outage with its cause the next day, a
copy and councils' compensation claims four days later, a bank app's outage the same week; a
landlord fined and the tenants rehoused; a mayoral candidate's withdrawal and his replacement
three days later; a festival refused a licence in the maternity unit's town), written and
committed before the eleventh session measured anything;
``stories_synthetic_check7.jsonl`` (eleven events, 31 articles, the twelfth session's: a fuel
tanker overturned on a bypass with a nameless wire rewrite, a copy, the driver charged four days
later and the road reopened six days later, another crash on the same bypass the week after; a
university's strike vote, the picket lines five days later and an offer nine days later, the
same university's new vice-chancellor; a rare orchid stolen with a rewrite, a copy and its
return three days later; a council's cyber attack, the ransom demand two days later and the
stolen files published eight days later with a copy, a school trust's ransomware attack the
same week; a storm-damaged football stand and the club's move two days later; a restaurant's
Michelin star and, ten days later, the same restaurant's fire; a missing teenager found two
days later), written and committed before the twelfth session measured anything;
``stories_synthetic_check8.jsonl`` (eleven events, 33 articles, the thirteenth session's, where
the hard part is different events of one place or one topic in one week: a city's warehouse
fire with a nameless wire rewrite, a copy, an arson arrest three days later and the owner's
rebuilding a week later, the same city's school fire three days after it with the pupils'
return four days later; a parliament's assisted dying vote and the doctors' challenge three
days later, the same parliament's rent cap vote the next day; a football club's cup
semi-final and the striker's ban three days later, the same club's league defeat four days
after the semi-final; a town's post office robbery with a rewrite, a copy and the charges two
days later, the same town's jewellery raid three days after it; a confectioner's recall with
a rewrite, a copy and its widening four days later, the same company's chief executive leaving
that week; a Bronze Age boat found and lifted a week later), written and committed before the
thirteenth session measured anything;
``stories_synthetic_check9.jsonl`` (eleven events, 31 articles, the thirteenth session's second
round: a market town's river flood with a nameless wire rewrite, a copy and the clean-up four
days later, the same town's cinema ceiling collapse that week; a town's park stabbing with a
rewrite and a charge two days later, the same town's second stabbing four days after; a crown
court's fraud verdict with a rewrite, a copy and the sentence six days later, the same court's
drink-driving sentence that week; a rugby club's win, its captain's injury three days later,
and its defeat five days after the win; an airline's emergency landing with a nameless wire
rewrite, a copy and the investigators' finding five days later, the same airline's flight
cancellations that week; a painting stolen from a gallery and found a week later), written and
committed before the second round measured anything;
``stories_synthetic_check10.jsonl`` (eleven events, 31 articles, the fourteenth session's: a
blizzard stranding drivers on a hill road with a nameless wire rewrite, a copy and the farmers'
losses two days later, the same town's academy head suspended that week; a city's measles
outbreak with a rewrite and the cases rising five days later, the same city's hospital
norovirus wards that week; a tram derailment with a nameless wire rewrite, a copy and the
investigators' cause four days later, the same operator's strike ballot the next Monday; a TV
chef's libel win and the paper's appeal five days later; a food maker's profit warning with a
nameless wire rewrite, a copy and its chief executive's apology three days later, the same
company's factory strike vote that week; a seaside tornado confirmed the next day; an exam
board's missing diagram), written and committed before the fourteenth session measured
anything; ``stories_synthetic_check11.jsonl`` (twelve events, 36 articles, the fifteenth
session's blind lane's, blind: a city's timber yard fire with a nameless wire rewrite, a copy
and its cause three days later, the same city's tower block fire two days after it with the
tenants' hotels two days later; a town's bin strike by one union and its talks a week later,
the same town's hospital porters' strike by another union that week; a village murder with a
nameless wire rewrite, an arrest two days later and the charge and court date two days after
that; a chip designer's results told by a wire, two rewrites, a copy and an analysis piece,
the same company's new plant a week later; a by-election with a national rewrite and a Sunday
analysis, the same town's council budget the day before and its museum campaign; a storm
flooding a harbour town with a nameless wire rewrite, a copy and the damage bill two days
later; a women's rugby cup final and the parade two days later; an amateur's comet), written
and committed before anything was scored on it; ``stories_synthetic_check12.jsonl`` (twelve
events, 35 articles, the sixteenth session's blind lane's, blind: a city's gas explosion with a
nameless wire rewrite, a copy, the second day and the safety regulator's report five weeks
later, the same city's otters that month; a town's river flood with a nameless wire rewrite, a
copy and the insurers' bill four days later, a flood in another town of the region three days
after it, a record by the first town's swimmer that week with her selection three days later;
a minister's resignation with a rewrite and the standards inquiry three days later, another
minister of the same government resigning three days after him with a Sunday analysis; a
hit-and-run with an arrest, a charge with its court date and the hearing; a carmaker's recall
with a rewrite and a copy, the same carmaker's second recall six days later; a supermarket's
results with a rewrite and an analysis, the same chain's depot strike vote three days
later), written and committed before anything was scored on it. Check7 was opened (its errors read) in the
thirteenth session and is a seen set from then on, as are check8 (opened in its second round)
and check9 (opened in the fourteenth). Every constant of the same-story rule is chosen on the
dev sets only (``--sweep`` prints what was looked at); the test columns are what to believe.

The baseline is TF-IDF cosine with single link at the threshold fixed in advance (0.3, the
store's text threshold until the fifteenth session), at the threshold every leave-one-set-out
fold chooses for it (0.15: ``stories_loso.py``, ``stories_then.py``) and, as an oracle, at the
best of 0.1–0.5 chosen in hindsight on the
gold of the same set.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from benchmarks.store import (  # noqa: E402
    EVENTS,
    _analyses,
    bcubed,
    gold_events,
    polnear,
    single_link,
)
from topline.analyze import analyze_many  # noqa: E402
from topline.ingest import article_from_text  # noqa: E402
from topline.model import Analysis  # noqa: E402
from topline.store import Store  # noqa: E402
from topline.store.stories import Clusterer, Scored  # noqa: E402

SYNTHETIC = {
    "synthetic": ROOT / "benchmarks" / "data" / "stories_synthetic.jsonl",
    "hard": ROOT / "benchmarks" / "data" / "stories_synthetic_hard.jsonl",
    "followups": ROOT / "benchmarks" / "data" / "stories_synthetic_followups.jsonl",
    "check": ROOT / "benchmarks" / "data" / "stories_synthetic_check.jsonl",
    "check2": ROOT / "benchmarks" / "data" / "stories_synthetic_check2.jsonl",
    "check3": ROOT / "benchmarks" / "data" / "stories_synthetic_check3.jsonl",
    "check4": ROOT / "benchmarks" / "data" / "stories_synthetic_check4.jsonl",
    "check5": ROOT / "benchmarks" / "data" / "stories_synthetic_check5.jsonl",
    "check6": ROOT / "benchmarks" / "data" / "stories_synthetic_check6.jsonl",
    "check7": ROOT / "benchmarks" / "data" / "stories_synthetic_check7.jsonl",
    "check8": ROOT / "benchmarks" / "data" / "stories_synthetic_check8.jsonl",
    "check9": ROOT / "benchmarks" / "data" / "stories_synthetic_check9.jsonl",
    "check10": ROOT / "benchmarks" / "data" / "stories_synthetic_check10.jsonl",
    "check11": ROOT / "benchmarks" / "data" / "stories_synthetic_check11.jsonl",
    "check12": ROOT / "benchmarks" / "data" / "stories_synthetic_check12.jsonl",
}
DEV_SETS = ("polnear dev", "synthetic")
FIXED_BASELINE_COSINE = 0.3
BASELINE_SWEEP = (0.1, 0.2, 0.3, 0.4, 0.5)
#: TF-IDF's threshold chosen fairly: the one every leave-one-set-out fold chooses, on the read
#: sets (``stories_loso.py``: 0.15 or 0.2) and on the check sets' blind scores
#: (``stories_then.py``: 0.15 in all nine folds).
LEFT_OUT_BASELINE_COSINE = 0.15
DEV_EVENTS = frozenset(name for name, *_ in EVENTS[0::2])


@dataclass(frozen=True)
class Corpus:
    """Articles in date order (text for the baseline, analyses for the store) and gold sets."""

    ids: list[str]
    texts: list[str]
    analyses: list[Analysis]
    golds: dict[str, dict[str, str]]  # set name -> article id -> gold event


def polnear_corpus(cache: Path | None) -> Corpus:
    docs = polnear()
    gold = gold_events(docs)
    analyses = _analyses(docs, cache)
    ids = [a.article.id for a in analyses]
    by_key = dict(zip((d.key for d in docs), ids, strict=True))
    dev = {by_key[k]: e for k, e in gold.items() if e in DEV_EVENTS}
    test = {by_key[k]: e for k, e in gold.items() if e not in DEV_EVENTS}
    # Scored on each half, and on both: a merge of a dev event with a test event is a
    # precision error that neither half sees alone.
    golds = {"polnear dev": dev, "polnear test": test, "polnear all": {**dev, **test}}
    return Corpus(ids, [d.text for d in docs], analyses, golds)


def synthetic_corpus(name: str, path: Path) -> Corpus:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows.sort(key=lambda r: r["published"])
    texts = [r["title"] + "\n\n" + "\n\n".join(s for s, _ in r["sentences"]) for r in rows]
    articles = [
        replace(
            article_from_text(t, published=r["published"], title=r["title"], source=r["id"]),
            outlet=r["outlet"],
        )
        for r, t in zip(rows, texts, strict=True)
    ]
    analyses = list(analyze_many(articles))
    ids = [a.article.id for a in analyses]
    gold = {i: r["event"] for i, r in zip(ids, rows, strict=True)}
    return Corpus(ids, texts, analyses, {name: gold})


def baseline(corpus: Corpus) -> dict[str, dict[float, tuple[float, float, float]]]:
    """B-cubed of TF-IDF single link per gold set and threshold."""
    m = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(corpus.texts)
    sims = np.asarray((m @ m.T).toarray())
    out: dict[str, dict[float, tuple[float, float, float]]] = {n: {} for n in corpus.golds}
    for t in (*BASELINE_SWEEP, LEFT_OUT_BASELINE_COSINE):
        labels = dict(zip(corpus.ids, map(str, single_link(sims, t)), strict=True))
        for name, gold in corpus.golds.items():
            out[name][t] = bcubed(labels, gold)
    return out


def topline(corpus: Corpus) -> dict[str, tuple[float, float, float, int]]:
    """B-cubed of the store's stories per gold set (and the number of stories made)."""
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.db") as store:
        store.add_analyses(corpus.analyses)
        pred = {i: store.story_of(i) or i for i in corpus.ids}
        n = store.count()["stories"]
    return {name: (*bcubed(pred, gold), n) for name, gold in corpus.golds.items()}


def _split(name: str) -> str:
    return "dev + test" if name == "polnear all" else "dev" if name in DEV_SETS else "test"


@contextmanager
def patched(module: object, **values: float | None) -> Iterator[None]:
    saved = {k: getattr(module, k) for k in values}
    for k, v in values.items():
        setattr(module, k, v)
    try:
        yield
    finally:
        for k, v in saved.items():
            setattr(module, k, v)


def table(corpora: list[Corpus]) -> list[str]:
    out = [
        "| set | split | gold articles / events | TF-IDF fixed 0.3: P / R / F1 | TF-IDF best "
        "in hindsight: t, F1 | TF-IDF left-out 0.15: F1 | **topline: P / R / F1** "
        "| topline − fixed baseline | topline − left-out baseline |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for corpus in corpora:
        base = baseline(corpus)
        ours = topline(corpus)
        for name, gold in corpus.golds.items():
            fp, fr, ff = base[name][FIXED_BASELINE_COSINE]
            swept = {t: v for t, v in base[name].items() if t in BASELINE_SWEEP}
            bt, (_, _, bf) = max(swept.items(), key=lambda kv: kv[1][2])
            lf = base[name][LEFT_OUT_BASELINE_COSINE][2]
            p, r, f, _ = ours[name]
            split = _split(name)
            out.append(
                f"| {name} | {split} | {len(gold)} / {len(set(gold.values()))} "
                f"| {fp:.3f} / {fr:.3f} / {ff:.3f} | {bt}, {bf:.3f} | {lf:.3f} "
                f"| **{p:.3f} / {r:.3f} / {f:.3f}** | {f - ff:+.3f} | {f - lf:+.3f} |"
            )
    return out


def sweep(corpora: list[Corpus], grid: list[dict[str, float | None]], module: object) -> list[str]:
    """F1 on every set for each setting of the rule's constants (choose on the dev columns)."""
    names = [n for c in corpora for n in c.golds]
    out = [
        "| setting | " + " | ".join(f"{n} ({_split(n)})" for n in names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for setting in grid:
        with patched(module, **setting):
            cells = []
            for corpus in corpora:
                for p, r, f, _ in topline(corpus).values():
                    cells.append(f"{p:.2f}/{r:.2f}/{f:.3f}")
        label = ", ".join(f"{k}={v}" for k, v in setting.items()) or "shipped"
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    return out


#: The dev sweep of the sixth session: the headline test's two constants (0 weight = no
#: headline test).
HEADLINE_GRID: list[dict[str, float | None]] = [
    {"HEADLINE_IDF": idf, "HEADLINE_WEIGHT": weight}
    for idf in (2.0, 2.5, 3.0)
    for weight in (0.0, 0.15, 0.2, 0.25)
]
#: The dev sweep of the eighth session: how close in time one shared distinctive entity counts
#: (None: two are needed, as before; 10 is the candidate window, so any day).
ONE_ENTITY_GRID: list[dict[str, float | None]] = [
    {"ONE_ENTITY_DAYS": d} for d in (None, 0, 1, 3, 10)
]
#: The dev sweep of the tenth session: how much a follow-up dating the story's first day (or
#: the day before) makes up for (0: the rule off).
DATED_BACK_GRID: list[dict[str, float | None]] = [
    {"DATED_BACK_WEIGHT": w} for w in (0.0, 0.1, 0.15, 0.2, 0.25)
]
#: The dev sweeps of the eleventh session: how much a follow-up whose one distinctive name is
#: a person it quotes, whom the story names, makes up for (0: the rule off; ``same_story``),
#: and whether a past week dates back (``stories.WEEKS_DATE_BACK``, False: days only).
GRID: list[dict[str, float | None]] = [{"WITNESS_WEIGHT": w} for w in (0.0, 0.1, 0.2)]
WEEKS_GRID: list[dict[str, float | None]] = [{"WEEKS_DATE_BACK": w} for w in (False, True)]
#: The dev sweep of the twelfth session: how much a follow-up whose lede names the story's
#: title word with a definite article makes up for (0: the rule off; ``same_story``).
REFERS_BACK_GRID: list[dict[str, float | None]] = [
    {"REFERS_BACK_WEIGHT": w} for w in (0.0, 0.1, 0.15, 0.2, 0.25)
]
#: The thirteenth session's switch: whether another event of one place or organisation (another
#: kind of happening, or the same kind befalling an organisation the story does not name)
#: counts as other actors (``same_story.OTHER_EVENT``; False: the rule off).
OTHER_EVENT_GRID: list[dict[str, float | None]] = [{"OTHER_EVENT": v} for v in (False, True)]
#: ... and how a rewrite's kind of happening joins (``stories.SAME_KIND_DAYS``: None off;
#: ``stories.LEDE_KINDS``: whether a story keeps the kinds its ledes name).
SAME_KIND_GRID: list[dict[str, float | None]] = [
    {"SAME_KIND_DAYS": None, "LEDE_KINDS": False},
    {"SAME_KIND_DAYS": 1, "LEDE_KINDS": False},
    {"SAME_KIND_DAYS": 1, "LEDE_KINDS": True},
]

#: ... and the other-occasion test (``same_story.other_occasion``), whole and by its parts.
OCCASION_GRID: list[dict[str, float | None]] = [
    {"OTHER_OCCASION": False},
    {"BY_RESULT": True, "BY_DAY": False, "BY_PEOPLE": False},
    {"BY_RESULT": False, "BY_DAY": True, "BY_PEOPLE": False},
    {"BY_RESULT": False, "BY_DAY": False, "BY_PEOPLE": True},
    {"OCCASION_DAYS": 2},
    {"OTHER_OCCASION": True},
]

#: The fourteenth session's switches, each off on its own (``stories.NAMES_IN_TEXT``: a name
#: the recogniser missed and the article spells out; ``stories.FOLLOW_UP_KINDS``: a later
#: day's kind of happening with a shared name; ``stories.SEPARATE_MARKS``: marks capped apart
#: from headline words) ...
FOURTEENTH_GRID: list[dict[str, float | None]] = [
    {"NAMES_IN_TEXT": False},
    {"FOLLOW_UP_KINDS": False},
    {"SEPARATE_MARKS": False},
    {},
]
#: ... and ``happenings.OUTCOME_IN_LEDE`` (a lede's own outcome verb gives its result).
OUTCOME_GRID: list[dict[str, float | None]] = [{"OUTCOME_IN_LEDE": v} for v in (False, True)]


#: Looser rules examined in the error analysis (issue #20): each lets through comparisons the
#: shipped rule refuses; ``--pairs`` counts them by what the two sides are.
LOOSER: dict[str, Callable[[Scored], bool]] = {
    "headline word, cos >= 0.05, cos + 0.25 >= 0.30": lambda c: (
        c.headline and not _conflict(c) and c.cos >= 0.05 and c.cos + 0.25 + c.shared * 0.075 >= 0.3
    ),
    "headline word, within 1 day, cos >= 0.05": lambda c: (
        c.headline and not _conflict(c) and _within(c, 1) and c.cos >= 0.05
    ),
    "headline word and 1 shared entity, any cos": lambda c: c.headline and c.shared >= 1,
    "1 shared entity, within 1 day, cos >= 0.10": lambda c: (
        c.shared == 1 and _within(c, 1) and c.cos >= 0.10
    ),
    "within 1 day, cos >= 0.20": lambda c: not _conflict(c) and _within(c, 1) and c.cos >= 0.2,
    "within 1 day, cos >= 0.15": lambda c: not _conflict(c) and _within(c, 1) and c.cos >= 0.15,
}


def _conflict(c: Scored) -> bool:
    """Other actors (see ``same_story``): the article names two distinctive entities, the
    story none of them, or one reports a company's results and the other does not."""
    return c.other_kind or (c.named >= 2 and c.story_named and not c.shared)


def _within(c: Scored, days: int) -> bool:
    return c.gap_days is not None and c.gap_days <= days


def traced(corpus: Corpus) -> list[Scored]:
    """Every candidate the store's rule scored while clustering ``corpus``."""
    Clusterer.trace = []
    try:
        topline(corpus)
        return Clusterer.trace
    finally:
        Clusterer.trace = None


def pairs(corpora: list[Corpus]) -> list[str]:
    """What each looser rule would add: refused comparisons of an article with a story, by
    whether both are of one gold event ("same"), of two ("other event": a wrong merge), or one
    side is outside the gold ("unlabelled": not scored by B-cubed, but a merge all the same).
    A story's event is that of the article that started it."""
    out = [
        "| looser rule | set | same event | other event | unlabelled |",
        "|---|---|---|---|---|",
    ]
    for corpus in corpora:
        scored = [c for c in traced(corpus) if not c.joins]
        for name, gold in corpus.golds.items():
            if name == "polnear all":
                continue
            for rule_name, rule in LOOSER.items():
                counts = {"same": 0, "other": 0, "unlabelled": 0}
                for c in filter(rule, scored):
                    a, s = gold.get(c.article_id), gold.get(c.story_id[1:])
                    if a is None and s is None:
                        continue  # neither side in this set's gold (the other half's, or none)
                    kind = "unlabelled" if a is None or s is None else "same" if a == s else "other"
                    counts[kind] += 1
                out.append(
                    f"| {rule_name} | {name} ({_split(name)}) | {counts['same']} "
                    f"| {counts['other']} | {counts['unlabelled']} |"
                )
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--analyses", type=Path, default=None, help="PolNeAR analyses cache (JSONL)."
    )
    parser.add_argument("--sweep", action="store_true", help="Also print the dev sweep.")
    parser.add_argument(
        "--pairs", action="store_true", help="Also count what looser rules would let through."
    )
    parser.add_argument("--sets", default="polnear," + ",".join(SYNTHETIC), help="Sets to score.")
    args = parser.parse_args(argv)
    names = args.sets.split(",")
    corpora = [polnear_corpus(args.analyses)] if "polnear" in names else []
    corpora += [synthetic_corpus(n, p) for n, p in SYNTHETIC.items() if n in names]
    print("\n".join(table(corpora)))
    if args.sweep:
        from topline.store import same_story

        print()
        from topline.store import stories

        print("\n".join(sweep(corpora, OTHER_EVENT_GRID, same_story)))
        print()
        print("\n".join(sweep(corpora, SAME_KIND_GRID, stories)))
        print()
        print("\n".join(sweep(corpora, OCCASION_GRID, same_story)))
        print()
        print("\n".join(sweep(corpora, FOURTEENTH_GRID, stories)))
        print()
        from topline.store import happenings

        print("\n".join(sweep(corpora, OUTCOME_GRID, happenings)))
    if args.pairs:
        print()
        print("\n".join(pairs(corpora)))


if __name__ == "__main__":
    main()
