"""The JSON documents that every shell prints (CLI, HTTP API, batch, Spark).

One definition, so ``topline brief --format json``, ``POST /v1/brief`` and a batch record are
the same document. Articles are shown without ``raw``: the input as given can be large and
hold markup, and it stays in the store; nor with ``extracted`` and ``offsets``, the text and map
that lead back to the input (:mod:`topline.offsets`), which the store does not keep. A brief is
shown without ``text``: the document carries its article. A result in input offsets
(:mod:`topline.offsets`) says so in ``"offsets"`` and carries the text its spans index in
``"input"``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from topline.dates import iso
from topline.model import Analysis, Article, Brief, Story, to_dict
from topline.offsets import indexed_text


def article_document(article: Article) -> dict[str, Any]:
    """The article's text and metadata, without its raw input."""
    document: dict[str, Any] = to_dict(article)
    for internal in ("raw", "extracted", "offsets"):
        document.pop(internal, None)
    return document


def brief_document(brief: Brief, article: Article | None = None) -> dict[str, Any]:
    """The brief, plus its article (whose ``text`` the spans point into) when given."""
    document: dict[str, Any] = {"brief": to_dict(brief)}
    document["brief"].pop("text", None)
    if article is not None:
        document["article"] = article_document(article)
    if brief.offsets == "input" and brief.text is not None:
        document["input"] = brief.text
    return document


def extraction_document(analysis: Analysis) -> dict[str, Any]:
    """Everything extracted from one article, its article shown without raw input."""
    document: dict[str, Any] = to_dict(analysis)
    document["article"] = article_document(analysis.article)
    if analysis.offsets == "input":
        document["input"] = indexed_text(analysis)
    return document


def stored_article_document(
    brief: Brief,
    analysis: Analysis,
    *,
    story_id: str | None,
    original_id: str | None,
    copies: Sequence[Article],
    copies_total: int,
) -> dict[str, Any]:
    """A stored article: its brief document, extractions (without the article again), the
    story it belongs to, the original it copies (if any) and the other copies found of it
    (``copies``: the first few; ``copies_total``: how many the store holds)."""
    document = brief_document(brief, analysis.article)
    extractions = extraction_document(analysis)
    extractions.pop("article", None)
    document["extractions"] = extractions
    document["story_id"] = story_id
    document["original_id"] = original_id
    document["copies"] = [article_document(c) for c in copies]
    document["copies_total"] = copies_total
    return document


def story_document(
    story: Story, articles: Sequence[Article], dated: Sequence[Article]
) -> dict[str, Any]:
    """One story: the story (timeline in the store's order), its ``articles`` (id, title,
    date) and ``published``: the date of every article a timeline event or the story names,
    to date undated events."""
    return {
        "story": to_dict(story),
        "articles": [
            {"id": a.id, "title": a.title, "published": iso(a.published)} for a in articles
        ],
        "published": {a.id: iso(a.published) for a in sorted(dated, key=lambda a: a.id)},
    }
