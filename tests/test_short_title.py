"""Story titles shortened at a phrase boundary, never mid-phrase (issue #14, item 7)."""

from __future__ import annotations

import pytest

from topline.short_title import ELLIPSIS, TITLE_LIMIT, shorten_title

LONG = (
    "Flood waters forced hundreds of families from their riverside homes in the northern "
    "valley towns on Sunday night as the dam overflowed"
)


def test_a_short_first_line_is_the_title_whole() -> None:
    assert shorten_title("Council closes the east library\nThe council voted …") == (
        "Council closes the east library"
    )


def test_a_long_line_is_cut_before_a_preposition_with_an_ellipsis() -> None:
    title = shorten_title(LONG)
    assert title == "Flood waters forced hundreds of families from their riverside homes" + ELLIPSIS
    assert len(title) <= TITLE_LIMIT + 1


def test_the_first_sentence_is_kept_whole_when_it_fits() -> None:
    text = (
        "The harbour bridge reopened to traffic after repairs. Engineers spent nine weeks "
        "replacing the cables that had corroded over the winter months"
    )
    assert shorten_title(text) == "The harbour bridge reopened to traffic after repairs."


def test_an_abbreviation_is_not_the_end_of_a_sentence() -> None:
    text = (
        "Dr. Amara Osei told the inquiry that the ward had been short of nurses for months "
        "before the outbreak began in the spring"
    )
    title = shorten_title(text)
    assert title.endswith(ELLIPSIS)
    assert title != "Dr."


def test_a_comma_is_a_phrase_boundary() -> None:
    text = (
        "Shipping through the northern strait resumed on Tuesday, three weeks after a "
        "container vessel ran aground and blocked the channel"
    )
    assert shorten_title(text, limit=70) == (
        "Shipping through the northern strait resumed on Tuesday" + ELLIPSIS
    )


@pytest.mark.parametrize("limit", range(30, 120, 7))
def test_a_cut_title_never_ends_on_a_function_word_or_inside_a_word(limit: int) -> None:
    title = shorten_title(LONG, limit=limit)
    body = title.removesuffix(ELLIPSIS)
    assert LONG.startswith(body)
    assert len(body) <= limit
    assert LONG[len(body)] == " "  # a word boundary of the line
    last = body.split()[-1].lower()
    assert last not in {"the", "of", "from", "in", "on", "as", "their", "a"}


def test_a_single_word_longer_than_the_limit_is_cut_with_an_ellipsis() -> None:
    assert shorten_title("x" * 100, limit=10) == "x" * 10 + ELLIPSIS


def test_a_story_without_a_title_is_named_at_a_phrase_boundary() -> None:
    from topline.store.stories import _headline

    assert _headline(LONG + "\nSecond paragraph.") == shorten_title(LONG)
    assert _headline(LONG).endswith("homes" + ELLIPSIS)
