"""The same-fact guards that keep an outlet from being credited with a fact it never stated:
times at any grain, hedged or planned facts, other actions, swapped roles, outcomes, and the
"not harmed" words. Fixtures are sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.story import StoryMember, element_terms, story_brief
from topline.brief.story_lexicon import act
from topline.brief.story_match import acts_agree, fact_terms, near_fact, same_fact
from topline.ingest import article_from_text
from topline.model import Span


def test_times_must_agree_at_the_grain_both_give() -> None:
    last_year = fact_terms("The Orrin fair was cancelled because of flooding.", ["2023"])
    this_year = fact_terms("The Orrin fair was cancelled because of flooding.", ["2024"])
    a_day = fact_terms("The Orrin fair was cancelled because of flooding.", ["2024-03-05"])
    a_month = fact_terms("The Orrin fair was cancelled because of flooding.", ["2024-03"])
    assert not same_fact(last_year, this_year)
    assert not near_fact(last_year, this_year)
    assert same_fact(a_month, a_day) and same_fact(this_year, a_day)
    assert not same_fact(a_day, fact_terms("The Orrin fair was cancelled.", ["2024-10"]))


@pytest.mark.parametrize(
    "hedged",
    [
        "The Kelso plant may cut 300 jobs.",
        "The Kelso plant could cut 300 jobs.",
        "The Kelso plant plans to cut 300 jobs.",
        "The Kelso plant is expected to cut 300 jobs.",
        "Unions accused the Kelso plant of planning to cut 300 jobs.",
    ],
)
def test_a_hedged_planned_or_alleged_fact_is_not_the_fact_done(hedged: str) -> None:
    done = fact_terms("The Kelso plant cut 300 jobs.")
    assert fact_terms(hedged).unrealised and not done.unrealised
    assert not same_fact(fact_terms(hedged), done)
    assert not near_fact(fact_terms(hedged), done)  # two facts to show, not one


def test_hedged_on_both_sides_is_one_fact_and_may_the_month_is_no_hedge() -> None:
    assert same_fact(
        fact_terms("The Kelso plant may close by the end of the year, the union warned."),
        fact_terms("The union warned that the Kelso plant could close before the end of the year."),
    )
    assert not fact_terms("Inflation in Doria fell to 2.1% in May.").unrealised
    assert fact_terms("Inflation in Doria may fall to 2.1%.").unrealised


def test_another_action_on_the_same_actors_is_another_fact() -> None:
    text = "Police {} the driver of the Arden bus."
    detained = fact_terms(text.format("detained"), acts=[act("detained", "Police", "the driver")])
    praised = fact_terms(text.format("praised"), acts=[act("praised", "Police", "the driver")])
    assert not same_fact(detained, praised)
    # without the events the words alone cannot tell (the limit the events lift)
    assert same_fact(fact_terms(text.format("detained")), fact_terms(text.format("praised")))


def test_one_shared_action_is_enough_and_a_synonym_class_is_one_action() -> None:
    tore = fact_terms(
        "A fire tore through the Selwyn depot on Tuesday, killing 4 workers.",
        acts=[act("tore", "A fire"), act("killing", "A fire", "4 workers")],
    )
    died = fact_terms(
        "4 workers died when fire swept through the Selwyn depot on Tuesday.",
        acts=[act("died", "4 workers"), act("swept", "fire")],
    )
    assert same_fact(tore, died)


def test_a_light_verb_is_read_with_its_object() -> None:
    left = act("left", "The storm", "four people", "left four people dead across the valley.")
    killed = act("killed", "the storm", "Four people")
    assert left.verb & killed.verb
    forced = act("forced", "The strike", "the cancellation", "forced the cancellation of flights")
    assert forced.verb & act("cancelled", "Skyra", "120 flights").verb
    assert not act("found", "Crews", "two children", "found two children dead.").verb & (
        act("rescued", "Crews", "two children").verb
    )


def test_the_same_action_on_another_target_is_another_fact() -> None:
    home = fact_terms(
        "Police searched the home of the Tenby mayor.", acts=[act("searched", "Police", "the home")]
    )
    office = fact_terms(
        "Police searched the office of the Tenby mayor.",
        acts=[act("searched", "Police", "the office")],
    )
    assert not same_fact(home, office)


def test_actor_and_target_swapped_is_another_fact() -> None:
    a = fact_terms("Dunmere beat Calloway in the final.", acts=[act("beat", "Dunmere", "Calloway")])
    b = fact_terms("Calloway beat Dunmere in the final.", acts=[act("beat", "Calloway", "Dunmere")])
    assert not same_fact(a, b)
    # an intransitive report of the same people is no swap
    died = fact_terms(
        "Two passengers died when the ferry Orla ran aground off Kell Point.",
        acts=[act("died", "Two passengers"), act("ran", "the ferry Orla")],
    )
    killed = fact_terms(
        "The grounding of the ferry Orla off Kell Point killed two passengers.",
        acts=[act("killed", "The grounding", "two passengers")],
    )
    assert died.acts[0].verb == killed.acts[0].verb  # "died" and "killed": one class
    assert acts_agree(died, killed)


def test_two_outcomes_of_the_fire_both_name_are_two_facts() -> None:
    injured = fact_terms("Nobody was injured in the blaze at the Corbel mill.")
    arrested = fact_terms("Nobody was arrested over the blaze at the Corbel mill.")
    assert not same_fact(injured, arrested) and not near_fact(injured, arrested)


def test_not_harmed_words_read_as_a_negation() -> None:
    safe = fact_terms("Council leader Ana Pires said tenants' records appeared to be safe.")
    taken = fact_terms("Ana Pires said there was no sign that tenants' records had been taken.")
    assert safe.negated and taken.negated
    assert near_fact(safe, taken)  # one fact: shown once
    stolen = fact_terms("Ana Pires said tenants' records had been taken.")
    assert not same_fact(safe, stolen) and not near_fact(safe, stolen)
    assert not fact_terms("The records were not safe.").negated
    assert fact_terms("All twelve climbers were found unhurt.").negated


def _member(text: str, outlet: str) -> StoryMember:
    article = replace(article_from_text(text, published="2024-06-04"), outlet=outlet)
    analysis = analyze(article)
    return StoryMember(analysis, make_brief(analysis))


def test_the_events_of_the_articles_keep_an_outlet_from_a_fact_it_never_stated() -> None:
    detained = _member(
        "Police detained the driver of the Arden school bus on Monday. The bus left the road "
        "near Coldharbour and hit a wall. Eleven children were taken to hospital as a "
        "precaution.",
        "Harbor Daily",
    )
    praised = _member(
        "Police praised the driver of the Arden school bus on Monday. The bus swerved to avoid a "
        "lorry near Coldharbour. None of the children on board was hurt, the school said.",
        "Lakeside Wire",
    )
    first, second = (
        element_terms(m.analysis, (Span(0, m.text.index(".") + 1),)) for m in (detained, praised)
    )
    assert first.acts and second.acts
    assert not same_fact(first, second)
    brief = story_brief("bus", [detained, praised])
    for fact in [*brief.facts, *([brief.topline] if brief.topline else [])]:
        if "detained" in fact.text:
            assert [r.outlet for r in fact.reports] == ["Harbor Daily"]
        if "praised" in fact.text:
            assert [r.outlet for r in fact.reports] == ["Lakeside Wire"]


def test_an_action_the_parse_missed_is_read_from_the_other_sentences_words() -> None:
    """The parse gives no event for "had cut" in a reported clause; the other sentence's
    "cut" is still the same action (and "praised" is still not "detained")."""
    reported = fact_terms(
        "Kelso Foods said on Monday it had cut 40 jobs because demand had fallen.",
        acts=[act("fallen", "demand")],
    )
    plain = fact_terms(
        "Kelso Foods cut 40 jobs on Monday.", acts=[act("cut", "Kelso Foods", "40 jobs")]
    )
    assert same_fact(reported, plain)
    praised = fact_terms(
        "Police praised the Arden driver.", acts=[act("praised", "Police", "the driver")]
    )
    detained = fact_terms(
        "Police detained the Arden driver.", acts=[act("detained", "Police", "the driver")]
    )
    assert not same_fact(praised, detained)


def test_the_scheduled_future_is_not_a_hedge() -> None:
    will = fact_terms("Work on the Tarn harbour wall will begin in May.")
    due = fact_terms("Work on the Tarn harbour wall is due to begin in May.")
    assert not will.unrealised and not due.unrealised and same_fact(will, due)
