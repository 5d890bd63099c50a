"""Crucial quote, thirteenth session, second round: words a writer imagines someone
thinking ("a columnist imagined the governor was thinking: “What have I done?”") were said
by no one and are no Crucial quote. Texts written for these tests."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.quote_rules import imagined_words
from topline.ingest import article_from_text


def _lead(text: str) -> bool:
    return imagined_words(text, 0, text.index("“"))


@pytest.mark.parametrize(
    "text",
    [
        "A columnist imagined the governor was thinking: “What on earth have I done here?”",
        "Her long stare seemed to say, “You will regret this for a very long time.”",
        "The coach must have been thinking, “We cannot lose another final like this.”",
    ],
)
def test_imagined_words_are_found(text: str) -> None:
    assert _lead(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The governor told reporters: “What on earth have I done to deserve this?”",
        "Thinking of her son, she said, “We will never stop looking for him.”",
        "The coach, who imagined a different season, said, “We cannot lose another final.”",
    ],
)
def test_said_words_are_kept(text: str) -> None:
    assert not _lead(text), text


ARTICLE = (
    "Governor Ray Dunmore endorsed the property developer for mayor on Tuesday, stunning "
    "his own party.\n\n"
    "After the rally, the columnist Nora Pike imagined Dunmore was thinking: “What have I "
    "done to my party and to my own good name tonight?”\n\n"
    "Dunmore defended the choice at a press conference on Wednesday.\n\n"
    "“I backed the candidate who will get this city building homes again,” Dunmore said."
)


def test_imagined_words_are_no_crucial_quote() -> None:
    quote = make_brief(analyze(article_from_text(ARTICLE))).crucial_quote
    assert quote is None or "What have I done" not in quote.text, quote
