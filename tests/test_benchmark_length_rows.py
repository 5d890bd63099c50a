"""The equal-length rows of ``benchmarks/brief_quality.py`` (every system cut at the same
word, so a row cannot win by length alone) and its second ROUGE scorer."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from topline.eval.rouge import rouge

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _benchmark(name: str) -> ModuleType:
    """A module of ``benchmarks/`` (imported by name: the scripts are outside mypy's files)."""
    return importlib.import_module(f"benchmarks.{name}")


def test_cut_to_words_stops_mid_sentence_at_the_budget() -> None:
    cut_to_words = _benchmark("brief_quality").cut_to_words
    lead = ["The council voted to close the library.", "Staff were told on Monday.", "More."]
    assert cut_to_words(lead, 9) == ["The council voted to close the library.", "Staff were"]


def test_cut_to_words_keeps_everything_within_the_budget() -> None:
    cut_to_words = _benchmark("brief_quality").cut_to_words
    lead = ["Rain fell.", "Roads flooded."]
    assert cut_to_words(lead, 75) == lead
    assert cut_to_words(lead, 0) == []


def test_second_rouge_scores_without_nltk_data(require_bench: Callable[[str], ModuleType]) -> None:
    """py-rouge asks NLTK's punkt model for tokens, which cannot be downloaded; its text is
    letters, digits and spaces by then, so white space gives the same tokens, and unigram
    and bigram scores agree with ``rouge-score``'s."""
    require_bench("rouge")
    second_rouge = _benchmark("rouge_second").second_rouge
    reference = "The council voted to shut the library. Staff learned on Monday."
    output = ["Councillors voted on Tuesday to close the town library.", "Staff were told."]
    r1, r2, _ = second_rouge([(reference, output)])
    own = rouge(reference, output, "cnndm")
    assert 0.3 < r1 < 0.7
    assert (round(r1, 6), round(r2, 6)) == (round(own[0], 6), round(own[1], 6))
