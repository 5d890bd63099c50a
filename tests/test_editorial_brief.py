"""The brief obeys the editorial rules: whole quotations, subjects kept, no run-ons, real
sources, Crucial quotes with speakers, Key background that is background."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief.compose import compose
from topline.brief.crucial import choose_quote
from topline.brief.fit import fit, shorten
from topline.brief.source_tags import attribution_for
from topline.eval.editorial import audit_brief
from topline.ingest import article_from_text
from topline.model import Sentence, Span, join_spans

STORY = (
    "The city council voted on Tuesday to close three public libraries by the end of March.\n\n"
    'Council member Ana Ruiz said: "This is the hardest vote of my career. We had no choice.\n\n'
    '"The budget is simply gone."\n\n'
    "About 40 residents protested outside the town hall before the meeting began.\n\n"
    "The closures will save the city about $2 million a year, the budget office said.\n\n"
    '"We will fight this in court," a protester shouted.\n\n'
    "Library staff will be offered jobs at the remaining branches, the mayor said.\n\n"
    "She had opposed the closures since 2019.\n\n"
    "The council had already cut library hours twice since 2019 to save money.\n\n"
    "A petition to keep the branches open has gathered more than 5,000 signatures."
)


def _brief_of(text: str, published: str = "2024-03-06"):  # type: ignore[no-untyped-def]
    analysis = analyze(article_from_text(text, published=published))
    return analysis, compose(analysis)


def test_the_brief_of_a_story_has_no_editorial_defect() -> None:
    analysis, brief = _brief_of(STORY)
    assert audit_brief(brief, analysis.article.text, "2024-03-06") == []


def test_a_piece_of_a_multi_paragraph_quotation_is_never_shown_alone() -> None:
    analysis, brief = _brief_of(STORY)
    shown = [b.text for b in brief.bullets]
    assert not any(t.endswith("We had no choice.") for t in shown)
    assert "The budget is simply gone." not in " ".join(shown)


def test_a_quote_without_a_speaker_is_not_the_crucial_quote() -> None:
    text = (
        "The mayor closed the bridge on Monday after an inspection found cracks.\n\n"
        '"We cannot take any chances with the safety of the people who cross it."\n\n'
        "Engineers will inspect the bridge again next week."
    )
    analysis = analyze(article_from_text(text))
    assert choose_quote(analysis, {}) is None


def test_key_background_never_opens_with_a_pronoun() -> None:
    analysis, brief = _brief_of(STORY)
    assert brief.key_background
    assert all(not item.text.startswith("She ") for item in brief.key_background)


def test_a_source_tag_that_is_a_share_is_not_shown() -> None:
    text = "Prices rose 5% in March, 28% of CFOs said in a survey published on Monday."
    analysis = analyze(article_from_text(text))
    source = attribution_for(analysis, analysis.sentences[0].span)
    assert source is None or "%" not in source.name


def test_a_sentence_that_opens_a_quotation_is_shown_with_the_rest_of_it() -> None:
    text = 'Ruiz said: "We had no choice. The money is gone." Then she left.'
    first = text.index("We had") + len("We had no choice.")
    sentences = (
        Sentence(Span(0, first), 0),
        Sentence(Span(first + 1, text.index(" Then")), 1),
        Sentence(Span(text.index("Then"), len(text)), 2),
    )
    spans = fit(text, sentences, 0, (sentences[0].span,), whole_quotes=True)
    assert spans is not None
    assert join_spans(text, spans) == 'Ruiz said: "We had no choice. The money is gone."'
    assert fit(text, sentences, 0, (sentences[0].span,)) is None


def test_a_long_sentence_keeps_a_whole_first_clause_never_a_subordinate_one() -> None:
    main = "The council closed three libraries and two pools on Tuesday after a long debate"
    long_sentence = main + ", " + " ".join(["while residents protested loudly outside"] * 8) + "."
    cut = shorten(long_sentence, (Span(0, len(long_sentence)),))
    assert cut is not None and join_spans(long_sentence, cut) == main
    subordinate = "When the council met on Tuesday in the old town hall downtown, " + " ".join(
        ["residents protested"] * 20
    )
    assert shorten(subordinate, (Span(0, len(subordinate)),)) is None
    # a cut inside an aside in parentheses leaves it open: the main clause is after it
    aside = (
        "The new service, which costs $12 a month for its basic plan (a family plan is also "
        "offered at a higher price, with four accounts, a shared library, offline "
        "downloads for travel, a separate profile for each child, early access to new "
        "releases and a second screen at no extra cost), is aimed at commuters who listen on their phones "
    ) + " ".join(["every single day"] * 10)
    assert shorten(aside, (Span(0, len(aside)),)) is None


def test_a_question_or_a_heading_is_not_shown_as_a_fact() -> None:
    from topline.brief.fit import readable

    question = "And in what way was the atmosphere created by the fans?"
    assert not readable(question, (Span(0, len(question)),))
    heading = "MAKING SPICED HONEY PEAR JAM"
    assert not readable(heading, (Span(0, len(heading)),))
    fact = "The fans created the atmosphere in the smaller stadiums."
    assert readable(fact, (Span(0, len(fact)),))


def test_a_later_sentence_opening_with_a_connective_is_not_the_topline() -> None:
    run_on = "The council met " + " ".join(["and talked"] * 30) + " until midnight."
    text = (
        f"{run_on}\n\n"
        "But the mayor refused to sign the budget on Tuesday night.\n\n"
        "The city will run out of money for its libraries in March, the treasurer said.\n\n"
        "Residents protested outside the town hall before the meeting began."
    )
    _, brief = _brief_of(text)
    assert brief.topline is not None
    assert not brief.topline.text.startswith(("The council met", "But"))
