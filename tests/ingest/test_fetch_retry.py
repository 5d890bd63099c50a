"""URL fetches retry transient failures (503, refused connections) with backoff; not others."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from topline.errors import FetchError
from topline.ingest import fetch as fetch_module
from topline.ingest.fetch import Fetcher, FetchSettings

URL = "https://news.example/story"
PAGE = b"<html><body><p>The bridge reopened on Friday.</p></body></html>"


@pytest.fixture(autouse=True)
def _no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch_module, "RETRY_WAIT", 0.0)


def _fetcher(answers: list[Callable[[httpx.Request], httpx.Response]]) -> tuple[Fetcher, list[str]]:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return answers[min(len(calls), len(answers)) - 1](request)

    fetcher = Fetcher(FetchSettings(respect_robots=False))
    fetcher._http = httpx.Client(transport=httpx.MockTransport(handler))
    return fetcher, calls


def _status(code: int) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(code, content=PAGE if code == 200 else b"busy")


def _refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def test_a_503_then_a_page_gives_the_page() -> None:
    fetcher, calls = _fetcher([_status(503), _status(503), _status(200)])
    assert fetcher.fetch(URL).content == PAGE
    assert len(calls) == 3


def test_a_refused_connection_is_retried() -> None:
    fetcher, calls = _fetcher([_refused, _status(200)])
    assert fetcher.fetch(URL).content == PAGE
    assert len(calls) == 2


def test_a_lasting_503_fails_after_the_last_attempt_naming_the_status() -> None:
    fetcher, calls = _fetcher([_status(503)])
    with pytest.raises(FetchError, match="HTTP 503"):
        fetcher.fetch(URL)
    assert len(calls) == fetch_module.RETRY_ATTEMPTS


def test_a_lasting_refusal_fails_with_the_connection_error() -> None:
    fetcher, calls = _fetcher([_refused])
    with pytest.raises(FetchError, match="ConnectError"):
        fetcher.fetch(URL)
    assert len(calls) == fetch_module.RETRY_ATTEMPTS


def test_a_404_is_not_retried() -> None:
    fetcher, calls = _fetcher([_status(404)])
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher.fetch(URL)
    assert len(calls) == 1
