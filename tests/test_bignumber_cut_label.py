"""A Big number whose label is no noun phrase a reader can use: a pronoun run into its verb
("$10 billion — he's"), a phrase cut after a word that leads on ("— of those who picked
someone who"), or a word lost where a link was stripped ("$4 million of  time" for "air
time"). Texts written for this test (fourteenth session, second round)."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.number_rules import cut_label
from topline.ingest import article_from_text
from topline.model import Span


def _spans(text: str, figure: str, label: str) -> tuple[Span, Span]:
    f = text.index(figure)
    c = text.index(label, f + len(figure)) if label in text[f:] else text.index(label)
    return Span(f, f + len(figure)), Span(c, c + len(label))


def test_a_pronoun_is_no_label() -> None:
    text = "The developer says she's worth $3 billion, a figure nobody has checked."
    figure, label = _spans(text, "$3 billion", "she's")
    assert cut_label(text, figure, label)


def test_a_label_cut_after_a_word_that_leads_on() -> None:
    text = "Only 31 percent of those who wanted someone who “shares my values” chose him."
    figure, label = _spans(text, "31 percent", "of those who wanted someone who")
    assert cut_label(text, figure, label)


def test_two_spaces_where_a_link_was_stripped() -> None:
    text = "The group has bought about $4 million of  time in Ohio for its ads."
    figure, label = _spans(text, "$4 million", "time in Ohio")
    assert cut_label(text, figure, label)


def test_a_plain_label_stays() -> None:
    text = "The council will spend $4 million on new roads in Ohio this year."
    figure, label = _spans(text, "$4 million", "new roads in Ohio")
    assert not cut_label(text, figure, label)
    text = "About 31 percent of registered voters chose him."
    figure, label = _spans(text, "31 percent", "registered voters")
    assert not cut_label(text, figure, label)


def test_the_brief_shows_no_pronoun_label() -> None:
    text = (
        "LETTERS.\n\n"
        "The mayor has been sued 40 times in ten years. His critics say the suits are a "
        "negotiating tool. The mayor claims he's worth $2 billion. Would a rich man fight "
        "over a parking fine? I doubt it."
    )
    number = make_brief(analyze(article_from_text(text))).big_number
    assert number is None or number.counts != "he's"
