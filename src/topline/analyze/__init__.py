"""Article → Analysis: one spaCy pass per batch, then each extractor reads the parsed doc.

Each extractor is a module with one public function taking the parsed ``Doc`` (and what the
extractors before it found); none of them runs spaCy again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from topline.analyze.attribution import find_attributions
from topline.analyze.entities import find_entities
from topline.analyze.events import find_events
from topline.analyze.language import require_supported
from topline.analyze.quantities import find_quantities
from topline.analyze.quotes import find_quotes
from topline.analyze.sentences import split_paragraphs, split_sentences
from topline.analyze.timex import find_timexes
from topline.model import Analysis, Article
from topline.nlp import get_nlp

BATCH_SIZE = 32


def analyze_doc(article: Article, doc: Doc) -> Analysis:
    """Run every extractor on an already parsed document (English only: see language.py)."""
    require_supported(article)
    entities, clusters = find_entities(doc)
    quotes = find_quotes(doc, clusters)
    timexes = find_timexes(doc, article.published)
    return Analysis(
        article=article,
        sentences=split_sentences(doc),
        paragraphs=split_paragraphs(article.text),
        entities=entities,
        clusters=clusters,
        quotes=quotes,
        attributions=find_attributions(doc, clusters, quotes),
        quantities=find_quantities(doc, timexes),
        timexes=timexes,
        events=find_events(doc, clusters, timexes),
    )


def analyze_many(
    articles: Iterable[Article],
    *,
    batch_size: int = BATCH_SIZE,
    nlp: Language | None = None,  # scale: a worker's preloaded pipeline (topline.scale)
) -> Iterator[Analysis]:
    """Analyses in input order, parsing the texts in batches with ``nlp.pipe``."""
    nlp = nlp if nlp is not None else get_nlp()  # scale
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield analyze_doc(article, doc)


def analyze(article: Article) -> Analysis:
    return next(analyze_many([article]))
