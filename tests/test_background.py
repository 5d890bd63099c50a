"""Key background takes the sentences about the past, even when they would make good bullets."""

from __future__ import annotations

import datetime

import pytest

from topline.analyze import analyze
from topline.brief.compose import compose
from topline.brief.cues import START_POINT, past_signals
from topline.ingest import article_from_text
from topline.model import Analysis

LONG = (
    "The city council voted on Tuesday to close three public libraries by the end of March.\n\n"
    "The council had already cut library hours twice since 2019 to save money.\n\n"
    "Council member Ana Ruiz said the vote was the hardest of her career.\n\n"
    "About 40 residents protested outside the town hall before the meeting began.\n\n"
    "The closures will save the city about $2 million a year, the budget office said.\n\n"
    "Library staff will be offered jobs at the remaining branches.\n\n"
    "A petition to keep the branches open has gathered more than 5,000 signatures.\n\n"
    "The council will hold a public hearing on the plan next month."
)

SHORT = (
    "The city council voted on Tuesday to close three public libraries by the end of March.\n\n"
    "The council had already cut library hours twice since 2019 to save money.\n\n"
    "About 40 residents protested outside the town hall before the meeting began."
)

BACKGROUND = "The council had already cut library hours twice since 2019 to save money."


def test_background_sentence_goes_to_key_background_not_the_bullets() -> None:
    brief = compose(analyze(article_from_text(LONG, published="2024-03-06")), max_bullets=3)
    assert [k.text for k in brief.key_background][:1] == [BACKGROUND]
    assert BACKGROUND not in [b.text for b in brief.bullets]
    assert len(brief.bullets) == 3
    assert "key_background" not in brief.missing


def test_a_short_article_still_uses_its_background_sentence_as_a_fact() -> None:
    brief = compose(analyze(article_from_text(SHORT, published="2024-03-06")), max_bullets=3)
    assert BACKGROUND in [b.text for b in brief.bullets]


def test_nothing_is_taken_back_when_key_background_has_a_sentence_of_its_own() -> None:
    from topline.brief.background import reserve_background
    from topline.brief.select import eligible, score_sentences

    analysis = analyze(article_from_text(LONG, published="2024-03-06"))
    candidates = eligible(score_sentences(analysis))
    index = next(c.view.index for c in candidates if c.view.text == BACKGROUND)
    others = {c.view.index for c in candidates} - {0, index}
    assert reserve_background(analysis, candidates, {0}, {index}, 3) == {index}
    # The background sentence is not a bullet: Key background can have it, nothing to take.
    assert reserve_background(analysis, candidates, {0}, others, 3) == set()
    # Too few other candidates to make the bullets: the bullets keep it.
    assert reserve_background(analysis, candidates, {0}, {index}, len(others) + 1) == set()


def test_only_periods_that_ended_before_the_news_window_are_the_past() -> None:
    from topline.brief.cues import is_past_of, period_end

    assert str(period_end("2024-03")) == "2024-03-31"
    assert str(period_end("2020-W02")) == "2020-01-12"
    assert period_end("PRESENT_REF") is None
    published = datetime.date(2024, 3, 6)
    assert is_past_of("2019", published)
    assert is_past_of("2024-02-20", published)
    assert not is_past_of("2024-03-05", published)  # "Tuesday": the news itself
    assert not is_past_of("2024-03", published)  # "by the end of March" has not ended
    assert not is_past_of("2024-02-20", None)


def test_a_later_sentence_about_the_past_is_never_the_topline() -> None:
    brief = compose(analyze(article_from_text(LONG, published="2024-03-06")), max_bullets=3)
    assert brief.topline is not None
    assert brief.topline.text.startswith("The city council voted on Tuesday")


def test_key_background_dates_are_calendar_values_never_timeml_codes() -> None:
    from topline.brief.background import _calendar

    assert _calendar("2019-W46") == "2019-11"
    assert _calendar("2019-SU") == "2019"
    assert _calendar("2019-11-14TNI") == "2019-11-14"
    assert _calendar("2019-11") == "2019-11"


@pytest.mark.parametrize(
    "text",
    [
        "Shares in the retailer started in the red and closed two per cent lower.",
        "The clean-up began in earnest once the water went down.",
        "The reserve goalkeeper started in goal for the second week running.",
    ],
)
def test_began_or_started_in_without_a_time_is_no_start_point(text: str) -> None:
    assert not START_POINT.search(text)
    assert past_signals(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "The dispute began in 2016 when the landlord raised the rent.",
        "Construction started in March and is running late.",
        "The festival started in the late 1990s as a street party.",
        "The programme began in the spring of 2012.",
    ],
)
def test_began_or_started_in_a_time_is_a_start_point(text: str) -> None:
    assert START_POINT.search(text)


def test_a_background_sentence_the_page_repeats_is_shown_once() -> None:
    """Pages repeat a sentence (a caption, a pull quote): the brief shows it once, as a
    bullet or in Key background, and Key background takes another sentence instead."""
    other = "The city had opened its first branch library in 1921 with money from a mill owner."
    text = LONG.replace(
        "Library staff will be offered", f"{BACKGROUND}\n\n{other}\n\nLibrary staff will be offered"
    )
    brief = compose(analyze(article_from_text(text, published="2024-03-06")), max_bullets=3)
    shown = [k.text for k in brief.key_background] + [b.text for b in brief.bullets]
    assert shown.count(BACKGROUND) == 1
    assert other in [k.text for k in brief.key_background]


def test_each_candidates_past_is_read_once_however_often_background_is_ranked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Key background is ranked up to three times per brief (starved? reserve? choose);
    a candidate's signals and date do not depend on the news, so they are read once."""
    from topline.brief import background
    from topline.brief.select import Scored, eligible, score_sentences

    analysis = analyze(article_from_text(LONG, published="2024-03-06"))
    asked: list[object] = []
    real = background._past

    def counted(a: Analysis, c: Scored) -> tuple[int, str | None] | None:
        asked.append((c.view.span, c.view.text))
        return real(a, c)

    monkeypatch.setattr(background, "_past", counted)
    background._pasts.forget()
    brief = compose(analysis, max_bullets=3)
    assert [k.text for k in brief.key_background][:1] == [BACKGROUND]
    assert asked and len(asked) == len(set(asked))
    candidates = eligible(score_sentences(analysis))
    first = background.choose_background(analysis, candidates, {0}, news="The council met.")
    before = len(asked)
    again = background.choose_background(analysis, candidates, {0})
    assert len(asked) == before  # nothing asked again
    assert [k.text for k in first] == [k.text for k in again]
