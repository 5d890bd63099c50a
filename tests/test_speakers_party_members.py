"""People of a party, faith or nation are no institution: "a New Hampshire Republican said"
was credited to "Republican Party", "Some Democrats said" to "Democratic Party" (a bullet
tagged "(source: Republican Party)" for one voter's words). A source whose cluster is such
a group (spaCy's NORP) is named by its own words. Sentences written for this test
(sixteenth session)."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.ingest import article_from_text

TEXT = (
    "The governor's budget passed the House on Friday. Some Democrats said the bill would "
    "hurt rural schools. A Vermont Republican said the vote was a mistake. Republicans "
    "across the state are worried about the deficit, and they said taxes would rise."
)


@pytest.mark.parametrize(
    ("claim", "name"),
    [
        ("the bill would hurt rural schools", "Some Democrats"),
        ("the vote was a mistake", "A Vermont Republican"),
        ("taxes would rise", "Republicans"),
    ],
)
def test_members_of_a_party_are_named_by_their_own_words(claim: str, name: str) -> None:
    analysis = analyze(article_from_text(TEXT))
    body = analysis.article.text
    sources = {a.source.name for a in analysis.attributions if claim in a.claim_span.of(body)}
    assert sources == {name}
