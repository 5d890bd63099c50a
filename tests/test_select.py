"""Sentence scoring and selection: the shipped model loads, and editors' rules hold."""

from __future__ import annotations

from collections import Counter

from topline.brief.features import FEATURE_NAMES, SentenceView, content_terms
from topline.brief.select import (
    LinearModel,
    Scored,
    Scorer,
    eligible,
    has_verb,
    is_boilerplate,
    is_unattributed_speech,
    load_model,
    select_bullets,
)
from topline.model import Span


def view(index: int, text: str, verb: bool = True) -> SentenceView:
    return SentenceView(
        index, Span(0, len(text)), text, Counter(content_terms(text)), len(text.split()), verb
    )


def test_shipped_model_is_json_over_the_current_features() -> None:
    scorer = load_model()
    assert Scorer.from_json(scorer.to_json()) == scorer
    for model in (scorer.topline, scorer.bullet):
        assert model.features == FEATURE_NAMES
        assert LinearModel.from_json(model.to_json()) == model
        assert 0.0 < model.score([0.0] * len(FEATURE_NAMES)) < 1.0


def test_boilerplate_lines_are_recognised() -> None:
    for line in (
        "Read more: How rivers became sewers",
        "Sign up for our newsletter.",
        "Click here to watch the video.",
        "Photo: Getty Images",
        "Reporting by Jane Doe; Editing by John Smith",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("The regulator fined the company a record sum on Tuesday.")


def test_mmr_skips_a_sentence_that_repeats_an_earlier_pick() -> None:
    a = view(0, "The regulator fined Thames Water a record 90 million pounds on Tuesday.")
    b = view(1, "Thames Water was fined a record 90 million pounds by the regulator on Tuesday.")
    c = view(2, "Campaigners welcomed the penalty but said pollution would continue.")
    d = view(3, "The company said it would appeal parts of the ruling next month.")
    picked = select_bullets([Scored(b, 0.9), Scored(c, 0.5), Scored(d, 0.4)], [a], 3)
    assert [v.index for v in picked] == [2, 3]


def test_bullets_come_back_in_story_order() -> None:
    views = [
        view(i, t)
        for i, t in enumerate(
            [
                "Police arrested three men after the robbery on Main Street.",
                "The stolen jewellery was worth about two million dollars.",
                "Officers recovered a getaway car abandoned near the river.",
            ]
        )
    ]
    picked = select_bullets(
        [Scored(views[2], 0.9), Scored(views[0], 0.8), Scored(views[1], 0.7)], [], 3
    )
    assert [v.index for v in picked] == [0, 1, 2]


def test_quote_fragments_without_their_speaker_are_not_eligible() -> None:
    assert is_unattributed_speech("I can’t thank all of these people enough.’")
    assert is_unattributed_speech("“We will rebuild every house on this street.")
    assert not is_unattributed_speech("“We will rebuild,” the mayor said on Tuesday.")
    assert not is_unattributed_speech("The mayor promised to rebuild every house.")


def test_a_sentence_the_analysis_tagged_verbless_is_not_eligible() -> None:
    caption = view(0, "Smoke over the harbour district after the blast near the port", verb=False)
    news = view(1, "Smoke rose over the harbour district after the blast near the port.")
    assert not has_verb(caption) and has_verb(news)
    assert [c.view.index for c in eligible([Scored(caption, 0.9), Scored(news, 0.5)])] == [1]


def test_analysis_records_which_sentences_have_a_verb() -> None:
    from topline.analyze import analyze
    from topline.ingest import article_from_text

    text = (
        "Firefighters battled the blaze through the night.\n\n"
        "A view of the old warehouse on the east side of the city\n\n"
        "The fire will be investigated by the state."
    )
    analysis = analyze(article_from_text(text))
    flags = {s.span.of(analysis.article.text): s.has_verb for s in analysis.sentences}
    assert flags == {
        "Firefighters battled the blaze through the night.": True,
        "A view of the old warehouse on the east side of the city": False,
        "The fire will be investigated by the state.": True,
    }
