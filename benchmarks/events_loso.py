"""Leave-one-part-out study of the events step's rules, and of a confidence to abstain by.

Why it exists: each session wrote the events step's rules after reading a labelled part, and
the blind parts did not move (held-out 6: 0.623 at a session's start and end; held-out 7
0.667 → 0.667). A rule's effect on the part it was written from says little about unseen
text. This script asks what carries:

1. **Rules.** Every refusal, filter and agency rule of ``find_events`` is switched off in
   turn (the module attribute the step calls is replaced by a function that never fires, as
   ``benchmarks/stories_loso.py`` patches the store's constants; the shipped defaults are
   untouched) and every read part is scored separately: a rule's false and right triples
   removed (or added) per part. Then each part in turn is left out: a rule is kept on when,
   pooled over the *other* parts, it raises F0.5 (precision weighted twice recall, the
   issue's precision-first goal); a tie goes to off (the simpler step). The left-out part is
   scored with the rules so chosen, all at once.
2. **Abstention.** Each shipped triple gets features the parse shows (how the actor was
   found, what it is, the verb's place in the sentence, passive, negation, modal, quotation,
   sentence length); a logistic model trained on the other parts gives a confidence, and the
   threshold is the one that maximises F0.5 over the other parts' own out-of-part scores.
   The left-out part is scored at that threshold, beside today's output.

Read parts only (dev, held-out, held-out 2–6). Held-out 7 is blind: it is never loaded into
the study (``benchmarks/events.py --blind`` scores it at a session's start and end).

    nice -n 5 python benchmarks/events_loso.py --cache /tmp/events/cache [--only rules|abstention|unlabelled]

3. **Firings on unlabelled text.** Each rule switched off on 50 PolNeAR train and 50
   CNN/DailyMail articles in no part: how many triples it changes at all (a rule that fires
   on no part and no unlabelled article is a rule the step can do without).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc, DocBin  # noqa: E402

from benchmarks.events import (  # noqa: E402
    ARTICLES,
    BLIND,
    POLNEAR,
    Corpus,
    load,
    matches,
    triples,
)
from topline.analyze import (  # noqa: E402
    analyze_doc,  # noqa: E402
    event_guideline,
    event_roles,
    events,
)
from topline.analyze.intervals import CharRanges  # noqa: E402
from topline.ingest import article_from_text  # noqa: E402
from topline.model import Analysis, Event  # noqa: E402
from topline.nlp import get_nlp  # noqa: E402


def _false(*_: Any) -> bool:
    return False


def _none(*_: Any) -> None:
    return None


def _first(value: Any, *_: Any) -> Any:
    return value


def _second(_: Any, value: Any) -> Any:
    return value


def _last(before: list[Any]) -> Any:
    return before[-1]


def _frame_of_head(verb: Any) -> Any:
    """The sharing clause before the fifteenth session: past a frame for any clause."""
    return event_roles._past_frame(verb.head)


def _no_regions(*_: Any) -> CharRanges:
    return CharRanges([])


def _skip_without(*parts: frozenset[str]) -> frozenset[str]:
    """The skipped lemmas less the words only ``parts`` bring."""
    others = (
        events.REPORTING,
        events.SPEECH_AND_THOUGHT,
        events.COGNITION,
        events.LINKING,
        frozenset({"be", "have", "'s", "’s", "seem", "become"}),
    )
    kept: frozenset[str] = frozenset().union(*(o for o in others if o not in parts))
    return frozenset(events.SKIP_LEMMAS & kept)


@dataclass(frozen=True)
class Rule:
    """One rule of the step, off when each ``(module, attribute)`` takes its value."""

    name: str
    kind: str  # "refusal" removes triples; "agency" chooses or adds actors and targets
    patches: tuple[tuple[object, str, object], ...]


def _refusal(name: str, module: object = events, off: object = _false) -> Rule:
    return Rule(name, "refusal", ((module, name, off),))


def _agency(name: str, module: object = event_roles, off: object = _false) -> Rule:
    return Rule(name, "agency", ((module, name, off),))


RULES: tuple[Rule, ...] = (
    _refusal("blocked_regions", off=_no_regions),
    Rule(
        "SPEECH_AND_THOUGHT",
        "refusal",
        ((events, "SKIP_LEMMAS", _skip_without(events.SPEECH_AND_THOUGHT)),),
    ),
    Rule("COGNITION", "refusal", ((events, "SKIP_LEMMAS", _skip_without(events.COGNITION)),)),
    Rule("LINKING", "refusal", ((events, "SKIP_LEMMAS", _skip_without(events.LINKING)),)),
    _refusal("mistagged_noun"),
    _refusal("adjectival_participle"),
    _refusal("under_light_verb"),
    _refusal("prepositional_ing"),
    _refusal("role_not_act"),
    _refusal("call_for"),
    _refusal("quote_cue"),
    _refusal("spoken_topic"),
    _refusal("in_head_chain"),
    _refusal("not_an_act"),
    Rule("stative", "refusal", ((event_guideline, "stative", _false),)),
    _refusal("quoted_title"),
    _refusal("doubtful_clause_verb"),
    _refusal("uncoordinated_participle"),
    _refusal("competing_subject"),
    _refusal("agreement"),
    _refusal("quoted_object"),
    _refusal("desire_without_act"),
    _refusal("chain_ends_in_state"),
    _refusal("bare_complementizer"),
    _refusal("misparsed_coordination"),
    _refusal("bare_light_verb"),
    _refusal("dummy_object"),
    _refusal("depiction"),
    _refusal("message_given"),
    _refusal("state_of_a_thing"),
    _refusal("ambiguous_which", event_roles),
    _refusal("described", event_roles),
    _agency("perfect_participle"),
    _refusal("lost_subject", event_roles),
    _refusal("question_object", event_roles),
    Rule("NEGATIVE", "refusal", ((event_roles, "NEGATIVE", frozenset()),)),
    Rule("DUMMY", "refusal", ((event_roles, "DUMMY", frozenset()),)),
    Rule("directive", "agency", ((events, "directive", _false),)),
    Rule("linking_verb_as_act", "agency", ((events, "linking_verb_as_act", _false),)),
    Rule(
        "infinitive_controllers",
        "agency",
        tuple(
            (module, name, _none)
            for module in (events, event_roles)
            for name in ("object_controller", "passive_controller")
        ),
    ),
    _agency("_relative_pronoun"),
    _agency("_restrictive_on_name"),
    _agency("_agreeing", off=_second),
    _agency("_set_off_number"),
    _agency("_out_of_place", off=_first),
    _agency("_object_gap"),
    _agency("_clause_subject", off=_none),
    _agency("_bare_participle"),
    _agency("progressive_not_passive"),
    _agency("_modified_subject", off=_last),
    _agency("_past_dateline", off=_first),
    _agency("_past_frame", off=_first),
    _agency("_sharing_clause", off=_frame_of_head),
    _agency("crossed_object", off=_second),
    _agency("time_agent"),
)


@contextmanager
def switched_off(rules: tuple[Rule, ...]) -> Iterator[None]:
    saved = [(m, a, getattr(m, a)) for r in rules for m, a, _ in r.patches]
    try:
        for r in rules:
            for module, attr, value in r.patches:
                setattr(module, attr, value)
        yield
    finally:
        for module, attr, value in reversed(saved):
            setattr(module, attr, value)


Counts = dict[str, tuple[int, int, int]]  # part → (gold, system, matched)


def run(corpus: Corpus, rows: list[int], off: tuple[Rule, ...] = ()) -> dict[int, list[Event]]:
    """Each row's events with ``off`` switched off (a fresh ``find_events`` per article)."""
    arts = {corpus.rows[k]["article"] for k in rows}
    with switched_off(off):
        found = {
            a: events.find_events(
                corpus.docs[a], corpus.analyses[a].clusters, corpus.analyses[a].timexes
            )
            for a in arts
        }
    out: dict[int, list[Event]] = {}
    for k in rows:
        a = corpus.rows[k]["article"]
        start, end = corpus.bounds[k]
        out[k] = [e for e in found[a] if start <= e.action_span.start < end]
    return out


def counts(corpus: Corpus, rows: list[int], found: dict[int, list[Event]]) -> Counts:
    out: dict[str, list[int]] = {}
    for k in rows:
        text = corpus.analyses[corpus.rows[k]["article"]].article.text
        gold = corpus.gold(k)
        system = triples(found[k], text, *corpus.bounds[k])
        c = out.setdefault(corpus.part(k), [0, 0, 0])
        c[0] += len(gold)
        c[1] += len(system)
        c[2] += sum(matches(gold, system))
    return {p: (g, s, m) for p, (g, s, m) in out.items()}


def f_beta(g: int, s: int, m: int, beta: float = 0.5) -> float:
    p = m / s if s else 0.0
    r = m / g if g else 0.0
    b2 = beta * beta
    return (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0


def pooled(c: Counts, parts: list[str]) -> tuple[int, int, int]:
    return (
        sum(c[p][0] for p in parts),
        sum(c[p][1] for p in parts),
        sum(c[p][2] for p in parts),
    )


def pr(g: int, s: int, m: int) -> str:
    return f"{m / s if s else 0:.3f} / {m / g if g else 0:.3f}"


# --- abstention ---------------------------------------------------------------------------

QUOTES = frozenset('"“”')
MODALS = frozenset("would could may might should must can will shall".split())


def features(corpus: Corpus, k: int, event: Event) -> dict[str, str]:
    """What the parse shows about one triple (nothing the gold says)."""
    doc = corpus.docs[corpus.rows[k]["article"]]
    span = doc.char_span(event.action_span.start, event.action_span.end, alignment_mode="expand")
    assert span is not None
    verbs = [t for t in span if t.pos_ == "VERB"] or list(span)
    verb = next((t for t in verbs if t.head not in verbs or t.head.i == t.i), verbs[0])
    out = {
        "dep": verb.dep_
        if verb.dep_ in {"ROOT", "conj", "advcl", "relcl", "ccomp", "xcomp", "acl"}
        else "other"
    }
    out["tag"] = verb.tag_
    out["chain"] = "long" if len([t for t in span if t.pos_ == "VERB"]) > 1 else "one"
    kids = {c.dep_ for c in verb.children}
    out["passive"] = str("auxpass" in kids or "nsubjpass" in kids)
    out["neg"] = str("neg" in kids)
    out["modal"] = str(any(c.lower_ in MODALS for c in verb.children if c.dep_ == "aux"))
    actor = event.actor
    if actor is None or actor.span is None:
        out["actor"] = "none"
        out["path"] = "none"
    else:
        a = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
        head = a.root if a is not None else verb
        out["actor"] = (
            "named" if actor.cluster is not None else "pronoun" if head.pos_ == "PRON" else "noun"
        )
        out["path"] = (
            "subject"
            if head.head.i == verb.i and head.dep_ in {"nsubj", "nsubjpass"}
            else "by"
            if head.head.dep_ == "agent" and head.head.head.i == verb.i
            else "inferred"
        )
    out["target"] = "none" if event.target is None else "some"
    start, end = corpus.bounds[k]
    sent = doc.char_span(start, end, alignment_mode="expand")
    n = len(sent) if sent is not None else 0
    out["length"] = "short" if n < 25 else "mid" if n < 40 else "long"
    text = doc.text
    before = text[start : event.action_span.start]
    out["quoted"] = str(sum(ch in QUOTES for ch in before) % 2 == 1)
    return out


@dataclass(frozen=True)
class Item:
    row: int
    part: str
    right: bool
    feats: dict[str, str]


def items(corpus: Corpus, rows: list[int], found: dict[int, list[Event]]) -> list[Item]:
    out: list[Item] = []
    for k in rows:
        text = corpus.analyses[corpus.rows[k]["article"]].article.text
        system = triples(found[k], text, *corpus.bounds[k])
        hits = matches(corpus.gold(k), system)
        for e, hit in zip(found[k], hits, strict=True):
            out.append(Item(k, corpus.part(k), hit, features(corpus, k, e)))
    return out


def _matrix(train: list[Item], rows: list[Item]) -> np.ndarray[Any, Any]:
    keys = sorted({f"{n}={v}" for it in train for n, v in it.feats.items()})
    index = {key: j for j, key in enumerate(keys)}
    x = np.zeros((len(rows), len(keys)))
    for i, it in enumerate(rows):
        for n, v in it.feats.items():
            j = index.get(f"{n}={v}")
            if j is not None:
                x[i, j] = 1.0
    return x


def confidences(train: list[Item], test: list[Item]) -> np.ndarray[Any, Any]:
    model = LogisticRegression(C=1.0, max_iter=1000)
    model.fit(_matrix(train, train), np.array([it.right for it in train]))
    return np.asarray(model.predict_proba(_matrix(train, test))[:, 1])


GRID = tuple(round(0.05 * i, 2) for i in range(0, 19))


def choose_threshold(train: list[Item], gold_total: int, target: float | None = None) -> float:
    """The threshold with the best F0.5 over ``train``'s own out-of-part confidences, or with
    ``target``: the lowest that reaches that precision there (the highest if none does)."""
    parts = sorted({it.part for it in train})
    oof = np.zeros(len(train))
    for p in parts:
        inner = [it for it in train if it.part != p]
        mask = [i for i, it in enumerate(train) if it.part == p]
        oof[mask] = confidences(inner, [train[i] for i in mask])
    right = np.array([it.right for it in train])
    if target is not None:
        for t in GRID:
            kept = oof >= t
            if kept.sum() and (kept & right).sum() / kept.sum() >= target:
                return t
        return GRID[-1]
    best, best_f = 0.0, -1.0
    for t in GRID:
        kept = oof >= t
        f = f_beta(gold_total, int(kept.sum()), int((kept & right).sum()))
        if f > best_f + 1e-9:
            best, best_f = t, f
    return best


# --- report -------------------------------------------------------------------------------


def rules_study(corpus: Corpus, rows: list[int], parts: list[str]) -> None:
    shipped = counts(corpus, rows, run(corpus, rows))
    print("## Rules: each switched off alone (per part: false removed F, right removed M)\n")
    print("Negative numbers: switching the rule off *removes* triples (a rule that adds them).\n")
    print("| rule | kind | " + " | ".join(parts) + " | fires on | LOO kept in |")
    print("|---|---|" + "---|" * len(parts) + "---|---|")
    off_counts: dict[str, Counts] = {}
    for rule in RULES:
        c = counts(corpus, rows, run(corpus, rows, (rule,)))
        off_counts[rule.name] = c
        cells = []
        fires = 0
        for p in parts:
            ds = c[p][1] - shipped[p][1]
            dm = c[p][2] - shipped[p][2]
            false_ = ds - dm
            cells.append("·" if ds == 0 and dm == 0 else f"{false_}F {dm}M")
            fires += ds != 0 or dm != 0
        kept = sum(_keep(shipped, c, [q for q in parts if q != p]) for p in parts)
        print(f"| {rule.name} | {rule.kind} | " + " | ".join(cells) + f" | {fires} | {kept}/7 |")
    print("\n## Left-out estimate: rules chosen on the other parts (F0.5), all at once\n")
    print("| part | shipped P / R | left-out choice P / R | rules off in this fold |")
    print("|---|---|---|---|")
    for p in parts:
        others = [q for q in parts if q != p]
        off = tuple(r for r in RULES if not _keep(shipped, off_counts[r.name], others))
        c = counts(corpus, rows, run(corpus, rows, off))
        print(f"| {p} | {pr(*shipped[p])} | {pr(*c[p])} | {', '.join(r.name for r in off)} |")


def _keep(shipped: Counts, off: Counts, parts: list[str]) -> bool:
    """On ``parts`` pooled, the rule on beats it off by F0.5 (a tie: off, the simpler)."""
    return f_beta(*pooled(shipped, parts)) > f_beta(*pooled(off, parts)) + 1e-9


def abstention_study(corpus: Corpus, rows: list[int], parts: list[str]) -> None:
    found = run(corpus, rows)
    every = items(corpus, rows, found)
    gold = {p: sum(len(corpus.gold(k)) for k in rows if corpus.part(k) == p) for p in parts}
    for target in (None, 0.90):
        _abstain(every, gold, parts, target)
    political = [
        p
        for p in parts
        if all(
            str(corpus.rows[k].get("source", "")).startswith("polnear")
            for k in rows
            if corpus.part(k) == p
        )
    ]
    print("\n(PolNeAR parts only: trained and thresholded on the other political parts)")
    for target in (None, 0.90):
        _abstain([it for it in every if it.part in political], gold, political, target)
    _feature_table(every, parts)


def _abstain(
    every: list[Item], gold: dict[str, int], parts: list[str], target: float | None
) -> None:
    rule = "best F0.5" if target is None else f"lowest reaching P {target:.2f}"
    print(
        f"\n## Abstention: a confidence from the parse, threshold ({rule}) chosen without the part\n"
    )
    print("| part | shipped P / R | threshold | kept | left-out P / R |")
    print("|---|---|---|---|---|")
    total = [0, 0, 0, 0]
    for p in parts:
        train = [it for it in every if it.part != p]
        test = [it for it in every if it.part == p]
        t = choose_threshold(train, sum(gold[q] for q in parts if q != p), target)
        conf = confidences(train, test)
        kept = [it for it, c in zip(test, conf, strict=True) if c >= t]
        m0 = sum(it.right for it in test)
        m1 = sum(it.right for it in kept)
        total = [total[0] + len(test), total[1] + m0, total[2] + len(kept), total[3] + m1]
        print(
            f"| {p} | {pr(gold[p], len(test), m0)} | {t:.2f} | {len(kept)}/{len(test)} "
            f"| {pr(gold[p], len(kept), m1)} |"
        )
    g = sum(gold[p] for p in parts)
    print(
        f"| all | {pr(g, total[0], total[1])} | | {total[2]}/{total[0]} | {pr(g, total[2], total[3])} |"
    )


def _feature_table(every: list[Item], parts: list[str]) -> None:
    print("\n## Precision of each feature value, read parts pooled (right / triples)\n")
    print("| feature | value | " + " | ".join(parts) + " | all |")
    print("|---|---|" + "---|" * len(parts) + "---|")
    keys = sorted({(n, v) for it in every for n, v in it.feats.items()})
    for n, v in keys:
        cells = []
        for p in [*parts, None]:
            sel = [it for it in every if it.feats[n] == v and (p is None or it.part == p)]
            cells.append(f"{sum(it.right for it in sel)}/{len(sel)}" if sel else "·")
        print(f"| {n} | {v} | " + " | ".join(cells) + " |")


def unlabelled(corpus: Corpus, cache: Path | None, n: int) -> list[tuple[Doc, Analysis]]:
    """``n`` PolNeAR train articles in no gold part (``random.Random(14)`` order, as the
    fourteenth session's reading) and ``n`` CNN/DailyMail dev articles after the gold's 48."""
    used = {r["article"] for r in corpus.rows}
    files = sorted(p for p in POLNEAR.glob("*.txt") if p.stem not in used)
    random.Random(14).shuffle(files)
    texts = [f.read_text(encoding="utf-8") for f in files[:n]]
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()[48 : 48 + n]
    texts += [json.loads(line)["article"] for line in lines]
    articles = [article_from_text(t) for t in texts]
    nlp = get_nlp()
    stored = cache / f"events_unlabelled_{n}.spacy" if cache is not None else None
    if stored is not None and stored.exists():
        docs = list(DocBin().from_disk(stored).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe(a.text for a in articles))
        if stored is not None:
            DocBin(docs=docs).to_disk(stored)
    return [(d, analyze_doc(a, d)) for a, d in zip(articles, docs, strict=True)]


def _keys(docs: list[tuple[Doc, Analysis]], off: tuple[Rule, ...]) -> set[tuple[int, ...]]:
    out: set[tuple[int, ...]] = set()
    with switched_off(off):
        for k, (doc, a) in enumerate(docs):
            for e in events.find_events(doc, a.clusters, a.timexes):
                actor = e.actor.span if e.actor and e.actor.span else None
                out.add(
                    (
                        k,
                        e.action_span.start,
                        actor.start if actor else -1,
                        e.target_span.start if e.target_span else -1,
                    )
                )
    return out


def show(docs: list[tuple[Doc, Analysis]], name: str) -> None:
    """The unlabelled triples one rule takes away (or adds), to be read one by one."""
    rule = next(r for r in RULES if r.name == name)
    shipped, off = _triples_of(docs, ()), _triples_of(docs, (rule,))
    for sign, found in (("off adds", off - shipped), ("off removes", shipped - off)):
        for _, actor, action, target, sentence in sorted(found, key=str):
            print(f"{sign}: {actor!r} — {action!r} — {target!r}\n    {sentence}")


def _triples_of(
    docs: list[tuple[Doc, Analysis]], off: tuple[Rule, ...]
) -> set[tuple[int, str | None, str, str | None, str]]:
    out: set[tuple[int, str | None, str, str | None, str]] = set()
    with switched_off(off):
        for k, (doc, a) in enumerate(docs):
            for e in events.find_events(doc, a.clusters, a.timexes):
                sent = doc.char_span(
                    e.action_span.start, e.action_span.end, alignment_mode="expand"
                )
                line = sent.sent.text.strip() if sent is not None else ""
                actor = e.actor.span.of(doc.text) if e.actor and e.actor.span else None
                out.add((k, actor, e.action, e.target, " ".join(line.split())[:160]))
    return out


def firings(docs: list[tuple[Doc, Analysis]]) -> None:
    shipped = _keys(docs, ())
    print(f"\n## Unlabelled articles ({len(docs)}, {len(shipped)} triples shipped)\n")
    print("Triples that appear (+) and go (−) when the rule is switched off.\n")
    print("| rule | + | − |")
    print("|---|---|---|")
    for rule in RULES:
        got = _keys(docs, (rule,))
        print(f"| {rule.name} | {len(got - shipped)} | {len(shipped - got)} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, help="keep the parses here (a DocBin)")
    parser.add_argument(
        "--only", choices=("rules", "abstention", "unlabelled"), help="one study only"
    )
    parser.add_argument("--show", help="print the unlabelled triples this rule changes")
    parser.add_argument(
        "--unlabelled", type=int, default=50, help="unlabelled articles of each source"
    )
    args = parser.parse_args()
    corpus = load(args.cache)
    if args.show:
        show(unlabelled(corpus, args.cache, args.unlabelled), args.show)
        return
    rows = [k for k in range(len(corpus.rows)) if corpus.part(k) not in BLIND]
    parts = sorted({corpus.part(k) for k in rows})
    if args.only in {None, "rules"}:
        rules_study(corpus, rows, parts)
    if args.only in {None, "abstention"}:
        abstention_study(corpus, rows, parts)
    if args.only in {None, "unlabelled"}:
        firings(unlabelled(corpus, args.cache, args.unlabelled))


if __name__ == "__main__":
    main()
