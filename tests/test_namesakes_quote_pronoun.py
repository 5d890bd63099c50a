"""Two unrelated people of one surname, the bare surname then used for either: the pronoun
that frames the quotation right after the surname's sentence ("Hendry, a Liberal Democrat,
said …. "…," he said") is that surname's sex, and a namesake the text has shown of the other
sex (by the honorifics already read as hers: "Ms. Hendry said") is not the one meant.
Stories written for this test (seventeenth session), before the rule was built."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.ingest import article_from_text

FERRY = (
    "Mayor Tom Hendry opened the new ferry terminal in Oban on Saturday.\n\n"
    "Among the crowd was Moira Hendry, who has fished from the harbour for thirty years. "
    "The two are not related.\n\n"
    '"It took them ten years to build a shed," Ms. Hendry said.\n\n'
    "Hendry, a Liberal Democrat in his second term, said the terminal would bring visitors "
    'all year. "This is the start, not the end," he said.'
)
#: The same surname, the pronoun of the other sex: the fisherwoman.
NETS = (
    "Mayor Tom Hendry opened the new ferry terminal in Oban on Saturday.\n\n"
    '"This is the start, not the end," Mr. Hendry said.\n\n'
    "Moira Hendry, who has fished from the harbour for thirty years, was not impressed. "
    "The two are not related.\n\n"
    "Hendry, who lost two weeks of work to the building site, said the nets were torn. "
    '"We lose a week every storm," she said.'
)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (FERRY, "It took them ten years", "Moira Hendry"),
        (FERRY, "the terminal would bring visitors", "Tom Hendry"),
        (FERRY, "This is the start", "Tom Hendry"),
        (NETS, "This is the start", "Tom Hendry"),
        (NETS, "the nets were torn", "Moira Hendry"),
        (NETS, "We lose a week every storm", "Moira Hendry"),
    ],
)
def test_the_quotation_s_pronoun_tells_which_namesake(text: str, words: str, speaker: str) -> None:
    analysis = analyze(article_from_text(text))
    body = analysis.article.text
    found = [q for q in analysis.quotes if words in q.content_span.of(body)]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == speaker
