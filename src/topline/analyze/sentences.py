"""Sentences and paragraphs as spans of the cleaned text."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from topline.model import Sentence, Span

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n\s*(?=[•\-\*·]\s)|\n(?=\s*\S)")


def split_paragraphs(text: str) -> tuple[Span, ...]:
    """Non-empty lines or blocks of text, trimmed of surrounding white space."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(Span(start, end))
    return tuple(spans)


def split_sentences(doc: Doc) -> tuple[Sentence, ...]:
    """spaCy's sentences, never crossing a line break, trimmed of white space."""
    paragraphs = split_paragraphs(doc.text)
    out: list[Sentence] = []
    para_index = 0
    for sent in doc.sents:
        for piece in _split_on_newlines(doc.text, sent.start_char, sent.end_char):
            while para_index < len(paragraphs) - 1 and paragraphs[para_index].end <= piece.start:
                para_index += 1
            out.append(Sentence(span=piece, index=len(out), paragraph=para_index))
    return tuple(out)


def _split_on_newlines(text: str, start: int, end: int) -> list[Span]:
    pieces = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        s, e = start + match.start(), start + match.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            pieces.append(Span(s, e))
    return pieces
