"""Big numbers whose thing a reader cannot tell (eleventh session's editor's read): a figure
inside a date, time or code; the whole a part is taken from, or a rank; a survey's sample; a
figure in a clause about someone's past; a bare noun whose predicate says what it counts;
and a figure the brief's Key background already shows. Texts written for these tests."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.number_rules import (
    dated_clause,
    in_code,
    part_or_rank,
    predicate,
    sample_size,
)
from topline.ingest import article_from_text
from topline.model import Span


def _at(text: str, figure: str) -> Span:
    start = text.index(figure)
    return Span(start, start + len(figure))


def test_a_figure_inside_a_date_a_time_or_a_code_counts_nothing() -> None:
    text = "The fund helps the 9/11 families."
    assert in_code(text, _at(text, "11"))
    text = "Listen live at 17:45 weekdays."
    assert in_code(text, _at(text, "45"))
    text = "Stores cut prices on 4K TVs."
    assert in_code(text, _at(text, "4"))
    text = "Police arrested 45 people."
    assert not in_code(text, _at(text, "45"))


def test_the_whole_of_a_part_or_a_rank_is_no_count() -> None:
    for text, figure in (
        ("The party won 56 of the 59 seats in the region.", "59"),
        ("Nearly eight of 10 voters plan to watch.", "10"),
        ("She has won nine of the last 11 races.", "11"),
        ("The school ranks among the top 200 universities.", "200"),
        ("He scored three times in his first 18 games.", "18"),
    ):
        assert part_or_rank(text, _at(text, figure)), text
    for text, figure in (
        ("The party won 56 of the 59 seats in the region.", "56"),
        ("The storm destroyed 300 homes.", "300"),
    ):
        assert not part_or_rank(text, _at(text, figure)), text


def test_a_surveys_sample_is_not_what_happened() -> None:
    text = "The poll was conducted May 2 to 6 among 1,412 registered voters."
    assert sample_size(text, _at(text, "1,412"), "registered voters")
    text = "It used an online panel of 800 respondents."
    assert sample_size(text, _at(text, "800"), "respondents")
    text = "Researchers looked at surveys completed by 12,345 people."
    assert sample_size(text, _at(text, "12,345"), "people")
    text = "The storm left 12,345 people without power."
    assert not sample_size(text, _at(text, "12,345"), "people")


def test_a_figure_in_a_clause_about_the_past_is_history() -> None:
    text = "He praised Lee Harmon, the gunman who killed 13 people at a base in 2009."
    assert dated_clause(text, _at(text, "13"), 2016)
    text = "The gunman who killed 13 people at the base on Monday was arrested."
    assert not dated_clause(text, _at(text, "13"), 2016)
    assert not dated_clause("The flood of 2009 killed 13 people.", Span(26, 28), 2016)


def test_a_bare_noun_shows_what_it_did() -> None:
    text = "Around 900,000 people have viewed her talk, entitled Hunger."
    counted, verb = _at(text, "people"), _at(text, "viewed")
    shown = predicate(text, counted, verb)
    assert shown is not None and shown.of(text) == "have viewed her talk"
    text = "About 46 percent of voters said yes, the poll found."
    assert predicate(text, _at(text, "voters"), _at(text, "said")) is None
    text = "More than 300 people took part in a long march through the city to the town hall."
    assert predicate(text, _at(text, "people"), _at(text, "took")) is None  # too long


ARTICLE = (
    "Around 900,000 people have watched a video that shows the mayor of Linbury asleep "
    "at a council meeting.\n\n"
    "The clip was posted on Monday by a local blogger.\n\n"
    "Mayor Tom Reyes said he had been unwell and apologised to residents.\n\n"
    "Opposition councillors called for his resignation at a meeting on Tuesday.\n\n"
    "The council meets again next month."
)


def test_the_big_number_says_what_it_counts() -> None:
    brief = make_brief(analyze(article_from_text(ARTICLE, published="2019-11-20")))
    assert brief.big_number is not None
    assert brief.big_number.counts == "people have watched a video"


HISTORY = (
    "Linbury council voted on Tuesday to rebuild the sea wall along the harbour.\n\n"
    "The work will start in the spring and take two years.\n\n"
    "Councillors said the wall protects the old town from winter storms.\n\n"
    "Residents welcomed the vote at a packed meeting.\n\n"
    "In 1953, a storm surge broke through the old wall and flooded 2,400 homes in the "
    "town.\n\n"
    "The council will publish the plans next week."
)


def test_a_figure_the_background_shows_is_not_the_big_number_too() -> None:
    brief = make_brief(analyze(article_from_text(HISTORY, published="2019-11-20")))
    background = " ".join(item.text for item in brief.key_background)
    assert "2,400" in background
    assert brief.big_number is None or "2,400" not in brief.big_number.text


UNDATED = (
    "Linbury council voted on Tuesday to rebuild the sea wall along the harbour.\n\n"
    "The work will start in the spring and take two years.\n\n"
    "Councillors said the wall protects the old town from winter storms.\n\n"
    "Residents welcomed the vote at a packed meeting.\n\n"
    "The harbour trust had warned that 2,400 homes in the old town lie below the tide line.\n\n"
    "The old wall had been patched after the storms of 1953.\n\n"
    "The council will publish the plans next week."
)


def test_an_undated_background_item_gives_way_to_the_big_number() -> None:
    brief = make_brief(analyze(article_from_text(UNDATED, published="2019-11-20")))
    assert brief.big_number is not None and "2,400" in brief.big_number.text
    assert not any("2,400" in item.text for item in brief.key_background)
