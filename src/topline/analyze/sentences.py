"""Sentences and paragraphs as spans of the cleaned text."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from topline.model import Sentence, Span
from topline.nlp import TokenTable, doc_sents, doc_text, token_table

_LINE = re.compile(r"[^\n]+")
#: Coarse parts of speech that make a clause: a lexical verb or an auxiliary ("is", "will").
VERB_POS = frozenset({"VERB", "AUX"})


def _trimmed_lines(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The non-blank lines of ``text[start:end]``, trimmed of surrounding white space."""
    end = len(text) if end is None else end
    spans = []
    for match in _LINE.finditer(text, start, end):
        s, e = match.start(), match.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(s, e))
    return spans


def split_paragraphs(text: str) -> tuple[Span, ...]:
    """Non-empty lines of the cleaned text (cleaning puts one paragraph on each line)."""
    return tuple(_trimmed_lines(text))


def _has_verb(table: TokenTable, piece: Span) -> bool:
    """Whether the tagger found a verb or auxiliary in the piece (the brief's editors' rule).

    The piece's tokens are those of ``doc.char_span(..., alignment_mode="expand")``: a piece
    is trimmed, so its first and last characters lie inside tokens, found by bisection over
    the token table (no ``Span`` and no ``Token`` per sentence).
    """
    first = bisect.bisect_right(table.idx, piece.start) - 1
    end = bisect.bisect_right(table.idx, piece.end - 1)
    return first >= 0 and not VERB_POS.isdisjoint(table.pos[first:end])


def split_sentences(doc: Doc) -> tuple[Sentence, ...]:
    """spaCy's sentences, never crossing a line break, trimmed of white space.

    Each records whether it has a verb, read off the same parse, so the brief's eligibility
    check needs no second spaCy pass.
    """
    text = doc_text(doc)
    table = token_table(doc)
    paragraphs = split_paragraphs(text)
    out: list[Sentence] = []
    para_index = 0
    for sent in doc_sents(doc):
        for piece in _trimmed_lines(text, sent.start_char, sent.end_char):
            while para_index < len(paragraphs) - 1 and paragraphs[para_index].end <= piece.start:
                para_index += 1
            out.append(
                Sentence(
                    span=piece,
                    index=len(out),
                    paragraph=para_index,
                    has_verb=_has_verb(table, piece),
                )
            )
    return tuple(out)
