"""URL input honours robots.txt like ``topline read``: a disallowed page is a 403 in the API's
JSON error shape, a missing or failing robots.txt allows every page, and the robots.txt request
itself goes through the same SSRF checks as the page."""

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
STORY = b"Plain text story about the harbour ferry, which the council approved on Monday. " * 5


def _robots(text: str, status: int = 200) -> Page:
    return (status, {"Content-Type": "text/plain"}, text.encode())


def _story() -> Page:
    return (200, {"Content-Type": "text/plain"}, STORY)


@pytest.fixture()
def open_client() -> Iterator[TestClient]:
    """An app whose operator allowed private URLs, so the loopback test sites can be reached."""
    with TestClient(
        create_app(isolate=False, allow_private_urls=True, warm_model=False),
        base_url="http://localhost",
    ) as c:
        yield c


def test_page_disallowed_by_robots_txt_is_403_json_and_never_requested(
    open_client: TestClient, make_site: Callable[[dict[str, Page]], Site]
) -> None:
    site = make_site(
        {"/robots.txt": _robots("User-agent: topline\nDisallow: /private\n"), "/private": _story()}
    )
    response = open_client.post("/v1/brief", json={"url": f"{site.base}/private"})
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["code"] == "robots_disallowed"
    assert f"robots.txt of {site.host} disallows fetching this page" in error["message"]
    assert site.requested == ["/robots.txt"]


def test_page_allowed_by_robots_txt_is_fetched(
    open_client: TestClient, make_site: Callable[[dict[str, Page]], Site]
) -> None:
    site = make_site(
        {"/robots.txt": _robots("User-agent: topline\nDisallow: /private\n"), "/story": _story()}
    )
    response = open_client.post("/v1/brief", json={"url": f"{site.base}/story"})
    assert response.status_code == 200, response.text
    assert response.json()["article"]["text"].startswith("Plain text story")
    assert site.requested == ["/robots.txt", "/story"]


def test_rules_for_other_robots_do_not_apply(
    open_client: TestClient, make_site: Callable[[dict[str, Page]], Site]
) -> None:
    site = make_site(
        {"/robots.txt": _robots("User-agent: otherbot\nDisallow: /\n"), "/story": _story()}
    )
    assert open_client.post("/v1/brief", json={"url": f"{site.base}/story"}).status_code == 200


def test_rules_for_every_robot_apply(
    open_client: TestClient, make_site: Callable[[dict[str, Page]], Site]
) -> None:
    site = make_site({"/robots.txt": _robots("User-agent: *\nDisallow: /\n"), "/story": _story()})
    assert open_client.post("/v1/extract", json={"url": f"{site.base}/story"}).status_code == 403


@pytest.mark.parametrize("status", [404, 410, 500, 503])
def test_robots_txt_answering_an_error_status_allows_every_page(
    open_client: TestClient, make_site: Callable[[dict[str, Page]], Site], status: int
) -> None:
    site = make_site(
        {"/robots.txt": _robots("User-agent: *\nDisallow: /\n", status), "/story": _story()}
    )
    response = open_client.post("/v1/brief", json={"url": f"{site.base}/story"})
    assert response.status_code == 200, response.text
    assert site.requested == ["/robots.txt", "/story"]


def test_robots_txt_is_read_once_per_host_for_the_apps_lifetime(
    open_client: TestClient, make_site: Callable[[dict[str, Page]], Site]
) -> None:
    site = make_site(
        {"/robots.txt": _robots("User-agent: *\nDisallow: /private\n"), "/story": _story()}
    )
    for path in ("/story", "/private", "/story"):
        open_client.post("/v1/brief", json={"url": f"{site.base}{path}"})
    assert len(open_client.app.state.settings.robots) == 1  # type: ignore[attr-defined]
    assert site.requested.count("/robots.txt") == 1
    assert site.requested.count("/story") == 2 and "/private" not in site.requested


def test_redirect_to_another_site_asks_that_sites_robots_txt(
    open_client: TestClient, make_site: Callable[[dict[str, Page]], Site]
) -> None:
    target = make_site({"/robots.txt": _robots("User-agent: *\nDisallow: /\n"), "/story": _story()})
    hop = make_site({"/go": (302, {"Location": f"{target.base}/story"}, b"")})
    response = open_client.post("/v1/brief", json={"url": f"{hop.base}/go"})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "robots_disallowed"
    assert target.requested == ["/robots.txt"]


def test_robots_txt_redirecting_to_a_private_address_is_not_fetched(
    make_site: Callable[[dict[str, Page]], Site], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = fetch_module.is_public
    monkeypatch.setattr(fetch_module, "is_public", lambda a: a == LOOPBACK or real(a))
    site = make_site(
        {
            "/robots.txt": (302, {"Location": "http://169.254.169.254/robots.txt"}, b""),
            "/story": _story(),
        }
    )
    with TestClient(
        create_app(isolate=False, warm_model=False), base_url="http://localhost"
    ) as client:
        response = client.post("/v1/brief", json={"url": f"{site.base}/story"})
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["code"] == "url_forbidden" and "169.254.169.254" in error["message"]
    assert site.requested == ["/robots.txt"]


def test_robots_txt_request_is_checked_at_connect_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # The page's check, the robots.txt check, then the robots.txt connection, rebound.
    answers = iter([[PUBLIC], [PUBLIC], [LOOPBACK]])
    monkeypatch.setattr(fetch_module, "resolve", lambda host, port: next(answers))
    with pytest.raises(URLForbidden, match="127.0.0.1"):
        fetch_module.fetch("http://news.example/story", robots=fetch_module.RobotsCache())
