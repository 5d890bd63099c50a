"""Events from the dependency parse, and an article's timeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from topline.analyze import analyze
from topline.analyze.events import date_start, timeline
from topline.ingest import article_from_text
from topline.model import Analysis, Event, Span, Timex


@pytest.fixture(scope="module")
def seed_analysis(seed_text: str) -> Analysis:
    return analyze(article_from_text(seed_text, published="2020-01-16"))


def _grounded(e: Event, text: str) -> None:
    assert text[e.action_span.start : e.action_span.end] == e.action
    if e.target_span is not None:
        assert text[e.target_span.start : e.target_span.end] == e.target
    if e.actor is not None and e.actor.span is not None:
        assert e.span.contains(e.actor.span)
    if e.where_span is not None:
        assert text[e.where_span.start : e.where_span.end] == e.where


def test_seed_parliament_voted_to_oust_service_members_on_january_10(
    seed_analysis: Analysis,
) -> None:
    text = seed_analysis.article.text
    for e in seed_analysis.events:
        _grounded(e, text)
    oust = next(e for e in seed_analysis.events if e.action == "voted to oust")
    assert oust.actor is not None and oust.actor.span is not None
    assert oust.actor.span.of(text) == "Iraq’s parliament"
    assert oust.target == "American service members"
    assert oust.when is not None and oust.when.value == "2020-01-10"


def test_seed_timeline_is_oldest_first(seed_analysis: Analysis) -> None:
    ordered = timeline(seed_analysis.events)
    dated = [e.when.value for e in ordered if e.when and date_start(e.when.value)]
    assert dated[0] == "2014"
    starts = [d for d in (date_start(v) for v in dated) if d is not None]
    assert len(starts) == len(dated)
    assert starts == sorted(starts)
    assert len(ordered) == len(seed_analysis.events)


def test_passive_voice_puts_the_agent_first() -> None:
    text = "The embassy was stormed by protesters in Baghdad on Tuesday."
    analysis = analyze(article_from_text(text, published="2020-01-16"))
    (e,) = [e for e in analysis.events if "stormed" in e.action]
    assert e.actor is not None and e.actor.name == "protesters"
    assert e.target == "The embassy"
    assert e.where == "Baghdad"
    assert e.when is not None and e.when.value == "2020-01-14"


def test_conjoined_verb_shares_the_subject() -> None:
    text = "The gunmen killed one officer and wounded four others."
    events = analyze(article_from_text(text)).events
    wounded = next(e for e in events if e.action == "wounded")
    assert wounded.actor is not None and wounded.actor.name == "The gunmen"


def test_reporting_verbs_are_not_events() -> None:
    events = analyze(article_from_text("The minister said the talks failed.")).events
    assert all(e.action != "said" for e in events)


def _event(start: int, value: str | None) -> Event:
    when = Timex(Span(start, start + 1), "DATE", value) if value else None
    return Event(
        span=Span(start, start + 1), action="x", action_span=Span(start, start + 1), when=when
    )


def test_timeline_orders_by_date_then_text_with_undated_last() -> None:
    events = [
        _event(0, "2020-01-15"),
        _event(1, None),
        _event(2, "2019"),
        _event(3, "2020-W01"),
        _event(4, "PAST_REF"),
    ]
    assert [e.span.start for e in timeline(events)] == [2, 3, 0, 1, 4]


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2020-W01", "2019-12-30"),
        ("1989-Q3", "1989-07-01"),
        ("199", "1990-01-01"),
        ("2020-01-13TMO", "2020-01-13"),
        ("2019-SU", "2019-07-01"),
    ],
)
def test_date_start_reads_timeml_values(value: str, iso: str) -> None:
    start = date_start(value)
    assert start is not None and start.isoformat() == iso


def _events(text: str) -> list[Event]:
    return list(analyze(article_from_text(text, published="2020-01-16")).events)


def _actor_text(events: list[Event], action: str, text: str) -> str | None:
    (e,) = [e for e in events if e.action == action]
    return e.actor.span.of(text) if e.actor and e.actor.span else None


def test_label_words_are_never_an_actor_or_an_action() -> None:
    text = (
        "Topline: Rising prices hit shoppers in March.\n\n"
        "What to watch for: Regulators will review the deal next year.\n\n"
        "Why it matters: Shoppers pay more.\n\n"
        "Abdul Rahman said: the plan works."
    )
    events = _events(text)
    assert {e.action for e in events} == {"hit", "review", "pay", "works"}
    for e in events:
        assert e.actor is not None and e.actor.span is not None
        assert ":" not in e.actor.span.of(text)
    assert _actor_text(events, "review", text) == "Regulators"


def test_title_line_above_the_body_is_not_the_subject() -> None:
    text = (
        "The last bookbinder on Elm Street\n\n"
        "When Martha Greene opened her bindery, the shop thrived.\n\n"
        "City Council Approves New Budget\n\n"
        "The council approved the budget on Tuesday."
    )
    events = _events(text)
    assert _actor_text(events, "thrived", text) == "the shop"
    assert "Approves" not in {e.action for e in events}


def test_actor_keeps_hyphenated_names_and_partitive_of_phrases() -> None:
    text = "Prime minister Ivo Petrov-Lind praised the deal. Most of her customers find her online."
    events = _events(text)
    (praised,) = [e for e in events if e.action == "praised"]
    assert praised.actor is not None and praised.actor.name == "Ivo Petrov-Lind"
    assert _actor_text(events, "praised", text) == "Prime minister Ivo Petrov-Lind"
    assert _actor_text(events, "find", text) == "Most of her customers"


def test_actor_in_apposition_to_a_name_takes_the_canonical_name(fixtures_dir: Path) -> None:
    raw = (fixtures_dir / "articles" / "feature.txt").read_text(encoding="utf-8")
    analysis = analyze(article_from_text(raw, published="2020-01-16"))
    text, events = analysis.article.text, analysis.events
    (joined,) = [e for e in events if e.action == "joined"]
    assert joined.actor is not None and joined.actor.name == "Daniel Ortiz"
    assert joined.actor.span is not None and joined.actor.span.of(text) == "Her apprentice"


def test_seed_actors_are_subject_phrases_not_labels(seed_analysis: Analysis) -> None:
    text = seed_analysis.article.text
    for e in seed_analysis.events:
        if e.actor is not None and e.actor.span is not None:
            assert ":" not in e.actor.span.of(text)
            assert "Topline" not in e.actor.span.of(text)
    (sending,) = [e for e in seed_analysis.events if e.action == "sending"]
    assert sending.actor is not None and sending.actor.name == "Adel Abdul-Mahdi"
    assert sending.actor.span is not None
    assert sending.actor.span.of(text) == "prime minister Adel Abdul-Mahdi"


def _triples(text: str) -> list[tuple[str | None, str, str | None]]:
    events = analyze(article_from_text(text, published="2020-01-16")).events
    return [
        (e.actor.span.of(text) if e.actor and e.actor.span else None, e.action, e.target)
        for e in events
    ]


def test_seed_attacks_killed_the_officer_not_the_posts(seed_analysis: Analysis) -> None:
    text = seed_analysis.article.text
    killed = next(e for e in seed_analysis.events if e.target == "one officer")
    assert killed.actor is not None and killed.actor.span is not None
    assert killed.actor.span.of(text) == "attacks"


def test_seed_militias_backed_assad_not_soleimani(seed_analysis: Analysis) -> None:
    text = seed_analysis.article.text
    backed = next(e for e in seed_analysis.events if e.action == "backed")
    assert backed.actor is not None and backed.actor.span is not None
    assert backed.actor.span.of(text) == "militias"


def test_relative_clause_after_a_place_belongs_to_the_phrase_before_it() -> None:
    triples = _triples("Rebels fired rockets at a base near the river that destroyed two trucks.")
    assert ("rockets", "destroyed", "two trucks") in triples


def test_nonrestrictive_which_clause_takes_the_noun_before_the_comma() -> None:
    triples = _triples("The storm, which flooded the valley, moved north on Sunday.")
    assert ("The storm", "flooded", "the valley") in triples


def test_passive_relative_clause_puts_the_agent_first() -> None:
    triples = _triples("They visited the embassy, which was stormed by protesters last year.")
    assert ("protesters", "stormed", "the embassy") in triples


def test_participle_with_a_by_agent_names_the_agent() -> None:
    triples = _triples("Militias backed by the government seized the port.")
    assert ("the government", "backed", "Militias") in triples


def test_the_thing_given_is_the_target_not_the_receiver() -> None:
    triples = _triples("The coach gave the players a long lecture.")
    assert ("The coach", "gave", "a long lecture") in triples


# --- which verbs are events (event_verbs.py), who acts (event_roles.py): issue #18 -------


def test_a_progressive_read_as_passive_keeps_its_subject_as_actor() -> None:
    triples = _triples("He's been working in Paris for a decade, and his family has followed him.")
    assert ("He", "working", None) in triples


def test_a_conjunct_after_a_reporting_frame_belongs_to_the_reported_clause() -> None:
    triples = _triples(
        "The hikers were on their way to the summit, the Daily Post reports, and rushed in to "
        "help a climber."
    )
    assert [t[0] for t in triples if t[1].startswith("rushed")] == ["The hikers"]


def test_a_noun_the_tagger_took_for_a_verb_is_no_event() -> None:
    triples = _triples(
        "Mike Tindall would not have moved any quicker in a Six Nations clash at Twickenham."
    )
    assert not any("clash" in t[1] for t in triples)
    assert any("moved" in t[1] for t in triples)


def test_make_it_with_a_placeholder_object_is_no_event() -> None:
    triples = _triples("The striker scored twice to make it four straight wins for the club.")
    assert triples == [("The striker", "scored", None)]


def test_gone_after_an_object_is_a_state_not_an_event() -> None:
    triples = _triples("The farmer wants the fox gone before winter.")
    # Twelfth session's guideline: desire with a noun object is a state too (no "wants").
    assert not any(t[1] in {"gone", "wants"} for t in triples)


def test_an_object_gap_with_a_complemented_preposition_is_the_antecedent() -> None:
    triples = _triples("The charity sold the paintings she donated for free at the gala.")
    assert ("she", "donated", "the paintings") in triples


def test_a_purpose_infinitive_right_after_the_verb_is_one_action() -> None:
    triples = _triples("Police rushed in to stop the fight at the bar.")
    assert triples == [("Police", "rushed in to stop", "the fight")]
