"""Source attribution of claims: outlets, officials, coordinated sources, "according to"."""

from __future__ import annotations

from topline.analyze import analyze
from topline.model import Analysis, Article, Attribution


def _run(text: str) -> Analysis:
    return analyze(Article(id="t", text=text))


def _for_claim(a: Analysis, words: str) -> list[Attribution]:
    text = a.article.text
    return [x for x in a.attributions if words in x.claim_span.of(text)]


def test_according_to_an_outlet() -> None:
    text = "According to the New York Times, the deal was signed in secret last week."
    a = _run(text)
    [att] = _for_claim(a, "the deal was signed in secret")
    assert att.source.name == "The New York Times"
    assert att.source.kind == "outlet"
    assert att.cue_span is not None and att.cue_span.of(text) == "According to"
    assert att.source.span is not None and att.source.span.of(text) == "the New York Times"


def test_claim_before_according_to() -> None:
    text = "The deal was signed in secret last week, according to two people familiar with it."
    a = _run(text)
    [att] = _for_claim(a, "The deal was signed in secret")
    assert att.source.kind == "unnamed"
    assert att.source.span is not None and "two people" in att.source.span.of(text)


def test_inverted_reported_outlet() -> None:
    text = "Rebels shelled the airport on Monday and wounded four guards, reported CNN."
    a = _run(text)
    [att] = _for_claim(a, "Rebels shelled the airport")
    assert att.source.name == "CNN"
    assert att.cue_span is not None and att.cue_span.of(text) == "reported"


def test_two_coordinated_outlets_are_two_sources_of_one_claim() -> None:
    text = "The Times and the Associated Press reported that the talks had collapsed."
    a = _run(text)
    atts = _for_claim(a, "the talks had collapsed")
    assert {x.source.name for x in atts} == {"The New York Times", "Associated Press"}
    assert len({x.claim_span for x in atts}) == 1


def test_officials_said_resolves_to_the_earlier_description() -> None:
    text = (
        "The newspaper cited unnamed American military officials. "
        "The officials said the operations had resumed on Tuesday."
    )
    a = _run(text)
    [att] = _for_claim(a, "the operations had resumed")
    assert att.source.name == "unnamed American military officials"
    assert att.source.kind == "unnamed"


def test_bare_officials_said_is_an_unnamed_source() -> None:
    text = "Officials said the bridge would stay closed until spring."
    a = _run(text)
    [att] = _for_claim(a, "the bridge would stay closed")
    assert att.source.kind == "unnamed"
    assert att.source.span is not None and att.source.span.of(text) == "Officials"


def test_told_attributes_to_the_speaker_not_the_listener() -> None:
    text = "Mayor Eric Stone told the Associated Press that the budget was balanced."
    a = _run(text)
    [att] = _for_claim(a, "the budget was balanced")
    assert att.source.name == "Eric Stone"
    assert att.source.kind == "person"


def test_relative_clause_source_is_the_noun_it_modifies() -> None:
    text = "The report cited two diplomats who confirmed that the embassy had been evacuated."
    a = _run(text)
    [att] = _for_claim(a, "the embassy had been evacuated")
    # the source is the noun the clause modifies; its mention is the clause's own subject,
    # the relative pronoun (as PolNeAR marks it; docs/quotes.md, "Who said it")
    assert att.source.name == "two diplomats"
    assert att.source.span is not None and att.source.span.of(text) == "who"


def test_no_attribution_without_a_source() -> None:
    a = _run("The river rose two meters overnight and flooded the lower town.")
    assert a.attributions == ()
