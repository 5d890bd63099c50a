"""The Topline is read alone, and it is the news: a sentence below the lede whose opening
refers back to what an earlier sentence introduced ("The Worcester, Mass., equipment maker said …", "Of the total
purchase price, …", "Speaking on state radio, Reyes said …") is not the Topline over a lede
that reads alone; the lede that names its own subject stays the Topline when it is the first
news there is. A lede that states what is so in the simple present, which the next sentence
turns against ("Town clocks are supposed to be …" / "However, when engineers inspected …"),
is a feature's set-up, not the news. Fixtures of my own writing (sixteenth session)."""

from __future__ import annotations

from collections import Counter

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.features import SentenceView, content_terms
from topline.brief.lede import foil
from topline.brief.refs import leans_back
from topline.brief.select import Scored, choose_topline
from topline.ingest import article_from_text
from topline.model import Span

EARNINGS = (
    "Harlow Instruments Inc. said its third-quarter profit rose 40% on strong demand for its "
    "hospital sensors and a gain from the sale of a small software unit.\n\n"
    "The Worcester, Mass., equipment maker said net income climbed to $12.4 million, or 88 "
    "cents a share, from $8.9 million, or 63 cents a share, a year earlier.\n\n"
    "Revenue rose 18% to $141 million from $119.5 million.\n\n"
    "In New York Stock Exchange composite trading yesterday, Harlow shares rose 75 cents to "
    "$31.25."
)
#: Said before the sentence asked about: a full name the fronted surname belongs to.
BEFORE = "President Alma Reyes spoke on Tuesday. Veteran comedian Tom Vance hit a milestone. "


def _leans(sentence: str) -> str | None:
    text = BEFORE + sentence
    return leans_back(text, Span(len(BEFORE), len(text)))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The Worcester, Mass., equipment maker said net income climbed.", "definite"),
        ("The Los Angeles thrift holding company said it had a loss.", "definite"),
        ("The Oklahoma City energy and defense concern said it will record a reserve.", "definite"),
        ("The Vermont senator told reporters that the platform was progressive.", "definite"),
        ("The vulture fund manager wrote a $500,000 check to a super PAC.", "definite"),
        ("The offer, which was due to expire yesterday, is conditional.", "definite"),
        ("Of the total purchase price, $40 million in cash would be paid.", "partitive"),
        (
            "Speaking on state radio after a cabinet meeting, Reyes said the observers left.",
            "surname",
        ),
        ("As star and producer of the show, Vance has been able to add lines.", "surname"),
    ],
)
def test_openings_that_lean_back(sentence: str, kind: str) -> None:
    assert _leans(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The Justice Department has said it will appeal the ruling.",
        "The White House said it was reviewing the bill.",
        "The FBI said Tuesday that it will turn over the emails.",
        "The two men, Ronald Stoker and Michael Gage, were named Thursday.",
        "The group that organised the march said it would return.",
        "The decision to close the plant was taken on Monday.",
        "The bombings on Aug. 7 killed 259 people.",
        "Of course, nobody expected the vote to pass.",
        # a fronted phrase before a surname the text never gives in full: nothing resolves it
        "Speaking on state radio, Ortega said the observers had left.",
        "In Florida, a June poll found the governor ahead.",
    ],
)
def test_openings_that_read_alone(sentence: str) -> None:
    assert _leans(sentence) is None


def test_an_epithet_below_the_lede_is_not_the_topline() -> None:
    """The scorer preferred the second sentence (its figures); read alone, which equipment
    maker is a riddle, and the lede says what happened and who."""
    brief = make_brief(analyze(article_from_text(EARNINGS, source="earnings")))
    assert brief.topline is not None
    assert brief.topline.text.startswith("Harlow Instruments Inc. said its third-quarter profit")


def _scored(index: int, text: str, score: float, bare: frozenset[str] = frozenset()) -> Scored:
    view = SentenceView(
        index,
        Span(0, len(text)),
        text,
        Counter(content_terms(text)),
        len(text.split()),
        bare_names=bare,
    )
    return Scored(view, score, score)


LEDE = "Corvina Resorts Inc. has agreed to pay $61 million for 80 acres of land in Biloxi."
LATER = "The Biloxi hotel builder said it would open a 400-room resort on the site by 2026."


def test_a_leaning_sentence_yields_to_the_lede() -> None:
    lede, later = _scored(0, LEDE, 0.30), _scored(1, LATER, 0.35)
    chosen = choose_topline([lede, later], leaning={1})
    assert chosen is lede


def test_the_first_news_sentence_stays_the_topline_when_it_leans() -> None:
    """The lede itself may name its subject by a description (a text whose opening was cut):
    there is nothing above it to yield to."""
    first, other = _scored(0, LATER, 0.30), _scored(1, LEDE, 0.20)
    assert choose_topline([first, other], leaning={0}) is first


def test_a_bare_surname_whose_introduction_is_not_a_candidate_yields_to_the_lede() -> None:
    """ "Mr. Ackerman already is seeking …" names by surname someone only a refused sentence
    names in full: the lede, which reads alone, is the Topline instead."""
    lede = _scored(0, LEDE, 0.30)
    surname = _scored(
        2,
        "Mr. Ackerman already is seeking to oust the chairman of Datapoint Corp.",
        0.35,
        bare=frozenset({"ackerman"}),
    )
    assert choose_topline([lede, surname]) is lede


# --- a feature's set-up, turned by the next sentence -----------------------------------

SETUP = (
    "Town clocks are supposed to be the most reliable timekeepers in any village square.\n\n"
    "However, when engineers inspected the clock above Marlow's market hall on Monday, they "
    "found it had run eleven minutes slow for most of the past decade.\n\n"
    "Marlow Town Council said on Tuesday it had hired a clockmaker from Oxford to repair the "
    "mechanism for £18,000 by the end of the summer.\n\n"
    "Residents have complained about missed buses since 2015, council minutes show."
)
RACING = (
    "Senator Ada Lorne is racing to visit all 60 of the state's towns before Saturday's "
    "primary vote.\n\n"
    "But the tour is taking her far from the cities where most of the party's voters live.\n\n"
    "Lorne's campaign said on Monday she would hold her final rally in the capital on Friday."
)


def _topline(text: str) -> str:
    brief = make_brief(analyze(article_from_text(text, source="fixture")))
    assert brief.topline is not None
    return brief.topline.text


def test_a_present_tense_set_up_that_the_next_sentence_turns_is_not_the_topline() -> None:
    assert _topline(SETUP).startswith("Marlow Town Council said on Tuesday")


def test_an_event_going_on_is_news_even_before_a_turn() -> None:
    """ "is racing to visit …" tells what is happening now: the lede is the news, and the
    "But …" after it qualifies it."""
    assert _topline(RACING).startswith("Senator Ada Lorne is racing")


@pytest.mark.parametrize(
    ("lede", "following", "tense", "expected"),
    [
        (
            "Mara Quill is a former Navy pilot and a lifelong Democrat.",
            "But on Thursday she endorsed the Republican governor.",
            "present",
            True,
        ),
        (
            "Ignoring a town's voters is no way to win them.",
            "But ignoring is what the council has done.",
            "present",
            True,
        ),
        # a report of what someone says, in the present: news
        (
            "Senator Lorne says she is ready for a floor fight.",
            "But the party's leaders disagree.",
            "present",
            False,
        ),
        # an event, in the past or the present perfect: news, which the turn qualifies
        (
            "The council raised parking fees by 20 percent on Monday.",
            "But it kept the Sunday rate.",
            "past",
            False,
        ),
        (
            "The council has raised parking fees by 20 percent.",
            "But it kept the Sunday rate.",
            "perfect",
            False,
        ),
        # a set-up the story does not turn against: the lede stays (a scene that is news)
        (
            "Mara Quill is a former Navy pilot and a lifelong Democrat.",
            "On Thursday she endorsed the Republican governor.",
            "present",
            False,
        ),
    ],
)
def test_a_set_up_in_the_present(lede: str, following: str, tense: str, expected: bool) -> None:
    assert foil(lede, following, tense) is expected
