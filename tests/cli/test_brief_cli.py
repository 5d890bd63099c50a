"""``topline brief`` end to end on plain articles of different styles (fixtures written here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from topline.cli import app
from topline.model import Span, join_spans

runner = CliRunner()
ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
STYLES = ["wire-story.txt", "feature.txt", "press-release.txt"]


def brief_json(*args: str, input: str | None = None) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(app, ["brief", *args, "--format", "json"], input=input)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def spans_of(element: dict) -> list[Span]:  # type: ignore[type-arg]
    return [Span(s["start"], s["end"]) for s in element["spans"]]


@pytest.mark.parametrize("name", STYLES)
def test_json_brief_elements_are_the_text_of_their_spans(name: str) -> None:
    doc = brief_json(str(ARTICLES / name))
    text = doc["article"]["text"]
    brief = doc["brief"]
    elements = [brief["topline"], *brief["bullets"]]
    elements += [brief[k] for k in ("crucial_quote", "big_number") if brief[k]]
    for element in elements:
        assert element["text"] == join_spans(text, spans_of(element))


@pytest.mark.parametrize("name", STYLES)
def test_brief_has_a_topline_and_at_least_three_bullets(name: str) -> None:
    brief = brief_json(str(ARTICLES / name))["brief"]
    assert brief["topline"]["text"]
    assert 3 <= len(brief["bullets"]) <= 6
    assert brief["mode"] == "generated"


def test_wire_story_topline_is_its_lead_and_quote_is_verbatim() -> None:
    doc = brief_json(str(ARTICLES / "wire-story.txt"))
    text, brief = doc["article"]["text"], doc["brief"]
    assert "Heavy rain flooded towns across northern Portugal" in brief["topline"]["text"]
    quote = brief["crucial_quote"]
    assert quote is not None
    assert quote["text"] in text
    assert quote["text"][0] in '“"'
    assert quote["text"][-1] in '”"', "the quote keeps its closing mark"
    assert brief["big_number"] is not None


def test_unfilled_sections_are_named_in_markdown(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text(
        "The school board met on Tuesday. It approved a new calendar. "
        "Parents asked about bus routes. The meeting ended early.",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["brief", str(path)])
    assert result.exit_code == 0, result.stderr
    assert "Not supported by the source:" in result.stdout
    assert "Crucial quote" in result.stdout.split("Not supported by the source:")[1]


def test_stdin_with_published_date_is_kept_as_metadata() -> None:
    text = (ARTICLES / "wire-story.txt").read_text(encoding="utf-8")
    doc = brief_json("-", "--published", "2024-10-13", input=text)
    assert doc["article"]["published"] == "2024-10-13"
    assert doc["article"]["source"] == "<stdin>"


def test_bullets_option_caps_the_number_of_bullets() -> None:
    brief = brief_json(str(ARTICLES / "wire-story.txt"), "--bullets", "3")["brief"]
    assert len(brief["bullets"]) == 3


def test_html_format_is_an_escaped_fragment(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text(
        "Officials said the <script>alert(1)</script> tag was found on the site. "
        "The agency said it would review 40 pages. The review starts Monday, officials said. "
        "A report is due in June.",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["brief", str(path), "--format", "html"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith('<article class="topline-brief">')
    assert "<script>" not in result.stdout
    assert "&lt;script&gt;" in result.stdout


@pytest.mark.parametrize("command", ["brief", "extract", "parse"])
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "--format" in result.stdout
