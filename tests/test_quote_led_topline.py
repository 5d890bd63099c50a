"""A quote-led item whose lede opens a quotation that the next sentence closes (fifteenth
session, third round).

The texts are written for this test. The sentence splitter ends the lede inside the
quotation, so the lede alone leaves it open and is refused as the Topline; when no other
candidate can stand (the rest is a transcript in quotation marks, or leans on the lede), the
code before showed that very lede, joined with the rest of its quotation, as a bullet under no
Topline. The lede with its quotation closed is the Topline then; while another candidate fits
alone, nothing changes.
"""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.ingest import article_from_text

QUOTE_LED = (
    "Marlowe: ‘We Will Take This Fight All The Way To The Capitol.’\n\n"
    "Wednesday at a union hall in Dunmore, after losing the county vote, state Senator Ruth "
    "Marlowe said, “I am not done yet. We will take this fight all the way to the Capitol.”\n\n"
    "Remarks as follows:\n\n"
    '"Thank you all for coming out tonight.\n\n'
    '"I know it was not the night we wanted. But I have been counting votes since I was '
    "twelve years old, and I can count these.\n\n"
    '"We will be back. I promise you that."\n\n'
    "Follow Dana Lee on Twitter @danalee."
)

NEWS_BELOW = (
    "Marlowe vows to fight on after county loss.\n\n"
    "Wednesday at a union hall in Dunmore, state Senator Ruth Marlowe said, “I am not done yet. "
    "We will take this fight all the way to the Capitol.”\n\n"
    "Marlowe lost the county vote to her rival, Paul Okafor, by 312 votes on Tuesday.\n\n"
    "Okafor said he would ask the state board to certify the result by Friday.\n\n"
    "Turnout in the county was the highest in a decade, election officials said."
)


def test_a_quote_led_lede_is_the_topline_with_its_quotation_closed() -> None:
    brief = make_brief(analyze(article_from_text(QUOTE_LED)))
    assert brief.topline is not None
    assert brief.topline.text.startswith("Wednesday at a union hall in Dunmore")
    assert brief.topline.text.endswith("Capitol.”")
    assert "topline" not in brief.missing
    assert not any(b.text.startswith("Wednesday at a union hall") for b in brief.bullets)


def test_a_candidate_that_fits_alone_still_wins() -> None:
    brief = make_brief(analyze(article_from_text(NEWS_BELOW)))
    assert brief.topline is not None
    assert "I am not done yet" not in brief.topline.text
