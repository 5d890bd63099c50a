"""Wire copy marks a quotation with a typewriter pair (``…'' in AP copy, ''…'' in the New
York Times archive): the analysis reads the pair as one double mark, and so must the
Crucial quote. Shown by one character of each pair, the quote read as unbalanced and was
never chosen (79 of 81 such quotes on the sixteenth session's TBAQ pool), or, set in doubled
apostrophes, read as single-quoted ('Not even …,' he joked). Texts written for this test
(sixteenth session)."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.quote_rules import unbalanced_marks, unbalanced_quotes
from topline.brief.sentence_rules import starts_badly
from topline.ingest import article_from_text

WIRE = (
    "OAKDALE, Ore. (AP) --\n\n"
    "A freight train derailed near a grain elevator outside this farming town on Tuesday, "
    "spilling corn across both tracks and closing the line for two days.\n\n"
    "``We were lucky nobody was standing on the platform when the cars tipped over,'' said "
    "Harold Minty, the county's emergency manager.\n\n"
    "The railroad said crews would work through the night to clear the grain.\n\n"
    "Minty said the elevator would stay closed until inspectors had checked its walls."
)
ARCHIVE = (
    "The school board voted on Monday to keep the district's oldest school open for another "
    "year, reversing a plan to close it in June.\n\n"
    "''Parents came to every meeting and told us what this building means to the whole "
    "neighborhood,'' said Mary Castell, the board's president.\n\n"
    "The district will spend $2 million on a new roof and heating system.\n\n"
    "Castell said the board would look again at the building's future next spring."
)


@pytest.mark.parametrize(
    ("text", "opening", "closing"),
    [(WIRE, "``We were lucky", "tipped over,''"), (ARCHIVE, "''Parents came", "neighborhood,''")],
)
def test_a_quotation_in_typewriter_pairs_is_a_crucial_quote_with_both_marks(
    text: str, opening: str, closing: str
) -> None:
    analysis = analyze(article_from_text(text))
    quote = make_brief(analysis).crucial_quote
    assert quote is not None
    assert quote.text.startswith(opening) and quote.text.endswith(closing)
    assert quote.speaker is not None and quote.speaker.name.endswith(("Minty", "Castell"))
    for span in quote.spans:  # grounded: the shown text is the article's own
        assert span.of(analysis.article.text) in quote.text


def test_typewriter_pairs_balance_as_double_marks() -> None:
    assert unbalanced_quotes("``We were lucky nobody was hurt,'' he said.")  # the plain test
    assert not unbalanced_marks("``We were lucky nobody was hurt,'' he said.")
    assert not unbalanced_marks("''We were lucky nobody was hurt,'' he said.")
    # one character of each pair is a single-quoted quotation (still balanced) …
    assert not unbalanced_marks("'We were lucky nobody was hurt,' he said.")
    # … and a pair left open is still open
    assert unbalanced_marks("``We were lucky nobody was hurt, he said.")
    assert unbalanced_marks("We were lucky nobody was hurt,'' he said.")


def test_a_fragment_in_typewriter_pairs_starts_badly() -> None:
    # "… called the ruling ``a setback for every family.''": the quotation alone is no sentence
    assert starts_badly("``a setback for every family.''")
    assert not starts_badly("``A setback for every family,'' she said.")
