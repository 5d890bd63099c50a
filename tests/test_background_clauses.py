"""Key background is the sentence's own earlier event: a year or a past time inside a
relative clause dates the noun it describes ("a tournament where they reached the
semifinals in 2016"), not the sentence, which is about today."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.clauses import outside_relative_clauses, relative_clauses
from topline.ingest import article_from_text


def test_relative_clauses_are_found_in_the_words() -> None:
    text = "Leeds return to a cup where they reached the final in 2016, the club said."
    assert (
        outside_relative_clauses(text).split() == "Leeds return to a cup , the club said.".split()
    )
    text = "The new phone uses a chip that the firm first sold three years ago."
    assert "three years ago" not in outside_relative_clauses(text)
    text = "The museum, which opened in 1971, was closed by the council in 2019."
    assert "in 2019" in outside_relative_clauses(text)
    assert "1971" not in outside_relative_clauses(text)


def test_a_what_clause_and_a_possessive_year_are_not_the_sentences_time() -> None:
    text = "The film never says what the envoy did for the town in 2012."
    assert "2012" not in outside_relative_clauses(text)
    text = "Aides agreed he needs a speech like the governor's 2012 address on faith."
    assert "2012" not in outside_relative_clauses(text)
    assert "2012" in outside_relative_clauses("The governor gave the address in 2012.")


def test_that_after_a_verb_of_saying_or_before_a_time_is_no_relative_clause() -> None:
    for text in (
        "Officials said that the plant had closed in 2009.",
        "She told the inquiry that the mill had shut in 1998.",
        "Reagan went on to win that year in a landslide.",
        "It was clear that the dam had failed in 2011.",
    ):
        assert relative_clauses(text) == [], text


ARTICLE = (
    "Wales beat Hungary 2-0 in Cardiff on Tuesday to qualify for the European Championship "
    "next summer.\n\n"
    "Aaron Ramsey scored both goals for the home side in front of a crowd of 33,000.\n\n"
    "The team returns to a tournament where it reached the semifinals in 2016.\n\n"
    "The new stadium roof uses a design that the club first tried out five years ago.\n\n"
    "Manager Ryan Giggs praised the players for their patience after the break.\n\n"
    "The draw for the finals will be made in Bucharest at the end of the month."
)


def test_background_dated_only_inside_a_relative_clause_is_not_shown() -> None:
    brief = make_brief(analyze(article_from_text(ARTICLE, published="2019-11-20")))
    assert brief.topline is not None and brief.topline.text.startswith("Wales beat Hungary")
    shown = [item.text for item in brief.key_background]
    assert not any("semifinals in 2016" in t for t in shown)
    assert not any("five years ago" in t for t in shown)


def test_a_main_clause_of_the_past_is_still_background() -> None:
    text = ARTICLE + (
        "\n\nThe side, which had lost every qualifier that year, last reached a finals in 1958."
    )
    brief = make_brief(analyze(article_from_text(text, published="2019-11-20")))
    assert any("1958" in item.text for item in brief.key_background)


def test_a_year_after_first_or_a_superlative_and_since_is_no_start_point() -> None:
    from topline.brief.background_rules import compared_since

    text = "Crowds cheered a day after the nation held its first free elections since 1990."
    assert [text[a:b] for a, b in compared_since(text)] == ["first free elections since 1990"]
    assert compared_since("The river saw its worst flood since 2012 on Monday.") != []
    assert compared_since("He has lived in the valley since 2014.") == []
    assert compared_since("She has been under arrest since 2019.") == []


COMPARISON = (
    "Supporters of the opposition party celebrated in the capital on Monday as early results "
    "pointed to a landslide.\n\n"
    "The party's leader told a crowd outside its offices that it was too soon to name winners.\n\n"
    "The rally came a day after voters queued for hours in the country's first free elections "
    "since 1990.\n\n"
    "Turnout was high in most provinces, election monitors said in a statement.\n\n"
    "The army has held a quarter of the seats in parliament since 2008.\n\n"
    "Final results are expected later this week."
)


def test_background_dated_only_by_a_comparison_is_not_shown() -> None:
    brief = make_brief(analyze(article_from_text(COMPARISON, published="2015-11-10")))
    shown = [item.text for item in brief.key_background]
    assert not any("first free elections since 1990" in t for t in shown), shown
    assert any("since 2008" in t for t in shown), shown
