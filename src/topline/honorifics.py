"""Honorifics and the gender each shows, read without spaCy.

The analysis (the gender of a person cluster, the entity step's shared surnames, the speaker
resolver) and the brief (whether a bare surname after "Mr." can be "Laura Bush") both ask
what gender an honorific before a name shows. The brief must not load spaCy, so the words
and the one reading of them live here rather than in :mod:`topline.analyze.gender`.
"""

from __future__ import annotations

import re

MALE_HONORIFICS = frozenset({"mr", "sir", "lord", "mister", "monsieur", "herr", "señor", "senor"})
FEMALE_HONORIFICS = frozenset(
    {"mrs", "ms", "miss", "lady", "dame", "madam", "madame", "mme", "mlle", "frau", "señora"}
)
#: Characters before a mention searched for its honorific (never past the line's start).
HONORIFIC_WINDOW = 60

_WORD = r"[A-Za-zÀ-ÿ'’-]+"
_LAST_WORD = re.compile(r"\b(" + _WORD + r")\.?\s+$")


def honorific_gender(word: str) -> str | None:
    """ "m" for "Mr"/"Sir"/"Mr.", "f" for "Mrs"/"Ms"/"Lady", else None (any case)."""
    low = word.lower().strip(".")
    if low in MALE_HONORIFICS:
        return "m"
    if low in FEMALE_HONORIFICS:
        return "f"
    return None


def line_before(text: str, start: int, window: int) -> str:
    """At most ``window`` characters before ``start``, never past the start of its line:
    where a name's honorific or title stands."""
    before = text[max(0, start - window) : start]
    return before[before.rindex("\n") + 1 :] if "\n" in before else before


def honorific_gender_before(text: str, start: int) -> str | None:
    """The gender ("m" or "f") of a capitalised honorific ending right before ``start``
    ("Mrs. Clinton", "Mr. Trump"), else None: a "Mrs." mention is never the man of a
    surname two people share, nor a "Mr." one the woman."""
    m = _LAST_WORD.search(line_before(text, start, HONORIFIC_WINDOW))
    if m and m.group(1)[0].isupper():
        return honorific_gender(m.group(1))
    return None
