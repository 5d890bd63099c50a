"""ROUGE of a brief against a human summary, as the brief benchmark and the trainer score it.

One scoring function for both, so the blend the trainer picks by cross-validation optimises
exactly what ``benchmarks/brief_quality.py`` reports: ``rouge-score`` F1 with stemming;
summary-level ROUGE-L (Lsum, one sentence per line) for multi-sentence references (CNN/DM
highlights), plain ROUGE-L for one-sentence references (XSum, lowercased there). A CNN/DM
brief is its Topline and bullets; an XSum brief is its Topline alone.

Needs the evaluation extra (``rouge-score``); topline itself never imports this module.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from topline.model import Brief

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=\S)")

#: (ROUGE-1 F1, ROUGE-2 F1, ROUGE-L F1, words of the summary).
RougeRow = tuple[float, float, float, int]


@functools.cache
def _scorer() -> Any:
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"], use_stemmer=True)


def split_sentences(text: str) -> list[str]:
    """A reference or system output split at sentence-final punctuation."""
    return _SENTENCE_BREAK.split(text)


def rouge(reference: str, sentences: Sequence[str], corpus: str) -> RougeRow:
    """ROUGE-1/2/L F1 of ``sentences`` against ``reference``, and the summary's length."""
    summary = "\n".join(s.strip() for s in sentences if s.strip())
    one_sentence = corpus == "xsum"
    ref = reference.lower() if one_sentence else "\n".join(split_sentences(reference))
    s = _scorer().score(ref, summary)
    rouge_l = s["rougeL"] if one_sentence else s["rougeLsum"]
    return s["rouge1"].fmeasure, s["rouge2"].fmeasure, rouge_l.fmeasure, len(summary.split())


def brief_sentences(brief: Brief, corpus: str) -> list[str]:
    """What is scored: Topline and bullets (CNN/DM), or the Topline alone (XSum)."""
    parts = [brief.topline.text] if brief.topline else []
    if corpus != "xsum":
        parts += [b.text for b in brief.bullets]
    return parts
