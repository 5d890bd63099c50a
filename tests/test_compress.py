"""Grounded compression: pieces are left out, never rewritten."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from topline.brief.compress import (
    closed,
    compress,
    drop_parentheticals,
    drop_relative_clauses,
    drop_trailing_attribution,
    drop_trailing_clause,
    strip_dateline,
    trim_to_words,
    word_total,
)
from topline.model import Span, join_spans


def whole(text: str) -> Span:
    return Span(0, len(text))


@pytest.mark.parametrize(
    ("sentence", "expected_start"),
    [
        ("LONDON (Reuters) - The bank raised rates.", "The bank"),
        ("NEW YORK, March 3 (Reuters) -- Stocks fell sharply.", "Stocks"),
        ("(CNN) -- Two screeners were fired.", "Two"),
        ("(CNN)Two screeners were fired.", "Two"),
        ("WASHINGTON — The Senate passed the bill.", "The Senate"),
        ("SAN FRANCISCO, Calif. -- Acme launched a robot.", "Acme"),
        ("Paris (AFP) - Protesters marched on Saturday.", "Protesters"),
        # twelfth session: an outlet in one word, an AP-style state, an outlet's domain
        ("BOISE, Idaho (IdahoNewsSix) - Firefighters contained the blaze.", "Firefighters"),
        ("Tulsa, Okla. — The storm knocked out power to 9,000 homes.", "The storm"),
        ("Riverside.news - Two bridges were closed after the flood.", "Two bridges"),
    ],
)
def test_dateline_is_left_out(sentence: str, expected_start: str) -> None:
    span = strip_dateline(sentence, whole(sentence))
    assert sentence[span.start :].startswith(expected_start)


@pytest.mark.parametrize(
    ("sentence", "expected_start"),
    [
        (
            "PORTLAND, Ore., May 2, 2023 /PRNewswire/ -- Cascade Labs today opened a plant.",
            "Cascade",
        ),
        ("NEW YORK, Jan. 9, 2024 /PRNewswire-FirstCall/ -- Orbit Corp. named a CEO.", "Orbit"),
        ("DALLAS, June 14, 2022 /Business Wire/ -- Lone Star Bank reported a profit.", "Lone"),
        ("AUSTIN, Texas--(BUSINESS WIRE)--Pecan Software raised $20 million.", "Pecan"),
        ("BOSTON, March 3, 2021 (BUSINESS WIRE) -- Harbor Bio began a trial.", "Harbor"),
        ("(BUSINESS WIRE)--Pecan Software raised $20 million on Monday.", "Pecan"),
        ("TORONTO, Sept. 30, 2024 (GLOBE NEWSWIRE) -- Maple Mining found gold.", "Maple"),
        ("VANCOUVER, British Columbia, 12 April 2024 /CNW/ -- Fir Ltd. sold a mill.", "Fir"),
        ("Denver, Colorado, Feb. 1, 2024 -- Summit Health opened two clinics.", "Summit"),
        ("MIAMI, FL, August 8, 2020 — Coral Cruises cancelled its sailings.", "Coral"),
    ],
)
def test_press_wire_dateline_is_left_out(sentence: str, expected_start: str) -> None:
    span = strip_dateline(sentence, whole(sentence))
    assert sentence[span.start :].startswith(expected_start)


@pytest.mark.parametrize(
    "sentence",
    [
        "Boston, Chicago and Denver reported record heat on Monday.",
        "Shares of Acme, Inc. rose 4% -- the biggest gain in a year.",
        "On March 3, 2021 -- a Wednesday -- the plant closed for good.",
        "The company (Acme) - which makes tools - said sales grew.",
        "Acme Corp. - the maker of tools - said sales grew.",
    ],
)
def test_sentences_that_only_look_like_datelines_are_untouched(sentence: str) -> None:
    assert strip_dateline(sentence, whole(sentence)) == whole(sentence)


def test_sentence_without_dateline_is_untouched() -> None:
    sentence = "The Senate passed the bill on Tuesday."
    assert strip_dateline(sentence, whole(sentence)) == whole(sentence)


def test_short_parenthetical_is_dropped_and_spans_join_cleanly() -> None:
    text = "Gary Locke (pictured) will be confirmed as manager on Friday."
    spans = drop_parentheticals(text, (whole(text),))
    assert join_spans(text, spans) == "Gary Locke will be confirmed as manager on Friday."


def test_trailing_attribution_is_dropped_only_when_long_enough_content_remains() -> None:
    text = "Three men were arrested after the robbery in the city centre, police said."
    spans = drop_trailing_attribution(text, (whole(text),))
    assert join_spans(text, spans) == "Three men were arrested after the robbery in the city centre"
    short = "He left, police said."
    assert drop_trailing_attribution(short, (whole(short),)) == (whole(short),)


@pytest.mark.parametrize(
    "tail",
    [
        ", the agency said in a statement.",
        ", officials said late Tuesday.",
        ", police said on Monday.",
    ],
)
def test_trailing_attribution_may_end_with_when_or_how_it_was_said(tail: str) -> None:
    text = "Rescue crews pulled 112 people from the flooded valley by boat" + tail
    spans = drop_trailing_attribution(text, (whole(text),))
    assert (
        join_spans(text, spans) == "Rescue crews pulled 112 people from the flooded valley by boat"
    )


def test_a_long_tail_after_the_attribution_is_content_and_is_kept() -> None:
    text = (
        "The bridge will stay closed until June, the mayor said in an interview with the "
        "local radio station on Monday."
    )
    assert drop_trailing_attribution(text, (whole(text),)) == (whole(text),)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Floods swept through the river valley early on Sunday, leaving three villages cut off.",
            "Floods swept through the river valley early on Sunday",
        ),
        (
            "The visitors were again outstanding at the stadium, with their captain the pick "
            "of an impressive side.",
            "The visitors were again outstanding at the stadium",
        ),
        (
            "Two of the suspects fled across the border into Canada, according to a complaint "
            "filed on Wednesday.",
            "Two of the suspects fled across the border into Canada",
        ),
        (
            "The council approved the new budget for the harbour - as residents had demanded "
            "for years.",
            "The council approved the new budget for the harbour",
        ),
    ],
)
def test_trailing_modifier_clause_is_left_out_of_a_bullet(sentence: str, kept: str) -> None:
    assert join_spans(sentence, drop_trailing_clause(sentence, (whole(sentence),))) == kept


@pytest.mark.parametrize(
    "sentence",
    [
        # A contrast is news.
        "The team won the league on Saturday, but lost its manager to a rival club.",
        # The main clause would be too short.
        "Prices fell, leaving buyers happy.",
        # The cut would leave a quotation open.
        "“We came to the city hall this morning, hoping to speak to the mayor,” she said.",
        # The cut would end the main clause on a conjunction.
        "The horse is now ten years old and, according to his jockey, likes to take his time.",
        # The clause is interposed: the sentence's verb comes after its closing comma, with
        # its subject pronoun or alone (twelfth session).
        "The ferry was due to sail at noon, when the storm reached the harbour wall, it was "
        "held back for six hours.",
        "She was sure of a place in the final squad but at one stage, as the injuries piled "
        "up, she feared missing out.",
        "Records of the river levels kept by the old mill, as well as the accounts of "
        "farmers, suggest that floods were rarer then.",
    ],
)
def test_trailing_clause_is_kept_when_cutting_would_harm_the_sentence(sentence: str) -> None:
    assert drop_trailing_clause(sentence, (whole(sentence),)) == (whole(sentence),)


def test_bullets_lose_their_trailing_modifier_and_a_short_lede_keeps_it() -> None:
    text = "Floods swept through the river valley early on Sunday, leaving three villages cut off."
    assert join_spans(text, compress(text, whole(text), bullet=True)).endswith("on Sunday")
    assert join_spans(text, compress(text, whole(text), lede=True)) == text


def test_a_lede_over_thirty_words_loses_its_trailing_modifier_clause() -> None:
    text = (
        "Floods swept through the river valley and the low-lying districts of the old town "
        "early on Sunday after three days of heavy rain over the hills to the north of the "
        "region, leaving three villages cut off."
    )
    kept = join_spans(text, compress(text, whole(text), lede=True))
    assert kept.endswith("to the north of the region")
    assert join_spans(text, compress(text, whole(text))) == text


def test_trim_to_words_keeps_first_clauses() -> None:
    text = "The company was fined on Tuesday, the regulator said, after years of pollution."
    spans = trim_to_words(text, (whole(text),), 8)
    assert join_spans(text, spans) == "The company was fined on Tuesday"
    assert word_total(text, spans) <= 8


def test_trim_to_words_cuts_hard_when_no_clause_fits() -> None:
    text = "Britain's biggest water company was fined a record sum for pumping sewage."
    spans = trim_to_words(text, (whole(text),), 5)
    assert join_spans(text, spans) == "Britain's biggest water company was"


@given(st.text(alphabet=st.sampled_from("ab (),.-—CNN\n"), min_size=1, max_size=60))
def test_compression_is_always_grounded_and_non_empty(text: str) -> None:
    spans = compress(text, whole(text), attributed=True)
    assert spans
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
    for n in (1, 3, 10):
        for span in trim_to_words(text, spans, n):
            assert len(span) > 0 or not text.strip()


def test_an_acronym_in_parentheses_is_not_a_wire_credit() -> None:
    sentence = "The All Progressives Congress (APC) won 19 of the 28 governor posts."
    assert strip_dateline(sentence, whole(sentence)) == whole(sentence)
    sentence = "The Associated Press (AP) reported the vote count on Monday."
    assert strip_dateline(sentence, whole(sentence)) == whole(sentence)
    sentence = "LAGOS (NAN) - The party won 19 posts."
    assert sentence[strip_dateline(sentence, whole(sentence)).start :].startswith("The party")


def test_compression_keeps_negations_and_the_inside_of_quotations() -> None:
    negated = "The mayor (not the governor) signed the order on Friday."
    assert "not the governor" in join_spans(negated, compress(negated, whole(negated)))
    quoted = 'He said: "The order (which we oppose) is law," on Friday.'
    assert "(which we oppose)" in join_spans(quoted, compress(quoted, whole(quoted)))
    relative = "The plant, which did not pass its inspection, closed on Monday in Ohio."
    assert "did not pass" in join_spans(relative, compress(relative, whole(relative), bullet=True))
    trailing = "The factory closed its doors on Monday in Ohio, leaving no worker without pay."
    kept = join_spans(trailing, compress(trailing, whole(trailing), bullet=True))
    assert "no worker" in kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "The teacher changed the tests for 11-year-olds, which assess English, maths and "
            "science at the school in Tewkesbury, before they were sent off.",
            "which assess English",
        ),
        (
            "The firm confirmed it had been contacted by the office, which will focus on its "
            "founder and former chief executive, Adam Neumann.",
            "which will focus",
        ),
    ],
)
def test_a_relative_clause_is_kept_when_the_main_clause_does_not_resume_after_it(
    sentence: str, kept: str
) -> None:
    spans = compress(sentence, Span(0, len(sentence)), bullet=True)
    assert kept in join_spans(sentence, spans)


def test_a_relative_clause_is_dropped_when_the_main_clause_resumes() -> None:
    sentence = "The utility, which serves 15 million customers, said it would cut power on Monday."
    spans = compress(sentence, Span(0, len(sentence)), bullet=True)
    assert "15 million" not in join_spans(sentence, spans)


def test_a_subordinate_phrase_is_never_left_alone() -> None:
    sentence = (
        "Boasting 108,000 residents who run the gamut from farmers to professors, with its "
        "capital in Terre Haute, the county leans towards the front-runner this year."
    )
    shown = join_spans(sentence, compress(sentence, Span(0, len(sentence)), bullet=True))
    assert "the county leans" in shown


def test_an_appositive_after_a_relative_clause_is_not_glued_to_the_name() -> None:
    sentence = (
        "Tariffs have strengthened the country's hand, said Scott Paul, who heads the "
        "Alliance for Manufacturing, a group that has applauded some of the decisions."
    )
    spans = drop_relative_clauses(sentence, (Span(0, len(sentence)),))
    assert "Scott Paul a group" not in join_spans(sentence, spans)


def test_footnote_marks_are_left_out_and_a_lone_stop_joins_the_word_before() -> None:
    text = "Staff hear up to 1,000 alarms per shift[1], and most need no action[2]."
    shown = join_spans(text, compress(text, Span(0, len(text))))
    assert "[1]" not in shown and "[2]" not in shown and not shown.endswith(" .")
    text = "The system serves the Intensive Care Units (ICUs)."
    assert join_spans(text, compress(text, Span(0, len(text)))) == (
        "The system serves the Intensive Care Units."
    )


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        (
            "The council closed three branch libraries on the east side on Monday, "
            "citing a shortfall of tax revenue.",
            "The council closed three branch libraries on the east side on Monday.",
        ),
        (
            "A retired welder from Dayton admitted to stealing copper wire from two rail "
            "depots, the county prosecutor's office said in a statement.",
            "A retired welder from Dayton admitted to stealing copper wire from two rail depots.",
        ),
        (
            'The mayor, who was elected in a landslide, called the new tax "a disgrace."',
            'The mayor called the new tax "a disgrace."',
        ),
    ],
)
def test_a_cut_sentence_ends_on_its_own_full_stop(sentence: str, shown: str) -> None:
    whole_sentence = Span(0, len(sentence))
    spans = compress(sentence, whole_sentence, attributed=True, bullet=True)
    assert join_spans(sentence, closed(sentence, whole_sentence, spans)) == shown
    assert all(s.of(sentence) for s in spans)  # every piece is the sentence's own text


def test_a_sentence_without_a_full_stop_borrows_none() -> None:
    for sentence in (
        "Why did the council close three branch libraries, leaving readers stranded?",
        "Council Closes Three Libraries On The East Side, Leaving Readers Stranded",
    ):
        spans = (Span(0, sentence.index(",")),)
        assert closed(sentence, Span(0, len(sentence)), spans) == spans


def test_a_parenthetical_before_a_comma_is_kept() -> None:
    text = "Rep. Ann Lee (D-Ohio), the panel's chair, pushed for the rocket on Monday."
    assert join_spans(text, compress(text, Span(0, len(text)))) == text


@pytest.mark.parametrize(
    "sentence",
    [
        "Veteran actress Ada Obi, who in 2008, won the award for best actress, has shared new "
        "photos of herself online.",
        "The mill, which since 2011, has made only paper bags, will close in March.",
    ],
)
def test_a_relative_clause_broken_by_an_interposed_phrase_is_not_cut_at_its_comma(
    sentence: str,
) -> None:
    shown = join_spans(sentence, drop_relative_clauses(sentence, (Span(0, len(sentence)),)))
    assert shown == sentence  # before: "Veteran actress Ada Obi won the award …, has shared …"


def test_a_whole_relative_clause_with_a_time_inside_is_still_left_out() -> None:
    sentence = "The mill, which made paper bags in 2011, will close in March."
    shown = join_spans(sentence, drop_relative_clauses(sentence, (Span(0, len(sentence)),)))
    assert shown.startswith("The mill will close in March")


def test_a_dateline_with_a_country_of_three_words_is_left_out() -> None:
    text = "DUBAI, United Arab Emirates — The airline ordered 30 new jets on Wednesday."
    assert strip_dateline(text, Span(0, len(text))).of(text).startswith("The airline")


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Two sailors — a Dane and a Scot — who had been missing off Orkney since Friday "
            "were found alive on Sunday by a fishing boat.",
            None,
        ),
        (
            "The ferry's skipper - a fisherman from Stromness - who had run the route for "
            "forty years retired on Monday.",
            None,
        ),
        (
            "The mayor of Fenwick — a former teacher — resigned on Sunday after a month of "
            "protests — leaving the council to elect a new leader.",
            "The mayor of Fenwick — a former teacher — resigned on Sunday after a month of "
            "protests",
        ),
    ],
)
def test_the_dash_closing_an_aside_is_no_trailing_clause(sentence: str, kept: str | None) -> None:
    got = join_spans(sentence, drop_trailing_clause(sentence, (whole(sentence),)))
    assert got == (kept or sentence)


def test_the_topline_bullet_and_background_cuts_share_one_trim_of_the_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The dateline, sign-off, asides and footnote marks are cut once per sentence: the
    Topline, the bullets and Key background compress the same sentences (issue #19)."""
    from topline.brief import compress as module

    text = "WASHINGTON (AP) — The Senate passed the bill (after a long debate) on Friday[1]."
    span = Span(0, len(text))
    calls = 0
    real = module.strip_dateline

    def counted(t: str, s: Span) -> Span:
        nonlocal calls
        calls += 1
        return real(t, s)

    monkeypatch.setattr(module, "strip_dateline", counted)
    module._trimmed.cache_clear()
    plain = module.compress(text, span)
    assert module.compress(text, span, lede=True) == plain
    assert module.compress(text, span, bullet=True) == plain
    assert join_spans(text, plain) == "The Senate passed the bill on Friday."
    assert calls == 1
