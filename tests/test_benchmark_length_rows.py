"""The equal-length rows of ``benchmarks/brief_quality.py``: every system is cut at the same
word, so a row cannot win by length alone."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.brief_quality import cut_to_words  # noqa: E402


def test_cut_to_words_stops_mid_sentence_at_the_budget() -> None:
    lead = ["The council voted to close the library.", "Staff were told on Monday.", "More."]
    assert cut_to_words(lead, 9) == ["The council voted to close the library.", "Staff were"]


def test_cut_to_words_keeps_everything_within_the_budget() -> None:
    lead = ["Rain fell.", "Roads flooded."]
    assert cut_to_words(lead, 75) == lead
    assert cut_to_words(lead, 0) == []
