"""Toplines and bullets an editor would not sign, fourteenth session's second round (texts
written for these tests): a lede written as a foil for the news ("Motor shows … have long
been known for …" / "However, a small firm …"), a later sentence whose subject is an
epithet for someone the sentence before named ("The three-time Grammy-winning
singer-songwriter, who …, opens …"), a relative clause left out of a phrase that opens the
sentence, which ran the phrase into the subject ("… in Dover and Calais Ferris kept …"),
and a bullet whose demonstrative points at what the cut of the bullet before it left out
("But those differences …")."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.compress import compress
from topline.brief.lede import foil
from topline.brief.select import _EPITHET_SUBJECT
from topline.ingest import article_from_text
from topline.model import Span, join_spans


@pytest.mark.parametrize(
    ("lede", "turn"),
    [
        (
            "Mountain resorts usually close their lifts for a month after the ski season ends.",
            "But that has not stopped the owners of Pine Ridge from running them all summer.",
        ),
        (
            "Car shows have long been known for their polished chrome and loud engines.",
            "However, a small firm in Leeds chose a silent electric tractor for its stand.",
        ),
        (
            "Village fetes traditionally end with a tug of war on the green.",
            "Now, one parish council wants to replace it with a drone race.",
        ),
        (
            "City libraries are best known as quiet places to read.",
            "Yet the library in Harwick has turned its basement into a recording studio.",
        ),
    ],
)
def test_a_habitual_lede_that_the_next_sentence_turns_is_a_foil(lede: str, turn: str) -> None:
    assert foil(lede, turn)


@pytest.mark.parametrize(
    ("lede", "following"),
    [
        # news, then a qualification: no habitual statement
        (
            "The central bank raised its main interest rate to 4 percent on Wednesday.",
            "But it signalled that it would pause the increases next year.",
        ),
        # a habitual statement that the story does not turn against
        (
            "Farmers in the valley usually sow barley in March.",
            "This spring the rain came late and the fields stayed flooded until May.",
        ),
        # the habit is in a quotation: the speaker's, not the lede's frame
        (
            'The mayor said the trains "usually run on time" as the new line opened on Monday.',
            "But commuters waited an hour for the first one.",
        ),
    ],
)
def test_a_lede_that_is_no_foil(lede: str, following: str) -> None:
    assert not foil(lede, following)


FOIL_STORY = (
    "Motor shows such as the annual Geneva show have long been known for their polished "
    "supercars and glamorous launches.\n\n"
    "However, a small firm from Leeds took a different approach for its London stand.\n\n"
    "Harrow Tractors showed a silent electric tractor built from old milk floats at the "
    "show in Earls Court.\n\n"
    "The tractor, which cost about £30,000 to build, was designed by the engineer Tom Reed.\n\n"
    "Visitors queued for an hour to sit in its cab on Saturday.\n\n"
    "The firm plans to sell the first ten to farms in Yorkshire next year."
)


def test_the_topline_of_a_foil_lede_is_the_news_after_the_turn() -> None:
    brief = make_brief(analyze(article_from_text(FOIL_STORY)))
    assert brief.topline is not None
    assert brief.topline.text.startswith("Harrow Tractors showed a silent electric tractor")


def test_a_turn_after_a_news_lede_leaves_the_topline_alone() -> None:
    news = "The Geneva motor show opened on Tuesday with the launch of six new supercars."
    text = news + FOIL_STORY[FOIL_STORY.index("\n\n") :]
    turned = make_brief(analyze(article_from_text(text)))
    plain = make_brief(
        analyze(article_from_text(text.replace("However, a small firm", "A small firm")))
    )
    assert turned.topline is not None and plain.topline is not None
    assert turned.topline.text == plain.topline.text == news


def _compressed(sentence: str) -> str:
    return join_spans(sentence, compress(sentence, Span(0, len(sentence)), bullet=True))


@pytest.mark.parametrize(
    "sentence",
    [
        "Regardless of the votes in Dover and Calais, which were too close to call by "
        "midnight, Ferris kept his lead in the count.",
        "After two days of talks with the drivers' union, which had threatened a strike, the "
        "bus company agreed to raise pay by 5 percent.",
        "In the town of Wexley, which lost its last bank in May, residents opened a credit "
        "union of their own.",
    ],
)
def test_a_relative_clause_inside_an_opening_phrase_stays(sentence: str) -> None:
    assert _compressed(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The bus company, which had faced a strike, agreed to raise pay by 5 percent.",
            "The bus company agreed to raise pay by 5 percent.",
        ),
        (
            "After the talks, the union, which had threatened a strike, accepted the offer.",
            "After the talks, the union accepted the offer.",
        ),
    ],
)
def test_a_relative_clause_after_the_subject_is_still_left_out(
    sentence: str, expected: str
) -> None:
    assert _compressed(sentence) == expected


@pytest.mark.parametrize(
    "opener",
    [
        "The two-time Oscar-winning actress, who also runs a bakery in Bath, opens a play",
        "The sleepy harbour town hosted its first jazz festival",
        "The veteran striker said on Monday",
        "The 61-year-old businessman was fined",
    ],
)
def test_an_epithet_subject_names_no_one_itself(opener: str) -> None:
    assert _EPITHET_SUBJECT.match(opener)


@pytest.mark.parametrize(
    "opener",
    [
        "The European Commission said",  # a name in capitals
        "The city council voted on Tuesday",  # no epithet: the council is the subject
        "The town's mayor said",
        "The number of tourists rose",
    ],
)
def test_a_named_or_plain_subject_is_no_epithet(opener: str) -> None:
    assert not _EPITHET_SUBJECT.match(opener)


EPITHET_STORY = (
    "Thanks to a new hobby, the singer Mara Quill can add beekeeper to her list of talents.\n\n"
    "The three-time Grammy-winning singer-songwriter, who also presents a radio show on "
    "Sundays, opens a six-night run at the Apollo in Leeds this week with her acclaimed "
    "show of songs about bees, flowers and summer.\n\n"
    "She said the idea came to her while tending hives at her farm in Wales.\n\n"
    "Tickets for the first two nights sold out within an hour."
)


def test_a_later_sentence_with_an_epithet_subject_is_not_the_topline() -> None:
    brief = make_brief(analyze(article_from_text(EPITHET_STORY)))
    assert brief.topline is not None
    assert "Mara Quill" in brief.topline.text


RIVALS = (
    "The mayors of Harlow and Dunmore signed a joint plan for a shared bus network on Friday.\n\n"
    "The deal ended a long rivalry between Mayor Ruth Kane, who wants the buses run by the "
    "towns, and Mayor Tom Sell, who wants a private operator, and was backed by both councils.\n\n"
    "But those differences were set aside at a ceremony in the Dunmore town hall.\n\n"
    "The network will link the two towns with twelve new routes from next April.\n\n"
    "Fares will be capped at two pounds for a single journey, the plan says.\n\n"
    "Bus drivers' unions said they would study the plan before giving a view."
)


def test_a_demonstrative_after_a_cut_of_what_it_points_at_is_no_bullet() -> None:
    brief = make_brief(analyze(article_from_text(RIVALS)))
    shown = [b.text for b in brief.bullets]
    assert any(
        s.startswith("The deal ended a long rivalry between Mayor Ruth Kane and") for s in shown
    )
    assert not any(s.startswith("But those differences") for s in shown)


def test_a_demonstrative_after_the_whole_sentence_stays() -> None:
    whole = RIVALS.replace(
        "Mayor Ruth Kane, who wants the buses run by the towns, and Mayor Tom Sell, who wants a "
        "private operator, and",
        "Mayor Ruth Kane and Mayor Tom Sell over who should run the buses, and",
    )
    brief = make_brief(analyze(article_from_text(whole)))
    assert any(b.text.startswith("But those differences") for b in brief.bullets)
