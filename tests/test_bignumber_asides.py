"""Big numbers an editor reads as counting nothing (ninth session): a person's record in an
aside, a part of one thing, a probability, and a counted phrase cut at "and"."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief.bignumber import choose_big_number
from topline.brief.number_rules import part_of_one, person_aside, probability, with_second_noun
from topline.ingest import article_from_text
from topline.model import Span
from topline.testing import span_of


def test_a_figure_in_a_clause_about_a_person_is_an_aside() -> None:
    text = "Grant, who made over 60 appearances for the club, says the manager must stay."
    assert person_aside(text, span_of(text, "60"))
    text = "The club, which sold 60 season tickets on Monday, says the manager must stay."
    assert not person_aside(text, span_of(text, "60"))
    text = "Police said 60 people were hurt when the stand collapsed."
    assert not person_aside(text, span_of(text, "60"))


def test_a_fraction_of_one_thing_and_a_probability_count_nothing() -> None:
    text = "Fixing it meant replacing the upper half of the laptop."
    assert part_of_one(text, span_of(text, "half"), "laptop", fraction=True)
    text = "Half of the voters stayed at home."
    assert not part_of_one(text, span_of(text, "Half"), "voters", fraction=True)
    assert probability("chance", percent=True)
    assert not probability("chance", percent=False) and not probability("voters", percent=True)


def test_a_counted_phrase_takes_the_second_noun_of_its_list() -> None:
    text = "Of the 195,000 young men and women who applied, 72,000 qualified."
    phrase = span_of(text, "young men")
    assert with_second_noun(text, phrase).of(text) == "young men and women"
    text = "She has saved 25 times her annual expenses and lives on a small budget."
    phrase = span_of(text, "annual expenses")
    assert with_second_noun(text, phrase) == phrase
    assert with_second_noun("20 lawyers and 3 clerks", Span(3, 10)) == Span(3, 10)


ARTICLE = (
    "The city's football club sacked its manager on Monday after a run of eight defeats.\n\n"
    "The club is 12 points adrift at the bottom of the league with ten games left.\n\n"
    "Former captain Ian Grant, who made over 600 appearances for the club, said the board "
    "had panicked.\n\n"
    "Fans had called for the manager to go since the spring."
)


def test_the_big_number_is_not_a_persons_record() -> None:
    analysis = analyze(article_from_text(ARTICLE, published="2024-03-06"))
    big = choose_big_number(analysis)
    assert big is not None and "appearances" not in big.text


def test_a_company_size_under_its_self_description_is_boilerplate() -> None:
    from topline.brief.bignumber import boilerplate_section

    text = (
        "The two firms will sell the monitors together across Europe from January.\n\n"
        "Acme is a global provider of hospital software for clinics and wards.\n"
        "Acme is headquartered in Basel, has offices in 15 countries and employs around "
        "1,300 people worldwide."
    )
    assert boilerplate_section(text, text.index("1,300"))
    assert boilerplate_section(text, text.index("15 countries"))
    assert not boilerplate_section(text, text.index("January"))


def test_a_figure_in_an_embedded_tweet_is_the_tweets() -> None:
    from topline.brief.number_rules import in_tweet

    text = (
        "The coach praised his defence.\n"
        "He is top-20 in tackling among 127 qualifying backs pic.twitter.com/AbC12xyZ\n"
        "The team has won 14 games this season."
    )
    assert in_tweet(text, span_of(text, "127"))
    assert not in_tweet(text, span_of(text, "14"))
    tweet = "Polls close at 8 pm in 12 states — Ann Lee (@annlee) February 8, 2016"
    assert in_tweet(tweet, span_of(tweet, "12"))
