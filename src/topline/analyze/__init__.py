"""Article → Analysis: one spaCy pass per batch, then each extractor reads the parsed doc.

The extractors are registered in :mod:`topline.analyze.registry` by name, with what each
needs and provides; :func:`analyze_doc` runs them in that order (or a subset, ``only`` /
``skip``), and none of them runs spaCy again.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, MutableMapping

from spacy.language import Language
from spacy.tokens import Doc

from topline.analyze import registry
from topline.analyze.language import require_supported
from topline.model import Analysis, Article
from topline.nlp import get_nlp

BATCH_SIZE = 32


def analyze_doc(
    article: Article,
    doc: Doc,
    *,
    only: Collection[str] = (),
    skip: Collection[str] = (),
    timings: MutableMapping[str, float] | None = None,
) -> Analysis:
    """Run the registered extractors (all, or ``only`` / not ``skip``) on a parsed document;
    ``timings`` (name → seconds) accumulates each extractor's CPU time when given. English
    only (see language.py)."""
    require_supported(article)
    steps = registry.planned(tuple(only), tuple(skip)) if only or skip else registry.EXTRACTORS
    return Analysis(article=article, **registry.run(steps, article, doc, timings))


def analyze_many(
    articles: Iterable[Article],
    *,
    batch_size: int = BATCH_SIZE,
    nlp: Language | None = None,  # scale: a worker's preloaded pipeline (topline.scale)
    only: Collection[str] = (),
    skip: Collection[str] = (),
    timings: MutableMapping[str, float] | None = None,
) -> Iterator[Analysis]:
    """Analyses in input order, parsing the texts in batches with ``nlp.pipe``."""
    if only or skip:
        registry.plan(only, skip)  # refuse unknown names before parsing anything
    nlp = nlp if nlp is not None else get_nlp()  # scale
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield analyze_doc(article, doc, only=only, skip=skip, timings=timings)


def analyze(
    article: Article, *, only: Collection[str] = (), skip: Collection[str] = ()
) -> Analysis:
    return next(analyze_many([article], only=only, skip=skip))
