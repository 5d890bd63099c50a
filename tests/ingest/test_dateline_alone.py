"""A wire dateline set on a line of its own ("NAIROBI, Kenya (AP) _", "WASHINGTON, March 12
(Xinhua) --": the 1990s wires typed the dash as an underscore or two hyphens) opens the story:
it is no title. Read as the title, it became the brief's heading and pushed the lede down as
if it were a deck. Texts written for this test (sixteenth session)."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.ingest import article_from_text
from topline.ingest.cruft import DATELINE_ALONE

LEDE = (
    "Flood waters forced 3,000 people from their homes in the river town of Millbrook on "
    "Sunday, and the army sent boats to reach families stranded on rooftops."
)
WIRE = (
    "\n\nMILLBROOK, Ohio (AP) _\n\n"
    + LEDE
    + "\n\nThe river crested at 31 feet, six feet above flood stage, the weather service said."
    "\n\nThe mayor, Ruth Albers, said the town hall had been turned into a shelter for the "
    "night.\n\nForecasters expect more rain on Tuesday across the valley.\n"
)


@pytest.mark.parametrize(
    "line",
    ["MILLBROOK, Ohio (AP) _", "WASHINGTON, March 12 (Xinhua) --", "UNITED NATIONS (AP) _"],
)
def test_a_wire_dateline_alone_is_recognised(line: str) -> None:
    assert DATELINE_ALONE.match(line)


@pytest.mark.parametrize(
    "line", ["Flood Forces Thousands From Homes (Video)", "Obama Speaks At (AP) Event Today"]
)
def test_a_headline_is_no_dateline(line: str) -> None:
    assert not DATELINE_ALONE.match(line)


def test_the_dateline_is_no_title_and_the_lede_is_the_topline() -> None:
    article = article_from_text(WIRE, published="1998-04-12")
    assert article.title is None or "(AP)" not in article.title
    assert article.outlet == "The Associated Press"
    brief = make_brief(analyze(article))
    assert brief.topline is not None
    assert brief.topline.text.startswith("Flood waters forced 3,000 people")
