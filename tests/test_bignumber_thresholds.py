"""Big numbers an editor would not show, thirteenth session, second round: a bar to clear
("the 1,991 delegates needed for the nomination", "15% of the vote … is enough to win a
seat"), a figure in a site's standing editor's note, the topic of words ("a joke about 300
Spartans") and a figure in a quotation opened "said: '" that the analysis missed. Texts
written for these tests."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.number_rules import editors_note, threshold, topic_of_words
from topline.brief.quote_rules import in_open_quotation
from topline.ingest import article_from_text
from topline.model import Span


def _counted(text: str, figure: str, phrase: str) -> tuple[Span, Span]:
    start = text.index(figure)
    at = text.index(phrase, start)
    return Span(start, start + len(figure)), Span(at, at + len(phrase))


def test_a_bar_to_clear_is_a_threshold() -> None:
    cases = [
        (
            "Her rival still trails in the race for the 1,991 delegates needed for victory.",
            "1,991",
            "delegates",
        ),
        (
            "Winning 15% of the vote in a ward is enough to take a seat on the council.",
            "15%",
            "of the vote in a ward",
        ),
        ("The party needs 326 seats to govern alone.", "326", "seats"),
        ("The bill sets a threshold of 40 members before a strike can be called.", "40", "members"),
        (
            "Officials said 900 signatures were required to put it on the ballot.",
            "900",
            "signatures",
        ),
    ]
    for text, figure, phrase in cases:
        assert threshold(text, *_counted(text, figure, phrase)), text
    happened = [
        ("The storm left 4,000 homes without power on Tuesday.", "4,000", "homes"),
        ("Rescuers needed 300 volunteers and found them by noon.", "300", "volunteers"),
        ("The party won 326 seats, enough to govern alone.", "326", "seats"),
        ("About 900 signatures were collected in a week.", "900", "signatures"),
    ]
    for text, figure, phrase in happened:
        assert not threshold(text, *_counted(text, figure, phrase)), text


def test_a_standing_editor_s_note_is_no_story_figure() -> None:
    text = (
        "The senator spoke for an hour.\n"
        "Editor’s note: The governor has vetoed bills affecting 2 million renters.\n"
        "Editor's Note: see below."
    )
    assert editors_note(text, text.index("2 million"))
    assert not editors_note(text, text.index("an hour"))
    plain = "The editor's note said 2 million renters were affected."
    assert not editors_note(plain, plain.index("2 million"))


ARTICLE = (
    "The mayor won the first round of the city's election on Sunday, and her campaign "
    "now turns to the 2,120 votes needed to avoid a run-off.\n\n"
    "Turnout was low in the rain, officials said.\n"
    "Editor’s note: The mayor's party has blocked housing for 1.4 million tenants "
    "across the region."
)


def test_neither_is_the_brief_s_big_number() -> None:
    shown = make_brief(analyze(article_from_text(ARTICLE))).big_number
    assert shown is None or ("2,120" not in shown.text and "1.4 million" not in shown.text), shown


def test_the_topic_of_words_is_no_count() -> None:
    for text, figure in (
        ("He never lived down his comment about 47 percent of the voters.", "about 47 percent"),
        ("She told a joke about 300 Spartans at the dinner.", "300"),
        ("The film is a documentary about 12 miners trapped in 2010.", "12"),
    ):
        start = text.index(figure)
        assert topic_of_words(text, Span(start, start + len(figure))), text
    for text, figure in (
        ("The storm left about 4,000 homes without power.", "about 4,000"),
        ("Officials talked about 300 jobs at risk.", "300"),
    ):
        start = text.index(figure)
        assert not topic_of_words(text, Span(start, start + len(figure))), text


def test_a_quotation_opened_by_said_colon_and_a_single_mark_is_the_speaker_s() -> None:
    text = (
        "The zoo apologised on Friday. A keeper said: 'We have fed more than 9,000 "
        "penguins since we opened. 'In the last two years, we have lost none.'"
    )
    assert in_open_quotation(text, text.index("9,000"))
    for other in (
        "A keeper said: 'We are sorry.' The zoo has fed 9,000 penguins.",
        "Police said: 'The man was seen near 40 homes on the estate.",
        "The zoo's figures show 9,000 penguins were fed in the year.",
    ):
        assert not in_open_quotation(other, other.index("9,000" if "9,000" in other else "40"))


SINGLE = (
    "A zoo has apologised after a penguin was hurt by a heated mat during a check-up on "
    "Tuesday. A keeper said: 'We have fed more than 9,000 penguins since we opened and "
    "this has never happened before. 'We are changing how the mats are warmed.'"
)


def test_a_figure_in_a_said_colon_quotation_is_no_big_number() -> None:
    shown = make_brief(analyze(article_from_text(SINGLE))).big_number
    assert shown is None or "9,000" not in shown.text, shown
