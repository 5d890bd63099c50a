"""The shipped stop list replaces scikit-learn's import without changing story clustering."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from topline.store import stories


def test_stop_words_drop_function_words_and_news_verbs() -> None:
    assert stories.tokens("The minister said that the bridge would reopen") == [
        "minister",
        "bridge",
        "reopen",
    ]


def test_packaged_list_is_scikit_learns_list(require_bench: Callable[[str], ModuleType]) -> None:
    text = require_bench("sklearn.feature_extraction.text")
    assert stories._packaged_stop_words() == frozenset(text.ENGLISH_STOP_WORDS)
