"""Key background that leans on a set or a pair the reader has not seen (an editor's read
of unseen briefs, fourteenth session): "The three states last voted for …" (which three?),
"Of the 31-year-old, the latter said …" (the latter of whom?). Texts written for these
tests."""

from __future__ import annotations

from topline.brief.background_rules import leans_on_time


def test_a_set_or_a_pair_told_before_leans_on_it() -> None:
    for text in (
        "The four provinces last elected a Liberal premier in 1996.",
        "The two brothers opened the bakery in 1987.",
        "Asked about the striker, the latter said in 2019 that he was finished.",
        "The former, a lawyer, had resigned in 2011.",
    ):
        assert leans_on_time(text), text
    for text in (
        "The former mayor opened the bakery in 1987.",
        "The two Koreas were divided in 1948.",
        "The three of them met in 1990 at college.",
        "Both provinces last elected a Liberal premier in 1996.",
    ):
        assert not leans_on_time(text), text
