"""A Crucial quote set in doubled apostrophes that runs over a paragraph break ("'…is.
''This was …'") shows a stray pair of marks: it is no Crucial quote. Text written for this
test (twelfth session)."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.ingest import article_from_text

TEXT = (
    "The city council voted on Tuesday to close the old library on Elm Street.\n\n"
    "Ruth Ames, the council's leader, said: ''Nobody wanted this, and we will all miss the "
    "old building.\n\n"
    "''The roof has leaked for a decade and the repairs would cost more than a new branch.''"
    "\n\nThe new branch will open next year."
)


def test_a_quote_reopened_with_doubled_marks_is_not_shown_across_paragraphs() -> None:
    brief = make_brief(analyze(article_from_text(TEXT)))
    quote = brief.crucial_quote
    assert quote is None or "''" not in quote.text[1:-1]
