"""References nothing in the brief resolves, counted over a pool of unseen briefs.

    nice python benchmarks/dangling_refs.py [--cache DIR] [--examples K] [--sets polnear,dev]
        [--against OTHER/src] [--half first|second]

A brief element may point back at something only an unshown sentence tells: a shell noun
("The move …", "The findings …"), a bare surname whose full name only an earlier sentence
gives ("Mateen said …"), "They …", a bare role noun ("The group …"), or any bare definite
description whose noun the article introduced in a sentence not shown ("The legislation
seeks …": ``definite``, :func:`dangling_definite`, read on the element as shown;
``definite a/an`` when the article introduced the noun with "a/an",
:func:`topline.brief.refs.unintroduced_description`), or a distal demonstrative or
comparative phrase whose noun nothing shown names ("those efforts", "such moves":
``those/such``, :func:`topline.brief.refs.referring_phrase`). This script counts,
for each kind (:func:`reference_kinds`), how many Toplines and bullets
open with one and how many of those the brief leaves dangling
(:func:`dangles`): nothing shown before the element resolves
it. The pool: PolNeAR *train* articles at positions 465-840 of ``brief_read.py``'s shuffled
order (beyond every sample read so far) and the XSum and CNN/DM items of
``news-summaries/dev.jsonl``; later sessions' pools are in :data:`POOLS` (``polnear17``:
positions 657-840, ``tbaq17``: the TBAQ documents under 1,500 characters). ``--against`` has another checkout make the briefs (from the
cached analyses), read by this checkout's rules: the same reading of both.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from benchmarks.brief_read import DATA, SEED, TBAQ_MIN_CHARS, _articles, items_of  # noqa: E402
from benchmarks.timeml import read_corpus  # noqa: E402
from topline.analyze import analyze_many  # noqa: E402
from topline.brief import make_brief  # noqa: E402
from topline.brief.features import SentenceView, content_terms, sentence_views, stem  # noqa: E402  # noqa: E402
from topline.brief.refs import (  # noqa: E402
    _DETERMINER_REACH,
    _TEXT_WORD,
    bare_definite_head,
    cut_pieces,
    dangling_shell,
    introduced_heads,
    orphaned_description,
    referring_phrase,
    shell_opener,
    unintroduced_description,
    unresolved_names,
)
from topline.brief.select import _EPITHET_SUBJECT, _ROLE_SUBJECT  # noqa: E402
from topline.model import Analysis, Span, join_spans  # noqa: E402

_THEY = re.compile(r"^\W{0,2}(?:(?:But|And|Yet|So)\s+)?(?:They|Their|Them|they|their)\b")


#: A determiner that makes a mention definite itself: the chain it belongs to began before
#: it (with a name, or in the world the story assumes), not with this mention.
_DEFINITE_DETERMINERS = frozenset("the this that these those".split())


def introduction(text: str, before: int, head: str) -> int | None:
    """Where the article introduces what a later "the <head>" refers to: the offset of its
    first mention of ``head`` (same stem) before ``before``, when that mention is not itself
    definite ("a lawsuit", "Corker's legislation", "its acquisition"; not "the company",
    whose chain began elsewhere: with a name, or in the world the story assumes). None when
    the article mentions no such noun before (a description new to the story, or unique)."""
    target = stem(head)
    recent: list[str] = []
    for match in _TEXT_WORD.finditer(text, 0, before):
        word = match.group()
        if stem(word) == target and word[0].islower():
            if any(w.lower() in _DEFINITE_DETERMINERS for w in recent[-_DETERMINER_REACH:]):
                return None
            return match.start()
        recent.append(word)
    return None


def dangling_definite(text: str, display: str, start: int, shown: Sequence[str]) -> bool:
    """Whether an element opens with a bare definite description (:func:`bare_definite_head`)
    that points back at a mention the brief does not show: the article introduced its noun
    before (:func:`introduction`) and no element shown before it (``shown``: their texts)
    has that noun. "The legislation seeks …" after a Topline that never names the bill reads
    as a riddle; "The company said …" after a Topline naming the company is left alone (the
    article's first "company" is "the company": its chain began with the name)."""
    head = bare_definite_head(display)
    if head is None:
        return False
    target = stem(head)
    if any(target in content_terms(s) for s in shown):
        return False
    return introduction(text, start, head) is not None


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
#: ``polnear16`` is the sixteenth session's pool (beyond samples AK-AR); ``tbaq`` its TBAQ
#: pool: the documents of 1,500+ characters beyond samples AK-AR and every shorter one.
POOLS = {
    "polnear": ((181, 181), (465, 840), (0, 0), (0, 0)),
    "polnear16": ((181, 181), (561, 840), (0, 0), (0, 0)),
    "dev": ((181, 181), (0, 0), (0, 10**6), (0, 10**6)),
    "tbaq": ((181, 181), (0, 0), (0, 0), (0, 0), (96, 10**6)),
    "polnear17": ((181, 181), (657, 840), (0, 0), (0, 0)),
    "tbaq17": ((181, 181), (0, 0), (0, 0), (0, 0), (0, 0)),
    # samples read before (positions 0-465) and the sixteenth session's pool below polnear17:
    # more briefs to judge a rare class's refusals on (never the two halves it is counted on)
    "early": ((181, 181), (0, 465), (0, 0), (0, 0)),
    "p16head": ((181, 181), (561, 657), (0, 0), (0, 0)),
}


def pool_items(name: str) -> list[tuple[str, object]]:
    """The pool's items in ``brief_read.py``'s order; ``tbaq`` adds the short documents
    (under ``TBAQ_MIN_CHARS``, never in a sample), in a shuffle of their own."""
    items: list[tuple[str, object]] = list(items_of(POOLS[name]))
    if name in ("tbaq", "tbaq17"):
        short = [d for d in read_corpus(DATA / "tempeval3" / "TBAQ-cleaned")]
        short = [d for d in short if len(d.text) < TBAQ_MIN_CHARS]
        random.Random(SEED).shuffle(short)
        items += [("tbaq", doc) for doc in short]
    return items


def cached_analyses(path: Path | None, items: list[tuple[str, Any]]) -> list[Analysis]:
    """The analyses of a pool's ``items``, pickled at ``path`` the first time and read from
    it after (the pool benchmarks compare checkouts' briefs on the same analyses)."""
    if path is not None and path.exists():
        with path.open("rb") as f:
            cached: list[Analysis] = pickle.load(f)  # noqa: S301 - written by this script
            return cached
    analyses = list(analyze_many(_articles(items)))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            pickle.dump(analyses, f)
    return analyses


def _analyses(name: str, cache: Path | None) -> list[Analysis]:
    path = cache / f"pool-{name}.pkl" if cache is not None else None
    return cached_analyses(path, pool_items(name))


#: Run in another checkout (``--against``): each brief's Topline and bullets as (role, text,
#: [[start, end], …]); :func:`elements_from` and :func:`spans_of` read what they need of it.
_SHOWN = """
import json, pickle, sys
sys.path.insert(0, sys.argv[1])
from topline.brief import make_brief
out = []
for a in pickle.load(open(sys.argv[2], "rb")):
    b = make_brief(a)
    els = [("topline", b.topline)] if b.topline is not None else []
    els += [("bullet", x) for x in b.bullets]
    out.append([(r, e.text, [[s.start, s.end] for s in e.spans]) for r, e in els])
print(json.dumps(out))
"""


def _shown_from(src: Path, path: Path) -> list[list[tuple[str, str, list[list[int]]]]]:
    """Each brief's shown elements, made by the checkout whose ``src`` is given from the
    analyses pickled at ``path``."""
    done = subprocess.run(
        [sys.executable, "-c", _SHOWN, str(src), str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    briefs: list[list[tuple[str, str, list[list[int]]]]] = json.loads(done.stdout)
    return briefs


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
    return [[(r, spans[0][0], t) for r, t, spans in brief] for brief in _shown_from(src, path)]


def spans_of(analyses: list[Analysis], src: Path | None, path: Path | None) -> list[Any]:
    """Each brief's elements as (role, spans), made by this checkout or by ``src``'s."""
    if src is not None and path is not None:
        return [
            [(r, tuple(Span(a, b) for a, b in spans)) for r, _, spans in brief]
            for brief in _shown_from(src, path)
        ]
    out = []
    for analysis in analyses:
        brief = make_brief(analysis)
        shown = [("topline", brief.topline)] if brief.topline is not None else []
        out.append([(role, e.spans) for role, e in shown + [("bullet", b) for b in brief.bullets]])
    return out


def count_cut(analyses: list[Analysis], briefs: list[Any], examples: int) -> Counter[str]:
    """Bullets that refer to what a cut left out of an element shown before them (second
    round of the seventeenth session): a definite description whose noun, in the same
    number, only a cut part introduced (:func:`topline.brief.refs.orphaned_description`),
    or an opening he/she right after an element whose sentence names a person only in its
    cut part and whose shown part names nobody and has no person pronoun."""
    found: Counter[str] = Counter()
    shown_examples = 0
    for analysis, elements in zip(analyses, briefs, strict=True):
        text = analysis.article.text
        persons = [e.span for e in analysis.entities if e.label == "PERSON"]
        cut_heads: set[str] = set()
        terms: set[str] = set()
        before_unnamed = False
        for role, spans in elements:
            sentence = next((s.span for s in analysis.sentences if s.span.overlaps(spans[0])), None)
            display = join_spans(text, spans)
            kind = None
            if role == "bullet":
                found["bullets"] += 1
                if orphaned_description(display, cut_heads, terms):
                    kind = "definite"
                elif before_unnamed and _HE_SHE.match(display):
                    kind = "he/she"
            if kind is not None:
                found[kind] += 1
                if shown_examples < examples:
                    shown_examples += 1
                    print(f"[cut {kind}] {analysis.article.source}: {display[:160]}")
            terms.update(content_terms(display))
            if sentence is None:
                continue
            pieces = cut_pieces(text, sentence, spans)
            for piece in pieces:
                cut_heads |= introduced_heads(piece.of(text))
            named_cut = any(p.contains(e) for p in pieces for e in persons)
            words = set(re.findall(r"[\w’'-]+", display))
            named_shown = any(s.overlaps(e) for s in spans for e in persons) or any(
                e.of(text).split()[-1] in words for e in persons if sentence.contains(e)
            )
            before_unnamed = named_cut and not named_shown and not _PERSON_WORD.search(display)
    return found


_HE_SHE = re.compile(r"^\W{0,2}(?:(?:But|And|Yet|So)\s+)?(?:He|She)\b")
_PERSON_WORD = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]imself|[Hh]erself)\b")


def count(
    analyses: list[Analysis], briefs: list[list[tuple[str, int, str]]], examples: int
) -> tuple[Counter[str], Counter[str]]:
    """Elements that open with each kind of reference, and those left dangling."""
    opened: Counter[str] = Counter()
    dangling: Counter[str] = Counter()
    shown_examples: Counter[str] = Counter()
    for analysis, elements in zip(analyses, briefs, strict=True):
        views = {v.index: v for v in sentence_views(analysis)}
        source = analysis.article.text
        seen: list[int] = []
        shown: list[str] = []
        for role, start, text in elements:
            opened[f"({role}s shown)"] += 1
            view = next((v for v in views.values() if v.span.start <= start < v.span.end), None)
            if view is None:
                continue
            taken = [views[i] for i in seen]
            kinds = [(k, dangles(k, view, taken)) for k in reference_kinds(view)]
            if bare_definite_head(text) is not None:  # read on the element as shown
                kinds.append(("definite", dangling_definite(source, text, start, shown)))
                terms = set().union(*(content_terms(s) for s in shown)) if shown else set()
                kinds.append(
                    ("definite a/an", bool(unintroduced_description(source, text, start, terms)))
                )
            if referring_phrase(
                text, set().union(*(content_terms(s) for s in shown)) if shown else set()
            ):  # a distal demonstrative or comparative phrase whose noun nothing shown names:
                # dangling unless the element before is the sentence right before it
                kinds.append(("those/such", not seen or seen[-1] != view.index - 1))
            for kind, dangled in kinds:
                opened[f"{role} {kind}"] += 1
                if dangled:
                    dangling[f"{role} {kind}"] += 1
                    if shown_examples[kind] < examples:
                        shown_examples[kind] += 1
                        print(f"[{role} {kind}] {analysis.article.source}: {text[:160]}")
            seen.append(view.index)
            shown.append(text)
    return opened, dangling


def pool_briefs(
    name: str, cache: Path | None, against: Path | None
) -> tuple[list[Analysis], list[list[tuple[str, int, str]]]]:
    """A pool's analyses (cached under ``cache``) and its briefs' elements, made by this
    checkout or, with ``against`` and a cache, by the checkout whose ``src`` is given."""
    analyses = _analyses(name, cache)
    if against is not None and cache is not None:
        return analyses, elements_from(against, cache / f"pool-{name}.pkl")
    return analyses, elements_of(analyses)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=None, help="directory of analyses")
    parser.add_argument("--examples", type=int, default=0, help="dangling elements to print")
    parser.add_argument("--sets", default="polnear,dev")
    parser.add_argument("--against", type=Path, help="another checkout's src makes the briefs")
    parser.add_argument(
        "--half", choices=("first", "second"), help="only the first or the second half of a pool"
    )
    args = parser.parse_args()
    for name in args.sets.split(","):
        analyses, briefs = pool_briefs(name, args.cache, args.against)
        if args.half is not None:  # a rule built on one half is checked on the other
            cut = len(analyses) // 2
            part = slice(0, cut) if args.half == "first" else slice(cut, None)
            analyses, briefs = analyses[part], briefs[part]
        opened, dangling = count(analyses, briefs, args.examples)
        spans = spans_of(
            analyses,
            args.against,
            args.cache / f"pool-{name}.pkl" if args.against and args.cache else None,
        )
        if args.half is not None and args.against is not None:
            spans = spans[part]  # the other checkout made the whole pool's briefs
        by_cut = count_cut(analyses, spans, args.examples)
        print(f"\n{name}: {len(analyses)} briefs")
        print(f"{'element kind':<28}{'opens':>7}{'dangling':>10}")
        for key in sorted(opened):
            print(f"{key:<28}{opened[key]:>7}{dangling[key]:>10}")
        total = sum(v for k, v in opened.items() if not k.startswith("("))
        print(f"{'all':<28}{total:>7}{sum(dangling.values()):>10}")
        print(
            f"bullets referring to what a cut left out (of {by_cut['bullets']}): "
            f"definite {by_cut['definite']}, he/she {by_cut['he/she']}"
        )


if __name__ == "__main__":
    main()
