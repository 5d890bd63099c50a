"""Numbers written in digits or words, shared by the timex and quantity grammars.

Both grammars need "twenty four", "two dozen", "1.2 billion" and "3,000" as values, and the
same regular expression to find them, so the vocabulary lives here once.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, float] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
#: Words that stand for a number: "a dozen", "a couple of", "half".
SPECIAL: dict[str, float] = {"a": 1, "an": 1, "dozen": 12, "couple": 2, "half": 0.5, "single": 1}
ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}

_UNIT_RE = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_RE = "|".join(TENS)
_SCALE_RE = "|".join(SCALES)
#: One number word group: "twenty-four", "ninety", "seven".
WORD_NUMBER = rf"(?:(?:{_TENS_RE})(?:[- ](?:{_UNIT_RE}))?|{_UNIT_RE})"
#: Digits with thousands separators and decimals: "3,000", "8.5", "1.2".
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: A full cardinal: digits or words, optionally scaled ("1.2 billion", "two hundred thousand").
CARDINAL = (
    rf"(?:(?:{DIGITS})|{WORD_NUMBER}(?:[- ]hundred)?(?:(?: and)? {WORD_NUMBER})?)"
    rf"(?: (?:{_SCALE_RE}))*"
)


def parse_cardinal(text: str) -> float | None:
    """The value of a cardinal in digits or words; None when it is not one.

    >>> parse_cardinal("twenty-four"), parse_cardinal("1.2 billion"), parse_cardinal("3,000")
    (24.0, 1200000000.0, 3000.0)
    """
    words = re.split(r"[\s-]+", text.strip().lower().replace(",", ""))
    words = [w for w in words if w and w != "and"]
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            current += float(word)
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SPECIAL:
            current += SPECIAL[word] if current == 0 else 0
            if word == "dozen" and current:
                current = current * 12 if current != 12 else 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def format_number(value: float) -> str:
    """ISO-8601 style number: integers without a decimal point ("3", "1.5")."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
