"""Classes that recur across the editor's reads (fifteenth session): a Big number that
multiplies or repeats ("only 10 — times"), an organisation sized up in a clause without its
comma ("the Union … which represents about 900 congregations"), a hedge past a "that" that
points at a noun ("said 4.2% of that cut would come …"), and a Crucial quote's role that
runs into the quotation's own cue ("…, owner of the grill stated"). Texts written for
this test."""

from __future__ import annotations

from topline.analyze import analyze
from topline.brief import make_brief
from topline.brief.background_rules import modifier_dates
from topline.brief.claim_rules import negated_or_hedged
from topline.brief.compress import trailing_source
from topline.brief.credit import saying_cue
from topline.brief.number_rules import multiplier, organisation_aside
from topline.brief.speaker_role import role_before_cue
from topline.ingest import article_from_text
from topline.model import Span


def _figure(text: str, figure: str) -> Span:
    start = text.index(figure)
    return Span(start, start + len(figure))


def test_a_multiplier_is_no_count() -> None:
    for text, figure in (
        ("The mayor says the city will hit back 20 times harder.", "20"),
        ("The clip was shared more than 40,000 times in a day.", "40,000"),
        ("Her savings grew 12 times their old value.", "12"),
        ("Prices saw a 10-fold rise in the region.", "10"),
    ):
        assert multiplier(text, _figure(text, figure)), text


def test_a_count_or_a_name_is_no_multiplier() -> None:
    for text, figure in (
        ("About 400 people marched to 1 Times Square on Sunday.", "1"),
        ("The council hired 20 teachers this year.", "20"),
    ):
        assert not multiplier(text, _figure(text, figure)), text


def test_the_brief_shows_no_times_label() -> None:
    text = (
        "Council cuts.\n\nThe mayor said the council would fight back. He says the city "
        "will hit back 20 times harder if the state cuts its grant.\n\nThe grant pays for "
        "buses."
    )
    number = make_brief(analyze(article_from_text(text))).big_number
    assert number is None or number.counts != "times"


def test_an_organisation_sized_up_without_its_comma() -> None:
    text = (
        "Rabbi Jane Doe, head of the Union of Small Towns which represents about 700 "
        "congregations, said she would stay away."
    )
    assert organisation_aside(text, _figure(text, "700"))
    text = "The Union of Small Towns, which represents about 700 congregations, said no."
    assert organisation_aside(text, _figure(text, "700"))
    text = "The plant which the firm built in 2010 makes about 700 cars a week."
    assert not organisation_aside(text, _figure(text, "700"))


def test_a_hedge_past_that_as_a_determiner() -> None:
    text = "The minister said 3.5% of that cut would come before next spring."
    assert negated_or_hedged(text, _figure(text, "3.5%"))
    text = "The minister said 3.5% of that cut came last spring."
    assert not negated_or_hedged(text, _figure(text, "3.5%"))
    # "that" after a verb still opens a clause: the hedge before it is the other clause's
    text = "The minister could not say that 40 schools closed in June."
    assert not negated_or_hedged(text, _figure(text, "40"))


def test_the_brief_shows_no_hedged_share() -> None:
    text = (
        "Budget.\n\nThe budget will be 8% lower by 2021. The minister said 3.5% of that cut "
        "would come before next spring. Unions were angry."
    )
    number = make_brief(analyze(article_from_text(text))).big_number
    assert number is None or "would" not in (number.counts or "")


def test_a_role_stops_at_the_quotations_cue() -> None:
    text = "Maria Lopez, owner of the Harbor Grill stated, “We will cut hours.”"
    role = _figure(text, "owner of the Harbor Grill stated")
    cue = _figure(text, "stated")
    shown = role_before_cue(text, role, cue)
    assert shown is not None and shown.of(text) == "owner of the Harbor Grill"
    plain = _figure(text, "owner of the Harbor Grill")
    assert role_before_cue(text, plain, cue) == plain
    assert role_before_cue(text, None, cue) is None


def test_the_brief_shows_the_role_without_the_cue() -> None:
    text = (
        "Wage rise divides city.\n\nRestaurant owners in Tacoma say the new wage law will "
        "cost jobs. The law takes effect in July.\n\nMaria Lopez, owner of the Harbor Grill "
        "on Pacific Avenue stated, “We will have to cut hours for every server we have.”\n\n"
        "The council voted 6-3 for the law in March."
    )
    quote = make_brief(analyze(article_from_text(text))).crucial_quote
    assert quote is not None
    assert quote.role == "owner of the Harbor Grill on Pacific Avenue"
    assert quote.role_span is not None and quote.role_span.of(text) == quote.role


def test_a_get_passive_is_no_saying_in_either_check() -> None:
    # one set of passive auxiliaries for the credit of a claim and for a trailing clause
    text = "The manager got told the club would close."
    cue = _figure(text, "told")
    assert not saying_cue(text, cue)
    text = "The manager told staff the club would close."
    assert saying_cue(text, _figure(text, "told"))
    text = "The club will close in June, the move got announced."
    assert trailing_source(text, Span(0, len(text))) is None
    text = "The club will close in June, the chairman said."
    found = trailing_source(text, Span(0, len(text)))
    assert found is not None and found.of(text) == "the chairman"


def test_a_dated_noun_after_the_verb_names_what_is_talked_about() -> None:
    # Key background: "She recalled the Oct. 3 floods" is the day's speech about the floods;
    # the date names the floods, it does not date the sentence
    for text, date in (
        ("She recalled the Oct. 3 floods and her work with rescue crews.", "Oct. 3"),
        ("Reed noted the 2012 strike in his speech.", "2012"),
    ):
        found = modifier_dates(text)
        assert [text[a:b] for a, b in found] == [date], text
    # a clause's opening subject is dated by its year: the sentence's own event
    for text in (
        "The 1999 merger cost 30,000 jobs.",
        "But the 1999 merger cost 30,000 jobs.",
        "To put it in context, the 2015 deficit was larger.",
        "Former Governor Reed's 2012 campaign cost millions.",
    ):
        assert modifier_dates(text) == [], text
