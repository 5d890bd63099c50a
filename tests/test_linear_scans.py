"""Per-document helpers that keep the extractors linear in the article's length.

The single-quote scan looked up, for every character, every double-quoted region; the
gender, cue and speaker passes made a Python ``Token`` per token per pass. These tests pin
that the fast paths give the answers of the plain ones and stay fast on a long text.
"""

from __future__ import annotations

import time

import pytest

from topline.analyze import quote_singles
from topline.analyze.quote_marks import find_quote_regions
from topline.analyze.quote_region import QuoteRegion
from topline.nlp import doc_text, entity_labels, remember_text, token_table

PARAGRAPH = (
    "“We will not stop,” said Ann Lee, the mayor. Players’ wages rose in the ’90s, "
    "and ‘rock ’n’ roll’ was back. ‘I’d be over the moon,’ said Locke. He called it "
    "“a start” and ‘a test’.\n\n"
)


def test_single_quote_scan_is_linear_in_double_regions() -> None:
    """3,000 double-quoted regions and 360,000 characters: each character used to look at
    every region (hundreds of millions of steps); now a bisection per mark."""
    text = PARAGRAPH * 3000
    started = time.process_time()
    regions = find_quote_regions(text)
    assert time.process_time() - started < 10.0
    assert len(regions) == len(find_quote_regions(PARAGRAPH)) * 3000


def test_fast_lookup_answers_like_the_scan() -> None:
    text = PARAGRAPH * 3
    doubles = [r for r in find_quote_regions(text) if not r.single]
    fast = quote_singles._Doubles(doubles)
    slow = quote_singles._Doubles(doubles)
    slow.ordered = False  # the list-order scan, one character at a time
    assert fast.ordered
    for i in range(len(text)):
        assert fast.at(i) == slow.at(i)
    plain = [
        quote_singles._para_regions(text, 0, len(text), slow),
        quote_singles._para_regions(text, 0, len(text), fast),
    ]
    assert plain[0] == plain[1] and plain[0]


def test_unordered_regions_use_the_scan() -> None:
    overlapping = [QuoteRegion(0, 10, 1, 9), QuoteRegion(5, 20, 6, 19)]
    lookup = quote_singles._Doubles(overlapping)
    assert not lookup.ordered
    assert lookup.at(7) == overlapping[0]  # the first in list order, as before
    assert lookup.next_stop("x" * 30, 3, 30, quote_singles._ANY_MARKS) == 3


@pytest.fixture(scope="module")
def parsed():  # type: ignore[no-untyped-def]
    from topline.nlp import get_nlp

    text = "Ann Lee, the mayor of Springfield, said on Monday that the reports were wrong."
    return text, get_nlp()(text)


def test_token_table_matches_the_tokens(parsed) -> None:  # type: ignore[no-untyped-def]
    _, doc = parsed
    table = token_table(doc)
    assert table is token_table(doc)  # built once per document
    assert list(table.text) == [t.text for t in doc]
    assert list(table.idx) == [t.idx for t in doc]
    assert list(table.pos) == [t.pos_ for t in doc]
    assert list(table.lemma) == [t.lemma_.lower() for t in doc]
    assert list(table.lower) == [t.lower_ for t in doc]
    nouns = table.nouns_by_lemma
    assert all(
        doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() == k for k, v in nouns.items() for i in v
    )
    assert sum(len(v) for v in nouns.values()) == sum(t.pos_ == "NOUN" for t in doc)


def test_entity_labels_match_doc_ents(parsed) -> None:  # type: ignore[no-untyped-def]
    _, doc = parsed
    assert entity_labels(doc) == {(e.start, e.end): e.label_ for e in doc.ents}
    assert entity_labels(doc)


def test_remember_text_only_for_the_parsed_text(parsed) -> None:  # type: ignore[no-untyped-def]
    text, doc = parsed
    from topline.nlp import get_nlp

    other = get_nlp().make_doc(text)
    remember_text(other, text + " and more")  # not this document's text: ignored
    assert doc_text(other) == text
    fresh = get_nlp().make_doc(text)
    remember_text(fresh, text)
    assert doc_text(fresh) is text
