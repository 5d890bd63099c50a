"""A time in the possessive is a determiner of the source, not when it spoke: "Last year's
FBI statistics show …" was tagged "(source: Last)", the tag cut at its time word as "the
ministry last week" is; it is left whole. Phrases written for this test (sixteenth session)."""

from __future__ import annotations

import pytest

from topline.brief.credit import without_time
from topline.model import Source, Span


def _tag(text: str, name: str) -> Source:
    start = text.index(name)
    return without_time(text, Source(name=name, span=Span(start, start + len(name))))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Last year's census figures show the town shrank.", "Last year's census figures"),
        ("This week’s survey by the guild found rents rose.", "This week’s survey by the guild"),
        ("Monday's report said the dam held.", "Monday's report"),
    ],
)
def test_a_time_possessive_opening_the_tag_is_kept_whole(text: str, name: str) -> None:
    assert _tag(text, name).name == name


def test_a_time_possessive_inside_the_tag_is_no_time_of_saying() -> None:
    text = "A group hoping to win Tuesday's vote in Ohio said it would spend more."
    name = "A group hoping to win Tuesday's vote in Ohio"
    assert _tag(text, name).name == name


def test_a_time_of_saying_is_still_cut() -> None:
    text = "The ministry last week said the dam held."
    assert _tag(text, "The ministry last week").name == "The ministry"
