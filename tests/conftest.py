"""Shared fixtures.

Tests that read ``../shared`` (the seed article) skip with a reason when it is absent, except
under ``TOPLINE_REQUIRE_SHARED=1`` (set by ``.ci/run``), where its absence is a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

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


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return _require_shared(SEED)


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES
