"""JSONL / JSON exports: usual field names, chosen field names, broken lines."""

from __future__ import annotations

import datetime
import gzip
import json
from pathlib import Path

from topline.ingest import IngestError, load
from topline.model import Article

BODY = "The port authority said on Monday that container traffic rose 12 percent in May."


def _lines(*records: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


def test_jsonl_broken_line_is_reported_and_other_lines_are_read(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(
        _lines(
            {
                "title": "Port traffic up",
                "text": BODY,
                "date": "2021-06-01",
                "url": "https://p.example/1",
            },
            '{"title": "cut off", "text": "half',
            "",
            {
                "headline": "Second",
                "maintext": "Ferries will run every hour from June, the operator said.",
            },
        ),
        encoding="utf-8",
    )
    items = list(load(str(path)))
    assert [type(i) for i in items] == [Article, IngestError, Article]
    first, broken, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == BODY and first.title == "Port traffic up"
    assert first.published == datetime.date(2021, 6, 1) and first.url == "https://p.example/1"
    assert first.raw_kind == "jsonl"
    assert isinstance(broken, IngestError)
    assert broken.source == f"{path}:2" and "not valid JSON" in broken.reason
    assert second.title == "Second" and second.text.startswith("Ferries will run")


def test_news_please_style_record_fills_metadata(tmp_path: Path) -> None:
    path = tmp_path / "np.jsonl"
    record = {
        "title": "Port traffic up", "maintext": BODY, "date_publish": "2021-06-01 10:00:00",
        "authors": ["A. Chen", "B. Ruiz"], "source_domain": "ports.example", "language": "en",
        "description": "Traffic rose.", "url": "https://ports.example/a",
    }  # fmt: skip
    path.write_text(_lines(record), encoding="utf-8")
    (article,) = list(load(str(path)))
    assert isinstance(article, Article)
    assert article.byline == "A. Chen, B. Ruiz" and article.outlet == "ports.example"
    assert article.published == datetime.date(2021, 6, 1) and article.description == "Traffic rose."


def test_chosen_field_names_are_the_only_ones_used(tmp_path: Path) -> None:
    path = tmp_path / "custom.jsonl"
    path.write_text(
        _lines(
            {
                "body_txt": BODY,
                "hed": "Chosen",
                "when": "2020-02-02",
                "link_out": "x://y",
                "text": "no",
            }
        ),
        encoding="utf-8",
    )
    (article,) = list(
        load(
            str(path),
            text_field="body_txt",
            title_field="hed",
            date_field="when",
            url_field="link_out",
        )
    )
    assert isinstance(article, Article)
    assert (article.text, article.title, article.published, article.url) == (
        BODY, "Chosen", datetime.date(2020, 2, 2), "x://y",
    )  # fmt: skip


def test_record_without_text_names_the_field_it_looked_for(tmp_path: Path) -> None:
    path = tmp_path / "notext.jsonl"
    path.write_text(_lines({"title": "Only a title"}), encoding="utf-8")
    (item,) = list(load(str(path), text_field="story"))
    assert isinstance(item, IngestError) and "story" in item.reason and item.source == f"{path}:1"


def test_json_list_and_wrapped_list_and_html_field(tmp_path: Path) -> None:
    page = (
        "<html><body><article><h1>Dam</h1>"
        + "".join(
            f"<p>{BODY} Paragraph {n} adds detail on the harbour works.</p>" for n in range(4)
        )
        + "</article></body></html>"
    )
    (tmp_path / "list.json").write_text(json.dumps([{"text": BODY}, {"text": BODY + " Again."}]))
    (tmp_path / "wrapped.json").write_text(
        json.dumps({"articles": [{"html": page, "title": "Dam works"}]})
    )
    items = list(load(str(tmp_path)))
    assert all(isinstance(i, Article) for i in items) and len(items) == 3
    html_article = next(i for i in items if isinstance(i, Article) and i.title == "Dam works")
    assert html_article.raw_kind == "html" and "Paragraph 3 adds detail" in html_article.text


def test_jsonl_is_streamed_so_the_file_may_exceed_the_cap_but_not_a_line(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl.gz"
    records = [{"text": f"{BODY} Record {n}."} for n in range(30)]
    records[7] = {"text": "x " * 2000}
    lines = [json.dumps(r).encode() for r in records]
    lines[3] = b'{"text": "caf\xe9 is not UTF-8"}'
    path.write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
    items = list(load(str(path), max_bytes=1024))
    errors = {i.source: i for i in items if isinstance(i, IngestError)}
    assert len(items) == 30 and set(errors) == {f"{path}:4", f"{path}:8"}
    assert "not valid UTF-8" in errors[f"{path}:4"].reason
    assert "over the 1,024-byte limit" in errors[f"{path}:8"].reason


def test_dates_in_export_formats_become_dates_and_a_non_date_is_dropped(
    tmp_path: Path,
) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_text(
        _lines(
            {"text": BODY, "date": "Tue, 01 Jun 2021 08:00:00 GMT"},
            {"text": BODY, "date": "2021-06-01T08:00:00Z"},
            {"text": BODY, "date": "June 1, 2021"},
            {"text": BODY, "date": 1622534400},
            {"text": BODY, "date": "sometime last week"},
        ),
        encoding="utf-8",
    )
    dates = [i.published for i in load(str(path)) if isinstance(i, Article)]
    assert dates == [datetime.date(2021, 6, 1)] * 4 + [None]
