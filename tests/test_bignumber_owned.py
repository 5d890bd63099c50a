"""Big numbers that name no amount of the story (twelfth session's editor's read): the
whole an owner has ("one of Saturn's 146 moons"), a note's denomination ("$50 bills"), and
a figure in a line that links to another story ("READ MORE: … 300 jobs"). Texts written for
these tests."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief.bignumber import choose_big_number
from topline.brief.number_rules import bare_score, denomination, link_line, part_or_rank
from topline.ingest import article_from_text
from topline.model import Span
from topline.render.brief import number_line


def _big(text: str) -> str | None:
    big = choose_big_number(analyze(article_from_text(text, published="2021-03-02")))
    return big.text if big is not None else None


def _at(text: str, figure: str) -> Span:
    start = text.index(figure)
    return Span(start, start + len(figure))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Probes found ice on Enceladus, one of Saturn's 146 moons.", "146"),
        ("Ashby is one of the state's 67 counties to vote early.", "67"),
        ("Two of Britain's 43 police forces missed the target.", "43"),
        ("It is one of the country's last 12 mines.", "12"),
    ],
)
def test_the_whole_an_owner_has_is_no_count(text: str, figure: str) -> None:
    assert part_or_rank(text, _at(text, figure))


def test_one_of_a_count_with_no_owner_stays() -> None:
    text = "She was one of at least 700 people hurt in the blast."
    assert not part_or_rank(text, _at(text, "700"))


def test_a_denomination_and_a_link_line() -> None:
    assert denomination("bills") and denomination("notes with her face")
    assert not denomination("fine") and not denomination("grant for schools")
    text = (
        "The plant will close.\n\nREAD MORE: Carmaker to cut 300 jobs in Ohio\n\nIt opened in 1990."
    )
    assert link_line(text, text.index("300"))
    assert not link_line(text, text.index("1990"))
    text = "Officials said: 300 jobs will go."
    assert not link_line(text, text.index("300"))


def test_a_moon_count_is_no_big_number() -> None:
    text = (
        "Astronomers using a telescope in Chile have found a plume of water on Enceladus, "
        "one of Saturn's 146 moons.\n\n"
        "The finding strengthens the case for a mission to the moon, the researchers said."
    )
    assert _big(text) is None


def test_notes_in_a_picture_are_no_big_number() -> None:
    text = (
        "The mayor posted a picture of his rival beside a stack of $50 bills on Saturday, "
        "prompting complaints from both parties.\n\n"
        "The post was deleted two hours later. The mayor did not respond to questions."
    )
    assert _big(text) is None


def test_a_score_without_its_scorer_is_no_big_number() -> None:
    text = (
        "Ridgeway beat Oakton 61-48 on Friday night to stay unbeaten this season.\n\n"
        "Ridgeway (4-0): Marlow 22 points. Dunn 14 points. Reyes 9 points.\n\n"
        "Oakton (2-2): Baines 17 points. Clay 12 points."
    )
    assert _big(text) is None
    assert bare_score("points") and bare_score("Touchdowns")
    assert not bare_score("points of light") and not bare_score("people")


def test_a_bare_measure_shows_what_it_measures() -> None:
    text = (
        "Engineers on Tuesday finished a bridge over the Arlen gorge, with a main span of "
        "1,200 feet, after six years of work.\n\n"
        "The bridge cuts the drive between the two valleys by an hour."
    )
    big = choose_big_number(analyze(article_from_text(text, published="2021-03-02")))
    assert big is not None
    assert number_line(big) == "1,200 feet — main span"


def test_a_noun_with_its_modifier_shows_what_it_did_too() -> None:
    text = (
        "Officials in Lisbon braced for a busy summer season on Monday.\n\n"
        "More than 40,000 foreign students have enrolled at the city's universities.\n\n"
        "The council expects rents to rise again."
    )
    big = choose_big_number(analyze(article_from_text(text, published="2021-03-02")))
    assert big is not None
    assert number_line(big) == (
        "More than 40,000 — foreign students have enrolled at the city's universities"
    )
