"""A month or day without a year takes the year "last year" or "next year" before it names.

"Next year's race will be held on April 11", "Last year the plant closed on March 3": the
sentence has already said which year it speaks of, so the dateless month or day lies in it,
however near another year's one lies to the publication date (the resolver's nearest-by-tense
choice would give this year's April 11, two days back). This is the same-sentence case of the
narrative's reference time (:mod:`timex_narrative`), which news does not move for a deictic
"last year". A sentence-initial "In 2019," already frames what follows (``opens_frame``).

Only the deictic years: a written year in the sentence may sit in a clause of its own ("Under a
program approved in 1987 …, it had bought shares through Sept. 29") or modify a noun ("Kopp's
1987 Chevrolet … was found last month"), which a parse-free rule cannot tell from the
sentence's year (TBAQ even half: 2 of 2 such moves wrong). Not when the year closes a
comparison ("sales in March rose from last year") or bounds a stretch ("since last year").
"""

from __future__ import annotations

import bisect
import re

from topline.model import Timex

#: A year named from the present: "last year", "next year's".
_YEAR_PHRASE = re.compile(r"(?i)(?:last|next) year(?:['’]s)?")
#: A month named in the span ("March", "Sept. 29", "early April"), not "last month".
_MONTH_NAME = re.compile(
    r"(?i)(?:(?:early|mid|late|mid-)\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
#: A month ("2026-04") or a day ("2026-04-11") value.
_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
#: Words before the year that make it a bound or a comparison, not the sentence's year.
_NOT_THE_YEAR = re.compile(
    r"(?i)\b(?:since|until|till|through|by|before|after|from|than|compared with|compared to|"
    r"versus|vs\.|against|over)\s+(?:the\s+)?$"
)
#: A comma that opens a clause of its own (relative, adverbial or coordinated), not an
#: apposition ("Next year's race, the 50th, will be held on April 11").
_CLAUSE_AFTER_COMMA = re.compile(
    r"(?i),\s*(?:who|whom|whose|which|where|when|while|whereas|although|though|because|as|"
    r"after|before|since|until|if|and|but|or|so)\b"
)
#: A year written in the month's or day's own span ("March 3, 2019").
_WRITTEN_YEAR = re.compile(r"\d{4}|['’]\d\d\b")


def sentence_years(
    text: str, sentences: list[tuple[int, int]], out: list[Timex], published: str | None
) -> None:
    """Give a dateless month or day the year a year expression before it in its sentence
    names (see the module docstring); only expressions read from the publication date move."""
    starts = [s for s, _ in sentences]
    for i, t in enumerate(out):
        value = t.value or ""
        if not _MONTH_OR_DAY.fullmatch(value) or t.anchor != published:
            continue
        if _WRITTEN_YEAR.search(text, t.span.start, t.span.end):
            continue
        if not _MONTH_NAME.match(text, t.span.start, t.span.end):
            continue
        k = bisect.bisect_right(starts, t.span.start) - 1
        start = sentences[k][0] if k >= 0 else 0
        year = _year_before(text, out[:i], start, t.span.start)
        if year is not None and year != value[:4]:
            out[i] = Timex(t.span, t.type, year + value[4:], t.anchor)


def _year_before(text: str, before: list[Timex], start: int, after: int) -> str | None:
    """The year value of the last expression in the sentence (from ``start``) before the one
    at ``after``, when it names a year alone, is not a bound or a comparison and sits in the
    same clause; None when a month or day comes between."""
    for t in reversed(before):
        if t.span.start < start:
            return None
        value = t.value or ""
        if _MONTH_OR_DAY.fullmatch(value) or not value:
            return None  # a nearer month or day dates what follows
        phrase = text[t.span.start : t.span.end]
        if not (len(value) == 4 and value.isdigit() and _YEAR_PHRASE.fullmatch(phrase)):
            return None
        if _NOT_THE_YEAR.search(text, max(start, t.span.start - 20), t.span.start):
            return None
        lead = text[start : t.span.start]
        if _CLAUSE_AFTER_COMMA.search(lead[lead.rfind(",") :] if "," in lead else ""):
            return None  # "A co-defendant, who pleaded guilty last year, will be sentenced on
            # June 22": the year sits in a clause of its own
        if _CLAUSE_AFTER_COMMA.search(text, t.span.end, after):
            return None  # "… last year, and on June 2 it …": the month's clause is another
        return value
    return None
