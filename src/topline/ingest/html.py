"""HTML page → Article: main text and metadata through trafilatura, structure kept.

trafilatura finds the article body and the metadata (title, author, date, site name,
canonical URL, description); we render its XML body ourselves so that paragraph boundaries
survive as blank lines and list items as "• " lines. That keeps pages written in Topline form
(Forbes: ``<strong>Topline:</strong>`` labels, ``<ul>`` bullets) parseable by
:mod:`topline.brief.parse`. The rendered text then goes through the same normalisation and
cleaning as any text (:func:`topline.ingest.article_from_text`), so every span points into
the final ``Article.text``; the page itself is kept in ``Article.raw``.
Bytes are decoded by :func:`topline.ingest.charset.decode_html` (pages lie about their
encoding).
"""

from __future__ import annotations

import copy
import datetime
import re
from dataclasses import dataclass, field, replace
from typing import Any

import trafilatura
import trafilatura.utils
import trafilatura.xpaths
from lxml import etree

from topline.dates import date_or_none
from topline.errors import ExtractionError, InputError
from topline.ingest.charset import decode_html
from topline.ingest.text import scrub
from topline.ingest.titles import clean_title
from topline.ingest.topline_html import is_topline_form, render_topline_html
from topline.model import Article, Removal

__all__ = ["Extracted", "article_from_html", "decode_html", "extract", "render_tree"]

# --- tunable settings (chosen by measurement: benchmarks/html_extraction.py) ---------------

#: Keyword arguments for ``trafilatura.bare_extraction``. Comments are not article text;
#: formatting is needed to see bold labels; tables are kept (figures often live there);
#: favor_precision measured best on the article-extraction benchmark (docs/benchmarks.md).
EXTRACTION_SETTINGS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_formatting": True,
    "favor_precision": True,
    "favor_recall": False,
    # Only dates the page states as its own (meta tags, time elements, URL): the extensive
    # search also guesses from "Copyright 2020" footers, and a wrong publication date
    # silently shifts every relative date the analyzers resolve.
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}
#: A second, recall-oriented pass for short pages whose body the first pass missed.
RECALL_SETTINGS: dict[str, Any] = {
    **EXTRACTION_SETTINGS,
    "favor_precision": False,
    "favor_recall": True,
}
#: Fewer extracted characters than this means "no article here" (login walls, index pages).
MIN_ARTICLE_CHARS = 200
#: Bytes inspected for ``<html lang>`` and the opening of the page.
META_SNIFF_BYTES = 4096
#: A first block must have this many words to be taken for a repeated headline.
MIN_HEADLINE_WORDS = 3
#: A bold-only paragraph of at most this many words is a section label ("Big number").
MAX_LABEL_WORDS = 5

BULLET = "• "
_BLOCK_TAGS = frozenset(
    "p head div section article blockquote quote pre code table tr row h1 h2 h3 h4 h5 h6 "
    "figure figcaption dl dt dd header footer aside main".split()
)
_LIST_TAGS = frozenset({"list", "ul", "ol"})
_ITEM_TAGS = frozenset({"item", "li"})
_BREAK_TAGS = frozenset({"lb", "br"})
_CELL_TAGS = frozenset({"cell", "td", "th"})
_BOLD_TAGS = frozenset({"b", "strong"})
_SUBHEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "graphic", "img", "ref"})
_HTML_LANG = re.compile(r"""<html[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3})""", re.I)
#: Text blocks whose inline ``<span>``s are kept from trafilatura's precision filters
#: (see inline_spans_unwrapped).
_TEXT_BLOCKS = (
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "td",
    "th",
    "dd",
    "figcaption",
)
_SUFFIX_SEPS = (" | ", " - ", " – ", " — ", " :: ", " · ")
_TOPLINE_MARK = re.compile(r">\s*Topline\s*:?\s*<", re.I)


# --- rendering -------------------------------------------------------------------------------


@dataclass
class _Blocks:
    """Accumulates rendered text: a list of blocks, each a list of lines."""

    blocks: list[list[str]] = field(default_factory=list)
    line: list[str] = field(default_factory=list)
    #: Indexes of blocks that are a section label alone ("Big number:").
    labels: set[int] = field(default_factory=set)
    label_next: bool = False

    def flush(self, *, new_block: bool) -> None:
        text = " ".join("".join(self.line).split())
        if text == BULLET.strip():
            return  # an item whose text starts inside a nested block: keep its bullet
        self.line = []
        if text:
            if not self.blocks:
                self.blocks.append([])
            self.blocks[-1].append(text)
            if self.label_next:
                self.labels.add(len(self.blocks) - 1)
        self.label_next = False
        if new_block and self.blocks and self.blocks[-1]:
            self.blocks.append([])

    def join(self) -> str:
        """Blocks with blank lines between; a label block runs into the block after it."""
        parts: list[str] = []
        blocks = [b for b in self.blocks if b]
        labels = {i for i, b in enumerate(self.blocks) if b and i in self.labels}
        kept = [i for i, b in enumerate(self.blocks) if b]
        merge = False
        for index, lines in zip(kept, blocks, strict=True):
            text = "\n".join(lines)
            if merge:
                glue = "\n" if text.startswith(BULLET) else " "
                parts[-1] = parts[-1] + glue + text
            else:
                parts.append(text)
            merge = index in labels
        return "\n\n".join(parts)


def render_tree(root: etree._Element, *, topline_form: bool = False) -> str:
    """Text of an (X)HTML or trafilatura-XML tree: paragraphs separated by blank lines.

    A list item becomes one line starting with "• " (blocks inside an item stay on its line);
    consecutive items of a list stay in one block. In a Topline-form page a short subheading
    or bold-only paragraph is a section label: it gets a colon if it has none and runs into
    what follows, so that the page reads as the printed form ("Big number: 300. That is …",
    "Key Facts:" followed by its "• " lines).
    """
    out = _Blocks()
    _walk(root, out, topline_form=topline_form, in_item=False)
    out.flush(new_block=True)
    return out.join()


def _walk(el: etree._Element, out: _Blocks, *, topline_form: bool, in_item: bool) -> None:
    tag = el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""
    if tag in _SKIP_TAGS or not tag:
        if el.tail:
            out.line.append(el.tail)
        return
    block = tag in _BLOCK_TAGS or tag in _LIST_TAGS
    item = tag in _ITEM_TAGS
    if item or (block and in_item):
        out.flush(new_block=False)
        if item:
            out.line.append(BULLET)
    elif block:
        out.flush(new_block=True)
    elif tag in _BREAK_TAGS:
        out.flush(new_block=False)
    elif tag in _CELL_TAGS and out.line:
        out.line.append(" ")
    if el.text:
        out.line.append(el.text)
    for child in el:
        _walk(child, out, topline_form=topline_form, in_item=in_item or item)
    if topline_form and block and not in_item and _is_label(el, tag):
        if not "".join(out.line).rstrip().endswith(":"):
            out.line.append(":")
        out.label_next = True
    if item or (block and in_item):
        out.flush(new_block=False)
    elif block:
        out.flush(new_block=True)
    if el.tail:
        out.line.append(el.tail)


def _is_label(el: etree._Element, tag: str) -> bool:
    """A short subheading, or a paragraph whose whole text is one short bold run."""
    text = " ".join("".join(el.itertext()).split())
    if not text or len(text.rstrip(":").split()) > MAX_LABEL_WORDS:
        return False
    if tag in _SUBHEADING_TAGS or (tag == "head" and el.get("rend", "h2") != "h1"):
        return True
    if tag != "p":
        return False
    bold = [c for c in el if _is_bold(c)]
    return len(bold) == 1 and " ".join("".join(bold[0].itertext()).split()) == text


def _is_bold(el: etree._Element) -> bool:
    tag = el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""
    return tag in _BOLD_TAGS or (tag == "hi" and "#b" in (el.get("rend") or ""))


# --- extraction ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Extracted:
    """What trafilatura found in a page, with the body rendered as text."""

    text: str
    title: str | None = None
    #: The headline block taken off the top of the body (it is the title, not the story).
    headline: str | None = None
    byline: str | None = None
    published: str | None = None
    outlet: str | None = None
    canonical_url: str | None = None
    description: str | None = None
    language: str | None = None


def extract(html: str, *, url: str | None = None, source: str = "<input>") -> Extracted:
    """Main text and metadata of a page; ExtractionError if it holds no article.

    A page that opens ``<html>`` but never closes ``<body>`` or ``<html>`` was cut off
    (an interrupted download or save): it is refused rather than briefed from a part.
    """
    if _looks_truncated(html):
        raise InputError(
            "the page is truncated (it opens <html> but never closes <body> or <html>; "
            "an interrupted download or save?)",
            source=source,
        )
    topline_form = bool(_TOPLINE_MARK.search(html)) or is_topline_form(html)
    tree = inline_spans_unwrapped(html)
    doc: Any = None
    text = ""
    for settings in (EXTRACTION_SETTINGS, RECALL_SETTINGS):
        page: Any = copy.deepcopy(tree) if tree is not None else html  # trafilatura edits it
        try:
            found: Any = trafilatura.bare_extraction(page, url=url, with_metadata=True, **settings)
        except Exception as exc:  # trafilatura raises assorted lxml/parser errors
            raise ExtractionError(f"page could not be parsed: {exc}", source=source) from exc
        if found is not None and getattr(found, "body", None) is not None:
            rendered = render_tree(found.body, topline_form=topline_form)
            if doc is None or len(rendered) > len(text):
                doc, text = found, rendered
            if len(text) >= MIN_ARTICLE_CHARS:
                break
    if topline_form and doc is not None:  # the labels, not the extractor, find the story
        text = render_topline_html(html) or text
    if doc is None or len(text) < MIN_ARTICLE_CHARS:
        raise ExtractionError(
            f"no article text found in the page ({len(text)} characters of body; "
            "a login wall, a paywall or a page that is not an article?)",
            source=source,
        )
    lang = _HTML_LANG.search(html[: META_SNIFF_BYTES * 4])
    text, headline = split_headline(text, doc.title)
    title = clean_title(
        doc.title,
        site_names=(doc.sitename,),
        url=doc.url or url or (f"https://{doc.hostname}/" if doc.hostname else None),
        headline=headline,
    )
    return Extracted(
        text=text,
        headline=headline,
        title=title or None,
        byline=doc.author or None,
        published=doc.date or None,
        outlet=doc.sitename or doc.hostname or None,
        canonical_url=doc.url or None,
        description=doc.description or None,
        language=(doc.language or (lang.group(1) if lang else None) or None),
    )


def inline_spans_unwrapped(html: str) -> Any:
    """The page's tree (trafilatura's own parse) with the inline ``<span>``s that trafilatura's
    precision filters would delete replaced by their content; None if it cannot be parsed
    (trafilatura then gets the page as it is).

    Why: those filters delete elements by class or style (``link``, ``bottom``, ``teaser``,
    ``border``) and ``span`` is among their targets, so a link wrapped in
    ``<span class="link">`` vanished from the middle of its sentence ("but , notably"). A
    span inside a paragraph, heading, list item, quote or cell is part of a sentence, not
    boilerplate on its own. The spans are found with trafilatura's own expressions, so the
    rule follows the library; other spans (an author's ``<span class="byline">``, which the
    metadata search reads) are left alone.
    """
    try:
        root = trafilatura.utils.load_html(html)  # trafilatura's own parse, repairs included
    except (etree.ParserError, ValueError, TypeError):
        return None
    if root is None:
        return None
    expressions = (
        *trafilatura.xpaths.PRECISION_DISCARD_XPATH,
        *trafilatura.xpaths.TEASER_DISCARD_XPATH,
    )
    targets = {element for expression in expressions for element in expression(root)}
    for span in [e for e in targets if e.tag == "span"]:
        if span.getparent() is not None and any(
            a.tag in _TEXT_BLOCKS for a in span.iterancestors()
        ):
            span.drop_tag()
    return root


def split_headline(text: str, title: str | None) -> tuple[str, str | None]:
    """Take a first block that repeats the title off the body.

    The headline is metadata (``Article.title``); left in the body it would be read as the
    lead sentence. It matches when equal to the title, or when the title is the headline
    plus a site suffix ("Headline | Outlet"), ignoring case and spacing.
    """
    if not title:
        return text, None
    first, sep, rest = text.partition("\n\n")
    if not sep or not rest.strip():
        return text, None
    block, wanted = " ".join(first.split()).casefold(), " ".join(title.split()).casefold()
    if len(block.split()) < MIN_HEADLINE_WORDS:
        return text, None
    if block == wanted or (wanted.startswith(block) and wanted[len(block) :][:3] in _SUFFIX_SEPS):
        return rest, first
    return text, None


def _looks_truncated(html: str) -> bool:
    head = html[:META_SNIFF_BYTES].lower()
    if "<html" not in head:
        return False  # a fragment, not a whole page
    lowered = html.lower()
    return "</body" not in lowered and "</html" not in lowered


def article_from_html(
    data: str | bytes,
    *,
    source: str = "<input>",
    url: str | None = None,
    declared_charset: str | None = None,
    published: datetime.date | None = None,
    raw_kind: str = "html",
) -> Article:
    """One page → Article; the HTML is kept in ``raw`` and metadata fills the fields."""
    from topline.ingest import article_from_text  # the package imports this module

    html = (
        scrub(data)
        if isinstance(data, str)
        else decode_html(data, declared=declared_charset, source=source)
    )
    found = extract(html, url=url, source=source)
    article = article_from_text(
        found.text,
        source=source,
        published=published or date_or_none(found.published),
        title=found.title,
        url=url or found.canonical_url,
        raw_kind=raw_kind,
    )
    removed = (Removal(found.headline, "headline (kept as the title)"),) if found.headline else ()
    return replace(
        article,
        removed=removed + article.removed,
        canonical_url=found.canonical_url,
        byline=found.byline or article.byline,
        outlet=found.outlet or article.outlet,
        description=found.description,
        language=(found.language or article.language).lower(),
        raw=html,
    )
