"""The Python API reads text, HTML, a path or a URL through the CLI's readers, and says which.

HTML handed to ``topline.brief()`` is read as a page: briefed as text, its markup would end
up in the brief.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import topline
from ingest.conftest import Served
from topline.cli import app
from topline.errors import NotText

PAGE_HTML = """<!doctype html>
<html><head><title>Harbour ferry resumes service</title></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Harbour ferry resumes service</h1>
<p>The harbour ferry resumed its service on Monday after a two-week repair of its engine,
the city transport office said in a statement.</p>
<p>"We are glad to have the boat back," said Anna Holm, the head of the transport office,
at the pier on Monday morning.</p>
<p>About 3,000 passengers use the ferry each day, according to city figures, and the
repair cost $250,000.</p>
</article><footer>Copyright City News</footer></body></html>
"""

TEXT = (
    "The harbour ferry resumed its service on Monday after a two-week repair of its engine, "
    "the city transport office said in a statement.\n\n"
    '"We are glad to have the boat back," said Anna Holm, the head of the transport office.'
)


def test_sniff_tells_url_file_html_and_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert topline.sniff("https://example.org/news/1") == "url"
    assert topline.sniff(str(path)) == "file"
    assert topline.sniff(path) == "file"
    assert topline.sniff(PAGE_HTML) == "html"
    assert topline.sniff(TEXT) == "text"
    assert topline.sniff("no-such-file.txt") == "text"
    with pytest.raises(NotText):  # NUL bytes: neither a path nor an article
        topline.sniff("abc\x00def")


def test_html_given_to_brief_is_read_as_a_page_not_as_text() -> None:
    assert topline.read(PAGE_HTML).raw_kind == "html"
    brief = topline.brief(PAGE_HTML)
    assert brief == topline.brief_html(PAGE_HTML)
    assert brief.topline is not None
    assert "<" not in brief.topline.text and "Home" not in brief.topline.text
    as_text = topline.read(PAGE_HTML, kind="text")
    assert as_text.raw_kind == "text" and "<p>" in as_text.text  # what sniffing avoids


def test_a_path_gives_the_cli_document(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE_HTML, encoding="utf-8")
    result = CliRunner().invoke(app, ["brief", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(json.dumps(topline.document(path))) == json.loads(result.stdout)
    assert topline.document(str(path))["article"]["source"] == str(path)
    assert topline.brief_file(path) == topline.brief(str(path))


def test_a_url_is_fetched_and_read_like_the_cli(server: Served) -> None:
    url = f"{server.base}/article"
    article = topline.read(url)
    assert (article.source, article.raw_kind) == (url, "html")
    assert topline.brief_url(url) == topline.brief(url)


def test_import_topline_does_not_load_spacy() -> None:
    code = "import sys, topline; print('spacy' in sys.modules, 'thinc' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


@pytest.mark.parametrize("kind", ["text", "html"])
def test_forced_kind_is_what_the_article_says_it_was(kind: str) -> None:
    source = TEXT if kind == "text" else PAGE_HTML
    assert topline.read(source, kind=kind).raw_kind == kind  # type: ignore[arg-type]
