"""Bullets that tell the reader nothing new: a bullet that only restates the Topline
(:func:`topline.brief.compose.restates`) and a broadcast anchor's hand-off to a correspondent
(:func:`topline.brief.voice_rules.hand_off`). Fixtures of this lane's own writing (sixteenth
session); the two brief tests fail on the code before it."""

from __future__ import annotations

from functools import cache

from topline.brief import make_brief
from topline.brief.compose import restates
from topline.brief.features import content_terms
from topline.brief.fit import readable
from topline.brief.voice_rules import hand_off
from topline.model import Brief, Span

_RESTATED = (
    "The town council of Brackwater on Tuesday rejected a developer's plan to build four "
    "hundred homes on the flooded meadows east of the river, after residents packed the town "
    "hall to object.\n\n"
    "Councillors voted eleven to three against the plan.\n\n"
    "The council rejected the developer's plan on Tuesday.\n\n"
    "The developer, Halden Estates, said it would appeal to the national planning "
    "inspectorate.\n\n"
    "Residents had gathered more than two thousand signatures against the scheme since March.\n\n"
    "Flood engineers told the meeting that the meadows had been under water for six weeks last "
    "winter.\n\n"
    "The river authority has spent nine million pounds on new banks since 2019."
)

_BROADCAST = (
    "Fishermen in the northern port of Varra have blocked the harbour for a third day in a "
    "protest over new catch limits.\n\n"
    "The fisheries ministry says the limits are needed to save the cod stocks.\n\n"
    "The station's Maren Holt reports from Varra.\n\n"
    "More than two hundred boats are tied up across the harbour mouth, and ferries to the "
    "islands have been cancelled.\n\n"
    "The fishermen's union says its members will lose half their income under the new rules.\n\n"
    "Talks between the union and the ministry are due to resume on Friday."
)


@cache
def _brief(text: str) -> Brief:
    from topline.analyze import analyze
    from topline.ingest import article_from_text

    return make_brief(analyze(article_from_text(text)))


def test_a_bullet_that_only_restates_the_topline_is_not_shown() -> None:
    brief = _brief(_RESTATED)
    assert brief.topline is not None and "rejected a developer's plan" in brief.topline.text
    texts = [b.text for b in brief.bullets]
    assert "The council rejected the developer's plan on Tuesday." not in texts
    assert "Councillors voted eleven to three against the plan." in texts  # adds the vote
    assert len(texts) >= 3


def test_restates_reads_the_share_of_the_bullets_own_words() -> None:
    topline = set(
        content_terms(
            "The British capital's new mayor, Amira Stone, on Tuesday rejected the governor's "
            "offer to fund a second airport runway"
        )
    )
    assert restates("Stone rejected the governor's offer on Tuesday.", topline)
    # a bullet that shares its subject and verb but says something new is kept
    assert not restates("Stone said the runway would double night flights over Ealing.", topline)
    assert not restates("Stone has now responded to the governor's letter.", topline)
    assert not restates("", topline)


def test_a_broadcast_hand_off_is_not_a_bullet() -> None:
    brief = _brief(_BROADCAST)
    texts = [b.text for b in brief.bullets]
    assert not any("reports from Varra" in t for t in texts)
    assert len(texts) >= 3


def test_hand_offs_and_sentences_that_say_something() -> None:
    for anchor in (
        "Tomas Reyes reports from Lima.",
        "From member station WKRB, Dana Holm reports.",
        "Radio Kessel's Ilse Brandt has more from Hamburg.",
        "Correspondent Owen Pike reports on the vote and what it means for the coalition.",
        "The Network's Sara Lund has the story.",
    ):
        assert hand_off(anchor), anchor
    for fact in (
        "The agency reports that forty people were hurt.",
        "Halden Estates reports a loss of two million pounds.",
        "The inspector reports to the ministry every month.",
        "The Courier reports on its front page that the mayor will resign.",
        "Reyes said the vote was close.",
    ):
        assert not hand_off(fact), fact


def test_readable_refuses_a_hand_off() -> None:
    text = "Dana Holm reports from Lima."
    assert not readable(text, (Span(0, len(text)),))
    fact = "Dana Holm was hurt in Lima."
    assert readable(fact, (Span(0, len(fact)),))
