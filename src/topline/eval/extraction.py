"""Token-level precision/recall/F1 of an extracted article body against a gold body.

The article-extraction benchmark (Zyte) scores bodies this way: both texts are split into
word tokens (runs of ``\\w`` characters, case kept), consecutive tokens are joined into
shingles of ``n`` tokens (``n=4`` in the benchmark; ``n=1`` is the plain bag of tokens), and the
two shingle *multisets* are compared: true positives are the shared shingles counted with
multiplicity. Scores are computed per document and averaged over documents (macro
average); the corpus F1 is the harmonic mean of the mean precision and the mean recall.
Written from that description, not from the benchmark's code.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

#: Shingle length of the article-extraction benchmark.
BENCHMARK_NGRAM = 4

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Word tokens: maximal runs of Unicode word characters."""
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int = BENCHMARK_NGRAM) -> Counter[str]:
    """The multiset of n-token shingles; a text shorter than n tokens is one shingle."""
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([" ".join(toks)])
    return Counter(" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1))


@dataclass(frozen=True)
class Counts:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """Share of the extracted shingles that are gold; an empty extraction of an empty
        gold body is perfect, an empty extraction of a real body scores 0."""
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        return harmonic(self.precision, self.recall)


def harmonic(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def match(gold: str, predicted: str, n: int = BENCHMARK_NGRAM) -> Counts:
    """Shingle counts of one document."""
    g, p = shingles(gold, n), shingles(predicted, n)
    tp = sum((g & p).values())
    return Counts(tp=tp, fp=sum(p.values()) - tp, fn=sum(g.values()) - tp)


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    documents: int


def corpus_scores(counts: Iterable[Counts]) -> Scores:
    """Macro-averaged precision and recall, and F1 as their harmonic mean."""
    items = list(counts)
    if not items:
        return Scores(0.0, 0.0, 0.0, 0)
    p = sum(c.precision for c in items) / len(items)
    r = sum(c.recall for c in items) / len(items)
    return Scores(precision=p, recall=r, f1=harmonic(p, r), documents=len(items))
