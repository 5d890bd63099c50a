"""A Topline whose person is never named (tenth session): "… said he was hit over the head"
with no one named before the pronoun is a Topline only when nothing else is left."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.unnamed import unnamed_person
from topline.ingest import article_from_text
from topline.model import Span


@pytest.mark.parametrize(
    ("sentence", "unnamed"),
    [
        ("Local papers said he was beaten outside a bar in the old town.", True),
        ("On Sunday she opened the new wing of the children's hospital.", True),
        ("Police said she was taken to hospital after the crash.", True),
        ("Earlier the union urged her not to sign the new contract.", False),
        ("A schoolboy who is allergic to sunlight says he was abused in the street.", False),
        ("In a tradition he has kept for years, Rep. Ann Cole held a cookout.", False),
        ("The 19-year-old broke his wrist in a fall during training.", False),
        ("The former City captain is to return to his old club as a coach.", False),
        ('The club said "he will be back soon" after the operation.', False),
        ("Prices rose by 3% in May, the fastest pace in a year.", False),
    ],
)
def test_a_pronoun_in_a_sentence_that_names_no_one_is_unnamed(sentence: str, unnamed: bool) -> None:
    assert unnamed_person(sentence, (Span(0, len(sentence)),), ()) is unnamed


def test_a_named_person_before_the_pronoun_resolves_it() -> None:
    sentence = "Police said Ana Silva was hurt when her car hit a wall."
    named = Span(sentence.index("Ana"), sentence.index(" was"))
    assert not unnamed_person(sentence, (Span(0, len(sentence)),), (named,))


ARTICLE = "\n".join(
    [
        "Local papers said he was beaten outside a bar in the old town late on Friday.",
        "The singer Tomas Berg had played a concert at the city's arena earlier that night.",
        "Police said they were looking for two men seen running from the scene.",
        "The embassy said it was in contact with the authorities about the attack.",
    ]
)


def test_the_topline_names_its_person_when_a_sentence_can() -> None:
    brief = make_brief(analyze(article_from_text(ARTICLE)))
    assert brief.topline is not None
    assert not brief.topline.text.startswith("Local papers said he")
    alone = make_brief(analyze(article_from_text(ARTICLE.split("\n")[0])))
    assert alone.topline is None or alone.topline.text.startswith("Local papers")


def test_a_name_the_recogniser_missed_still_resolves_the_pronoun() -> None:
    sentence = "Kofi Mensah has cast his vote for the player of the year award."
    as_place = (Span(0, 4),)  # "Kofi" read as a place, "Mensah" as nothing
    assert not unnamed_person(sentence, (Span(0, len(sentence)),), (), as_place)
    sentence = "Russian news reports said he was beaten outside a bar."
    nationality = (Span(0, 7),)
    assert unnamed_person(sentence, (Span(0, len(sentence)),), (), nationality)
