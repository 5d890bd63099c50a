"""A passage quoted from another text over several paragraphs, which quotes someone in the
other kind of marks, is that text's: no Crucial quote or Big number is taken from it; nor
from an embedded tweet element. Texts written for these tests (twelfth session)."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.number_rules import in_tweet
from topline.brief.quote_rules import quoted_passages
from topline.ingest import article_from_text
from topline.model import Span

PASSAGE = (
    "The county's new flood plan repeats the mistakes of the last one, critics say.\n\n"
    "In 2011 the local paper reported on the last plan's failure:\n\n"
    '"The council met behind closed doors on Monday as the river rose for a third day.\n\n'
    '"Councillor Ann Pryce said the barriers had failed in two places, leaving 340 homes '
    "under water.\n\n"
    "“We were told these walls would hold for a hundred years, and they lasted a week,” "
    'Pryce said."\n\n'
    "The new plan was published on Tuesday and will be put to a vote next month.\n\n"
    "Residents have until Friday to send their comments to the council."
)


def test_a_passage_is_found_from_its_opening_to_its_closing_paragraph() -> None:
    found = quoted_passages(PASSAGE)
    assert len(found) == 1
    start, end = found[0]
    assert PASSAGE[start:end].startswith('"The council met')
    assert PASSAGE[start:end].endswith('Pryce said."')


def test_a_quotation_over_paragraphs_without_an_inner_one_is_no_passage() -> None:
    text = (
        'The mayor spoke for an hour.\n\n"We will rebuild the bridge.\n\n'
        '"We will rebuild it stronger," she said."\n\nWork starts in May.'
    )
    assert quoted_passages(text) == ()


def test_nothing_of_the_passage_is_the_crucial_quote_or_the_big_number() -> None:
    brief = make_brief(analyze(article_from_text(PASSAGE, published="2021-03-02")))
    quote = brief.crucial_quote
    assert quote is None or "hundred years" not in quote.text
    number = brief.big_number
    assert number is None or "340" not in number.text


def test_a_figure_in_a_tweet_element_is_the_tweets() -> None:
    text = 'Police named the man.\n\n<tweet id="1" author="@x">Shots 20 mins later</tweet>.'
    start = text.index("20")
    assert in_tweet(text, Span(start, start + 2))
