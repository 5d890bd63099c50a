from __future__ import annotations

from pathlib import Path

from topline.module_index import PACKAGE, render_index, summary

DOC = Path(__file__).resolve().parents[1] / "docs" / "modules.md"


def test_module_index_in_docs_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == render_index(), (
        "docs/modules.md is stale: run python -m topline.module_index > docs/modules.md"
    )


def test_every_module_says_why_it_exists() -> None:
    undocumented = [
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*.py")
        if "__pycache__" not in p.parts and summary(p) == "(no docstring)"
    ]
    assert undocumented == []


def test_summary_is_the_first_paragraph_on_one_line_and_cut_at_a_word(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('"""Why this\nexists | here.\n\nDetails nobody needs."""\n', encoding="utf-8")
    assert summary(module) == "Why this exists \\| here."
    module.write_text('"""' + "word " * 100 + '"""\n', encoding="utf-8")
    cut = summary(module)
    assert cut.endswith("word …") and len(cut) <= 242
