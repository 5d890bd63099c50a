"""Direct and reported quotes (first version: quoted text with a nearby speech verb).

The quotes-and-attribution issue replaces this module.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from topline.model import EntityCluster, Quote, Source, Span

_QUOTED = re.compile(r"[“\"]([^“”\"\n]{3,}?)[”\"]")
_CUE = re.compile(r"\b(said|says|told|added|stated|wrote)\b")


def find_quotes(doc: Doc, clusters: tuple[EntityCluster, ...]) -> tuple[Quote, ...]:
    text = doc.text
    out = []
    for match in _QUOTED.finditer(text):
        line_end = text.find("\n", match.end())
        tail = text[match.end() : line_end if line_end != -1 else len(text)]
        cue = _CUE.search(tail[:80])
        if not cue:
            continue
        cue_span = Span(match.end() + cue.start(), match.end() + cue.end())
        speaker_text = tail[: cue.start()].strip(" ,")
        speaker = None
        if speaker_text:
            start = match.end() + tail.index(speaker_text)
            speaker = Source(
                name=speaker_text, span=Span(start, start + len(speaker_text)), kind="person"
            )
        out.append(
            Quote(
                span=Span(match.start(), cue_span.end),
                content_span=Span(match.start(1), match.end(1)),
                cue_span=cue_span,
                speaker=speaker,
                kind="direct",
            )
        )
    return tuple(out)
