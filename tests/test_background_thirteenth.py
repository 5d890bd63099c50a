"""Key background read alone (thirteenth session): an item dated "At the time," or opening on
"Such a move" or "One of the men," leans on what the reader has not seen; a graphic's
caption glued on is no item; "formerly" in an apposition describes a noun, not when the
sentence's event happened. Texts written for these tests."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.background_rules import (
    dateline_or_caption,
    leans_on_time,
    no_earlier_time,
    told_as_now,
)
from topline.ingest import article_from_text


@pytest.mark.parametrize(
    "text",
    [
        "At the time, the mayor seemed to suggest he had settled the dispute in 2009.",
        "At that point the council had already spent £2m on the old plan.",
        "Back then, the club had played in the fourth division for a decade.",
        "Such a move could cost the party its majority, aides had warned in 2019.",
        "Such tactics had worked for the firm before the 2008 crash.",
        "One of the men, Peter Lane, 70, had served in the navy in the 1970s.",
        "Two of the suspects had been arrested in 2015 over a similar raid.",
    ],
)
def test_an_item_that_points_back_leans(text: str) -> None:
    assert leans_on_time(text)


@pytest.mark.parametrize(
    "text",
    [
        "At the time of the merger in 2009, the bank employed 3,000 people.",
        "The bridge had been closed since 2014, when a pillar cracked at the time of a flood.",
        "One of the founders of the firm had left in 2012.",
        "One of the world's largest dams had been finished in 1984.",
        "Many people had moved away from the valley by 1990.",
        "Such was the demand in 2015 that the plant ran at night.",
    ],
)
def test_an_item_that_names_its_own_time_or_group_stands(text: str) -> None:
    assert not leans_on_time(text)


def test_a_graphic_s_caption_glued_on_is_no_item() -> None:
    assert dateline_or_caption(
        "The groom list: This map shows the couple's moves from 1999 to 2010 and their first "
        "home was bought in 1999."
    )
    assert dateline_or_caption("The chart below illustrates how prices rose after 2008.")
    assert not dateline_or_caption("The museum showed the map to visitors in 2010.")


def test_a_heading_glued_to_the_item_is_no_item() -> None:
    assert dateline_or_caption(
        "Pension savings Three years ago, the minister proposed a state fund for everyone."
    )
    assert dateline_or_caption("Flood defences In 2014 the council had built a wall.")
    for text in (
        "Former mayor Ann Hale had opened the bridge in 1999.",
        "Three years ago, the minister proposed a state fund for everyone.",
        "Police said in 2014 the council had built a wall.",
        "Voters in The Hague had rejected the plan in 2016.",
    ):
        assert not dateline_or_caption(text), text


def test_formerly_in_an_apposition_dates_no_event() -> None:
    text = "Lark Books, formerly at 12 Mill St. in Leeds, signed a lease for a shop in York."
    spans = no_earlier_time(text, None)
    assert any(text[a:b].startswith(", formerly") for a, b in spans)
    assert not any("formerly" in text[a:b] for a, b in no_earlier_time("He formerly ran it.", None))
    verb = "Lee, who won in Leeds, previously starred with Tam in Red, Green, Blue."
    assert not any("previously" in verb[a:b] for a, b in no_earlier_time(verb, None))


ARTICLE = (
    "The town council voted on Tuesday to sell the old library building to a developer.\n\n"
    "Lark Books, formerly at 12 Mill St. in the town centre, signed a lease for the ground "
    "floor of the new block.\n\n"
    "The library had opened in 1904 with money from a local mill owner.\n\n"
    "At the time, the mayor said the building would serve the town for a hundred years.\n\n"
    "Such a sale had been ruled out by the council in 2015.\n\n"
    "Councillors said the money would go to the new leisure centre."
)


def test_background_keeps_the_dated_item_and_drops_the_leaning_ones() -> None:
    brief = make_brief(analyze(article_from_text(ARTICLE, published="2024-05-08")))
    texts = [item.text for item in brief.key_background]
    assert any(t.startswith("The library had opened in 1904") for t in texts), texts
    for t in texts:
        assert not t.startswith(("Lark Books", "At the time", "Such a sale")), t


def test_now_and_a_present_auxiliary_is_today_s_state() -> None:
    assert told_as_now(
        "The plant was flooded in 2019, and now a full closure of the site has been confirmed."
    )
    assert told_as_now("Now the old rules from 2010 are being rewritten.")
    assert not told_as_now("Until 2010 the plant had been run by the council.")
    assert not told_as_now("Now that the 2016 deal has been signed, the firm sold the plant.")
