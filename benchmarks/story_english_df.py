"""How common a word is in English, as a prior on a store's document frequencies (a study).

Why it exists: issue #20's sixteenth session asked whether an IDF that knows English helps the
story clustering (``benchmarks/stories_loso.py --presets``, ``benchmarks/stories_then.py``).
It did not (see docs/benchmarks.md, "Stories, sixteenth session"), so it lives here, not in
``topline.store``, and needs ``wordfreq`` (3.1.1), which the package does not depend on.
:func:`install` wraps ``Clusterer.df`` so that the study's switches (PRIOR_DOCS, FLOOR) take
effect; with both off it changes nothing.

The story clustering weighs words by IDF counted over the articles stored so
far (:mod:`topline.store.stories`). A young or small store knows little: after thirty local
reports "council", "police" or "week" are as rare as the name of the village they happened
in, and in the first article every word weighs the same. English itself knows which words
are common. This module reads a word's frequency in English (``wordfreq``'s English list,
shipped in its wheel: nothing is downloaded) and turns it into the share of news articles
expected to contain it, which then counts as PRIOR_DOCS articles beside the store's own
counts (:func:`effective_df`): a small store leans on English, a large one on itself, so a
word common in one store's beat ("campaign", "Trump" in election news) still counts as
common there. A word English does not know (a place, a surname, a coined word) counts as
rarer than any it knows (UNKNOWN_FREQUENCY), and the store's own count of it decides as soon
as the store has seen it often.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache

#: Pseudo-articles that English's frequencies stand for beside the store's own counts (see
#: :func:`effective_df`). None: the store's counts alone.
PRIOR_DOCS: float | None = None
#: Instead of the prior: a word's df is at least what English expects among the store's
#: articles (its IDF at most English's), so a word common in English never looks distinctive
#: and every other keeps the store's count. False: off.
FLOOR = False
#: Words in a news article, about: a word of frequency f per word appears in an article with
#: probability 1 - exp(-f * DOC_WORDS).
DOC_WORDS = 500
#: The frequency taken for a word English (as wordfreq knows it) does not know: below the
#: rarest words of its English list (Zipf 1, once per 100 million words).
UNKNOWN_FREQUENCY = 1e-8


@cache
def _frequency(word: str) -> float:
    """The word's frequency per word of English (0.0 when wordfreq does not know it)."""
    from wordfreq import word_frequency

    return float(word_frequency(word, "en"))


def english_share(word: str) -> float:
    """The share of news articles expected to contain ``word`` (UNKNOWN_FREQUENCY's share
    when English, as wordfreq knows it, has no frequency for it)."""
    f = _frequency(word)
    return -math.expm1(-max(f, UNKNOWN_FREQUENCY) * DOC_WORDS)


def effective_df(word: str, df: float, n_docs: int, prior_docs: float | None = None) -> float:
    """The document frequency the store's IDF (``log((1 + n) / (1 + df)) + 1``) reads for
    ``word``: its ``df`` among ``n_docs`` stored articles, with ``prior_docs`` pseudo-articles
    (default PRIOR_DOCS) in which it appears at its English share. The smoothed share
    ``(1 + df + K p) / (1 + n + K)`` is returned as the df that gives it, so the IDF formula
    and everything that reads a df stay as they are; ``df`` itself when the prior is off.
    With FLOOR, the larger of ``df`` and the df English expects among ``n_docs`` articles."""
    if FLOOR:
        return max(df, (1.0 + n_docs) * english_share(word) - 1.0)
    k = PRIOR_DOCS if prior_docs is None else prior_docs
    if k is None or k <= 0:
        return df
    p = english_share(word)
    share = (1.0 + df + k * p) / (1.0 + n_docs + k)
    return (1.0 + n_docs) * share - 1.0


def install() -> None:
    """Wrap ``topline.store.stories.Clusterer.df`` once: every word's (not an entity's)
    document frequency goes through :func:`effective_df` while PRIOR_DOCS or FLOOR is set."""
    from topline.store.stories import Clusterer

    plain = Clusterer.df
    if getattr(plain, "_english", False):
        return

    def df(self: Clusterer, terms: Iterable[str]) -> dict[str, float]:
        out = plain(self, terms)
        if PRIOR_DOCS or FLOOR:
            for t in out:
                if not t.startswith("@"):
                    out[t] = effective_df(t, out[t], self.n_docs)
        return out

    df._english = True  # type: ignore[attr-defined]
    Clusterer.df = df  # type: ignore[method-assign]
