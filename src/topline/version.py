"""The installed version, in a module of its own so that any module can name it without
importing the package's public API (``topline/__init__`` loads the whole pipeline)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("topline")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.1.0"
