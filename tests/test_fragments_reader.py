"""Bullets that are not statements of the news (an editor's read of unseen briefs): list
items, labelled entries and transcript lines, and the writer speaking to the reader or as
themselves. Texts written for these tests."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.editorial_rules import fragment, list_item, speaks_to_reader
from topline.ingest import article_from_text


@pytest.mark.parametrize(
    "text",
    [
        "• Trying to build a business while you hold down a job.",
        "2. Pay off the card with the highest rate first.",
        "Q: In reading the trade press, it was noted that the firm had grown.",
        "Mark R. Dale: Dealing in cocaine, possession of heroin, resisting arrest.",
        "ATTEND a two-day clinic with two Olympic riders, Oct. 28-29, at Hill Farm.",
        "CHEER ON the young riders as they jump for the national title, Oct. 5-7.",
    ],
)
def test_a_list_item_or_a_labelled_entry_is_no_sentence(text: str) -> None:
    assert list_item(text) and fragment(text)


def test_a_stats_table_row_is_no_sentence() -> None:
    assert fragment("LB Joe Ward 61 84% 3 tackles, 1 sack.")
    assert fragment("QB Sam Lee 22/31 264 2 TD 1 INT")
    assert not fragment("The index rose 1.2% to 3,100.5 and the Dow 0.8% to 28,000.")
    assert not fragment("Ward made 3 tackles and 1 sack in 61 snaps.")


@pytest.mark.parametrize(
    "text",
    [
        "Before you get too worried about your pillows, keep in mind the disease is rare.",
        "Also, we hope you have as much fun as we did getting to know him.",
        "In this article, I'm sharing my approach to growing a small firm.",
        "And don't forget the fees.",
        "You will never own the games you buy on the service.",
        "Get to know the other stages of the business.",
    ],
)
def test_the_writer_speaking_to_the_reader_is_no_fact(text: str) -> None:
    assert speaks_to_reader(text) and fragment(text)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON: The economy grew 2 percent in the third quarter.",
        '"You cannot do this to our town," said Ann Pike, the mayor.',
        'We will fight this in court," she said.',
        "Try as he might, Hale could not catch the leader.",
        "The U.S. and its allies met in Brussels on Monday.",
        "Getting to the stadium took fans two hours.",
        "Sen. Ann Ruiz (I-Vt.) apologized to her supporters on Saturday.",
        "The treaty that ended World War I was signed at Versailles.",
        "NASA announced the newest milestone of its rocket on Monday.",
        "FBI agents searched the office of the mayor's lawyer.",
        "LONDON A man was arrested after a car hit a barrier outside Parliament.",
    ],
)
def test_news_sentences_and_quotations_are_kept(text: str) -> None:
    assert not fragment(text)


def test_a_brief_shows_no_list_item_or_reader_address_as_a_bullet() -> None:
    text = (
        "Police arrested three men on Tuesday after a raid on a warehouse in Fairview, where "
        "officers found stolen cars worth $2 million.\n\n"
        "Officers had watched the warehouse for six weeks, the police chief said.\n\n"
        "The men were charged with handling stolen goods and will appear in court on Friday."
        "\n\nMark R. Dale: Handling stolen goods, possession of a firearm, resisting arrest."
        "\n\nIf you think your car was among them, you should call the police.\n\n"
        "The cars had been stolen across three counties since January, police said."
    )
    brief = make_brief(analyze(article_from_text(text, published="2021-03-02")))
    shown = [b.text for b in brief.bullets] + ([brief.topline.text] if brief.topline else [])
    assert shown
    assert not any("Mark R. Dale" in t or "you" in t.split() for t in shown), shown


CALENDAR = (
    "CHEER ON the young riders as they jump for the national title, Oct. 5-7, at Hill Farm.\n\n"
    "VISIT the county horse show, Oct. 11-21, in the old fairground by the river.\n\n"
    "The show features a grand prix worth $100,000 and a trade fair with 200 stands.\n\n"
    "SPEND a day at the three-day event rooting for your favourite riders, Oct. 17-20.\n\n"
    "ATTEND a two-day clinic with two Olympic riders, Oct. 28-29, at Hill Farm.\n\n"
    "Seats are limited and tickets sell quickly every year."
)


def test_an_events_calendar_has_no_topline() -> None:
    from topline.brief import make_brief
    from topline.brief.editorial_rules import listing

    analysis = analyze(article_from_text(CALENDAR))
    text = analysis.article.text
    assert listing([s.span.of(text) for s in analysis.sentences])
    brief = make_brief(analysis)
    assert brief.topline is None and "topline" in brief.missing
    assert brief.bullets == () and brief.key_background == ()
