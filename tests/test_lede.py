"""The Topline is the news: classes of sentence that are never the Topline while a news
sentence near the top exists, and the plain news ledes that stay eligible."""

from __future__ import annotations

from collections import Counter

import pytest

from topline.brief.features import SentenceView, content_terms
from topline.brief.lede import is_background, is_headline, not_news
from topline.brief.select import Scored, choose_topline
from topline.model import Span


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "But the night-time closures on those days hit the east of the city hardest.",
            "connective",
        ),
        ("And the orchestra will perform it with the soprano who sang the premiere.", "connective"),
        ("However, the ferry company said the timetable would stay the same.", "connective"),
        ("In fact, the committee had never met in the spring before.", "connective"),
        ("It would be called the Lakeside Pavilion and hold two thousand guests.", "pronoun"),
        ("He recalled that the engine had stalled twice over the bay.", "pronoun"),
        ("This comes after the harbour master resigned in protest.", "pronoun"),
        ("They had waited on the quay since dawn for the boats to come in.", "pronoun"),
        ("Will the county ever reopen the old coastal road?", "question"),
        ("Rescue: Firefighters (pictured) carry a child from the flooded school.", "caption"),
        ("In 1988, the mill closed and four hundred workers lost their jobs.", "background"),
        ("Three years ago, over dinner, a cousin handed her an old map.", "background"),
        ("Earlier this year, the carmaker showed a concept of the coupé.", "background"),
        ("If you are planning a trip to the coast, pack for rain this week.", "reader"),
        ("The rain came on quickly.", "scene-setter"),
        ("Harbour Board Approves Dredging Plan For Northern Channel", "headline"),
        ("Five questions before the county budget vote, live on Channel 4", "unterminated"),
        ("GK Ana Ruiz 90 100% 4 saves 1 .", "table"),
    ],
)
def test_sentences_that_are_not_the_news(text: str, kind: str) -> None:
    named = kind != "scene-setter"
    assert not_news(text, named=named, published_year=2024) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The city council voted on Tuesday to close three libraries, citing a budget gap.",
        "Two hostages, an engineer and a nurse, were freed on Sunday after nine days in captivity.",
        "This week the regulator fined the water company a record 90 million pounds.",
        "In 2024 the state will spend $2 billion on new bridges, the governor said Monday.",
        'The mayor said "we will rebuild every house" after the floods destroyed 200 homes.',
        "Police arrested six people on Monday during a drug investigation at a home.",
        "The council voted 7-2 on Tuesday to close 3 of its 12 libraries by 2025.",
    ],
)
def test_plain_news_ledes_are_news(text: str) -> None:
    assert not_news(text, published_year=2024) is None


def test_a_run_on_is_a_caption_glued_to_the_lede() -> None:
    glued = (
        "Accused: Dr Ann Vale, 41, of Bristol, has denied four counts of fraud A senior "
        "doctor accused of claiming for hundreds of shifts she never worked told a court on "
        "Monday that the hospital's records were wrong and that her rota had been changed "
        "without her knowledge."
    )
    assert not_news(glued) == "run-on"


def test_an_earlier_year_is_background_only_in_a_later_story() -> None:
    assert is_background("In 2019, the council approved the plan.", 2021)
    assert not is_background("In 2021, the council approved the plan.", 2021)
    assert not is_background("In the end, the council approved the plan.", 2021)


def test_a_subject_with_capitals_cut_before_its_final_stop_is_not_a_headline() -> None:
    shown = "The New York State Attorney General is investigating the Water Board"
    raw = shown + ", adding to the utility's troubles."
    assert not_news(shown, raw=raw) is None


def test_a_sentence_with_a_final_stop_is_not_a_headline() -> None:
    assert not is_headline("Apple Unveils The New Laptop In New York.")
    assert is_headline("Apple Unveils The New Laptop In New York")


def _scored(index: int, text: str, score: float, named: bool = True) -> Scored:
    view = SentenceView(
        index,
        Span(0, len(text)),
        text,
        Counter(content_terms(text)),
        len(text.split()),
        named=named,
        published_year=2024,
    )
    return Scored(view, score, score)


def test_a_feature_lede_gives_way_to_the_news_sentence_below_it() -> None:
    candidates = [
        _scored(0, "It would be called the Lakeside Pavilion, with room for two thousand.", 0.9),
        _scored(1, "But the plan for the pavilion was always controversial in the town.", 0.8),
        _scored(
            2, "The town council rejected the Lakeside Pavilion on Tuesday by 9 votes to 2.", 0.1
        ),
    ]
    chosen = choose_topline(candidates)
    assert chosen is not None and chosen.view.index == 2


def test_when_nothing_near_the_top_is_news_the_lead_still_gives_a_topline() -> None:
    candidates = [
        _scored(0, "It was a grey morning on the quay when the boats came in.", 0.2),
        _scored(1, "They had been at sea for eleven days without news from the shore.", 0.1),
    ]
    chosen = choose_topline(candidates)
    assert chosen is not None and chosen.view.index == 0


def test_with_no_news_near_the_top_a_sentence_that_reads_alone_beats_a_pronoun_opener() -> None:
    candidates = [
        _scored(0, "It is a long night's drive from the coast.", 0.6),
        _scored(1, "The symptoms came on quickly.", 0.3, named=False),  # a scene-setter
        _scored(2, "She said the waiting was the hardest part of all.", 0.5),
    ]
    chosen = choose_topline(candidates)
    assert chosen is not None and chosen.view.index == 1


def test_an_acronym_after_the_subject_is_not_a_dateline_credit() -> None:
    from topline.brief.compress import compress
    from topline.model import join_spans

    text = (
        "The State Water Resources Board (SWRB) is investigating the dam operator, officials said."
    )
    shown = join_spans(text, compress(text, Span(0, len(text)), lede=True))
    assert shown.startswith("The State Water Resources Board is investigating")
    wire = "LISBON (Reuters) - Portugal said on Monday it would reopen the border."
    assert join_spans(wire, compress(wire, Span(0, len(wire)), lede=True)).startswith("Portugal")
