"""The one options object of the pipeline (:mod:`topline.pipeline`), and its defaults.

Every shell (CLI, HTTP API, batch, Spark, the Python API, ``topline show``) builds an
:class:`Options` and hands it to the pipeline, so an option exists everywhere or nowhere.
This module imports nothing heavy: the web request models and the CLI read its defaults
without loading spaCy.

To add an option: add a field here (with a default that keeps today's behaviour), check it in
``__post_init__``, read it where the pipeline uses it (:mod:`topline.pipeline`), then expose it
in each shell (a CLI option, a field of ``topline.web.requests.ArticleRequest``, a keyword of
:mod:`topline.api_python`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from topline.errors import InputError
from topline.model import Offsets

#: Bullets in a brief unless asked otherwise, and the range a caller may ask for.
DEFAULT_BULLETS = 5
MIN_BULLETS = 1
MAX_BULLETS = 6
#: The shortest Topline a caller may ask for (``max_words``), in words.
MIN_WORDS = 5
#: The texts spans may index (:data:`topline.model.Offsets`).
OFFSETS: tuple[Offsets, ...] = ("clean", "input")


@dataclass(frozen=True)
class Options:
    """What the caller asks of one run of the pipeline; frozen and picklable (it travels to
    batch workers and Spark executors).

    ``published`` is the publication date that relative dates ("on Tuesday") resolve against;
    it overrides whatever date the source carries. ``offsets`` is the text the spans of a
    document index: ``"clean"``, the article's cleaned text, or ``"input"``, the text the
    caller passed (:mod:`topline.offsets`). ``only`` / ``skip`` name extractors of
    :mod:`topline.analyze.registry` to run (with what they need) or to leave out; the fields
    of the others stay empty. The names are checked where the registry is loaded
    (:func:`topline.pipeline.check_extractors`), so this module stays free of spaCy.
    """

    bullets: int = DEFAULT_BULLETS
    max_words: int | None = None
    published: datetime.date | None = None
    offsets: Offsets = "clean"
    only: tuple[str, ...] = ()
    skip: tuple[str, ...] = ()
    # Later fields go below, each with a default that keeps today's behaviour:
    # - model: the spaCy pipeline to load (issue #16).

    def __post_init__(self) -> None:
        if not MIN_BULLETS <= self.bullets <= MAX_BULLETS:
            raise InputError(f"bullets must be between {MIN_BULLETS} and {MAX_BULLETS}")
        if self.max_words is not None and self.max_words < MIN_WORDS:
            raise InputError(f"max_words must be at least {MIN_WORDS}")
        if self.offsets not in OFFSETS:
            raise InputError(f"offsets must be one of {', '.join(OFFSETS)}, not {self.offsets!r}")
        for field in ("only", "skip"):
            names = getattr(self, field)
            if not isinstance(names, tuple) or not all(isinstance(n, str) and n for n in names):
                raise InputError(f"{field} must be a tuple of extractor names")
        both = sorted(set(self.only) & set(self.skip))
        if both:
            raise InputError(f"extractor {', '.join(both)} is both in only and in skip")


def extractor_names(value: str | None) -> tuple[str, ...]:
    """``"quotes, timexes"`` → ``("quotes", "timexes")``: how the shells read a list of
    extractor names (a CLI option, a form field, a query parameter)."""
    return tuple(name.strip() for name in (value or "").split(",") if name.strip())


DEFAULTS = Options()
