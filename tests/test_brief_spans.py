"""Every element of a generated brief lists its spans in text order, without overlaps.

Renderers and readers rely on that: an element's ``text`` is the join of its spans, so a span
out of order (a verb before its subject) or an overlap (a word shown twice) misquotes the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from topline.analyze import analyze_many
from topline.brief import make_brief
from topline.ingest import article_from_text
from topline.model import Brief, Span

TEXTS = {
    "storm": (
        "Heavy snow fell across the Alps on Saturday, stranding more than 2,500 skiers and "
        "cutting power to about 40,000 homes, regional officials said.\n\n"
        "Rescue teams reached three villages by helicopter, the army said.\n\n"
        '"We have not seen a storm like this in decades," said Paolo Ferri, the mayor of '
        "Bormio, who spent the night at the town hall.\n\n"
        "Forecasters had warned on Thursday that the front would stall over the mountains.\n\n"
        "The region has been hit by three major storms since 2019, according to the weather "
        "service.\n\n"
        "Roads to the ski resorts will stay closed until Monday, police said."
    ),
    "company": (
        "Harbor Foods said on Wednesday it would cut 1,100 jobs and close two plants as sales "
        "of packaged meals fell for a third straight quarter.\n\n"
        "The company, which was founded in 1962, had already closed a plant in Ohio last year.\n\n"
        '"These are hard decisions, but they are necessary," chief executive Dana Reyes told '
        "analysts on a call.\n\n"
        "Shares fell 7% in early trading after the announcement.\n\n"
        "The cuts will save about $90 million a year, the company said."
    ),
}


def spans_of(brief: Brief) -> list[tuple[str, tuple[Span, ...]]]:
    out: list[tuple[str, tuple[Span, ...]]] = []
    if brief.topline:
        out.append(("topline", brief.topline.spans))
    out += [("bullet", b.spans) for b in brief.bullets]
    if brief.crucial_quote:
        out.append(("quote", brief.crucial_quote.spans))
    if brief.big_number:
        out.append(("big_number", brief.big_number.spans))
    out += [("background", k.spans) for k in brief.key_background]
    return out


@pytest.fixture(scope="module")
def briefs(fixtures_dir: Path) -> list[Brief]:
    texts = list(TEXTS.values())
    texts += [p.read_text() for p in sorted((fixtures_dir / "brief").glob("*.txt"))]
    texts += [p.read_text() for p in sorted((fixtures_dir / "articles").glob("*.txt"))]
    articles = [article_from_text(t, published="2024-10-14") for t in texts]
    return [make_brief(a) for a in analyze_many(articles)]


def test_every_element_lists_its_spans_in_text_order_without_overlap(
    briefs: list[Brief],
) -> None:
    checked = 0
    for brief in briefs:
        for name, spans in spans_of(brief):
            for before, after in zip(spans, spans[1:], strict=False):
                assert before.end <= after.start, (name, spans)
            checked += 1
    assert checked > 20
