"""A quotation mark that spaCy splits off a sentence (its closing mark after the full stop at a
paragraph's end, or an opening mark before the next sentence) belongs to that sentence: alone
it is no sentence, and the sentence without it leaves a quotation open, which the editorial
rules refuse, so a lede that ends on a quoted phrase was never the Topline."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.ingest import article_from_text

# The lede ends on a quoted phrase at the end of its paragraph.
FERRY = (
    "The harbour board cancelled the last winter ferry to Inishmore on Friday, two days "
    'after the operator called the crossing "a risk to every passenger."\n\n'
    "A spokesman for the operator said the vessel had passed its inspection in October.\n\n"
    '"We have never lost a sailing to a fault of our own," the spokesman said in a '
    "statement.\n\n"
    "Islanders will now depend on a weekly flight until April."
)
LIBRARY = (
    "The county closed four branch libraries on Monday, a move its own report had called "
    '"the end of reading for whole villages."\n\n'
    "Council officials said the closures would save about $2 million a year.\n\n"
    "Volunteers in two of the villages have offered to keep their branches open."
)


def _sentences(text: str) -> list[str]:
    analysis = analyze(article_from_text(text))
    return [s.span.of(analysis.article.text) for s in analysis.sentences]


def test_a_closing_mark_stays_with_its_sentence() -> None:
    for text in (FERRY, LIBRARY):
        sentences = _sentences(text)
        assert sentences[0].endswith('."'), sentences[0]
        assert all(any(ch.isalnum() for ch in s) for s in sentences), sentences


def test_a_lede_ending_on_a_quoted_phrase_is_the_topline() -> None:
    brief = make_brief(analyze(article_from_text(FERRY)))
    assert brief.topline is not None
    assert brief.topline.text.startswith("The harbour board cancelled the last winter ferry")
    brief = make_brief(analyze(article_from_text(LIBRARY)))
    assert brief.topline is not None
    assert brief.topline.text.startswith("The county closed four branch libraries")
