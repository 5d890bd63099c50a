"""A follow-up days later tells the story's kind of happening and names its actors
(``stories.FOLLOW_UP_KINDS``; texts written for these tests, entities and dates given by hand,
no spaCy).

Three days after "Blast rips through Tanfield kiln works", the pottery's own news ("Pellow
Ceramics says nobody will lose their livelihood after an explosion wrecked its premises")
shares one name and few words with the first report; a reader joins it by the name and the happening. A kind of
happening the article and the story both tell counts as a shared rare headline word when the
article shares a distinctive name with the story and tells no kind the story does not: not
"Kitchen blaze at newly starred restaurant" (a fire, and the award as background) after the
restaurant's Michelin star. Another explosion in the same town three days later, at another
firm, stays apart (the other-event and other-occasion tests are unchanged).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from store.test_story_occasions import LABELS, MONDAY, THURSDAY, _joins
from topline.store import stories

BLAST = (
    "Blast rips through Tanfield kiln works",
    "An explosion destroyed the kiln hall at Pellow Ceramics in Tanfield on Monday morning, "
    "injuring three workers. Owner Daniel Pellow said a gas valve was being checked. Forty "
    "staff were sent home.",
)
REBUILD = (
    "Pottery promises to keep every job",
    "Pellow Ceramics says nobody will lose their livelihood after an explosion wrecked its "
    "premises, and production will move to a rented unit until the spring.",
)
GASWORKS = (
    "Second blast in a week shakes Tanfield",
    "An explosion at the Northgas depot in Tanfield injured a driver on Thursday, firefighters "
    "said. Northgas said the site had been evacuated.",
)
STAR = (
    "Tanfield bistro wins a Michelin star",
    "Harbour Table in Tanfield has won a Michelin star, its chef Sadie Oakes said on Monday. "
    "The bistro opened only two years ago.",
)
STAR_FIRE = (
    "Kitchen blaze at newly starred restaurant",
    "A fire broke out in the kitchen of Harbour Table overnight, weeks after the restaurant "
    "won its award from the guide's inspectors. Nobody was hurt.",
)
LABELS.update(
    {
        "Pellow Ceramics": "ORG",
        "Daniel Pellow": "PERSON",
        "Tanfield": "GPE",
        "Northgas": "ORG",
        "Harbour Table": "ORG",
        "Sadie Oakes": "PERSON",
    }
)


def test_a_follow_up_telling_the_story_s_happening_joins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _joins(tmp_path / "on", BLAST, MONDAY, REBUILD, THURSDAY)
    monkeypatch.setattr(stories, "FOLLOW_UP_KINDS", False)
    assert not _joins(tmp_path / "off", BLAST, MONDAY, REBUILD, THURSDAY)  # as before


@pytest.mark.parametrize(
    ("first", "later"),
    [(BLAST, GASWORKS), (STAR, STAR_FIRE)],
    ids=["another firm's explosion in the town", "a fire told with the award as background"],
)
def test_other_events_stay_apart(
    tmp_path: Path, first: tuple[str, str], later: tuple[str, str]
) -> None:
    assert not _joins(tmp_path, first, MONDAY, later, MONDAY + timedelta(days=3))
