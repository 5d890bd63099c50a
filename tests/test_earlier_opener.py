"""A later sentence that opens by setting a time days or weeks before the news ("Last week,
…", "Earlier this week, …", "Days earlier, …") tells what came before the story's news: it
is never the Topline over an earlier sentence that is the news."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.select import _EARLIER_OPENER
from topline.ingest import article_from_text

FESTIVAL = (
    "Thousands of fans filled the streets of Orvieto on Saturday for the town's first "
    "jazz festival in a decade.\n\n"
    "Last week, Italian culture minister Paola Ranieri said the government would give the "
    "Orvieto Jazz Festival 2 million euros a year for five years, the largest grant to a "
    "music festival in Italy.\n\n"
    "Organisers said 40,000 tickets had been sold.\n\n"
    "The festival runs until Tuesday."
)
STRIKE = (
    "Dock workers in Antwerp walked off the job on Monday.\n\n"
    "Earlier this week, Belgian Prime Minister Marc Dubois told parliament that the "
    "government would not raise the pensions of 12,000 port workers, the largest cut to a "
    "Belgian pension scheme in 20 years.\n\n"
    "Ships were waiting off the coast on Tuesday, the port authority said.\n\n"
    "The union has not said how long the strike will last."
)


@pytest.mark.parametrize(
    "opener",
    ["Last week, the", "Earlier this week, the", "Days earlier, the", "Two weeks ago, the"],
)
def test_the_openers(opener: str) -> None:
    assert _EARLIER_OPENER.match(opener)


@pytest.mark.parametrize("opener", ["Last year, the", "Weekly sales", "Lastly, the"])
def test_not_these(opener: str) -> None:
    assert not _EARLIER_OPENER.match(opener)


def test_the_news_before_last_week_is_the_topline() -> None:
    for text, start in ((FESTIVAL, "Thousands of fans"), (STRIKE, "Dock workers in Antwerp")):
        brief = make_brief(analyze(article_from_text(text)))
        assert brief.topline is not None
        assert brief.topline.text.startswith(start), brief.topline.text
