from __future__ import annotations

from pathlib import Path

from topline.cli.reference import render_reference

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_cli_reference_in_docs_is_current() -> None:
    expected = render_reference()
    assert "## topline brief" in expected
    assert DOC.read_text(encoding="utf-8") == expected, (
        "docs/cli.md is stale: run python -m topline.cli.reference > docs/cli.md"
    )
