"""Bullets an editor would not sign, thirteenth session: someone's words whose quotation marks
were lost ("Seamus tells me …" inside a manager's quotation), a caption with no stop before a
quotation or at the end of a text set in one paragraph, and a related link's headline or a
table run into a sentence that opens with "All" or a number in words."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.sentence_rules import glued_sentence, runs_into_next
from topline.brief.voice_rules import unquoted_first_person
from topline.ingest import article_from_text
from topline.model import Span

MATCH = (
    "Harrow Town manager Dave Pryce said his side should have had a penalty before Kelby "
    "Rovers scored the winner in a 2-1 defeat at Marsh Lane on Saturday. Pryce felt striker "
    "Tom Achebe had been pulled back by defender Liam Yates as he ran through on goal. The "
    "referee waved play on and Rovers scored from the counter-attack a minute later. Pryce "
    "told BBC Radio Kent: 'I saw it clearly from the bench. Tom tells me straight away he was "
    "held and he could not keep his balance. 'It should have been a penalty and a red card. "
    "I have watched it back three times. 'We deserved at least a point today.' Rovers "
    "climbed to third in the table with the win, two points behind leaders Ashford. Harrow "
    "have lost four of their last five league games and sit 14th. Dave Pryce was left "
    "frustrated by the referee's decision at Marsh Lane"
)


def test_first_person_outside_every_mark_is_someones_speech() -> None:
    assert unquoted_first_person("Tom tells me straight away he was held.")
    assert unquoted_first_person("I have watched it back three times.")
    assert not unquoted_first_person("'I saw it clearly from the bench,' Pryce said.")
    assert not unquoted_first_person('"My team deserved a point," Pryce said.')
    assert not unquoted_first_person("Pryce said 'I have watched it back three times.'")
    assert not unquoted_first_person("The team's manager said it had not been a penalty.")


def test_a_news_brief_shows_no_speech_without_its_marks_nor_a_closing_caption() -> None:
    brief = make_brief(analyze(article_from_text(MATCH)))
    shown = [brief.topline.text if brief.topline else "", *(b.text for b in brief.bullets)]
    assert brief.bullets
    for element in shown:
        assert not unquoted_first_person(element), element
        assert not element.startswith("Dave Pryce was left frustrated"), element


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Kim Ortiz won the final 6-4, 6-2 on Sunday. Kim Ortiz lifts the trophy 'It is my "
         "first title and I am so proud,' she said.", "Kim Ortiz lifts the trophy"),
        ("Kim Ortiz won the final 6-4, 6-2 on Sunday. Kim Ortiz lifted the trophy in front "
         "of her family", "Kim Ortiz lifted the trophy in front of her family"),
    ],
)  # fmt: skip
def test_a_caption_runs_into_a_quotation_or_ends_the_text(text: str, caption: str) -> None:
    start = text.index(caption)
    assert runs_into_next(text, Span(start, start + len(caption)))


def test_a_last_line_of_its_own_is_not_read_as_a_caption() -> None:
    text = "Kim Ortiz won the final on Sunday.\n\nMore on this story to follow"
    start = text.index("More")
    assert not runs_into_next(text, Span(start, len(text)))


@pytest.mark.parametrize(
    ("text", "opener"),
    [
        ("Former guard jailed for filming colleagues All this came to light after a tip "
         "from a nurse in May.", "All this"),
        ("Ashcombe 97 apps, 22 goals Derby 29 apps, 5 goals Seventeen of the 35 goals his "
         "club scored this season came from him.", "Seventeen of"),
        ("A gas leak forced the school to close on Monday afternoon Two teachers were taken "
         "to hospital as a precaution.", "Two teachers"),
    ],
)  # fmt: skip
def test_a_sentence_glued_after_a_headline_or_a_table(text: str, opener: str) -> None:
    assert glued_sentence(text) == text.index(opener)


@pytest.mark.parametrize(
    "text",
    [
        "The film Twelve Angry Men was shown at the festival on Saturday night.",
        "The car finished second in the Formula One race in Monaco on Sunday.",
        "He watched Air Force One land at the base on Tuesday afternoon.",
        "Fans of the band All Saints queued outside the theatre all night long.",
    ],
)
def test_a_title_or_a_name_with_a_number_is_no_glue(text: str) -> None:
    assert glued_sentence(text) is None
