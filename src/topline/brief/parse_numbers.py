"""The Big number of a parsed Topline article: its value and what it counts, as spans.

Forbes writes "3,000. That's how many additional U.S. troops were deployed to the Middle East
following Soleimani's killing." The value is 3,000; what it counts is built from pieces of
that sentence — "additional U.S. troops" + "deployed to the Middle East" — leaving out the
frame ("That's how many"), the auxiliary ("were") and trailing circumstance ("following …").
Also read: "N: what it counts", "N — what it counts", "$1.2 billion. That's the amount …",
"45%: the share of …".
"""

from __future__ import annotations

import re

from topline.lazy_re import lazy
from topline.model import BigNumber, Span, join_spans

MULTIPLIERS = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}

_NUMBER = lazy(
    r"(?P<qualifier>(?:about|around|nearly|almost|more than|over|under|less than|fewer than|"
    r"at least|roughly|approximately|up to|some|an estimated)\s+)?"
    r"(?P<number>[$€£¥]?\s?(?P<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    r"(?:\s?(?P<mult>thousand|million|billion|trillion|bn|mn|tn|[kmb])\b)?"
    r"(?:\s?(?P<percent>%|percent\b|per cent\b))?)",
    re.IGNORECASE,
)
#: What sits between the number and the phrase that says what it counts.
_SEPARATOR = lazy(r"\s*(?:[.:]|[—–]|\s-)\s*")
#: The frame that introduces the counted phrase; it is left out of ``counts``.
_FRAME = lazy(
    r"(?:that[’']s|that is|this is|it[’']s|it is|the number is)\s+"
    r"(?:how many|how much|the (?:total |estimated |approximate )?(?:number|amount|sum|total|"
    r"share|percentage|proportion|count|value|cost|size) of|the)?\s*",
    re.IGNORECASE,
)
#: Auxiliaries dropped between the counted noun and its verb ("troops were deployed").
_AUXILIARY = lazy(
    r"\s+(?:were|was|are|is|have been|has been|had been|will be|would be|could be|"
    r"have|has|had|did|do|does)\s+(?=\w)",
    re.IGNORECASE,
)
#: Where the counted phrase ends: circumstance clauses and punctuation.
_CLAUSE_END = lazy(
    r"\s+(?:following|after|before|since|because|amid|during|in the wake of|when|while|"
    r"until|as a result of|due to|thanks to|according to)\b|[,;](?:\s|$)|(?<![A-Z])[.!?](?=\s|$)|"
    r"\s[—–]\s",
    re.IGNORECASE,
)


def number_value(match: re.Match[str]) -> float:
    value = float(match["digits"].replace(",", ""))
    mult = (match["mult"] or "").casefold()
    return value * MULTIPLIERS.get(mult, 1.0)


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:."):
        end -= 1
    return Span(start, end) if end > start else None


def _counted(text: str, start: int, end: int, framed: bool) -> list[Span]:
    """The spans of what the number counts, within ``text[start:end]``."""
    stop = _CLAUSE_END().search(text, start, end)
    end = stop.start() if stop else end
    pieces: list[Span] = []
    aux = _AUXILIARY().search(text, start, end) if framed else None
    if aux is not None:
        for s, e in ((start, aux.start()), (aux.end(), end)):
            span = _trim(text, s, e)
            if span is not None:
                pieces.append(span)
    else:
        span = _trim(text, start, end)
        if span is not None:
            pieces.append(span)
    return pieces


def parse_big_number(text: str, lines: list[Span]) -> BigNumber | None:
    """The Big number section's value and counted phrase, all from spans of ``text``."""
    spans = [s for s in lines if len(s)]
    if not spans:
        return None
    block = Span(spans[0].start, spans[-1].end)
    match = _NUMBER().match(text, block.start, block.end)
    if match is None:
        anywhere = _NUMBER().search(text, block.start, block.end)
        value = number_value(anywhere) if anywhere else None
        return BigNumber(text=join_spans(text, spans), spans=tuple(spans), value=value)
    number = Span(match.start("number"), match.end("number"))
    qualifier = match["qualifier"].strip() if match["qualifier"] else None
    rest = match.end()
    separator = _SEPARATOR().match(text, rest, block.end)
    if separator is not None:
        rest = separator.end()
    frame = _FRAME().match(text, rest, block.end)
    how_many = False
    if frame is not None and frame.end() > rest:
        how_many = re.search(r"\bhow (?:many|much)\b", frame.group(0), re.I) is not None
        rest = frame.end()
    counted = _counted(text, rest, block.end, how_many)
    pieces = [number, *counted]
    return BigNumber(
        text=join_spans(text, pieces),
        spans=tuple(pieces),
        value=number_value(match),
        counts=join_spans(text, counted) if counted else None,
        qualifier=qualifier,
    )
