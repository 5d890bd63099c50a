"""Shared fixtures.

Tests that read ``../shared`` (the seed article) skip with a reason when it is absent, except
under ``TOPLINE_REQUIRE_SHARED=1`` (set by ``.ci/run``), where its absence is a failure.
Tests that need the ``bench`` extra (not in ``dev``) skip likewise, except under
``TOPLINE_REQUIRE_BENCH=1``.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "examples" / "seed-article.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _require_shared(path: Path) -> Path:
    if path.exists():
        return path
    if os.environ.get("TOPLINE_REQUIRE_SHARED") == "1":
        pytest.fail(f"{path} is missing, and TOPLINE_REQUIRE_SHARED=1 makes that a failure")
    pytest.skip(f"{path} is absent (the shared folder sits beside the checkout only in CI and dev)")


def _import_bench(module: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError:
        if os.environ.get("TOPLINE_REQUIRE_BENCH") == "1":
            pytest.fail(f"{module} is missing, and TOPLINE_REQUIRE_BENCH=1 makes that a failure")
        pytest.skip(f"{module} is not installed (pip install -e '.[bench]')")


@pytest.fixture(scope="session")
def require_bench() -> Callable[[str], ModuleType]:
    """Import a module of the ``bench`` extra, or skip (fail under TOPLINE_REQUIRE_BENCH=1)."""
    return _import_bench


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return _require_shared(SEED)


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES
