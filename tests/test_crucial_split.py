"""A split quotation ("“…,” she said. “…”") is shown whole, the cue between its halves
verbatim (one grounded span), or cut at the second half's first sentence and closed by its
own mark; a quotation opening "That is …" points back at words the reader has not seen.
Texts written for this test (fourteenth session, second round)."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.ingest import article_from_text
from topline.model import join_spans
from topline.render.brief import quote_line

SPLIT = (
    "The county council voted on Tuesday to close three of its five public libraries by "
    "the end of the year.\n\n"
    "Council leader Priya Nandra defended the decision at a packed meeting in Eastbury.\n\n"
    "“Nobody came into politics to close libraries,” Nandra said. “But we cannot keep "
    "open buildings that almost nobody visits.”\n\n"
    "Campaigners said they would challenge the closures in court."
)


def test_both_halves_of_a_split_quotation_are_shown() -> None:
    analysis = analyze(article_from_text(SPLIT))
    quote = make_brief(analysis).crucial_quote
    assert quote is not None
    assert quote.text == join_spans(analysis.article.text, quote.spans)
    assert quote.text.startswith("“Nobody came into politics")
    assert quote.text.endswith("almost nobody visits.”")
    # the speech clause between the halves names her: no "— Priya Nandra" after it
    # (seventeenth session: the line said her name twice)
    line = quote_line(quote)
    assert "Nandra said" in line
    assert "— Priya Nandra" not in line


LONG_SECOND = (
    "The county council voted on Tuesday to close three of its five public libraries by "
    "the end of the year.\n\n"
    "“We have to be honest with people,” Nandra said of the plan, “because the money is "
    "simply not there any more. We looked at every other saving we could find, from the "
    "parks to the roads, and we have cut the council's own offices by a third already, so "
    "there is very little left that we could cut without hurting the most vulnerable.”\n\n"
    "Campaigners said they would challenge the closures in court."
)


def test_a_long_second_half_is_cut_at_its_first_sentence() -> None:
    analysis = analyze(article_from_text(LONG_SECOND))
    quote = make_brief(analysis).crucial_quote
    assert quote is not None
    assert quote.text == join_spans(analysis.article.text, quote.spans)
    assert quote.text == (
        "“We have to be honest with people,” Nandra said of the plan, “because the money is "
        "simply not there any more.”"
    )


POINTS_BACK = (
    "The county council voted on Tuesday to close three of its five public libraries by "
    "the end of the year.\n\n"
    "“That is something we have been warning about for many years now,” said Tom Alder, "
    "who chairs the Friends of Eastbury Library.\n\n"
    "Campaigners said they would challenge the closures in court."
)


def test_a_quotation_that_points_back_is_no_crucial_quote() -> None:
    quote = make_brief(analyze(article_from_text(POINTS_BACK))).crucial_quote
    assert quote is None or not quote.text.lstrip('“"').startswith("That is")


DOUBLED = (
    "The county council voted on Tuesday to close three of its five public libraries by "
    "the end of the year.\n\n"
    "''Nobody came into politics to close libraries,'' Priya Nandra said. ''But we cannot "
    "keep open buildings that almost nobody visits.''\n\n"
    "Campaigners said they would challenge the closures in court."
)


def test_halves_in_doubled_apostrophes_are_not_joined_into_stray_marks() -> None:
    quote = make_brief(analyze(article_from_text(DOUBLED))).crucial_quote
    assert quote is None or "''" not in quote.text[1:-1]


REOPENED = (
    "A Bristol artist has built a pair of dancing robots out of scrap car parts.\n\n"
    "The robots were first shown in 2014 at a show called 'Watchers'. 'We have all become "
    "used to cameras on every corner of our streets. 'Constantly being followed by "
    "electronic eyes wherever we happen to go,' Ada Morrow said. The robots will tour "
    "galleries in the north next year."
)


def test_the_next_paragraph_of_an_open_quotation_is_no_crucial_quote() -> None:
    quote = make_brief(analyze(article_from_text(REOPENED))).crucial_quote
    assert quote is None or not quote.text.startswith("'Constantly")
