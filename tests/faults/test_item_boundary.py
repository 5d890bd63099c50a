"""One bad item never costs the good ones (issue #15): each failure is that item's error
record, the run goes on, and the exit code says some items failed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from faults.inputs import GOOD, unprivileged, write_jsonl
from topline import pipeline
from topline.cli import app
from topline.errors import TooLong
from topline.ingest import article_from_text, load
from topline.ingest.text import MAX_CHARS
from topline.model import Analysis, Article, BackgroundItem, Brief
from topline.scale.work import WorkOptions, process_items
from topline.store import Store

runner = CliRunner()
REPO = Path(__file__).resolve().parents[2]
DEEP = "[" * 100_000


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


# --- lone surrogates (#15.1) -----------------------------------------------------------------


def _surrogates(tmp_path: Path) -> Path:
    return write_jsonl(
        tmp_path / "s.jsonl",
        [
            {"text": GOOD[0]},
            '{"text": "Bad \\ud800 text. ' + GOOD[1] + '"}',
            '{"text": "' + GOOD[2] + '", "title": "t\\ud800"}',
        ],
    )


def test_read_keeps_articles_with_lone_surrogates(tmp_path: Path) -> None:
    result = runner.invoke(app, ["read", str(_surrogates(tmp_path))])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(docs) == 3
    assert "\ufffd" in docs[1]["text"] and docs[2]["title"] == "t\ufffd"


def test_batch_and_ingest_store_articles_with_lone_surrogates(tmp_path: Path) -> None:
    source = _surrogates(tmp_path)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(source), "-o", str(out), "--what", "extract"])
    assert result.exit_code == 0, result.output
    assert [("result" in r) for r in _lines(out)] == [True, True, True]
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", str(source), "--db", str(db), "--no-analyze"])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert store.count()["articles"] == 3


# --- texts over the analysis limit (#15.2) ---------------------------------------------------


def test_text_over_the_limit_is_refused_as_too_long_naming_the_limit() -> None:
    with pytest.raises(TooLong) as caught:
        article_from_text("Word. " * (MAX_CHARS // 6 + 10))
    assert caught.value.code == "too_long" and f"{MAX_CHARS:,}" in caught.value.message


def test_batch_keeps_good_results_beside_a_text_too_long_for_spacy() -> None:
    good = [article_from_text(text, source=f"good{i}") for i, text in enumerate(GOOD)]
    long = replace(good[0], id="long", source="long", text="Word " * 250_000)
    items: Sequence[Article] = [good[0], good[1], long, good[2]]
    records = process_items(items, WorkOptions(what="extract"))
    assert [r["source"] for r in records] == ["good0", "good1", "long", "good2"]
    assert ["result" in r for r in records] == [True, True, False, True]


def test_batch_cli_exits_2_on_a_long_text_and_a_rerun_skips_only_done_ones(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": GOOD[0]}, {"text": "Word. " * 200_000}])
    out = tmp_path / "out.jsonl"
    first = runner.invoke(app, ["batch", str(source), "-o", str(out), "--what", "extract"])
    assert first.exit_code == 2, first.output
    records = _lines(out)
    assert "result" in records[0]
    assert records[1]["error"]["code"] == "too_long"  # type: ignore[index]


# --- one failing analysis never aborts ingest (#15.3) -----------------------------------------


def test_ingest_stores_the_others_when_one_analysis_fails(tmp_path: Path) -> None:
    articles = [article_from_text(text, source=f"a{i}") for i, text in enumerate(GOOD)]
    bad = articles[1].id

    def flaky(batch: Sequence[Article]) -> list[Analysis]:
        if any(a.id == bad for a in batch):
            raise RuntimeError("extractor exploded")
        return pipeline.analyse_here(batch)

    with pipeline.open_store(tmp_path / "s.db", analyser=flaky) as store:
        report = store.add(articles)
        assert report.added == 2
        assert [(f.source, f.code) for f in report.failed] == [("a1", "internal_error")]
        assert store.get_brief(articles[0].id) is not None
    with pipeline.open_store(tmp_path / "s.db") as store:
        again = store.add(articles)  # the failed one was not stored, so a re-run adds it
        assert (again.added, again.duplicates) == (1, 2)


def test_ingest_stores_the_others_when_one_brief_fails(tmp_path: Path) -> None:
    articles = [article_from_text(text, source=f"a{i}") for i, text in enumerate(GOOD)]
    make = pipeline.briefer()

    def flaky(analysis: Analysis, background: Sequence[BackgroundItem]) -> Brief:
        if analysis.article.id == articles[2].id:
            raise ValueError("brief exploded")
        return make(analysis, background)

    db = tmp_path / "s.db"
    with Store(db, analyser=pipeline.analyse_here, briefer=flaky) as store:
        report = store.add(articles)
        assert report.added == 2 and [f.source for f in report.failed] == ["a2"]
        assert store.count()["articles"] == 2


# --- deeply nested JSON (#15.5) ----------------------------------------------------------------


def test_deeply_nested_json_is_an_item_error(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "n.jsonl", [{"text": GOOD[0]}, DEEP, {"text": GOOD[1]}])
    (tmp_path / "deep.json").write_text(DEEP)
    result = runner.invoke(app, ["read", str(source), str(tmp_path / "deep.json")])
    assert result.exit_code == 2, result.output
    assert len(result.stdout.splitlines()) == 2
    assert "n.jsonl:2" in result.stderr and "deep.json" in result.stderr
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(source), "-o", str(out), "--what", "extract"])
    assert result.exit_code == 2
    assert ["result" in r for r in _lines(out)] == [True, False, True]


# --- batch exit status (#15.15) ---------------------------------------------------------------


def test_batch_exits_2_when_some_inputs_failed(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": GOOD[0]}, {"title": "no text"}])
    result = runner.invoke(app, ["batch", str(source), "--what", "extract"])
    assert result.exit_code == 2
    assert len(result.stdout.splitlines()) == 2


# --- unreadable folders and read-only stores (#15.13, #15.14) ---------------------------------


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    cmd = unprivileged([sys.executable, "-m", "topline", *args])
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)


def test_an_unreadable_folder_is_an_error_record(tmp_path: Path) -> None:
    (tmp_path / "news" / "locked").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text(GOOD[0])
    (tmp_path / "news" / "locked" / "b.txt").write_text(GOOD[1])
    os.chmod(tmp_path / "news" / "locked", 0)
    try:
        done = _run(["read", str(tmp_path / "news")])
    finally:
        os.chmod(tmp_path / "news" / "locked", 0o755)
    assert done.returncode == 2, done.stderr
    assert "locked: cannot list this folder: permission denied" in done.stderr
    assert len(done.stdout.splitlines()) == 1


def test_load_reports_an_unreadable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(GOOD[0])

    def walk(top: object, onerror: object = None, **kwargs: object) -> object:
        assert callable(onerror)
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield str(tmp_path), [], ["a.txt"]

    monkeypatch.setattr("topline.ingest.sources.os.walk", walk)
    found = list(load(str(tmp_path)))
    assert [getattr(f, "code", "article") for f in found] == ["article", "unreadable"]


def test_a_healthy_store_in_a_read_only_folder_serves_reads(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "s.db"
    with Store(db) as store:
        store.add([article_from_text(GOOD[0])], analyze=False)
    os.chmod(db, 0o444)
    os.chmod(folder, 0o555)
    try:
        found = _run(["search", "council", "--db", str(db), "-f", "json"])
        write = _run(["ingest", "-", "--db", str(db), "--no-analyze"])
    finally:
        os.chmod(folder, 0o755)
    assert found.returncode == 0, found.stderr
    assert len(json.loads(found.stdout)) == 1
    assert "corrupt" not in write.stderr


def test_ingest_cli_names_an_article_whose_analysis_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": t} for t in GOOD])
    bad = article_from_text(GOOD[1]).id
    real = Store.add

    def add(self: Store, items: object, **kwargs: object) -> object:
        def flaky(batch: Sequence[Article]) -> list[Analysis]:
            if any(a.id == bad for a in batch):
                raise RuntimeError("extractor exploded")
            return pipeline.analyse_here(batch)

        return real(self, items, **{**kwargs, "analyser": flaky})  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "add", add)
    result = runner.invoke(app, ["ingest", str(source), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2, result.output
    assert (
        f"{source}:2: unexpected RuntimeError: extractor exploded (internal_error)" in result.stderr
    )
    assert "added 2" in result.stderr


# --- publication dates are validated at every edge (#15.12) ----------------------------------


def test_a_date_with_trailing_garbage_is_refused_by_the_api_and_the_cli(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from topline.web import create_app

    app_ = create_app(isolate=False, warm_model=False)
    with TestClient(app_, base_url="http://localhost") as client:
        body = {"text": GOOD[0], "published": "2020-01-16garbage"}
        response = client.post("/v1/extract", json=body)
    assert response.status_code == 422, response.text
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": GOOD[0]}])
    for command in (["read"], ["batch", "--what", "extract"]):
        result = runner.invoke(app, [*command, str(source), "--published", "2020-01-16garbage"])
        assert result.exit_code == 2, (command, result.output)
        assert "--published" in result.output


def test_a_garbage_date_in_a_record_is_not_stored_or_listed(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": GOOD[0], "published": "garbage"}])
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", str(source), "--db", str(db), "--no-analyze"])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        (article_id,) = [r[0] for r in store.conn.execute("SELECT id FROM articles")]
        assert store.get_article(article_id).published is None  # dropped, not "garbage"
    listed = runner.invoke(app, ["stories", "--db", str(db), "--since", "2000-01-01", "-f", "json"])
    # undated: left out by a date filter (#17: `stories --since` excludes undated stories)
    assert json.loads(listed.stdout) == []
    everything = runner.invoke(app, ["stories", "--db", str(db), "-f", "json"])
    assert [s["first_published"] for s in json.loads(everything.stdout)] == [None]
