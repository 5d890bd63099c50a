"""Spark adapter: a DataFrame of articles → a DataFrame of briefs or extractions.

Needs the ``topline[spark]`` extra (pyspark, pyarrow, pandas) and Java 17. Rows travel to the
Python workers as Arrow batches (``mapInPandas``); each Python worker loads the spaCy model
once (:func:`topline.nlp.get_nlp` is cached per process and Spark reuses its Python workers)
and turns every row into the same JSON document as the single-process path
(:func:`topline.scale.work.process_items`), so the results are identical.

    from topline.scale.spark import brief_dataframe
    briefs = brief_dataframe(spark.read.json("articles.jsonl"), id_col="id")
    briefs.write.parquet("briefs.parquet")

Output schema (:func:`output_schema`): ``article_id`` (the id column's value, else the
article's content hash), ``brief_json`` (or ``extraction_json``: the document that
``topline brief/extract --format json`` prints) and ``error`` (``"code: message"``, null when
the row succeeded).
"""

from __future__ import annotations

import dataclasses
import os
import sys
import warnings
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from topline.errors import ToplineError
from topline.ingest import IngestError, article_from_text
from topline.nlp import get_nlp
from topline.options import DEFAULT_BULLETS
from topline.scale.batch import chunked
from topline.scale.jsonl import encode_json
from topline.scale.work import WHATS, Item, WorkOptions, process_items

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

#: Rows handed to one ``process_items`` call (and one Arrow batch out).
CHUNK_SIZE = 32
#: Name of the result column for each ``what``.
RESULT_COLUMNS = {"brief": "brief_json", "extract": "extraction_json"}


class SparkUnavailable(ToplineError):
    """pyspark (the ``topline[spark]`` extra) or Java is not installed."""

    code = "spark_unavailable"


def _require_pyspark() -> None:
    try:
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise SparkUnavailable(
            "pyspark is not installed; run: pip install 'topline[spark]'"
        ) from exc


def output_schema(what: str = "brief") -> str:
    """The declared schema of :func:`brief_dataframe`'s result, as a Spark DDL string."""
    if what not in RESULT_COLUMNS:
        raise ValueError(f"what must be one of {WHATS}, not {what!r}")
    return f"article_id string, {RESULT_COLUMNS[what]} string, error string"


def row_item(text: Any, row_id: Any, published: Any) -> Item:
    """One DataFrame row as an Article (or the reason it cannot be one)."""
    source = str(row_id) if row_id is not None else "<row>"
    if not isinstance(text, str):
        return IngestError(source=source, reason="no text in this row", code="empty_input")
    try:
        article = article_from_text(
            text, source=source, published=published if isinstance(published, str) else None
        )
    except ToplineError as exc:
        return IngestError(source=source, reason=exc.message, code=exc.code)
    return dataclasses.replace(article, id=str(row_id)) if row_id is not None else article


def _rows_out(
    items: list[Item], ids: list[Any], options: WorkOptions, disable: tuple[str, ...]
) -> dict[str, list[str | None]]:
    records = process_items(items, options, nlp=get_nlp(disable))
    out: dict[str, list[str | None]] = {"article_id": [], "result": [], "error": []}
    for row_id, record in zip(ids, records, strict=True):
        article_id = record["id"] if record["id"] is not None else row_id
        out["article_id"].append(None if article_id is None else str(article_id))
        error = record.get("error")
        out["result"].append(None if error else encode_json(record["result"]))
        out["error"].append(f"{error['code']}: {error['message']}" if error else None)
    return out


def _map_partition(
    batches: Iterator[pd.DataFrame],
    *,
    options: WorkOptions,
    disable: tuple[str, ...],
    chunk_size: int,
) -> Iterator[pd.DataFrame]:
    import pandas as pd

    column = RESULT_COLUMNS[options.what]
    for batch in batches:
        rows = zip(batch["_text"], batch["_id"], batch["_published"], strict=True)
        ids = [None if pd.isna(i) else i for i in batch["_id"]]
        items = [row_item(t, None if pd.isna(i) else i, p) for t, i, p in rows]
        start = 0
        for chunk in chunked(items, chunk_size):
            out = _rows_out(chunk, ids[start : start + len(chunk)], options, disable)
            start += len(chunk)
            yield pd.DataFrame(
                {"article_id": out["article_id"], column: out["result"], "error": out["error"]},
                dtype=object,
            )


def brief_dataframe(
    df: DataFrame,
    *,
    text_col: str = "text",
    id_col: str | None = None,
    published_col: str | None = None,
    what: str = "brief",
    max_bullets: int = DEFAULT_BULLETS,
    max_words: int | None = None,
    disable: tuple[str, ...] = (),
    chunk_size: int = CHUNK_SIZE,
) -> DataFrame:
    """Brief (or, with ``what="extract"``, analyse) every row of ``df``.

    ``text_col`` holds the article text (plain or scraped; it is cleaned like any input),
    ``id_col`` an optional id kept as ``article_id``, ``published_col`` an optional
    publication date (string ``YYYY-MM-DD``, date or timestamp) that relative dates resolve
    against; a row whose date is not a date fails with ``bad_date``. ``max_bullets`` and
    ``max_words`` are the pipeline's options (:class:`topline.options.Options`). Rows keep their partitioning; the result has :func:`output_schema` ``(what)``.
    A row that fails gets a null result and its ``error``; the job goes on.
    """
    _require_pyspark()
    from pyspark.sql import functions as F
    from pyspark.sql.types import DateType, TimestampType

    schema = output_schema(what)

    def as_string(name: str | None, alias: str) -> Any:
        if name is None:
            return F.lit(None).cast("string").alias(alias)
        if isinstance(df.schema[name].dataType, (DateType, TimestampType)):
            return F.date_format(F.col(name), "yyyy-MM-dd").alias(alias)
        return F.col(name).cast("string").alias(alias)

    selected = df.select(
        F.col(text_col).cast("string").alias("_text"),
        as_string(id_col, "_id"),
        as_string(published_col, "_published"),
    )
    options = WorkOptions(
        what=what, max_bullets=max_bullets, max_words=max_words, batch_size=chunk_size
    )
    mapper = partial(_map_partition, options=options, disable=disable, chunk_size=chunk_size)
    return selected.mapInPandas(mapper, schema)  # type: ignore[arg-type]


def local_session(master: str = "local[2]", *, app_name: str = "topline") -> SparkSession:
    """A Spark session whose Python workers run this interpreter and can import topline.

    For a cluster, build the session with spark-submit instead (see docs/scaling.md).
    """
    _require_pyspark()
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    package_root = str(Path(__file__).resolve().parents[2])
    paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if package_root not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([package_root, *paths])
    # pyspark 4.x warns on every call that it "does not yet fully support pandas >= 3";
    # the Arrow path topline uses works (tests/scale/test_spark.py checks the results).
    warnings.filterwarnings("ignore", message=r".*pandas >= 3\.0\.0.*", category=FutureWarning)
    try:
        session = (
            SparkSession.builder.master(master)
            .appName(app_name)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.python.worker.reuse", "true")
            .getOrCreate()
        )
    except Exception as exc:  # Java missing or the JVM failed to start
        raise SparkUnavailable(f"could not start Spark ({master}): {exc}") from exc
    session.sparkContext.setLogLevel("ERROR")
    return session
