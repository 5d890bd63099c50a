"""``stories --since`` leaves undated stories out; ``ingest`` shows a total and an ETA."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from store.conftest import make
from store.texts import BRIDGE_1, FARM, ORCHESTRA
from topline.store import Store


def test_since_leaves_undated_stories_out(store: Store) -> None:
    store.add(
        [make(BRIDGE_1, published="2024-02-06"), make(FARM, published="2024-06-01")]
        + [make(ORCHESTRA)],  # no date: stored today, but nothing says when it happened
        analyze=False,
    )
    assert len(store.stories()) == 3
    assert [s.last_published for s in store.stories(since="2024-01-01")] == [
        "2024-06-01",
        "2024-02-06",
    ]


def test_ingest_progress_shows_the_total_and_an_eta(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("a.txt", BRIDGE_1), ("b.txt", FARM), ("c.txt", ORCHESTRA)):
        (folder / name).write_text(text)
    env = {**os.environ, "FORCE_COLOR": "1", "COLUMNS": "120"}
    env.pop("NO_COLOR", None)
    result = subprocess.run(
        [sys.executable, "-m", "topline", "ingest", str(folder), "--db", str(tmp_path / "t.db")]
        + ["--no-analyze"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "0/3" in result.stderr and "3/3" in result.stderr
    assert "ETA" in result.stderr
