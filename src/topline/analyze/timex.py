"""Temporal expressions (first version: spaCy DATE/TIME entities, unresolved).

The dates-numbers-events issue replaces this module with a TIMEX3 grammar.
"""

from __future__ import annotations

from spacy.tokens import Doc

from topline.model import Span, Timex


def find_timexes(doc: Doc, anchor: str | None) -> tuple[Timex, ...]:
    return tuple(
        Timex(span=Span(ent.start_char, ent.end_char), type=ent.label_, value=None, anchor=anchor)
        for ent in doc.ents
        if ent.label_ in {"DATE", "TIME"}
    )
