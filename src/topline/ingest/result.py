"""What a batch yields for an input that failed: an :class:`IngestFailure` value, not a raise.

Batches (``load``, ``topline read``, ``topline ingest``) report each broken item and go on;
the failure carries the typed error itself, so a single-input command raises exactly that
(:meth:`IngestFailure.raise_error`) and a report shows its code and message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NoReturn

from topline.errors import ToplineError


@dataclass(frozen=True)
class IngestFailure:
    """One input that could not be read (``source`` names it: a file, ``file:line``,
    ``feed#entry`` or a URL) and the error that says why; batches report it and go on."""

    source: str
    error: ToplineError

    @classmethod
    def of(cls, exc: ToplineError, source: str) -> IngestFailure:
        """The failure of ``source``, named by the error itself when it knows better."""
        return cls(source=exc.source or source, error=exc)

    @property
    def reason(self) -> str:
        return self.error.message

    @property
    def code(self) -> str:
        return self.error.code

    def raise_error(self) -> NoReturn:
        raise self.error

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


#: The name batches used before the failure carried its error; the same class.
IngestError = IngestFailure
