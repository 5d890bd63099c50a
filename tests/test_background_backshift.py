"""Key background, thirteenth session, second round: a past perfect reported by a past verb
of saying is the day's news shifted back a tense ("The rescue team tweeted that a diver had
been pulled from the lake"), and one of manner ("reacted as though he had been betrayed")
tells no event; a date in the report still dates it. Texts written for these tests."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.background_rules import backshifted
from topline.ingest import article_from_text


@pytest.mark.parametrize(
    "text",
    [
        "The rescue team tweeted that a diver had been pulled from the lake.",
        "Officials told reporters the bridge had collapsed under a lorry.",
        "The mayor reacted as though he had been betrayed by his own party.",
    ],
)
def test_a_reported_or_a_manner_perfect_is_found(text: str) -> None:
    assert backshifted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The diver had been pulled from the same lake in 2011.",
        "The bridge had collapsed once before, officials said.",
        "The mayor had served two terms before the party dropped him.",
        "Police said the brothers had known each other since school.",
        "The court heard he had opened the account in March under a false name.",
    ],
)
def test_a_perfect_of_its_own_is_kept(text: str) -> None:
    assert not backshifted(text), text


ARTICLE = (
    "Floods cut the coastal road on Sunday, stranding hundreds of drivers overnight in "
    "their cars.\n\n"
    "Police closed three bridges and opened two school halls as shelters for the stranded "
    "drivers.\n\n"
    "Forecasters warned that more rain would fall on the hills above the town on Monday.\n\n"
    "Power was cut to 4,000 homes in the valley, the electricity company said.\n\n"
    "The council said schools in the valley would stay closed until Wednesday.\n\n"
    "Residents of the lower town were told to move their cars to higher ground.\n\n"
    "The coastguard tweeted that a diver had been pulled from the river near the old mill.\n\n"
    "The mayor responded as though he had been personally insulted by the question.\n\n"
    "The road had been closed by floods in 1998 for most of a month.\n\n"
    "Engineers will inspect the bridge on Monday."
)


def test_the_day_s_report_is_no_key_background() -> None:
    brief = make_brief(analyze(article_from_text(ARTICLE, published="2016-02-08")))
    texts = [item.text for item in brief.key_background]
    assert any(t.startswith("The road had been closed") for t in texts), texts
    for t in texts:
        assert not t.startswith(("The coastguard", "The mayor responded")), texts
