"""The shipped JSON Schemas (docs/schema/*.json) are current and real outputs validate; the
OpenAPI document types every response from the same schemas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from topline.cli import app as cli
from topline.schema import DOCUMENTS, json_schema
from topline.web import create_app

REPO = Path(__file__).resolve().parents[2]
SCHEMAS = REPO / "docs" / "schema"
EXAMPLES = REPO / "examples"


def _validate(name: str, document: Any) -> None:
    schema = json.loads((SCHEMAS / f"{name}.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(document)


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_shipped_schema_files_are_current(name: str) -> None:
    shipped = json.loads((SCHEMAS / f"{name}.json").read_text())
    generated = json.loads(json.dumps(json_schema(name)))
    assert shipped == generated, "run: python -m topline.schema docs/schema"


@pytest.mark.parametrize("example", ["plain-article.txt", "topline-form.txt"])
def test_cli_briefs_and_extractions_validate(example: str) -> None:
    path = str(EXAMPLES / example)
    brief = CliRunner().invoke(cli, ["brief", path, "--format", "json"])
    assert brief.exit_code == 0, brief.output
    _validate("brief", json.loads(brief.stdout))
    extraction = CliRunner().invoke(cli, ["extract", path, "--format", "json"])
    _validate("extraction", json.loads(extraction.stdout))
    _validate("article", json.loads(extraction.stdout)["article"])


def test_a_broken_document_is_rejected() -> None:
    brief = json.loads(
        CliRunner()
        .invoke(cli, ["parse", str(EXAMPLES / "topline-form.txt"), "--format", "json"])
        .stdout
    )
    _validate("brief", brief)
    brief["brief"]["topline"]["spans"][0].pop("end")
    with pytest.raises(jsonschema.ValidationError):
        _validate("brief", brief)


def test_api_story_and_error_documents_validate(tmp_path: Path) -> None:
    with TestClient(
        create_app(db=str(tmp_path / "news.db"), warm_model=False), base_url="http://localhost"
    ) as client:
        for example in ("plain-article.txt", "topline-form.txt"):
            text = (EXAMPLES / example).read_text()
            assert client.post("/v1/articles", json={"text": text}).status_code == 201
        stories = client.get("/v1/stories").json()["stories"]
        story = client.get(f"/v1/stories/{stories[0]['id']}")
        assert story.status_code == 200
        _validate("story", story.json())
        missing = client.get("/v1/stories/s-nothing")
        assert missing.status_code == 404
        _validate("error", missing.json())


def test_openapi_types_every_response() -> None:
    with TestClient(create_app(warm_model=False), base_url="http://localhost") as client:
        document = client.get("/openapi.json").json()
    components = document["components"]["schemas"]
    assert {"Article", "Brief", "Analysis", "Story", "Error"} <= set(components)
    responses = document["paths"]["/v1/brief"]["post"]["responses"]
    assert responses["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/BriefDocument"
    }
    assert responses["422"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Error"
    }
    extract = document["paths"]["/v1/extract"]["post"]["responses"]["200"]
    assert extract["content"]["application/json"]["schema"]["$ref"].endswith("/Analysis")
