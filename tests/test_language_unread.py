"""A text in Latin letters whose language has no stop list here (Welsh, Irish, Basque …) is
refused, not briefed as English; English box scores, tables, lists and short texts are not.

The texts are our own writing, kept in ``benchmarks/data/language_own.jsonl`` (the language
benchmark prints their shares beside the benchmark corpora's)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from topline.analyze.language import detect, detect_text, require_supported
from topline.cli import app
from topline.errors import UnsupportedLanguage
from topline.ingest import article_from_text

OWN = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "language_own.jsonl"
ROWS = [json.loads(line) for line in OWN.read_text(encoding="utf-8").splitlines() if line]
FOREIGN = {r["language"]: r["text"] for r in ROWS if r["language"] != "en"}
ENGLISH = {r["kind"]: r["text"] for r in ROWS if r["language"] == "en"}


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_a_language_without_a_stop_list_is_not_english(code: str) -> None:
    article = article_from_text(FOREIGN[code])
    assert detect(article).language != "en"
    with pytest.raises(UnsupportedLanguage, match="few of its words are English"):
        require_supported(article)


def test_a_declared_english_page_in_welsh_is_still_refused() -> None:
    from dataclasses import replace

    article = replace(article_from_text(FOREIGN["cy"]), language="en-GB")
    with pytest.raises(UnsupportedLanguage):
        require_supported(article)


@pytest.mark.parametrize("kind", sorted(ENGLISH))
def test_english_with_few_function_words_is_still_english(kind: str) -> None:
    article = article_from_text(ENGLISH[kind])
    assert detect_text(article.text).language in ("en", None)
    require_supported(article)  # no refusal


def test_the_cli_refuses_welsh_with_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "pont.txt"
    path.write_text(FOREIGN["cy"], encoding="utf-8")
    result = CliRunner().invoke(app, ["brief", str(path)])
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert "a language other than English" in line and "--language en" in line
