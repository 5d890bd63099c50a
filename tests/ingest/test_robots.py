"""robots.txt policy shared by the library and the API: what an answer means, and the cache."""

from __future__ import annotations

import pytest

from topline.errors import FetchError
from topline.ingest.fetch import default_user_agent
from topline.ingest.robots import (
    RobotsCache,
    Rules,
    load_with,
    parse_robots,
    robots_location,
)

UA = default_user_agent()


class URLForbidden(FetchError):
    """Stands for the API's refusal of a private address (a FetchError it must not swallow)."""


DISALLOW_PRIVATE = b"User-agent: topline\nDisallow: /private\n"


def test_robots_location_is_per_origin_and_drops_credentials() -> None:
    assert robots_location("https://user:pw@News.Example:8443/a/b?q=1") == (
        "https://news.example:8443",
        "https://news.example:8443/robots.txt",
    )


@pytest.mark.parametrize("status", [401, 403, 404, 410, 500, 503])
def test_error_status_means_no_rules(status: int) -> None:
    assert parse_robots("http://x/robots.txt", status, b"User-agent: *\nDisallow: /\n") is None


def test_rules_match_topline_user_agent() -> None:
    rules = parse_robots("http://x/robots.txt", 200, DISALLOW_PRIVATE)
    assert rules is not None
    assert not rules.can_fetch(UA, "http://x/private/page")
    assert rules.can_fetch(UA, "http://x/story")


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("/archive/2020/report.pdf", False),  # Disallow: /*.pdf$ (wildcard, end anchor)
        ("/reports/summary.pdf.html", True),  # $ anchors the end
        ("/archive/2020/report.html", False),  # Disallow: /archive
        ("/archive/news/flood.html", True),  # Allow: /archive/news is the longer match
        ("/story", True),
    ],
)
def test_rfc_9309_wildcards_and_longest_match(path: str, allowed: bool) -> None:
    body = b"User-agent: *\nDisallow: /archive\nAllow: /archive/news\nDisallow: /*.pdf$\n"
    rules = parse_robots("http://x/robots.txt", 200, body)
    assert rules is not None and rules.can_fetch(UA, f"http://x{path}") is allowed


def test_failed_request_means_no_rules_but_kept_errors_propagate() -> None:
    def failing(url: str) -> tuple[int, bytes]:
        raise FetchError("timed out")

    def forbidden(url: str) -> tuple[int, bytes]:
        raise URLForbidden("private address")

    assert load_with(failing)("http://x/robots.txt") is None
    assert load_with(forbidden)("http://x/robots.txt") is None
    with pytest.raises(URLForbidden):
        load_with(forbidden, keep=(URLForbidden,))("http://x/robots.txt")


class _Loads:
    def __init__(self, body: bytes = DISALLOW_PRIVATE) -> None:
        self.body = body
        self.urls: list[str] = []

    def __call__(self, robots_url: str) -> Rules | None:
        self.urls.append(robots_url)
        return parse_robots(robots_url, 200, self.body)


def test_cache_reads_each_origin_once() -> None:
    cache, loads = RobotsCache(), _Loads()
    assert not cache.allows("http://a.example/private", UA, loads)
    assert cache.allows("http://a.example/story", UA, loads)
    assert cache.allows("http://b.example/story", UA, loads)
    assert loads.urls == ["http://a.example/robots.txt", "http://b.example/robots.txt"]


def test_cache_forgets_the_least_recently_used_host_beyond_its_bound() -> None:
    cache, loads = RobotsCache(max_hosts=2), _Loads()
    for host in ("a", "b", "a", "c", "a"):
        cache.allows(f"http://{host}.example/story", UA, loads)
    assert len(cache) == 2
    assert [u.split("//")[1][0] for u in loads.urls] == ["a", "b", "c"]
    cache.allows("http://b.example/story", UA, loads)  # b was evicted: read again
    assert loads.urls[-1] == "http://b.example/robots.txt"


def test_cache_reads_robots_txt_again_after_its_ttl() -> None:
    now = [0.0]
    cache, loads = RobotsCache(ttl=60.0, clock=lambda: now[0]), _Loads()
    cache.allows("http://a.example/story", UA, loads)
    now[0] = 59.0
    cache.allows("http://a.example/story", UA, loads)
    assert len(loads.urls) == 1
    now[0] = 61.0
    cache.allows("http://a.example/story", UA, loads)
    assert len(loads.urls) == 2
