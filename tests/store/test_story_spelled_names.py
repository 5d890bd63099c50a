"""A name the recogniser missed in one report and found in another counts as shared when the
report spells it out (``stories.NAMES_IN_TEXT``; texts written for these tests, entities given
by hand, no spaCy).

The library's own report of a theft names the library and its librarian; a rewrite of the
same night, in other words, names the library in its lede, but the recogniser gives it no
entity there ("Thieves cut the alarm … at the Penhallow Library"). A reader sees the same
library; the store saw no shared name and, the words being only fairly close, a story of its
own. The name counts only spelled word for word as the story has it (capitals too), and only
when it is distinctive in the store.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from store.test_story_headlines import _fill
from topline.store import Store, stories
from topline.store.stories import Clusterer

DAY = date(2025, 3, 10)
LIBRARY = (
    "Medieval psalter taken from Penhallow Library",
    "A medieval psalter worth £250,000 was taken from a display case at the Penhallow Library "
    "on Sunday night, its librarian Ruth Camborne said. The case had been prised open and the "
    "alarm cut.",
)
LIBRARY_NAMES = Counter({"Penhallow Library": 2, "Ruth Camborne": 1})
REWRITE = (
    "Thieves cut alarm to reach rare prayer book",
    "Thieves cut the alarm and prised open a display case at the Penhallow Library overnight, "
    "escaping with a medieval prayer book worth £250,000. Detectives are studying footage from "
    "nearby shops.",
)


def _joins(tmp_path: Path, rewrite: tuple[str, str]) -> bool:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        _fill(c, date(2025, 3, 1))
        first = c.assign("a", LIBRARY[1], LIBRARY[0], DAY, LIBRARY_NAMES).story_id
        second = c.assign("b", rewrite[1], rewrite[0], DAY, Counter({"Detectives": 1}))
        return second.story_id == first


def test_a_rewrite_that_spells_out_the_story_s_name_joins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _joins(tmp_path / "on", REWRITE)
    monkeypatch.setattr(stories, "NAMES_IN_TEXT", False)
    assert not _joins(tmp_path / "off", REWRITE)  # what the store did before


@pytest.mark.parametrize(
    "body",
    [
        REWRITE[1].replace("Penhallow Library", "penhallow library"),  # not as the story has it
        REWRITE[1].replace("Penhallow Library", "Penhallow Librarys"),  # another word
        REWRITE[1].replace("Penhallow Library", "Penhallow"),  # part of the name only
    ],
    ids=["lower case", "longer word", "part of the name"],
)
def test_only_the_name_word_for_word_counts(tmp_path: Path, body: str) -> None:
    assert not _joins(tmp_path, (REWRITE[0], body))


def test_a_name_most_stored_articles_give_is_no_evidence(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        _fill(c, date(2025, 3, 1))
        sid = c.assign("a", LIBRARY[1], LIBRARY[0], DAY, LIBRARY_NAMES).story_id
        story = c.story(sid)
        assert story is not None
        text = f"{REWRITE[0]}\n{REWRITE[1]}"
        assert c._spelled_out([story], text, [], limit=5) == {sid: {"Penhallow Library"}}
        assert c._spelled_out([story], text, [], limit=0) == {}  # stored once: above limit 0
        # the article's own entity of that name is counted the usual way, not twice
        assert c._spelled_out([story], text, ["Penhallow Library"], limit=5) == {}
