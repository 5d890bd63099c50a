"""topline: grounded, structured news briefs in the Topline format.

    >>> import topline
    >>> brief = topline.brief(text, published="2020-01-16")

Every element of a brief carries spans into the cleaned article text; nothing is invented.

``import topline`` is cheap: the entry points load ``topline.api_python`` (and with it spaCy)
on first use, so the CLI's ``--version``/``--help`` and tools that only need the data model
start fast. They are properties of the module's class rather than module attributes because
``topline.brief`` is also a subpackage: importing ``topline.brief.render`` would otherwise
rebind ``topline.brief`` to that package (the import system sets the attribute on the parent),
and the setter below ignores exactly that.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from typing import Any

try:
    __version__ = version("topline")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.1.0"

__all__ = ["__version__", "analyze_text", "brief", "extract", "parse"]

_ENTRY_POINTS = ("analyze_text", "brief", "extract", "parse")


def _entry_point(name: str) -> property:
    def get(_module: types.ModuleType) -> Callable[..., Any]:
        from topline import api_python

        function: Callable[..., Any] = getattr(api_python, name)
        return function

    def set_(_module: types.ModuleType, value: object) -> None:
        if not isinstance(value, types.ModuleType):  # a subpackage being imported: ignore
            raise AttributeError(f"topline.{name} is read-only")

    return property(get, set_, doc=f"topline.api_python.{name}, imported on first use.")


class _Topline(types.ModuleType):
    analyze_text = _entry_point("analyze_text")
    brief = _entry_point("brief")
    extract = _entry_point("extract")
    parse = _entry_point("parse")


sys.modules[__name__].__class__ = _Topline
