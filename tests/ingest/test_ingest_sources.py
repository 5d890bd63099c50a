"""Folders, globs, .gz and sniffing; size caps; one error per broken file, the rest goes on."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from topline.errors import InputError, NotAFile, TooLarge
from topline.ingest import IngestFailure, load, read_source
from topline.ingest.sources import sniff
from topline.model import Article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
TEXT = "The museum will reopen on Saturday after a two-year renovation, its director said.\n"


def _ok(items: list[Article | IngestFailure]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def _failed(items: list[Article | IngestFailure]) -> list[IngestFailure]:
    return [i for i in items if isinstance(i, IngestFailure)]


def test_folder_is_read_recursively_and_a_binary_file_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page.htm").write_bytes((FIXTURES / "article.html").read_bytes())
    (tmp_path / "sub" / "notes.md").write_text("# Notes\n\n" + TEXT, encoding="utf-8")
    (tmp_path / "sub" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 50)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "skip.txt").write_text(TEXT, encoding="utf-8")
    items = list(load(str(tmp_path)))
    assert sorted(Path(a.source or "").name for a in _ok(items)) == [
        "a.txt",
        "notes.md",
        "page.htm",
    ]
    (error,) = _failed(items)
    assert error.source == str(tmp_path / "sub" / "photo.jpg")
    assert "binary" in error.reason


def test_glob_and_gzip_and_extensionless_html_are_sniffed(tmp_path: Path) -> None:
    page = (FIXTURES / "article.html").read_bytes()
    (tmp_path / "one.html.gz").write_bytes(gzip.compress(page))
    (tmp_path / "two").write_bytes(page)
    (tmp_path / "three.txt.gz").write_bytes(gzip.compress(TEXT.encode()))
    items = list(load(str(tmp_path / "*")))
    kinds = sorted((Path(a.source or "").name, a.raw_kind) for a in _ok(items))
    assert kinds == [("one.html.gz", "html"), ("three.txt.gz", "text"), ("two", "html")]
    assert not _failed(items)


def test_glob_that_matches_nothing_is_one_error(tmp_path: Path) -> None:
    (item,) = list(load(str(tmp_path / "*.nothing")))
    assert isinstance(item, IngestFailure) and "no file matches" in item.reason


def test_fifty_megabyte_page_is_refused_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "huge.html"
    with big.open("wb") as fh:
        fh.write(b"<html><body><p>start</p>")
        fh.truncate(50 * 1024 * 1024)  # sparse: no disk, and it must not be read
    opened: list[Path] = []
    real_open = Path.open

    def spy(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        opened.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", spy)
    (item,) = list(load(str(big)))
    assert isinstance(item, IngestFailure) and item.code == TooLarge.code
    assert item.source == str(big) and "52,428,800 bytes" in item.reason
    assert big not in opened
    with pytest.raises(TooLarge):
        read_source(str(big))


def test_gzip_bomb_stops_at_the_cap(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b" " * (8 * 1024 * 1024)))
    (item,) = list(load(str(bomb), max_bytes=1024 * 1024))
    assert isinstance(item, IngestFailure) and "decompresses to more than" in item.reason


def test_text_in_unknown_encoding_is_one_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café au lait, naïve façade, São Paulo.\n".encode("cp1252") * 3)
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    items = list(load(str(tmp_path)))
    assert len(_ok(items)) >= 1
    for error in _failed(items):
        assert error.source == str(path)
        assert "UTF-8" in error.reason or "encoding" in error.reason


def test_missing_file_is_one_error() -> None:
    (item,) = list(load("/nonexistent/dir/file.txt"))
    assert isinstance(item, IngestFailure) and item.reason == "no such file"


def test_read_source_refuses_a_source_with_several_articles(tmp_path: Path) -> None:
    path = tmp_path / "two.jsonl"
    path.write_text(
        f'{{"text": "{TEXT.strip()}"}}\n{{"text": "Another story."}}\n', encoding="utf-8"
    )
    with pytest.raises(InputError, match="more than one article"):
        read_source(str(path))
    with pytest.raises(NotAFile, match="is a directory"):
        read_source(str(tmp_path))


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (b"<?xml version='1.0'?><rss version='2.0'>", "feed.xml", "feed"),
        (b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'>", "page.xml", "html"),
        (b"  <!DOCTYPE html><html>", "download", "html"),
        (b'{"text": "a"}\n{"text": "b"}\n', "dump", "jsonl"),
        (b'[{"text": "a"}]', "dump", "json"),
        (b"Plain words.", "notes", "text"),
        (b"<p>markup</p>", "story.txt", "text"),
        (b"<!DOCTYPE html><html><body>", "saved-page.txt", "html"),
    ],
)
def test_sniff_uses_extension_then_content(head: bytes, name: str, kind: str) -> None:
    assert sniff(head, name) == kind
