"""The story brief through the store, the CLI and the API: one document, copies counted once."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from topline import pipeline
from topline.cli import app
from topline.ingest import article_from_text
from topline.model import Article
from topline.web import create_app

STORIES = Path(__file__).parents[1] / "fixtures" / "stories"
PLANT_FIRE = [
    ("harbor-daily.txt", "Harbor Daily", datetime.date(2024, 3, 5)),
    ("lakeside-wire.txt", "Lakeside Wire", datetime.date(2024, 3, 5)),
    ("coast-tribune.txt", "Coast Tribune", datetime.date(2024, 3, 6)),
]
runner = CliRunner()


def _article(text: str, outlet: str, published: datetime.date) -> Article:
    title, body = text.split("\n", 1)
    article = article_from_text(body.strip(), published=published, title=title, source=outlet)
    return replace(article, outlet=outlet)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """A store with the three reports of the plant fire and a syndicated copy of the wire's
    (the local paper added a sentence)."""
    path = tmp_path_factory.mktemp("story") / "s.db"
    articles = [_article((STORIES / f).read_text(), o, d) for f, o, d in PLANT_FIRE]
    wire = (STORIES / "lakeside-wire.txt").read_text()
    copy = _article(
        wire + "\nCrews from Valley County joined them after midnight.\n",
        "Valley Times",
        datetime.date(2024, 3, 5),
    )
    with pipeline.open_store(path) as store:
        store.add(articles)
        store.add([copy])
        (story,) = store.stories(since=None, entity=None, limit=5)
        assert store.original_of(copy.id) == articles[1].id
    yield path, story.id


def _document(db: tuple[Path, str]) -> dict[str, Any]:
    path, story_id = db
    with pipeline.open_store(path) as store:
        document = pipeline.story_brief_document(store, story_id)
    return dict(json.loads(json.dumps(document)))  # as a client reads it


def test_a_syndicated_copy_is_not_a_second_report(db: tuple[Path, str]) -> None:
    doc = _document(db)
    assert doc["kind"] == "story_brief"
    assert doc["outlets"] == ["Harbor Daily", "Lakeside Wire", "Coast Tribune"]
    credited = {r["outlet"] for f in doc["facts"] for r in f["reports"]}
    assert "Valley Times" not in credited


def test_cli_story_brief_prints_the_pipelines_document(db: tuple[Path, str]) -> None:
    path, story_id = db
    result = runner.invoke(app, ["story", story_id, "--db", str(path), "--brief", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == _document(db)
    md = runner.invoke(app, ["story", story_id, "--db", str(path), "--brief"])
    assert "first reported by Harbor Daily; also Lakeside Wire, Coast Tribune" in md.output
    html = runner.invoke(app, ["story", story_id, "--db", str(path), "--brief", "-f", "html"])
    assert html.exit_code == 0 and 'class="big-number conflict"' in html.output
    assert "first reported by Harbor Daily; also Lakeside Wire, Coast Tribune" in html.output


def test_cli_since_shows_only_what_is_new(db: tuple[Path, str]) -> None:
    path, story_id = db
    args = ["story", story_id, "--db", str(path), "--brief", "--since", "2024-03-05", "-f", "json"]
    doc = json.loads(runner.invoke(app, args).output)
    assert doc["since"] == "2024-03-05" and doc["facts"]
    assert all(f["reports"][0]["published"] == "2024-03-06" for f in doc["facts"])
    bad = runner.invoke(app, ["story", story_id, "--db", str(path), "--since", "2024-03-05"])
    assert bad.exit_code == 2 and "--since needs --brief" in bad.output


def test_api_story_brief_is_the_same_document(db: tuple[Path, str]) -> None:
    path, story_id = db
    with TestClient(create_app(db=str(path), warm_model=False), base_url="http://127.0.0.1") as c:
        response = c.get(f"/v1/stories/{story_id}/brief")
        assert response.status_code == 200
        assert response.json() == _document(db)
        missing = c.get("/v1/stories/no-such-story/brief")
        assert missing.status_code == 404 and "error" in missing.json()
        bad = c.get(f"/v1/stories/{story_id}/brief", params={"since": "not a date"})
        assert bad.status_code == 422 and "since" in bad.json()["error"]["message"]


def test_story_page_shows_the_brief_and_reader_dates(db: tuple[Path, str]) -> None:
    path, story_id = db
    with TestClient(create_app(db=str(path), warm_model=False), base_url="http://127.0.0.1") as c:
        html = c.get(f"/stories/{story_id}").text
        new = c.get(f"/stories/{story_id}", params={"since": "2024-03-05"}).text
    assert "first reported by Harbor Daily; also Lakeside Wire, Coast Tribune" in html
    assert "outlets disagree" in html
    # the page words the figures as the Markdown does: one item per figure, all its outlets
    assert '12 workers <span class="source">(Harbor Daily, Lakeside Wire)</span>' in html
    assert ">5 Mar 2024<" in html or ">6 Mar 2024<" in html
    assert "TNI<" not in html and ">2024-03-05<" not in html
    assert "Only facts first reported after 5 Mar 2024" in new


def test_article_list_page_lists_originals_newest_first(db: tuple[Path, str]) -> None:
    path, story_id = db
    with TestClient(create_app(db=str(path), warm_model=False), base_url="http://127.0.0.1") as c:
        html = c.get("/articles").text
    titles = ["Chlorine found in river", "Deadly blaze at chemical plant", "Fire kills 12"]
    positions = [html.index(t) for t in titles]
    assert positions == sorted(positions)  # newest first; same-day articles latest received first
    assert html.count("/articles/") >= 3 and f"/stories/{story_id}" in html
    assert "Valley Times" not in html  # the syndicated copy is listed on its original's page
    assert "6 Mar 2024" in html


def test_page_and_markdown_word_every_credit_the_same(db: tuple[Path, str]) -> None:
    """One wording of "first reported by …; also …": the page's template and the Markdown
    both call ``render.story_brief.credit_line`` (the page with the API's dicts)."""
    import html as html_lib
    import re

    from topline.render.story_brief import credit_line

    path, story_id = db
    doc = _document(db)
    md = runner.invoke(app, ["story", story_id, "--db", str(path), "--brief"]).output
    with TestClient(create_app(db=str(path), warm_model=False), base_url="http://127.0.0.1") as c:
        page = c.get(f"/stories/{story_id}").text
    section = page[page.index('class="brief story-brief"') :]
    on_page = [
        html_lib.unescape(m) for m in re.findall(r'<span class="source">\((.*?)\)</span>', section)
    ]
    in_md = re.findall(r"\*\((.*?)\)\*", md)
    expected = [credit_line(x["reports"]) for x in [doc["topline"], *doc["facts"]]]
    assert len(expected) >= 3 and any("; also " in e for e in expected)
    assert on_page[: len(expected)] == expected
    assert in_md[: len(expected)] == expected


def test_credit_line_takes_reports_or_their_json_form() -> None:
    from topline.model import Report, to_dict
    from topline.render.story_brief import credit_line

    reports = [Report(o, f"a{i}", "2024-03-05", ()) for i, o in enumerate(["AP", "CNN", "BBC"])]
    dicts = [to_dict(r) for r in reports]
    assert credit_line(reports) == credit_line(dicts) == "first reported by AP; also CNN, BBC"
    assert credit_line(dicts[:1]) == "AP" and credit_line([]) == credit_line(None) == ""


def test_a_paged_article_list_still_briefs_the_whole_story(
    db: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The story page lists one page of articles; its brief is still of every article (the
    API's document, credits of all three outlets), and the API's story document pages alike."""
    from topline.web import service

    monkeypatch.setattr(service, "ARTICLES_LIMIT", 1)
    path, story_id = db
    with TestClient(create_app(db=str(path), warm_model=False), base_url="http://127.0.0.1") as c:
        html = c.get(f"/stories/{story_id}").text
        story = c.get(f"/v1/stories/{story_id}", params={"article_limit": 1}).json()
        brief = c.get(f"/v1/stories/{story_id}/brief").json()
    assert brief == _document(db)
    assert "first reported by Harbor Daily; also Lakeside Wire, Coast Tribune" in html
    assert f'href="/stories/{story_id}?articles=1"' in html and "3 articles" in html
    assert len(story["articles"]) == 1
    assert story["articles_page"] == {
        "offset": 0,
        "limit": 1,
        "more": True,
        "articles": 3,
        "copies": 1,
    }
