"""Big numbers that must say what they count (tenth session): a measure names its thing after
"of" even when a preposition, an auxiliary or a participle follows the thing ("800 meters of
fencing along the border"); an emergency telephone number counts nothing ("911 calls")."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief.bignumber import choose_big_number
from topline.brief.number_rules import phone_line
from topline.ingest import article_from_text
from topline.render.brief import number_line
from topline.testing import span_of

TAIL = "\n\nThe work was paid for by the state.\n\nLocal farmers said they were worried."


@pytest.mark.parametrize(
    ("lede", "shown"),
    [
        (
            "Crews finished building 800 meters of fencing along the border near Naco on Friday.",
            "800 meters — fencing",
        ),
        (
            "Agents said 12 tons of grain were seized from a warehouse at the port on Monday.",
            "12 tons — grain",
        ),
        (
            "The fire destroyed 40 acres of farmland near the river before crews contained it.",
            "40 acres — farmland",
        ),
        (
            "Customs officers found 9 tons of cocaine packed in banana crates at the port.",
            "9 tons — cocaine",
        ),
    ],
)
def test_a_measure_shows_the_thing_named_after_of(lede: str, shown: str) -> None:
    number = choose_big_number(analyze(article_from_text(lede + TAIL)))
    assert number is not None and number_line(number) == shown


def test_an_emergency_number_counts_nothing() -> None:
    text = "Dispatchers began receiving 911 calls about a fight aboard the train at 4 p.m."
    assert phone_line(text, span_of(text, "911"), "calls")
    text = "Callers to the 999 line waited for an hour."
    assert phone_line(text, span_of(text, "999"), "line")
    text = "The hotline received 911 complaints in its first week."
    assert not phone_line(text, span_of(text, "911"), "complaints")
    text = "Police said they received 101 calls about the noise."
    assert not phone_line(text, span_of(text, "101"), "calls")
    lede = "Dispatchers began receiving 911 calls about a fight aboard a commuter train on Tuesday."
    number = choose_big_number(analyze(article_from_text(lede + TAIL)))
    assert number is None or "911" not in number.text


def test_a_measure_before_an_irregular_participle_names_its_thing() -> None:
    lede = "The sculpture uses 600 meters of rope made from recycled fishing nets and buoys."
    number = choose_big_number(analyze(article_from_text(lede + TAIL)))
    assert number is not None and number_line(number) == "600 meters — rope"


def test_money_followed_by_a_time_and_another_figure_has_no_purpose() -> None:
    lede = (
        "The filing shows the chain's revenue rose from $40 million in 2014 to $65 million "
        "in 2015 as it opened new stores."
    )
    number = choose_big_number(analyze(article_from_text(lede + TAIL)))
    assert number is None or "in 2014 to" not in number.text
    text = "The state will spend $4 billion on roads, officials said."
    number = choose_big_number(analyze(article_from_text(text + TAIL)))
    assert number is not None and number_line(number) == "$4 billion — on roads"
