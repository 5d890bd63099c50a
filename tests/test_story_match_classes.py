"""Classes of near misses that credited an outlet with a fact it never stated (seventh session):
an action the event reader leaves to speech ("questioned"), promises, talks, sanctions faced
and open questions told as if done, seasons, the same figure of another thing, and a swap
whose parse lost the object. Fixtures are sentences written for these tests."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.analyze.events import SPEECH_AND_THOUGHT as EVENTS_SPEECH
from topline.brief.story import element_terms
from topline.brief.story_lexicon import SPEECH_AND_THOUGHT, act, spoken_acts
from topline.brief.story_match import FactTerms, fact_terms, near_fact, same_fact
from topline.ingest import article_from_text
from topline.model import Span


def _analysed(text: str) -> FactTerms:
    analysis = analyze(article_from_text(text, published="2024-03-06"))
    return element_terms(analysis, (Span(0, len(analysis.article.text)),))


def test_the_speech_verbs_are_the_event_readers_own() -> None:
    assert SPEECH_AND_THOUGHT == EVENTS_SPEECH


def test_an_action_read_as_speech_is_still_an_action() -> None:
    questioned = _analysed("Police questioned the Saltmarsh landlord about fraud.")
    charged = _analysed("Police charged the Saltmarsh landlord with fraud.")
    assert [a.verb for a in questioned.acts] == [frozenset({"question"})]
    assert not same_fact(questioned, charged)
    # the same speech action told twice is still one fact
    assert same_fact(questioned, _analysed("The Saltmarsh landlord was questioned by police."))


def test_spoken_acts_read_inflections_not_plain_reporting() -> None:
    assert {s for a in spoken_acts("She urged them; he denied it.") for s in a.verb} == {
        "urg",
        "deni",
    }
    assert spoken_acts("The council said it had announced the plan.") == []


@pytest.mark.parametrize(
    "not_done",
    [
        "The mayor of Quenby pledged to cut bus fares.",
        "The mayor of Quenby promised to cut bus fares.",
        "The mayor of Quenby tried to cut bus fares.",
        "The mayor of Quenby is in talks to cut bus fares.",
        "Regulators are investigating whether the mayor of Quenby cut bus fares.",
    ],
)
def test_promises_attempts_talks_and_open_questions_are_not_the_fact_done(not_done: str) -> None:
    done = fact_terms("The mayor of Quenby cut bus fares.")
    assert fact_terms(not_done).unrealised and not done.unrealised
    assert not same_fact(fact_terms(not_done), done)


def test_a_sanction_faced_is_not_one_imposed_but_a_vote_faced_is_no_hedge() -> None:
    faces = fact_terms("The Kendal hospital faces a fine over the failings.")
    assert faces.unrealised
    assert not same_fact(faces, fact_terms("The Kendal hospital was fined over the failings."))
    assert fact_terms("Ardley faces charges of fraud.").unrealised
    assert fact_terms("Ardley faces up to ten years in prison.").unrealised
    assert not fact_terms("The mayor will face a vote of no confidence.").unrealised


def test_seasons_are_times_of_their_own_grain() -> None:
    text = "The Coldwater inquiry reports."
    autumn, spring = fact_terms(text, ["2024-FA"]), fact_terms(text, ["2024-SP"])
    assert not same_fact(autumn, spring) and not near_fact(autumn, spring)
    assert same_fact(autumn, fact_terms(text, ["2024-10"]))
    assert same_fact(autumn, fact_terms(text, ["2024"]))
    assert not same_fact(autumn, fact_terms(text, ["2024-03"]))
    assert not same_fact(autumn, fact_terms(text, ["2023-FA"]))
    will = _analysed("The Coldwater inquiry will report in the autumn.")
    did = _analysed("The Coldwater inquiry reported in the spring.")
    assert "2024-FA" in will.days and not same_fact(will, did)


def test_the_same_change_of_another_thing_is_another_fact() -> None:
    prices = fact_terms(
        "Ticket prices at the Orchard stadium rose 5% this season.",
        acts=[act("rose", "Ticket prices")],
    )
    attendance = fact_terms(
        "Attendance at the Orchard stadium rose 5% this season.",
        acts=[act("rose", "Attendance")],
    )
    assert not same_fact(prices, attendance)
    climbed = fact_terms(
        "The price of tickets at the Orchard stadium climbed 5% this season.",
        acts=[act("climbed", "The price of tickets")],
    )
    assert same_fact(prices, climbed)


def test_a_swap_is_read_where_the_parse_lost_the_object() -> None:
    home = fact_terms("Hollin Town beat Aysgarth 3-1 at home.", acts=[act("beat", "Hollin Town")])
    away = fact_terms(
        "Aysgarth beat Hollin Town 3-1 at home.", acts=[act("beat", "Aysgarth", "Hollin Town")]
    )
    assert not same_fact(home, away)
    again = fact_terms(
        "Hollin Town beat Aysgarth 3-1.", acts=[act("beat", "Hollin Town", "Aysgarth")]
    )
    assert same_fact(home, again)
    # an intransitive action is no swap when the other's actor acts in its own clause
    died = fact_terms(
        "Twelve workers died when fire swept through the Selwyn depot.",
        acts=[act("died", "Twelve workers"), act("swept", "fire")],
    )
    killing = fact_terms(
        "A fire tore through the Selwyn depot, killing twelve workers.",
        acts=[act("tore", "A fire"), act("killing", "A fire", "twelve workers")],
    )
    assert same_fact(died, killing)


def test_the_closest_sentence_of_an_outlet_is_its_evidence_not_a_headline() -> None:
    from topline.brief import make_brief
    from topline.brief.story import StoryMember, sentence_terms
    from topline.brief.story_credit import CreditIndex

    text = (
        "Quay wall approved\n\nThe Corran council approved the new quay wall on Wednesday.\n\n"
        "Work on the quay wall will begin in May."
    )
    analysis = analyze(article_from_text(text, published="2024-03-14", title="Quay wall approved"))
    other = analyze(
        article_from_text(
            "Quay wall work in May\n\nWork on the quay wall will begin in May.",
            published="2024-03-15",
        )
    )
    query = sentence_terms(other, other.sentences[-1].span)
    reports = CreditIndex([StoryMember(analysis, make_brief(analysis))]).reports(query)
    clean = analysis.article.text
    assert [" ".join(clean[s.start : s.end] for s in r.spans) for r in reports] == [
        "Work on the quay wall will begin in May."
    ]


def test_the_same_action_reaching_another_thing_is_another_fact() -> None:
    def told(text: str, verb: str, actor: str, target: str) -> FactTerms:
        return fact_terms(text, acts=[act(verb, actor, target, text[text.index(verb) :])])

    hospital = told("The storm cut power to the hospital in Rosk.", "cut", "The storm", "power")
    airport = told("The storm cut power to the airport in Rosk.", "cut", "The storm", "power")
    assert not same_fact(hospital, airport)
    fraud = told("Police charged the Velden mayor with fraud.", "charged", "Police", "the mayor")
    theft = told("Police charged the Velden mayor with theft.", "charged", "Police", "the mayor")
    assert not same_fact(fraud, theft)
    # the same phrase in other words, or a phrase on one side only, is no other fact
    general = told("The storm cut power to Rosk General Hospital.", "cut", "The storm", "power")
    assert same_fact(hospital, general)
    assert same_fact(hospital, told("The storm cut power in Rosk.", "cut", "The storm", "power"))


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("cut power to the hospital in Rosk.", ("to", frozenset({"hospit"}))),
        ("charged with fraud on Monday", ("with", frozenset({"fraud"}))),
        ("agreed to buy its rival", None),  # "to" before a verb
        ("the cancellation of 120 flights", None),  # "of" is not read
    ],
)
def test_the_complement_phrase(after: str, expected: tuple[str, frozenset[str]] | None) -> None:
    from topline.brief.story_lexicon import complement

    assert complement(after) == expected
