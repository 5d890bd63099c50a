"""One error vocabulary: every ToplineError lives in topline.errors and is drawn in its tree."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import topline
from topline import errors
from topline.errors import EmptyInput, ItemFailed, ToplineError
from topline.ingest import load
from topline.ingest.result import IngestFailure


def _all_subclasses(cls: type[ToplineError]) -> set[type[ToplineError]]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _all_subclasses(sub)
    return found


def test_every_topline_error_is_defined_in_errors_and_drawn_in_its_tree() -> None:
    for info in pkgutil.walk_packages(topline.__path__, "topline."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    docstring = errors.__doc__ or ""
    classes = {c for c in _all_subclasses(ToplineError) if c.__module__.startswith("topline")}
    assert len(classes) >= 34
    for cls in classes:
        assert cls.__module__ == "topline.errors", cls
        assert f"── {cls.__name__} " in docstring, cls.__name__
        assert cls.code in docstring, cls.code


def test_a_batch_failure_carries_the_typed_error_and_raises_it(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("   \n", encoding="utf-8")
    (item,) = list(load(str(tmp_path / "blank.txt")))
    assert isinstance(item, IngestFailure)
    assert isinstance(item.error, EmptyInput)
    assert (item.code, item.reason) == ("empty_input", "input holds only white space")
    try:
        item.raise_error()
    except EmptyInput as exc:
        assert exc is item.error
    else:
        raise AssertionError("raise_error did not raise")


def test_an_unexpected_failure_carries_an_internal_error_and_is_scrubbed() -> None:
    item = IngestFailure.unexpected(ValueError("a\ud800b\nmore"), "in\udcffput.txt")
    assert isinstance(item.error, ItemFailed)
    assert (item.code, item.source) == ("internal_error", "in\ufffdput.txt")
    assert item.reason == "unexpected ValueError: a\ufffdb"
    assert str(item.error) == "in\ufffdput.txt: unexpected ValueError: a\ufffdb"
    assert item.article_id is None
