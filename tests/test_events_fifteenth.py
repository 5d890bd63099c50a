"""Event classes of the fifteenth session (#18), found by switching each rule off on
unlabelled text (``benchmarks/events_loso.py --show described``): a perfect participle
("having injured …") is an act of the main clause's subject, not a description of it; and
(``--show LINKING``) "appear" and "look" link only with a complement (the guideline's
"appear + complement", "look + adjective"): with a prepositional phrase and none they are
acts ("appeared in court", "looked into the accounts"). Sentences written for the rules; each
positive case fails on the code before, the controls pass on both."""

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


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The former mayor appeared in court on Monday.", ("The former mayor", "appeared", None)),
        ("Auditors looked into the charity's accounts last year.", ("Auditors", "looked", None)),
        (
            "The coach said his team was looking for a place in the final.",
            ("his team", "looking", None),
        ),
    ],
)
def test_appear_and_look_without_a_complement_are_acts(
    text: str, triple: tuple[str | None, str, str | None]
) -> None:
    assert triple in _triples(text)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The minister appeared tired after the long debate.", "appeared"),
        ("The new plan looks like a tax rise for families.", "looks"),
        ("The players are looking forward to the summer break.", "looking"),
        ("The senator appeared to accept the offer on Friday.", "appeared"),
        ("Look, nobody in this town wanted the stadium.", "Look"),
    ],
)
def test_appear_and_look_with_a_complement_still_link(text: str, verb: str) -> None:
    assert all(not action.startswith(verb) for _, action, _ in _triples(text))


@pytest.mark.parametrize(
    ("text", "actor", "verb"),
    [
        (
            "“The budget is dead,” the senator said, walking out of the chamber.",
            "the senator",
            "walking",
        ),
        (
            "“We will rebuild the bridge,” the mayor said, speaking to reporters at the site.",
            "the mayor",
            "speaking",
        ),
    ],
)
def test_a_participle_after_a_reporting_frame_is_the_speakers(
    text: str, actor: str, verb: str
) -> None:
    assert any(a == actor and act.startswith(verb) for a, act, _ in _triples(text))


def test_a_conjunct_after_a_reporting_frame_is_still_the_reported_clauses() -> None:
    text = "The two nurses were off duty, the newspaper reports, and rushed to help the driver."
    assert any(a == "The two nurses" and act.startswith("rushed") for a, act, _ in _triples(text))
