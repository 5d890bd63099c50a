"""JSON Feed 1.0/1.1, content sniffing whatever the file's name, the multi-article message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from topline.cli import app
from topline.ingest import IngestError, load
from topline.ingest.sources import sniff
from topline.model import Article

BODY = (
    "<p>The harbor board voted on Tuesday to ban cruise ships longer than 300 meters from the "
    "old port, starting next spring.</p><p>The ban follows complaints about <a href='/x'>air "
    "pollution and crowding</a> in the historic center, the board said.</p>"
)


def _feed_11() -> dict[str, object]:
    return {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Port Gazette",
        "home_page_url": "https://example.org/",
        "language": "en-GB",
        "items": [
            {
                "id": "1",
                "url": "https://example.org/cruise-ban",
                "title": "Harbor board bans large cruise ships",
                "content_html": BODY,
                "date_published": "2024-05-07T09:30:00+02:00",
                "authors": [{"name": "Ines Moreau"}, {"name": "Tom Baker"}],
            },
            {"id": "2", "title": "Nothing here"},
        ],
    }


def _articles(path: Path) -> list[Article | IngestError]:
    return list(load(str(path)))


def test_a_json_feed_1_1_gives_one_article_per_item(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(_feed_11()))
    first, second = _articles(path)
    assert isinstance(first, Article), first
    assert first.title == "Harbor board bans large cruise ships"
    assert first.url == "https://example.org/cruise-ban"
    assert str(first.published) == "2024-05-07"
    assert first.byline == "Ines Moreau, Tom Baker"
    assert first.outlet == "Port Gazette" and first.language == "en"
    assert first.raw_kind == "jsonfeed"
    assert "air pollution and crowding in the historic center" in first.text
    assert isinstance(second, IngestError) and second.source == f"{path}#2"


def test_a_json_feed_1_0_with_text_content_and_one_author(tmp_path: Path) -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1",
        "title": "Valley Notes",
        "author": {"name": "Feed Owner"},
        "items": [
            {
                "id": "a",
                "content_text": "The library reopened on Monday after a two-year renovation, "
                "the city said. Visitors lined up before dawn.",
                "date_published": "2023-11-20T08:00:00Z",
            }
        ],
    }
    path = tmp_path / "notes.txt"  # the name says text; the bytes say JSON Feed
    path.write_text(json.dumps(feed))
    (article,) = _articles(path)
    assert isinstance(article, Article), article
    assert article.text.startswith("The library reopened on Monday")
    assert article.byline == "Feed Owner" and str(article.published) == "2023-11-20"


RSS = """<?xml version="1.0"?>
<!-- saved by a browser -->
<rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><description>The first story has enough words to be an article on its own.</description></item>
<item><title>Two</title><description>The second story has enough words to be an article on its own.</description></item>
</channel></rss>
"""


@pytest.mark.parametrize("name", ["feed.html", "feed.txt", "feed.json", "feed"])
def test_a_feed_is_a_feed_whatever_its_name(name: str) -> None:
    assert sniff(RSS.encode(), name) == "feed"


def test_an_html_page_that_mentions_a_feed_stays_html() -> None:
    page = b'<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body><p>&lt;rss&gt; is a format.</p></body></html>'
    assert sniff(page, "page.html") == "html"


def test_an_rss_file_named_html_is_read_as_entries(tmp_path: Path) -> None:
    path = tmp_path / "news.html"
    path.write_text(RSS)
    items = _articles(path)
    assert [a.title for a in items if isinstance(a, Article)] == ["One", "Two"]


def test_a_feed_given_to_brief_names_batch_in_its_message(tmp_path: Path) -> None:
    path = tmp_path / "news.xml"
    path.write_text(RSS)
    result = CliRunner().invoke(app, ["brief", str(path)])
    assert result.exit_code == 2
    assert "topline batch" in result.stderr and "brief --batch" in result.stderr
