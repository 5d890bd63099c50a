"""Event classes of the fourteenth session (#18): a verb whose usual reading is a state or a
perception (WordNet 3.0's ``verb.stative`` / ``verb.perception``) with a thing as its actor is
a relation, not an act (``analyze/event_aspect.py``). Sentences written for the rule; each
negative assertion fails on the code before (the triple was reported), each positive one is a
control: the same verbs with a person, an aspectual verb, a number of people."""

from __future__ import annotations

import pytest

from topline.analyze.event_aspect import STATE_OR_PERCEPTION, thing_nouns
from topline.testing import event_triples as _triples


def _with(text: str, verb: str) -> list[tuple[str | None, str, str | None]]:
    return [t for t in _triples(text) if verb in t[1].split()]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The mayor's budget matches his promises to the unions.", "matches"),
        ("Her new proposal does not hold out much hope for renters.", "hold"),
        ("The senator's reform would extend to part-time workers.", "extend"),
        ("The verdict reflects a deep distrust of the police.", "reflects"),
        ("The scheme involves three shell companies in Delaware.", "involves"),
        ("That exceeds the limit the state sets for each donor.", "exceeds"),
    ],
)
def test_a_state_of_a_thing_is_no_event(text: str, verb: str) -> None:
    assert _with(text, verb) == []


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        ("The governor held a press conference in Albany.", "held", "The governor"),
        ("Police saw the burning car on the highway.", "saw", "Police"),
        ("The senator extended her lead in Ohio.", "extended", "The senator"),
        ("The ceasefire ended on Tuesday night.", "ended", "The ceasefire"),  # aspectual
        ("Sixty protesters showed up at the courthouse.", "showed", "Sixty protesters"),
    ],
)
def test_the_same_verbs_stay_acts_with_a_person_or_as_occurrences(
    text: str, verb: str, actor: str
) -> None:
    assert any(a == actor for a, _, _ in _with(text, verb))


def test_the_classes_come_from_the_resource() -> None:
    assert {"match", "hold", "reflect", "involve"} <= STATE_OR_PERCEPTION
    assert "end" not in STATE_OR_PERCEPTION  # aspectual: an occurrence
    assert {"plan", "proposal", "budget"} <= thing_nouns()
    assert not {"senator", "police", "team", "voter"} & thing_nouns()


# --- a reflexive object with "as": a self-description, not an act ---------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The governor is casting himself as a friend of small business.", "casting"),
        ("The challenger markets herself as an outsider in the race.", "markets"),
        ("The group bills itself as a grassroots movement of parents.", "bills"),
    ],
)
def test_a_reflexive_object_with_as_is_no_event(text: str, verb: str) -> None:
    assert _with(text, verb) == []


def test_an_as_phrase_with_another_object_stays_an_act() -> None:
    triples = _triples("The party hired her as its new treasurer last spring.")
    assert ("The party", "hired", "her") in triples


# --- a thing that depicts: no act -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The magazine ran a cover story that profiled a young union organiser.", "profiled"),
        ("A new advertisement portrays the senator on horseback.", "portrays"),
    ],
)
def test_a_thing_that_depicts_is_no_actor(text: str, verb: str) -> None:
    assert _with(text, verb) == []


def test_a_person_who_depicts_and_a_search_that_finds_stay() -> None:
    assert any(
        a == "The artist" for a, _, _ in _with("The artist portrayed the mayor.", "portrayed")
    )
    assert any(a == "The search" for a, _, _ in _with("The search found two survivors.", "found"))


# --- a thing as the subject of an -ing complement; a complementizer as the object ---------


def test_a_thing_does_not_do_the_ing_complement() -> None:
    triples = _triples("If the landlord could make money renting it out, he would sell the flat.")
    assert all(actor != "money" for actor, _, _ in triples)


def test_a_person_after_a_perception_verb_does_the_ing_complement() -> None:
    triples = _triples("The guard saw the driver leaving the building.")
    assert ("The guard", "saw", "the driver") in triples


def test_a_complementizer_is_never_the_object() -> None:
    text = (
        "I accept your brother's representation that they run to thousands of pages and are "
        "too complicated for the average reader."
    )
    assert all(target != "that" for _, _, target in _triples(text))


def test_a_determiner_the_tagger_called_a_preposition_keeps_its_noun() -> None:
    text = "The mayor decried that decision, saying the council broke its promise."
    assert ("The mayor", "decried", "that decision") in _triples(text)
