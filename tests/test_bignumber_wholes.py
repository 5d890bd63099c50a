"""Big numbers an editor would not show, second round of the twelfth session: the whole a
fraction or a share is taken of, a resolution or a race named by a digit and "K", a figure
dated by an earlier year's "when" clause or by a century, and a count of "ones"."""

from __future__ import annotations

from topline.brief.number_rules import (
    dated_clause,
    in_code,
    part_or_rank,
    pro_form,
    sources_count,
    with_owner,
)
from topline.model import Span


def _at(text: str, figure: str) -> Span:
    start = text.index(figure)
    return Span(start, start + len(figure))


def test_the_whole_of_a_fraction_or_a_share_is_no_big_number() -> None:
    for text, figure in [
        ("Archivists have scanned two-thirds of the 84,000 letters so far.", "84,000"),
        ("The firm will cut a quarter of its 1,600 jobs by June.", "1,600"),
        ("About 35% of the 2,400 flights were late on Monday.", "2,400"),
        ("Crews have restored power to most of the 9,000 homes.", "9,000"),
    ]:
        assert part_or_rank(text, _at(text, figure)), text


def test_a_plain_count_after_of_stays() -> None:
    text = "The storm left 9,000 homes without power, officials said."
    assert not part_or_rank(text, _at(text, "9,000"))
    text = "Sales of 40,000 cars were reported in March."
    assert not part_or_rank(text, _at(text, "40,000"))


def test_a_digit_and_k_names_a_resolution_or_a_race() -> None:
    for text in ("Deals on 8K TVs start on Friday.", "She ran a 5K race for the hospital."):
        figure = "8K" if "8K" in text else "5K"
        assert in_code(text, _at(text, figure)), text
    text = "The festival sold $4K of tickets and drew 40K visitors."
    assert not in_code(text, _at(text, "40K"))


def test_a_figure_in_an_earlier_years_when_clause_is_history() -> None:
    text = (
        "The plan won praise from Ruiz, a change since 2011, when Ruiz joined 61 other "
        "deputies to block it."
    )
    assert dated_clause(text, _at(text, "61"), 2019)
    text = "In 2019, when 61 deputies voted for it, the plan passed."
    assert not dated_clause(text, _at(text, "61"), 2019)


def test_a_figure_in_a_relative_clause_dated_by_a_century_is_history() -> None:
    text = (
        "Doctors compared it to the plague, which killed 30 million people in the 14th "
        "century, and urged calm."
    )
    assert dated_clause(text, _at(text, "30 million"), 2020)
    text = "The virus, which has killed 3,000 people this month, is spreading."
    assert not dated_clause(text, _at(text, "3,000"), 2020)


def test_ones_stand_for_a_noun_written_before() -> None:
    assert pro_form("best ones")
    assert pro_form("older ones")
    assert not pro_form("songs")
    assert not pro_form("phones")


def test_a_bare_plural_takes_the_name_it_belongs_to() -> None:
    text = "At least nine members of the European Parliament signed the letter."
    start = text.index("members")
    found = with_owner(text, Span(start, start + len("members")))
    assert found.of(text) == "members of the European Parliament"
    text = "Nine members of staff signed the letter."
    start = text.index("members")
    assert with_owner(text, Span(start, start + len("members"))).of(text) == "members"
    text = "Nine young members of Congress signed it."
    start = text.index("young")
    assert with_owner(text, Span(start, start + len("young members"))).of(text) == ("young members")


def test_a_past_century_anywhere_in_the_sentence_makes_the_figure_history() -> None:
    text = "It was feared in the sixteenth century, causing more than 9 million deaths in Asia."
    assert dated_clause(text, _at(text, "9 million"), 2019)
    text = "The 21st century has seen 40 million people move to cities."
    assert not dated_clause(text, _at(text, "40 million"), 2019)


def _spans(text: str, counted: str, verb: str) -> tuple[Span, Span]:
    return _at(text, counted), _at(text, verb)


def test_a_count_of_who_spoke_to_the_reporter_is_sourcing() -> None:
    text = "But at least nine members of the Senate told the Tribune the bill would pass."
    assert sources_count(text, *_spans(text, "members of the Senate", "told"))
    text = "Two officials familiar with the talks said a deal was close."
    assert sources_count(text, *_spans(text, "officials", "said"))


def test_people_who_did_something_are_no_sourcing() -> None:
    text = "About 40,000 people marched through the city and said nothing."
    assert not sources_count(text, *_spans(text, "people", "marched"))
    text = "Police said 12 people were hurt."
    assert not sources_count(text, *_spans(text, "people", "said"))
