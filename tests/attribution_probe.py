"""What the attribution tests read from an analysis of a short text of their own.

Shared by the attribution round tests (``test_attribution_*.py``), which each used to carry
the same four helpers.
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.model import Analysis, Article, Quote


def run(text: str) -> Analysis:
    """The full analysis of ``text`` as an article of its own."""
    return analyze(Article(id="t", text=text))


def contents(a: Analysis) -> list[str]:
    """Every quote's content, as the text reads."""
    return [q.content_span.of(a.article.text) for q in a.quotes]


def quote(a: Analysis, start: str) -> Quote:
    """The first quote whose content starts with ``start`` (fails listing them all)."""
    hits = [q for q in a.quotes if q.content_span.of(a.article.text).startswith(start)]
    assert hits, contents(a)
    return hits[0]


def speaker(a: Analysis, q: Quote) -> str | None:
    """The text of the quote's speaker mention, or None when it has none."""
    if q.speaker is None or q.speaker.span is None:
        return None
    return q.speaker.span.of(a.article.text)
