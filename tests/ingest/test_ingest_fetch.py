"""URLs: fetched from a local server only, within timeouts, redirect and size caps."""

from __future__ import annotations

import time
from typing import Any

import pytest

from topline.errors import FetchError
from topline.ingest import IngestFailure, load, read_source
from topline.ingest.fetch import USER_AGENT_TOKEN
from topline.model import Article

SHORT: dict[str, Any] = {"timeout": 1.0}


def _one(source: str, **options: object) -> Article | IngestFailure:
    items = list(load(source, **{**SHORT, **options}))
    assert len(items) == 1
    return items[0]


def test_url_is_fetched_as_html_with_a_polite_user_agent(server: Any) -> None:
    article = _one(f"{server.base}/article")
    assert isinstance(article, Article)
    assert article.raw_kind == "html" and article.title.startswith("Harbor City")  # type: ignore[union-attr]
    assert article.url == f"{server.base}/article"
    assert article.canonical_url == "https://ledger.example.org/news/ferry-line"
    assert server.user_agents and all(
        ua.startswith(USER_AGENT_TOKEN + "/") for ua in server.user_agents
    )


def test_url_content_type_decides_feed_and_text(server: Any) -> None:
    feed_item = _one(f"{server.base}/feed")
    assert isinstance(feed_item, Article) and feed_item.raw_kind == "rss"
    text_item = _one(f"{server.base}/text")
    assert isinstance(text_item, Article) and text_item.text.startswith("Plain news")


def test_robots_txt_is_respected_unless_turned_off(server: Any) -> None:
    refused = _one(f"{server.base}/private")
    assert isinstance(refused, IngestFailure) and "robots.txt" in refused.reason
    assert refused.code == "robots_disallowed"
    assert isinstance(_one(f"{server.base}/private", respect_robots=False), Article)


def test_404_is_one_error_naming_the_url(server: Any) -> None:
    url = f"{server.base}/missing"
    item = _one(url)
    assert isinstance(item, IngestFailure)
    assert item.source == url and item.reason == "HTTP 404 Not Found"


def test_slow_server_times_out_quickly(server: Any) -> None:
    start = time.monotonic()
    item = _one(f"{server.base}/slow", timeout=0.5)
    assert isinstance(item, IngestFailure) and "timed out" in item.reason
    assert time.monotonic() - start < 2.5


def test_redirect_loop_stops_at_the_cap(server: Any) -> None:
    item = _one(f"{server.base}/loop", max_redirects=3)
    assert isinstance(item, IngestFailure) and "more than 3 redirects" in item.reason


def test_hundred_megabyte_stream_stops_at_the_size_cap(server: Any) -> None:
    cap = 2 * 1024 * 1024
    item = _one(f"{server.base}/huge", max_bytes=cap)
    assert isinstance(item, IngestFailure) and item.code == "too_large"
    assert "2,097,152-byte limit" in item.reason
    deadline = time.monotonic() + 5
    while not server.huge_bytes_sent and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.huge_bytes_sent and server.huge_bytes_sent[-1] < 50 * 1024 * 1024


def test_declared_huge_response_is_refused_before_download(server: Any) -> None:
    item = _one(f"{server.base}/declared-huge", max_bytes=1024 * 1024)
    assert isinstance(item, IngestFailure) and "declares 104,857,600 bytes" in item.reason


def test_urls_can_be_turned_off_and_read_source_raises(server: Any) -> None:
    item = _one(f"{server.base}/article", fetch_urls=False)
    assert isinstance(item, IngestFailure) and "turned off" in item.reason
    with pytest.raises(FetchError, match="404"):
        read_source(f"{server.base}/missing")


def test_a_batch_goes_on_after_failed_urls(server: Any) -> None:
    items = [
        i
        for src in (f"{server.base}/missing", f"{server.base}/article")
        for i in load(src, **SHORT)
    ]
    assert [type(i) for i in items] == [IngestFailure, Article]


def test_feed_of_summaries_follows_links_when_asked(server: Any) -> None:
    plain = list(load(f"{server.base}/teasers", **SHORT))
    assert [a.text for a in plain if isinstance(a, Article)][
        0
    ] == "The council approved a ferry line."
    followed = list(load(f"{server.base}/teasers", follow_links=True, **SHORT))
    first, second = followed
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text.startswith("The Harbor City council voted 7-2")
    assert first.title == "Ferry line approved" and first.url == f"{server.base}/article"
    assert first.source == f"{server.base}/teasers#1" and first.byline == "Maria Okafor"
    assert second.text == "This story has moved, the editors said on Monday."  # 404: summary kept


def test_cli_read_and_brief_take_urls(server: Any) -> None:
    from typer.testing import CliRunner

    from topline.cli import app

    runner = CliRunner()
    result = runner.invoke(
        app, ["read", f"{server.base}/missing", f"{server.base}/article", "--timeout", "2"]
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"topline: error: {server.base}/missing: HTTP 404 Not Found",
        "1 ok, 1 failed",
    ]
    brief = runner.invoke(app, ["brief", f"{server.base}/article"])
    assert brief.exit_code == 0, brief.stderr
    assert "Harbor City" in brief.stdout
