"""``--offsets input``: the spans of ``topline brief|extract|parse`` index the file as given."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from topline.cli import app
from topline.offsets import same_text

runner = CliRunner()

GIVEN = (
    "Council Votes To Close Three Schools\r\n\r\n"
    "The city council voted on Tuesday to close three\u00a0schools, officials\r\n"
    "said after a long meeting. About 1,200 pupils will move to new buildings\r\n"
    "in September, the council said in a statement.\r\n\r\n"
    "“This is a hard day for our families,” Mayor Ana Ruiz said at the meeting.\r\n"
)


def _json(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def _given(tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "article.txt"
    path.write_bytes(GIVEN.encode("utf-8"))
    return str(path), path.read_bytes().decode("utf-8")


def test_brief_with_input_offsets_indexes_the_file_as_given(tmp_path: Path) -> None:
    path, given = _given(tmp_path)
    doc = _json("brief", path, "--format", "json", "--offsets", "input")
    assert doc["input"] == given and doc["brief"]["offsets"] == "input"
    topline = doc["brief"]["topline"]
    span = topline["spans"][0]
    assert given[span["start"] : span["end"]].startswith("The city council voted")
    assert same_text(given[span["start"] : span["end"]], topline["text"])
    clean = _json("brief", path, "--format", "json")
    assert "input" not in clean and clean["brief"]["offsets"] == "clean"
    clean_span = clean["brief"]["topline"]["spans"][0]
    assert clean_span != span  # the title line and CRLFs moved every offset


def test_extract_with_input_offsets_indexes_the_file_as_given(tmp_path: Path) -> None:
    path, given = _given(tmp_path)
    doc = _json("extract", path, "--offsets", "input", "--published", "2021-03-03")
    clean = _json("extract", path, "--published", "2021-03-03")
    assert doc["input"] == given and doc["offsets"] == "input"
    for got, was in zip(doc["timexes"], clean["timexes"], strict=True):
        text = clean["article"]["text"][was["span"]["start"] : was["span"]["end"]]
        assert given[got["span"]["start"] : got["span"]["end"]] == text


def test_unknown_offsets_value_is_a_usage_error(tmp_path: Path) -> None:
    path, _ = _given(tmp_path)
    result = runner.invoke(app, ["brief", path, "--offsets", "raw"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
