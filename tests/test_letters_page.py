"""A page of readers' letters (a "LETTERS." label on a line of its own near the top, as feed
and archive copies keep it) is no news: each letter's words are credited to its signer, the
name on a line of its own after it; a column's label ("OPINION.") makes a column."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.page_kind import letter_signer, page_kind
from topline.ingest import article_from_text

LETTERS = """Readers weigh in on the harbour bridge.

LETTERS.

Closing the harbour bridge for six months is a mistake. The council had years to repair it and chose to wait until the summer, when the town needs its visitors most. Shops on the quay will lose a season of trade they cannot make up.

The coast road cannot take the extra traffic either. It was built for farm carts, not for lorries and coaches, and residents along it will pay the price.

Margaret O. Hale.

Westcombe.

The council is right to close the bridge now. Inspectors found cracks in two supports, and no visitor's money is worth a collapse.

Tom Aldridge.

Harbour Street.
"""
COLUMN = """The bridge can wait.

OPINION.

The council should not spend two million pounds on the harbour bridge this year. The money would do more good in the town's schools, whose roofs leak every winter.

Repairs can start next spring, when the budget allows.
"""
NEWS = """Harbour bridge to close for repairs.

The council voted on Tuesday to close the harbour bridge for six months of repairs after inspectors found cracks in two of its supports.

Work will start in April and cost two million pounds, the council said.
"""


def test_a_letters_label_makes_an_opinion_page_credited_to_each_signer() -> None:
    analysis = analyze(article_from_text(LETTERS))
    brief = make_brief(analysis)
    assert brief.page_kind == "opinion"
    assert brief.topline_attribution is not None
    assert brief.topline_attribution.name == "Margaret O. Hale"
    span = brief.topline_attribution.span
    assert span is not None and span.of(analysis.article.text) == "Margaret O. Hale"
    for bullet in brief.bullets:
        assert bullet.attribution is not None
        assert bullet.attribution.name in {"Margaret O. Hale", "Tom Aldridge"}


def test_the_second_letter_is_its_own_signers() -> None:
    analysis = analyze(article_from_text(LETTERS))
    text = analysis.article.text
    start = text.index("The council is right")
    from topline.model import Span

    signer = letter_signer(text, analysis.paragraphs, [Span(start, start + 10)])
    assert signer is not None and signer.name == "Tom Aldridge"


def test_an_opinion_label_makes_a_column_and_news_stays_news() -> None:
    column = analyze(article_from_text(COLUMN))
    kind = page_kind(column.article, paragraphs=column.paragraphs)
    assert kind.kind == "opinion" and kind.signal == "section label"
    news = analyze(article_from_text(NEWS))
    assert page_kind(news.article, paragraphs=news.paragraphs).kind == "news"
