"""Who says so, as the bullet shows it (tenth session): a source whose claim and cue lie in a
clause the bullet left out is not the bullet's source; "find" with a pronoun object is no
finding; a cue of evidence ("shows", "suggests") credits only a subject that can tell; a
time written into a tag is when, not who."""

from __future__ import annotations

from topline.brief.compress import compress
from topline.brief.credit import credits, without_time
from topline.brief.source_tags import claim_shown
from topline.model import Source, Span
from topline.testing import span_of


def test_a_source_whose_claim_the_bullet_left_out_is_not_its_source() -> None:
    text = (
        "The mayor, who denies the allegations, has left the city for a trade conference in Denver."
    )
    shown = compress(text, Span(0, len(text)), bullet=True)
    assert "denies" not in " ".join(s.of(text) for s in shown)
    where = (span_of(text, "the allegations"), span_of(text, "denies"))
    assert not claim_shown(where, shown)
    assert claim_shown(where, (Span(0, len(text)),))  # shown whole, the tag may stand
    assert claim_shown((), shown)  # a trailing ", police said" covers the sentence
    text = "The mayor said as much on Monday, arguing that the new tax was unfair to renters."
    shown = (Span(0, text.index(",")),)
    cut_off = (span_of(text, "arguing"), span_of(text, "the new tax was unfair to renters"))
    assert claim_shown(cut_off, shown)  # the trailing clause was cut: the speaker stays


def test_find_with_a_pronoun_object_is_no_finding() -> None:
    text = "Trump is finding them reluctant to open their wallets."
    trump = Source(name="Donald Trump", kind="person")
    assert not credits(text, trump, span_of(text, "is finding"))
    text = "The inspectors found that the dam had been neglected for years."
    inspectors = Source(name="The inspectors", kind="other")
    assert credits(text, inspectors, span_of(text, "found"))


def test_a_cue_of_evidence_credits_only_a_subject_that_can_tell() -> None:
    text = "Tuesday's turnout shows that voters are tired of the feud."
    event = Source(name="Tuesday's turnout", kind="other")
    assert not credits(text, event, span_of(text, "shows"))
    text = "New filings show the campaign has less than $2 million in cash."
    assert credits(text, Source(name="New filings", kind="other"), span_of(text, "show"))
    text = "Acme suggests buyers wait for the update."
    assert credits(text, Source(name="Acme", kind="organization"), span_of(text, "suggests"))
    text = "Tuesday's turnout, the clerk said, was the lowest in years."
    assert credits(text, Source(name="the clerk", kind="other"), span_of(text, "said"))


def test_a_time_in_a_tag_is_left_out() -> None:
    text = "… the military said in a statement on Wednesday."
    start = text.index("a statement")
    source = Source(name="a statement on Wednesday", span=Span(start, start + 24))
    trimmed = without_time(text, source)
    assert trimmed.name == "a statement" and trimmed.span is not None
    assert trimmed.span.of(text) == "a statement"
    monday = Source(name="Monday Night Football")
    assert without_time("Monday Night Football said", monday) == monday
    ministry = Source(name="the ministry last week")
    assert without_time("", ministry).name == "the ministry"


def test_a_thing_that_reveals_is_no_source_but_a_name_is() -> None:
    text = "The dance techniques of royal court dances revealed an elegant side."
    things = Source(name="The dance techniques of royal court dances", kind="other")
    assert not credits(text, things, span_of(text, "revealed"))
    text = "Bank of England figures revealed that lending fell in May."
    bank = Source(name="Bank of England", kind="other")
    assert credits(text, bank, span_of(text, "revealed"))


def test_evidence_may_show_and_its_head_is_read_before_of_or_by() -> None:
    text = "Preliminary tests by Digital Foundry reveal that the game stutters."
    tests = Source(name="Preliminary tests by Digital Foundry", kind="other")
    assert credits(text, tests, span_of(text, "reveal"))
    text = "Video footage shows police using water cannon on the crowd."
    assert credits(text, Source(name="Video footage", kind="other"), span_of(text, "shows"))
