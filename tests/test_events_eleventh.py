"""Event classes of the eleventh session (#18): an -ing form used as a preposition names no
act, and a finite adverbial clause whose subject the parser lost does not borrow the main
clause's. Sentences written for the rules; each positive assertion fails on the code before."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.ingest import article_from_text


def _triples(text: str) -> list[tuple[str | None, str, str | None]]:
    analysis = analyze(article_from_text(text))
    body = analysis.article.text
    return [
        (e.actor.span.of(body) if e.actor and e.actor.span else None, e.action, e.target)
        for e in analysis.events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The league imposed a fine following the brawl in the tunnel.",
        "Prices rose sharply following the announcement.",
    ],
)
def test_following_as_a_preposition_is_no_event(text: str) -> None:
    triples = _triples(text)
    assert all(action != "following" for _, action, _ in triples)
    assert len(triples) == 1  # the main verb's event stays


def test_following_on_a_subject_stays_an_act() -> None:
    triples = _triples("The fans following the team bus cheered loudly.")
    assert ("The fans", "following", "the team bus") in triples


def test_a_finite_adverbial_clause_does_not_borrow_the_main_subject() -> None:
    text = (
        "As renting in the city soared past $2,000 a month, the young nurse moved to a "
        "smaller flat."
    )
    assert _triples(text) == [("the young nurse", "moved", None)]


def test_a_nonfinite_adverbial_clause_still_shares_it() -> None:
    triples = _triples("The rebels seized the town, killing three soldiers.")
    assert ("The rebels", "killing", "three soldiers") in triples


@pytest.mark.parametrize(
    "text",
    [
        "The senator understands the risks of the plan.",
        "Residents hope the new bridge will open soon.",
    ],
)
def test_verbs_of_cognition_and_expectation_are_no_events(text: str) -> None:
    verbs = {action for _, action, _ in _triples(text)}
    assert not verbs & {"understands", "hope"}
