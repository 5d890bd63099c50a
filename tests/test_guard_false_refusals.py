"""Guards that refused a whole good sentence of the lede (docs/benchmarks.md, "Where the
brief loses to Lead-3"): each class of sentence here is one an editor would sign, and each
near miss stays refused."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief.compose import compose
from topline.brief.compress import compress
from topline.brief.editorial_rules import glued_sentence, run_on
from topline.brief.fit import asks, readable
from topline.brief.select import is_boilerplate
from topline.ingest import article_from_text
from topline.model import Span, join_spans


@pytest.mark.parametrize(
    "text",
    [
        "The inspector said the builder had told her: 'Who checks the scaffolding anyway?'",
        "Residents packed the hall on Tuesday night and one of them asked the council: "
        "“Where will our children play now?”",
    ],
)
def test_a_statement_that_reports_a_quoted_question_is_not_a_question(text: str) -> None:
    assert not asks(text)
    assert readable(text, (Span(0, len(text)),))


@pytest.mark.parametrize(
    "text",
    [
        "Will the new bridge ever open?",
        "So what is 'the plan?'",
        "What would the council call 'a fair price?'",
        "'Who pays for this?'",
        "She asked: 'Why?'",
    ],
)
def test_a_question_of_the_writer_or_a_bare_quoted_one_is_still_a_question(text: str) -> None:
    assert asks(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry was carrying Pvt. Lena Ortiz and Spc. Omar Haddad back to the base.",
        "Det. Supt. Karen Bell said the inquiry would take months.",
        "The medal went to Cpl. Tom Reyes, who pulled two men from the river.",
    ],
)
def test_a_rank_abbreviation_before_a_name_is_not_a_sentence_end(text: str) -> None:
    assert not run_on(text)


def test_two_sentences_are_still_a_run_on() -> None:
    assert run_on("The ferry left at noon. Omar Haddad was not on board.")


CAPTION = "Mourners lay flowers outside the bakery on the high street on Sunday morning"
SENTENCE = "An 82-year-old baker was found dead in his shop after a break-in on Saturday night."


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (f"{CAPTION} {SENTENCE}", len(CAPTION) + 1),
        (
            "The striker wheels away after his goal in the second half "
            "The 29-year-old has now scored in five straight games.",
            len("The striker wheels away after his goal in the second half "),
        ),
    ],
)
def test_a_sentence_opening_on_an_age_is_found_glued(text: str, start: int) -> None:
    assert glued_sentence(text) == start


@pytest.mark.parametrize(
    "text",
    [
        "Critics of the stage show The 39 Steps praised its cast of four on Friday night.",
        "The ferry was built for the route in the 1990s and carries 300 cars a day.",
    ],
)
def test_a_title_or_a_plain_figure_is_not_a_glue_point(text: str) -> None:
    assert glued_sentence(text) is None


def test_the_brief_shows_the_sentence_after_a_caption_glued_by_an_age() -> None:
    text = (
        f"{CAPTION} {SENTENCE}\n\n"
        "Police said the till had been emptied and a rear window forced open.\n\n"
        "Neighbours described the baker as a kind man who had run the shop for forty years.\n\n"
        "A 31-year-old man has been arrested on suspicion of burglary, the force said.\n\n"
        "Detectives have asked anyone with camera footage of the street to come forward."
    )
    brief = compose(analyze(article_from_text(text, published="2024-05-12")))
    shown = [e.text for e in (brief.topline, *brief.bullets) if e is not None]
    assert any(s.startswith("An 82-year-old baker was found dead") for s in shown)
    assert not any("Mourners lay flowers" in s and "baker was found" in s for s in shown)


@pytest.mark.parametrize(
    "text",
    [
        "Pictured is the harbour master, who raised the alarm",
        "Pictured: firefighters at the scene of the blaze on Monday",
        "Above, the new terminal building seen from the runway",
        "Left: the couple on their wedding day in 2010",
        "Visit site Like the other bakers on the street, he opens at five.",
    ],
)
def test_a_line_that_points_at_a_picture_or_a_shop_link_is_no_candidate(text: str) -> None:
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Above all, the council wants a vote on the plan before the summer.",
        "Right now the talks between the two unions are stalled.",
        "Top officials from both countries met in Geneva on Monday.",
    ],
)
def test_a_sentence_that_opens_with_a_picture_word_is_still_a_candidate(text: str) -> None:
    assert not is_boilerplate(text)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Sister Ann Kerr (not pictured) was found in her room at the mission on Monday.",
            "Sister Ann Kerr was found in her room at the mission on Monday.",
        ),
        (
            "The minister (not a member of the cabinet) resigned on Monday after the vote.",
            "The minister (not a member of the cabinet) resigned on Monday after the vote.",
        ),
        (
            "The letter (not shown to the jury) was read out in court on Monday afternoon.",
            "The letter (not shown to the jury) was read out in court on Monday afternoon.",
        ),
    ],
)
def test_a_picture_aside_goes_even_with_its_not_and_a_negation_stays(text: str, shown: str) -> None:
    assert join_spans(text, compress(text, Span(0, len(text)), bullet=True)) == shown


@pytest.mark.parametrize(
    "lede",
    [
        "Harbor Freight Lines is reportedly being investigated by the Ohio attorney general.",
        "The mayor of Dunmore allegedly used city funds to pay for a family holiday in Spain.",
    ],
)
def test_a_lede_whose_cue_is_an_adverb_inside_it_is_still_the_news(lede: str) -> None:
    """An indirect claim with its cue inside ("reportedly", "allegedly") has the whole
    sentence as its content; that is the reporter's statement, not a sentence lifted from
    inside a quotation, so it stays a candidate for the Topline."""
    text = (
        f"{lede} According to the Columbus Dispatch, the inquiry concerns unpaid overtime at "
        "three depots.\n\nThe company is based in Toledo. A spokesman said in an email that "
        "“we are cooperating fully and expect to be cleared of any wrongdoing.”"
    )
    brief = compose(analyze(article_from_text(text)))
    assert brief.topline is not None
    assert brief.topline.text == lede


def test_a_later_sentence_of_a_quotation_in_marks_is_still_no_candidate() -> None:
    text = (
        "The council closed the Elm Street library on Monday after a vote of seven to two. "
        "The leader of the council, Maria Lopez, said: “We had no choice. The roof is failing "
        "and the insurers have walked away.” Staff will move to the central branch in May."
    )
    brief = compose(analyze(article_from_text(text)))
    shown = [brief.topline.text if brief.topline else ""] + [b.text for b in brief.bullets]
    assert not any(t.startswith("The roof is failing") for t in shown)
