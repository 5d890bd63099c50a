"""What a batch yields for an input that failed: an :class:`IngestFailure` value, not a raise.

Batches (``load``, ``topline read``, ``topline ingest``) report each broken item and go on;
the failure carries the typed error itself, so a single-input command raises exactly that
(:meth:`IngestFailure.raise_error`) and a report shows its code and message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NoReturn

from topline.errors import ItemFailed, ToplineError
from topline.ingest.text import scrub


@dataclass(frozen=True)
class IngestFailure:
    """One input that could not be read (``source`` names it: a file, ``file:line``,
    ``feed#entry`` or a URL) and the error that says why; batches report it and go on."""

    source: str
    error: ToplineError
    #: The article's id when it was read but failed later (analysis, brief, store).
    article_id: str | None = None

    def __post_init__(self) -> None:
        # file names can hold lone surrogates (undecodable bytes); nothing downstream encodes
        # them, so the source and the carried error's text are scrubbed (same length).
        object.__setattr__(self, "source", scrub(self.source))
        _scrub_error(self.error)

    @classmethod
    def of(cls, exc: ToplineError, source: str) -> IngestFailure:
        """The failure of ``source``, named by the error itself when it knows better."""
        return cls(source=exc.source or source, error=exc)

    @classmethod
    def unexpected(cls, exc: BaseException, source: str) -> IngestFailure:
        """An exception no reader expected, as this item's one-line error (code ``internal_error``)."""
        first = str(exc).splitlines()[0][:200] if str(exc) else ""
        reason = f"unexpected {type(exc).__name__}" + (f": {first}" if first else "")
        return cls(source=source, error=ItemFailed(reason, source=source))

    @property
    def reason(self) -> str:
        return scrub(self.error.message)

    @property
    def code(self) -> str:
        return self.error.code

    def raise_error(self) -> NoReturn:
        raise self.error

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def _scrub_error(error: ToplineError) -> None:
    """``error``'s message and source without lone surrogates, in place (the error belongs
    to this failure), so that reports, JSON and a re-raise can all be encoded as UTF-8."""
    message, source = scrub(error.message), scrub(error.source) if error.source else None
    if (message, source) != (error.message, error.source):
        error.message, error.source = message, source
        error.args = (f"{source}: {message}" if source else message,)


#: The name batches used before the failure carried its error; the same class.
IngestError = IngestFailure
