"""The Markdown line of a Topline, bullet or Key background item that quotes in typewriter
pairs (``…'' on the 1990s wires, ''…'' in the NYT archive) shows the curly marks they stand
for, as the Crucial quote's line does; the element's text (JSON) stays verbatim, and two
apostrophes that open nothing (inches, a possessive's slip) are left alone. Texts written for
this test (seventeenth session, lead)."""

from __future__ import annotations

from topline.model import BackgroundItem, Brief, Bullet, Element, Span
from topline.render.brief import render_json, render_markdown, typeset_pairs

_S = (Span(0, 5),)


def test_a_wire_quotation_inside_a_topline_is_typeset() -> None:
    text = "The mayor said ``the bridge will reopen by May'' after the inspection."
    brief = Brief(
        article_id="a",
        topline=Element(text=text, spans=_S),
        bullets=(
            Bullet(text="Engineers called it ''sound but tired'' in their report.", spans=_S),
        ),
        key_background=(
            BackgroundItem(text="In 1988 the council voted ``no'' to a new bridge.", spans=_S),
        ),
    )
    md = render_markdown(brief)
    assert "said “the bridge will reopen by May” after" in md
    assert "called it “sound but tired” in" in md
    assert "voted “no” to" in md
    assert "``" not in md and "''" not in md
    assert text.replace('"', '\\"') in render_json(brief) or "``the bridge" in render_json(brief)


def test_two_apostrophes_that_open_nothing_are_left_alone() -> None:
    assert typeset_pairs("The set has a 55'' screen.") == "The set has a 55'' screen."
    assert typeset_pairs("Plain text, no marks.") == "Plain text, no marks."


def test_a_crucial_quote_opening_with_a_pair_is_still_typeset() -> None:
    assert typeset_pairs("``We will win,'' he said.") == "“We will win,” he said."
