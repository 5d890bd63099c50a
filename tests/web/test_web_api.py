"""The JSON API: every route, and every error path with the stable error shape."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from topline.analyze import analyze
from topline.brief import make_brief
from topline.ingest import article_from_text
from topline.model import Span, join_spans
from topline.render.brief import render_json
from topline.web import create_app, service

TEN_MB = 10 * 1024 * 1024


def assert_error(response: Any, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    assert "Traceback" not in response.text


def assert_grounded(doc: dict[str, Any]) -> None:
    """Every element's text is its spans' text, joined as the model says."""
    text = doc["article"]["text"]
    brief = doc["brief"]
    elements = [brief["topline"], brief["crucial_quote"], brief["big_number"]]
    elements += brief["bullets"] + brief["key_background"] + brief["extra_sections"]
    for element in filter(None, elements):
        spans = [Span(s["start"], s["end"]) for s in element["spans"]]
        assert join_spans(text, spans) == element["text"]


# --- service ----------------------------------------------------------------------------


def test_healthz_reports_ok_and_the_model_loaded_at_startup(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["model_loaded"] is True


def test_docs_page_loads_swagger_ui_from_the_server_not_a_cdn(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert "https://" not in response.text and "http://" not in response.text
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/swagger/swagger-ui.css").status_code == 200
    assert client.get("/redoc").status_code == 404


def test_openapi_docs_list_every_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/v1/brief",
        "/v1/extract",
        "/v1/parse",
        "/v1/articles",
        "/v1/articles/{article_id}",
        "/v1/search",
        "/v1/stories",
        "/v1/stories/{story_id}",
        "/healthz",
    ):
        assert path in paths
    body = paths["/v1/brief"]["post"]["requestBody"]["content"]
    assert "text" in body["application/json"]["schema"]["properties"]


# --- /v1/brief ---------------------------------------------------------------------------


def test_brief_of_text_is_the_cli_json_document(client: TestClient, article_text: str) -> None:
    response = client.post("/v1/brief", json={"text": article_text, "published": "2024-03-01"})
    assert response.status_code == 200
    doc = response.json()
    article = article_from_text(article_text, source="<text>", published="2024-03-01")
    expected = json.loads(render_json(make_brief(analyze(article)), article))  # the CLI output
    assert doc == expected
    assert "raw" not in doc["article"]
    assert doc["article"]["text"] == article.text
    assert doc["brief"]["topline"]["text"]
    assert_grounded(doc)


def test_brief_of_seed_article_has_topline_and_quote(client: TestClient, seed_text: str) -> None:
    doc = client.post("/v1/brief", json={"text": seed_text}).json()
    assert doc["brief"]["topline"]["text"]
    assert doc["brief"]["crucial_quote"]["text"]
    assert_grounded(doc)


def test_brief_bullets_option_caps_the_bullets(client: TestClient, article_text: str) -> None:
    doc = client.post("/v1/brief", json={"text": article_text, "bullets": 1}).json()
    assert len(doc["brief"]["bullets"]) <= 1


def test_brief_reads_plain_text_body_with_options_in_query(
    client: TestClient, article_text: str
) -> None:
    response = client.post(
        "/v1/brief?bullets=2&published=2024-03-01",
        content=article_text.encode(),
        headers={"content-type": "text/plain; charset=utf-8"},
    )
    assert response.status_code == 200
    doc = response.json()
    assert doc["article"]["published"] == "2024-03-01"
    assert len(doc["brief"]["bullets"]) <= 2


def test_brief_reads_html_in_json(client: TestClient, hostile_html: str) -> None:
    response = client.post("/v1/brief", json={"html": hostile_html})
    assert response.status_code == 200
    doc = response.json()
    assert "Port Authority" in doc["article"]["text"]
    assert "document.body" not in doc["article"]["text"]  # scripts are not article text
    assert doc["article"]["raw_kind"] == "html"
    assert_grounded(doc)


def test_brief_reads_uploaded_text_file(client: TestClient, article_text: str) -> None:
    files = {"file": ("bridge.txt", article_text.encode(), "text/plain")}
    response = client.post("/v1/brief", files=files, data={"bullets": "3"})
    assert response.status_code == 200
    assert response.json()["article"]["source"] == "bridge.txt"
    assert len(response.json()["brief"]["bullets"]) <= 3


def test_brief_reads_uploaded_html_file(client: TestClient, hostile_html: str) -> None:
    files = {"file": ("page.html", hostile_html.encode(), "text/html")}
    response = client.post("/v1/brief", files=files)
    assert response.status_code == 200
    assert "Harbour Bridge" in response.json()["article"]["text"]


def test_brief_reads_url_form_fields(client: TestClient, article_text: str) -> None:
    response = client.post("/v1/brief", data={"text": article_text})
    assert response.status_code == 200


# --- error paths -------------------------------------------------------------------------


def test_empty_body_is_400(client: TestClient) -> None:
    response = client.post("/v1/brief", content=b"", headers={"content-type": "application/json"})
    assert_error(response, 400, "empty_body")


def test_invalid_json_is_400(client: TestClient) -> None:
    response = client.post(
        "/v1/brief", content=b'{"text": "unterminated', headers={"content-type": "application/json"}
    )
    assert_error(response, 400, "invalid_json")


def test_json_that_is_not_an_object_is_422(client: TestClient) -> None:
    assert_error(client.post("/v1/brief", json=["text"]), 422, "invalid_request")


@pytest.mark.parametrize(
    "payload",
    [{}, {"text": "a", "url": "https://example.com/"}, {"txt": "typo"}, {"text": 5}],
)
def test_body_without_exactly_one_input_is_422(client: TestClient, payload: Any) -> None:
    assert_error(client.post("/v1/brief", json=payload), 422, "invalid_request")


@pytest.mark.parametrize("bullets", [0, 7, "many"])
def test_bullets_out_of_range_is_422(client: TestClient, bullets: Any, article_text: str) -> None:
    response = client.post("/v1/brief", json={"text": article_text, "bullets": bullets})
    assert_error(response, 422, "invalid_request")


@pytest.mark.parametrize("published", ["garbage", "2020-13-45", "16/01/2020"])
def test_published_that_is_not_an_iso_date_is_422(
    client: TestClient, published: str, article_text: str
) -> None:
    response = client.post("/v1/brief", json={"text": article_text, "published": published})
    assert_error(response, 422, "invalid_request")
    assert "ISO date" in response.json()["error"]["message"]


@pytest.mark.parametrize(("text", "code"), [("", "empty_input"), (" \n\t ", "empty_input")])
def test_empty_article_text_is_422(client: TestClient, text: str, code: str) -> None:
    assert_error(client.post("/v1/brief", json={"text": text}), 422, code)


def test_binary_upload_is_422(client: TestClient) -> None:
    files = {"file": ("x.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "application/octet-stream")}
    assert_error(client.post("/v1/brief", files=files), 422, "not_text")


def test_ten_megabyte_body_is_413(client: TestClient) -> None:
    response = client.post(
        "/v1/brief", content=b"a" * TEN_MB, headers={"content-type": "text/plain"}
    )
    assert_error(response, 413, "request_too_large")


def test_ten_megabyte_chunked_body_is_413_without_content_length(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"a" * (1024 * 1024)

    response = client.post("/v1/brief", content=chunks(), headers={"content-type": "text/plain"})
    assert_error(response, 413, "request_too_large")


def test_ten_megabyte_upload_is_413(client: TestClient) -> None:
    files = {"file": ("big.txt", b"word " * (TEN_MB // 5), "text/plain")}
    assert_error(client.post("/v1/brief", files=files), 413, "request_too_large")


@pytest.mark.parametrize("content_type", ["application/pdf", "image/png", "application/xml"])
def test_wrong_content_type_is_415(client: TestClient, content_type: str) -> None:
    response = client.post("/v1/brief", content=b"data", headers={"content-type": content_type})
    assert_error(response, 415, "unsupported_media_type")


def test_missing_content_type_is_415(client: TestClient) -> None:
    response = client.post("/v1/brief", content=b"data", headers={"content-type": ""})
    assert_error(response, 415, "unsupported_media_type")


def test_unknown_route_is_404_with_error_shape(client: TestClient) -> None:
    assert_error(client.get("/v1/nothing-here"), 404, "not_found")


def test_wrong_method_is_405_with_error_shape(client: TestClient) -> None:
    assert_error(client.get("/v1/brief"), 405, "method_not_allowed")


def test_slow_request_hits_the_time_limit_with_503(
    monkeypatch: pytest.MonkeyPatch, article_text: str
) -> None:
    def slow(*args: Any) -> dict[str, Any]:
        time.sleep(1.0)
        return {}

    monkeypatch.setattr(service, "brief", slow)
    app = create_app(isolate=False, time_limit=0.1, warm_model=False)
    with TestClient(app, base_url="http://localhost") as c:
        started = time.monotonic()
        response = c.post("/v1/brief", json={"text": article_text})
        assert time.monotonic() - started < 0.9
    assert_error(response, 503, "timeout")
    assert response.headers["retry-after"]


def test_unexpected_exception_is_500_without_traceback(
    monkeypatch: pytest.MonkeyPatch, article_text: str
) -> None:
    def broken(*args: Any) -> dict[str, Any]:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(service, "brief", broken)
    with TestClient(
        create_app(isolate=False, warm_model=False),
        raise_server_exceptions=False,
        base_url="http://localhost",
    ) as c:
        response = c.post("/v1/brief", json={"text": article_text})
    assert_error(response, 500, "internal_error")
    assert "secret internals" not in response.text


def test_cors_is_off_by_default(client: TestClient) -> None:
    response = client.options(
        "/v1/brief",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in response.headers
    response = client.get("/healthz", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers


def test_cors_can_be_enabled_for_named_origins() -> None:
    app = create_app(isolate=False, warm_model=False, cors_origins=("https://newsroom.example",))
    with TestClient(app, base_url="http://localhost") as c:
        response = c.get("/healthz", headers={"Origin": "https://newsroom.example"})
    assert response.headers["access-control-allow-origin"] == "https://newsroom.example"


# --- /v1/extract and /v1/parse ---------------------------------------------------------


def test_extract_returns_spans_into_the_article_text(client: TestClient, article_text: str) -> None:
    response = client.post("/v1/extract", json={"text": article_text})
    assert response.status_code == 200
    doc = response.json()
    assert "raw" not in doc["article"]
    text = doc["article"]["text"]
    assert doc["quotes"], "the test article has a direct quote"
    contents = [text[q["content_span"]["start"] : q["content_span"]["end"]] for q in doc["quotes"]]
    assert any("reopen the bridge" in c for c in contents)
    assert any("Lopez" in text[e["span"]["start"] : e["span"]["end"]] for e in doc["entities"])


def test_extract_errors_use_the_same_shape(client: TestClient) -> None:
    assert_error(client.post("/v1/extract", json={"text": ""}), 422, "empty_input")
    assert_error(
        client.post("/v1/extract", content=b"x", headers={"content-type": "image/gif"}),
        415,
        "unsupported_media_type",
    )


def test_parse_refuses_an_article_not_in_topline_form(
    client: TestClient, article_text: str
) -> None:
    response = client.post("/v1/parse", json={"text": article_text})
    assert_error(response, 422, "extraction_failed")


def test_parse_errors_use_the_same_shape(client: TestClient) -> None:
    response = client.post("/v1/parse", content=b"{", headers={"content-type": "application/json"})
    assert_error(response, 400, "invalid_json")


def test_store_results_keep_field_names_whether_dataclass_or_named_tuple() -> None:
    from typing import NamedTuple

    class Report(NamedTuple):
        added: int
        duplicates: int

    assert service.as_dict(Report(1, 2)) == {"added": 1, "duplicates": 2}
    assert service.as_dict(Span(1, 3)) == {"start": 1, "end": 3}
