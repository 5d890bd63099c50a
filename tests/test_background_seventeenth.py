"""Key background dated by a time outside the clauses the sentence tells (seventeenth
session, editorial lane): "Ever since the founder helped start the channel in 1996, the
network has offered …" tells a state that runs to today, "the mayor's claim in a March 3,
2014, filing" names a document. The parse says where a time hangs
(:func:`topline.analyze.sentence_tense.off_clause_spans`). Texts written for this test."""

from __future__ import annotations

import pytest

from topline.analyze.sentence_tense import off_clause_spans
from topline.model import Span
from topline.nlp import get_nlp


def _off(sentence: str, time: str) -> bool:
    doc = get_nlp()(sentence)
    sent = next(iter(doc.sents))
    at = sentence.index(time)
    end = at + len(time)
    return any(
        s.start < end and at < s.end
        for s in off_clause_spans(sent, sent.root, Span(0, len(sentence)))
    )


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        (
            "Ever since the founder helped start the channel in 1996, the network has "
            "offered a path for candidates.",
            "1996",
        ),
        (
            "Every recent nominee has spoken at the meeting, going back to Bill Smith in 2000.",
            "2000",
        ),
        ("The five firms join the nine chosen by the agency a year ago.", "a year ago"),
        (
            "The board noted that inspectors found files that were not among the 3,000 the "
            "firm handed over in 2014.",
            "2014",
        ),
        (
            "The group said the report raised doubts about the mayor's claim in a March 3, "
            "2014, filing that she had paid.",
            "March 3",
        ),
    ],
)
def test_a_time_outside_the_told_clauses_is_off(sentence: str, time: str) -> None:
    assert _off(sentence, time)


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("The suit was filed by the union in 2013 and seeks payroll records.", "2013"),
        (
            "The governor told reporters he met the builder three or four months ago.",
            "three",
        ),
        ("Local Republicans picked their nominee in a March 5 caucus.", "March 5"),
        (
            "Although the senator tried to return in 2013 by running for mayor, he lost the race.",
            "2013",
        ),
        ("The stake was worth nearly $500 million when the firm went public in 2014.", "2014"),
        ("A 2014 estimate by the committee projected a loss.", "2014"),
        ("The mayor said following a vote in 2001 that she had doubts.", "2001"),
        # a participle or an infinitive takes its time from a clause told in the past
        (
            "Rowe began her career in the pool, winning four medals at the 1996 Games.",
            "1996",
        ),
        ("A study released last year by the union found long waits.", "last year"),
        ("He returned to Leeds to coach the club in 2016.", "2016"),
    ],
)
def test_a_time_of_a_told_clause_is_not_off(sentence: str, time: str) -> None:
    assert not _off(sentence, time)


def test_a_state_since_a_subordinate_date_is_not_dated_background() -> None:
    from topline.analyze import analyze
    from topline.brief import make_brief
    from topline.ingest import article_from_text

    text = (
        "Channel chief quits.\n\nThe chairman of the Delta News channel resigned on Monday "
        "after a board review, the company said.\n\nThe board named an interim chief on "
        "Monday and said a search would begin this week.\n\nEver since the founder helped "
        "start the channel in 1996, the network has offered a path for candidates with a "
        "message.\n\nAdvertisers said they would wait for the new chief.\n\nShares fell 3 "
        "percent on Monday."
    )
    brief = make_brief(analyze(article_from_text(text, published="2021-02-02")))
    assert all(item.date != "1996" for item in brief.key_background)
