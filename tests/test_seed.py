"""The seed article (a scraped Forbes Topline piece) end to end: cleaning, metadata, parsing."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from topline.cli import app
from topline.ingest import article_from_text
from topline.model import Article, join_pieces, join_spans

pytestmark = pytest.mark.shared

TITLE = "U.S. And Iraq Reportedly Restart ISIS Counterterrorism Efforts"


@pytest.fixture(scope="module")
def article(seed_path: Path) -> Article:
    return article_from_text(seed_path.read_bytes(), source=str(seed_path))


@pytest.fixture(scope="module")
def brief_json(seed_path: Path) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["brief", str(seed_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def _seed_line(seed_text: str, label: str) -> str:
    match = re.search(rf"^{label}:\s*(.+)$", seed_text, re.MULTILINE)
    assert match, label
    return match.group(1).strip()


def test_cleaned_seed_has_no_breadcrumb_or_title_lines(article: Article) -> None:
    assert "Home Global News" not in article.text
    assert TITLE not in article.text
    assert article.text.startswith("Topline:")
    assert article.title == TITLE
    assert "NewsCred" not in article.text and "legal@" not in article.text


def test_seed_metadata_comes_from_the_syndication_footer(article: Article) -> None:
    assert (article.byline, article.outlet, article.licensor) == (
        "Lisette Voytko",
        "Forbes",
        "NewsCred",
    )
    reasons = [r.reason for r in article.removed]
    assert reasons.count("breadcrumb") == 1 and "syndication footer" in reasons


def test_brief_of_seed_is_parsed_not_generated(brief_json: dict[str, Any], seed_text: str) -> None:
    brief = brief_json["brief"]
    assert brief["mode"] == "parsed"
    assert brief["topline"]["text"] == _seed_line(seed_text, "Topline")


def test_markdown_brief_says_the_seed_is_already_in_topline_form(seed_path: Path) -> None:
    result = CliRunner().invoke(app, ["brief", str(seed_path)])
    assert result.exit_code == 0
    assert "already in Topline form" in result.stdout
    assert (
        "**Big number:** 3,000 — additional U.S. troops deployed to the Middle East"
        in result.stdout
    )


def test_seed_bullets_are_the_seeds_own_bullets(brief_json: dict[str, Any], seed_text: str) -> None:
    seed_bullets = [
        line.strip()[1:].strip() for line in seed_text.splitlines() if line.strip().startswith("•")
    ]
    assert [b["text"] for b in brief_json["brief"]["bullets"]] == seed_bullets
    text = brief_json["article"]["text"]
    for bullet in brief_json["brief"]["bullets"]:
        spans = [(s["start"], s["end"]) for s in bullet["spans"]]
        assert bullet["text"] == join_pieces(text[a:b] for a, b in spans)


def test_seed_crucial_quote_is_abdul_mahdis_with_full_name(brief_json: dict[str, Any]) -> None:
    quote = brief_json["brief"]["crucial_quote"]
    assert quote["text"] == "“ISIS has begun to reorganize and plan invasions and attacks,”"
    assert quote["speaker"]["name"] == "Adel Abdul-Mahdi"
    assert quote["cue"] == "said"
    assert quote["context"] == "in a speech to his cabinet Wednesday"
    text = brief_json["article"]["text"]
    span = quote["speaker"]["span"]
    assert text[span["start"] : span["end"]] == "Abdul-Mahdi"


def test_seed_big_number_counts_deployed_troops(brief_json: dict[str, Any]) -> None:
    number = brief_json["brief"]["big_number"]
    assert number["value"] == 3000
    assert number["counts"] == "additional U.S. troops deployed to the Middle East"
    text = brief_json["article"]["text"]
    spans = [(s["start"], s["end"]) for s in number["spans"]]
    assert text[spans[0][0] : spans[0][1]] == "3,000"
    assert " ".join(text[a:b] for a, b in spans[1:]) == number["counts"]


def test_seed_bullet_attributions_name_outlets_and_officials(brief_json: dict[str, Any]) -> None:
    sources = [b["attribution"] for b in brief_json["brief"]["bullets"] if b["attribution"]]
    names = " | ".join(s["name"] for s in sources)
    for outlet in ("New York Times", "Associated Press", "CNN"):
        assert outlet in names
    officials = [s for s in sources if "officials" in s["name"]]
    assert officials and officials[0]["kind"] == "unnamed"


def test_seed_parse_command_spans_are_grounded(seed_path: Path, article: Article) -> None:
    result = CliRunner().invoke(app, ["parse", str(seed_path)])
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)["brief"]
    elements = [brief["topline"], brief["crucial_quote"], brief["big_number"], *brief["bullets"]]
    elements += brief["key_background"]
    for element in elements:
        spans = [_span(s) for s in element["spans"]]
        assert element["text"] == join_spans(article.text, spans)


def _span(data: dict[str, int]) -> Any:
    from topline.model import Span

    return Span(data["start"], data["end"])


def test_python_api_input_offsets_index_the_seed_as_given(seed_text: str) -> None:
    """The README's promise on the seed: ``text[span.start:span.end]`` is the Topline's source."""
    import topline
    from topline.offsets import same_text

    brief = topline.brief(seed_text, published="2020-01-16", offsets="input")
    assert brief.offsets == "input" and brief.text == seed_text
    assert brief.topline is not None
    span = brief.topline.spans[0]
    assert seed_text[span.start : span.end].startswith("The U.S. and Iraq have reportedly resumed")
    for bullet in brief.bullets:
        shown = join_pieces(seed_text[s.start : s.end] for s in bullet.spans)
        assert same_text(shown, bullet.text)
