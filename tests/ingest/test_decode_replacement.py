"""Mostly-valid UTF-8 decodes as UTF-8 with the bad bytes replaced and a warning naming them;
legacy text still reads as its code page; bytes that are not text are refused. No mojibake."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from topline.cli import app
from topline.errors import NotText
from topline.ingest.text import ReplacedBytesWarning, decode

BROKEN = "Le café était fermé.".encode() + b"\xc3\x28"


def test_one_truncated_character_is_replaced_not_turned_into_mojibake() -> None:
    with pytest.warns(ReplacedBytesWarning, match=r"cafe\.txt: 1 invalid UTF-8 byte .* offset 23"):
        text = decode(BROKEN, source="cafe.txt")
    assert text == "Le café était fermé.\ufffd("


def test_the_warning_names_the_first_offsets_and_counts_the_rest() -> None:
    data = "Ça va — très bien. ".encode() * 20 + b"\xff" * 7  # 23 bytes * 20 = 460
    with pytest.warns(
        ReplacedBytesWarning, match=r"7 invalid .* offsets 460, 461, 462, 463, 464 and 2 more"
    ):
        text = decode(data)
    assert text.endswith("\ufffd" * 7) and "Ça va — très bien." in text


def test_legacy_text_is_still_read_in_its_code_page() -> None:
    data = "Café au lait, naïve façade, São Paulo, déjà vu.".encode("cp1252")
    assert decode(data) == "Café au lait, naïve façade, São Paulo, déjà vu."


def test_binary_bytes_are_refused() -> None:
    with pytest.raises(NotText):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + "café".encode() * 20)


def test_the_cli_reads_it_with_one_warning_line_and_exit_0(tmp_path: Path) -> None:
    path = tmp_path / "cafe.txt"
    head = "The mayor said the café was closed all week. ".encode() * 3
    path.write_bytes(head + BROKEN)
    result = CliRunner().invoke(app, ["read", str(path), "--format", "md"])
    assert result.exit_code == 0, result.output
    assert "Le café était fermé.\ufffd(" in result.stdout
    warning = [line for line in result.stderr.splitlines() if "warning" in line]
    assert warning == [
        f"topline: warning: {path}: 1 invalid UTF-8 byte replaced by U+FFFD at byte offset {len(head) + 23}"
    ]
