"""Quotes and attribution on PolNeAR: topline vs textacy ``direct_quotations``, same scorer.

Usage: ``nice python benchmarks/quotes.py [--split dev] [--limit N] [--offset K] [--errors K]
[--pred-out PRED.jsonl] [--links DIR] [--cache DIR] [--systems topline,textacy]``

``--limit N`` takes every ``ceil(total / N)``-th article (an even spread over the publishers),
starting at article ``--offset K`` (default 0): ``--split train --limit 140`` is the train sample
of the first rounds, ``--limit 140 --offset 3`` a disjoint one of the same size. ``--links DIR``
makes ``DIR/text`` and ``DIR/attributions`` of symbolic links to the chosen articles, so the
shared scorer can score the same slice (``score_quotes.py DIR --pred PRED.jsonl``).

Gold: one annotator file per article (the first in name order). A relation is *direct* when
its Content, stripped of white space and trailing punctuation, begins and ends with a double
quotation mark (“ ” " or a typewriter pair ''). Spans are compared as sets of word tokens (``\\w+``), so quotation marks and
punctuation do not count; *exact* means the same token set, *overlap* means the shared
tokens are at least half of the larger side. Matching is one-to-one and greedy. Scores:
Content spans, Source spans (of relations that have a source), and (Source, Content) pairs
where both parts match (overlap).

*Speaker* precision and recall (direct quotes; the rule of docs/quotes.md, "a speaker only
from the quote's own cue"): a predicted direct quote that matches a gold direct quote
(content overlap) and names a source counts as *speaker-attributed*; it is *right* when its
source overlaps the gold source. Precision = right / speaker-attributed; recall = right /
gold direct quotes that have a source. Quotes absent from the gold are left out of both
(the gold says nothing about who said them).

``--pred-out`` writes topline's predictions in the JSONL format of the shared scorer
(``../shared/tools/score_quotes.py DIR --pred PRED.jsonl``): one record per article, one
quote per cue group (content from the first part's start to the last part's end, as the
shared scorer reads PolNeAR's discontinuous spans; each quote also carries its ``cue`` span and
``kind``, for reading errors, which the scorer ignores). ``--cache DIR`` keeps the spaCy parses
(DocBin) so that a second run skips the parse.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"
SRC = Path(__file__).resolve().parents[1] / "src"
_WORD = re.compile(r"\w+")
_OPEN = '“"'
_CLOSE = '”"'


@dataclass
class Rel:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    direct: bool = False


def _spans(field_text: str) -> list[tuple[int, int]]:
    out = []
    for part in field_text.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def load_gold(split: str) -> list[tuple[str, str, list[Rel]]]:
    out = []
    texts = sorted((DATA / split / "text").glob("*.txt"))
    anns = sorted((DATA / split / "attributions").glob("*.ann"))
    for path in texts:
        stem = path.stem
        mine = [a for a in anns if a.name.startswith(stem + "_")]
        if not mine:
            continue
        text = path.read_text(encoding="utf-8")
        spans: dict[str, list[tuple[int, int]]] = {}
        rels = []
        for line in mine[0].read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 2:
                kind, _, offsets = parts[1].partition(" ")
                if kind in {"Source", "Content", "Cue"}:
                    spans[parts[0]] = _spans(offsets)
            elif line.startswith("E") and len(parts) >= 2:
                args = dict(a.split(":", 1) for a in parts[1].split() if ":" in a)
                content = spans.get(args.get("Content", ""), [])
                if not content:
                    continue
                source = spans.get(args.get("Source", ""), [])
                rels.append(Rel(content, source, _is_direct(text, content)))
        out.append((stem, text, rels))
    return out


def _is_direct(text: str, spans: list[tuple[int, int]]) -> bool:
    s = " ".join(text[a:b] for a, b in spans).strip().rstrip(".,;:")
    s = s.replace("''", '"').replace("``", '"')
    return len(s) > 2 and s[0] in _OPEN and s[-1] in _CLOSE


def tokens(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[tuple[int, int]]:
    out = set()
    for a, b in spans:
        for m in _WORD.finditer(text, a, b):
            out.add((m.start(), m.end()))
    return frozenset(out)


def overlap(p: frozenset[tuple[int, int]], g: frozenset[tuple[int, int]]) -> float:
    if not p or not g:
        return 0.0
    return len(p & g) / max(len(p), len(g))


def match(
    preds: list[frozenset[tuple[int, int]]], golds: list[frozenset[tuple[int, int]]], exact: bool
) -> int:
    used: set[int] = set()
    hits = 0
    for g in golds:
        best, best_j = 0.0, -1
        for j, p in enumerate(preds):
            if j in used:
                continue
            score = (1.0 if p == g else 0.0) if exact else overlap(p, g)
            if score > best:
                best, best_j = score, j
        if best_j >= 0 and (best == 1.0 if exact else best >= 0.5):
            used.add(best_j)
            hits += 1
    return hits


def match_pairs(
    preds: list[tuple[frozenset[tuple[int, int]], frozenset[tuple[int, int]]]],
    golds: list[tuple[frozenset[tuple[int, int]], frozenset[tuple[int, int]]]],
) -> int:
    used: set[int] = set()
    hits = 0
    for gc, gs in golds:
        for j, (pc, ps) in enumerate(preds):
            if j not in used and overlap(pc, gc) >= 0.5 and overlap(ps, gs) >= 0.5:
                used.add(j)
                hits += 1
                break
    return hits


@dataclass
class Pred:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    direct: bool
    #: The cue's span and the quote's kind, for reading errors (the shared scorer ignores them).
    cue: tuple[int, int] | None = None
    kind: str = ""


@dataclass
class Tally:
    counts: dict[str, list[int]] = field(default_factory=dict)

    def add(self, key: str, hits_p: int, n_pred: int, hits_g: int, n_gold: int) -> None:
        c = self.counts.setdefault(key, [0, 0, 0, 0])
        c[0] += hits_p
        c[1] += n_pred
        c[2] += hits_g
        c[3] += n_gold

    def prf(self, key: str) -> tuple[float, float, float]:
        hp, npred, hg, ngold = self.counts.get(key, [0, 0, 0, 0])
        p = hp / npred if npred else 0.0
        r = hg / ngold if ngold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(tally: Tally, scope: str, text: str, preds: list[Pred], golds: list[Rel]) -> None:
    pc = [tokens(text, p.content) for p in preds]
    gc = [tokens(text, g.content) for g in golds]
    for exact, name in ((True, "content exact"), (False, "content overlap")):
        h = match(pc, gc, exact)
        tally.add(f"{scope}|{name}", h, len(pc), h, len(gc))
    ps = [tokens(text, p.source) for p in preds if p.source]
    gs = [tokens(text, g.source) for g in golds if g.source]
    h = match(ps, gs, False)
    tally.add(f"{scope}|source overlap", h, len(ps), h, len(gs))
    pp = [(tokens(text, p.content), tokens(text, p.source)) for p in preds if p.source]
    gp = [(tokens(text, g.content), tokens(text, g.source)) for g in golds if g.source]
    h = match_pairs(pp, gp)
    tally.add(f"{scope}|pair overlap", h, len(pp), h, len(gp))


def score_speakers(tally: Tally, text: str, preds: list[Pred], golds: list[Rel]) -> None:
    """Speaker precision / recall on direct quotes (see the module docstring)."""
    used: set[int] = set()
    attributed = right = 0
    with_source = sum(1 for g in golds if g.source)
    for g in golds:
        gc = tokens(text, g.content)
        best, best_j = 0.0, -1
        for j, p in enumerate(preds):
            if j not in used and (o := overlap(tokens(text, p.content), gc)) > best:
                best, best_j = o, j
        if best_j < 0 or best < 0.5:
            continue
        used.add(best_j)
        p = preds[best_j]
        if not p.source:
            continue
        attributed += 1
        if g.source and overlap(tokens(text, p.source), tokens(text, g.source)) >= 0.5:
            right += 1
    tally.add("direct|speaker", right, attributed, right, with_source)


def topline_preds(doc: object) -> list[Pred]:
    from topline.analyze.entities import find_entities
    from topline.analyze.quotes import quotes_with_sources

    _, clusters = find_entities(doc)  # type: ignore[arg-type]
    # Quotes sharing a cue in one paragraph are one prediction, as PolNeAR's discontinuous
    # Content spans ("“A,” he said. “B.”" is one relation); a continuation paragraph is
    # a relation of its own.
    text = doc.text  # type: ignore[attr-defined]
    groups: dict[object, Pred] = {}
    for i, f in enumerate(quotes_with_sources(doc, clusters)):  # type: ignore[arg-type]
        q = f.quote
        c = (q.content_span.start, q.content_span.end)
        para = text.count("\n", 0, q.content_span.start)
        key: object = (q.cue_span.start, q.cue_span.end, para) if q.cue_span else i
        src = [(s.span.start, s.span.end) for s in f.sources if s.span is not None]
        if key in groups:
            groups[key].content.append(c)
        else:
            cue = (q.cue_span.start, q.cue_span.end) if q.cue_span else None
            groups[key] = Pred([c], src, q.kind == "direct", cue, q.kind)
    return list(groups.values())


def textacy_preds(doc: object) -> list[Pred]:
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        for t in direct_quotations(doc):  # type: ignore[arg-type]
            content = [(t.content.start_char, t.content.end_char)]
            src = [(t.speaker[0].idx, t.speaker[-1].idx + len(t.speaker[-1]))] if t.speaker else []
            out.append(Pred(content, src, True))
    except Exception:  # noqa: BLE001 - the baseline's own failures count as no output
        return out
    return out


SYSTEMS: dict[str, Callable[[object], list[Pred]]] = {
    "topline": topline_preds,
    "textacy": textacy_preds,
}


def shared_record(stem: str, preds: list[Pred]) -> dict[str, object]:
    """One line of the shared scorer's JSONL (first part's start to last part's end)."""
    quotes = []
    for p in preds:
        start = min(a for a, _ in p.content)
        end = max(b for _, b in p.content)
        src = [min(a for a, _ in p.source), max(b for _, b in p.source)] if p.source else None
        quote: dict[str, object] = {"content": [start, end], "source": src}
        if p.cue is not None:
            quote["cue"] = list(p.cue)
        if p.kind:
            quote["kind"] = p.kind
        quotes.append(quote)
    return {"doc": stem, "quotes": quotes}


def parse_all(nlp: object, texts: list[str], cache: Path | None) -> list[object]:
    """spaCy docs of ``texts``, read from / written to a DocBin in ``cache`` when given."""
    from spacy.tokens import DocBin

    docs: list[object]
    key = None
    if cache is not None:
        import hashlib

        digest = hashlib.sha1("\x00".join(texts).encode()).hexdigest()[:16]
        key = cache / f"polnear-{digest}.spacy"
        if key.exists():
            return list(DocBin().from_disk(key).get_docs(nlp.vocab))  # type: ignore[attr-defined]
    docs = list(nlp.pipe(texts))  # type: ignore[attr-defined]
    if key is not None:
        key.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(key)  # type: ignore[arg-type]
    return docs


def _prf(tallies: dict[str, Tally], name: str, key: str) -> tuple[float, ...]:
    """P, R, F1 of a system, NaN for one not run (printed as "nan")."""
    return tallies[name].prf(key) if name in tallies else (float("nan"),) * 3


def link_slice(split: str, stems: list[str], out: Path) -> None:
    """``out/text`` and ``out/attributions``: links to the articles ``stems`` of ``split``."""
    for sub in ("text", "attributions"):
        (out / sub).mkdir(parents=True, exist_ok=True)
        for old in (out / sub).iterdir():
            old.unlink()
    for stem in stems:
        for path in [DATA / split / "text" / f"{stem}.txt"] + sorted(
            (DATA / split / "attributions").glob(f"{stem}_*.ann")
        ):
            (out / path.parent.name / path.name).symlink_to(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument(
        "--limit",
        type=int,
        default=0,
        help="N articles, evenly spread over the publishers (0: all)",
    )
    ap.add_argument(
        "--offset", type=int, default=0, help="with --limit: start at this article (0: first)"
    )
    ap.add_argument("--errors", type=int, default=0, help="print K missed direct quotes")
    ap.add_argument("--links", type=Path, help="directory of links to the chosen articles")
    ap.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated systems to run")
    ap.add_argument("--pred-out", type=Path, help="write topline's predictions (shared JSONL)")
    ap.add_argument("--cache", type=Path, help="directory for cached spaCy parses")
    args = ap.parse_args()
    sys.path.insert(0, str(SRC))
    from topline.nlp import get_nlp

    gold = load_gold(args.split)
    if args.limit and args.limit < len(gold):
        stride = -(-len(gold) // args.limit)
        gold = gold[args.offset :: stride][: args.limit]
    if args.links:
        link_slice(args.split, [stem for stem, _, _ in gold], args.links)
    systems = {name: SYSTEMS[name] for name in args.systems.split(",")}
    nlp = get_nlp()
    tallies = {name: Tally() for name in systems}
    misses: list[str] = []
    t0 = time.perf_counter()
    records: list[dict[str, object]] = []
    docs = parse_all(nlp, [t for _, t, _ in gold], args.cache)
    for (stem, text, rels), doc in zip(gold, docs, strict=True):
        for name, fn in systems.items():
            preds = fn(doc)
            if name == "topline":
                records.append(shared_record(stem, preds))
            score(tallies[name], "all", text, preds, rels)
            dp = [p for p in preds if p.direct]
            dg = [r for r in rels if r.direct]
            score(tallies[name], "direct", text, dp, dg)
            score_speakers(tallies[name], text, dp, dg)
            if name == "topline" and args.errors:
                pt = [tokens(text, p.content) for p in dp]
                for g in dg:
                    gt = tokens(text, g.content)
                    if not any(overlap(p, gt) >= 0.5 for p in pt):
                        misses.append(" ".join(text[a:b] for a, b in g.content)[:160])
    elapsed = time.perf_counter() - t0
    n_rel = sum(len(r) for _, _, r in gold)
    n_dir = sum(sum(1 for x in r if x.direct) for _, _, r in gold)
    print(
        f"PolNeAR {args.split}: {len(gold)} articles, {n_rel} relations ({n_dir} direct); {elapsed:.0f} s"
    )
    print()
    print("| scope | metric | topline P | R | F1 | textacy P | R | F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for scope in ("direct", "all"):
        for metric in ("content exact", "content overlap", "source overlap", "pair overlap"):
            row = [scope, metric]
            for name in SYSTEMS:
                row += [f"{v:.2f}" for v in _prf(tallies, name, f"{scope}|{metric}")]
            print("| " + " | ".join(row) + " |")
    row = ["direct", "speaker"]
    for name in SYSTEMS:
        row += [f"{v:.2f}" for v in _prf(tallies, name, "direct|speaker")]
    print("| " + " | ".join(row) + " |")
    right, attributed, _, with_source = tallies["topline"].counts.get("direct|speaker", [0] * 4)
    p, r, _ = tallies["topline"].prf("direct|speaker")
    print(
        f"\ntopline speaker precision {p:.3f} ({right} right of {attributed} attributed), "
        f"recall {r:.3f} (of {with_source} gold direct quotes with a source)"
    )
    if args.pred_out:
        with args.pred_out.open("w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec) + "\n")
    if misses:
        print(f"\nMissed direct quotes (first {args.errors}):")
        for m in misses[: args.errors]:
            print(" -", m.replace("\n", " "))


if __name__ == "__main__":
    main()
