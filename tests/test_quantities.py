"""Quantities: value, qualifier, unit, what the number counts and the verb, on news sentences."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from topline.analyze import analyze, analyze_many
from topline.ingest import article_from_text
from topline.model import Analysis, Quantity

ANCHOR = "2020-01-16"


def _cases(fixtures_dir: Path) -> list[dict[str, Any]]:
    lines = (fixtures_dir / "quantities.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def fixture_results(fixtures_dir: Path) -> list[tuple[dict[str, Any], Analysis]]:
    cases = _cases(fixtures_dir)
    articles = [article_from_text(c["text"], published=ANCHOR) for c in cases]
    return list(zip(cases, analyze_many(articles), strict=True))


def _match(case: dict[str, Any], analysis: Analysis) -> Quantity | None:
    text = analysis.article.text
    for q in analysis.quantities:
        surface = q.span.of(text)
        assert 0 <= q.span.start < q.span.end <= len(text)
        assert surface == surface.strip(), f"the span of {surface!r} takes in white space"
        if q.qualifier is not None:
            assert q.qualifier.lower() in surface.lower(), (q.qualifier, surface)
        if q.counts_span is not None:
            assert text[q.counts_span.start : q.counts_span.end] == q.counts
        if q.verb_span is not None:
            assert text[q.verb_span.start : q.verb_span.end] == q.verb
        if q.span.of(text).lower() == str(case["number"]).lower():
            return q
    return None


def test_fixture_has_at_least_sixty_sentences(fixtures_dir: Path) -> None:
    assert len(_cases(fixtures_dir)) >= 60


def test_fixture_accuracy(fixture_results: list[tuple[dict[str, Any], Analysis]]) -> None:
    right = {"value": 0, "qualifier": 0, "counts": 0, "verb": 0}
    for case, analysis in fixture_results:
        if case["number"] is None:
            ok = not analysis.quantities
            for k in right:
                right[k] += ok
            continue
        q = _match(case, analysis)
        if q is None:
            continue
        right["value"] += math.isclose(q.value, case["value"], rel_tol=1e-3)
        right["qualifier"] += q.qualifier == case["qualifier"]
        right["counts"] += (q.counts or "").lower() == (case["counts"] or "").lower()
        right["verb"] += q.verb == case["verb"]
    n = len(fixture_results)
    assert right["value"] / n >= 0.95
    assert right["qualifier"] / n >= 0.95
    assert right["counts"] / n >= 0.85
    assert right["verb"] / n >= 0.85


def _quantities(text: str) -> dict[str, Quantity]:
    analysis = analyze(article_from_text(text, published=ANCHOR))
    return {q.span.of(text): q for q in analysis.quantities}


def test_money_has_currency_and_scale() -> None:
    q = _quantities("The fund raised $1.2 billion from investors.")["$1.2 billion"]
    assert (q.value, q.unit) == (1_200_000_000, "USD")


def test_percent_keeps_its_qualifier() -> None:
    q = _quantities("Turnout was about 8.5% lower.")["about 8.5%"]
    assert (q.value, q.unit, q.qualifier) == (8.5, "%", "about")


def test_two_dozen_of_members_counts_members() -> None:
    q = _quantities("The strikes killed at least two dozen of its members.")["at least two dozen"]
    assert (q.value, q.qualifier, q.counts, q.verb) == (24, "at least", "members", "killed")


def test_years_dates_and_ages_are_not_quantities() -> None:
    found = _quantities("In 2019, a 45-year-old man served three years on January 10.")
    assert found == {}


def test_word_numbers_that_count_nothing_are_skipped() -> None:
    assert _quantities("The two met, and one of them spoke.") == {}


def test_model_numbers_are_not_counts() -> None:
    assert "737" not in _quantities("Boeing 737 jets were grounded.")


def test_seed_quantities_count_officers_and_troops(seed_text: str) -> None:
    analysis = analyze(article_from_text(seed_text, published=ANCHOR))
    text = analysis.article.text
    by_text = {q.span.of(text): q for q in analysis.quantities}
    assert by_text["one"].counts == "officer" and by_text["one"].verb == "killed"
    assert by_text["four"].verb == "wounded"
    troops = by_text["3,000"]
    assert (troops.counts, troops.verb) == ("additional U.S. troops", "deployed")
    assert by_text["at least two dozen"].counts == "members"


@pytest.mark.parametrize(
    "text",
    ["Call 555-1234 now.", "The Lakers won 112-104 on Sunday.", "He ranked No. 1 in the poll."],
)
def test_scores_phone_numbers_and_ranks_are_not_quantities(text: str) -> None:
    assert _quantities(text) == {}


def test_share_sentence_after_a_bare_percentage_says_what_it_counts() -> None:
    q = _quantities("Big number: 40%. That's the share of voters who stayed home.")["40%"]
    assert (q.unit, q.counts, q.verb) == ("%", "voters", "stayed")


def test_a_number_before_a_singular_noun_modifies_it_rather_than_counting() -> None:
    # "a 1944 speech", "a 25,000 crowd", "a 12 inch screen": the number describes the noun.
    found = _quantities("He gave a 1944 speech to a 25,000 crowd about a 12 inch screen.")
    assert all(q.counts is None for q in found.values())


def test_units_and_collective_nouns_still_count_after_a_number() -> None:
    found = _quantities("The convoy drove 300 km with about 90 crew and 4 staff.")
    assert found["300"].counts == "km"
    assert found["about 90"].counts == "crew"
    assert found["4"].counts == "staff"


def test_a_capitalised_common_noun_after_a_number_starts_another_sentence() -> None:
    # Scraped text often loses the full stop: "she was 19 Officers said …".
    found = _quantities("The report said she was 19 Officers said the car was stolen.")
    assert all(q.counts is None for q in found.values())


def test_hyphenated_compounds_are_not_counts() -> None:
    found = _quantities("A three-set win and a four-star hotel, but two-thirds of voters agreed.")
    assert list(found) == ["two-thirds"]


def test_word_numbers_in_names_are_not_counts() -> None:
    found = _quantities("After the Big Four banks met, Group Seven Holdings hired 30 analysts.")
    assert list(found) == ["30"]
    assert found["30"].counts == "analysts"


def test_one_of_the_is_a_pronoun_not_a_count() -> None:
    assert _quantities("It was one of the busiest weekends, and one of them was hurt.") == {}


def test_clock_times_and_day_month_dates_are_not_quantities() -> None:
    found = _quantities("The update came at 22 GMT, after the vote on 3 March.")
    assert found == {}


def test_list_markers_are_not_quantities() -> None:
    found = _quantities("Key points:\n1. Taxes rise.\n2) Rents fall for 40 families.")
    assert list(found) == ["40"]


def test_a_capitalised_plural_object_is_still_counted() -> None:
    found = _quantities("The campaign page drew more than 9,000 Shares and many comments.")
    assert found["more than 9,000"].counts == "Shares"


def test_a_partitive_count_needs_a_plural_noun() -> None:
    # "within 200m of the gate" is a distance (m = metres), not 200 million of a gate.
    found = _quantities("Crowds waited within 200m of the gate while 40 of the pilgrims prayed.")
    assert found["200m"].counts is None
    assert found["40"].counts == "pilgrims"


def test_money_rates_with_hyphens_are_still_money() -> None:
    found = _quantities("He signed a £90,000-a-week contract and lost seven stone.")
    assert found["£90,000"].unit == "GBP"
    assert found["seven"].counts == "stone"


def test_a_number_glued_to_the_next_sentence_counts_nothing() -> None:
    # Scraped text sometimes loses the space after a full stop: "£148,000.That deadline …".
    found = _quantities("The bill came to £52,000.That deadline was then extended.")
    assert found["£52,000"].counts is None


@pytest.mark.parametrize(
    ("text", "counts", "verb"),
    [
        # the counted noun sits in another noun's phrase: the verb is about that noun
        ("Funeral services for the 12 miners will be held on Friday.", "miners", None),
        ("The homes of 40 families were flooded overnight.", "families", None),
        ("Talks with the six envoys were recorded by the embassy.", "envoys", None),
        # the counted noun is the verb's own argument, or joined to one, or a share of it
        ("The blast killed 12 miners and injured 30 others.", "miners", "killed"),
        ("The storm destroyed 300 homes and 12 schools.", "schools", "destroyed"),
        (
            "About 3,000 additional troops were deployed to the region.",
            "additional troops",
            "deployed",
        ),
        ("Only 40 percent of the members are required to attend.", "members", "required"),
    ],
)
def test_the_verb_of_a_count_is_the_counted_noun_s_own(
    text: str, counts: str, verb: str | None
) -> None:
    found = [q for q in analyze(article_from_text(text)).quantities if q.counts == counts]
    assert len(found) == 1
    assert found[0].verb == verb
