"""The extractor registry: order from needs and provides, subsets, per-extractor timing."""

from __future__ import annotations

import dataclasses

import pytest

from topline.analyze import analyze, analyze_doc
from topline.analyze.registry import EXTRACTORS, NAMES, plan
from topline.errors import InputError
from topline.ingest import article_from_text
from topline.model import Analysis
from topline.nlp import get_nlp

TEXT = (
    "The city council voted on Tuesday to close three schools, officials said. "
    "“This is a hard day for our families,” Mayor Ana Ruiz said at the meeting."
)


def test_every_analysis_field_is_provided_by_exactly_one_extractor() -> None:
    provided = [f for e in EXTRACTORS for f in e.provides]
    fields = {f.name for f in dataclasses.fields(Analysis)} - {
        "article",
        "schema_version",
        "offsets",
    }
    assert sorted(provided) == sorted(fields)


def test_plan_runs_each_extractor_after_what_it_needs() -> None:
    done: set[str] = set()
    for extractor in plan():
        assert set(extractor.needs) <= done, extractor.name
        done.update(extractor.provides)
    assert {e.name for e in plan()} == set(NAMES)


def test_only_brings_in_what_it_needs_and_skip_drops_what_needs_it() -> None:
    assert [e.name for e in plan(only=["attributions"])] == ["entities", "quotes", "attributions"]
    skipped = {e.name for e in plan(skip=["entities"])}
    assert not {"entities", "quotes", "attributions", "events"} & skipped
    assert {"sentences", "paragraphs", "timexes", "quantities"} <= skipped


def test_unknown_extractor_is_an_input_error_naming_the_known_ones() -> None:
    with pytest.raises(InputError, match="unknown extractor speling .*known: sentences"):
        plan(only=["speling"])


def test_subset_analysis_leaves_the_other_fields_empty_and_times_each_extractor() -> None:
    article = article_from_text(TEXT, published="2021-03-02")
    only = analyze(article, only=["timexes"])
    assert only.timexes and not only.entities and not only.quotes
    full = analyze(article)
    assert full.timexes == only.timexes and full.quotes
    timings: dict[str, float] = {}
    doc = get_nlp()(article.text)
    assert analyze_doc(article, doc, timings=timings) == full
    assert set(timings) == set(NAMES) and all(t >= 0 for t in timings.values())
