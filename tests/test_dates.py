"""The publication date: one parser at every edge, a ``datetime.date`` past it."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import topline
from topline.cli import app
from topline.dates import date_or_none, parse_date
from topline.errors import BadDate
from topline.ingest import article_from_text
from topline.model import Article, from_dict, to_dict
from topline.pipeline import open_store
from topline.web import create_app

TEXT = (
    "Town council approves new library\n\n"
    "The town council voted on Tuesday to build a new library on Mill Street, the mayor said.\n\n"
    "Construction is expected to start in the spring and cost $4 million, officials said."
)
DAY = datetime.date(2024, 3, 7)

runner = CliRunner()


@pytest.mark.parametrize(
    "value",
    [
        "2024-03-07",
        "2024-03-07T23:30:00-05:00",
        "2024-03-07 10:00",
        "Thu, 07 Mar 2024 10:00:00 GMT",
        "March 7, 2024",
        "7 Mar 2024",
        DAY,
        datetime.datetime(2024, 3, 7, 10, 0),
    ],
)
def test_dates_in_the_usual_forms_read_as_one_day(value: object) -> None:
    assert parse_date(value) == DAY


@pytest.mark.parametrize("value", ["garbage", "2024-13-45", "07/03/2024", "March 2024", "2024"])
def test_a_value_that_is_not_a_whole_date_is_refused_naming_the_field(value: str) -> None:
    with pytest.raises(BadDate, match=r"^since: not an ISO date"):
        parse_date(value, field="since")


@pytest.mark.parametrize("value", ["yesterday", "today", "3 days ago", "last Tuesday"])
def test_relative_words_are_refused_not_read_against_the_clock(value: str) -> None:
    with pytest.raises(BadDate, match="relative dates"):
        parse_date(value)


def test_blank_is_no_date_and_metadata_that_is_not_a_date_is_dropped() -> None:
    assert parse_date("  ") is None
    assert parse_date(None) is None
    assert date_or_none("sometime last week") is None
    assert date_or_none("2024-03-07") == DAY


def test_article_holds_a_date_and_json_holds_iso_text() -> None:
    article = article_from_text(TEXT, published="2024-03-07")
    assert article.published == DAY
    document = to_dict(article)
    assert document["published"] == "2024-03-07"
    assert from_dict(Article, document).published == DAY


def test_relative_dates_resolve_against_the_date_object() -> None:
    analysis = topline.extract(TEXT, published=DAY)
    values = {t.value for t in analysis.timexes}
    assert "2024-03-05" in values  # "on Tuesday", the Tuesday before Thursday 7 March


def test_python_api_refuses_a_date_that_is_not_one() -> None:
    with pytest.raises(BadDate, match="published"):
        topline.brief(TEXT, published="yesterday")


def test_cli_published_that_is_not_a_date_exits_2_naming_the_option(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["brief", str(path), "--published", "garbage"])
    assert result.exit_code == 2
    assert "--published" in result.output and "not an ISO date" in result.output
    relative = runner.invoke(app, ["extract", str(path), "--published", "yesterday"])
    assert relative.exit_code == 2
    assert "relative dates" in relative.output


def test_ingest_with_a_bad_date_stores_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "s.db"
    result = runner.invoke(
        app, ["ingest", str(path), "--db", str(db), "--no-analyze", "--published", "garbage"]
    )
    assert result.exit_code == 2
    assert not db.exists()
    bad_since = runner.invoke(app, ["stories", "--db", str(db), "--since", "not-a-date"])
    assert bad_since.exit_code == 2
    assert "--since" in bad_since.output


def test_stored_date_reads_back_as_a_date_and_filters_stories(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        article = article_from_text(TEXT, published=DAY)
        store.add([article], analyze=False)
        assert store.get_article(article.id).published == DAY
    listed = runner.invoke(
        app, ["stories", "--db", str(db), "--since", "2024-03-01", "--format", "json"]
    )
    assert listed.exit_code == 0, listed.output
    assert len(json.loads(listed.stdout)) == 1
    later = runner.invoke(
        app, ["stories", "--db", str(db), "--since", "2024-04-01", "--format", "json"]
    )
    assert json.loads(later.stdout) == []


def test_api_refuses_a_bad_date_with_422_naming_the_field(tmp_path: Path) -> None:
    with TestClient(
        create_app(db=str(tmp_path / "w.db"), warm_model=False), base_url="http://localhost"
    ) as client:
        brief = client.post("/v1/brief", json={"text": TEXT, "published": "yesterday"})
        stories = client.get("/v1/stories", params={"since": "garbage"})
    assert brief.status_code == 422
    assert "published" in brief.json()["error"]["message"]
    assert "relative dates" in brief.json()["error"]["message"]
    assert stories.status_code == 422
    assert stories.json()["error"]["code"] == "bad_date"
    assert "since" in stories.json()["error"]["message"]
