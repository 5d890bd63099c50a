from __future__ import annotations

import pytest

from topline.model import (
    SCHEMA_VERSION,
    Article,
    Brief,
    Bullet,
    Element,
    Source,
    Span,
    from_dict,
    from_json,
    join_spans,
    to_dict,
    to_json,
)


def test_span_rejects_negative_and_reversed_ranges() -> None:
    with pytest.raises(ValueError):
        Span(-1, 3)
    with pytest.raises(ValueError):
        Span(5, 2)


def test_span_of_returns_the_covered_text() -> None:
    assert Span(4, 9).of("The quick fox") == "quick"


def test_brief_round_trips_through_json_with_schema_version() -> None:
    text = "Officials said the bridge will close. It reopens in May."
    brief = Brief(
        article_id="a1",
        topline=Element(text=join_spans(text, [Span(0, 36)]), spans=(Span(0, 36),)),
        bullets=(
            Bullet(
                text="It reopens in May.", spans=(Span(38, 56),), attribution=Source("officials")
            ),
        ),
    )
    data = to_dict(brief)
    assert data["schema_version"] == SCHEMA_VERSION
    assert from_dict(Brief, data) == brief
    assert from_json(Brief, to_json(brief)) == brief


def test_article_is_frozen() -> None:
    article = Article(id="x", text="t")
    with pytest.raises(AttributeError):
        article.text = "u"  # type: ignore[misc]
