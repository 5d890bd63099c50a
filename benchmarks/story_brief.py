"""Story-brief benchmark on a synthetic multi-outlet set written for it.

    python benchmarks/story_brief.py            # tables for docs/benchmarks.md
    python benchmarks/story_brief.py --polnear "Clinton's health"   # one PolNeAR event's brief

``benchmarks/data/stories_synthetic.jsonl`` holds nine invented events (two chemical-plant fires
on the same days, two central-bank decisions on the same day, two football clubs changing coach
in the same week, so that neither the date nor the topic separates them), each told by two to four outlets in their own words, with follow-ups on
later days, a syndicated copy, and outlets that give different figures (12 or 15 dead, $48M
or $52M, 12,000 or 15,000 acres). Every sentence carries the id of the fact it states, so
credit can be checked exactly:

- **grounding**: every element's text equals its spans' text in the articles they name;
- **credit precision**: a fact credited to an outlet whose credited sentence states another
  fact (by the gold fact ids) is an error; **credit recall**: of the outlets whose articles
  state a shown fact, how many are credited;
- **duplicates**: two elements of one brief stating the same gold fact;
- **coverage**: of the facts that two or more outlets report, how many the brief shows;
- **same-fact threshold**: precision and recall of :func:`same_fact` over every pair of
  sentences of one event from different articles, at several Dice thresholds (the shipped
  threshold is the lowest with precision 1.0);
- **stories**: B-cubed of the store's story clustering against the events, beside TF-IDF
  single link (the baseline of ``benchmarks/store.py``).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from benchmarks.store import bcubed, single_link  # noqa: E402
from topline.analyze import analyze_many  # noqa: E402
from topline.brief import make_brief, story_match  # noqa: E402
from topline.brief.story import StoryMember, sentence_terms, story_brief  # noqa: E402
from topline.ingest import article_from_text  # noqa: E402
from topline.model import Analysis, ArticleSpan, Span, StoryBrief  # noqa: E402
from topline.render.story_brief import render_story_brief  # noqa: E402
from topline.store import Store  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "stories_synthetic.jsonl"
#: The baseline's threshold fixed before looking at any result: the store's TEXT_THRESHOLD.
FIXED_BASELINE_COSINE = 0.3


@dataclass(frozen=True)
class Gold:
    id: str
    event: str
    outlet: str
    published: str
    copy_of: str | None
    title: str
    sentences: tuple[tuple[str, str | None], ...]

    @property
    def text(self) -> str:
        return self.title + "\n\n" + "\n\n".join(s for s, _ in self.sentences)


def load(path: Path = DATA) -> list[Gold]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [
        Gold(
            r["id"],
            r["event"],
            r["outlet"],
            r["published"],
            r["copy_of"],
            r["title"],
            tuple((s, f) for s, f in r["sentences"]),
        )
        for r in rows
    ]


def analyses(golds: list[Gold]) -> dict[str, Analysis]:
    articles = []
    for g in golds:
        a = article_from_text(g.text, published=g.published, title=g.title, source=g.id)
        articles.append(replace(a, outlet=g.outlet))
    return {g.id: an for g, an in zip(golds, analyze_many(articles), strict=True)}


def fact_at(gold: Gold, text: str, span: ArticleSpan) -> str | None:
    """The gold fact id of the sentence that ``span`` falls in (``text``: the cleaned text)."""
    for sentence, fact in gold.sentences:
        start = text.find(sentence[:40])
        if start >= 0 and start <= span.start < start + len(sentence) + 1:
            return fact
    return None


def _elements(b: StoryBrief) -> list[tuple[str, tuple[ArticleSpan, ...]]]:
    found = [(f.text, f.spans) for f in b.facts]
    found += [(x.text, x.spans) for x in (b.topline, b.crucial_quote, b.big_number) if x]
    found += [(x.text, x.spans) for x in b.key_background]
    return found


def score_briefs(golds: list[Gold], by_id: dict[str, Analysis]) -> list[str]:
    gold_of = {by_id[g.id].article.id: g for g in golds}
    events: dict[str, list[Gold]] = defaultdict(list)
    for g in golds:
        events[g.event].append(g)
    grounded = elements = 0
    credits = wrong = 0
    recall_num = recall_den = 0
    duplicates = shown_facts = 0
    covered = multi = 0
    for members in events.values():
        originals = [g for g in members if g.copy_of is None]
        story = [StoryMember(by_id[g.id], make_brief(by_id[g.id])) for g in originals]
        texts = {by_id[g.id].article.id: by_id[g.id].article.text for g in originals}
        b = story_brief(members[0].event, story)
        for text, spans in _elements(b):
            elements += 1
            grounded += text == " ".join(texts[s.article_id][s.start : s.end] for s in spans)
        shown: list[str | None] = []
        for element in [*b.facts, *([b.topline] if b.topline else [])]:
            first = element.spans[0]
            fact = fact_at(gold_of[first.article_id], texts[first.article_id], first)
            shown.append(fact)
            for report in element.reports:
                span = report.spans[0]
                credits += 1
                got = fact_at(gold_of[span.article_id], texts[span.article_id], span)
                wrong += got != fact
            stating = {g.outlet for g in originals if fact in {f for _, f in g.sentences}}
            recall_num += len(stating & {r.outlet for r in element.reports})
            recall_den += len(stating)
        if b.crucial_quote:
            q = b.crucial_quote.spans[0]
            shown.append(fact_at(gold_of[q.article_id], texts[q.article_id], q))
        real = [f for f in shown if f]
        shown_facts += len(real)
        duplicates += len(real) - len(set(real))
        outlets_of: dict[str, set[str]] = defaultdict(set)
        for g in originals:
            for _, f in g.sentences:
                if f:
                    outlets_of[f].add(g.outlet)
        wide = {f for f, o in outlets_of.items() if len(o) >= 2}
        multi += len(wide)
        covered += len(wide & set(real))
    return [
        f"**Story briefs** — {len(events)} events, {len(golds)} articles "
        f"({sum(g.copy_of is not None for g in golds)} syndicated copy), gold fact ids per sentence:",
        "",
        "| measure | value | goal |",
        "|---|---|---|",
        f"| grounding (element text = its spans' text) | {grounded}/{elements} | 100% |",
        f"| outlet credit precision | {credits - wrong}/{credits} "
        f"({(credits - wrong) / max(credits, 1):.1%}) | 100% |",
        f"| outlet credit recall (shown facts) | {recall_num}/{recall_den} "
        f"({recall_num / max(recall_den, 1):.1%}) | — |",
        f"| elements stating the same fact twice | {duplicates} of {shown_facts} | 0 |",
        f"| coverage of facts reported by ≥ 2 outlets | {covered}/{multi} "
        f"({covered / max(multi, 1):.1%}) | — |",
    ]


def sweep(golds: list[Gold], by_id: dict[str, Analysis]) -> list[str]:
    """Same-fact precision/recall over cross-article sentence pairs of each event."""
    labelled: dict[str, list[tuple[story_match.FactTerms, str | None]]] = {}
    for g in golds:
        analysis = by_id[g.id]
        text = analysis.article.text
        rows = []
        for sentence, fact in g.sentences:
            start = text.find(sentence)
            if start >= 0:
                rows.append((sentence_terms(analysis, Span(start, start + len(sentence))), fact))
        labelled[g.id] = rows
    pairs: list[tuple[story_match.FactTerms, story_match.FactTerms, bool]] = []
    originals = [g for g in golds if g.copy_of is None]
    for a, b in combinations(originals, 2):
        if a.event != b.event:
            continue
        for ta, fa in labelled[a.id]:
            for tb, fb in labelled[b.id]:
                pairs.append((ta, tb, fa is not None and fa == fb))
    out = [
        f"**Same-fact threshold** — {len(pairs)} cross-article sentence pairs within events "
        f"({sum(p[2] for p in pairs)} state the same fact):",
        "",
        "| Dice threshold | precision | recall |",
        "|---|---|---|",
    ]
    saved = story_match.SAME_FACT_DICE
    try:
        for threshold in (0.3, 0.35, 0.4, 0.45, 0.5, 0.6):
            story_match.SAME_FACT_DICE = threshold
            hits = [story_match.same_fact(x, y) for x, y, _ in pairs]
            tp = sum(h and g for h, (_, _, g) in zip(hits, pairs, strict=True))
            p = tp / max(sum(hits), 1)
            r = tp / max(sum(g for _, _, g in pairs), 1)
            mark = " (shipped)" if threshold == saved else ""
            out.append(f"| {threshold}{mark} | {p:.3f} | {r:.3f} |")
    finally:
        story_match.SAME_FACT_DICE = saved
    return out


def clustering(golds: list[Gold], by_id: dict[str, Analysis]) -> list[str]:
    ordered = sorted(golds, key=lambda g: g.published)
    gold = {g.id: g.event for g in ordered}
    out = [
        f"**Stories on the synthetic set** — {len(golds)} articles, {len(set(gold.values()))} "
        "events (three pairs on the same topic in the same days: two plant fires, two central "
        "banks, two football coaches); B-cubed:",
        "",
        "| method | P | R | F1 | stories |",
        "|---|---|---|---|---|",
    ]
    vec = TfidfVectorizer(sublinear_tf=True, stop_words="english")
    m = vec.fit_transform([g.text for g in ordered])
    sims = (m @ m.T).toarray()
    best = fixed_f1 = 0.0
    for t in (0.1, 0.2, 0.3, 0.4, 0.5):
        labels = single_link(np.asarray(sims), t)
        p, r, f = bcubed({g.id: str(lab) for g, lab in zip(ordered, labels, strict=True)}, gold)
        best = max(best, f)
        if t == FIXED_BASELINE_COSINE:
            fixed_f1 = f
        out.append(
            f"| TF-IDF cosine ≥ {t} (single link, baseline) | {p:.3f} | {r:.3f} | {f:.3f} "
            f"| {len(set(labels))} |"
        )
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.db") as store:
        store.add_analyses([by_id[g.id] for g in ordered])
        pred = {g.id: store.story_of(by_id[g.id].article.id) or g.id for g in ordered}
        n = store.count()["stories"]
    p, r, f = bcubed(pred, gold)
    out.append(f"| **topline stories** | {p:.3f} | {r:.3f} | {f:.3f} | {n} |")
    fixed = fixed_f1
    out += [
        "",
        f"Baseline with its threshold fixed in advance ({FIXED_BASELINE_COSINE}, the store's own "
        f"text threshold, not chosen on this set): F1 {fixed:.3f}; best baseline row, i.e. a "
        f"threshold chosen in hindsight on the gold (an oracle): F1 {best:.3f}; topline {f:.3f} "
        f"({f - fixed:+.3f} over the fixed baseline, {f - best:+.3f} over the oracle).",
    ]
    return out


PUBLISHERS = {
    "breitbart": "Breitbart",
    "huff-post": "HuffPost",
    "nyt": "The New York Times",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "The Washington Post",
    "west-journal": "The Western Journal",
}


def polnear_example(event: str) -> str:
    """The story brief of one PolNeAR gold event (``benchmarks/store.py``'s EVENTS)."""
    from benchmarks.store import EVENTS, gold_events, polnear

    docs = polnear()
    gold = gold_events(docs)
    chosen = [d for d in docs if gold.get(d.key) == event]
    if not chosen:
        raise SystemExit(
            f"no PolNeAR articles for event {event!r}; events: {[e[0] for e in EVENTS]}"
        )
    articles = [
        replace(
            article_from_text(d.text, published=d.date, title=d.title, source=d.key),
            outlet=PUBLISHERS.get(d.outlet or "", d.outlet),
        )
        for d in chosen
    ]
    members = [StoryMember(a, make_brief(a)) for a in analyze_many(articles)]
    brief = story_brief(event, members, title=event)
    return render_story_brief(brief, "md")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--polnear":
        print(polnear_example(sys.argv[2]))
        return
    golds = load()
    by_id = analyses(golds)
    for block in (score_briefs(golds, by_id), sweep(golds, by_id), clustering(golds, by_id)):
        print("\n".join(block) + "\n")
    print(f"(mean article length {statistics.fmean(len(g.text) for g in golds):.0f} chars)")


if __name__ == "__main__":
    main()
