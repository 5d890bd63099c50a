"""The article's own headline is never a bullet or the Topline (texts written for these tests)."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.headline import heading_line, headline_line, leading_headline
from topline.ingest import article_from_text
from topline.model import Span

BODY = (
    "\n\nThe city council voted on Tuesday to close the Harbor Road bridge for two years of "
    "repairs, after engineers found cracks in its main span.\n\n"
    "Drivers will use a ferry service that the council will pay for, the mayor said.\n\n"
    "The bridge carries about 40,000 cars a day and was opened in 1962.\n\n"
    "Shop owners on the island said the closure would cost them customers."
)


@pytest.mark.parametrize(
    "line",
    [
        "Council shuts bridge for repairs.",  # no article: headlinese
        "Council shuts bridge for repairs;",  # headline and subhead run together
        "Council Shuts Harbor Bridge For Two Years.",  # title case
        "Council shuts bridge for repairs",  # no full stop
    ],
)
def test_headline_lines(line: str) -> None:
    assert headline_line(line)


def test_a_lede_keeps_its_articles() -> None:
    assert not headline_line("Police arrested six people Monday during a raid on a home.")


def test_a_plain_text_that_opens_with_its_headline_never_shows_it() -> None:
    text = "Council shuts bridge for two years;\nFerry to carry drivers." + BODY
    assert leading_headline(text) is not None
    brief = make_brief(analyze(article_from_text(text)))
    shown = [brief.topline.text if brief.topline else "", *(b.text for b in brief.bullets)]
    assert not any("shuts bridge" in s or "Ferry to carry" in s for s in shown)
    assert brief.topline is not None and brief.topline.text.startswith("The city council voted")


def test_a_short_lede_paragraph_is_not_a_headline() -> None:
    text = "The council shut the Harbor Road bridge on Tuesday." + BODY
    assert leading_headline(text) is None


def test_a_text_without_blank_lines_has_no_headline_block() -> None:
    text = "Council shuts bridge for repairs.\n" + BODY.strip().replace("\n\n", "\n")
    assert leading_headline(text) is None
    # A blank line after the first line only, the body set a sentence a line: a headline
    # over a body that lost its blank lines (fifteenth session).
    text = "Council shuts bridge for repairs.\n\n" + BODY.strip().replace("\n\n", "\n")
    assert leading_headline(text) is not None


def test_the_title_repeated_in_the_body_is_no_bullet() -> None:
    title = "Why the bridge had to close"
    text = BODY.strip().replace(
        "\n\nThe bridge carries", "\n\nWhy the bridge had to close\n\nThe bridge carries"
    )
    brief = make_brief(analyze(article_from_text(text, title=title)))
    assert all("Why the bridge" not in b.text for b in brief.bullets)


def test_a_subhead_in_its_own_paragraph_is_part_of_the_headline() -> None:
    text = "Council shuts bridge for two years.\n\nFerry to carry drivers from Monday." + BODY
    block = leading_headline(text)
    assert block is not None and "Ferry to carry" in block.of(text)


def test_a_subheading_line_is_no_fact() -> None:
    text = (
        "The council closed the bridge on Tuesday after engineers found cracks.\n\n"
        "Why the bridge had to close\n\n"
        "Engineers said the main span had corroded over many years of salt spray.\n\n"
        "Drivers will use a ferry that the council will pay for, the mayor said."
    )
    start = text.index("Why")
    span = Span(start, start + len("Why the bridge had to close"))
    assert heading_line(text, span)
    brief = make_brief(analyze(article_from_text(text)))
    assert all("Why the bridge" not in b.text for b in brief.bullets)


def test_a_lede_that_restates_the_title_stays_the_topline() -> None:
    title = "City council closes Harbor Road bridge for repairs"
    text = (
        "The city council closed the Harbor Road bridge on Tuesday for two years of repairs.\n\n"
        + BODY.strip()
    )
    brief = make_brief(analyze(article_from_text(text, title=title)))
    assert brief.topline is not None and brief.topline.text.startswith("The city council closed")
