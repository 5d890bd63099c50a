"""Both halves of two sentences glued with no punctuation are candidates of their own; a
half that describes a picture is still left out, and a caption's label is not shown."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief.compose import compose
from topline.brief.glued import split_glued
from topline.eval.editorial import audit_brief
from topline.ingest import article_from_text

GLUED = (
    "The council voted on Tuesday to close three libraries by the end of March.\n\n"
    "Closed: The central library has lost half its visitors since the budget cuts began "
    "The branch will shut its doors for good on March 31 after 112 years.\n\n"
    "Residents have collected 5,000 signatures to keep the branches open.\n\n"
    "The mayor said the money would be spent on road repairs instead."
)
PICTURE = (
    "The council voted on Tuesday to close three libraries by the end of March.\n\n"
    "Readers are seen queuing outside the central library on its last morning "
    "The branch will shut its doors for good on March 31, officials said.\n\n"
    "Residents have collected 5,000 signatures to keep the branches open."
)


def test_a_glued_sentence_becomes_two_sentences_without_the_label() -> None:
    analysis = analyze(article_from_text(GLUED))
    split, heads = split_glued(analysis)
    text = analysis.article.text
    shown = [s.span.of(text) for s in split.sentences]
    assert "The central library has lost half its visitors since the budget cuts began" in shown
    assert any(s.startswith("The branch will shut its doors") for s in shown)
    assert [s.index for s in split.sentences] == list(range(len(split.sentences)))
    assert len(heads) == 1 and shown[min(heads)].startswith("The central library")
    assert split_glued(split)[1] == frozenset()  # nothing is glued any more


def test_a_half_that_describes_a_picture_is_not_split_off() -> None:
    analysis = analyze(article_from_text(PICTURE))
    split, heads = split_glued(analysis)
    assert heads == frozenset() and split is analysis


def test_the_brief_of_a_glued_story_is_whole_and_never_tops_with_the_caption() -> None:
    analysis = analyze(article_from_text(GLUED, published="2024-03-06"))
    brief = compose(analysis)
    assert brief.topline is not None and not brief.topline.text.startswith("The central")
    assert not any(b.text.startswith("Closed:") for b in brief.bullets)
    shown = [b.text for b in brief.bullets]
    assert "The central library has lost half its visitors since the budget cuts began" in shown
    assert any(t.startswith("The branch will shut its doors") for t in shown)
    assert audit_brief(brief, analysis.article.text, "2024-03-06") == []


STOP_GLUED = (
    "The study looks at flooding on the coastal road that links the two harbour towns.The road "
    "was shut for three weeks in 2019 after a storm washed part of it away.\n\n"
    "The county council said the findings would shape its plans for the next decade.\n\n"
    "Engineers from two universities examined records of closures over the last 80 years.\n\n"
    "They found that closures had doubled since the 1990s as the sea rose."
)


def test_a_full_stop_with_no_space_splits_two_whole_sentences() -> None:
    analysis = analyze(article_from_text(STOP_GLUED))
    split, heads = split_glued(analysis)
    text = analysis.article.text
    shown = [s.span.of(text) for s in split.sentences]
    assert "… the two harbour towns." not in shown
    assert shown[0].endswith("links the two harbour towns.")
    assert shown[1].startswith("The road was shut for three weeks in 2019")
    assert heads == frozenset()  # neither piece is a caption


def test_the_lede_glued_at_a_full_stop_can_be_the_topline() -> None:
    analysis = analyze(article_from_text(STOP_GLUED, published="2024-03-06"))
    brief = compose(analysis)
    assert brief.topline is not None
    assert brief.topline.text.startswith("The study looks at flooding on the coastal road")
    assert audit_brief(brief, analysis.article.text, "2024-03-06") == []


def test_a_name_with_a_stop_inside_is_no_glue_point() -> None:
    from topline.brief.editorial_rules import glued_stops

    assert glued_stops("The firm moved its site to ASP.Net last year after a long review.") == []
    assert glued_stops("Officials met in the U.S.The talks were said to be going well.") == []


ZONE_GLUED = (
    "The ferry left the harbour on schedule at 09:15 CET.Forty-two passengers were taken off "
    "by lifeboat when its engine caught fire an hour later.\n\n"
    "The coastguard said no one was hurt and the ship was towed back to port.\n\n"
    "The operator has cancelled all of its crossings on the route until Friday.\n\n"
    "An inquiry into the cause of the fire will begin next week, the ministry said."
)


def test_a_stop_after_a_time_zone_or_abbreviation_splits_before_a_capitalised_word() -> None:
    from topline.brief.editorial_rules import glued_stops

    analysis = analyze(article_from_text(ZONE_GLUED))
    split, _ = split_glued(analysis)
    text = analysis.article.text
    shown = [s.span.of(text) for s in split.sentences]
    assert shown[0] == "The ferry left the harbour on schedule at 09:15 CET."
    assert shown[1].startswith("Forty-two passengers were taken off by lifeboat")
    assert (
        glued_stops(
            "The marathon raised money for the NHS.Staff at the hospital thanked the runners."
        )
        != []
    )
    # a name written with a stop is none: a capitalised word then another, or a short word
    assert glued_stops("The team rebuilt the portal on ASP.Net Core over the summer months.") == []
    assert glued_stops("The team rebuilt the portal on ASP.Net and it runs much faster.") == []
