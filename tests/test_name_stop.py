"""A name spelt with a full stop ("the ID. SPACE VIZZION") is no sentence's end: the splitter
joins the halves spaCy made of it, and a sentence that ends on a clause opened by "while",
"because" … with only its subject after it is a fragment, never a Topline or a bullet."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.sentence_rules import fragment, run_on
from topline.ingest import article_from_text

CAR = (
    "Volkswagen unveiled the ID. SPACE VIZZION, an electric estate car, at the Los Angeles "
    "motor show on Tuesday.\n\n"
    "The company says that while the ID. SPACE VIZZION is only a study for now, a production "
    "version will reach showrooms in Europe and North America in 2021. It will have a range "
    "of up to 590 kilometres.\n\n"
    "Volkswagen plans to sell a million electric cars a year by 2025, its chief executive said."
)
PHONE = (
    "Orbis launched the XR. Mini, a folding phone, in Seoul on Monday.\n\n"
    "Analysts said that because the XR. Mini costs less than its rivals, it could sell ten "
    "million units in its first year.\n\n"
    "The phone goes on sale in Europe next month, the company said."
)
TWO = (
    "The airline moved its headquarters to the UK. The decision will cost 300 jobs in Dublin, "
    "the union said on Friday.\n\n"
    "The company's chief executive said the move had been planned for two years."
)


def _sentences(text: str) -> list[str]:
    analysis = analyze(article_from_text(text))
    return [s.span.of(analysis.article.text) for s in analysis.sentences]


def test_a_name_with_a_stop_stays_inside_its_sentence() -> None:
    sentences = _sentences(CAR)
    assert sentences[0].endswith("at the Los Angeles motor show on Tuesday.")
    assert sentences[1].startswith("The company says that while the ID. SPACE VIZZION is")
    assert not any(s.endswith("while the ID.") for s in sentences)
    assert _sentences(PHONE)[1].startswith("Analysts said that because the XR. Mini costs")


def test_a_stop_after_capitals_still_ends_a_whole_sentence() -> None:
    sentences = _sentences(TWO)
    assert sentences[0] == "The airline moved its headquarters to the UK."
    assert sentences[1].startswith("The decision will cost 300 jobs")


@pytest.mark.parametrize(
    "text",
    [
        "The bank expects output to grow by 1.6 percent, less than forecast in July. It is the "
        "weakest outlook for a rich economy this year.",
        "The campaign asked the moderator to check the figures during Monday's debate in New "
        "York. According to the host, the move reeks of fear.",
        "Plan the first year of the business and think BIG. And work only on what is needed "
        "at this stage.",
    ],
)
def test_a_sentence_ending_on_a_capitalised_word_is_not_joined(text: str) -> None:
    assert len(_sentences(text)) == 2


@pytest.mark.parametrize("text", [CAR, PHONE])
def test_the_brief_shows_no_half_of_a_name(text: str) -> None:
    brief = make_brief(analyze(article_from_text(text)))
    shown = [brief.topline.text if brief.topline else "", *(b.text for b in brief.bullets)]
    assert brief.topline is not None and brief.topline.text.startswith(text.split(",")[0])
    for element in shown:
        assert not element.endswith(("the ID.", "the XR.")), element
        assert not element.startswith(("SPACE VIZZION", "Mini")), element


@pytest.mark.parametrize(
    "text",
    [
        "The company says that while the ID.",
        "Shares fell because the U.S.",
        "He will stay unless Real Madrid.",
        "Critics said that although the EU.",
    ],
)
def test_a_clause_that_stops_at_its_subject_is_a_fragment(text: str) -> None:
    assert fragment(text)


@pytest.mark.parametrize(
    "text",
    [
        "The first rain since Christmas fell on Tuesday.",
        "The road will reopen if needed.",
        "Shares fell while Apple rose.",
        "It was the coldest night since March.",
        "Prices are the same as Apple.",
    ],
)
def test_a_sentence_that_ends_on_a_name_after_a_preposition_is_whole(text: str) -> None:
    assert not fragment(text)


def test_a_name_stop_is_no_run_on_but_a_clause_after_it_is() -> None:
    assert not run_on("Volkswagen unveiled the ID. SPACE VIZZION on Tuesday.")
    assert run_on("The firm moved to the UK. The decision will cost 300 jobs.")


@pytest.mark.parametrize(
    "text",
    ["Ann Kerr (Nor/Team Vega) Same time6.", "38hrs 21mins 18secs2.", "Tom Ilse (Ned/Velo)10."],
)
def test_a_results_line_run_into_its_next_rank_is_a_fragment(text: str) -> None:
    assert fragment(text)


@pytest.mark.parametrize(
    "text",
    ["The road was closed at junction 4 of the A40.", "Prices rose 3% in 2016.", "He was 6."],
)
def test_a_sentence_ending_on_a_figure_is_whole(text: str) -> None:
    assert not fragment(text)


@pytest.mark.parametrize(
    "text",
    [
        "The scans showed a lung condition called HP. No, not the printer maker but a reaction "
        "to mould.",
        "Forty workers were flown home from the Gulf to the UK. PTI",
        "The cream protects against UVA and UVB. No SPF listed.",
    ],
)
def test_a_piece_of_its_own_after_a_stop_is_not_joined(text: str) -> None:
    assert len(_sentences(text)) == 2
