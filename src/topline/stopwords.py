"""English stop words (spaCy's list), loaded on first use.

Importing ``spacy.lang.en.stop_words`` imports all of spaCy (seconds); modules that only need
the word list call :func:`english_stop_words` when they run, so ``import topline`` stays
cheap.
"""

from __future__ import annotations

from functools import cache


@cache
def english_stop_words() -> frozenset[str]:
    """spaCy's English stop words, lower case."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
