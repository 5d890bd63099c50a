"""Key background, thirteenth session, second round: the day's words of a person whose
apposition or dash aside holds a past time ("Lena Vos, the city's treasurer from 2004 to
2011, said …", "— she ran the port authority between 1995 and 2001 —") are no earlier
event, nor is what happened "in the past few days". Texts written for these tests."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.background_rules import asides, no_earlier_time
from topline.ingest import article_from_text


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        (
            "Lena Vos, the city's treasurer from 2004 to 2011, said the budget was a fiction.",
            "the city's treasurer from 2004 to 2011",
        ),
        (
            "Pavel Orlov, Latvia's consul in Oslo between 1999 and 2003, warned against it.",
            "Latvia's consul in Oslo between 1999 and 2003",
        ),
        (
            "A veteran of the docks — she ran the port authority between 1995 and 2001 — "
            "Ms Hale also urged calm.",
            "she ran the port authority between 1995 and 2001",
        ),
    ],
)
def test_an_aside_that_describes_a_person_is_found(text: str, aside: str) -> None:
    found = [text[a:b] for a, b in asides(text)]
    assert any(aside in f for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "In March, the company's shares lost a fifth of their value in 2009.",
        "Last June, the board's chairman resigned after the 2015 audit.",
        "Ms Hale, who ran the port authority from 1995 to 2001, said so.",
        "The port, in 1998, was sold to a consortium.",
        "Stone starred in Crazy, Stupid, Love in 2011.",
        "Locally, shops sold 40,000 umbrellas last year, up from 2012.",
        "Ferry strikes are rare here — the last was called in 1994 — and they cost a fortune.",
    ],
)
def test_an_opening_phrase_or_a_clause_is_no_apposition(text: str) -> None:
    found = [text[a:b] for a, b in asides(text)]
    assert not any("199" in f or "20" in f for f in found), found


def test_the_past_few_days_are_the_news() -> None:
    text = "In the past few days, the mayor seemed to lose his grip on the council."
    assert any(text[a:b] == "In the past few days" for a, b in no_earlier_time(text, None))
    older = "In the past decade, the mayor had lost three elections."
    assert not any("past decade" in older[a:b] for a, b in no_earlier_time(older, None))


ARTICLE = (
    "The city council on Monday rejected the mayor's plan to sell the harbour to a "
    "private fund.\n\n"
    "Lena Vos, the city's treasurer from 2004 to 2011, said the plan was a fiction.\n\n"
    "A veteran of the docks — she ran the port authority between 1995 and 2001 — Ms Hale "
    "also urged the council to wait.\n\n"
    "In the past few days, the mayor seemed to lose his grip on the council.\n\n"
    "The harbour was built in 1887 with money raised by the merchants' guild.\n\n"
    "Councillors will vote again in June."
)


def test_the_day_s_words_are_no_key_background() -> None:
    brief = make_brief(analyze(article_from_text(ARTICLE, published="2016-04-12")))
    texts = [item.text for item in brief.key_background]
    assert any(t.startswith("The harbour was built in 1887") for t in texts), texts
    for t in texts:
        assert not t.startswith(("Lena Vos", "A veteran", "In the past few days")), texts
