"""Key background is an earlier event (eleventh session's editor's read): not the day's
game result, not the point a figure is compared with, not a thing dated by a possessive
period, not a reaction told today in reported speech, and never an item that leans on a time
or words the reader has not been shown."""

from __future__ import annotations

import datetime as dt

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.background_rules import game_result, leans_on_time, no_earlier_time
from topline.brief.clauses import outside_relative_clauses
from topline.brief.context_rules import current_event
from topline.ingest import article_from_text

PUBLISHED = dt.date(2019, 11, 20)


def test_the_days_game_result_is_no_background() -> None:
    for text in (
        "Okafor had eight points and a season-high 11 assists.",
        "Defender Tom Reyes had scored earlier for the Hawks before a late penalty sealed it.",
        "The goalkeeper made a career-best 47 saves.",
    ):
        assert game_result(text), text
    for text in (
        "The Hawks had not beaten the Rangers since 1998.",
        "Okafor had 12 assists in the 2016 final as well.",
        "The club had been relegated two years ago.",
        "The council had approved the plan after a long debate.",
    ):
        assert not game_result(text), text


def test_had_before_a_count_is_no_past_perfect() -> None:
    text = "Okafor had eight points and a season-high 11 assists."
    assert [text[a:b] for a, b in no_earlier_time(text, PUBLISHED)] == ["had eight"]
    assert no_earlier_time("The club had been relegated in 2011.", PUBLISHED) == []


def test_a_deadline_is_no_time_of_an_event() -> None:
    text = "Health officials recommend that everyone get a flu shot by the end of October."
    assert [text[a:b] for a, b in no_earlier_time(text, PUBLISHED)] == ["by the end of October"]
    text = "Applicants must file by March 1."
    assert [text[a:b] for a, b in no_earlier_time(text, PUBLISHED)] == ["by March 1"]
    assert no_earlier_time("The bridge opened in October.", PUBLISHED) == []


def test_the_point_of_a_comparison_is_no_time_of_the_sentence() -> None:
    for text, cut in (
        (
            "Just 31 percent of voters approve of the mayor, compared with 36 percent last month.",
            "compared with 36 percent last month",
        ),
        ("Unemployment rose to 5.2 percent, up from 4.1 percent a year ago.", "up from"),
        ("Sales climbed to 9,000 from 7,500 in 2018.", "from 7,500 in 2018"),
        (
            "She polls at 85 percent, down from the 95 percent he won in 2008 and 2012.",
            "down from the 95 percent he won in 2008 and 2012",
        ),
    ):
        found = [text[a:b] for a, b in no_earlier_time(text, PUBLISHED)]
        assert found and found[0].startswith(cut), (text, found)
    # "from" with no figure after it is a time of the sentence's own
    assert no_earlier_time("The family moved from Leeds in 2010.", PUBLISHED) == []


def test_a_possessive_period_dates_a_thing() -> None:
    text = "The two clubs are notable for not having been on last year's shortlist."
    assert "last year" not in outside_relative_clauses(text)
    text = "They beat last season's runner-up in the opening round."
    assert "last season" not in outside_relative_clauses(text)
    text = "The plant closed last year after a fire."
    assert "last year" in outside_relative_clauses(text)
    text = "The minister was heckled at last year's conference."
    assert "last year" in outside_relative_clauses(text)


def test_a_reaction_told_today_in_reported_speech_is_the_news() -> None:
    text = "The embassy welcomed the exchange, saying the hostages had suffered greatly."
    assert current_event(text, None, PUBLISHED)
    text = "The embassy said the two men had been held since 2016."
    assert not current_event(text, "2016", PUBLISHED)


def test_an_item_that_leans_on_an_unseen_time_or_words() -> None:
    for text in (
        "The next year, the group released two more videos.",
        "Two days later, the board met again.",
        "Later that month, the court dismissed the case.",
        "That same year, she founded a charity.",
        "Last month, 26 percent said the same.",
    ):
        assert leans_on_time(text), text
    for text in (
        "The next election is due in 2021.",
        "In 2016, the group released two videos.",
        "That 2014 ruling still stands.",
        "Residents said the same rules had applied since 2012.",
    ):
        assert not leans_on_time(text), text


ARTICLE = (
    "The Hawks beat the Rangers 104-99 on Saturday to end a five-game losing streak.\n\n"
    "Marcus Okafor scored 31 points and grabbed 12 rebounds for the Hawks.\n\n"
    "The Rangers led by nine at half-time before the Hawks rallied in the third quarter.\n\n"
    "Coach Dana Whitfield praised the defence after the game.\n\n"
    "Point guard Leo Brandt had eight points and a season-high 11 assists.\n\n"
    "Forward Sam Ivers had scored earlier for the Rangers before a late run sealed it.\n\n"
    "The Hawks drafted Okafor with the fourth pick in 2016.\n\n"
    "The two teams meet again next month in Denver."
)


def test_brief_of_a_game_shows_no_result_as_background() -> None:
    analysis = analyze(article_from_text(ARTICLE, published="2019-11-24"))
    brief = make_brief(analysis, max_bullets=3)
    shown = [item.text for item in brief.key_background]
    assert shown == ["The Hawks drafted Okafor with the fourth pick in 2016."], shown
