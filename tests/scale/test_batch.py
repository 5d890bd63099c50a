"""The multi-process batch: input order, failures reported, bounded reading, resume."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import topline
from topline import pipeline
from topline.errors import EmptyInput
from topline.ingest import IngestFailure, article_from_text
from topline.model import Article, to_json
from topline.render.documents import brief_document
from topline.scale import batch as batch_module
from topline.scale.batch import BatchOptions, BatchStats, run_batch


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_batch_writes_one_record_per_input_in_input_order(
    corpus: Path, corpus_texts: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "briefs.jsonl"
    stats = run_batch([str(corpus)], out, BatchOptions(jobs=1, chunk_size=2))
    records = _records(out)
    assert [Path(r["source"]).name for r in records] == sorted([*corpus_texts, "zz-empty.txt"])
    assert (stats.done, stats.failed, stats.skipped) == (4, 1, 0)
    for record in records[:4]:
        text = record["result"]["article"]["text"]
        topline_element = record["result"]["brief"]["topline"]
        span = topline_element["spans"][0]
        assert text[span["start"] : span["end"]] in topline_element["text"]


def test_batch_brief_equals_the_single_article_brief(
    corpus: Path, corpus_texts: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "briefs.jsonl"
    run_batch([str(corpus / "wire.txt")], out, BatchOptions(jobs=1))
    (record,) = _records(out)
    expected = json.loads(to_json(brief_document(topline.brief(corpus_texts["wire.txt"]))["brief"]))
    assert record["result"]["brief"] == expected


def test_failed_input_becomes_error_record_with_its_source(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefs.jsonl"
    failures: list[dict[str, Any]] = []
    run_batch(
        [str(corpus)], out, BatchOptions(), on_progress=lambda _s, failed: failures.extend(failed)
    )
    (failure,) = failures
    assert failure["source"].endswith("zz-empty.txt")
    assert failure["error"]["code"] == "empty_input"
    assert _records(out)[-1] == failure


def test_extractor_crash_fails_one_article_and_the_batch_goes_on(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.make_brief

    def flaky(analysis: Any, *args: Any, **kwargs: Any) -> Any:
        if "bakery" in analysis.article.text:
            raise RuntimeError("extractor bug")
        return real(analysis, *args, **kwargs)

    monkeypatch.setattr(pipeline, "make_brief", flaky)
    out = tmp_path / "briefs.jsonl"
    stats = run_batch([str(corpus)], out, BatchOptions(chunk_size=8))
    by_name = {Path(r["source"]).name: r for r in _records(out)}
    assert by_name["feature.txt"]["error"] == {
        "code": "internal_error",
        "message": "RuntimeError: extractor bug",
    }
    assert all("result" in by_name[n] for n in ("wire.txt", "release.txt", "council.txt"))
    assert (stats.done, stats.failed) == (3, 2)


def test_rerun_skips_ids_already_in_output_and_drops_a_cut_line(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "briefs.jsonl"
    run_batch([str(corpus / "wire.txt")], out, BatchOptions())
    with out.open("ab") as fh:
        fh.write(b'{"id": "cut short by a ki')
    stats = run_batch([str(corpus)], out, BatchOptions())
    records = _records(out)
    assert stats.skipped == 1 and stats.done == 3
    assert len(records) == 5
    assert len({r["id"] or r["source"] for r in records}) == 5


def test_restart_overwrites_instead_of_resuming(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefs.jsonl"
    run_batch([str(corpus)], out, BatchOptions())
    stats = run_batch([str(corpus / "wire.txt")], out, BatchOptions(resume=False))
    assert stats.skipped == 0 and len(_records(out)) == 1


def _counting_items(pulled: list[int], n: int) -> Iterator[Article | IngestFailure]:
    for i in range(n):
        pulled[0] += 1
        yield article_from_text(f"Item {i}: the council met on Monday and voted.", source=str(i))


@pytest.mark.parametrize("jobs", [1, 2])
def test_reading_stays_a_bounded_number_of_chunks_ahead_of_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    pulled = [0]
    ahead: list[int] = []
    monkeypatch.setattr(
        batch_module, "iter_items", lambda sources, published=None: _counting_items(pulled, 60)
    )

    def on_progress(stats: BatchStats, _failed: Any) -> None:
        ahead.append(pulled[0] - stats.done - stats.failed)

    options = BatchOptions(jobs=jobs, chunk_size=4, in_flight=2)
    stats = run_batch(["unused"], tmp_path / "o.jsonl", options, on_progress=on_progress)
    assert stats.done == 60
    # at most in_flight chunks out, plus the chunk being read
    assert max(ahead) <= 4 * (2 + 1)


def test_pool_output_equals_single_process_output(corpus: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch([str(corpus)], one, BatchOptions(jobs=1))
    run_batch([str(corpus)], two, BatchOptions(jobs=2, chunk_size=1))
    assert one.read_bytes() == two.read_bytes()


def test_extract_records_hold_the_analysis_without_raw_input(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "extract.jsonl"
    run_batch([str(corpus / "release.txt")], out, BatchOptions(what="extract"))
    (record,) = _records(out)
    assert record["what"] == "extract"
    assert "raw" not in record["result"]["article"]
    text = record["result"]["article"]["text"]
    for entity in record["result"]["entities"]:
        assert text[entity["span"]["start"] : entity["span"]["end"]]


def _invented(name: str) -> list[Article]:
    return [
        article_from_text(f"{name}{i} Quimby{i} told Fentrow{i} Daily that {i}4,321 glorps left.")
        for i in range(20)
    ]


def test_vocabulary_does_not_grow_with_the_corpus_once_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from topline.nlp import get_nlp
    from topline.scale import work
    from topline.scale.work import WorkOptions, process_items

    monkeypatch.setattr(work, "KEEP_LEXEMES", 0)  # full from the start: every chunk zoned
    nlp = get_nlp()
    process_items([article_from_text("Warm up: the mayor said on Monday.")], WorkOptions())
    before = len(nlp.vocab.strings)
    records = process_items(_invented("Zorblax"), WorkOptions(), nlp=nlp)
    assert all("result" in r for r in records)
    assert "Zorblax3" in json.dumps(records[3]["result"])
    assert len(nlp.vocab.strings) == before


def test_vocabulary_keeps_the_first_chunks_words_then_stops_growing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Chunks run outside a memory zone (their words kept: the next chunks need not make
    them again) until the vocabulary is full; then every chunk's new words are freed."""
    from topline.nlp import get_nlp
    from topline.scale import work
    from topline.scale.work import WorkOptions, process_items

    nlp = get_nlp()
    process_items([article_from_text("Warm up: the mayor said on Monday.")], WorkOptions())
    monkeypatch.setattr(work, "KEEP_LEXEMES", len(nlp.vocab) - work._warm[id(nlp)] + 1)
    kept = process_items(_invented("Brindlequart"), WorkOptions(), nlp=nlp)
    assert "Brindlequart3" in nlp.vocab.strings  # under the limit: kept
    full = len(nlp.vocab.strings)
    freed = process_items(_invented("Snorvelnik"), WorkOptions(), nlp=nlp)
    assert "Snorvelnik3" not in nlp.vocab.strings
    assert len(nlp.vocab.strings) == full
    # the same articles give the same records in a zone or out of one
    monkeypatch.setattr(work, "KEEP_LEXEMES", 0)
    assert process_items(_invented("Brindlequart"), WorkOptions(), nlp=nlp) == kept
    assert "result" in freed[3] and "Snorvelnik3" in json.dumps(freed[3]["result"])


def test_chunks_close_early_on_long_articles_to_bound_parse_memory() -> None:
    from topline.scale.batch import chunked

    long_text = "The council met on Monday. " * 400  # ≈ 10,800 characters
    items: list[Article | IngestFailure] = [article_from_text(long_text + str(i)) for i in range(5)]
    items.insert(2, IngestFailure.of(EmptyInput("input is empty"), "bad.txt"))
    chunks = list(chunked(items, size=32, max_chars=25_000))
    assert [len(c) for c in chunks] == [4, 2]
    assert [item for c in chunks for item in c] == items


def test_a_chunk_is_parsed_in_batches_bounded_by_their_text(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parse's working memory grows with the tokens of one ``nlp.pipe`` batch (the
    worker's peak RSS, issue #19): a chunk of long articles goes to the parser at most
    ``PIPE_CHARS`` (plus one article) at a time, the ingest path's chunks too, and the records and
    analyses are those of one batch."""
    from topline.nlp import get_nlp
    from topline.scale import work
    from topline.scale.work import WorkOptions, analyse_articles, process_items

    articles = [
        article_from_text(p.read_text()) for p in sorted(corpus.glob("*.txt")) if p.stat().st_size
    ]
    nlp = get_nlp()
    whole = process_items(articles, WorkOptions(), nlp=nlp)
    analyses = analyse_articles(articles, nlp=nlp)
    sizes: list[int] = []
    real_pipe = nlp.pipe

    def pipe(texts: Any, **kwargs: Any) -> Any:
        if kwargs.get("as_tuples"):  # spaCy's own inner call has none
            sizes.append(kwargs["batch_size"])
        return real_pipe(texts, **kwargs)

    monkeypatch.setattr(nlp, "pipe", pipe)
    monkeypatch.setattr(work, "PIPE_CHARS", 1)  # every article closes its batch
    assert process_items(articles, WorkOptions(), nlp=nlp) == whole
    assert sizes == [1] * len(articles)
    sizes.clear()
    assert [to_json(a) for a in analyse_articles(articles, nlp=nlp)] == [
        to_json(a) for a in analyses
    ]
    assert sizes == [1] * len(articles)


def test_each_text_is_parsed_once_and_a_foreign_one_not_at_all(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failing article (a refused language, an extractor that raises) costs its
    neighbours no re-parse: restarting ``nlp.pipe`` after each failure re-parsed the rest of
    the chunk and made the 2,000-article throughput run a third slower (issue #19)."""
    from topline.nlp import get_nlp
    from topline.scale.work import WorkOptions, process_items

    spanish = (
        "El ayuntamiento votó el martes cerrar el viejo puente del puerto durante seis meses "
        "para repararlo, después de que los inspectores encontraran grietas en dos de sus "
        "soportes, dijo la alcaldesa."
    )
    english = [
        article_from_text(p.read_text()) for p in sorted(corpus.glob("*.txt")) if p.stat().st_size
    ]
    items: list[Article] = [english[0], article_from_text(spanish), *english[1:]]
    nlp = get_nlp()
    process_items(items[:1], WorkOptions(), nlp=nlp)  # warm-up outside the count
    parsed: list[str] = []
    real_make_doc = nlp.make_doc

    def counting(text: str) -> Any:
        parsed.append(text)
        return real_make_doc(text)

    real = pipeline.make_brief

    def flaky(analysis: Any, *args: Any, **kwargs: Any) -> Any:
        if "bakery" in analysis.article.text:
            raise RuntimeError("extractor bug")
        return real(analysis, *args, **kwargs)

    monkeypatch.setattr(nlp, "make_doc", counting)
    monkeypatch.setattr(pipeline, "make_brief", flaky)
    records = process_items(items, WorkOptions(batch_size=32), nlp=nlp)
    assert [r["error"]["code"] if "error" in r else "ok" for r in records] == [
        "ok" if "bakery" not in a.text else "internal_error" for a in items[:1]
    ] + ["unsupported_language"] + [
        "ok" if "bakery" not in a.text else "internal_error" for a in items[2:]
    ]
    assert sorted(parsed) == sorted(a.text for a in english)


def test_a_brief_batch_runs_no_extractor_whose_output_no_brief_reads(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A brief document never shows events, so a brief batch does not find them (≈ 10% of
    topline's own time per article, issue #19); its records are those of the full analysis,
    and an extraction batch still runs every extractor."""
    from topline.analyze import registry
    from topline.nlp import get_nlp
    from topline.scale.work import WorkOptions, process_items, result_document, success_record

    articles = [
        article_from_text(p.read_text()) for p in sorted(corpus.glob("*.txt")) if p.stat().st_size
    ]
    nlp = get_nlp()
    full = [
        success_record(a, result_document(analysis, WorkOptions()), "brief")
        for a, analysis in zip(articles, pipeline.analyse_many(articles, nlp=nlp), strict=True)
    ]
    assert any(analysis.events for analysis in pipeline.analyse_many(articles, nlp=nlp))
    calls: list[str] = []

    def counted(name: str) -> Any:
        real = getattr(registry, name)

        def run(*args: Any) -> Any:
            calls.append(name)
            return real(*args)

        return run

    for name in ("find_events", "find_quotes"):
        monkeypatch.setattr(registry, name, counted(name))
    briefs = process_items(articles, WorkOptions(), nlp=nlp)
    assert briefs == full
    assert "find_events" not in calls and "find_quotes" in calls
    calls.clear()
    extractions = process_items(articles, WorkOptions(what="extract"), nlp=nlp)
    assert "find_events" in calls
    assert any(r["result"]["events"] for r in extractions)
