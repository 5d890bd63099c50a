"""A publication date at the edge of the calendar (year 1) goes into the store like any other."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from topline.cli import app

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>
<item><title>Rain</title><pubDate>0001-01-01</pubDate><description>Heavy rain flooded roads
across the county on Friday, and two schools closed early. Forecasters expect more storms over
the weekend.</description></item></channel></rss>"""


def test_an_article_dated_in_year_one_is_ingested(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text(FEED, encoding="utf-8")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "feed.xml"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    listed = CliRunner().invoke(app, ["stories", "--db", str(db)])
    assert listed.exit_code == 0 and "Rain" in listed.output, listed.output
