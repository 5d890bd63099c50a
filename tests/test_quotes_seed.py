"""The seed article: its Crucial quote, speakers and the sources of its bullets."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.model import Analysis, Article


@pytest.fixture(scope="module")
def seed_analysis(seed_text: str) -> Analysis:
    return analyze(Article(id="seed", text=seed_text))


def test_crucial_quote_is_attributed_to_adel_abdul_mahdi_with_cue_said(
    seed_analysis: Analysis,
) -> None:
    text = seed_analysis.article.text
    quotes = [
        q
        for q in seed_analysis.quotes
        if q.content_span.of(text).startswith("ISIS has begun to reorganize")
    ]
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "direct"
    assert q.content_span.of(text) == "ISIS has begun to reorganize and plan invasions and attacks"
    assert q.speaker is not None and q.speaker.name == "Adel Abdul-Mahdi"
    assert q.speaker.kind == "person"
    assert q.speaker.span is not None and q.speaker.span.of(text) == "Abdul-Mahdi"
    assert q.cue_span is not None and q.cue_span.of(text) == "said"
    assert q.context_span is not None
    assert q.context_span.of(text) == "in a speech to his cabinet Wednesday"


def _sources_of(analysis: Analysis, claim_start: str) -> set[str]:
    text = analysis.article.text
    return {a.source.name for a in analysis.attributions if claim_start in a.claim_span.of(text)}


def test_bullets_are_attributed_to_the_new_york_times(seed_analysis: Analysis) -> None:
    names = {a.source.name for a in seed_analysis.attributions}
    assert "The New York Times" in names
    cues = [
        a.cue_span.of(seed_analysis.article.text)
        for a in seed_analysis.attributions
        if a.source.name == "The New York Times" and a.cue_span
    ]
    assert "According to" in cues


def test_times_and_associated_press_are_two_sources_of_one_claim(seed_analysis: Analysis) -> None:
    assert _sources_of(seed_analysis, "it was unclear if the Iraqi government") == {
        "The New York Times",
        "Associated Press",
    }
    kinds = {
        a.source.kind for a in seed_analysis.attributions if a.source.name == "Associated Press"
    }
    assert kinds == {"outlet"}


def test_reported_cnn_attributes_the_attack_claim_to_cnn(seed_analysis: Analysis) -> None:
    assert "CNN" in _sources_of(seed_analysis, "ISIS carried out attacks Monday")


def test_the_officials_resolve_to_unnamed_american_military_officials(
    seed_analysis: Analysis,
) -> None:
    text = seed_analysis.article.text
    hits = [
        a
        for a in seed_analysis.attributions
        if "in the U.S. military’s interest" in a.claim_span.of(text)
    ]
    assert hits
    assert hits[0].source.name == "unnamed American military officials"
    assert hits[0].source.span is not None and hits[0].source.span.of(text) == "The officials"
    assert hits[0].source.kind == "unnamed"


def test_indirect_quote_of_abdul_mahdi_resolves_surname_to_full_name(
    seed_analysis: Analysis,
) -> None:
    text = seed_analysis.article.text
    q = next(q for q in seed_analysis.quotes if "next prime minister" in q.content_span.of(text))
    assert q.kind == "indirect"
    assert q.speaker is not None and q.speaker.name == "Adel Abdul-Mahdi"


def test_seed_entities_are_canonical(seed_analysis: Analysis) -> None:
    text = seed_analysis.article.text
    by_name = {c.canonical: c for c in seed_analysis.clusters}
    us = by_name["United States"]
    assert {s.of(text) for s in us.mentions} >= {"U.S.", "American"}
    assert "Home Global News U.S." not in {e.span.of(text) for e in seed_analysis.entities}
    soleimani = by_name["Qassem Soleimani"]
    assert soleimani.label == "PERSON"
    assert {s.of(text) for s in soleimani.mentions} == {"Qassem Soleimani", "Soleimani"}
    assert not any(e.span.of(text).endswith("’s") for e in seed_analysis.entities)
    assert {s.of(text) for s in by_name["Adel Abdul-Mahdi"].mentions} == {
        "Adel Abdul-Mahdi",
        "Abdul-Mahdi",
    }
    assert {s.of(text) for s in by_name["The New York Times"].mentions} == {
        "New York Times",
        "Times",
    }


def test_every_seed_span_lies_inside_the_text(seed_analysis: Analysis) -> None:
    n = len(seed_analysis.article.text)
    spans = [q.content_span for q in seed_analysis.quotes] + [q.span for q in seed_analysis.quotes]
    spans += [a.claim_span for a in seed_analysis.attributions]
    spans += [e.span for e in seed_analysis.entities]
    assert all(0 <= s.start < s.end <= n for s in spans)
