"""Story clustering rules, on texts written for the tests (entities given, no spaCy)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from topline.store import Store
from topline.store.stories import Clusterer

BANK_A = (
    "Central bank raises interest rates to fight inflation\n\n"
    "The Valdorian National Bank raised its main interest rate by a quarter point on Thursday, "
    "saying inflation remained too high. Governor Tomas Reyes said borrowing costs would stay "
    "high for as long as prices kept rising. Banks are expected to pass the rise on to "
    "mortgage holders within weeks."
)
BANK_B = (
    "Central bank keeps interest rates steady as inflation cools\n\n"
    "The Bank of Estmark left its main interest rate unchanged on Thursday, saying inflation "
    "had cooled faster than expected. Governor Ilse Brandt said borrowing costs would not rise "
    "again this year. Mortgage holders and banks welcomed the pause."
)
BANK_A_LATER = (
    "Valdorian lenders pass on rate rise\n\n"
    "Valdoria's largest banks said on Friday they would raise mortgage rates next month after "
    "the Valdorian National Bank lifted its main interest rate. Governor Tomas Reyes defended "
    "the decision in parliament."
)
DAY = date(2024, 6, 6)


def test_same_topic_other_actors_is_another_story(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        a = c.assign(
            "a", BANK_A, None, DAY, Counter({"Valdorian National Bank": 1, "Tomas Reyes": 1})
        )
        vec = c.vector(BANK_B, None)
        story = c.story(a.story_id)
        assert story is not None
        cos = sum(w * story.centroid.get(t, 0.0) for t, w in vec.items()) / story.norm()
        assert 0.3 <= cos < 0.5, cos  # close enough in words to join on text alone
        b = c.assign("b", BANK_B, None, DAY, Counter({"Bank of Estmark": 1, "Ilse Brandt": 1}))
        assert b.story_id != a.story_id
        later = c.assign(
            "c",
            BANK_A_LATER,
            None,
            date(2024, 6, 7),
            Counter({"Valdorian National Bank": 1, "Tomas Reyes": 1, "Valdoria": 1}),
        )
        assert later.story_id == a.story_id


def test_without_entities_text_decides_as_before(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        c = Clusterer(store.conn)
        a = c.assign("a", BANK_A, None, DAY, Counter())
        b = c.assign("b", BANK_B, None, DAY, Counter())
        assert b.story_id == a.story_id
