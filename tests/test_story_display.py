"""What a reader sees of a story (its title, its timeline, `topline stories`, the story
page) holds no TimeML code and no title cut mid-phrase (issue #14, item 7)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from topline.cli import app
from topline.eval.editorial import audit_display
from topline.ingest import article_from_text
from topline.pipeline import open_store
from topline.short_title import ELLIPSIS

#: No title: the story is named after the first line, longer than a title may be. Relative
#: and vague times ("last week", "for five years", "in the coming months") are TimeML
#: references and durations in the analysis.
FIRST = (
    "Residents of the riverside estate were moved to emergency shelters across the county "
    "overnight on Tuesday as the swollen river broke through the old flood wall.\n\n"
    "The wall had been patched for five years, the county engineer said last week.\n\n"
    "Officials said a new barrier would be built in the coming months."
)
SECOND = (
    "The river broke through the flood wall at the riverside estate again on Thursday, "
    "two days after residents were moved to shelters.\n\n"
    "The county engineer said the old wall had failed for the first time in 2019."
)


def test_story_title_and_timeline_read_as_a_reader_writes(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add(
            [
                article_from_text(FIRST, published="2024-03-06"),
                article_from_text(SECOND, published="2024-03-08"),
            ]
        )
    runner = CliRunner()
    listed = runner.invoke(app, ["stories", "--db", str(db)])
    assert listed.exit_code == 0, listed.output
    title_line = next(line for line in listed.output.splitlines() if "**" in line)
    title = title_line.split("**")[1]
    assert title.endswith(ELLIPSIS)
    assert title.split()[-1].rstrip(ELLIPSIS) not in {"the", "of", "across", "on", "as"}
    assert FIRST.startswith(title.removesuffix(ELLIPSIS))
    story_id = title_line.split("`")[1]
    page = runner.invoke(app, ["story", story_id, "--db", str(db)])
    assert page.exit_code == 0, page.output
    assert "## Timeline" in page.output
    timeline = page.output.split("## Timeline")[1].split("##")[0].splitlines()
    dated = [line for line in timeline if line.startswith("- ") and "undated" not in line]
    assert "2019" in dated[0]  # oldest first: a year sorts before the days of 2024
    for line in [*listed.output.splitlines(), *page.output.splitlines()]:
        assert audit_display(line) == [], line
