"""The Crucial quote is the day's words: a quotation whose sentence dates it well before
publication ("In the spring, Lane declared at a press conference, “…”", "told a radio
station two years ago") is background, not the Crucial quote."""

from __future__ import annotations

import datetime as dt

from topline.analyze import analyze
from topline.brief import make_brief
from topline.model import Article

_TODAY = (
    "The city council approved the new stadium budget on Monday after a long debate.\n\n"
    '"This budget will give our city the stadium it has waited decades for, and it will pay '
    'for itself within ten years," Mayor Ann Lane said after the vote on Monday.\n\n'
)


def _quote(text: str) -> str:
    brief = make_brief(analyze(Article(id="t", text=text, published=dt.date(2015, 12, 1))))
    assert brief.crucial_quote is not None
    return brief.crucial_quote.text


def test_words_dated_by_a_season_long_past_are_not_the_crucial_quote() -> None:
    text = (
        "The city council approved the new stadium budget on Monday after a long debate.\n\n"
        "In the spring, Mayor Ann Lane declared at a press conference, "
        '"Not one dollar of public money will ever go to a private stadium in this city, '
        'not while I am the mayor here."\n\n'
        "Council member Raj Patel said the plan had changed since then.\n\n"
        "The stadium is due to open in 2019."
    )
    brief = make_brief(analyze(Article(id="t", text=text, published=dt.date(2015, 12, 1))))
    assert brief.crucial_quote is None or "Not one dollar" not in brief.crucial_quote.text


def test_words_said_years_ago_are_not_the_crucial_quote() -> None:
    text = (
        "The city council approved the new stadium budget on Monday after a long debate.\n\n"
        '"Not one dollar of public money will ever go to a private stadium in this city, not '
        'while I am the mayor here," Mayor Ann Lane told a radio station two years ago.\n\n'
        '"We have listened to the voters and the plan is now a better one for every family," '
        "council member Raj Patel said after the vote.\n\n"
        "The stadium is due to open in 2019."
    )
    assert "Not one dollar" not in _quote(text)


def test_a_year_in_the_speakers_relative_clause_leaves_todays_words() -> None:
    text = _TODAY.replace(
        "Mayor Ann Lane said after the vote on Monday.",
        "said Mayor Ann Lane, who was first elected in 2009.",
    )
    assert "stadium it has waited" in _quote(text)


def test_years_in_another_quotation_or_after_the_cues_clause_leave_todays_words() -> None:
    text = _TODAY.replace(
        "Mayor Ann Lane said after the vote on Monday.",
        "said Mayor Ann Lane, a former banker, and a council member since her 2008 "
        'campaign, adding, "2014 was a hard year for us."',
    )
    assert "stadium it has waited" in _quote(text)
