"""What a batch yields for an input that failed: an :class:`IngestError` item, not an exception.

Batches (``load``, ``topline read``, ``topline ingest``) report each broken item and go on;
:func:`as_exception` turns an item back into the typed error for single-input commands.
"""

from __future__ import annotations

from dataclasses import dataclass

from topline import errors
from topline.errors import ToplineError
from topline.ingest.text import scrub


@dataclass(frozen=True)
class IngestError:
    """One input that could not be read; batches report it and go on."""

    source: str
    reason: str
    code: str = "bad_input"
    #: The article's id when it was read but failed later (analysis, brief, store).
    article_id: str | None = None

    def __post_init__(self) -> None:
        # file names can hold lone surrogates (undecodable bytes); nothing downstream encodes them
        object.__setattr__(self, "source", scrub(self.source))
        object.__setattr__(self, "reason", scrub(self.reason))

    @classmethod
    def of(cls, exc: ToplineError, source: str) -> IngestError:
        return cls(source=exc.source or source, reason=exc.message, code=exc.code)

    @classmethod
    def unexpected(cls, exc: BaseException, source: str) -> IngestError:
        """An exception no reader expected, as this item's one-line error (code ``internal_error``)."""
        first = str(exc).splitlines()[0][:200] if str(exc) else ""
        reason = f"unexpected {type(exc).__name__}" + (f": {first}" if first else "")
        return cls(source=source, reason=reason, code=errors.ItemFailed.code)

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def _error_classes() -> dict[str, type[ToplineError]]:
    found: dict[str, type[ToplineError]] = {}
    for name in dir(errors):
        obj = getattr(errors, name)
        if isinstance(obj, type) and issubclass(obj, ToplineError):
            found.setdefault(obj.code, obj)
    return found


def as_exception(item: IngestError) -> ToplineError:
    """The typed error an IngestError stands for (same code, message and source)."""
    cls = _error_classes().get(item.code, errors.InputError)
    return cls(item.reason, source=item.source)
