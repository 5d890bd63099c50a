"""Spark adapter for story briefs: a DataFrame of articles with a story column → one story
brief per story, the same document as ``topline story ID --brief --format json``.

    from topline.scale.spark_story import story_brief_dataframe
    briefs = story_brief_dataframe(spark.read.json("export.jsonl"), story_col="story_id")

Each row is an article record, read by the JSONL reader (:func:`topline.ingest.jsonl.
article_from_record`: ``text``, ``title``, ``published``, ``outlet``, ``url`` … under the
names that reader knows), so an article is the same Article the store made of it. Rows are
grouped by ``story_col`` (``applyInPandas``); within a story they are taken in ``order_col``
order (the order the store received them, e.g. its ``seq``) when given, so that the first
outlet to report a fact on a given day is the same one the store names. A row with a
non-null ``original_id`` is a syndicated copy and is not a member (as in the store).

Output schema: ``story_id``, ``story_brief_json`` (the document), ``error``
(``"code: message"`` when the story could not be briefed; null otherwise). An article that
cannot be read is left out of its story, and the story's ``error`` names it.
"""

from __future__ import annotations

import json
import warnings
from functools import partial
from typing import TYPE_CHECKING, Any

from topline.errors import ToplineError
from topline.options import DEFAULT_BULLETS
from topline.scale.spark import _require_pyspark

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame

OUTPUT_SCHEMA = "story_id string, story_brief_json string, error string"
#: A row with this column set is a syndicated copy of another row (``topline export``).
COPY_COLUMN = "original_id"


def story_brief_from_records(
    story_id: str,
    records: list[dict[str, Any]],
    *,
    bullets: int = DEFAULT_BULLETS,
    since: str | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """The story brief document of one story's article records, and the records' errors.

    This is what each Spark group runs; it reads, analyses and briefs in this process
    through the pipeline, exactly as the store does for the same records.
    """
    from topline import pipeline
    from topline.brief.story import StoryMember, story_brief
    from topline.ingest.jsonl import article_from_record
    from topline.render.story_brief import story_brief_document

    articles = []
    errors = []
    for i, record in enumerate(records):
        if record.get(COPY_COLUMN):
            continue
        source = f"{story_id}#{i}"
        try:
            articles.append(article_from_record(record, source=source))
        except ToplineError as exc:
            errors.append(f"{source}: {exc.code}: {exc.message}")
    members = [
        StoryMember(analysis, pipeline.make_brief(analysis))
        for analysis in pipeline.analyse_many(articles)
    ]
    # The store names a story after its earliest article (the first received, on a tie).
    dated = [a for a in articles if a.published is not None]
    earliest = min(dated, key=lambda a: a.published or 0) if dated else None
    first = earliest or (articles[0] if articles else None)
    title = first.title if first is not None else None
    brief = story_brief(
        story_id,
        members,
        title=title,
        since=since,
        max_facts=pipeline.Options(bullets=bullets).bullets,
    )
    return story_brief_document(brief), errors


def _brief_group(
    frame: pd.DataFrame,
    *,
    story_col: str,
    order_col: str | None,
    bullets: int,
    since: str | None = None,
) -> pd.DataFrame:
    import pandas as pd

    if order_col is not None:
        frame = frame.sort_values(order_col, kind="stable")
    story_id = str(frame[story_col].iloc[0])
    columns = [c for c in frame.columns if c not in (story_col, order_col)]
    records = [
        {c: (None if pd.isna(v) else v) for c, v in zip(columns, row, strict=True)}
        for row in frame[columns].itertuples(index=False, name=None)
    ]
    try:
        document, errors = story_brief_from_records(story_id, records, bullets=bullets, since=since)
        result: str | None = json.dumps(document, ensure_ascii=False)
        error = "; ".join(errors) or None
    except ToplineError as exc:
        result, error = None, f"{exc.code}: {exc.message}"
    return pd.DataFrame(
        {"story_id": [story_id], "story_brief_json": [result], "error": [error]}, dtype=object
    )


def story_brief_dataframe(
    df: DataFrame,
    *,
    story_col: str = "story_id",
    order_col: str | None = None,
    bullets: int = DEFAULT_BULLETS,
    since: str | None = None,
) -> DataFrame:
    """One story brief per distinct ``story_col`` value of ``df`` (see the module docstring);
    ``since`` (``YYYY-MM-DD``) keeps what is new after that day, as ``--since`` does."""
    _require_pyspark()
    from pyspark.sql import functions as F
    from pyspark.sql.types import DateType, TimestampType

    selected = df.select(
        *[
            F.date_format(F.col(f.name), "yyyy-MM-dd").alias(f.name)
            if isinstance(f.dataType, (DateType, TimestampType))
            else F.col(f.name)
            for f in df.schema.fields
        ]
    )
    brief_group = partial(
        _brief_group, story_col=story_col, order_col=order_col, bullets=bullets, since=since
    )
    with warnings.catch_warnings():
        # pyspark reads a function's type hints to pick its eval type, and cannot from a
        # partial; the schema is declared, so nothing is lost.
        warnings.filterwarnings(
            "ignore", message="Cannot infer the eval type", category=UserWarning
        )
        grouped = selected.groupBy(story_col)
        return grouped.applyInPandas(brief_group, OUTPUT_SCHEMA)
