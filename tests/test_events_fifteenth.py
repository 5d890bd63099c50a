"""Event classes of the fifteenth session (#18), found by switching each rule off on
unlabelled text (``benchmarks/events_loso.py --show described``): a perfect participle
("having injured …") is an act of the main clause's subject, not a description of it.
Sentences written for the rule; the first four fail on the code before, the last two are
controls that pass on both."""

from __future__ import annotations

import pytest

from topline.testing import event_triples as _triples


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Having scored twice in the first half, the striker was substituted at the break.",
            ("the striker", "scored", None),
        ),
        (
            "The bank cut its forecast on Tuesday, having lowered its growth estimate in May.",
            ("The bank", "lowered", "its growth estimate"),
        ),
        (
            "Having signed the treaty in Geneva, the two ministers flew home.",
            ("the two ministers", "signed", "the treaty"),
        ),
        (
            "Having been stopped by police near the border, the driver was released.",
            ("police", "stopped", "the driver"),
        ),
    ],
)
def test_a_perfect_participle_is_the_main_subjects_act(
    text: str, triple: tuple[str | None, str, str | None]
) -> None:
    assert triple in _triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Covered in mud, the runners crossed the line together.",
        "Founded in 1921, the club moved to a new ground last year.",
    ],
)
def test_a_bare_participle_still_describes(text: str) -> None:
    participle = text.split()[0]
    assert all(action != participle for _, action, _ in _triples(text))
