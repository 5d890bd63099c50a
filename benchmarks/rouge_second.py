"""A second ROUGE, independent of ``rouge-score``: py-rouge, a Python port of the official
Perl ROUGE-1.5.5 (its Porter stemmer, its WordNet exceptions, its tokenisation: every
character that is not a letter or a digit becomes a space).

    from benchmarks.rouge_second import second_rouge
    second_rouge([(reference, ["sentence one", "sentence two"]), ...])

The project's own scores (:mod:`topline.eval.rouge`) use Google's ``rouge-score``; a figure
that holds under both is not an artefact of one implementation's tokenising or stemming.
py-rouge's tokenizer asks NLTK's punkt model, which cannot be downloaded here; since its
text has only letters, digits and spaces by then, splitting on white space gives the same
tokens. Sentences are one a line (ROUGE-L is the summary-level union LCS, as the Perl
script computes it); F1 (alpha 0.5), stemming on, no length limit, averaged over articles.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

from topline.eval.rouge import split_sentences


def available() -> bool:
    """Whether py-rouge is installed (the ``bench`` extra)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import rouge  # noqa: F401
    except ImportError:
        return False
    return True


def second_rouge(pairs: Sequence[tuple[str, Sequence[str]]]) -> tuple[float, float, float]:
    """Mean ROUGE-1 / 2 / L F1 of ``(reference, output sentences)`` pairs, by py-rouge."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its pkg_resources import warns
        import rouge

    rouge.Rouge.tokenize_text = staticmethod(lambda text, language="english": text.split())
    scorer = rouge.Rouge(
        metrics=["rouge-n", "rouge-l"],
        max_n=2,
        limit_length=False,
        apply_avg=True,
        stemming=True,
        alpha=0.5,
        ensure_compatibility=True,
    )
    hypotheses = ["\n".join(s.replace("\n", " ") for s in out) for _, out in pairs]
    references = ["\n".join(split_sentences(ref)) for ref, _ in pairs]
    scores = scorer.get_scores(hypotheses, references)
    return scores["rouge-1"]["f"], scores["rouge-2"]["f"], scores["rouge-l"]["f"]
