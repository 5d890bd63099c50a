"""Grounded by construction: every span of every output points into the cleaned text.

A hypothesis property builds news-like articles from random parts (names, numbers, quotes,
dates, attributions, cruft) and checks, for every element of the analysis and of the brief,
that ``text[span.start:span.end]`` is inside the text and that each brief element's display
text is exactly the documented join of its spans, which the renderers then show verbatim.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from html import escape
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import topline
from topline.brief import make_brief
from topline.model import Brief, Span, join_spans
from topline.render.brief import render_html, render_markdown

NAMES = ["Maria Lopez", "John Okafor", "the mayor", "Chen Wei", "officials", "Reuters"]
PLACES = ["Baghdad", "Ohio", "the city council", "Lagos", "the European Union"]
VERBS = ["said", "told reporters", "announced", "reported", "warned"]
NUMBERS = ["3,000", "two dozen", "$1.2 billion", "8.5%", "at least 40", "one"]
DATES = ["Wednesday", "January 10", "two weeks ago", "since 2014", "last year", "on Monday"]
NOUNS = ["troops", "workers", "residents", "schools", "votes", "homes"]

sentence = st.one_of(
    st.builds(
        "{} {} that {} {} were affected in {} {}.".format,
        st.sampled_from(NAMES),
        st.sampled_from(VERBS),
        st.sampled_from(NUMBERS),
        st.sampled_from(NOUNS),
        st.sampled_from(PLACES),
        st.sampled_from(DATES),
    ),
    st.builds(
        "“{} {} will not stop,” {} said {}.".format,
        st.sampled_from(NOUNS).map(str.capitalize),
        st.sampled_from(["in " + p for p in PLACES]),
        st.sampled_from(NAMES),
        st.sampled_from(DATES),
    ),
    st.builds(
        "According to {}, {} {} left {} {}.".format,
        st.sampled_from(NAMES),
        st.sampled_from(NUMBERS),
        st.sampled_from(NOUNS),
        st.sampled_from(PLACES),
        st.sampled_from(DATES),
    ),
    st.builds(
        'The vote in {} came {} after "{}" protests, {} said.'.format,
        st.sampled_from(PLACES),
        st.sampled_from(DATES),
        st.sampled_from(["weeks of", "angry", "peaceful"]),
        st.sampled_from(NAMES),
    ),
)
cruft = st.sampled_from(["", "Share this article\n", "Advertisement\n", "Home News World\n"])
paragraph = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
article_text = st.builds(
    lambda head, paras, tail: head + "\n\n".join(paras) + tail,
    cruft,
    st.lists(paragraph, min_size=1, max_size=6),
    st.sampled_from(["", "\n\n© 2021 The Associated Press. All rights reserved."]),
)


def iter_spans(obj: Any) -> Iterator[Span]:
    """Every Span inside a model object, however deeply nested."""
    if isinstance(obj, Span):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from iter_spans(getattr(obj, f.name))
    elif isinstance(obj, (tuple, list)):
        for item in obj:
            yield from iter_spans(item)


def brief_elements(brief: Brief) -> Iterator[Any]:
    if brief.topline is not None:
        yield brief.topline
    yield from brief.bullets
    if brief.crucial_quote is not None:
        yield brief.crucial_quote
    if brief.big_number is not None:
        yield brief.big_number
    yield from (item for item in brief.key_background if item.article_id is None)
    yield from brief.extra_sections


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
def test_every_span_of_analysis_and_brief_is_inside_the_cleaned_text(raw: str) -> None:
    analysis = topline.analyze_text(raw, published="2020-01-16")
    text = analysis.article.text
    for span in iter_spans(analysis):
        assert 0 <= span.start <= span.end <= len(text)
    brief = make_brief(analysis)
    markdown = render_markdown(brief, analysis.article)
    html = render_html(brief, analysis.article)
    for element in brief_elements(brief):
        assert element.spans, f"{type(element).__name__} has no span"
        for span in element.spans:
            assert 0 <= span.start < span.end <= len(text)
        assert element.text == join_spans(text, element.spans)
        for span in element.spans:  # renderers may put a label or a dash between spans
            assert text[span.start : span.end] in markdown
        assert escape(element.text) in html


def test_brief_of_a_plain_paragraph_is_grounded_in_its_text() -> None:
    raw = (
        "The city council voted on Tuesday to close three schools, officials said. "
        "About 1,200 pupils will move to new buildings in September. "
        "“This is a hard day for our families,” Mayor Ana Ruiz said at the meeting."
    )
    analysis = topline.analyze_text(raw, published="2021-03-03")
    brief = make_brief(analysis)
    assert brief.topline is not None
    assert brief.topline.text.startswith("The city council voted")
    for element in brief_elements(brief):
        assert element.text == join_spans(analysis.article.text, element.spans)
