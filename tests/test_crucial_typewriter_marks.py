"""Quotations set in typewriter pairs: two backticks open and two apostrophes close
(``…''), as the AP and NYT wires of the 1990s and the Penn Treebank's texts set them. The
analysis reads them as direct quotes; the brief must show one as the Crucial quote with its
marks, verbatim. Texts written for this test (sixteenth session)."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.quote_rules import unbalanced_marks
from topline.ingest import article_from_text
from topline.render.brief import quote_line, render_markdown

WIRE = (
    "MILLBROOK, Ohio (AP) _ The county water board voted on Tuesday to close the Harlan "
    "Street pumping station after tests found lead in the supply of 4,000 homes.\n\n"
    "``We cannot ask families to drink water we would not give our own children,'' said "
    "Martha Quill, the board's chairwoman, after the vote.\n\n"
    "The station, built in 1931, served the city's east side. Engineers said a temporary "
    "line would be laid within two weeks.\n\n"
    "The board said it would ask the state for $12 million to replace the pipes.\n"
)


def test_a_wire_quotation_in_typewriter_pairs_is_the_crucial_quote() -> None:
    brief = make_brief(analyze(article_from_text(WIRE, published="1998-04-07")))
    quote = brief.crucial_quote
    assert quote is not None
    assert quote.text.startswith("``We cannot ask families")
    assert quote.text.endswith("children,''")
    assert quote.speaker is not None and quote.speaker.name.startswith("Martha Quill")
    assert "".join(s.of(WIRE) for s in quote.spans) == quote.text


def test_typewriter_pairs_balance_as_double_marks() -> None:
    assert not unbalanced_marks("``We won,'' she said.")
    assert not unbalanced_marks("''We won,'' she said.")  # some papers open with '' too
    assert unbalanced_marks("``We won, she said.")
    assert unbalanced_marks("We won,'' she said. ``And")


def test_the_markdown_line_typesets_the_pairs_and_the_element_stays_verbatim() -> None:
    analysis = analyze(article_from_text(WIRE, published="1998-04-07"))
    brief = make_brief(analysis)
    assert brief.crucial_quote is not None
    line = quote_line(brief.crucial_quote)
    assert line.startswith("“We cannot ask families")
    assert "children,” Martha Quill" in line
    assert "``" not in line and "''" not in line
    assert brief.crucial_quote.text.startswith("``")  # the element keeps the source's marks
    assert "“We cannot ask families" in render_markdown(brief, analysis.article)
