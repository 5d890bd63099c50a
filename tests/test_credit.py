"""Who says so: a tag's cue must be a saying, and a credit read from a pronoun must be the
reader's reading (the last name before it, or the subject of its sentence or the one before).
Texts written for these tests."""

from __future__ import annotations

import bisect

import pytest
from hypothesis import given
from hypothesis import strategies as st

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.credit import (
    _MODIFIER_BEFORE,
    _merged,
    _modifier_before,
    pronoun_credit_ok,
    saying_cue,
)
from topline.brief.crucial import cue_separated
from topline.brief.source_tags import attribution_for
from topline.ingest import article_from_text
from topline.model import Analysis, Article, Entity, Quote, Sentence, Source, Span


def _cue(text: str, cue: str) -> bool:
    start = text.index(cue)
    return saying_cue(text, Span(start, start + len(cue)))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor said the bridge would open.", "said"),
        ("The bridge is unsafe, according to the report.", "according to"),
        ("She told reporters the vote was close.", "told"),
        ("The firm has admitted the fault.", "has admitted"),
        ("Inspectors found the wards clean.", "found"),
    ],
)
def test_a_saying_is_a_cue(text: str, cue: str) -> None:
    assert _cue(text, cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("While the club intends to build a stand, it has no money.", "intends"),
        ("For months, party leaders have hoped the rival would fade.", "have hoped"),
        ("The deal has officials wondering if it is enough.", "wondering"),
        ("The firm cut 60 jobs (the firm would not disclose the number).", "would not disclose"),
        ("The MP claimed more than £100,000 in expenses.", "claimed"),
        ("The union agrees to the demands of the workers.", "agrees"),
    ],
)
def test_a_belief_a_plan_or_a_refusal_is_no_cue(text: str, cue: str) -> None:
    assert not _cue(text, cue)


def _analysis(text: str, people: list[tuple[str, str]]) -> Analysis:
    """An analysis of ``text`` with the given PERSON mentions (word, canonical name)."""
    entities = []
    for word, canonical in people:
        start = text.index(word)
        entities.append(Entity(Span(start, start + len(word)), "PERSON", canonical))
    sentences, start = [], 0
    for i, piece in enumerate(text.split(". ")):
        end = start + len(piece) + (1 if start + len(piece) < len(text) else 0)
        sentences.append(Sentence(Span(start, min(end, len(text))), i))
        start = end + 1
    return Analysis(
        article=Article(id="t", text=text), sentences=tuple(sentences), entities=tuple(entities)
    )


def _pronoun(text: str, word: str) -> Span:
    start = text.rindex(f" {word} ") + 1
    return Span(start, start + len(word))


def test_she_is_the_last_woman_named_not_a_man_named_before_her() -> None:
    text = (
        "Mayor Tom Baker opened the bridge on Monday. Critics led by Jane Roe were not "
        'impressed. "It is a waste of money," she said.'
    )
    a = _analysis(text, [("Tom Baker", "Tom Baker"), ("Jane Roe", "Jane Roe")])
    she = _pronoun(text, "she")
    assert pronoun_credit_ok(a, Source("Jane Roe", she))
    assert not pronoun_credit_ok(a, Source("Tom Baker", she))


def test_he_is_the_subject_named_first_not_a_victim_named_later() -> None:
    text = (
        "The hacker exposed the emails of the actor Jeffrey Tam. Luca Marin was on probation "
        "when he began. Prosecutors say he told one agent he had done a good job."
    )
    a = _analysis(text, [("Jeffrey Tam", "Jeffrey Tam"), ("Luca Marin", "Luca Marin")])
    he = Span(text.index("say he") + 4, text.index("say he") + 6)
    assert not pronoun_credit_ok(a, Source("Jeffrey Tam", he))
    assert pronoun_credit_ok(a, Source("Luca Marin", he))


def test_a_possessive_is_no_antecedent() -> None:
    text = (
        "Gen. Wes Clark is a surrogate for Hilda Stone's campaign. In a July interview, he "
        "praised the plan."
    )
    a = _analysis(text, [("Wes Clark", "Wes Clark"), ("Hilda Stone", "Hilda Stone")])
    he = _pronoun(text, "he")
    assert not pronoun_credit_ok(a, Source("Hilda Stone", he))
    assert pronoun_credit_ok(a, Source("Wes Clark", he))


def test_a_named_source_is_never_questioned() -> None:
    text = "Jane Roe said the bridge was a waste."
    a = _analysis(text, [("Jane Roe", "Jane Roe")])
    assert pronoun_credit_ok(a, Source("Jane Roe", Span(0, 8)))


def test_a_sentence_whose_own_source_is_people_in_general_gets_no_tag() -> None:
    text = (
        "Trade talks between the two countries stalled this week. The deal may grow bigger "
        "if President Dan Ortiz agrees to roll back tariffs, people familiar with the talks "
        "say. Markets fell on the news."
    )
    analysis = analyze(article_from_text(text))
    sentence = next(s for s in analysis.sentences if "familiar" in s.span.of(analysis.article.text))
    assert attribution_for(analysis, sentence.span) is None


def test_a_plan_is_not_credited_as_a_source() -> None:
    text = (
        "The streaming service launched on Tuesday in 14 countries. While Vexa intends to add "
        "free games for a monthly fee, the service is not a subscription. Reviewers called "
        "the launch uneven. The games run in a browser."
    )
    brief = make_brief(analyze(article_from_text(text)))
    for bullet in brief.bullets:
        assert bullet.attribution is None or bullet.attribution.name != "Vexa", bullet


def test_a_name_used_as_a_modifier_is_no_antecedent() -> None:
    text = (
        "The Harry Potter author previously tweeted about abuse. "
        '"I believe in standing up to bullies," she wrote.'
    )
    a = _analysis(text, [("Harry Potter", "Harry Potter")])
    assert not pronoun_credit_ok(a, Source("Harry Potter", _pronoun(text, "she")))


def test_a_cue_after_another_sentence_does_not_credit_the_quote() -> None:
    text = (
        "'After a couple of weeks I was like, wow, this works!' However, plastic surgeon "
        "Dr. Norman Rowe told the Post that he questions the treatments."
    )
    a = _analysis(text, [("Norman Rowe", "Norman Rowe")])
    content = Span(1, text.index("!'") + 1)
    rowe = Span(text.index("Norman"), text.index("Norman") + len("Norman Rowe"))
    cue = Span(text.index("told"), text.index("told") + 4)
    far = Quote(Span(0, content.end + 1), content, cue, Source("Norman Rowe", rowe))
    assert cue_separated(a, far)
    near_text = "'I was like, wow, this works,' said Dr. Norman Rowe of the treatments."
    b = _analysis(near_text, [("Norman Rowe", "Norman Rowe")])
    c = Span(1, near_text.index(",'"))
    n = near_text.index("Norman")
    said = Span(near_text.index("said"), near_text.index("said") + 4)
    near = Quote(Span(0, c.end + 2), c, said, Source("Norman Rowe", Span(n, n + 11)))
    assert not cue_separated(b, near)


# --- the speed-ups of the pronoun reading keep its answers ----------------------------------


@given(st.text(alphabet="The an\n\t.x", max_size=40), st.integers(0, 40))
def test_the_modifier_test_near_a_name_answers_as_a_scan_from_the_start(text: str, at: int) -> None:
    at = min(at, len(text))
    assert _modifier_before(text, at) == bool(_MODIFIER_BEFORE.search(text, 0, at))


@given(
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=8),
    st.integers(0, 31),
)
def test_merged_quotations_hold_exactly_the_positions_of_the_quotations(
    pairs: list[tuple[int, int]], position: int
) -> None:
    spans = [Span(min(a, b), max(a, b)) for a, b in pairs]
    starts, ends = _merged(spans)
    at = bisect.bisect_right(starts, position) - 1
    inside = at >= 0 and position < ends[at]
    assert inside == any(s.start <= position < s.end for s in spans)
