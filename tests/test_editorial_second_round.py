"""The three classes a reader who changed no code found most often in two untouched samples
(fifteenth session, second round): a Big number whose label is only who was counted ("49 —
people" where 49 were killed), Key background told in the present about a past time
("Kasich is reflecting on … 1987"), and a source tag refused for a verb of saying outside
the brief's list ("lamented", "described X as", "called it"). Texts written for this test."""

from __future__ import annotations

import pytest

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.credit import credits
from topline.brief.number_labels import participants, participle_after
from topline.ingest import article_from_text
from topline.model import Source, Span


def _span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece))


# --- the tense of what a sentence tells (the analysis pass) ------------------------------


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The mayor is recalling her 1994 campaign in a new book.", "present"),
        (
            "A new television ad criticizes the senator for voting against the levy in 2001.",
            "present",
        ),
        ("The figures mark a reversal from the council's survey in early May.", "present"),
        ("In 2003 the party swept the county elections.", "past"),
        ("She had run the clinic since 1999.", "past"),
        ("Other towns have tried the scheme, including Ashby in 2009.", "perfect"),
        ("The firm will appeal in 2027.", "modal"),
        # a present verb with a clausal complement tells what the complement tells
        ("Ms. Lind says she left the firm in 2010.", "past"),
        ("Records show that the plant closed in 1998.", "past"),
        # a past main clause joined to a present one; a perfect infinitive
        ("The bridge is 90 years old, and it last closed in 1987.", "past"),
        ("Imports appear to have fallen 4 percent last year.", "past"),
    ],
)
def test_the_tense_a_sentence_tells(sentence: str, tense: str) -> None:
    analysis = analyze(article_from_text(sentence, source="t", published="2016-06-01"))
    assert analysis.sentences[0].tense == tense


def test_key_background_refuses_the_present_about_a_past_time() -> None:
    text = (
        "Harbor vote delayed.\n\n"
        "The Ashby council delayed its vote on the harbor plan on Tuesday.\n\n"
        "Mayor Ruth Lind is reflecting on her 1994 campaign against the first harbor plan.\n\n"
        "A new television ad criticizes Lind for voting against the ferry levy in 2001.\n\n"
        "The council first approved a harbor plan in 2009, but a court struck it down.\n\n"
        "The vote is now expected in July."
    )
    brief = make_brief(analyze(article_from_text(text, source="t", published="2016-06-01")))
    shown = " ".join(item.text for item in brief.key_background)
    assert "reflecting" not in shown
    assert "television ad" not in shown
    assert "approved a harbor plan in 2009" in shown  # a past event stays


# --- a Big number's label says what the count is of --------------------------------------


def test_a_participle_after_the_counted_phrase_joins_the_label() -> None:
    text = "Relatives of the 52 people killed on Friday met the governor."
    assert participle_after(text, _span(text, "people")) == _span(text, "killed")
    text = "Some 300 marchers gathered in the square."
    assert participle_after(text, _span(text, "marchers")) == _span(text, "gathered")
    # an object would be left out; a sample's participle says nothing
    text = "About 300 marchers attended the rally."
    assert participle_after(text, _span(text, "marchers")) is None
    text = "Of the 900 voters polled in May, most backed the plan."
    assert participle_after(text, _span(text, "voters")) is None


def test_who_was_counted_is_no_label() -> None:
    people = frozenset({"people", "voters", "workers"})
    for counted in ("people", "bakery workers", "Republicans", "delegates", "member countries"):
        assert participants(counted, people), counted
    for counted in ("signatures", "viewers", "residents", "victims", "coal jobs", "new CDs"):
        assert not participants(counted, people), counted


def test_the_brief_shows_what_happened_to_the_people() -> None:
    text = (
        "Ferry disaster.\n\n"
        "The governor met relatives of the 52 people killed on Friday when the ferry sank "
        "off Ashby.\n\nDivers searched the wreck on Saturday."
    )
    number = make_brief(analyze(article_from_text(text))).big_number
    assert number is not None and number.counts == "people killed"


def test_the_brief_refuses_a_bare_count_of_people() -> None:
    text = (
        "Primary day.\n\n"
        "Voters in Ashby County go to the polls on Tuesday, and 310 pledged delegates are "
        "in play across the state.\n\nThe polls close at 8 p.m."
    )
    number = make_brief(analyze(article_from_text(text))).big_number
    assert number is None or number.counts not in {"pledged delegates", "delegates"}
    text = (
        "Poll.\n\n"
        "In the new county survey, 62 percent of Democrats said they were satisfied or very "
        "satisfied with the governor's handling of the budget crisis this spring.\n\n"
        "The survey was taken last week."
    )
    number = make_brief(analyze(article_from_text(text))).big_number
    assert number is None or number.counts != "Democrats"


# --- a verb of saying the brief's list lacked --------------------------------------------


def test_complaints_and_namings_credit_their_subject() -> None:
    for text, name, cue in (
        ("Lind lamented that the harbor had been neglected.", "Lind", "lamented"),
        ("Lind bemoaned the cuts to the ferry service.", "Lind", "bemoaned"),
        ("Lind described the plan as a gift to developers.", "Lind", "described"),
        ("Lind called the ruling a disgrace.", "Lind", "called"),
        ("Lind has blasted the council over the delay.", "Lind", "has blasted"),
        ("Lind expressed frustration with the court.", "Lind", "expressed"),
    ):
        source = Source(name=name, span=_span(text, name), kind="person")
        assert credits(text, source, _span(text, cue)), text


def test_a_naming_verb_never_credits_its_object() -> None:
    # the parse took the object for the subject ("Will" read as an auxiliary)
    text = "Will described Trump as a caricature of the worst possibilities."
    source = Source(name="Donald Trump", span=_span(text, "Trump"), kind="person")
    assert not credits(text, source, _span(text, "Will described"))
    text = "Her speech called to mind the rallies of her youth."
    source = Source(name="Her speech", span=_span(text, "Her speech"), kind="document")
    assert not credits(text, source, _span(text, "called"))


def test_a_sample_told_by_its_participle_is_no_big_number() -> None:
    # the verb before a count of people joins its label; a sample's verb refuses it instead
    text = (
        "Poll.\n\n"
        "The college ran the poll by telephone from May 2-6, surveying 1,412 registered "
        "voters in the county.\n\nThe mayor leads by four points."
    )
    number = make_brief(analyze(article_from_text(text))).big_number
    assert number is None or "1,412" not in number.text


def test_the_storys_verb_before_the_count_keeps_the_figure() -> None:
    # "killed" before the figure tells what happened: the figure stays the story's; a form
    # of "be", "have" or a verb of saying tells nothing and leaves the count refused
    text = (
        "Storm.\n\nThe storm killed at least 57 people across the valley on Sunday.\n\n"
        "Roads were closed."
    )
    number = make_brief(analyze(article_from_text(text))).big_number
    assert number is not None and number.text == "killed at least 57 people"
    text = (
        "Primary day.\n\n"
        "Polls open in Ashby County on Tuesday. There are 310 delegates at the convention "
        "hall.\n\nThe results come late."
    )
    number = make_brief(analyze(article_from_text(text))).big_number
    assert number is None or "310" not in number.text
