"""A title stored with its deck ("Headline; deck", as newspaper archives keep them) is set in
the body as two lines; neither line is a Topline or a bullet (texts written for these tests)."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.headline import title_sentences
from topline.ingest import article_from_text
from topline.model import Analysis

TITLE = "Ferry operator cuts winter sailings; Islanders warn of empty shelves by February"
TEXT = (
    "Ferry operator cuts winter sailings;\n"
    "Islanders warn of empty shelves by February.\n\n"
    "The Northsound Ferry Company will run two crossings a week to Carrick Island from "
    "November instead of five, it said on Monday, blaming the cost of fuel.\n\n"
    "Shopkeepers on the island said deliveries of fresh food would arrive only on the two "
    "sailing days, and that the village store could run out of milk and bread.\n\n"
    "The company's chief executive, Morag Beattie, said the timetable would be reviewed in "
    "the spring.\n\n"
    "About 900 people live on Carrick Island all year round."
)


def _analysis(title: str = TITLE) -> Analysis:
    return analyze(article_from_text(TEXT, title=title, published="2024-10-08"))


def test_both_lines_of_a_title_with_its_deck_are_the_title() -> None:
    analysis = _analysis()
    lines = {
        s.span.of(analysis.article.text)
        for s in analysis.sentences
        if s.index in title_sentences(analysis)
    }
    assert any("empty shelves" in line for line in lines)
    assert any(line.startswith("Ferry operator cuts") for line in lines)


def test_the_deck_is_never_the_topline_or_a_bullet() -> None:
    brief = make_brief(_analysis())
    assert brief.topline is not None
    assert "Northsound Ferry Company" in brief.topline.text
    shown = [brief.topline.text, *(b.text for b in brief.bullets)]
    assert not any("empty shelves" in t for t in shown)


def test_a_lede_that_restates_the_title_says_more_and_stays() -> None:
    # A lede with every headline word plus its own (who, when, how many) is not the title.
    analysis = _analysis("Ferry company cuts crossings to Carrick Island")
    brief = make_brief(analysis)
    assert brief.topline is not None
    assert "two crossings a week" in brief.topline.text


def test_a_title_line_the_sentence_splitter_cuts_in_two_is_still_the_title() -> None:
    title = "After Ferry Ran Aground, Skipper Said What Everyone Was Thinking. Then He Resigned"
    text = title + ".\n\n" + TEXT.split("\n\n", 1)[1]
    analysis = analyze(article_from_text(text, title=title, published="2024-10-08"))
    assert len(title_sentences(analysis)) == 2  # the splitter cuts the line in two
    brief = make_brief(analysis)
    shown = [brief.topline.text if brief.topline else "", *(b.text for b in brief.bullets)]
    assert not any("Everyone Was Thinking" in t or "He Resigned" in t for t in shown)
