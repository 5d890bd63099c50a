"""One pipeline: the CLI, the HTTP API, batch and the Python API give the same document.

Each shell gets the same article and the same options (a publication date, three bullets, a
short Topline); the documents must be equal, except where they say where the article was
read from (``source``: a file path, ``<text>``, ``<input>``).
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import topline
from topline import pipeline
from topline.cli import app
from topline.errors import InputError, StoreError
from topline.model import to_json
from topline.options import Options
from topline.render.documents import brief_document
from topline.scale.batch import BatchOptions, run_batch
from topline.store import Store
from topline.web import create_app

ARTICLE = (
    "Ferry service to the outer islands halted after engine failure\n\n"
    "The regional ferry operator suspended all sailings to the outer islands on Monday after "
    "the engine of its largest vessel failed during a crossing, the operator said.\n\n"
    '"Nobody was hurt, but we will not sail until the engine has been inspected," said Tom '
    "Berg, the operator's safety director, at a news conference on Monday.\n\n"
    "About 1,200 passengers use the route each day, according to harbour figures. A "
    "replacement vessel is expected to arrive from the mainland on Thursday.\n\n"
    "The operator last suspended the route in 2019, when a storm damaged the island pier."
)
PUBLISHED = "2024-05-06"
BULLETS = 3
MAX_WORDS = 9

runner = CliRunner()


def _without_source(document: dict[str, Any]) -> dict[str, Any]:
    article = {k: v for k, v in document["article"].items() if k != "source"}
    return {**document, "article": article}


@pytest.fixture(scope="module")
def article_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pipeline") / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def cli_document(article_file: Path) -> dict[str, Any]:
    result = runner.invoke(
        app,
        [
            "brief",
            str(article_file),
            "--format",
            "json",
            "--published",
            PUBLISHED,
            "--bullets",
            str(BULLETS),
            "--max-words",
            str(MAX_WORDS),
        ],
    )
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def test_options_reach_the_brief(cli_document: dict[str, Any]) -> None:
    brief = cli_document["brief"]
    assert 1 <= len(brief["bullets"]) <= BULLETS
    assert len(brief["topline"]["text"].split()) <= MAX_WORDS
    assert cli_document["article"]["published"] == PUBLISHED


def test_http_api_gives_the_cli_document(cli_document: dict[str, Any]) -> None:
    body = {"text": ARTICLE, "published": PUBLISHED, "bullets": BULLETS, "max_words": MAX_WORDS}
    with TestClient(create_app(warm_model=False), base_url="http://localhost") as client:
        response = client.post("/v1/brief", json=body)
    assert response.status_code == 200, response.text
    assert _without_source(response.json()) == _without_source(cli_document)


def test_batch_gives_the_cli_document(
    cli_document: dict[str, Any], article_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    options = BatchOptions(
        jobs=1,
        max_bullets=BULLETS,
        max_words=MAX_WORDS,
        published=datetime.date.fromisoformat(PUBLISHED),
        resume=False,
    )
    run_batch([str(article_file)], out, options)
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["result"] == cli_document


def test_python_api_gives_the_cli_brief(cli_document: dict[str, Any]) -> None:
    brief = topline.brief(ARTICLE, published=PUBLISHED, bullets=BULLETS, max_words=MAX_WORDS)
    assert brief.text is not None and brief.text == cli_document["article"]["text"]
    assert json.loads(to_json(brief_document(brief)["brief"])) == cli_document["brief"]


def test_show_json_and_get_article_are_one_document(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with pipeline.open_store(db) as store:
        store.add([pipeline.read_text(ARTICLE)])
        (article_id,) = [r[0] for r in store.conn.execute("SELECT id FROM articles")]
    shown = runner.invoke(app, ["show", article_id, "--db", str(db), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    with TestClient(
        create_app(db=str(db), warm_model=False), base_url="http://localhost"
    ) as client:
        response = client.get(f"/v1/articles/{article_id}")
    assert response.status_code == 200, response.text
    assert response.json() == json.loads(shown.stdout)
    document = response.json()
    assert set(document) == {
        "brief",
        "article",
        "extractions",
        "story_id",
        "original_id",
        "copies",
        "copies_total",
    }
    assert document["brief"]["topline"]["text"]
    assert document["extractions"]["quotes"]


def test_story_json_and_get_story_are_one_document(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with pipeline.open_store(db) as store:
        store.add([pipeline.read_text(ARTICLE, Options(published=datetime.date(2024, 5, 6)))])
        (story_id,) = [s.id for s in store.stories()]
    shown = runner.invoke(app, ["story", story_id, "--db", str(db), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    with TestClient(
        create_app(db=str(db), warm_model=False), base_url="http://localhost"
    ) as client:
        response = client.get(f"/v1/stories/{story_id}")
    assert response.status_code == 200, response.text
    document = json.loads(shown.stdout)
    assert response.json() == document
    assert document["story"]["id"] == story_id
    assert [a["published"] for a in document["articles"]] == ["2024-05-06"]


def test_store_opened_without_an_analyser_refuses_to_analyse(tmp_path: Path) -> None:
    with Store(tmp_path / "bare.db") as store:
        with pytest.raises(StoreError, match="without an analyser"):
            store.add([pipeline.read_text(ARTICLE)])
        article = pipeline.read_text(ARTICLE)
        assert store.add([article], analyze=False).added == 1
        assert store.get_analysis(article.id) is None
        assert store.get_brief(article.id) is None


def test_options_refuse_out_of_range_values() -> None:
    with pytest.raises(InputError, match="bullets"):
        Options(bullets=9)
    with pytest.raises(InputError, match="max_words"):
        Options(max_words=2)


def test_the_store_imports_neither_analysis_nor_briefing() -> None:
    """The store is persistence: it is handed an analyser and a briefer."""
    import ast

    store_dir = Path(topline.__file__).parent / "store"
    imported: set[str] = set()
    for path in store_dir.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    assert imported  # the walk saw the store's imports
    assert not {m for m in imported if m.startswith(("topline.analyze", "topline.brief"))}
