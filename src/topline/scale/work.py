"""The unit of work shared by every scale path: a chunk of inputs → one record per input.

A record is a plain dict, the line a batch writes to JSONL (:mod:`topline.scale.jsonl`):

    {"id": …, "source": …, "what": "brief", "result": {"brief": …, "article": …}}
    {"id": …, "source": …, "what": "brief", "error": {"code": …, "message": …}}

One failing article never takes its neighbours down: the chunk is parsed with
``analyze_many`` (one ``nlp.pipe`` pass), and when an extractor raises, that article becomes
an error record and the pass restarts just after it.

Memory stays flat over millions of articles: once the vocabulary has grown by
:data:`KEEP_LEXEMES` words since the worker's warm-up, each chunk runs inside spaCy's
``nlp.memory_zone()``, which frees the strings and lexemes the chunk added to the vocabulary
(and the tokenizer's cache of them); without it a long-running worker grows with every new
name and number it sees. Until then chunks run outside a zone and their words stay: a zone
from the first chunk on made every chunk make its common words again ("said", "officials",
"Tuesday"), ≈ 3-4% of the parse (docs/benchmarks.md, "Throughput, ninth session"); the
words kept are those of the first chunks, the commonest. Records are plain Python data, so
nothing outlives a zone. A warm-up article runs once per pipeline outside any zone, so that
whatever an extractor builds lazily on first use (a matcher, a pattern table) is allocated
for good.

While a chunk runs, the cyclic garbage collector's youngest generation waits for
:data:`CHUNK_GC_THRESHOLD` new objects instead of CPython's 700 (:func:`collector_for_chunk`):
a chunk makes and drops millions of small objects (spans, counters, records), nearly all
freed by reference counting, and the default made ≈ 3 young collections per article that
found little to free. Measured by ``benchmarks/gc_cost.py`` (docs/benchmarks.md, "Process
cost, tenth session (gc lane)"): the collector's CPU in a batch about halves, peak RSS is
unchanged. Freezing the heap after the warm-up (``gc.freeze``) was measured too and gains
nothing: :func:`topline.nlp.get_nlp` already froze the model and the imports, and the
warm-up adds ≈ 700 long-lived objects.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from topline import pipeline
from topline.analyze.language import require_supported
from topline.errors import ToplineError
from topline.ingest import IngestFailure, article_from_text
from topline.model import Analysis, Article
from topline.nlp import get_nlp
from topline.options import DEFAULT_BULLETS, Options

What = Literal["brief", "extract"]
#: What a batch can produce for each article.
WHATS: tuple[str, ...] = ("brief", "extract")

Item = Article | IngestFailure
Record = dict[str, Any]

#: Parsed once per pipeline outside any memory zone (see the module docstring).
WARM_UP_TEXT = (
    "WASHINGTON (AP) - The city council voted 7-2 on Tuesday to spend $3 million on new "
    'buses, officials said. "We need them now," said Mayor Jane Doe, according to a '
    "statement.\n\nThe plan was first proposed in March 2019."
)
#: Words (lexemes) a worker's vocabulary keeps for good after its warm-up; past this every
#: chunk runs in a memory zone. ≈ 0.5 KiB each with the tokenizer's cache: ≈ 15 MiB.
KEEP_LEXEMES = 30_000
#: New objects the collector's youngest generation waits for while a chunk runs (CPython's
#: default is 700; the older generations keep their thresholds, so they run ≈ 14× less often
#: too). Cyclic garbage waits at most this many allocations longer: a few MiB at worst.
CHUNK_GC_THRESHOLD = 10_000
#: Text one ``nlp.pipe`` batch holds at most (the batch closes at the article that reaches
#: it). A batch's parse holds working memory for all of its tokens at once (the CNN's
#: layers, the parser's and the recogniser's precomputed hidden states), freed when the
#: batch is done: this, not anything that grows with the run, is a worker's peak RSS.
#: On 22 articles of 151,000 characters the peak rose 114 / 222 / 262 / 347 / 454 MiB over
#: the warm worker for batches of 1 / 4 / 8 / 16 / 22 articles at the same CPU
#: (docs/benchmarks.md, "Peak memory and the brief's CPU, twelfth session (gc branch)").
PIPE_CHARS = 50_000
#: id of each warmed-up pipeline → its vocabulary's size after the warm-up.
_warm: dict[int, int] = {}


@dataclass(frozen=True)
class WorkOptions:
    """What to make of each article; picklable, so it travels to worker processes."""

    what: str = "brief"
    max_bullets: int = DEFAULT_BULLETS
    max_words: int | None = None
    batch_size: int = 32
    #: Extractors to run / leave out (``topline batch --what extract --only/--skip``).
    only: tuple[str, ...] = ()
    skip: tuple[str, ...] = ()

    @property
    def pipeline(self) -> Options:
        """The pipeline options each article is briefed with."""
        return Options(
            bullets=self.max_bullets, max_words=self.max_words, only=self.only, skip=self.skip
        )

    @property
    def analysis(self) -> Options:
        """The options each article is analysed with: a brief's analysis leaves out what no
        brief reads (:func:`topline.pipeline.for_brief`); an extraction runs what was asked."""
        return pipeline.for_brief(self.pipeline) if self.what == "brief" else self.pipeline


def result_document(analysis: Analysis, options: WorkOptions) -> dict[str, Any]:
    """The JSON document of one article: what ``topline brief/extract --format json`` prints."""
    return pipeline.document(analysis, options.what, options.pipeline)


T = TypeVar("T")


def bounded_batches(
    items: Iterable[T], size: int, max_chars: int, chars: Callable[[T], int]
) -> Iterator[list[T]]:
    """Batches of at most ``size`` items in order, each closed early at the item that
    brings its ``chars`` to ``max_chars`` (so a batch exceeds it by its last item at most)."""
    batch: list[T] = []
    total = 0
    for item in items:
        batch.append(item)
        total += chars(item)
        if len(batch) >= size or total >= max_chars:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


def success_record(article: Article, result: dict[str, Any], what: str) -> Record:
    return {"id": article.id, "source": article.source, "what": what, "result": result}


def error_record(
    *, article_id: str | None, source: str | None, what: str, code: str, message: str
) -> Record:
    return {
        "id": article_id,
        "source": source,
        "what": what,
        "error": {"code": code, "message": message},
    }


def item_chars(item: Item) -> int:
    """The text an item brings to a batch (an ingest failure brings none)."""
    return len(item.text) if isinstance(item, Article) else 0


def _failure(article: Article, exc: Exception, what: str) -> Record:
    if isinstance(exc, ToplineError):
        code, message = exc.code, exc.message
    else:
        code, message = "internal_error", f"{type(exc).__name__}: {exc}"
    return error_record(
        article_id=article.id, source=article.source, what=what, code=code, message=message
    )


def _process_alone(article: Article, options: WorkOptions, nlp: Language | None) -> Record:
    """One article parsed on its own: its own result, or its own error."""
    try:
        (analysis,) = pipeline.analyse_many([article], options.analysis, batch_size=1, nlp=nlp)
        return success_record(article, result_document(analysis, options), options.what)
    except Exception as exc:
        return _failure(article, exc, options.what)


def _process_parsed(article: Article, doc: Doc, options: WorkOptions) -> Record:
    """One parsed article's record: its result, or its own error (never raises)."""
    try:
        analysis = pipeline.analyse_parsed(article, doc, options.analysis)
        return success_record(article, result_document(analysis, options), options.what)
    except Exception as exc:  # one bad article is reported; the rest go on
        return _failure(article, exc, options.what)


def _process_articles(
    articles: Sequence[Article], options: WorkOptions, nlp: Language | None
) -> list[Record]:
    """Records in order, each text parsed once.

    An article in a language topline does not read is refused before parsing (spaCy's
    English pipeline over it is wasted work), and an extractor that raises fails only its
    own article: the documents ``nlp.pipe`` parsed ahead are kept. Restarting the pass after
    every failure re-parsed the rest of the chunk each time, which made a chunk with a few
    foreign or broken articles cost up to three times its parse (issue #19). Only an
    exception from the parse itself (a text over ``nlp.max_length``, met while article
    ``i`` is next, may come from a later one) redoes article ``i`` alone and resumes after it.
    The texts go to ``nlp.pipe`` in batches of :data:`PIPE_CHARS` at most, which bounds the
    parse's working memory whatever the chunk holds.
    """
    nlp = nlp if nlp is not None else get_nlp()
    records: list[Record | None] = [None] * len(articles)
    todo: list[int] = []
    for k, article in enumerate(articles):
        try:
            require_supported(article)
            todo.append(k)
        except ToplineError as exc:
            records[k] = _failure(article, exc, options.what)
    for batch in bounded_batches(
        todo, options.batch_size, PIPE_CHARS, lambda k: item_chars(articles[k])
    ):
        i = 0
        while i < len(batch):
            pairs = ((articles[k].text, k) for k in batch[i:])
            try:
                for doc, k in nlp.pipe(pairs, as_tuples=True, batch_size=len(batch)):
                    records[k] = _process_parsed(articles[k], doc, options)
                    i += 1
            except Exception:  # the parse failed: article i alone, then the pass goes on
                records[batch[i]] = _process_alone(articles[batch[i]], options, nlp)
                i += 1
    return [r for r in records if r is not None]


def _warm_up(nlp: Language, options: WorkOptions) -> None:
    if id(nlp) in _warm:
        return
    _process_articles([article_from_text(WARM_UP_TEXT, source="<warm-up>")], options, nlp)
    _warm[id(nlp)] = len(nlp.vocab)


def _zone(nlp: Language) -> AbstractContextManager[object]:
    """A memory zone once the vocabulary holds :data:`KEEP_LEXEMES` words more than after
    the warm-up; before that, none (the chunk's words are kept)."""
    if len(nlp.vocab) - _warm.get(id(nlp), 0) < KEEP_LEXEMES:
        return nullcontext()
    return nlp.memory_zone()


@contextmanager
def collector_for_chunk() -> Iterator[None]:
    """Within the block, young collections wait for :data:`CHUNK_GC_THRESHOLD` new objects;
    the caller's thresholds come back after it. A collector switched off (threshold 0, or
    ``gc.disable()``) stays off, and a higher threshold set by the caller is kept."""
    old = gc.get_threshold()
    if old[0] == 0 or old[0] >= CHUNK_GC_THRESHOLD:
        yield
        return
    gc.set_threshold(CHUNK_GC_THRESHOLD, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def analyse_articles(
    articles: Sequence[Article], *, batch_size: int = 32, nlp: Language | None = None
) -> list[Analysis]:
    """The analyses of ``articles``, in order, parsed as one chunk (in a memory zone once the
    vocabulary is full: flat memory).

    The unit of ``topline ingest -j``: unlike :func:`process_items`, an article whose
    analysis fails is not turned into a record; the error propagates, as it does when the
    store analyses in its own process.
    """
    nlp = nlp if nlp is not None else get_nlp()
    _warm_up(nlp, WorkOptions())
    analyses: list[Analysis] = []
    with _zone(nlp), collector_for_chunk():
        for batch in bounded_batches(articles, batch_size, PIPE_CHARS, item_chars):
            analyses += pipeline.analyse_many(batch, batch_size=len(batch), nlp=nlp)
    return analyses


def process_items(
    items: Sequence[Item], options: WorkOptions, *, nlp: Language | None = None
) -> list[Record]:
    """One record per item, in input order; ingest failures pass through as error records."""
    nlp = nlp if nlp is not None else get_nlp()
    _warm_up(nlp, options)
    articles = [item for item in items if isinstance(item, Article)]
    with _zone(nlp), collector_for_chunk():
        processed = _process_articles(articles, options, nlp)
    done = iter(processed)
    records: list[Record] = []
    for item in items:
        if isinstance(item, Article):
            records.append(next(done))
        else:
            records.append(
                error_record(
                    article_id=None,
                    source=item.source,
                    what=options.what,
                    code=item.code,
                    message=item.reason,
                )
            )
    return records
