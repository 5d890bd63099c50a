"""A digest page ("In brief", "Also …") holds several stories; the brief is of the first.

News digests set each item as a headline line, a few paragraphs, and the writer's sign-off
run into the last sentence ("… the No. 1 force in Spain."--Kim Hjelmgaard.), then the next
item's headline. Briefed as one article, such a page mixes stories: bullets, a Big number
and Key background from three unrelated events under the first one's Topline (an editor's
read of sample F, ninth session). Two marks together end a story: a paragraph that closes on
a sign-off (a dash and a name of two or three capitalised words after the sentence's final
stop), and a next paragraph that is a headline line of its own (:func:`~topline.brief.
headline.headline_line`) or a digest's "Also …" line. A sign-off alone may close a pull quote
("“…” — Ada Lovelace") and a headline line alone may be a subhead of the same story.

The brief's copy of the analysis keeps only what lies in the first story (sentences, quotes,
attributions, quantities, dates, entities); the text and its offsets are unchanged.
:func:`strip_sign_off` leaves the sign-off out of any sentence shown.
"""

from __future__ import annotations

import dataclasses
import re

from topline.brief.headline import MAX_TITLE_WORDS, headline_line
from topline.model import Analysis, Span

#: The writer's sign-off after a sentence's final stop: '."--Kim Hjelmgaard.', '.--John Bacon.'
SIGN_OFF = re.compile(
    r"(?<=[.!?\"”’'])[ \t]*(?:--|—|–)[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][\w'’-]+){1,2}\.?[ \t]*$"
)
#: A digest's line before its shorter items.
_ALSO = re.compile(r"^\W*(?:Also|More|In other news|Elsewhere)\b[\s.…:]*$", re.I)
_BLANK = re.compile(r"\n[ \t\xa0]*\n")
_DASH_NAME = re.compile(r"(?:--|—|–)[ \t]*[A-Z][a-z]+[ \t]+[A-Z]")
#: The first story must have at least this many sentences for the cut to be made.
MIN_STORY_SENTENCES = 3


def strip_sign_off(text: str, span: Span) -> Span:
    """The sentence without a sign-off run into its end."""
    tail = text[max(span.start, span.end - 40) : span.end]
    if "--" not in tail and "—" not in tail and "–" not in tail:
        return span  # most sentences: no dash near the end
    match = SIGN_OFF.search(text, span.start, span.end)
    return Span(span.start, match.start()) if match is not None else span


def story_end(text: str) -> int | None:
    """Where the first story of a digest ends (the end of its signed-off paragraph), or
    None when the text is one story."""
    if _DASH_NAME.search(text) is None:
        return None  # no sign-off anywhere: one story (most texts)
    paragraphs: list[tuple[int, int]] = []
    start = 0
    for m in _BLANK.finditer(text):
        if text[start : m.start()].strip():
            paragraphs.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        paragraphs.append((start, len(text)))
    for (start, end), (nxt_start, nxt_end) in zip(paragraphs, paragraphs[1:], strict=False):
        if SIGN_OFF.search(text[start:end].rstrip()) is None:
            continue
        nxt = text[nxt_start:nxt_end].strip()
        one_line = "\n" not in nxt and len(nxt.split()) <= MAX_TITLE_WORDS
        if one_line and (headline_line(nxt) or _ALSO.match(nxt)):
            return end
    return None


def first_story(analysis: Analysis) -> Analysis:
    """The analysis of the digest's first story only (the analysis itself when the text is
    one story or the first story is too short to brief)."""
    end = story_end(analysis.article.text)
    if end is None:
        return analysis
    sentences = tuple(s for s in analysis.sentences if s.span.end <= end)
    if len(sentences) < MIN_STORY_SENTENCES:
        return analysis
    return dataclasses.replace(
        analysis,
        sentences=sentences,
        paragraphs=tuple(p for p in analysis.paragraphs if p.end <= end),
        entities=tuple(e for e in analysis.entities if e.span.end <= end),
        quotes=tuple(q for q in analysis.quotes if q.span.end <= end),
        attributions=tuple(a for a in analysis.attributions if a.claim_span.end <= end),
        quantities=tuple(q for q in analysis.quantities if q.span.end <= end),
        timexes=tuple(t for t in analysis.timexes if t.span.end <= end),
        events=tuple(e for e in analysis.events if e.span.end <= end),
    )
