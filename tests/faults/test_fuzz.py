"""Fuzzing the readers and shells with hostile inputs (issue #15): JSONL, HTML and feeds full
of lone surrogates, deep nesting, huge fields and bad dates go through ``read``, ``batch``,
``ingest`` and the API. Whatever comes in: never exit 1, never a 500, good items kept.

Kept fast for CI (a few dozen examples each); hypothesis explores further when run with
``--hypothesis-profile`` of a larger size.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from faults.inputs import GOOD
from topline.cli import app
from topline.web import create_app

runner = CliRunner()
FAST = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# --- strategies --------------------------------------------------------------------------------

#: Every code point, lone surrogates included.
ANY_CHAR = st.characters(codec=None, categories=None)
BAD_DATES = st.sampled_from(
    ["0001-01-01", "9999-12-31", "garbage", "2020-13-45", "", "1e400", "-99999-01-01",
     "Tue, 99 Foo 2020", "2020-02-30T25:61:00Z"]
)  # fmt: skip
DATES = st.one_of(BAD_DATES, st.just("2020-01-16"), st.integers(-(10**20), 10**20))
NASTY_TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=300),
    st.builds(lambda t: t + " \ud800 " + t, st.sampled_from(GOOD)),
    st.builds(lambda n: "Word. " * n, st.sampled_from([1, 10, 200_001])),  # 200_001: over the limit
    st.sampled_from(["two weeks ago", "next week", "in 9999 years", "Jan. 1, 0001"]).map(
        lambda phrase: f"The council met {phrase}, officials said. The mayor agreed."
    ),
)
JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(ANY_CHAR, max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)
RECORD = st.one_of(
    st.fixed_dictionaries(
        {"text": NASTY_TEXT},
        optional={
            "title": st.text(ANY_CHAR, max_size=40),
            "published": DATES,
            "url": st.text(ANY_CHAR, max_size=30),
        },
    ),
    st.fixed_dictionaries({"html": st.text(ANY_CHAR, max_size=200)}),
    JSON_VALUE,
)
DEEP = '{"text": ' + "[" * 50_000
BAD_LINE = st.sampled_from(
    ["[" * 50_000, '{"text": ' * 20_000, "{not json", "\ufeff{}", '"\\ud800"']
)


def _line(record: Any) -> str:
    return record if isinstance(record, str) and record[:1] in '[{"\ufeff' else json.dumps(record)


@st.composite
def jsonl_files(draw: st.DrawFn) -> tuple[str, list[int]]:
    """A JSONL export: hostile lines with the good articles at known lines."""
    lines = [_line(r) for r in draw(st.lists(st.one_of(RECORD, BAD_LINE), max_size=6))]
    good: list[int] = []
    for text in GOOD[:2]:
        at = draw(st.integers(0, len(lines)))
        lines.insert(at, json.dumps({"text": text, "published": "2020-01-16"}))
        good = [g + (g >= at) for g in good] + [at]
    return "\n".join(lines) + "\n", sorted(g + 1 for g in good)


TAGS = st.sampled_from(["div", "p", "span", "article", "script", "table", "meta", "time"])


@st.composite
def pages(draw: st.DrawFn) -> str:
    depth = draw(st.sampled_from([0, 5, 5000]))
    tag = draw(TAGS)
    date = draw(BAD_DATES)
    body = draw(st.text(ANY_CHAR, max_size=200)).replace("\x00", "")
    return (
        f'<html><head><title>{draw(st.text(ANY_CHAR, max_size=30))}</title>'
        f'<meta property="article:published_time" content="{date}"></head><body>'
        + f"<{tag}>" * depth + f"<p>{GOOD[0]}</p><p>{body}</p><p>&#xD800;&#0;</p>" + f"</{tag}>" * depth
        + "</body></html>"
    )  # fmt: skip


def _xml_text(text: str) -> str:
    """Hostile text, minus what would make the file not a feed at all (markup, NUL bytes:
    a file with NUL bytes is refused whole as binary, by design)."""
    return text.replace("<", "").replace("&", "").replace("\x00", "")


@st.composite
def feeds(draw: st.DrawFn) -> str:
    items = []
    for _ in range(draw(st.integers(0, 3))):
        title = _xml_text(draw(st.text(ANY_CHAR, max_size=30)))
        items.append(
            f"<item><title>{title}</title><pubDate>{draw(BAD_DATES)}</pubDate>"
            f"<description>{_xml_text(draw(st.text(ANY_CHAR, max_size=80)))}</description></item>"
        )
    items.insert(
        draw(st.integers(0, len(items))),
        f"<item><title>Good</title><description>{GOOD[1]}</description></item>",
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>'
        + "".join(items)
        + "</channel></rss>"
    )


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    return path


# --- read, batch, ingest -------------------------------------------------------------------------


@FAST
@given(export=jsonl_files())
def test_read_and_batch_keep_good_lines_of_hostile_jsonl(
    tmp_path: Path, export: tuple[str, list[int]]
) -> None:
    text, good = export
    source = _write(tmp_path / "in.jsonl", text)
    read = runner.invoke(app, ["read", str(source)])
    assert read.exit_code in (0, 2), read.output
    kept = [json.loads(line)["source"] for line in read.stdout.splitlines()]
    assert all(f"{source}:{n}" in kept for n in good)
    out = tmp_path / "out.jsonl"
    out.unlink(missing_ok=True)
    batch = runner.invoke(app, ["batch", str(source), "-o", str(out), "--what", "extract"])
    assert batch.exit_code in (0, 2), batch.output
    records = {r["source"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert all("result" in records[f"{source}:{n}"] for n in good)


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(export=jsonl_files())
def test_ingest_stores_good_lines_of_hostile_jsonl(
    tmp_path: Path, export: tuple[str, list[int]]
) -> None:
    text, good = export
    source = _write(tmp_path / "in.jsonl", text)
    db = tmp_path / "s.db"
    db.unlink(missing_ok=True)
    result = runner.invoke(app, ["ingest", str(source), "--db", str(db), "-q"])
    assert result.exit_code in (0, 2), result.output
    listed = runner.invoke(app, ["search", "council OR rain", "--db", str(db), "-f", "json"])
    assert listed.exit_code == 0, listed.output
    assert len(json.loads(listed.stdout)) >= len(good)


@settings(FAST, max_examples=8)
@given(page=pages(), feed=feeds())
def test_read_batch_and_ingest_survive_hostile_pages_and_feeds(
    tmp_path: Path, page: str, feed: str
) -> None:
    html = _write(tmp_path / "page.html", page)
    rss = _write(tmp_path / "feed.rss", feed)
    result = runner.invoke(app, ["read", str(html), str(rss)])
    assert result.exit_code in (0, 2), result.output
    assert "internal error" not in result.stderr
    assert any(GOOD[1][:40] in json.loads(line)["text"] for line in result.stdout.splitlines())
    out = tmp_path / "out.jsonl"
    out.unlink(missing_ok=True)
    batch = runner.invoke(app, ["batch", str(html), str(rss), "-o", str(out), "--what", "extract"])
    assert batch.exit_code in (0, 2), batch.output
    done = [json.loads(line) for line in out.read_text().splitlines()]
    assert any(GOOD[1][:40] in r["result"]["article"]["text"] for r in done if "result" in r)
    db = tmp_path / "s.db"
    db.unlink(missing_ok=True)
    ingest = runner.invoke(app, ["ingest", str(html), str(rss), "--db", str(db), "--no-analyze"])
    assert ingest.exit_code in (0, 2), ingest.output


# --- the API -------------------------------------------------------------------------------------


@FAST
@given(record=RECORD, page=pages())
def test_the_api_never_answers_500(record: Any, page: str) -> None:
    client = TestClient(create_app(isolate=False, warm_model=False), base_url="http://localhost")
    bodies = [record, {"html": page}, DEEP, {"text": GOOD[0], "published": "2020-01-16"}]
    for body in bodies:
        content = body.encode() if body is DEEP else json.dumps(body).encode()
        for route in ("/v1/extract", "/v1/brief"):
            response = client.post(
                route, content=content, headers={"content-type": "application/json"}
            )
            assert response.status_code < 500 or response.status_code == 503, (body, response.text)
    assert response.status_code == 200  # the good article, last
