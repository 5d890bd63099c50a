"""Cuts that leave no main clause, thirteenth session: a participle clause set inside a
sentence that opens with a time ("Two days before X shot …, killing 49, he knelt …"), the dash
that closes an aside ("Close to 50 interviews … — counties that … — revealed …"), and a
series of verbs cut after one of its items ("… in 2014, flew to Syria" | ", burned …")."""

from __future__ import annotations

import pytest

from topline.brief.compress import compress
from topline.brief.cut_rules import cut_mid_phrase
from topline.brief.fit import shorten
from topline.model import Span, join_spans


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Three hours before the polls closed in the northern districts on Sunday, easing "
         "fears of a low turnout, she cast her vote at the village hall in front of a crowd "
         "of reporters and cameras.",
         "she cast her vote at the village hall"),
        ("Minutes after the ferry left the harbour at Dover on Friday morning, carrying 300 "
         "passengers, it lost power in heavy seas and drifted for two hours before a tug "
         "reached it.",
         "it lost power in heavy seas"),
    ],
)  # fmt: skip
def test_a_participle_set_inside_a_time_opening_is_not_cut(sentence: str, kept: str) -> None:
    for flags in ({"lede": True}, {"bullet": True}):
        shown = join_spans(sentence, compress(sentence, Span(0, len(sentence)), **flags))
        assert kept in shown, (flags, shown)


def test_a_trailing_participle_is_still_cut() -> None:
    sentence = (
        "The council closed the coast road on Tuesday after a landslide near the harbour, "
        "leaving three villages cut off for most of the day, officials said."
    )
    shown = join_spans(sentence, compress(sentence, Span(0, len(sentence)), bullet=True))
    assert (
        shown == "The council closed the coast road on Tuesday after a landslide near the harbour"
    )


def test_no_cut_at_the_dash_that_closes_an_aside() -> None:
    sentence = (
        "More than 40 interviews with head teachers from 30 of the largest schools in the "
        "county — schools that are expected to take most of the new pupils either because of "
        "their size or their location — found that staff shortages are already forcing "
        "classes to merge in a number of subjects this term."
    )
    assert shorten(sentence, (Span(0, len(sentence)),)) is None


def test_a_cut_inside_a_series_of_verbs_is_mid_phrase() -> None:
    article = (
        "The man, a former soldier, rented a van in Leeds in May, drove it to the port, "
        "boarded a ferry and disappeared."
    )
    cut = article.index(", boarded")
    assert cut_mid_phrase(article, (Span(0, cut),))
    modifier = "The bridge was closed in May, repaired by a local firm over the summer."
    assert not cut_mid_phrase(modifier, (Span(0, modifier.index(", repaired")),))
