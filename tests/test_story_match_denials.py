"""Two denials that share only their frame are two facts (eighth session): "found no evidence
that X" and "found no evidence of Y" share every word but X and Y, so an outlet that denies Y
must not be credited with denying X. What a negated sentence denies is the first content word
after the negation, past the frame (evidence, sign, risk, decision, ruled out …). Fixtures are
sentences written for these tests."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief.story import element_terms
from topline.brief.story_lexicon import denied
from topline.brief.story_match import FactTerms, fact_terms, near_fact, same_fact
from topline.ingest import article_from_text
from topline.model import Span


def _analysed(text: str) -> FactTerms:
    analysis = analyze(article_from_text(text, published="2024-03-06"))
    return element_terms(analysis, (Span(0, len(analysis.article.text)),))


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Engineers found no evidence that the cables had been cut.", "cabl"),
        ("There was no sign of smoke damage in the library.", "smoke"),
        ("The airport said there was no risk to passengers.", "passeng"),
        ("The court has not ruled out a retrial, lawyers said.", "retrial"),
        ("No arrests have been made after the break-in.", "arrest"),
        ("Nothing suggests the boiler was faulty.", "boiler"),
        ("No one was hurt.", "hurt"),
        ("The bridge was declared safe.", None),  # negates without a denied word
    ],
)
def test_what_a_sentence_denies_is_read_past_its_frame(text: str, term: str | None) -> None:
    found = denied(text)
    assert (found[0] if found else None) == term


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Engineers found no evidence that the cables had been cut.",
            "Engineers found no evidence of corrosion in the cables' anchors.",
        ),
        (
            "The hospital said there was no sign of the infection spreading to other wards.",
            "The hospital said there was no sign of staff shortages on other wards.",
        ),
        (
            "Fire officers have not ruled out an electrical fault at the depot.",
            "Fire officers have not ruled out arson at the depot.",
        ),
        (
            "The league said no decision had been made on the replay.",
            "The league said no decision had been made on the fines.",
        ),
    ],
)
def test_denials_of_two_things_in_one_frame_are_two_facts(a: str, b: str) -> None:
    ta, tb = _analysed(a), _analysed(b)
    assert not same_fact(ta, tb) and not same_fact(tb, ta)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Engineers found no evidence that the cables had been cut.",
            "The cables had not been cut, engineers found.",
        ),
        (
            "Fire officers have not ruled out arson at the Brenton depot.",
            "Arson at the Brenton depot has not been ruled out by fire officers.",
        ),
        (
            "The league said no decision had been made on the replay of the Ashby match.",
            "No decision on a replay of the Ashby match has been made yet, the league said.",
        ),
    ],
)
def test_one_denial_in_other_words_is_still_one_fact(a: str, b: str) -> None:
    ta, tb = _analysed(a), _analysed(b)
    assert same_fact(ta, tb) and same_fact(tb, ta)


def test_synonyms_and_irregular_forms_deny_the_same_thing() -> None:
    hurt = fact_terms("Nobody was hurt when the stand at Kelso Park collapsed.")
    injured = fact_terms("No one was injured when the stand at Kelso Park collapsed.")
    assert near_fact(hurt, injured)
    took = fact_terms("The treasurer denied taking money from the Harrow Trust fund.")
    taken = fact_terms("The treasurer denied she had taken money from the Harrow Trust fund.")
    assert same_fact(took, taken)


def test_affirmative_sentences_are_not_read_as_denials() -> None:
    a = fact_terms("Engineers found corrosion in the cables' anchors.")
    assert a.denied is None and not a.negated
