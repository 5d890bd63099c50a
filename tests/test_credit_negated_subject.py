"""No credit to a negated subject ("No group has claimed responsibility …", "Neither party
has said …", "No one in the room disputed …"): the sentence says that nobody said it, so it
names no source (seventeenth session, second round). Texts written for these tests; the two
brief tests failed before the rule (the tag was the negated phrase)."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.credit_names import negated_subject
from topline.ingest import article_from_text
from topline.model import Span


@pytest.mark.parametrize(
    ("text", "bullet"),
    [
        (
            "A car bomb killed twelve people in the market of the northern city on Sunday, "
            "police said. No group has claimed responsibility for the attack, which came a "
            "day after the army began an offensive in the region.",
            "No group",
        ),
        (
            "The ministry said 40 people were arrested overnight. Neither party has said how "
            "it will vote on the bill when it reaches the floor next week.",
            "Neither party",
        ),
    ],
)
def test_no_tag_from_a_negated_subject(text: str, bullet: str) -> None:
    brief = make_brief(analyze(article_from_text(text)))
    tagged = [b for b in brief.bullets if b.text.startswith(bullet)]
    assert tagged
    assert all(b.attribution is None for b in tagged)


@pytest.mark.parametrize(
    ("mention", "negated"),
    [
        ("No group", True),
        ("Neither party", True),
        ("no one in the room", True),
        ("None of the aides", True),
        ("Nobody", True),
        ("Nobel committee", False),
        ("Nora Roe", False),
        ("Noland", False),
        ("the police", False),
    ],
)
def test_negated_subject(mention: str, negated: bool) -> None:
    text = f"{mention} said so."
    assert negated_subject(text, Span(0, len(mention))) is negated


def test_a_source_after_a_negated_clause_keeps_its_tag() -> None:
    text = (
        "A car bomb killed twelve people in the market of the northern city on Sunday, "
        "police said. Police spokesman Ivan Petrov said no group had claimed responsibility "
        "for the attack, which came a day after the army began an offensive in the region."
    )
    brief = make_brief(analyze(article_from_text(text)))
    tagged = [b for b in brief.bullets if "Petrov" in b.text]
    assert tagged
    assert all(b.attribution is not None for b in tagged)
