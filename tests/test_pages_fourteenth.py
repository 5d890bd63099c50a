"""Toplines and bullets an editor would not sign, fourteenth session (texts written for these
tests): an archive copy's abstract shown as the Topline and repeated by the bullets, a subhead
with a bare subject ("…, senator seems ready …"), a line broken off mid-sentence and its
rest, a cut that leaves a clause without its verb or stops inside a list of names, a
relative clause "ended" at a comma inside it, and a press conference whose closing marks
were lost."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.compress import compress
from topline.brief.cut_rules import cut_mid_phrase
from topline.brief.headline import abstract_block, broken_off, heading_line, leading_headline
from topline.brief.sentence_rules import open_speech
from topline.ingest import article_from_text
from topline.model import Span, join_spans

ARCHIVE = (
    "Port authority delays harbor dredging;\nEnvironmental review cited.\n\n"
    "ABSTRACT.\n\n"
    "Work to deepen the channel for larger ships will wait a year, partly owing to the "
    "objections of fishermen.\n\n"
    "FULL TEXT.\n\n"
    "The Calder Bay port authority on Monday postponed the dredging of its main shipping "
    "channel by a year, ordering a new study of its effect on shellfish beds.\n\n"
    "The decision follows months of protests by fishermen who said the work would ruin the "
    "oyster harvest.\n\n"
    "The authority's director, Maria Olsen, said the delay would cost about $4 million.\n\n"
    "Shipping companies had pressed for the work to start this spring."
)


def test_the_abstract_block_is_found_between_its_labels() -> None:
    block = abstract_block(ARCHIVE)
    assert block is not None
    assert block.of(ARCHIVE).strip().startswith("Work to deepen the channel")
    assert "FULL TEXT" not in block.of(ARCHIVE) and "ABSTRACT" not in block.of(ARCHIVE)
    assert abstract_block(ARCHIVE.replace("FULL TEXT.", "MORE.")) is None  # no story label


def test_an_archive_copy_is_briefed_from_its_story_not_its_abstract() -> None:
    brief = make_brief(analyze(article_from_text(ARCHIVE)))
    assert brief.topline is not None
    assert brief.topline.text.startswith("The Calder Bay port authority on Monday postponed")
    shown = [brief.topline.text, *(b.text for b in brief.bullets)]
    assert not any("deepen the channel" in s for s in shown)


BODY = (
    "\n\nThe city council voted on Tuesday to close the Harbor Road bridge for two years of "
    "repairs, after engineers found cracks in its main span.\n\n"
    "Drivers will use a ferry service that the council will pay for, the mayor said.\n\n"
    "The bridge carries about 40,000 cars a day and was opened in 1962.\n\n"
    "Shop owners on the island said the closure would cost them customers."
)


@pytest.mark.parametrize(
    "subhead",
    [
        "After a long fight over costs, council is ready to act on the bridge.",
        "With the repair bill rising, mayor seems to favour a ferry for a while.",
        "Once allies on the bridge, two are now on opposite sides of the vote.",
    ],
)
def test_a_subhead_with_a_bare_subject_is_part_of_the_headline(subhead: str) -> None:
    text = "Council closes bridge.\n\n" + subhead + BODY
    block = leading_headline(text)
    assert block is not None and subhead in block.of(text)
    brief = make_brief(analyze(article_from_text(text)))
    assert all(subhead not in b.text for b in brief.bullets)


def test_a_short_lede_paragraph_with_its_articles_is_no_subhead() -> None:
    lede = "The council is ready to act on the bridge, the mayor said."
    text = "Council closes bridge.\n\n" + lede + BODY
    block = leading_headline(text)
    assert block is not None and lede not in block.of(text)


LINES = (
    "Harbor Town were relegated on Saturday after a 2-0 defeat at Kelby Rovers.\n"
    "The club reached the league for the first time in its history in 2009, but now goes "
    "back down to the regional division under Tom\n"
    "Grant, the same manager who took them up eight years ago.\n"
    "Harbor Town have the worst defence in the division this season.\n"
)


def test_a_long_line_without_its_stop_and_its_rest_are_no_statements() -> None:
    second = LINES.index("The club")
    rest = LINES.index("Grant,")
    line = Span(second, LINES.index("\n", second))
    assert heading_line(LINES, line)  # a long line that does not end like a sentence
    assert broken_off(LINES, Span(rest, LINES.index("\n", rest)))
    last = LINES.index("Harbor Town have")
    assert not broken_off(LINES, Span(last, LINES.index("\n", last)))
    assert not heading_line(LINES, Span(0, LINES.index("\n")))


def test_a_brief_shows_neither_half_of_a_broken_line() -> None:
    brief = make_brief(analyze(article_from_text(LINES)))
    shown = [b.text for b in brief.bullets]
    assert not any("under Tom" in s or s.startswith("Grant,") for s in shown)


def _compressed(sentence: str) -> str:
    return join_spans(sentence, compress(sentence, Span(0, len(sentence)), bullet=True))


def test_a_clause_set_before_the_sentences_verb_is_not_cut() -> None:
    sentence = (
        "The inquiry asked mainly whether a minister in the capital, including the then "
        "transport secretary Ann Hale, had delayed the rescue."
    )
    assert _compressed(sentence) == sentence


def test_a_relative_clause_does_not_end_at_a_comma_inside_it() -> None:
    sentence = (
        "The mayor, whose task is to turn a small, little-known town into a regional centre "
        "of trade, will face the council on Friday."
    )
    assert "little-known town into" not in _compressed(sentence).split("mayor", 1)[1][:5]
    assert _compressed(sentence).startswith("The mayor, whose task")


def test_a_relative_clause_that_ends_is_still_left_out() -> None:
    sentence = (
        "The company, which employs many people in the region, said it would close two "
        "plants next year."
    )
    assert _compressed(sentence) == "The company said it would close two plants next year."


def test_a_cut_inside_a_list_of_names_is_cut_mid_phrase() -> None:
    text = (
        "Acme plans to cut 300 jobs by June -- its first layoffs in a decade -- as the firm "
        "that makes Widgets, Gizmo Pro and Sprocket Max moves work to a new plant."
    )
    end = text.index(", Gizmo")
    assert cut_mid_phrase(text, (Span(0, end),))
    said = "The plan was approved by the board, Ann Hale said on Monday."
    assert not cut_mid_phrase(said, (Span(0, said.index(", Ann")),))


PRESS = (
    "Kelby Rovers manager Sam Ortiz praised his rival on Friday before the cup semi-final. "
    "Speaking at the pre-match press conference, Ortiz said: 'He is a very good coach. "
    "'Every game is different for us. Every team has its own plan. One defeat came from "
    "set-pieces, another from a poor start. It is hard to say why. 'We are ready for "
    "Saturday.' Rovers have won four of their last five games in all competitions."
)


def test_sentences_between_two_open_paragraphs_of_a_speech_are_the_speakers() -> None:
    analysis = analyze(article_from_text(PRESS))
    spans = [s.span for s in analysis.sentences]
    inside = {spans[i].of(PRESS) for i in open_speech(PRESS, spans)}
    assert "Every team has its own plan." in inside
    assert "It is hard to say why." in inside
    assert not any("Rovers have won" in s for s in inside)
    brief = make_brief(analysis)
    assert all("Every team" not in b.text and "hard to say" not in b.text for b in brief.bullets)


def test_a_quotation_that_closes_leaves_the_next_sentences_to_the_reporter() -> None:
    text = (
        "Ortiz said: 'We are ready.' Rovers have won four games. The club sits third. "
        "'It will be close,' he added."
    )
    analysis = analyze(article_from_text(text))
    assert open_speech(text, [s.span for s in analysis.sentences]) == set()


def test_a_long_lede_paragraph_without_an_article_is_no_subhead() -> None:
    lede = (
        "Mayor Rosa Almeida was gracious in declaring victory Tuesday night — but all signs of "
        "her early caution were gone."
    )
    text = "Almeida: 'We will build it.'\n\n" + lede + BODY
    block = leading_headline(text)
    assert block is None or lede not in block.of(text)
    brief = make_brief(analyze(article_from_text(text)))
    assert brief.topline is not None and brief.topline.text.startswith("Mayor Rosa Almeida")


@pytest.mark.parametrize(
    "opener",
    [
        "In the late 1970s, the glacier covered some 40 square kilometres of the valley.",
        "By the 1990s, the mill had closed and most of its workers had left the town.",
    ],
)
def test_a_decade_opener_is_background(opener: str) -> None:
    from topline.brief.lede import is_background

    assert is_background(opener, 2016)
    assert not is_background("In 2016 the council voted to close the mill.", 2016)


def test_a_hyphenated_number_of_years_ago_is_background() -> None:
    from topline.brief.lede import is_background

    assert is_background("Seventy-four years ago, a storm flattened the harbor town.", 2016)


def test_a_line_that_ends_on_a_colon_introduces_the_next() -> None:
    text = (
        "The trust's statement went on to list two other incidents at parks in the region in "
        "the last ten years, both of them in the summer months:\n"
        "Keepers at the park say such attacks by elephants are very unusual.\n"
    )
    start = text.index("Keepers")
    assert not broken_off(text, Span(start, text.index("\n", start)))


def test_a_sentence_about_these_images_is_a_caption() -> None:
    from topline.brief.page_rules import describes_picture

    assert describes_picture(
        "Soaked and shivering in the rain, these  images show the queue outside the shelter."
    )
    assert describes_picture("Those photographs were taken by a volunteer on Tuesday.")
    assert not describes_picture("The images were posted on Twitter by a local activist.")


def test_an_element_that_ends_on_a_capitalised_connective_is_cut_short() -> None:
    from topline.brief.cut_rules import cut_short

    assert cut_short("Fans of the club look dejected after the defeat in London However.")
    assert not cut_short("The defeat was not, however.")
    assert not cut_short("The club is now managed by John Still.")


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("The mayor says she does not believe in it.", True),
        ("The ferry company said it knew nothing about it.", True),
        ("The council voted to close the bridge and pay a ferry to replace it.", False),
        (
            "The town was built on a hill, and a long wall was put around it by the first "
            "settlers in the valley.",
            False,
        ),
    ],
)
def test_a_short_sentence_ending_on_a_preposition_and_it_leans_back(
    sentence: str, leans: bool
) -> None:
    from topline.brief.lede import not_news

    assert (not_news(sentence) == "pronoun") is leans


def test_a_series_of_noun_phrases_is_a_fragment() -> None:
    from topline.brief.sentence_rules import fragment

    assert fragment("Another packed hall, another long, cheerful question session.")
    assert not fragment("Another storm hit the coast on Monday, another blow to the town.")
