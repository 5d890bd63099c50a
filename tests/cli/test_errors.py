"""Bad input: one line on stderr naming the file and the problem, exit code 2, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from topline.cli import app

runner = CliRunner()


def _run(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"   \n\t\n  ", "white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Caf\xe9 au lait \xff\xfe is not UTF-8 text", "UTF-8"),
    ],
)
def test_bad_file_gives_one_line_error_and_exit_2(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = _run("brief", str(path))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(path) in lines[0] and problem in lines[0]
    assert "Traceback" not in result.output


def test_directory_instead_of_file_is_refused(tmp_path: Path) -> None:
    result = _run("brief", str(tmp_path))
    assert result.exit_code == 2
    assert "is a directory" in result.stderr
    assert str(tmp_path) in result.stderr


def test_missing_file_is_refused(tmp_path: Path) -> None:
    result = _run("brief", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_fifty_megabyte_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.write(b"Lorem ipsum dolor sit amet. " * (50 * 1024 * 1024 // 28 + 1))
    result = _run("brief", str(path))
    assert result.exit_code == 2
    assert "limit" in result.stderr and str(path) in result.stderr


def test_empty_stdin_is_refused() -> None:
    result = _run("brief", "-", input=b"")
    assert result.exit_code == 2
    assert "<stdin>" in result.stderr and "empty" in result.stderr


def test_version_prints_the_version() -> None:
    result = _run("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("topline ")
