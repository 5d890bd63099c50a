"""A Big number whose verb is written before the figure ("the blast injured 38 miners"):
its spans stay in text order ("injured" … "38 miners"), ``counts`` stays the counted phrase,
and the reader is shown the verb after it ("38 — miners injured", sixteenth session, numbers
lane). Texts written for this test."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.number_labels import participle_before
from topline.eval.editorial import audit_brief
from topline.ingest import article_from_text
from topline.model import BigNumber, Brief, Span, from_json, to_json
from topline.render.brief import number_line


def _brief(text: str) -> Brief:
    return make_brief(analyze(article_from_text(text, published="2021-02-02")))


@pytest.mark.parametrize(
    ("text", "line", "done"),
    [
        (
            "Mine.\n\nA gas blast injured 38 miners at the Korvo pit on Sunday, the operator "
            "said.\n\nRescue work went on overnight.",
            "38 — miners injured",
            "injured",
        ),
        (
            "Port.\n\nCustoms officers seized 1,200 rifles at the port of Dallin this week, "
            "the ministry said.\n\nAn inquiry is under way.",
            "1,200 — rifles seized",
            "seized",
        ),
    ],
)
def test_a_verb_before_the_figure_is_shown_after_the_phrase(
    text: str, line: str, done: str
) -> None:
    brief = _brief(text)
    number = brief.big_number
    assert number is not None
    assert number.done == done
    assert number_line(number) == line
    assert number.text.startswith(done + " ")  # the spans' texts joined, in text order
    assert number.counts is not None and done not in number.counts
    starts = [s.start for s in number.spans]
    assert starts == sorted(starts)
    assert number.spans[0].of(text) == done


def test_a_verb_of_change_before_the_figure_is_not_shown() -> None:
    text = (
        "Chart.\n\nThe band's new single climbed 14 places on the chart this week, the "
        "label said.\n\nA tour starts in May."
    )
    number = _brief(text).big_number
    assert number is None or number.done is None


def test_a_number_line_without_a_verb_is_unchanged() -> None:
    number = BigNumber(text="about 3,000 homes", spans=(), value=3000.0, counts="homes")
    assert number_line(number) == "about 3,000 — homes"


def test_the_verb_rides_in_the_json() -> None:
    number = BigNumber(
        text="injured 38 miners", spans=(), value=38.0, counts="miners", done="injured"
    )
    assert from_json(BigNumber, to_json(number)) == number
    assert number_line(number) == "38 — miners injured"


@pytest.mark.parametrize(
    "text",
    [
        "Plant.\n\nThe carmaker said it will cut 3,500 jobs at two plants next year.\n\n"
        "Unions called a strike.",
        "Plant.\n\nThe carmaker is preparing to cut 3,500 jobs at two plants, a person "
        "familiar with the plan said.\n\nUnions called a strike.",
    ],
)
def test_an_infinitive_before_the_figure_is_not_shown_as_done(text: str) -> None:
    number = _brief(text).big_number
    assert number is None or number.done is None


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("The firm cut 400 jobs.", True),
        ("The firm plans to cut 400 jobs.", False),
        ("The firm will cut 400 jobs.", False),
        ("The firm didn't cut 400 jobs.", False),
        ("The firm has cut 400 jobs.", True),
    ],
)
def test_participle_before_refuses_a_bare_infinitive(text: str, reads: bool) -> None:
    start = text.index("cut")
    assert participle_before(text, Span(start, start + 3)) is reads


def test_the_audit_reads_the_figure_not_the_verb_before_it() -> None:
    # the editorial audit takes the Big number's figure as its first span outside the
    # counted phrase: the verb written before the figure is not it ("2019 and counted" read
    # as a range "2019 and …" flagged a right label)
    text = (
        "Contracts.\n\nThe union reviewed the payrolls of 2019 and counted 312 temporary "
        "contracts, its report said.\n\nThe firm did not comment."
    )
    brief = _brief(text)
    assert brief.big_number is not None and brief.big_number.done == "counted"
    assert "big_number" not in {d.kind for d in audit_brief(brief, text)}
