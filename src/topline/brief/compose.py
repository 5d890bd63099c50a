"""Fill the brief's sections from an Analysis (first version: lead-based selection).

The brief-quality issue replaces the selection with a learned scorer.
"""

from __future__ import annotations

from topline.model import (
    Analysis,
    BigNumber,
    Brief,
    Bullet,
    CrucialQuote,
    Element,
    join_spans,
)


def compose(analysis: Analysis, *, max_bullets: int = 5, max_words: int | None = None) -> Brief:
    text = analysis.article.text
    sentences = list(analysis.sentences)
    missing: list[str] = []
    topline = None
    if sentences:
        first = sentences[0].span
        topline = Element(text=join_spans(text, [first]), spans=(first,))
    else:
        missing.append("topline")
    bullets = tuple(
        Bullet(text=join_spans(text, [s.span]), spans=(s.span,))
        for s in sentences[1 : 1 + max_bullets]
    )
    if len(bullets) < 3:
        missing.append("bullets")
    quote = None
    direct = [q for q in analysis.quotes if q.kind == "direct"]
    if direct:
        q = direct[0]
        quote = CrucialQuote(text=join_spans(text, [q.span]), spans=(q.span,), speaker=q.speaker)
    else:
        missing.append("crucial_quote")
    number = None
    if analysis.quantities:
        n = analysis.quantities[0]
        number = BigNumber(
            text=join_spans(text, [n.span]), spans=(n.span,), value=n.value, counts=n.counts
        )
    else:
        missing.append("big_number")
    missing.append("key_background")
    return Brief(
        article_id=analysis.article.id,
        topline=topline,
        bullets=bullets,
        crucial_quote=quote,
        big_number=number,
        missing=tuple(missing),
        title=analysis.article.title,
    )
