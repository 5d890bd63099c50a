"""How texts set their first lines, and what the brief makes of a headline line.

    nice python benchmarks/headline_lines.py [--show SET-OR-CLASS]
    nice python benchmarks/headline_lines.py --briefs [--cache DIR] [--save FILE] [--show-briefs]

A plain text given without a title may open with its headline (PolNeAR's texts all do, the
headline set as a paragraph of its own and given a full stop), or with its lede (a user's
text, a news-summaries item). The brief must leave a headline out of the Topline and the
bullets and keep a lede in. This script counts, first, how the first block (the lines
before the first blank line) is set, on texts whose answer is known:

- ``polnear``: PolNeAR train+dev as given; every first line is the article's headline
  (it matches the title of ``metadata.tsv`` on all 924);
- ``polnear-body``: the same texts with the headline line taken off, so that they open with
  what came after it: the lede (often a one-sentence paragraph), or a deck, a label
  ("ABSTRACT.") or a dateline lede; a negative set for a reading of headlines;
- ``pages-body``: the gold article bodies of ``article-extraction`` (a page's text without
  its title; 177 have blank lines), another negative set;
- ``xsum-lines``: XSum items with each line set as a paragraph (the items are one sentence a
  line and have no blank line); their first line is a lede, never a headline;
- ``cnndm``: CNN/DM items as given (one paragraph: no block is ever read as a headline).

Each first block is put in one class by its form (:func:`form`), and the table gives, per
set and class, how many blocks the brief's reader (``brief.headline.leading_headline`` of
this checkout; run the script from another checkout for its reading) takes for a headline. ``--briefs`` analyses PolNeAR train+dev
(cached in ``--cache``), makes every brief and counts the Toplines and bullets whose spans
fall in the first line when it is the headline (the ingest takes some headlines out as the
article's title; those texts open with their lede, which may be shown): the lead's count of
the fourteenth session's end, without the lede lines it counted. It also counts the briefs
with no Topline (a reader sees bullets under no Topline at once) and those with no element.
"""

from __future__ import annotations

import argparse
import csv
import json
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from topline.model import Span  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
POLNEAR = DATA / "polnear"
_BLANK = re.compile(r"\n[ \t\xa0]*\n")
_STOP_END = re.compile(r"[.!?][\"”’')\]]*$")
_ARTICLE = re.compile(r"\b(?:a|an|the)\b", re.I)
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ ]{2,}(?:,[^—–―\-(]{2,30})?\s*(?:\([A-Za-z. ]+\))?\s*[—–―-]{1,2}\s"
)
_LABEL = re.compile(r"^[\"“‘']?[A-Z][^\s:]*(?:\s+[^\s:]+){0,3}:\s+\S")
FORMS = (
    "a label of one or two words",
    "title case or capitals",
    "no closing stop",
    "'Topic:' label",
    "sentence case, stop, no article",
    "sentence case, stop, article",
    "dateline lede",
    "two or more sentences",
    "longer than a headline",
    "no blank line",
)


def _texts() -> dict[str, list[tuple[str, str]]]:
    """(name, text) of each set (see the module)."""
    polnear = [
        (p.stem, p.read_text(encoding="utf-8"))
        for split in ("train", "dev")
        for p in sorted((POLNEAR / split / "text").glob("*.txt"))
    ]
    body = []
    for name, text in polnear:
        match = _BLANK.search(text)
        if match is not None:
            body.append((name, text[match.end() :]))
    gold = json.loads((DATA / "article-extraction" / "ground-truth.json").read_text())
    pages = [(k[:12], v["articleBody"]) for k, v in sorted(gold.items())]
    rows = [json.loads(line) for line in (DATA / "news-summaries" / "dev.jsonl").open()]
    xsum = [(r["id"], r["article"].replace("\n", "\n\n")) for r in rows if r["corpus"] == "xsum"]
    cnndm = [(r["id"], r["article"]) for r in rows if r["corpus"] == "cnndm"]
    return {
        "polnear": polnear,
        "polnear-body": body,
        "pages-body": pages,
        "xsum-lines": xsum,
        "cnndm": cnndm,
    }


def form(text: str) -> str:
    """The class of the text's first block, by its form alone (the first rule that fits)."""
    from topline.brief.editorial_rules import heading

    match = _BLANK.search(text)
    if match is None:
        return "no blank line"
    block = text[: match.start()].strip()
    line = " ".join(block.split())
    if _DATELINE.match(line):
        return "dateline lede"
    if len(line.split()) <= 2:
        return "a label of one or two words"
    if len(line.split()) > 20 or block.count("\n") > 1:
        return "longer than a headline"
    if heading(line):
        return "title case or capitals"
    if not _STOP_END.search(line) or line.endswith(";"):
        return "no closing stop"
    if _LABEL.match(line):
        return "'Topic:' label"
    if len(re.findall(r"[.!?][\"”’')\]]*\s+[\"“‘']?[A-Z]", line)) >= 1:
        return "two or more sentences"
    if _ARTICLE.search(line) is None:
        return "sentence case, stop, no article"
    return "sentence case, stop, article"


def count(show: str | None) -> None:
    from topline.brief.headline import leading_headline as read

    sets = _texts()
    print("cells are texts (of them taken for a headline)\n")
    print("| first block | " + " | ".join(sets) + " |")
    print("|---|" + "---:|" * len(sets))
    totals: dict[str, Counter[str]] = {s: Counter() for s in sets}
    taken: dict[str, Counter[str]] = {s: Counter() for s in sets}
    shown = []
    for name, texts in sets.items():
        for key, text in texts:
            kind = form(text)
            totals[name][kind] += 1
            hit = read(text) is not None
            taken[name][kind] += hit
            if show is not None and (show == name or show == kind):
                first = " ".join(
                    text[: (_BLANK.search(text) or re.search("$", text)).start()].split()
                )  # type: ignore[union-attr]
                shown.append(
                    f"{name:12} {'H' if hit else '-'} {kind[:24]:24} {key[:20]:20} | {first[:110]}"
                )
    for kind in FORMS:
        cells = [f"{totals[s][kind]} ({taken[s][kind]})" for s in sets]
        print(f"| {kind} | " + " | ".join(cells) + " |")
    cells = [f"**{sum(totals[s].values())} ({sum(taken[s].values())})**" for s in sets]
    print("| **all** | " + " | ".join(cells) + " |")
    if shown:
        print()
        print("\n".join(shown))


def briefs(cache: Path | None, save: Path | None, show: bool) -> None:
    """Toplines and bullets taken from PolNeAR's headline line (train+dev, 924 briefs)."""
    from topline.analyze import analyze_many
    from topline.brief import make_brief
    from topline.ingest import article_from_text
    from topline.model import Analysis

    meta = {
        r["filename"]: r
        for r in csv.DictReader((POLNEAR / "metadata.tsv").open(encoding="utf-8"), delimiter="\t")
    }
    paths = [p for s in ("train", "dev") for p in sorted((POLNEAR / s / "text").glob("*.txt"))]
    path = cache / "polnear-all.pkl" if cache is not None else None
    if path is not None and path.exists():
        with path.open("rb") as f:
            analyses: list[Analysis] = pickle.load(f)  # noqa: S301 - written by this script
    else:
        articles = (
            article_from_text(
                p.read_bytes(), source=p.name, published=meta[p.stem]["publication_date"]
            )
            for p in paths
        )
        analyses = list(analyze_many(articles))
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as f:
                pickle.dump(analyses, f)
    tops = bullets = texts = abstract_tops = abstract_bullets = 0
    records = []
    from topline.brief.headline import abstract_block

    cleaned = 0
    untopped: Counter[str] = Counter()  # briefs with no Topline: bullets shown, or nothing
    for analysis in analyses:
        text = analysis.article.text
        head = Span(0, text.find("\n") if "\n" in text else len(text))
        brief = make_brief(analysis)
        if not analysis.article.raw.lstrip().startswith(head.of(text).strip()):
            cleaned += 1  # the ingest took the headline out as the title: the text opens
            head = Span(0, 0)  # with its lede, which may be shown
        top = brief.topline is not None and any(s.overlaps(head) for s in brief.topline.spans)
        n = sum(any(s.overlaps(head) for s in b.spans) for b in brief.bullets)
        if brief.topline is None:
            shown = brief.bullets or brief.crucial_quote or brief.key_background
            untopped["other elements, no Topline" if shown else "no element"] += 1
            untopped["bullets, no Topline"] += bool(brief.bullets)
        tops += top
        bullets += n
        texts += top or n > 0
        abstract = abstract_block(text)
        if abstract is not None:
            abstract_tops += brief.topline is not None and any(
                s.overlaps(abstract) for s in brief.topline.spans
            )
            abstract_bullets += sum(
                any(s.overlaps(abstract) for s in b.spans) for b in brief.bullets
            )
        records.append(
            {
                "source": analysis.article.source,
                "topline": brief.topline.text if brief.topline else None,
                "bullets": [b.text for b in brief.bullets],
            }
        )
        if show and (top or n):
            print(
                f"{analysis.article.source}: {'T' if top else ''}{'B' * n} | {text[: head.end][:100]}"
            )
    print(f"PolNeAR train+dev briefs: {len(analyses)} ({cleaned} with the headline taken out)")
    print(
        f"Toplines from the headline line: {tops}; bullets: {bullets}; briefs with either: {texts}"
    )
    print(f"Toplines from an archive abstract: {abstract_tops}; bullets: {abstract_bullets}")
    print(
        "Briefs with no Topline: "
        f"{untopped['other elements, no Topline'] + untopped['no element']} "
        f"({untopped['bullets, no Topline']} with bullets, "
        f"{untopped['no element']} with no element at all)"
    )
    if save is not None:
        save.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", default=None, help="print the blocks of a set or a class")
    parser.add_argument("--briefs", action="store_true", help="count headline Toplines/bullets")
    parser.add_argument("--cache", type=Path, default=None, help="directory of analyses")
    parser.add_argument("--save", type=Path, default=None, help="JSONL of the briefs")
    parser.add_argument("--show-briefs", action="store_true")
    args = parser.parse_args()
    if args.briefs:
        briefs(args.cache, args.save, args.show_briefs)
    else:
        count(args.show)


if __name__ == "__main__":
    main()
