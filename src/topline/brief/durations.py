"""A penalty's length as a Big number: "sentenced to five years in prison", "banned for at
least two years", "ordered its closure for three months".

Durations never reach the quantity grammar (the timex module reads them), and most say
nothing a reader needs ("for the last two days", "after 20 minutes"). One class is news in
any position: the length of a sentence, a ban or a suspension, which the text states right
after the verb or noun of the penalty. The figure is the DURATION timex (with a number in
it); what it counts is the place of the penalty when the text gives it ("in prison", "in
jail") or else the verb ("banned"). Quoted, hedged ("could face up to 10 years"), possible
("faces a maximum sentence of 175 years if convicted") and negated penalties are no
candidates, as for any Big number.
"""

from __future__ import annotations

import re

from topline.brief import editorial_rules as rules
from topline.model import Analysis, Span, Timex

# --- tunable constants -------------------------------------------------------------------

#: The score of a penalty's length (:func:`topline.brief.bignumber.score` scale: a count of
#: people weighs 3.0 plus its magnitude, money 2.5 plus its magnitude).
PENALTY_SCORE = 3.0
#: The verb or noun of a penalty, then at most a few words ("banned Guffick from the
#: classroom for"), right before the duration.
_PENALTY = re.compile(
    r"\b(?P<cue>sentenced|jailed|imprisoned|banned|barred|suspended|disqualified|"
    r"closure|ban|suspension|sentence)\b[^.;:!?\"“”]{0,60}?\b(?:to|for|of)\s+$",
    re.I,
)
#: Where a sentence is served, right after its length.
_WHERE_SERVED = re.compile(
    r"\s+(?:in (?:prison|jail|custody|a young offender institution)|behind bars)\b"
)
#: The penalty named after its length by a possessive ("three years' probation").
_OF_WHAT = re.compile(r"['’]\s+([a-z]+(?:\s+(?:order|sentence|ban))?)\b")
_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|a dozen)\b",
    re.I,
)
#: A penalty that may come, not one imposed: "faces a maximum sentence of 175 years",
#: "up to", "if convicted", a question.
_POTENTIAL = re.compile(
    r"\b(?:maximum|max|faces?|facing|up to|if convicted|if found guilty|potential)\b|\?", re.I
)
_VALUE = re.compile(r"P(\d+(?:\.\d+)?)[YMWD]")


def penalty_length(
    analysis: Analysis, timex: Timex, quoted: list[Span]
) -> tuple[Span, Span] | None:
    """The duration's span and what it counts ("in prison", or the penalty's verb), when
    the timex is the length of a penalty stated as fact; else None."""
    text = analysis.article.text
    span = timex.span
    if timex.type != "DURATION" or not _NUMBER.search(span.of(text)):
        return None
    cue = _PENALTY.search(text, max(0, span.start - 90), span.start)
    if cue is None or any(q.contains(span) for q in quoted):
        return None
    if rules.negated_or_hedged(text, span) or rules.negated_or_hedged(
        text, Span(cue.start("cue"), cue.end("cue"))
    ):
        return None  # "could face up to 10 years", "was not banned for two years"
    sentence = next((s.span for s in analysis.sentences if s.span.contains(span)), span)
    if _POTENTIAL.search(text, sentence.start, sentence.end):
        return None  # "He now faces a maximum sentence of 175 years … if convicted"
    served = _WHERE_SERVED.match(text, span.end)
    if served is not None:
        start = served.start() + len(served.group(0)) - len(served.group(0).lstrip())
        return span, Span(start, served.end())
    kind = _OF_WHAT.match(text, span.end)  # "three years' probation"
    if kind is not None:
        return span, Span(kind.start(1), kind.end(1))
    counted = Span(cue.start("cue"), cue.end("cue"))
    if rules.not_a_noun_phrase(counted.of(text)):
        return None  # "sentenced" alone reads as a verb fragment: "five years — sentenced"
    return span, counted


def duration_value(timex: Timex) -> float | None:
    """The count in the timex's ISO-8601 value ("P5Y" → 5)."""
    match = _VALUE.search(timex.value or "")
    return float(match.group(1)) if match else None
