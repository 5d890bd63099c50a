"""Big number labels that lack what they count (sixteenth session, editorial lane): a bare
count of people kept by a verb before the figure that tells nothing done to them ("drawing
1,110 people" shown as "1,110 — people"), and money or a share followed by a time ("22% —
in the third quarter"). Texts written for this test."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.number_labels import participle_before
from topline.ingest import article_from_text
from topline.model import Span


def _number(text: str) -> str | None:
    number = make_brief(analyze(article_from_text(text, published="2021-02-02"))).big_number
    return number.text if number is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "Rally.\n\nThe senator held a rally in Ashby on Friday, drawing 1,110 people to the "
        "fairground.\n\nShe spoke for an hour.",
        "Count.\n\nThe governor finished the night winning 22 states, her aides said.\n\n"
        "The count goes on.",
        "Drill.\n\nThe drill brought together 9,000 troops, including 4,000 U.S. soldiers, "
        "on the coast.\n\nIt ends on Friday.",
    ],
)
def test_a_verb_before_in_no_participle_form_refuses_a_bare_count_of_people(text: str) -> None:
    label = _number(text)
    assert label is None or not label.endswith(("people", "states", "soldiers"))


def test_a_verb_before_in_participle_form_keeps_the_count() -> None:
    text = (
        "Flood.\n\nThe river has killed more than 400 villagers in the delta since June, aid "
        "groups say.\n\nThe rains go on."
    )
    assert _number(text) == "killed more than 400 villagers"


def test_a_count_of_things_with_its_verb_after_is_unchanged() -> None:
    text = (
        "Fire.\n\nAbout 1,200 firefighters battled the blaze overnight, officials said on "
        "Sunday.\n\nThe fire is out."
    )
    label = _number(text)
    assert label is not None and label.startswith("About 1,200 firefighters")


@pytest.mark.parametrize(
    ("word", "reads"),
    [
        ("killed", True),
        ("won", True),
        ("sold", True),
        ("drawing", False),
        ("took", False),
        ("need", False),
        ("surveyed", False),
        ("owns", False),
        ("totaled", False),
        ("climbed", False),
    ],
)
def test_participle_before_reads_the_written_form(word: str, reads: bool) -> None:
    assert participle_before(word, Span(0, len(word))) is reads


@pytest.mark.parametrize(
    "text",
    [
        "Results.\n\nAcme Corp. said net income fell 22% in the third quarter, hurt by weak "
        "sales of its tractors.\n\nThe shares closed lower.",
        "Poll.\n\nThe senator drew almost 30 percent on Tuesday night, well ahead of her "
        "rivals.\n\nThe count goes on.",
    ],
)
def test_a_time_after_money_or_a_share_is_no_label(text: str) -> None:
    assert _number(text) is None


def test_what_money_is_for_stays_its_label() -> None:
    text = (
        "Roads.\n\nThe state will spend $4 billion on roads over the next decade, the "
        "governor said.\n\nWork starts in May."
    )
    label = _number(text)
    assert label is not None and "on roads" in label
