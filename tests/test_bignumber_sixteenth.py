"""Big number labels that lack what they count (sixteenth session, editorial lane): a bare
noun whose verb is written before the figure ("killed 224 people" shown as "224 — people"),
and money or a share followed by a time ("22% — in the third quarter"). Texts written for
this test."""

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
    ("text", "label"),
    [
        (
            "Quake.\n\nThe quake damaged an estimated 40,000 homes in the province, officials "
            "said.\n\nAid arrived on Monday.",
            "an estimated 40,000 homes damaged",
        ),
        (
            "Deal.\n\nThe fund bought 2.7 million shares of the bank last week, the filing "
            "shows.\n\nThe bank declined to comment.",
            "2.7 million shares bought",
        ),
        (
            "Flood.\n\nThe river has killed more than 400 villagers in the delta since June, "
            "aid groups say.\n\nThe rains go on.",
            "more than 400 villagers killed",
        ),
    ],
)
def test_a_verb_before_the_figure_is_shown_after_its_object(text: str, label: str) -> None:
    assert _number(text) == label


def test_a_verb_before_in_no_participle_form_refuses_a_bare_count_of_people() -> None:
    text = (
        "Rally.\n\nThe senator held a rally in Ashby on Friday, drawing 1,110 people to the "
        "fairground.\n\nShe spoke for an hour."
    )
    assert _number(text) is None


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
