"""The ROUGE wrapper shared by the brief benchmark and the trainer's blend tuning."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from topline.model import Brief, Bullet, Element, Span

rouge_module = pytest.importorskip("topline.eval.rouge")


@pytest.fixture(autouse=True)
def _rouge_score(require_bench: Callable[[str], ModuleType]) -> None:
    require_bench("rouge_score")


def brief() -> Brief:
    return Brief(
        article_id="a",
        topline=Element(text="The council approved the budget.", spans=(Span(0, 32),)),
        bullets=(Bullet(text="Taxes rise by two percent.", spans=(Span(33, 59),)),),
    )


def test_a_summary_equal_to_the_reference_scores_one() -> None:
    r1, r2, rl, words = rouge_module.rouge(
        "The council approved the budget. Taxes rise by two percent.",
        ["The council approved the budget.", "Taxes rise by two percent."],
        "cnndm",
    )
    assert (r1, r2, rl, words) == (1.0, 1.0, 1.0, 10)


def test_one_sentence_references_are_compared_lowercased() -> None:
    r1, *_ = rouge_module.rouge(
        "the council approved the budget.", ["The Council Approved"], "xsum"
    )
    assert r1 == pytest.approx(2 * 1.0 * 0.6 / 1.6)


def test_xsum_scores_the_topline_alone_and_cnndm_the_bullets_too() -> None:
    assert rouge_module.brief_sentences(brief(), "xsum") == ["The council approved the budget."]
    assert rouge_module.brief_sentences(brief(), "cnndm") == [
        "The council approved the budget.",
        "Taxes rise by two percent.",
    ]
