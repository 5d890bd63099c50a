"""Event classes of the eleventh session (#18): an -ing form used as a preposition names no
act; a finite adverbial clause whose subject the parser lost does not borrow the main
clause's; verbs of cognition, roles ("acting as") and calls for something are no acts; a wire
dateline is never the actor; a relative "that" tagged as a conjunction stands for its
antecedent. Sentences written for the rules; each positive assertion fails on the code
before."""

from __future__ import annotations

import pytest

from topline.testing import event_triples as _triples


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


@pytest.mark.parametrize(
    ("text", "actor", "action"),
    [
        (
            "Lisbon (AFP) – Portuguese Prime Minister Ana Costa will unveil a budget plan on "
            "Monday.",
            "Portuguese Prime Minister Ana Costa",
            "unveil",
        ),
        (
            "Nairobi (AFP) – Kenyan President Daniel Moi will open a new railway on Tuesday.",
            "Kenyan President Daniel Moi",
            "open",
        ),
    ],
)
def test_a_wire_dateline_is_never_the_actor(text: str, actor: str, action: str) -> None:
    assert {(a, v) for a, v, _ in _triples(text)} == {(actor, action)}


def test_a_relative_that_read_as_a_conjunction_gives_its_antecedent_as_target() -> None:
    text = (
        "That's not because specific spending proposals that various Democratic senators "
        "have offered will become law anytime soon."
    )
    assert ("various Democratic senators", "offered", "specific spending proposals") in _triples(
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        "The mayor, acting as a referee for the two unions, will open the talks.",
        "The governor plays the part of peacemaker in the dispute.",
        "The senator called for the minister to resign.",
    ],
)
def test_a_role_or_a_call_for_something_is_no_act(text: str) -> None:
    verbs = {action.split()[-1] for _, action, _ in _triples(text)}
    assert not verbs & {"acting", "plays", "called"}


def test_calling_someone_stays_an_act() -> None:
    assert ("The neighbours", "called", "the police") in _triples(
        "The neighbours called the police for help."
    )


@pytest.mark.parametrize(
    "text",
    [
        "“Note to the council: not in my street,” the mayor posted on Facebook on Monday.",
        "“We will not give up,” the coach shouted from the sideline.",
        '"We will win," the coach shouted.',
    ],
)
def test_the_cue_verb_after_a_closed_quote_is_no_event(text: str) -> None:
    verbs = {action for _, action, _ in _triples(text)}
    assert not verbs & {"posted", "shouted"}


def test_a_verb_inside_a_quote_opened_by_a_straight_mark_stays_an_act() -> None:
    text = 'Among the highlights: "I work at a bank and you don\'t," she said.'
    assert ("I", "work", None) in _triples(text)


def test_a_name_set_off_by_dashes_is_no_dateline() -> None:
    text = "Maria Lopez – the mayor since 2019 – opened the new bridge on Monday."
    assert ("Maria Lopez", "opened", "the new bridge") in _triples(text)
