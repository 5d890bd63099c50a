"""Is the Topline the news? ROUGE of the Topline against the outlet's own description.

    nice python benchmarks/topline_pages.py [--limit N] [--show] [--half even|odd]

Data: ``../shared/data/article-extraction/`` (181 real news and blog pages; most carry the
outlet's own og:/meta description, a sentence an editor wrote to say what the story is).
The reference is that description (og:description, else meta description, else
twitter:description). Before briefing, **every** description the page carries is removed:
``<meta>`` tags whose name, property or itemprop mentions a description or an abstract, and
``description``/``abstract`` fields of JSON-LD blocks, so the brief cannot copy it.

Rows (same pages, same run): the Topline; Lead-1 (the first sentence of the extracted body);
sumy LexRank (one sentence, spaCy sentences since NLTK punkt cannot be downloaded); and the
product's description-aware path (the page briefed *with* its description, which the
Topline choice may use as a signal, never as text), kept apart because the reference is then
also an input. The shipped scorer was trained on news summaries (CNN/DM and XSum), never on
these pages: this is the cross-domain test of ``docs/brief.md``.

Halves: the pages with a description, sorted by key, are numbered from 0; the even half
is the development half (its errors may be read: ``--show`` lists it by default), the odd
half is the check (scored, never read). Each row is printed for both halves and for all, so
that a rule is kept only when it does not lose on the half it was not written from.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import warnings
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from benchmarks.brief_quality import sumy_summary  # noqa: E402
from topline.analyze import analyze_many  # noqa: E402
from topline.analyze.language import require_supported  # noqa: E402
from topline.brief import make_brief  # noqa: E402
from topline.brief.compose import compose  # noqa: E402
from topline.brief.select import load_model  # noqa: E402
from topline.errors import ToplineError  # noqa: E402
from topline.eval.rouge import rouge  # noqa: E402
from topline.ingest import html as ingest_html  # noqa: E402
from topline.model import Analysis, Article  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "article-extraction"
#: References shorter than this many words are labels, not descriptions ("Video", "News").
MIN_REFERENCE_WORDS = 6
#: Reference descriptions in order of preference.
_PREFERRED = ("og:description", "description", "twitter:description")
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""(\w[\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
#: Keys of JSON fields and attributes that hold a description ("description",
#: "entryDescription", "data-description", "stand_first", "dek").
_DESCRIPTIVE = re.compile(r"description|abstract|stand_?first|^dek$|summary|desc$", re.I)
_JSON_FIELD = re.compile(
    r'"\w*(?:[Dd]escription|[Aa]bstract|stand_?first|[Ss]ummary|dek|Desc)"\s*:\s*"(?:[^"\\]|\\.)*"'
)
#: ``<meta>`` names that hold a description or a social-media copy of it.
_META_NAME = re.compile(r"description|abstract|summary|social-copy|excerpt", re.I)


def _attrs(tag: str) -> dict[str, str]:
    return {m[1].lower(): m[2] or m[3] or m[4] or "" for m in _ATTR.finditer(tag)}


def descriptions(html: str) -> dict[str, str]:
    """The page's description tags, keyed by lower-case name or property."""
    import html as htmllib

    found: dict[str, str] = {}
    for tag in _META.findall(html):
        a = _attrs(tag)
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        if _DESCRIPTIVE.search(key) and a.get("content", "").strip():
            found.setdefault(key, htmllib.unescape(" ".join(a["content"].split())))
    return found


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.lower()))


def _drop_ld_fields(value: Any, refs: set[tuple[str, ...]]) -> Any:
    """JSON without description fields, nor any string that is a description ("teaser")."""
    if isinstance(value, dict):
        return {
            k: _drop_ld_fields(v, refs)
            for k, v in value.items()
            if not _DESCRIPTIVE.search(str(k).lstrip("@"))
            and not (isinstance(v, str) and _words(v) in refs)
        }
    if isinstance(value, list):
        return [_drop_ld_fields(v, refs) for v in value]
    return value


def _clean_script(text: str, references: Sequence[str]) -> str:
    """A script without description fields: JSON parsed when it parses, else by pattern."""
    try:
        return json.dumps(_drop_ld_fields(json.loads(text), {_words(r) for r in references}))
    except ValueError:
        pass
    text = _JSON_FIELD.sub('"":""', text)
    for ref in references:
        for form in (ref, json.dumps(ref)[1:-1]):
            text = text.replace(form, "")
    return text


def strip_descriptions(html: str, references: Sequence[str] = ()) -> str:
    """The page without its description, wherever the page stores it as a unit.

    Removed: ``<meta>`` tags named for a description, abstract, summary or social copy, and
    any ``<meta>`` whose content is a description; ``description``/``abstract`` fields of
    JSON in scripts (JSON-LD, Parse.ly, app state) and the description text inside scripts;
    attributes that hold it (``data-description``); elements marked
    ``itemprop="description"``; and any element whose whole text is the description (a dek
    that repeats it word for word). A body paragraph that merely starts with the same words
    (a lede that the description copies) stays: it is the article.
    """
    import lxml.html

    refs = [r for r in references if r.strip()]
    ref_words = {_words(r) for r in refs}
    root = lxml.html.document_fromstring(html.encode("utf-8"), parser=_parser())
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        names = " ".join(el.get(k, "") for k in ("property", "name", "itemprop"))
        if tag == "meta":
            content = el.get("content", "")
            if _META_NAME.search(names) or any(r in content for r in refs):
                doomed.append(el)
            continue
        if tag == "script":
            if el.text:
                el.text = _clean_script(el.text, refs)
            continue
        if _DESCRIPTIVE.search(el.get("itemprop", "")):
            doomed.append(el)
            continue
        for key, value in list(el.attrib.items()):
            if _DESCRIPTIVE.search(key) or any(r in value for r in refs):
                del el.attrib[key]
        if ref_words and _words(el.text_content()) in ref_words:
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    return lxml.html.tostring(root, encoding="unicode")


def _parser() -> Any:
    import lxml.html

    return lxml.html.HTMLParser(encoding="utf-8")


def reference_of(found: dict[str, str]) -> str | None:
    for key in _PREFERRED:
        if key in found and len(found[key].split()) >= MIN_REFERENCE_WORDS:
            return found[key]
    return None


def load_pages(limit: int | None) -> list[tuple[str, str, str, list[str]]]:
    """(key, html, reference, every description) for each page with a usable description,
    sorted by key (the order that defines the halves, :func:`half_of`)."""
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    out = []
    for key in sorted(truth):
        raw = gzip.decompress((DATA / "html" / f"{key}.html.gz").read_bytes())
        html = ingest_html.decode_html(raw)
        found = descriptions(html)
        reference = reference_of(found)
        if reference:
            out.append((key, html, reference, sorted(set(found.values()))))
    return out[:limit] if limit else out


HALVES = ("even", "odd")


def half_of(index: int) -> str:
    """The half of the page at ``index`` in :func:`load_pages`' order."""
    return HALVES[index % 2]


def _article(html: str, key: str, description: str | None) -> Article | None:
    try:
        article = ingest_html.article_from_html(html, source=key)
        require_supported(article)  # the product refuses a page not in English
    except ToplineError:
        return None
    return replace(article, description=description)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--show", action="store_true", help="print each page's Topline and Lead-1")
    ap.add_argument(
        "--half",
        choices=(*HALVES, "all"),
        default="even",
        help="the half --show lists (the even half is for reading errors; default even)",
    )
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    pages = load_pages(args.limit)
    leaks = 0
    kept: list[tuple[str, str, Article]] = []
    halves: list[str] = []
    for index, (key, html, reference, every) in enumerate(pages):
        stripped = strip_descriptions(html, every)
        leaks += bool(descriptions(stripped)) or reference in stripped
        article = _article(stripped, key, None)
        if article is not None and article.text.strip():
            kept.append((key, reference, article))
            halves.append(half_of(index))
    analyses: list[Analysis] = list(analyze_many(a for _, _, a in kept))
    rows: dict[str, list[tuple[float, float, float, int]]] = defaultdict(list)
    shipped = load_model()
    lede_model = replace(shipped, blend=replace(shipped.blend, topline_lead_weight=1.0))
    modes: Counter[str] = Counter()
    for (key, reference, _), analysis, half in zip(kept, analyses, halves, strict=True):
        text = analysis.article.text
        brief = make_brief(analysis)
        modes[brief.mode] += 1
        topline = [brief.topline.text] if brief.topline else []
        lead = [s.span.of(text) for s in analysis.sentences[:1]]
        with_description = make_brief(
            replace(analysis, article=replace(analysis.article, description=reference))
        )
        rows["topline: Topline (description removed)"].append(rouge(reference, topline, "pages"))
        rows["Lead-1 (first sentence of the extracted body)"].append(
            rouge(reference, lead, "pages")
        )
        rows["sumy LexRank (1 sentence)"].append(
            rouge(reference, sumy_summary("lexrank", text, 1), "pages")
        )
        first_news = compose(analysis, model=lede_model)
        rows["lede rule: the first news sentence (brief/lede.py)"].append(
            rouge(reference, [first_news.topline.text] if first_news.topline else [], "pages")
        )
        described = [with_description.topline.text] if with_description.topline else []
        rows["signal: Topline, the page's description used to choose it"].append(
            rouge(reference, described, "pages")
        )
        if args.show and args.half in (half, "all"):
            print(f"\n{key[:10]}\n  ref:  {reference}\n  lead: {lead[:1]}\n  top:  {topline}")
    print(
        f"{len(kept)} pages briefed of {len(pages)} with a description "
        f"(pages where the description is still in the page, as part of a longer paragraph: {leaks}); brief modes: {dict(modes)}\n"
    )
    print("| system | half | n | ROUGE-1 | ROUGE-2 | ROUGE-L | words |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, values in rows.items():
        for part in (*HALVES, "all"):
            chosen = [v for v, h in zip(values, halves, strict=True) if part in (h, "all")]
            if not chosen:
                continue
            r1, r2, rl, words = (statistics.fmean(v[k] for v in chosen) for k in range(4))
            print(
                f"| {name} | {part} | {len(chosen)} | {100 * r1:.2f} | {100 * r2:.2f} | "
                f"{100 * rl:.2f} | {words:.1f} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
