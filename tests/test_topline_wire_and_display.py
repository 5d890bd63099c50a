"""The Topline reads a wire's typewriter quotation marks (``…'' on the 1990s wires, ''…'' in
the NYT's archive) as the quotation marks they are, as the analysis and the Crucial quote
already do: a lede that quotes a phrase so is the news, not a sentence whose marks do not
balance (before, it was refused and a sentence from the fifth paragraph was the Topline).
A deck set between the headline and a dateline lede is display type, not the Topline; the
writer's "us" is the writer's voice as "we" is. Fixtures of my own writing (seventeenth
session)."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.compress import compress
from topline.brief.fit import fit
from topline.brief.headline import headline_line, leading_headline
from topline.brief.lede import not_news
from topline.ingest import article_from_text
from topline.model import Span, join_spans

WIRE = (
    "LISBON, Portugal (AP) --\n\n"
    "Calling the dock strike ``a betrayal of every family in this port,'' Prime Minister "
    "Rui Saldanha said Friday he would ask parliament to order the crews back to work.\n\n"
    "Saldanha's remarks to a meeting of shipping owners were aimed at the union, which "
    "has kept 40 cargo ships idle since Monday.\n\n"
    "He put the blame on Joao Ferraz, who leads the stevedores' union and who called the "
    "walkout on Sunday night.\n\n"
    "Saldanha called Ferraz ``a man who has forgotten the workers.''\n\n"
    "According to shipping agents quoted by a Lisbon daily, Ferraz had led a similar walkout "
    "in 1994 and lost his seat on the port board a year later.\n\n"
    "The union said it would meet on Saturday."
)


def test_wire_lede_quoting_in_typewriter_pairs_is_the_topline() -> None:
    brief = make_brief(analyze(article_from_text(WIRE)))
    assert brief.topline is not None
    assert brief.topline.text.startswith("Calling the dock strike ``a betrayal")
    assert "Prime Minister Rui Saldanha said Friday" in brief.topline.text
    assert brief.topline.text == join_spans(WIRE, brief.topline.spans)  # grounded


def _spans(text: str) -> tuple[Span, ...]:
    return compress(text, Span(0, len(text)), lede=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Calling the strike ``a betrayal,'' the minister said Friday he would act.",
        "The minister called the strike ''a betrayal'' on Friday and said he would act.",
    ],
)
def test_a_typewriter_pair_balances_for_the_topline(sentence: str) -> None:
    analysis = analyze(article_from_text(sentence))
    spans = _spans(sentence)
    assert fit(sentence, analysis.sentences, 0, spans, pairs=True) is not None


def test_an_open_typewriter_quotation_stays_refused() -> None:
    sentence = "The minister said Friday that ``the strike is a betrayal and he would act."
    analysis = analyze(article_from_text(sentence))
    assert fit(sentence, analysis.sentences, 0, _spans(sentence), pairs=True) is None


def test_bullets_keep_the_plain_reading() -> None:
    sentence = "Calling the strike ``a betrayal,'' the minister said Friday he would act."
    analysis = analyze(article_from_text(sentence))
    assert fit(sentence, analysis.sentences, 0, _spans(sentence)) is None


def test_the_speakers_own_words_in_pairs_are_not_the_writers_voice() -> None:
    assert (
        not_news("The minister said Friday that ``the crews of our ships will sail on Monday.''")
        is None
    )
    assert (
        not_news("The minister said Friday that the crews of our ships will sail on Monday.")
        == "reader"
    )


def test_a_continued_quotation_in_pairs_goes_on_from_an_earlier_one() -> None:
    assert not_news("``The port will open again on Monday,'' Saldanha added.") == "continued"


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ruth Pike has promised us a cleaner river by the end of the decade.",
        "The council keeps telling ourselves and everyone else that the budget adds up.",
    ],
)
def test_the_writers_us_is_the_writers_voice(sentence: str) -> None:
    assert not_news(sentence) == "reader"


@pytest.mark.parametrize(
    "sentence",
    [
        "The US Senate voted 61-39 on Tuesday to extend the river cleanup by five years.",
        'Farmers told Senator Ruth Pike on Tuesday, "Give us the water we were promised."',
    ],
)
def test_us_that_is_no_writer(sentence: str) -> None:
    assert not_news(sentence) is None


DECKED = (
    "Mayor lines up a second term.\n\n"
    "After the flood, the plan is to win the river wards in May.\n\n"
    "DENVER - Despite a slow start to her campaign, Mayor Ines Carvalho has quietly signed "
    "up volunteers in all 11 river wards, her aides said Sunday.\n\n"
    "Her campaign has held 40 meetings in the wards since January.\n\n"
    "Her rival, Tom Eckert, has visited three of them.\n\n"
    "The election is on May 6."
)


def test_a_deck_before_a_dateline_lede_is_display_type() -> None:
    block = leading_headline(DECKED)
    assert block is not None
    assert "the plan is to win" in block.of(DECKED)
    brief = make_brief(analyze(article_from_text(DECKED)))
    assert brief.topline is not None
    assert "the plan is to win" not in brief.topline.text
    assert "Mayor Ines Carvalho has quietly signed up volunteers" in brief.topline.text


def test_a_one_line_lede_without_a_dateline_after_it_stays_body() -> None:
    text = DECKED.replace("DENVER - Despite", "Despite")
    block = leading_headline(text)
    assert block is None or "the plan is to win" not in block.of(text)


@pytest.mark.parametrize(
    "line",
    [
        "Why the mayor's stadium plan might still pass - with help from the suburbs.",
        "How a small river town lost its only bank.",
        "How to fix the city's broken bus network.",
    ],
)
def test_a_wh_clause_alone_is_a_headline(line: str) -> None:
    assert headline_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Why is the mayor still backing a stadium that the council rejected?",
        "How did a small river town lose its only bank in a single week?",
        "Why should the suburbs pay for a stadium they will never use.",
        "The mayor explained on Monday why the stadium plan might still pass.",
    ],
)
def test_a_question_or_a_sentence_is_no_wh_headline(line: str) -> None:
    assert not headline_line(line)


def test_the_headline_in_wh_form_is_not_the_topline() -> None:
    text = (
        "Why the mayor's stadium plan might still pass - with help from the suburbs.\n\n"
        "Is the mayor naive, or shrewd?\n\n"
        "With the Riverside site, Mayor Ines Carvalho made the cheapest choice for the new "
        "stadium on Monday. The council rejected her first plan in March. Three suburbs "
        "said on Tuesday they would help pay for the roads."
    )
    brief = make_brief(analyze(article_from_text(text)))
    assert brief.topline is not None
    assert not brief.topline.text.startswith("Why")
