"""A quotation that runs over lines of a flattened text (one paragraph a line, the closing
mark moved to the start of the next line) shows its first paragraph, whole and balanced,
one span per piece; a relative clause about the speaker is no context when the role is
shown. Texts written for this test (fourteenth session, second round)."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.quote_paragraphs import first_paragraph
from topline.ingest import article_from_text
from topline.model import Span, join_spans
from topline.render.brief import quote_line


def _content(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


MOVED_MARK = (
    "The village bakery in Lowmoor will close at the end of the month after 90 years.\n"
    "Its owner, Gareth Pryce, said rising flour and energy prices had left him no choice.\n"
    'Customer Eileen Marsh said: "This shop has been the heart of the village for as long '
    "as anyone can remember.\n"
    '"My grandmother bought her bread here and so did I, every single morning.\n'
    '"We will all miss it terribly," she added.\n'
    "The building has been put up for sale."
)


def test_the_first_paragraph_is_closed_by_the_mark_that_opens_the_next_line() -> None:
    start = MOVED_MARK.index("This shop")
    content = Span(start, MOVED_MARK.index("so did I,") + len("so did I, every single morning."))
    pieces = first_paragraph(MOVED_MARK, content)
    assert pieces is not None
    shown = join_spans(MOVED_MARK, pieces)
    assert shown == (
        '"This shop has been the heart of the village for as long as anyone can remember."'
    )


def test_a_paragraph_split_over_two_lines_is_shown_whole() -> None:
    text = (
        'The warden, Tom Reid, said: "The hut is warm in summer and damp all year round.\n'
        "In the winter the path up to it is often closed by snow for weeks on end.\n"
        '"We need a new roof before anything else."\n'
    )
    pieces = first_paragraph(
        text, _content(text, "The hut is warm in summer and damp all year round.")
    )
    assert pieces is not None and len(pieces) == 3
    assert join_spans(text, pieces) == (
        '"The hut is warm in summer and damp all year round. In the winter the path up to '
        'it is often closed by snow for weeks on end."'
    )


def test_no_paragraph_without_a_mark_a_whole_sentence_or_quotation_lines() -> None:
    # the next lines tell who says it: narration, not the quotation
    narrated = (
        'Reid said: "The hut is warm in summer and damp all year round.\n'
        "The council said it would look at the roof.\n"
        '"Repairs start in May," a spokesman said.\n'
    )
    assert (
        first_paragraph(
            narrated, _content(narrated, "The hut is warm in summer and damp all year round.")
        )
        is None
    )
    # the paragraph ends on a comma: it was written to go on
    comma = 'Reid said: "The hut is warm in summer and damp all year round,\n"and it leaks."\n'
    assert (
        first_paragraph(
            comma, _content(comma, "The hut is warm in summer and damp all year round,")
        )
        is None
    )
    # no line opens with a mark: nothing closes the quotation
    open_ = 'Reid said: "The hut is warm in summer.\nIt leaks.\nThe end.\n'
    assert first_paragraph(open_, _content(open_, "The hut is warm in summer.")) is None
    # a quotation in one line is the ordinary case
    one = 'Reid said: "The hut is warm in summer."\nIt leaks.\n'
    assert first_paragraph(one, _content(one, "The hut is warm in summer.")) is None


#: The closing mark moved to the start of the next line, before narration.
MOVED_CLOSE = (
    "The village bakery in Lowmoor will close at the end of the month after 90 years.\n"
    "Its owner, Gareth Pryce, said rising flour and energy prices had left him no choice.\n"
    'Customer Eileen Marsh said: "This shop has been the heart of the village for as long '
    "as anyone can remember.\n"
    '"Her neighbour Alan Webb said the bakery had kept the village together.\n'
    "The building has been put up for sale."
)


def test_the_brief_shows_the_first_paragraph_of_a_quotation_over_lines() -> None:
    analysis = analyze(article_from_text(MOVED_CLOSE))
    quote = make_brief(analysis).crucial_quote
    assert quote is not None
    text = analysis.article.text
    assert quote.text == join_spans(text, quote.spans)
    assert quote.text.startswith('"This shop has been the heart of the village')
    assert quote.text.endswith('remember."')
    assert "Eileen Marsh" in quote_line(quote)


RELATIVE = (
    "The regional water company will raise its prices by 9% from April, it said on Monday.\n\n"
    "“Families who are already struggling will be asked to pay for years of poor "
    "investment,” said Mara Quinn, chair of the Consumer Water Panel, who co-founded the "
    "panel in 2009.\n\n"
    "The company said the money would fund new pipes."
)


def test_a_relative_clause_about_the_speaker_is_no_context_after_the_role() -> None:
    quote = make_brief(analyze(article_from_text(RELATIVE))).crucial_quote
    assert quote is not None and quote.role is not None
    line = quote_line(quote)
    assert "said -" not in line and "said who" not in line and "founded" not in line
