"""Spans in the caller's coordinates: the map from the cleaned text back to the input.

The property: for any input (title lines, NBSP, hard wraps, CRLF, blank-line runs, page
furniture, footers, combining accents, invisible characters), every span of every result in
``offsets="input"`` mode covers the input that reads as the element it grounds
(:func:`topline.offsets.same_text`), and the OffsetMap machinery is exact on its own.
"""

from __future__ import annotations

import dataclasses
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_grounding import brief_elements, iter_spans, paragraph
from topline.analyze import analyze
from topline.brief import make_brief
from topline.errors import OffsetsUnavailable
from topline.ingest import article_from_text
from topline.ingest.html import article_from_html
from topline.ingest.text import normalise, normalise_mapped
from topline.model import Analysis, Article, Brief, from_json, join_pieces, join_spans, to_json
from topline.offset_map import MapBuilder, OffsetMap
from topline.offsets import in_offsets, indexed_text, input_text, same_text
from topline.render.documents import brief_document, extraction_document

# --- the map itself ------------------------------------------------------------------------


def test_linear_runs_merge_and_cuts_are_kept_as_breakpoints() -> None:
    out = MapBuilder()
    out.add(3, 0, 3)
    out.add(2, 3, 5)  # carries on: merged
    out.add(1, 9, 10)  # after a cut of [5, 9)
    built = out.build()
    assert built == OffsetMap((0, 5, 5, 6), (0, 5, 9, 10))
    assert built.origin(4) == (4, 5)
    assert built.origin(5) == (9, 10)
    assert built.span(3, 6) == (3, 10)  # a span over the cut covers it


def test_a_lumped_run_maps_each_character_to_its_whole_input() -> None:
    out = MapBuilder()
    out.add(1, 0, 1)
    out.add(1, 1, 3)  # "\r\n" -> "\n"
    out.add(1, 3, 4)
    built = out.build()
    assert built.origin(1) == (1, 3)
    assert built.span(0, 1) == (0, 1)
    assert built.span(2, 3) == (3, 4)
    assert built.span(3, 3) == (4, 4)  # an empty span at the end


def test_then_composes_two_maps() -> None:
    clean = MapBuilder()
    clean.add(2, 4, 6)  # the text is input[4:6] of the normalised text ...
    normalising = MapBuilder()
    normalising.add(3, 0, 3)
    normalising.add(1, 3, 5)  # ... whose character 3 came from two input characters
    normalising.add(3, 5, 8)
    composed = clean.build().then(normalising.build())
    assert composed.span(0, 1) == (5, 6)  # normalised character 4 is input character 5
    assert composed.span(0, 2) == (5, 7)
    lumped = MapBuilder()
    lumped.add(1, 3, 4)  # a text of normalised character 3 alone ...
    assert lumped.build().then(normalising.build()).span(0, 1) == (3, 5)  # ... is both


messy_text = st.text(
    alphabet=st.sampled_from(
        list("ab cD.\n\t")
        + ["\r", "\u00a0", "\u0301", "\u200b", "\u00ad", "\x01"]
        + ["é", "“", "\u1100", "\u1161", "\u2028", "\ufeff", "Å"]
    ),
    max_size=40,
)


@given(messy_text)
def test_normalise_mapped_is_normalise_and_each_range_maps_onto_its_source(text: str) -> None:
    out, mapping = normalise_mapped(text)
    assert out == normalise(text)
    assert mapping.text_length == len(out)
    assert list(mapping.input_points) == sorted(mapping.input_points)
    for start in range(len(out)):
        for end in range(start + 1, len(out) + 1):
            lo, hi = mapping.span(start, end)
            assert out[start:end] in normalise(text[lo:hi])


def test_offset_map_round_trips_through_json_on_the_article() -> None:
    article = article_from_text("Line one of the text,\r\nwrapped here.\r\n")
    assert article.offsets is not None
    assert from_json(Article, to_json(article)) == article


# --- whole articles ------------------------------------------------------------------------

TITLES = [
    "",
    "Council Votes To Close Three Schools In The City\n",
    "Flooding forces thousands out\n\n",
]
FOOTERS = [
    "",
    "\n\n© 2021 The Associated Press. All rights reserved.",
    "\n\nCopyright 2020 Reuters. All rights reserved.\nShare this article",
]


@st.composite
def messy_article(draw: st.DrawFn) -> str:
    """A news-like text dressed as users paste it: a title line, cruft, hard wraps, NBSP,
    accents and invisible characters, CRLF or LF, extra blank lines, a footer."""
    paras = draw(st.lists(paragraph, min_size=1, max_size=4))
    width = draw(st.integers(min_value=30, max_value=200))
    wrapped = []
    for para in paras:
        lines, line = [], ""
        for word in para.split(" "):
            if line and len(line) + len(word) >= width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        wrapped.append("\n".join([*lines, line]))
    gap = draw(st.sampled_from(["\n\n", "\n\n\n", "\n \n", "\n\nAdvertisement\n\n"]))
    text = draw(st.sampled_from(TITLES)) + gap.join(wrapped) + draw(st.sampled_from(FOOTERS))
    spaces = draw(st.lists(st.booleans(), min_size=text.count(" "), max_size=text.count(" ")))
    pieces = text.split(" ")
    text = pieces[0] + "".join(
        ("\u00a0" if nbsp else " ") + piece for nbsp, piece in zip(spaces, pieces[1:], strict=True)
    )
    if draw(st.booleans()):
        text = text.replace("Chen", "Che\u0301n").replace("reported", "re\u00adported")
    if draw(st.booleans()):
        text = "\ufeff" + text.replace("officials", "offi\u200bcials")
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text


def _kept(given: str, mapping: OffsetMap, start: int, end: int) -> str:
    """``given[start:end]`` in input coordinates without what cleaning cut inside it."""
    lo, hi = mapping.span(start, end)
    covered: set[int] = set()
    for char in range(start, end):
        covered.update(range(*mapping.origin(char)))
    return "".join(given[i] for i in range(lo, hi) if i in covered)


def _check_input_mode(analysis: Analysis, brief: Brief, given: str) -> None:
    """Each input span reads as its element; where cleaning cut something inside the span
    (page furniture between two lines of a sentence), it reads so without the cut."""
    clean, mapping = analysis.article.text, analysis.article.offsets
    assert mapping is not None
    mapped = in_offsets(analysis, analysis.article)
    assert mapped.offsets == "input" and indexed_text(mapped) == given
    pairs = list(zip(iter_spans(analysis), iter_spans(mapped), strict=True))
    assert pairs
    for before, after in pairs:
        assert 0 <= after.start <= after.end <= len(given)
        source = given[after.start : after.end]
        if not same_text(source, clean[before.start : before.end]):
            source = _kept(given, mapping, before.start, before.end)
        assert same_text(source, clean[before.start : before.end]), (source, before)
    mapped_brief = in_offsets(brief, analysis.article)
    assert mapped_brief.offsets == "input" and mapped_brief.text == given
    clean_elements = list(brief_elements(brief))
    for element, clean_element in zip(brief_elements(mapped_brief), clean_elements, strict=True):
        shown = join_pieces(_kept(given, mapping, s.start, s.end) for s in clean_element.spans)
        assert same_text(shown, element.text), (shown, element.text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messy_article())
def test_every_span_in_input_mode_reads_as_its_element_in_the_input(given_text: str) -> None:
    article = article_from_text(given_text)
    assert input_text(article) == given_text
    analysis = analyze(article)
    _check_input_mode(analysis, make_brief(analysis), given_text)


def test_the_topline_span_indexes_the_input_despite_the_title_line_and_wraps() -> None:
    given_text = (
        "Council Votes To Close Three Schools\r\n\r\n"
        "The city council voted on Tuesday to close three schools, officials\r\n"
        "said after a long meeting.\u00a0About 1,200 pupils will move to new buildings\r\n"
        "in September, the council said in a statement.\r\n\r\n"
        "“This is a hard day for our families,” Mayor Ana Ruiz said at the meeting.\r\n"
        "\r\n© 2021 The Associated Press. All rights reserved.\r\n"
    )
    article = article_from_text(given_text)
    brief = in_offsets(make_brief(analyze(article)), article)
    assert brief.topline is not None
    first = brief.topline.spans[0]
    assert given_text[first.start : first.end].startswith("The city council voted")
    clean_brief = make_brief(analyze(article))
    assert clean_brief.topline is not None
    assert brief.topline.text == clean_brief.topline.text  # display text is unchanged


PAGE = (
    "<html><head><title>Schools close</title></head><body><article>"
    "<h1>Schools close</h1><p>The city council voted on Tuesday to close three "
    "schools,&nbsp;officials said after a long meeting that ran late.</p>"
    "<p>About 1,200 pupils will move to new buildings in September, the council said "
    "in a statement on its website.</p></article></body></html>"
)


def test_html_offsets_index_the_extracted_text_not_the_markup() -> None:
    article = article_from_html(PAGE)
    assert article.raw == PAGE and article.extracted is not None
    analysis = analyze(article)
    mapped = in_offsets(analysis, article)
    assert indexed_text(mapped) == article.extracted
    for before, after in zip(iter_spans(analysis), iter_spans(mapped), strict=True):
        got = article.extracted[after.start : after.end]
        assert same_text(got, article.text[before.start : before.end])


def test_a_stored_text_article_gets_its_map_again_and_a_stored_page_refuses() -> None:
    given_text = "Schools Close\r\n\r\nThe council voted\u00a0to close three schools.\r\n"
    made = article_from_text(given_text)
    stored = dataclasses.replace(made, offsets=None)  # what the store gives back
    again, first = in_offsets(analyze(stored), stored), in_offsets(analyze(made), made)
    assert list(iter_spans(again)) == list(iter_spans(first))
    assert indexed_text(again) == given_text
    page = article_from_html(PAGE)
    stored_page = dataclasses.replace(page, offsets=None, extracted=None)
    with pytest.raises(OffsetsUnavailable):
        in_offsets(analyze(stored_page), stored_page)


def test_documents_in_input_offsets_carry_the_input() -> None:
    given_text = "The council voted\u00a0to close three schools on Tuesday, officials said.\r\n"
    article = article_from_text(given_text)
    analysis = analyze(article)
    document = extraction_document(in_offsets(analysis, article))
    assert document["offsets"] == "input" and document["input"] == given_text
    assert "offsets" not in document["article"] and "extracted" not in document["article"]
    assert "input" not in extraction_document(analysis)
    brief_doc = brief_document(in_offsets(make_brief(analysis), article), article)
    assert brief_doc["input"] == given_text and "text" not in brief_doc["brief"]


def test_clean_mode_brief_carries_the_cleaned_text() -> None:
    article = article_from_text("Title Line Of This Story\n\nThe council voted to close schools.")
    brief = in_offsets(make_brief(analyze(article)), article, "clean")
    assert brief.offsets == "clean" and brief.text == article.text
    assert brief.topline is not None
    assert brief.topline.text == join_spans(brief.text, brief.topline.spans)


def test_normalisation_of_a_combining_accent_maps_to_both_characters() -> None:
    given_text = "Jose\u0301 Garci\u0301a said the plan was approved by the council."
    article = article_from_text(given_text)
    assert unicodedata.is_normalized("NFC", article.text)
    analysis = analyze(article)
    mapped = in_offsets(analysis, article)
    for before, after in zip(iter_spans(analysis), iter_spans(mapped), strict=True):
        assert same_text(
            given_text[after.start : after.end], article.text[before.start : before.end]
        )


def test_python_api_gives_spans_into_the_text_the_caller_passed() -> None:
    import topline

    given_text = (
        "Schools To Close\r\n\r\nThe city council voted on Tuesday to close three\u00a0schools,\r\n"
        "officials said after a long meeting.\r\n\r\nAbout 1,200 pupils will move to new "
        "buildings in September, the council said in a statement on its website.\r\n"
    )
    brief = topline.brief(given_text, offsets="input")
    assert brief.offsets == "input" and brief.text == given_text
    assert brief.topline is not None
    span = brief.topline.spans[0]
    assert given_text[span.start : span.end].startswith("The city council voted")
    assert same_text(given_text[span.start : span.end], brief.topline.text)
    analysis = topline.extract(given_text.encode("utf-8"), offsets="input")
    assert indexed_text(analysis) == given_text
    sentence = analysis.sentences[0].span
    assert given_text[sentence.start : sentence.end].startswith("The city council")
    clean = topline.brief(given_text)
    assert clean.offsets == "clean" and clean.text is not None
    assert clean.text.startswith("The city council voted")


def test_pipeline_documents_follow_the_offsets_option() -> None:
    from topline import pipeline
    from topline.errors import InputError
    from topline.options import Options

    given_text = (
        "Schools Close\r\n\r\nThe council voted\u00a0to close three schools on Tuesday.\r\n"
    )
    article = pipeline.read_text(given_text)
    analysis = pipeline.analyse(article)
    document = pipeline.document(analysis, "brief", Options(offsets="input"))
    span = document["brief"]["topline"]["spans"][0]
    assert document["input"] == given_text
    assert given_text[span["start"] : span["end"]].startswith("The council voted")
    assert "input" not in pipeline.document(analysis, "brief")
    with pytest.raises(InputError, match="offsets must be one of clean, input"):
        Options(offsets="raw")  # type: ignore[arg-type]


def test_a_lone_surrogate_is_scrubbed_one_for_one_and_every_offset_still_holds() -> None:
    given_text = "The council said \ud800 on Monday that the plan was approved by a wide margin.\n"
    article = article_from_text(given_text)
    assert article.raw is not None
    assert "\ufffd" in article.text and "\ud800" not in article.raw
    assert len(article.raw) == len(given_text)
    mapping = article.offsets
    assert mapping is not None
    for at, char in enumerate(article.text):
        lo, hi = mapping.span(at, at + 1)
        expected = "\ufffd" if given_text[lo:hi] == "\ud800" else char
        assert char == expected and given_text[lo:hi] in (char, "\ud800")
