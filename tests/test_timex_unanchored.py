"""Date classes of the eighth session (#18): a year after an adjective or a demonstrative,
a dateless date with nothing to anchor it, and "N units later" after a far past date in news.
Each passage is written for the rule; each assertion fails on the code before it."""

from __future__ import annotations

import pytest

from topline.analyze.timex import find_timexes, tag_text
from topline.nlp import get_nlp


def _values(text: str, anchor: str | None) -> dict[str, tuple[str, str | None]]:
    return {t.span.of(text): (t.type, t.value) for t in tag_text(text, anchor)}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("She lost her bitter 2012 primary to a newcomer.", "2012"),
        ("That 1984 agreement still governs the river.", "1984"),
        ("These 2019 figures were revised twice.", "2019"),
        ("The council's contested 1997 budget was never passed.", "1997"),
    ],
)
def test_a_year_modifying_a_noun_after_a_determiner_and_an_adjective(text: str, year: str) -> None:
    assert _values(text, "2021-05-04")[year] == ("DATE", year)


@pytest.mark.parametrize(
    "text",
    [
        "A further 1500 jobs will go next year.",
        "The first 1200 tickets sold out.",
        "An estimated 1800 people marched.",
    ],
)
def test_a_count_after_a_quantifier_is_not_a_year(text: str) -> None:
    assert not any(t.isdigit() for t in _values(text, "2021-05-04"))


def test_a_dateless_date_with_no_anchor_has_an_unknown_year() -> None:
    text = "On the night of March 10, the guards left the gate. By June the camp was empty."
    got = _values(text, None)
    assert got["March 10"] == ("DATE", "XXXX-03-10")
    assert got["June"] == ("DATE", "XXXX-06")


def test_an_earlier_year_or_the_publication_date_anchors_it_instead() -> None:
    text = "In 2014, students occupied the square. On the night of March 10, police cleared it."
    assert _values(text, None)["March 10"] == ("DATE", "2014-03-10")
    news = "On the night of March 10, police cleared the square, the mayor said."
    assert _values(news, "2019-11-18")["March 10"][1] in {"2019-03-10", "2020-03-10"}


def test_a_relative_month_with_no_anchor_stays_unresolved() -> None:
    assert _values("Last March the river flooded.", None)["Last March"] == ("DATE", None)


def _parsed(text: str, anchor: str) -> dict[str, tuple[str, str | None]]:
    """Through the parse, which gives each expression its clause's tense."""
    return {t.span.of(text): (t.type, t.value) for t in find_timexes(get_nlp()(text), anchor)}


def test_n_units_later_after_a_far_past_date_in_news_is_a_date() -> None:
    text = (
        "The library reopens on Saturday after a refit. It was built in 1923, and the "
        "reading room was added two decades later."
    )
    assert _parsed(text, "2022-09-05")["two decades later"] == ("DATE", "1943")


def test_n_units_later_near_the_publication_date_stays_a_duration() -> None:
    text = "The talks collapsed on Monday. Three days later, the strike began, officials said."
    assert _parsed(text, "2022-09-09")["Three days"] == ("DURATION", "P3D")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The library reopens on Saturday after a refit.", "Saturday", "2022-09-10"),
        ("The two leaders meet separately Monday in Geneva.", "Monday", "2022-09-12"),
        ("The festival opens March 3 in the old port.", "March 3", "2023-03-03"),
    ],
)
def test_a_present_tense_event_verb_tells_a_scheduled_date_ahead(
    text: str, span: str, value: str
) -> None:
    assert _parsed(text, "2022-09-07")[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The minister says Friday's vote was fair.", "Friday", "2022-09-02"),
        ("The move follows Tuesday's declaration by the board.", "Tuesday", "2022-09-06"),
        ("Rising rates hurt the index on Friday, traders said.", "Friday", "2022-09-02"),
        ("Two voters stand outside a polling station on Tuesday.", "Tuesday", "2022-09-06"),
        ("Aside from Monday night, the senator appears calm.", "Monday night", "2022-09-05TNI"),
    ],
)
def test_a_reporting_verb_a_noun_or_a_past_form_keeps_the_day_gone(
    text: str, span: str, value: str
) -> None:
    assert _parsed(text, "2022-09-07")[span][1] == value


@pytest.mark.parametrize(
    "text",
    [
        "Thousands joined the annual March for Peace on the capital's main avenue.",
        'She led the "March of the Empty Pots" through the old town.',
        "Veterans recalled the 1963 March on Washington.",
    ],
)
def test_a_named_march_is_not_the_month(text: str) -> None:
    assert "March" not in _values(text, "2021-05-04")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales fell in March for the third year.", "2021-03"),
        ("The plant reopened in March on Tuesday's order.", "2021-03"),
        ("The budget passed in March of 2019.", "2019-03"),
    ],
)
def test_the_month_march_before_for_or_of_stays_a_date(text: str, value: str) -> None:
    got = {k: v for k, v in _values(text, "2021-05-04").items() if k.startswith("March")}
    assert list(got.values())[0] == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "The scandal is, for today's young voters, what the war was for their parents.",
        "In today's world, a letter takes seconds to cross the ocean.",
        "Most of today's phones can read the tags.",
    ],
)
def test_today_as_nowadays_names_no_day(text: str) -> None:
    assert not any(k.lower() == "today" for k in _values(text, "2021-05-04"))


@pytest.mark.parametrize(
    "text",
    [
        "The offer appears in today's editions of the paper.",
        "Today's vote was close.",
        "The mayor spoke today.",
    ],
)
def test_today_naming_the_day_stays(text: str) -> None:
    got = {k.lower(): v for k, v in _values(text, "2021-05-04").items()}
    assert got["today"] == ("DATE", "2021-05-04")
