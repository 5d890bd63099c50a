"""Editorial audit: mechanical defects per 100 briefs, by class and by set.

    nice python benchmarks/editorial_audit.py [--sets cnndm,xsum,pages,seed] [--limit N]
        [--briefs out.jsonl ...] [--examples K] [--cache DIR] [--save DIR]

Sets: ``cnndm`` and ``xsum`` are the articles of ``../shared/data/news-summaries/dev.jsonl``
(plain text through ``article_from_text``); ``pages`` is every page of
``../shared/data/article-extraction`` (HTML through the project's reader,
``topline.ingest.html.article_from_html``); ``seed`` is ``../shared/examples/seed-article.txt``; ``polnear`` is the 84 articles of
``../shared/data/polnear/dev/text`` (2016 US election news, with their publication dates), a
held-out set: the rules were written without reading a brief of it.
``--briefs`` audits any JSONL written by ``topline batch`` instead of (or besides) briefing.
The rules are :mod:`topline.eval.editorial` (one plain rule per class, fixture-tested);
``--examples`` prints the first defects of each class, for reading. ``--cache DIR`` keeps
each set's analyses in ``DIR/<set>.pkl`` (written on the first run, read on the next), so
that the briefs can be composed and audited again without analysing the articles again; a
cache is only valid for the analysis code that wrote it. ``--save DIR`` writes each set's
briefs to ``DIR/<set>.jsonl`` as ``topline batch`` records, so that the briefs of one version
of the code can be audited later with another version's rules (``--sets '' --briefs …``):
the before/after tables of docs/benchmarks.md are made so.

Classes are those of :mod:`topline.eval.editorial`; the eighth session added ``cut_sentence``
(an element cut short or cut between subject and verb) and widened ``fragment``, ``run_on``,
``no_subject``, ``bullet_pronoun`` and ``topline_opener`` (see its docstring).
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from topline.analyze import analyze_many  # noqa: E402
from topline.analyze.language import require_supported  # noqa: E402
from topline.brief import make_brief  # noqa: E402
from topline.errors import ToplineError  # noqa: E402
from topline.eval.editorial import (  # noqa: E402
    CLASSES,
    SECTIONS,
    Tally,
    audit_brief,
    audit_record,
    record_brief,
)
from topline.ingest import article_from_text  # noqa: E402
from topline.ingest.html import article_from_html  # noqa: E402
from topline.model import Analysis, Article, to_dict  # noqa: E402

SHARED = ROOT.parent / "shared"
SUMMARIES = SHARED / "data" / "news-summaries" / "dev.jsonl"
PAGES = SHARED / "data" / "article-extraction"
SEED = SHARED / "examples" / "seed-article.txt"
POLNEAR = SHARED / "data" / "polnear" / "dev" / "text"
SETS = ("cnndm", "xsum", "pages", "seed", "polnear")


def _articles(name: str, limit: int | None) -> Iterator[Article]:
    if name in {"cnndm", "xsum"}:
        rows = [json.loads(line) for line in SUMMARIES.open(encoding="utf-8")]
        rows = [r for r in rows if r["corpus"] == name][:limit]
        for r in rows:
            article = article_from_text(r["article"], source=r["id"])
            try:
                require_supported(article)
            except ToplineError:
                continue  # not English (one Welsh XSum text): no brief, as the product does
            yield article
    elif name == "pages":
        for path in sorted((PAGES / "html").glob("*.html.gz"))[:limit]:
            html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
            try:
                article = article_from_html(html, source=path.name)
                require_supported(article)
            except ToplineError:
                continue  # the reader refused the page, or it is not English: no brief
            yield article
    elif name == "seed":
        yield article_from_text(SEED.read_bytes(), source=str(SEED))
    elif name == "polnear":
        for path in sorted(POLNEAR.glob("*.txt"))[:limit]:
            published = path.stem.split("_")[1]  # publisher_YYYY-MM-DD_slug
            yield article_from_text(path.read_bytes(), source=path.name, published=published)


def _analyses(name: str, limit: int | None, cache: Path | None) -> list[Analysis]:
    """The set's analyses, from ``cache/<name>.pkl`` when it is there (our own file)."""
    path = cache / f"{name}.pkl" if cache is not None and limit is None else None
    if path is not None and path.exists():
        with path.open("rb") as f:
            cached: list[Analysis] = pickle.load(f)  # noqa: S301 - written by this script
            return cached
    analyses = list(analyze_many(_articles(name, limit)))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as f:
            pickle.dump(analyses, f)
    return analyses


def audit_set(
    name: str,
    limit: int | None,
    keep: int = 3,
    cache: Path | None = None,
    save: Path | None = None,
) -> Tally:
    tally = Tally(keep=keep)
    out = None
    if save is not None:
        save.mkdir(parents=True, exist_ok=True)
        out = (save / f"{name}.jsonl").open("w", encoding="utf-8")
    for analysis in _analyses(name, limit, cache):
        brief = make_brief(analysis)
        article = analysis.article
        tally.add(audit_brief(brief, article.text, article.published), brief)
        if out is not None:
            published = article.published.isoformat() if article.published else None
            doc = {"text": article.text, "published": published}
            out.write(json.dumps({"result": {"brief": to_dict(brief), "article": doc}}) + "\n")
    if out is not None:
        out.close()
    return tally


def audit_file(path: Path, keep: int = 3) -> Tally:
    tally = Tally(keep=keep)
    for line in path.open(encoding="utf-8"):
        if line.strip():
            record = json.loads(line)
            defects = audit_record(record)
            if defects is not None:
                tally.add(defects, record_brief(record))
    return tally


def table(tallies: dict[str, Tally]) -> str:
    names = list(tallies)
    rows = ["| class | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for kind in CLASSES:
        rows.append(f"| {kind} | " + " | ".join(f"{t.per_100(kind):.1f}" for t in tallies.values()))
    rows.append(
        "| **all defects** | " + " | ".join(f"**{t.per_100():.1f}**" for t in tallies.values())
    )
    rows.append("| briefs | " + " | ".join(str(t.briefs) for t in tallies.values()))
    for section in SECTIONS:
        shares = " | ".join(f"{t.share(section):.0f}%" for t in tallies.values())
        rows.append(f"| _briefs with {section}_ | {shares}")
    return "\n".join(r if r.endswith("|") else r + " |" for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated; '' for none")
    parser.add_argument("--limit", type=int, default=None, help="articles per set")
    parser.add_argument("--briefs", nargs="*", default=[], help="topline batch JSONL files")
    parser.add_argument("--examples", type=int, default=0, help="defects to print per class")
    parser.add_argument("--cache", type=Path, default=None, help="directory of analyses")
    parser.add_argument("--save", type=Path, default=None, help="write each set's briefs here")
    args = parser.parse_args()
    tallies: dict[str, Tally] = {}
    for name in [s for s in args.sets.split(",") if s]:
        tallies[name] = audit_set(name, args.limit, args.examples, args.cache, args.save)
    for path in args.briefs:
        tallies[Path(path).name] = audit_file(Path(path), args.examples)
    print("Defects per 100 briefs (each element counted once per class it breaks)\n")
    print(table(tallies))
    if args.examples:
        for name, tally in tallies.items():
            print(f"\n## {name}")
            for kind in CLASSES:
                for d in tally.examples.get(kind, [])[: args.examples]:
                    print(f"- {kind} [{d.element}] {d.text[:160]!r}")


if __name__ == "__main__":
    main()
