"""Measure another checkout's code in-process (``--src <checkout>/src``).

Why a module of its own: a script that compares main with a branch on the same articles must
load every ``topline`` module from one checkout. Putting ``src`` first on ``sys.path`` is not
enough once a helper of ``benchmarks/`` (``brief_read``) puts its own checkout's ``src``
first on import; importing the ``topline`` package right away pins it, since its submodules
are then found through the package's own path. This module imports nothing of ``topline``
itself, so a script may import it before choosing the checkout.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

#: The checkout this file belongs to.
ROOT = Path(__file__).resolve().parents[1]


def src_parser(description: str) -> argparse.ArgumentParser:
    """An argument parser with ``--src`` (a checkout's ``src``; default this checkout's)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="a checkout's src")
    return parser


def use_src(src: Path) -> None:
    """Load ``topline`` from ``src`` for the rest of the process, and keep this checkout's
    ``benchmarks`` importable after it."""
    sys.path.insert(0, str(src.resolve()))
    importlib.import_module("topline")
    sys.path.insert(1, str(ROOT))
