"""A product of a named maker tells what its maker does: "A projection from the Cook
Political Report shows …" was left without a tag (the blind read of the fifteenth session),
since "projection" is no document noun the evidence rule knew. Sentences written for this
test (sixteenth session)."""

from __future__ import annotations

import pytest

from topline.brief.credit import credits
from topline.model import Source, Span


def _credits(text: str, name: str, cue: str) -> bool:
    start = text.index(name)
    at = text.index(cue)
    source = Source(name=name, span=Span(start, start + len(name)), kind="other")
    return credits(text, source, Span(at, at + len(cue)))


@pytest.mark.parametrize(
    ("text", "name", "cue", "expected"),
    [
        (
            "A forecast from the Harbor Institute shows the seat leaning Democratic.",
            "A forecast from the Harbor Institute",
            "shows",
            True,
        ),
        (
            "A model by Moody's Analytics suggests a mild recession.",
            "A model by Moody's Analytics",
            "suggests",
            True,
        ),
        # a maker that is no name, or no maker at all: the evidence rule as before
        (
            "A forecast by analysts shows the seat leaning Democratic.",
            "A forecast by analysts",
            "shows",
            False,
        ),
        (
            "The turnout of young voters shows a shift.",
            "The turnout of young voters",
            "shows",
            False,
        ),
        ("The turnout in Ohio shows a shift.", "The turnout in Ohio", "shows", False),
    ],
)
def test_a_product_of_a_named_maker_can_tell(
    text: str, name: str, cue: str, expected: bool
) -> None:
    assert _credits(text, name, cue) is expected
