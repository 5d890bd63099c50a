"""``topline read``: JSONL on stdout, one line per failure and a summary on stderr, exit code."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from topline.cli import app

runner = CliRunner()
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
TEXT = "The museum will reopen on Saturday after a two-year renovation, its director said.\n"


def test_read_prints_jsonl_without_raw_and_exits_0(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["read", str(tmp_path / "a.txt"), str(FIXTURES / "article.html")])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["raw_kind"] for r in records] == ["text", "html"]
    assert all("raw" not in r for r in records)
    assert records[1]["byline"] == "Maria Okafor"
    assert result.stderr.strip() == "2 ok, 0 failed"


def test_read_reports_each_failure_and_exits_2(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text(
        '{"text": "ok line with some words"}\n{oops\n', encoding="utf-8"
    )
    (tmp_path / "blob.bin").write_bytes(b"\x00\x01\x02binary" * 20)
    result = runner.invoke(app, ["read", str(tmp_path)])
    assert result.exit_code == 2
    errors = result.stderr.strip().splitlines()
    assert errors[-1] == "2 ok, 2 failed"
    assert f"topline: error: {tmp_path / 'bad.jsonl'}:2: line 2 is not valid JSON" in errors[0]
    assert errors[1].startswith(f"topline: error: {tmp_path / 'blob.bin'}: binary")
    assert len(result.stdout.splitlines()) == 2


def test_read_field_options_and_json_and_md_formats(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"story": TEXT, "hed": "Museum"}) + "\n", encoding="utf-8")
    as_json = runner.invoke(
        app,
        ["read", str(path), "--text-field", "story", "--title-field", "hed", "--format", "json"],
    )
    assert as_json.exit_code == 0
    (record,) = json.loads(as_json.stdout)
    assert record["title"] == "Museum" and record["text"] == TEXT.strip()
    as_md = runner.invoke(
        app, ["read", str(path), "--text-field", "story", "--title-field", "hed", "-f", "md"]
    )
    assert as_md.stdout.startswith("# Museum\n")


def test_brief_reads_an_html_page(tmp_path: Path) -> None:
    result = runner.invoke(app, ["brief", str(FIXTURES / "article.html"), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert "ferry" in result.stdout


def test_a_record_stays_one_line_whatever_line_separators_its_text_holds(tmp_path: Path) -> None:
    """NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are valid inside a JSON string, but
    ``str.splitlines`` and many JSONL readers end a line there: they are written escaped."""
    record = {"title": "Storm\u0085update", "text": TEXT.strip() + "\u2028Roads\u2029closed."}
    source = tmp_path / "odd.jsonl"
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["read", str(source)])
    assert result.exit_code == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["title"] == "Storm\u0085update"
