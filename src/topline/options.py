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

#: Bullets in a brief unless asked otherwise, and the range a caller may ask for.
DEFAULT_BULLETS = 5
MIN_BULLETS = 1
MAX_BULLETS = 6
#: The shortest Topline a caller may ask for (``max_words``), in words.
MIN_WORDS = 5


@dataclass(frozen=True)
class Options:
    """What the caller asks of one run of the pipeline; frozen and picklable (it travels to
    batch workers and Spark executors).

    ``published`` is the publication date that relative dates ("on Tuesday") resolve against;
    it overrides whatever date the source carries.
    """

    bullets: int = DEFAULT_BULLETS
    max_words: int | None = None
    published: datetime.date | None = None
    # Later fields go below, each with a default that keeps today's behaviour:
    # - offsets ("cleaned" | "input"): which text spans index (helper "offsets", issue #16);
    # - model: the spaCy pipeline to load (issue #16).

    def __post_init__(self) -> None:
        if not MIN_BULLETS <= self.bullets <= MAX_BULLETS:
            raise InputError(f"bullets must be between {MIN_BULLETS} and {MAX_BULLETS}")
        if self.max_words is not None and self.max_words < MIN_WORDS:
            raise InputError(f"max_words must be at least {MIN_WORDS}")


DEFAULTS = Options()
