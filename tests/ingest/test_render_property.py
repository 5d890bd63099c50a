"""Property: rendering an HTML tree loses no character and leaves tidy paragraphs and lines."""

from __future__ import annotations

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from topline.ingest.html import BULLET, render_tree

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
TEXT = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)


def _node(depth: int) -> st.SearchStrategy[str]:
    leaf = TEXT | TEXT.map(lambda t: f"<strong>{t}</strong>") | TEXT.map(lambda t: f"{t}<br>")
    if depth == 0:
        return leaf
    inner = st.lists(_node(depth - 1), min_size=1, max_size=4).map("".join)
    return (
        leaf
        | inner.map(lambda t: f"<p>{t}</p>")
        | inner.map(lambda t: f"<div>{t}</div>")
        | st.lists(inner, min_size=1, max_size=3).map(
            lambda items: "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
        )
    )


@settings(max_examples=50, deadline=None)
@given(st.lists(_node(3), min_size=1, max_size=5).map("".join), st.booleans())
def test_render_keeps_every_word_and_tidy_layout(body: str, topline_form: bool) -> None:
    root = lxml.html.fragment_fromstring(body, create_parent="div")
    text = render_tree(root, topline_form=topline_form)
    # Same characters in the same order; only white space, bullets and label colons added.
    source_chars = "".join("".join(root.itertext()).split())
    rendered_chars = "".join(text.replace(BULLET.strip(), "").replace(":", "").split())
    assert rendered_chars == source_chars
    assert "\n\n\n" not in text and text == text.strip()
    for line in text.split("\n"):
        assert line == line.strip()
        assert line != BULLET.strip()
