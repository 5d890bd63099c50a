"""``--only`` / ``--skip`` select extractors in every shell (issue #16): the CLI (``extract``
and ``batch --what extract``), the Python API and ``POST /v1/extract``. An unknown name, or a
skipped extractor that another one that runs needs, is exit 2 / InputError / 422 naming it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import topline
from topline.analyze.registry import NAMES
from topline.cli import app
from topline.cli._common import ONLY_OPTION
from topline.errors import InputError
from topline.options import Options, extractor_names
from topline.web import create_app

runner = CliRunner()
ARTICLE = (
    "Harbour bridge closes\n\n"
    "The Port Authority closed the Harbour Bridge on Monday after engineers found cracks in "
    'two supports, officials said. "We will not take risks with 12,000 drivers a day," said '
    "Maria Lopez, the chief engineer.\n"
)


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _lengths(document: dict[str, Any]) -> dict[str, int]:
    return {k: len(v) for k, v in document.items() if isinstance(v, list)}


def test_extract_only_runs_those_extractors_and_what_they_need(article: Path) -> None:
    everything = runner.invoke(app, ["extract", str(article)])
    only = runner.invoke(app, ["extract", str(article), "--only", "quotes"])
    assert everything.exit_code == 0 and only.exit_code == 0, only.output
    full, quotes = _lengths(json.loads(everything.stdout)), _lengths(json.loads(only.stdout))
    assert full["timexes"] and full["quantities"] and full["events"]
    assert quotes["quotes"] == full["quotes"] > 0
    assert quotes["clusters"] == full["clusters"] > 0  # quotes need the entity clusters
    assert quotes["timexes"] == quotes["quantities"] == quotes["events"] == 0


def test_extract_skip_leaves_those_fields_empty(article: Path) -> None:
    result = runner.invoke(app, ["extract", str(article), "--skip", "timexes,quantities,events"])
    assert result.exit_code == 0, result.output
    found = _lengths(json.loads(result.stdout))
    assert found["quotes"] and found["entities"]
    assert found["timexes"] == found["quantities"] == found["events"] == 0


@pytest.mark.parametrize(
    ("flags", "named"),
    [
        (["--only", "quotes,bogus"], "unknown extractor bogus"),
        (["--skip", "timexes"], "extractor timexes is skipped but quantities, events need it"),
        (["--only", "events", "--skip", "timexes"], "timexes is skipped but events needs it"),
        (["--only", "quotes", "--skip", "quotes"], "quotes is both in only and in skip"),
    ],
)
def test_a_wrong_selection_is_exit_2_with_one_line_naming_it(
    article: Path, flags: list[str], named: str
) -> None:
    result = runner.invoke(app, ["extract", str(article), *flags])
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("topline: error: ") and named in line


def test_batch_extract_takes_only_and_refuses_it_for_briefs(article: Path) -> None:
    result = runner.invoke(app, ["batch", str(article), "--what", "extract", "--only", "quotes"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    found = _lengths(record["result"])
    assert found["quotes"] and found["timexes"] == 0
    refused = runner.invoke(app, ["batch", str(article), "--only", "quotes"])
    assert refused.exit_code == 2
    assert "--what extract" in refused.stderr
    bogus = runner.invoke(app, ["batch", str(article), "--what", "extract", "--skip", "bogus"])
    assert bogus.exit_code == 2 and "bogus" in bogus.stderr


def test_the_help_names_every_registered_extractor() -> None:
    help_text = str(ONLY_OPTION.help)
    assert extractor_names(help_text.split("Names:")[1].rstrip(".")) == NAMES


def test_python_api_extract_only_and_skip() -> None:
    quotes = topline.extract(ARTICLE, only="quotes")
    assert quotes.quotes and not quotes.timexes and not quotes.events
    assert topline.extract(ARTICLE, only=["quotes"]) == quotes
    skipped = topline.extract(ARTICLE, skip=("events",))
    assert skipped.timexes and not skipped.events
    with pytest.raises(InputError, match="unknown extractor bogus"):
        topline.extract(ARTICLE, skip=["bogus"])
    with pytest.raises(InputError, match="entities is skipped"):
        topline.extract(ARTICLE, skip="entities")
    with pytest.raises(InputError, match="what='extract'"):
        topline.document(ARTICLE, only="quotes")


def test_options_refuse_a_name_in_both_only_and_skip() -> None:
    with pytest.raises(InputError, match="both"):
        Options(only=("quotes",), skip=("quotes",))


def test_post_extract_only_and_skip() -> None:
    app_ = create_app(isolate=False, warm_model=False)
    with TestClient(app_, base_url="http://localhost") as c:
        only = c.post("/v1/extract", json={"text": ARTICLE, "only": ["quotes"]})
        assert only.status_code == 200, only.text
        found = _lengths(only.json())
        assert found["quotes"] and found["timexes"] == found["events"] == 0
        as_text = c.post(
            "/v1/extract?skip=events", content=ARTICLE, headers={"content-type": "text/plain"}
        )
        assert as_text.status_code == 200, as_text.text
        assert not as_text.json()["events"] and as_text.json()["timexes"]
        for body, named in (
            ({"text": ARTICLE, "skip": ["timexes"]}, "timexes"),
            ({"text": ARTICLE, "only": "bogus"}, "bogus"),
        ):
            refused = c.post("/v1/extract", json=body)
            assert refused.status_code == 422, refused.text
            assert named in refused.json()["error"]["message"]
        brief = c.post("/v1/brief", json={"text": ARTICLE, "only": ["quotes"]})
        assert brief.status_code == 422
        assert brief.json()["error"]["code"] == "invalid_request"
        assert "only" in brief.json()["error"]["message"]
