"""Quantities (first version: spaCy's numeric entities with the noun they modify).

The dates-numbers-events issue replaces this module.
"""

from __future__ import annotations

from spacy.tokens import Doc

from topline.model import Quantity, Span

_NUMERIC = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _value(text: str) -> float | None:
    digits = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    try:
        return float(digits) if digits else None
    except ValueError:
        return None


def find_quantities(doc: Doc) -> tuple[Quantity, ...]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in _NUMERIC:
            continue
        value = _value(ent.text)
        if value is None:
            continue
        head = ent.root.head
        counts = head.text if head.pos_ == "NOUN" else None
        counts_span = Span(head.idx, head.idx + len(head.text)) if counts else None
        out.append(
            Quantity(
                span=Span(ent.start_char, ent.end_char),
                value=value,
                counts=counts,
                counts_span=counts_span,
            )
        )
    return tuple(out)
