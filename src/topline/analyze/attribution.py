"""Source attribution of claims (first version: "according to X").

The quotes-and-attribution issue replaces this module.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from topline.model import Attribution, EntityCluster, Quote, Source, Span

_ACCORDING = re.compile(r"\b[Aa]ccording to ((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*)")


def find_attributions(
    doc: Doc, clusters: tuple[EntityCluster, ...], quotes: tuple[Quote, ...]
) -> tuple[Attribution, ...]:
    out = []
    for sent in doc.sents:
        for match in _ACCORDING.finditer(sent.text):
            base = sent.start_char
            src = Span(base + match.start(1), base + match.end(1))
            out.append(
                Attribution(
                    claim_span=Span(sent.start_char, sent.end_char),
                    source=Source(name=match.group(1), span=src, kind="other"),
                    cue_span=Span(base + match.start(), base + match.start(1) - 1),
                )
            )
    return tuple(out)
