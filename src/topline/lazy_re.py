"""Regular expressions compiled on first use, for patterns that only some inputs reach.

Why: a pattern compiled at import is paid by every process that imports its module, used or
not; topline's modules compile ≈ 70 ms of patterns at import, most of a one-article
``topline brief``'s own start-up after spaCy (issue #19). Patterns that every article runs
stay compiled at import (first use would pay the same, later); a pattern that only rare
input needs (an article already in Topline form, a byline line) is declared with
:func:`lazy` and compiled the first time it is called for.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable


def lazy(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """``NAME = lazy(r"...")`` at module level, ``NAME().search(text)`` where it is used:
    compiled on the first call, the same compiled pattern on every later one."""

    @functools.cache
    def compiled() -> re.Pattern[str]:
        return re.compile(pattern, flags)

    return compiled
