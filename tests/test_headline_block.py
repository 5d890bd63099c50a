"""Where a plain text's headline ends (``topline.headline_block``, fifteenth session).

Every text here is written for these tests. Each positive case failed on the reading of the
fourteenth session (``brief.headline.leading_headline``); each negative case is a lede set
as its own paragraph that must stay body, next to the headline it resembles.
"""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.headline import leading_headline
from topline.headline_block import DATELINE, headline_block, headline_line, story_starts
from topline.ingest import article_from_text

BODY = (
    "\n\nThe harbor board voted on Thursday to close the north pier for a year of repairs, "
    "after divers found its pilings rotten below the waterline.\n\n"
    "Ferries will dock at the south pier, which the board will widen this winter.\n\n"
    "The pier was built in 1931 and carries about 2,000 passengers a day.\n\n"
    "Fishing crews said the move would cost them an hour each morning."
)
DATELINE_BODY = (
    "\n\nPORT ELLIS (Coast Wire) — The harbor board voted on Thursday to close the north pier "
    "for a year of repairs, after divers found its pilings rotten.\n\n"
    "Ferries will dock at the south pier, which the board will widen this winter.\n\n"
    "The pier was built in 1931 and carries about 2,000 passengers a day."
)


# --- headlines the old reading missed -----------------------------------------------------
@pytest.mark.parametrize(
    "headline",
    [
        "The Update: Board shuts the north pier for a year.",  # a "Topic:" label
        "Poll: a third of ferry riders would pay more.",
        "Harbor chief: the pier is beyond patching.",  # a speaker's label
    ],
)
def test_a_topic_label_marks_a_headline(headline: str) -> None:
    assert headline_line(headline)
    text = headline + BODY
    block = leading_headline(text)
    assert block is not None and block.of(text) == headline


def test_a_sentence_case_headline_before_a_dateline_lede_is_the_headline() -> None:
    headline = "The harbor board closes a pier and opens a fight."
    assert not headline_line(headline)  # by its wording alone a sentence
    text = headline + DATELINE_BODY
    block = leading_headline(text)
    assert block is not None and block.of(text) == headline
    brief = make_brief(analyze(article_from_text(text)))
    shown = [brief.topline.text if brief.topline else "", *(b.text for b in brief.bullets)]
    assert not any("opens a fight" in s for s in shown)


def test_a_line_before_an_archive_abstract_is_the_headline() -> None:
    text = (
        "The board's long goodbye to a pier.\n\nABSTRACT.\n\nThe north pier will close.\n\n"
        "FULL TEXT.\n\nThe harbor board voted to close the pier.\n\nIt was built in 1931."
    )
    assert story_starts("ABSTRACT.")
    found = headline_block(text)
    assert found is not None and text[found[0] : found[1]] == "The board's long goodbye to a pier."


def test_a_title_case_headline_over_a_body_set_a_sentence_a_line() -> None:
    headline = "Harbor Board Shuts North Pier For A Year Of Repairs."
    body = (
        "\n\nThe harbor board voted on Thursday to close the north pier.\n"
        "Ferries will dock at the south pier.\n"
        "The pier was built in 1931."
    )
    text = headline + body
    block = leading_headline(text)
    assert block is not None and block.of(text) == headline


# --- ledes set as their own paragraph: body, not headline ----------------------------------
@pytest.mark.parametrize(
    "lede",
    [
        "PORT ELLIS (Coast Wire) — The harbor board shut the north pier on Thursday.",
        "PORT ELLIS, Maine — Divers found the pilings rotten.",
        "PORT ELLIS — The pier is closed.",
        "PORT ELLIS (Coast Wire) — The latest on the harbor board's vote (all times local):",
    ],
)
def test_a_dateline_lede_is_never_a_headline(lede: str) -> None:
    assert DATELINE.match(lede)
    assert not headline_line(lede)
    assert leading_headline(lede + BODY) is None


@pytest.mark.parametrize(
    "lede",
    [
        "Police arrested six people during a raid on a warehouse on Monday.",  # a day
        "A ferry ran aground off the north pier early on Sunday.",  # past tense
        "The harbor board voted to close the north pier.",
        "It is the quietest council in a decade, until the vote.",  # leans on what came before
        "The city has a new problem, and it floats, and nobody on the council knows who to "
        "call about it.",  # longer than a teaser
    ],
)
def test_a_one_sentence_lede_paragraph_stays_body(lede: str) -> None:
    assert leading_headline(lede + BODY) is None


@pytest.mark.parametrize(
    "headline",
    [
        "Harbor board quietly builds a case against the ferry line.",
        "The north pier gives the harbor board a costly headache.",
    ],
)
def test_a_short_present_tense_line_with_no_day_is_the_headline(headline: str) -> None:
    # Headline grammar: a past event told in the present, no day, no past form. The known
    # cost (fifteenth session's count): a teaser lede set so ("The city has a new problem.")
    # is read as a headline too; 9 of 1,219 ledes of the negative sets were.
    text = headline + BODY
    block = leading_headline(text)
    assert block is not None and block.of(text) == headline


def test_a_one_sentence_lede_before_a_dated_second_paragraph_stays_body() -> None:
    # Only a dateline that opens the *next* block marks the story's start; a date in the
    # lede's next paragraph does not.
    text = "The harbor board voted to close the north pier." + BODY.replace(
        "The harbor board", "On Thursday the harbor board", 1
    )
    assert leading_headline(text) is None


def test_a_lede_with_a_colon_inside_is_no_topic_label() -> None:
    lede = "The board had one question for the divers on Thursday: how long would it last?"
    assert not headline_line(lede)  # eight words before the colon: a sentence, not a label
    assert leading_headline(lede + BODY) is None


def test_a_long_lede_naming_a_titled_work_before_its_colon_is_no_topic_label() -> None:
    # A work's title and subtitle ("Tidal Clocks: The Last Keeper") read like a short label;
    # the words after the colon keep prose's articles and run past a headline's length.
    lede = "Tidal Clocks: The Last Keeper is a slow card game that rewards a patient player."
    assert not headline_line(lede)
    assert leading_headline(lede + BODY) is None
    # the same label on a short line, or on words without articles, is still a headline
    assert headline_line("Tidal Clocks: a card game for patient players.")
    assert headline_line("Tidal Clocks: Studio says sequel ships in spring after long delays.")


def test_a_one_paragraph_body_of_a_single_line_is_no_body() -> None:
    text = "Harbor Board Shuts North Pier For A Year.\n\nThe board voted on Thursday."
    assert leading_headline(text) is None


def test_a_short_title_case_headline_with_a_stop_is_the_headline() -> None:
    headline = "The Last Days of the North Pier."  # three capitalised words
    assert headline_line(headline)
    text = headline + BODY
    block = leading_headline(text)
    assert block is not None and block.of(text) == headline
    assert not headline_line("The North Pier closed.")  # a verb in lower case: a sentence


def test_a_body_run_into_one_line_is_a_body() -> None:
    headline = "Harbor Board Shuts North Pier For A Year."
    body = " ".join(BODY.split())
    assert leading_headline(headline + "\n\n" + body) is not None


# --- the analysis reads the same block (speakers._headline_end) -----------------------------
HARBOR_CHIEF = (
    "Former harbor chief in Port Ellis breaks his silence.\n\n"
    "The pier collapsed at dawn, and the crews waited for orders.\n\n"
    '"We were told to wait, and we waited," said the dock chief, who asked to be named only '
    "as Sam.\n"
)


def test_a_headline_with_a_stop_lends_no_antecedent_to_the_analysis() -> None:
    from topline.model import Article

    analysis = analyze(Article(id="t", text=HARBOR_CHIEF))
    quote = next(q for q in analysis.quotes if "We were told" in q.content_span.of(HARBOR_CHIEF))
    assert quote.speaker is not None and quote.speaker.name == "the dock chief"
