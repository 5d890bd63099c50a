"""Big number labels whose figure a preposition governs (seventeenth session, editorial
lane): "led by about 1,500 votes" shown as "1,500 — votes" says nothing of the margin, "in
the state's 99 counties" nothing of what happened there. Texts written for this test."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.number_labels import governed_by_preposition
from topline.ingest import article_from_text
from topline.model import Span


def _number(text: str) -> str | None:
    number = make_brief(analyze(article_from_text(text, published="2021-02-02"))).big_number
    return number.text if number is not None else None


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The mayor won by about 2,300 ballots in the runoff.", "2,300"),
        ("She holds 40 of its 412 seats.", "412"),
        ("Volunteers worked in Ohio's 88 counties.", "88"),
        ("The phrase was used in more than 90 separate segments.", "90"),
        ("He will pay $4 for each of the firm's 6.1 million shares.", "6.1 million"),
        ("A town with 48,200 residents voted no.", "48,200"),
    ],
)
def test_a_preposition_governs_the_figure(sentence: str, figure: str) -> None:
    start = sentence.index(figure)
    assert governed_by_preposition(sentence, Span(start, start + len(figure)))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Police arrested about 300 protesters downtown.", "300"),
        ("Over 1,000 people marched.", "1,000"),
        ("The firm cut up to 4,000 jobs.", "4,000"),
        ("The chain raised its store count to 450 stores.", "450"),  # a change's end point
        ("Net income rose from 12 million guilders.", "12 million"),
        ("The company converted its debt into 683,000 shares.", "683,000"),
        ("The storm destroyed more than 90 homes.", "90"),
        ("The club sacked him after a run of eight defeats.", "eight"),  # the noun's content
    ],
)
def test_no_preposition_governs_the_figure(sentence: str, figure: str) -> None:
    start = sentence.index(figure)
    assert not governed_by_preposition(sentence, Span(start, start + len(figure)))


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        (
            "Runoff.\n\nThe mayor kept her seat, and she led by about 2,300 ballots when the "
            "count ended on Tuesday night.\n\nHer rival has not conceded.",
            "2,300 ballots",
        ),
        (
            "Tour.\n\nThe governor's aides have campaigned in all of Ohio's 88 counties this "
            "spring, the campaign said.\n\nThe primary is in May.",
            "88 counties",
        ),
    ],
)
def test_a_bare_label_under_a_preposition_is_refused(text: str, bare: str) -> None:
    assert _number(text) != bare


def test_a_figure_that_is_the_verbs_object_keeps_its_label() -> None:
    text = (
        "Storm.\n\nThe storm destroyed more than 900 homes along the coast on Sunday, "
        "officials said.\n\nRepairs will take months."
    )
    label = _number(text)
    assert label is not None and "900" in label
