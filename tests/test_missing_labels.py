"""The note under a brief names what the text could not support. With two Key facts shown
and a third missing, "Not supported by the source: Key facts" read as if there were none
(a reader's find, sixteenth session)."""

from __future__ import annotations

from topline.render.brief import missing_labels
from topline.web.pages import brief_missing_labels


def test_some_bullets_shown_says_more_were_not_found() -> None:
    assert missing_labels(["bullets", "key_background"], 2) == [
        "more than 2 Key facts",
        "Key background",
    ]


def test_no_bullets_shown_names_the_section() -> None:
    assert missing_labels(["bullets", "big_number"], 0) == ["Key facts", "Big number"]


def test_the_page_names_them_as_the_markdown_does() -> None:
    brief = {"missing": ["bullets", "crucial_quote"], "bullets": [{"text": "A."}]}
    assert brief_missing_labels(brief) == ["more than 1 Key fact", "Crucial quote"]
