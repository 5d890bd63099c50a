"""The server against a hostile page and a flood of work (issue #15.7-11)."""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import psutil
import pytest
from fastapi.testclient import TestClient

from faults.inputs import GOOD
from topline.errors import FetchError
from topline.web import create_app, service
from topline.web import fetch as fetch_module
from topline.web.addresses import is_public
from topline.web.errors import Busy, TimeLimit
from topline.web.isolation import AnalysisPool
from topline.web.settings import Settings

LOCAL = "http://localhost"


def _client(**kwargs: Any) -> TestClient:
    return TestClient(create_app(isolate=False, warm_model=False, **kwargs), base_url=LOCAL)


# --- Host allow-list (#15.9) -----------------------------------------------------------------


@pytest.mark.parametrize("host", ["localhost:8000", "127.0.0.1:8000", "[::1]:8000", "LOCALHOST"])
def test_loopback_host_names_are_answered(host: str) -> None:
    with _client() as c:
        assert c.get("/healthz", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.nip.io", ""])
def test_other_host_names_are_refused(host: str) -> None:
    with _client() as c:
        response = c.get("/v1/search?q=x", headers={"host": host})
    assert response.status_code == 421
    assert response.json()["error"]["code"] == "host_not_allowed"


def test_the_host_allow_list_is_configurable() -> None:
    with _client(allowed_hosts=("news.internal",)) as c:
        assert c.get("/healthz", headers={"host": "news.internal:80"}).status_code == 200
        assert c.get("/healthz", headers={"host": "localhost"}).status_code == 421


# --- cross-origin writes (#15.10) --------------------------------------------------------------


def test_a_text_plain_post_to_the_store_is_refused() -> None:
    with _client(store_factory=_NoStore) as c:
        response = c.post(
            "/v1/articles", content=GOOD[0].encode(), headers={"content-type": "text/plain"}
        )
    assert response.status_code == 415


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "https://evil.example"},
        {"origin": "null"},
        {"origin": "http://localhost:9999"},
        {"sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "same-site"},
    ],
)
def test_cross_origin_writes_are_refused(headers: dict[str, str]) -> None:
    with _client(store_factory=_NoStore) as c:
        for path, body in (("/v1/articles", {"text": GOOD[0]}), ("/v1/brief", {"text": GOOD[0]})):
            response = c.post(path, json=body, headers=headers)
            assert response.status_code == 403, response.text
            assert response.json()["error"]["code"] == "cross_origin"
        response = c.post(
            "/v1/articles", content=GOOD[0], headers={**headers, "content-type": "text/plain"}
        )
        assert response.status_code == 403


def test_same_origin_and_allowed_origins_may_write() -> None:
    with _client(cors_origins=("https://newsroom.example",)) as c:
        for origin in ("http://localhost", "https://newsroom.example"):
            response = c.post("/v1/parse", json={"text": "Nothing"}, headers={"origin": origin})
            assert response.status_code == 422  # reached the route: not in Topline form
        response = c.post(
            "/v1/parse", json={"text": "x"}, headers={"sec-fetch-site": "same-origin"}
        )
        assert response.status_code == 422


class _NoStore:
    """A store that must never be reached."""

    def __enter__(self) -> Any:
        raise AssertionError("the store was reached")

    def __exit__(self, *exc: Any) -> None:
        return None


# --- address ranges (#15.11) ------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "192.0.0.8",  # IETF protocol assignments, beyond its first /29
        "192.0.0.255",
        "192.0.0.170",
        "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
        "64:ff9b::808:808",  # NAT64 of a public address: the well-known prefix is refused whole
        "64:ff9b:1::1",  # local-use NAT64
        "2002:7f00:1::",  # 6to4 of 127.0.0.1
        "2002:c0a8:101::1",  # 6to4 of 192.168.1.1
        "2001:0:4136:e378:8000:63bf:3fff:fdd2",  # Teredo
        "::7f00:1",  # IPv4-compatible 127.0.0.1
        "::808:808",  # IPv4-compatible (deprecated) of a public address
        "::ffff:127.0.0.1",  # IPv4-mapped loopback
        "::ffff:169.254.169.254",  # IPv4-mapped cloud metadata
        "100.64.0.1",
        "198.18.0.1",
        "192.88.99.1",
        "240.0.0.1",
        "255.255.255.255",
        "224.0.0.1",
        "3fff::1",
        "5f00::1",
        "fec0::1",
        "fd00::1",
        "fe80::1",
        "ff02::1",
        "100::1",
        "2001:db8::1",
        "::",
        "::1",
        "0.0.0.0",
    ],
)
def test_special_purpose_addresses_are_not_public(address: str) -> None:
    assert not is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "address", ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1"]
)
def test_public_addresses_stay_public(address: str) -> None:
    assert is_public(ipaddress.ip_address(address))


# --- URL fetches have a total deadline (#15.7) ------------------------------------------------


@pytest.fixture()
def dripping_site() -> Iterator[str]:
    """A local server that sends a page one byte every 0.2 s, for ever (each read is quick)."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("content-type", "text/plain")
            self.end_headers()
            try:
                for _ in range(300):
                    self.wfile.write(b"a")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                return

        def log_message(self, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/page"
    server.shutdown()
    server.server_close()


def test_a_slow_drip_fetch_stops_at_the_total_deadline(
    dripping_site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch_module, "FETCH_DEADLINE", 1.0)
    started = time.monotonic()
    with pytest.raises(FetchError, match="limit"):
        fetch_module.fetch_page(dripping_site, allow_private=True, respect_robots=False)
    assert time.monotonic() - started < 3.0


# --- analyses are stopped at the deadline, at most N run (#15.7) --------------------------------


def sleepy(seconds: float, settings: Settings) -> float:
    """A job for the pool (module-level, so it travels by pickle)."""
    time.sleep(seconds)
    return seconds


def test_a_timed_out_analysis_is_killed_and_its_worker_replaced() -> None:
    pool = AnalysisPool(1, warm=False)
    settings = Settings(time_limit=1.0)
    try:
        assert pool.run(sleepy, (0.0,), settings, time.monotonic() + 30) == 0.0
        (first,) = pool.pids()
        started = time.monotonic()
        with pytest.raises(TimeLimit):
            pool.run(sleepy, (60.0,), settings, time.monotonic() + 1.0)
        assert time.monotonic() - started < 5
        assert not psutil.pid_exists(first) or psutil.Process(first).status() == "zombie"
        assert pool.run(sleepy, (0.0,), settings, time.monotonic() + 30) == 0.0
        assert pool.pids() and pool.pids()[0] != first
    finally:
        pool.close()


def test_at_most_n_analyses_run_and_the_others_are_refused_busy() -> None:
    pool = AnalysisPool(2, warm=False)
    settings = Settings(time_limit=3.0)
    outcomes: list[tuple[str, float]] = []
    alive: list[int] = []

    def one() -> None:
        started = time.monotonic()
        try:
            pool.run(sleepy, (1.5,), settings, time.monotonic() + 1.0)
            outcome = "done"
        except TimeLimit:
            outcome = "timeout"
        except Busy:
            outcome = "busy"
        outcomes.append((outcome, time.monotonic() - started))

    try:
        pool.start()
        threads = [threading.Thread(target=one) for _ in range(5)]
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):
            alive.append(len(pool.pids()))
            time.sleep(0.05)
        for t in threads:
            t.join()
    finally:
        pool.close()
    assert max(alive) <= 2  # never more workers than the pool's size
    kinds = [kind for kind, _ in outcomes]
    assert "done" not in kinds and kinds.count("timeout") >= 2  # both running ones stopped
    assert any(kind == "busy" and took < 0.5 for kind, took in outcomes)  # refused at once
    assert all(took < 4.0 for _, took in outcomes)


# --- reads never queue behind briefs; one store per thread (#15.8) -------------------------------


def test_searches_answer_while_briefs_hold_every_analysis_slot(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[int] = []

    class Store:
        def __enter__(self) -> Store:
            return self

        def __exit__(self, *exc: Any) -> None:
            return None

        def search(self, query: str, *, limit: int = 20) -> list[Any]:
            return []

    def factory() -> Store:
        opened.append(1)
        return Store()

    def slow_brief(*args: Any) -> dict[str, Any]:
        time.sleep(3.0)
        return {}

    monkeypatch.setattr(service, "brief", slow_brief)
    with _client(store_factory=factory, workers=2) as c:
        briefs = [
            threading.Thread(target=c.post, args=("/v1/brief",), kwargs={"json": {"text": "x"}})
            for _ in range(4)
        ]
        for t in briefs:
            t.start()
        time.sleep(0.3)
        started = time.monotonic()
        for _ in range(5):
            assert c.get("/v1/search", params={"q": "council"}).status_code == 200
        waited = time.monotonic() - started
        for t in briefs:
            t.join()
    assert waited < 1.5
    assert len(opened) <= 2  # reused by the thread, not opened per request


# --- bad input through the API (#15.1, #15.2) -------------------------------------------------------


def test_the_api_answers_lone_surrogates_and_too_long_texts_without_500() -> None:
    with _client() as c:
        body = '{"text": "' + GOOD[0] + ' \\ud800", "published": "2020-01-01"}'
        response = c.post("/v1/extract", content=body, headers={"content-type": "application/json"})
        assert response.status_code == 200, response.text
        response = c.post("/v1/extract", json={"text": "Word. " * 200_000})
        assert response.status_code == 413
        assert response.json()["error"]["code"] == "too_long"


def test_serve_allow_host_adds_to_the_loopback_names(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from topline.cli import app as cli

    seen: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda target, **kw: seen.append(target))
    result = CliRunner().invoke(cli, ["serve", "--allow-host", "news.internal", "--analyses", "3"])
    assert result.exit_code == 0, result.output
    settings = seen[0].state.settings
    assert settings.allowed_hosts == ("localhost", "127.0.0.1", "[::1]", "news.internal")
    assert settings.workers == 3


def test_a_deeply_nested_json_body_is_a_400_not_a_500() -> None:
    with _client() as c:
        for body in (b"[" * 100_000, b'{"text": ' + b"[" * 100_000):
            response = c.post(
                "/v1/extract", content=body, headers={"content-type": "application/json"}
            )
            assert response.status_code == 400, response.text
            assert response.json()["error"]["code"] == "invalid_json"
