"""Two sentences glued with no punctuation, or at a full stop with no space, become two
candidates.

A photo caption that lost its line break runs into the next sentence ("… was found in her
bedroom Her body was found by other nuns …"); the glue point is
:func:`~topline.brief.editorial_rules.glued_sentence`. Shown whole, such a sentence is a
run-on an editor would not sign, so the brief shows only what follows the glue point
(:func:`topline.brief.features.sentence_views`). What comes before it is often worth a
bullet of its own, though: captions state the story's key facts, and news summaries repeat
them. Here the brief's copy of the analysis gets both halves as sentences of their own, with
their own indices, so that every part of the brief (scores, selection, Key background)
treats them as two sentences. The analysis itself, and everything else that reads it, is
unchanged.

The first half is a bullet candidate only (a caption is never the Topline), and only when
it reads as a statement of news: one that describes the picture ("pictured", "is seen",
"poses", "in this photo": :data:`~topline.brief.lede.CAPTION` and :data:`PICTURE_WORDS`) or
has no finite auxiliary or modal (:data:`FINITE`: "The new footbridge lit up in blue …")
stays left out, as before. A caption's label ("Accused: Dr X, 38, has denied …") is left
out of the half, which starts after it.

A full stop run into the next sentence with no space ("… to the rest of the UK.The line was
closed …") is a sentence boundary the splitter missed: both pieces are whole sentences, and
either may be the Topline (before this, the run-on rule refused the whole).
"""

from __future__ import annotations

import dataclasses
import re

from topline.brief.editorial_rules import glued_sentence, glued_stops
from topline.brief.lede import CAPTION
from topline.model import Analysis, Sentence, Span

#: Wording that describes a picture rather than telling the news.
PICTURE_WORDS = re.compile(
    r"\b(?:is|are|was|were) (?:seen|shown|pictured|captured|filmed|photographed)\b|"
    r"\bposes?\b|\bposing\b|\bsmiles?\b|\btalks to (?:the )?(?:media|reporters)\b|"
    r"\b(?:above|below|left|right|inset)\b",
    re.I,
)
#: A caption's label: up to four words and a colon at the start ("Slain in cold blood:").
_LABEL = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,3}: +(?=[A-Z0-9])")
#: A finite auxiliary or modal: a first half with none is a caption's description ("The
#: new footbridge lit up in blue …", "A man pulls a trailer …"), not a statement of news
#: ("Dr X, 38, has denied four counts …", "Y was stabbed …").
FINITE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|shall)\b"
    r"|['’](?:s|re|ve|ll|d) (?:been|not|never|now|already|also)\b",
    re.I,
)
#: A first half shorter than this (in words, after its label) is no candidate.
MIN_HEAD_WORDS = 5


def _split_caption(text: str, span: Span) -> list[tuple[Span, bool]]:
    """The span, or the two halves either side of its last glue point (the first half
    without its label and trailing white space, flagged as a head), when the first half does
    not read as a caption."""
    point = glued_sentence(span.of(text))
    if point is None:
        return [(span, False)]
    cut = span.start + point
    end = cut
    while end > span.start and text[end - 1].isspace():
        end -= 1
    start = span.start
    label = _LABEL.match(text, start, end)
    if label is not None:
        start = label.end()
    head = text[start:end]
    caption = CAPTION.search(head) or PICTURE_WORDS.search(head) or not FINITE.search(head)
    if caption or len(head.split()) < MIN_HEAD_WORDS:
        return [(span, False)]  # the sentence's view leaves the caption out, as before
    return [(Span(start, end), True), (Span(cut, span.end), False)]


def _split(text: str, sentence: Sentence) -> list[tuple[Span, bool]]:
    """The sentence cut where a full stop runs into the next sentence with no space (each
    piece a whole sentence, :func:`~topline.brief.editorial_rules.glued_stops`), and each
    piece cut again at a caption's glue point; a piece is flagged when it is the half before
    a caption's glue point."""
    span = sentence.span
    cuts = [span.start + p for p in glued_stops(span.of(text))]
    bounds = [span.start, *cuts, span.end]
    pieces: list[tuple[Span, bool]] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        pieces.extend(_split_caption(text, Span(start, stop)))
    return pieces


def split_glued(analysis: Analysis) -> tuple[Analysis, frozenset[int]]:
    """The analysis with every glued sentence split in two, re-indexed in text order, and
    the indices of the first halves. Both halves keep the sentence's paragraph and its
    ``has_verb`` (the tagger's reading of the whole); the analysis is returned unchanged
    when nothing is glued."""
    text = analysis.article.text
    pieces = [(_split(text, s), s) for s in analysis.sentences]
    if all(len(spans) == 1 for spans, _ in pieces):
        return analysis, frozenset()
    sentences: list[Sentence] = []
    heads: set[int] = set()
    for spans, s in pieces:
        for span, head in spans:
            if head:
                heads.add(len(sentences))
            sentences.append(dataclasses.replace(s, span=span, index=len(sentences)))
    return dataclasses.replace(analysis, sentences=tuple(sentences)), frozenset(heads)
