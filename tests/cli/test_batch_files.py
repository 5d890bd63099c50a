"""``topline batch --format md|html --out FOLDER``: one file per article, one model load."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from topline.cli import app
from topline.cli.batch_files import file_stem

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("plain-article.txt", "topline-form.txt"):
        (folder / name).write_bytes((REPO / "examples" / name).read_bytes())
    (folder / "empty.txt").write_text("")
    return folder


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_one_file_per_article_and_one_model_load(
    inputs: Path, tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import topline.nlp

    model = __import__(topline.nlp.MODEL_PACKAGE)
    loads: list[object] = []
    real_load = model.load

    def counting_load(*args: object, **kwargs: object) -> object:
        loads.append(args)
        return real_load(*args, **kwargs)

    topline.nlp.get_nlp.cache_clear()
    monkeypatch.setattr(model, "load", counting_load)
    out = tmp_path / "briefs"
    result = CliRunner().invoke(app, ["batch", str(inputs), "--format", fmt, "--out", str(out)])
    topline.nlp.get_nlp.cache_clear()
    # the empty file failed, the others are done (exit 2 for "some items failed", #17)
    assert result.exit_code in (0, 2), result.output
    assert "empty.txt" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["briefs.jsonl", f"plain-article.{fmt}", f"topline-form.{fmt}"]
    )
    page = (out / f"plain-article.{fmt}").read_text()
    assert "Ferry service suspended after car deck fire off Harwick Island" in page
    assert len(loads) == 1


def test_md_needs_a_folder(inputs: Path) -> None:
    result = CliRunner().invoke(app, ["batch", str(inputs), "--format", "md"])
    assert result.exit_code == 2 and "--out FOLDER" in result.stderr


@pytest.mark.parametrize(
    ("record", "stem"),
    [
        ({"source": "news/a b.txt", "id": "x"}, "a-b"),
        ({"source": "feed.xml#3", "id": "x"}, "feed-3"),
        ({"source": "corpus.jsonl:7", "id": "x"}, "corpus-7"),
        ({"source": None, "id": "abc123"}, "abc123"),
    ],
)
def test_file_names_come_from_the_source(record: dict[str, object], stem: str) -> None:
    assert file_stem(record) == stem
