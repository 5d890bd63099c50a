"""Spans in the caller's coordinates: results whose spans index the text the caller passed.

Extraction and briefing work on ``Article.text``, the cleaned text (title line and page
furniture cut, hard wraps joined, NBSP replaced, CRLF made LF). A caller holds the input
instead, so every result can be turned, as its last step, into one whose spans index
the input (``offsets="input"``); :class:`~topline.model.Analysis` and
:class:`~topline.model.Brief` say which text their spans index in their ``offsets`` field, and
:func:`indexed_text` gives that text (a Brief also carries it, in ``Brief.text``).

What "the input" is:

- plain text (a string, a file, a JSONL text field): the text as decoded, before any
  normalisation; for bytes, their decoding (:func:`topline.ingest.text.decode`);
- HTML (a page, a feed entry's markup, a JSONL ``html`` field): the text extracted from the
  page (``Article.extracted``), not the markup: offsets into markup would cut tags.

The promise (checked by a property test): for every span, ``input[s:e]`` is the element's
source, equal to the element's text up to the input normalisation and white space, that is
``same_text(input[s:e], text)``. A span keeps covering what cleaning cut inside it (a footer
between the two halves of a sentence joined across it), and each span of a multi-span element
maps on its own. Key background items from other articles (``article_id`` set) are left as
they are: their spans index those articles. An article read back from the store has no map;
for plain text it is made again from ``raw`` (cleaning is deterministic), for a page it cannot
be (the extracted text is not stored) and input offsets raise ``OffsetsUnavailable``.
"""

from __future__ import annotations

import dataclasses
from typing import Any, overload

from topline.errors import OffsetsUnavailable, ToplineError
from topline.ingest.text import normalise
from topline.model import Analysis, Article, Brief, Offsets, Span
from topline.offset_map import OffsetMap

#: Kinds of input whose ``raw`` is the text the article was made from (not a page).
_TEXT_KINDS = frozenset({"text", "jsonl", "json", "topline"})

__all__ = [
    "Offsets",
    "in_offsets",
    "indexed_text",
    "input_text",
    "same_text",
    "to_input_span",
]


def input_text(article: Article) -> str | None:
    """The text ``article.offsets`` maps into: the extracted text of a page, else ``raw``."""
    return article.extracted if article.extracted is not None else article.raw


def to_input_span(span: Span, offsets: OffsetMap) -> Span:
    """One span of the cleaned text as a span of the input."""
    start, end = offsets.span(span.start, span.end)
    return Span(start, end)


@overload
def in_offsets(result: Analysis, article: Article, offsets: Offsets = ...) -> Analysis: ...
@overload
def in_offsets(result: Brief, article: Article, offsets: Offsets = ...) -> Brief: ...
def in_offsets(
    result: Analysis | Brief, article: Article, offsets: Offsets = "input"
) -> Analysis | Brief:
    """``result`` (an Analysis, or a Brief of ``article``) with spans in ``offsets``
    coordinates; a Brief also gets ``text``, the text its spans index.

    Converting is the last step: nothing downstream may take an input-mode result for a
    cleaned-text one (its ``offsets`` field says which it is). Raises
    :class:`~topline.errors.OffsetsUnavailable` when the article has no map (read back from
    the store).
    """
    if result.offsets != offsets and (offsets == "clean" or result.offsets != "clean"):
        raise ValueError(f"cannot turn {result.offsets} offsets into {offsets} offsets")
    if result.offsets != offsets:
        mapping, _ = _input_of(article)
        result = dataclasses.replace(_remap(result, mapping, article.id), offsets=offsets)
    if isinstance(result, Brief) and result.text is None:
        return dataclasses.replace(result, text=indexed_text(result, article))
    return result


def indexed_text(result: Analysis | Brief, article: Article | None = None) -> str:
    """The text ``result``'s spans index (a Brief's own ``article`` must be given unless it
    carries its ``text``)."""
    if isinstance(result, Brief) and result.text is not None:
        return result.text
    owner = result.article if isinstance(result, Analysis) else article
    if owner is None:
        raise ValueError("a Brief without text needs its article")
    return owner.text if result.offsets == "clean" else _input_of(owner)[1]


def same_text(source: str, element: str) -> bool:
    """Whether ``source`` (a span of the input) reads as ``element`` (an element's text): equal
    after the input normalisation (:func:`~topline.ingest.text.normalise`: NFC, NBSP and other
    fixed spaces made plain, invisible characters dropped) and with white space collapsed."""
    return " ".join(normalise(source).split()) == " ".join(normalise(element).split())


def _input_of(article: Article) -> tuple[OffsetMap, str]:
    text = input_text(article)
    mapping = article.offsets if article.offsets is not None else _rebuilt_map(article)
    if mapping is None or text is None:
        raise OffsetsUnavailable(
            "this article has no map back to its input (articles read from the store keep only "
            "the cleaned text); use offsets=clean",
            source=article.source,
        )
    return mapping, text


def _rebuilt_map(article: Article) -> OffsetMap | None:
    """The map of an article read back from the store, made again from its ``raw`` text when
    that is the text it was made from (plain text: cleaning is deterministic); None for pages
    (the extracted text is not stored) or when the text made again differs."""
    from topline.ingest.article import article_from_text

    if article.raw is None or article.extracted is not None or article.raw_kind not in _TEXT_KINDS:
        return None
    try:
        again = article_from_text(article.raw, source=article.source or "<store>")
    except ToplineError:
        return None
    return again.offsets if again.text == article.text else None


def _remap(obj: Any, mapping: OffsetMap, article_id: str) -> Any:
    """``obj`` with every Span inside it mapped, recursively (the Article is left alone)."""
    if isinstance(obj, Span):
        return to_input_span(obj, mapping)
    if isinstance(obj, tuple):
        return tuple(_remap(item, mapping, article_id) for item in obj)
    if not dataclasses.is_dataclass(obj) or isinstance(obj, (type, Article)):
        return obj
    other = getattr(obj, "article_id", None)
    if other is not None and other != article_id and not isinstance(obj, Brief):
        return obj  # background from another article: its spans index that article
    changes = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        mapped = _remap(value, mapping, article_id)
        if mapped is not value:
            changes[f.name] = mapped
    return dataclasses.replace(obj, **changes) if changes else obj
