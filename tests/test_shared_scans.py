"""Scans one article's passes share (issue #19, tenth session): the quantities grammar tried
only where a match can start, on the index the TIMEX rules made of the same text; a
sentence's verb test and the lower-cased words read off the token table. Each fast path is
checked against the plain one it replaced."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from topline.analyze import quantities, rule_starts
from topline.analyze.quantities import PATTERN, find_quantities
from topline.analyze.rule_starts import StartIndex, prefixes, start_index
from topline.analyze.sentences import VERB_POS, split_sentences
from topline.analyze.timex import find_timexes
from topline.nlp import SPANS_KEY, doc_ents, doc_sents, shared_spans, token_table
from topline.testing import match_spans, texts_of_pieces

#: Pieces of quantities and of text that must not be one: currencies with and without a
#: space, qualifiers, word numbers, fractions, scales, percentages, ranges and hyphens (the
#: pattern's conditional group: "$5-million" is a figure, "5-year" is not), clock times,
#: characters of other scripts and the ones the engine folds onto ASCII letters.
PIECES = [
    "$", "US$", "C$", "€", "£", "¥", "5", "12", "3,000", "1.5", "2,500,000", "٣", "½",
    "at least", "more than", "nearly", "about", "up to", "an estimated", "just over",
    "one", "two", "Twenty-one", "ninety", "a few", "dozen", "dozens", "hundreds of thousands",
    "half", "a third", "two-thirds", "hundred", "thousand", "million", "billion", "bn", "m",
    "k", "%", "percent", "per cent", "percentage points", "dollars", "euros", "-", "–",
    "year", "troops", "people", "GMT", "March", "No.", "#", ".", ",", "(", ")", "'", "’",
    "\u212a", "\u017f", "é", "\u00a0", "\t", "\n", "  ", "the", "of",
    "$5-million", "5-year-old", "3,000 troops", "8.5%", "$1.2 billion", "22 GMT",
]  # fmt: skip

texts = texts_of_pieces(PIECES)


def test_the_quantities_pattern_is_indexed() -> None:
    """It ends on a conditional group, which the index could not read: every article's
    quantities were a ``finditer`` over every character."""
    found = prefixes(PATTERN)
    assert found is not None and {"$5", "3,0", "at ", "two", "hal"} <= found


@settings(max_examples=400, deadline=None)
@given(texts)
def test_quantities_match_exactly_as_finditer(text: str) -> None:
    assert match_spans(StartIndex(text).finditer(PATTERN)) == match_spans(PATTERN.finditer(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab1$x- .", max_size=30))
def test_a_conditional_group_opens_with_either_branch(text: str) -> None:
    patterns = [
        re.compile(r"(?<![\w$])(?P<c>\$)?\d(?(c)|(?!x))", re.I),  # zero-width branches
        re.compile(r"(?<!\w)(?P<c>a)?(?(c)b|1)x?", re.I),  # each branch opens the match
        re.compile(r"(?<!\w)(?P<c>a)?(?(c)b)1", re.I),  # no "no" branch
    ]
    for pattern in patterns:
        assert prefixes(pattern) is not None, pattern.pattern
        found = match_spans(StartIndex(text).finditer(pattern))
        assert found == match_spans(pattern.finditer(text)), pattern.pattern


@pytest.fixture(scope="module")
def parsed():  # type: ignore[no-untyped-def]
    from topline.nlp import get_nlp

    text = (
        "At least 3,000 troops and $1.2 billion were sent on March 3, 2019, officials said.\n"
        "ÉCOLE İSTANBUL ΣΑΣ Straße: nearly half of the 12 schools closed.\n\n"
        "Photo: the harbour at dawn\n"
        "He said two-thirds of the 5-year-old buildings, about 8.5%, will  be rebuilt."
    )
    return text, get_nlp()(text)


def test_timexes_and_quantities_share_one_index(parsed, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text, doc = parsed
    made: list[str] = []
    real = rule_starts.StartIndex

    def counting(text: str) -> StartIndex:
        made.append(text)
        return real(text)

    start_index.cache_clear()
    monkeypatch.setattr(rule_starts, "StartIndex", counting)
    timexes = find_timexes(doc, None)
    found = find_quantities(doc, timexes)
    assert made == [text]  # one index of the article, made by the timex pass
    monkeypatch.setattr(quantities, "start_index", lambda t: _Plain(t))
    assert find_quantities(doc, timexes) == found  # as the plain ``finditer`` finds them
    assert {q.span.of(text) for q in found} >= {"At least 3,000", "$1.2 billion", "about 8.5%"}


class _Plain:
    def __init__(self, text: str) -> None:
        self.text = text

    def finditer(self, pattern: re.Pattern[str]) -> object:
        return pattern.finditer(self.text)


def test_a_sentences_verb_is_read_as_from_its_tokens(parsed) -> None:  # type: ignore[no-untyped-def]
    _, doc = parsed
    sentences = split_sentences(doc)
    for s in sentences:
        tokens = doc.char_span(s.span.start, s.span.end, alignment_mode="expand")
        assert s.has_verb == any(t.pos_ in VERB_POS for t in tokens)
    assert {s.has_verb for s in sentences} == {True, False}  # the caption has none


def test_the_lower_column_is_each_tokens_lower(parsed) -> None:  # type: ignore[no-untyped-def]
    _, doc = parsed
    assert list(token_table(doc).lower) == [t.lower_ for t in doc]


def test_the_shared_sentences_and_entities_are_spacys(parsed) -> None:  # type: ignore[no-untyped-def]
    """Within a block the spans are made once and are spaCy's; after it, none is kept."""
    _, doc = parsed
    assert doc_sents(doc) is not doc_sents(doc)  # no block: made each time
    with shared_spans(doc):
        assert list(doc_sents(doc)) == list(doc.sents)
        assert list(doc_ents(doc)) == list(doc.ents)
        assert doc_sents(doc) is doc_sents(doc)
        assert doc_ents(doc) is doc_ents(doc)
    assert SPANS_KEY not in doc.user_data


def test_an_analysed_document_is_freed_at_once(parsed) -> None:  # type: ignore[no-untyped-def]
    """The caches the analysis keeps in ``doc.user_data`` hold no spaCy object (a ``Span``
    or ``Token`` refers to its document): a reference cycle would keep every parsed
    document until a full collection, and a batch's memory would grow with it."""
    import gc
    import weakref

    from topline.analyze import analyze_doc
    from topline.ingest import article_from_text
    from topline.nlp import get_nlp

    text, _ = parsed
    article = article_from_text(text, source="test")
    doc = get_nlp()(article.text)
    analyze_doc(article, doc)
    assert doc.user_data  # the caches are there
    ref = weakref.ref(doc)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del doc
        assert ref() is None
    finally:
        if enabled:
            gc.enable()
