"""Big numbers that count nothing a reader needs (an editor's read of unseen briefs): a small
count outside the lede, a figure in someone's quotation, a survey's sample size, a company's
size in a press release's "About" section, a singular noun after a count, a place after a
percentage. Texts written for these tests."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief.bignumber import choose_big_number
from topline.ingest import article_from_text


def _big(text: str) -> str | None:
    big = choose_big_number(analyze(article_from_text(text, published="2021-03-02")))
    return big.text if big is not None else None


def test_a_small_count_outside_the_lede_is_detail() -> None:
    text = (
        "The county opened a new library in Fairview on Saturday after a decade of delays.\n\n"
        "The building holds three reading rooms and a cafe. Volunteers painted the walls."
    )
    assert _big(text) is None


def test_a_small_count_in_the_lede_is_the_news() -> None:
    text = (
        "Police arrested six people on Monday during a raid on a house in Fairview.\n\n"
        "Officers seized cash and a car. The house had been watched for weeks."
    )
    assert _big(text) == "arrested six people"


def test_a_figure_in_a_quotation_is_the_speakers_not_the_storys() -> None:
    text = (
        "The council will vote on the new stadium next month.\n\n"
        '"Who pays for it is the $64,000 question," said Ann Pike, who chairs the council.'
    )
    assert _big(text) is None


def test_a_surveys_sample_size_is_no_big_number() -> None:
    text = (
        "Most residents back the new tram line, a poll published on Tuesday found.\n\n"
        "The survey of 1,200 registered voters was taken online last week."
    )
    assert _big(text) is None


def test_a_company_size_in_the_about_section_is_boilerplate() -> None:
    text = (
        "Acme Robotics said on Tuesday it had won a contract to build sorting machines for "
        "the postal service.\n\nDeliveries start next year.\n\nAbout Acme Robotics\n\n"
        "The company employs 1,300 people worldwide."
    )
    assert _big(text) is None


def test_a_stock_self_description_paragraph_is_boilerplate() -> None:
    text = (
        "Acme Robotics said on Tuesday it had won a contract to build sorting machines.\n\n"
        "Acme Robotics is a leading maker of industrial machines with 1,300 employees."
    )
    assert _big(text) is None


def test_the_story_figure_beside_boilerplate_is_kept() -> None:
    text = (
        "Acme Robotics will cut 400 jobs at its plant in Leeds, the company said on Tuesday."
        "\n\nAbout Acme Robotics\n\nThe company employs 1,300 people worldwide."
    )
    assert _big(text) == "400 jobs"  # "will cut": planned, no verb shown


def test_a_percentage_then_a_place_says_where_not_what() -> None:
    text = (
        "The Green candidate polled strongly across the west in the new survey.\n\n"
        "Her support ranged up to a high of 25 percent in New Mexico, her home state."
    )
    assert _big(text) is None


def test_a_figure_in_an_offer_paragraph_is_boilerplate() -> None:
    text = (
        "The new road bike from Vela weighs less than any bike the firm has made.\n\n"
        "Get Cycle Weekly delivered to your door. 12 issues for £11.99. Click here for more."
    )
    assert _big(text) is None


def test_a_text_on_one_line_is_not_furniture_for_one_call_to_action() -> None:
    text = (
        "A former manager of children's homes was jailed for life on Friday after a trial "
        "that lasted a month at the crown court in the city. Frank Hale abused "
        "more than 200 boys over two decades in the homes he ran for the county council. "
        "Scroll down for video. The judge said the crimes were the worst he had seen in a long "
        "career on the bench, and the council apologised to the families of the victims."
    )
    assert _big(text) == "abused more than 200 boys"
