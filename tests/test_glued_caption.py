"""A photo caption glued to the lede with no punctuation is split off: the brief shows the
sentence (its span starts where the sentence starts), and the audit counts a glued element
as a run-on."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief.compose import compose
from topline.brief.editorial_rules import glued_sentence
from topline.eval.editorial import audit_brief
from topline.ingest import article_from_text
from topline.model import Brief, Bullet, Element, Span

CAPTION = "The new footbridge lit up in blue over the river on its opening night"
LEDE = (
    "A footbridge linking the two halves of the old market town opened to walkers on "
    "Saturday after four years of delays."
)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (f"{CAPTION} {LEDE}", len(CAPTION) + 1),
        (
            "Volunteers sort donated coats at the depot in the north of the city "
            "In the first week alone, the charity collected more than 3,000 coats.",
            len("Volunteers sort donated coats at the depot in the north of the city "),
        ),
        (
            "Rescuers carry a stretcher across the flooded square on Monday "
            "They reached the stranded family after six hours.",
            len("Rescuers carry a stretcher across the flooded square on Monday "),
        ),
    ],
)
def test_a_sentence_glued_without_punctuation_is_found(text: str, start: int) -> None:
    assert glued_sentence(text) == start


@pytest.mark.parametrize(
    "text",
    [
        LEDE,
        "The creams claim to block infra-red A rays as well as the usual ultraviolet light.",
        "Doctors say that vitamin A is essential for healthy eyes in young children.",
        "The delegation flew on to The Hague to meet the court's prosecutors on Friday.",
        "Critics of the horror film It Follows praised its soundtrack and its slow pace.",
        'She called the plan "a mess The council will regret" in a letter to the mayor.',
        "Officers found the car at last In the end.",
        "The national side were drawn in Group A while their rivals face a harder group.",
        "Detectives from West Midlands Police searched the flat on the Friday evening.",
    ],
)
def test_an_ordinary_sentence_is_not_glued(text: str) -> None:
    assert glued_sentence(text) is None


def test_the_brief_shows_the_lede_without_the_caption_glued_to_it() -> None:
    text = (
        f"{CAPTION} {LEDE}\n\n"
        "The bridge cost £12 million and was paid for by the county council and a "
        "regional fund.\n\n"
        "Its opening was delayed twice by problems with the steel supplier, the council said.\n\n"
        "Traders on both sides of the river said they expected more visitors this summer.\n\n"
        "The old crossing, a narrow road bridge, will now be closed to pedestrians."
    )
    analysis = analyze(article_from_text(text, published="2024-05-12"))
    brief = compose(analysis)
    assert brief.topline is not None
    shown: list[Element | Bullet] = [brief.topline, *brief.bullets]
    assert any(e.text.startswith("A footbridge linking") for e in shown)
    assert not any("opening night" in e.text for e in shown)
    for e in shown:
        assert all(text[s.start : s.end] in e.text for s in e.spans)
    assert not [d for d in audit_brief(brief, text) if d.kind == "run_on"]


def test_the_audit_counts_a_glued_caption_as_a_run_on() -> None:
    article = f"{CAPTION} {LEDE}"
    glued = Brief(article_id="a", topline=Element(text=article, spans=(Span(0, len(article)),)))
    alone = Brief(
        article_id="a",
        topline=Element(text=LEDE, spans=(Span(len(CAPTION) + 1, len(article)),)),
    )
    assert [d.kind for d in audit_brief(glued, article)] == ["run_on"]
    assert audit_brief(alone, article) == []
