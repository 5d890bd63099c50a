"""A sentence that ends on a bare pointing word ("… highlighted both.", "Nobody had expected
that.", "The council did the same.") leans on the sentence before it, as a pronoun opener
does: never the Topline while a sentence near the top is the news."""

from __future__ import annotations

from collections import Counter

import pytest

from topline.brief.features import SentenceView, content_terms
from topline.brief.lede import not_news
from topline.brief.select import Scored, choose_topline
from topline.model import Span


@pytest.mark.parametrize(
    "text",
    [
        "The storm over the harbour this winter showed both.",
        "Few in the village of Ardmore had expected that.",
        "Two days later the neighbouring council in Kilkee did the same.",
        "Officials at the ministry in Dublin would not confirm either.",
    ],
)
def test_a_pointing_end_leans(text: str) -> None:
    assert not_news(text) == "pronoun"


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Ardmore backed both parties in the council election on Friday.",
        "The ministry said that exports rose by 4 percent in March.",
    ],
)
def test_a_pointing_word_with_its_noun_or_clause_does_not(text: str) -> None:
    assert not_news(text) is None


def _scored(index: int, text: str, score: float) -> Scored:
    view = SentenceView(
        index, Span(0, len(text)), text, Counter(content_terms(text)), len(text.split())
    )
    return Scored(view, score, score)


def test_the_news_below_a_pointing_sentence_is_the_topline() -> None:
    candidates = [
        _scored(0, "The storm over the harbour in Ardmore this winter showed both.", 0.6),
        _scored(
            1, "The county council voted on Monday to spend 3 million euros on a new sea wall.", 0.3
        ),
    ]
    chosen = choose_topline(candidates)
    assert chosen is not None and chosen.view.index == 1
