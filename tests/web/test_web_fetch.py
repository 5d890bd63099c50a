"""URL input: private, loopback and link-local addresses are refused unless the operator allows
them (no SSRF), including after a redirect and after a DNS answer changes (rebinding)."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest
from fastapi.testclient import TestClient

from topline.web import create_app
from topline.web import fetch as fetch_module
from topline.web.errors import URLForbidden

if TYPE_CHECKING:  # the local web site of tests/web/conftest.py
    from conftest import Page, Site

PUBLIC = ipaddress.ip_address("93.184.216.34")
LOOPBACK = ipaddress.ip_address("127.0.0.1")


@pytest.fixture()
def site(hostile_html: str, make_site: Callable[[dict[str, Page]], Site]) -> str:
    """A web server on the loopback interface, standing in for a news site."""
    return make_site(
        {
            "/story.html": (200, {"Content-Type": "text/html"}, hostile_html.encode()),
            "/story.txt": (200, {"Content-Type": "text/plain"}, b"Plain text story. " * 20),
            "/to-metadata": (302, {"Location": "http://169.254.169.254/latest/meta-data"}, b""),
            "/huge.html": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * (6 * 1024 * 1024)),
        }
    ).base


@pytest.fixture()
def open_client() -> Iterator[TestClient]:
    """An app whose operator allowed private URLs."""
    with TestClient(
        create_app(isolate=False, allow_private_urls=True, warm_model=False),
        base_url="http://localhost",
    ) as c:
        yield c


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "0.0.0.0",
        "100.64.0.1",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "224.0.0.1",
    ],
)
def test_non_public_addresses_are_not_public(address: str) -> None:
    assert not fetch_module.is_public(ipaddress.ip_address(address))


def test_public_address_is_public() -> None:
    assert fetch_module.is_public(PUBLIC)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8000/admin",
        "http://10.0.0.5/",
        "http://192.168.1.1/router",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "https://127.1/",
    ],
)
def test_url_to_private_address_is_refused_with_403(client: TestClient, url: str) -> None:
    response = client.post("/v1/brief", json={"url": url})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "url_forbidden"


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://x", "http://"]
)
def test_url_that_is_not_http_is_422(client: TestClient, url: str) -> None:
    response = client.post("/v1/brief", json={"url": url})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "bad_input"


def test_loopback_site_is_refused_by_default(client: TestClient, site: str) -> None:
    response = client.post("/v1/brief", json={"url": f"{site}/story.html"})
    assert response.status_code == 403


def test_redirect_to_link_local_address_is_refused(
    client: TestClient, site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = fetch_module.is_public
    monkeypatch.setattr(fetch_module, "is_public", lambda a: a == LOOPBACK or real(a))
    response = client.post("/v1/brief", json={"url": f"{site}/to-metadata"})
    assert response.status_code == 403
    assert "169.254.169.254" in response.json()["error"]["message"]


def test_dns_rebinding_is_caught_at_connect_time(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter([[PUBLIC], [LOOPBACK]])
    monkeypatch.setattr(fetch_module, "resolve", lambda host, port: next(answers))
    with pytest.raises(URLForbidden, match="127.0.0.1"):
        fetch_module.fetch("http://news.example/story", respect_robots=False)


def test_operator_can_allow_private_urls(open_client: TestClient, site: str) -> None:
    response = open_client.post("/v1/brief", json={"url": f"{site}/story.html"})
    assert response.status_code == 200, response.text
    doc = response.json()
    assert doc["article"]["url"] == f"{site}/story.html"
    assert "Harbour Bridge" in doc["article"]["text"]


def test_url_serving_plain_text_is_read_as_text(open_client: TestClient, site: str) -> None:
    response = open_client.post("/v1/brief", json={"url": f"{site}/story.txt"})
    assert response.status_code == 200
    assert response.json()["article"]["text"].startswith("Plain text story.")


def test_url_answering_404_is_502(open_client: TestClient, site: str) -> None:
    response = open_client.post("/v1/brief", json={"url": f"{site}/missing"})
    assert response.status_code == 502
    assert response.json()["error"]["code"] == "fetch_failed"


def test_url_that_refuses_connections_is_502(open_client: TestClient) -> None:
    response = open_client.post("/v1/brief", json={"url": "http://127.0.0.1:9/"})
    assert response.status_code == 502


def test_page_over_the_size_limit_is_413(open_client: TestClient, site: str) -> None:
    response = open_client.post("/v1/brief", json={"url": f"{site}/huge.html"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"
