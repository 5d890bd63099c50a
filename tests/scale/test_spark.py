"""Spark local[2]: the DataFrame adapter gives exactly the single-process results.

Skipped with a reason when pyspark or Java is missing, except under TOPLINE_REQUIRE_SPARK=1
(CI), where that is a failure.
"""

from __future__ import annotations

import datetime
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from topline.scale.batch import BatchOptions, run_batch

pytestmark = pytest.mark.spark


def _unavailable(reason: str) -> None:
    if os.environ.get("TOPLINE_REQUIRE_SPARK") == "1":
        pytest.fail(f"{reason}, and TOPLINE_REQUIRE_SPARK=1 makes that a failure")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        _unavailable("pyspark is not installed (pip install 'topline[spark]')")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        _unavailable("Java is not installed (Spark needs a JVM, e.g. openjdk-17)")
    from topline.scale.spark import local_session

    session = local_session("local[2]", app_name="topline-tests")
    yield session
    session.stop()


def _single_process(corpus: Path, tmp_path: Path) -> dict[str, dict[str, Any]]:
    out = tmp_path / "single.jsonl"
    run_batch([str(corpus)], out, BatchOptions(jobs=1))
    records = [json.loads(line) for line in out.read_text().splitlines()]
    return {r["id"]: r["result"] for r in records if "result" in r}


def _without_source(document: dict[str, Any]) -> dict[str, Any]:
    article = {k: v for k, v in document["article"].items() if k != "source"}
    return {**document, "article": article}


def test_spark_briefs_equal_single_process_briefs(
    spark: Any, corpus: Path, corpus_texts: dict[str, str], tmp_path: Path
) -> None:
    from topline.scale.spark import brief_dataframe

    rows = [(text, None) for text in corpus_texts.values()] + [("   ", None)]
    df = spark.createDataFrame(rows, "text string, published string").repartition(2)
    result = {r.article_id: r for r in brief_dataframe(df, published_col="published").collect()}
    expected = _single_process(corpus, tmp_path)
    assert set(expected) <= set(result)
    for article_id, document in expected.items():
        row = result[article_id]
        assert row.error is None
        assert _without_source(json.loads(row.brief_json)) == _without_source(document)
    (failed,) = [r for r in result.values() if r.error is not None]
    assert failed.brief_json is None and failed.error.startswith("empty_input")


def test_spark_brief_cli_reads_jsonl_and_writes_parquet(
    spark: Any, corpus_texts: dict[str, str], tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from topline.cli import app

    source = tmp_path / "articles.jsonl"
    rows = [
        {"id": f"a{i}", "text": text, "published": "2020-01-16"}
        for i, text in enumerate(corpus_texts.values())
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    target = tmp_path / "briefs.parquet"
    result = CliRunner().invoke(
        app, ["spark-brief", str(source), str(target), "--master", "local[2]"]
    )
    assert result.exit_code == 0, result.output
    written = spark.read.parquet(str(target)).collect()
    assert sorted(r.article_id for r in written) == [f"a{i}" for i in range(len(rows))]
    for row in written:
        assert row.error is None
        assert json.loads(row.brief_json)["brief"]["article_id"] == row.article_id


def test_spark_story_brief_equals_the_stores(spark: Any, tmp_path: Path) -> None:
    """The same three reports of one story: Spark's story brief is the store's, document for
    document (the rows' ``seq`` is the order the store received them)."""
    from topline import pipeline
    from topline.ingest.jsonl import article_from_record
    from topline.scale.spark_story import story_brief_dataframe

    stories = Path(__file__).parents[1] / "fixtures" / "stories"
    records = []
    for name, outlet, day in (
        ("harbor-daily.txt", "Harbor Daily", "2024-03-05"),
        ("lakeside-wire.txt", "Lakeside Wire", "2024-03-05"),
        ("coast-tribune.txt", "Coast Tribune", "2024-03-06"),
    ):
        title, body = (stories / name).read_text().split("\n", 1)
        records.append({"title": title, "text": body.strip(), "published": day, "outlet": outlet})
    with pipeline.open_store(tmp_path / "s.db") as store:
        store.add([article_from_record(r, source=f"r{i}") for i, r in enumerate(records)])
        (story,) = store.stories(since=None, entity=None, limit=5)
        expected = pipeline.story_brief_document(store, story.id)
    rows = [{**r, "story_id": story.id, "seq": i} for i, r in enumerate(records)]
    out = story_brief_dataframe(spark.createDataFrame(rows), order_col="seq").collect()
    assert [(r["story_id"], r["error"]) for r in out] == [(story.id, None)]
    assert json.loads(out[0]["story_brief_json"]) == json.loads(json.dumps(expected))


def test_spark_story_brief_with_a_copy_and_since_equals_the_stores_and_the_apis(
    spark: Any, tmp_path: Path
) -> None:
    """The plant fire (two reports on one day with different tolls, the next day's follow-up)
    plus a syndicated copy: Spark (copy row marked ``original_id``), the store and the API
    give the same What's-new brief, document for document."""
    from fastapi.testclient import TestClient

    from topline import pipeline
    from topline.ingest.jsonl import article_from_record
    from topline.scale.spark_story import story_brief_dataframe
    from topline.web import create_app

    stories = Path(__file__).parents[1] / "fixtures" / "stories"
    records = []
    for name, outlet, day in (
        ("harbor-daily.txt", "Harbor Daily", "2024-03-05"),
        ("lakeside-wire.txt", "Lakeside Wire", "2024-03-05"),
        ("coast-tribune.txt", "Coast Tribune", "2024-03-06"),
    ):
        title, body = (stories / name).read_text().split("\n", 1)
        records.append({"title": title, "text": body.strip(), "published": day, "outlet": outlet})
    copy = {**records[1], "outlet": "Valley Times"}
    copy["text"] += "\n\nCrews from Valley County joined them after midnight."
    db = tmp_path / "s.db"
    with pipeline.open_store(db) as store:
        articles = [article_from_record(r, source=f"r{i}") for i, r in enumerate(records)]
        store.add(articles)
        copied = article_from_record(copy, source="copy")
        store.add([copied])
        assert store.original_of(copied.id) == articles[1].id
        (story,) = store.stories(since=None, entity=None, limit=5)
        expected = pipeline.story_brief_document(store, story.id, since=datetime.date(2024, 3, 5))
    with TestClient(create_app(db=str(db), warm_model=False), base_url="http://127.0.0.1") as c:
        api = c.get(f"/v1/stories/{story.id}/brief", params={"since": "2024-03-05"}).json()
    rows = [
        {**r, "story_id": story.id, "seq": i, "original_id": None} for i, r in enumerate(records)
    ]
    rows.append({**copy, "story_id": story.id, "seq": 3, "original_id": "r1"})
    frame = spark.createDataFrame(rows)
    out = story_brief_dataframe(frame, order_col="seq", since="2024-03-05").collect()
    assert [(r["story_id"], r["error"]) for r in out] == [(story.id, None)]
    document = json.loads(out[0]["story_brief_json"])
    assert document == json.loads(json.dumps(expected)) == api
    assert document["since"] == "2024-03-05" and document["facts"]
    assert all(f["reports"][0]["published"] == "2024-03-06" for f in document["facts"])
    assert "Valley Times" not in document["outlets"]
