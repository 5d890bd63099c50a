"""A one-entry cache keyed by the argument's identity, for work done once per analysis.

The brief asks many questions of one analysis (a pronoun's credit, each Crucial quote
candidate's sentence) and each question used to rebuild the same index of sentences,
entities or quotations. ``functools.cache`` would hash the argument: an ``Analysis`` is a
frozen dataclass whose hash reads its whole text and every element, and a cache of all of
them would keep every article alive. The analysis being briefed is the only one worth
keeping, so the last argument, compared by identity, is all this remembers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

Arg = TypeVar("Arg")
Result = TypeVar("Result")


class ForLast(Generic[Arg, Result]):
    """``build`` run once for each new argument; called again with the same object (by
    identity), the result of the last call."""

    def __init__(self, build: Callable[[Arg], Result]) -> None:
        self.build = build
        self.__doc__ = build.__doc__
        self._last: tuple[Arg, Result] | None = None

    def __call__(self, arg: Arg) -> Result:
        last = self._last
        if last is not None and last[0] is arg:
            return last[1]
        result = self.build(arg)
        self._last = (arg, result)
        return result

    def forget(self) -> None:
        """Drop the remembered result (tests that count how often ``build`` runs)."""
        self._last = None


def for_last(build: Callable[[Arg], Result]) -> ForLast[Arg, Result]:
    """The decorator form of :class:`ForLast`."""
    return ForLast(build)
