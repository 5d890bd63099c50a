"""Temporal expressions (TIMEX3): spans from the grammar, values resolved against the anchor.

The anchor is the article's publication date (``Article.published``). The grammar
(:mod:`timex_grammar`) finds the spans, the resolver (:mod:`timex_resolve`) gives each a TimeML
type and value; the only thing read from the spaCy parse is the tense of the clause an expression
sits in, which decides whether "Friday" is the last one or the next one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Doc, Token

from topline.analyze.timex_grammar import find_candidates
from topline.analyze.timex_resolve import Context, Tense, resolve
from topline.model import Span, Timex
from topline.nlp import doc_text

#: Auxiliaries and governing verbs that put a clause in the future.
FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo"})
FUTURE_GOVERNORS = frozenset(
    {"expect", "schedule", "plan", "set", "due", "intend", "aim", "prepare", "hope", "vow"}
)
PAST_AUX = frozenset({"had", "did", "was", "were"})
MODALS = frozenset({"would", "could", "might", "may", "should"})
#: How many sentences back a quarter ("the third quarter") still frames "a year earlier".
QUARTER_WINDOW = 2


def parse_anchor(anchor: dt.date | str | None) -> tuple[dt.datetime | None, bool]:
    """The anchor as a datetime, and whether it carried a time of day.

    An article's anchor is its publication date (``Article.published``, a date: no time of
    day). Text anchors (the benchmarks' document creation times): ISO-8601 first, dateparser
    for anything else ("Thu, 16 Jan 2020 10:00:00 GMT"). An unreadable anchor counts as none.
    """
    if isinstance(anchor, dt.datetime):
        return anchor.replace(tzinfo=None), True
    if isinstance(anchor, dt.date):
        return dt.datetime(anchor.year, anchor.month, anchor.day), False
    if not anchor:
        return None, False
    text = anchor.strip()
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        import dateparser

        found = dateparser.parse(text, languages=["en"])
        if found is None:
            return None, False
        parsed = found
    return parsed.replace(tzinfo=None), len(text) > 10


def clause_tense(tokens: list[Token]) -> Tense:
    """The tense of the clause governing ``tokens``: walk up from their root to the verbs."""
    if not tokens:
        return None
    token = min(tokens, key=lambda t: len(list(t.ancestors)))
    for node in [token, *token.ancestors][:8]:
        if node.pos_ not in {"VERB", "AUX"} or node in tokens:
            continue
        aux = _aux(node)
        if aux & FUTURE_AUX or "going" in aux or (node.tag_ == "VB" and aux & MODALS):
            return "future"
        if (node.tag_ == "VB" and "to" in aux) or node.lemma_ in FUTURE_GOVERNORS:
            # "is due to expire Friday" is ahead; "had been due to expire Friday" may be past.
            return None if _past_above(node) else "future"
        if aux & PAST_AUX or node.tag_ == "VBD" or (node.tag_ == "VBN" and aux & {"has", "have"}):
            return "past"
        if node.tag_ in {"VBZ", "VBP"}:
            return "present"
        return None
    return None


def _aux(node: Token) -> set[str]:
    return {c.lower_ for c in node.children if c.dep_ in {"aux", "auxpass"}}


def _past_above(node: Token) -> bool:
    """Whether a verb at or above ``node`` puts the clause in the past ("had been due to …")."""
    for anc in [node, *node.ancestors][:6]:
        if anc.pos_ in {"VERB", "AUX"} and (_aux(anc) & PAST_AUX or anc.tag_ == "VBD"):
            return True
    return False


def _year_earlier(cand_rule: str, value: str | None, span_text: str) -> bool:
    """Expressions that mean "one year before now" ("a year ago", "last year", "year-earlier")."""
    if value is None or not value.isdigit():
        return False
    t = span_text.lower()
    return cand_rule == "year_ago_adj" or t.endswith(("a year ago", "a year earlier", "last year"))


def tag_text(
    text: str,
    anchor: dt.date | str | None,
    tense_at: Callable[[int, int], Tense] | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> tuple[Timex, ...]:
    """Timexes of a plain text; ``tense_at(start, end)`` supplies clause tense when known."""
    moment, has_time = parse_anchor(anchor)
    anchor_text = anchor.isoformat() if isinstance(anchor, dt.date) else anchor
    out: list[Timex] = []
    relative_year: set[int] = set()
    for cand in find_candidates(text):
        tense = tense_at(cand.start, cand.end) if tense_at else None
        resolved = resolve(cand, Context(moment, tense, has_time))
        if resolved is None:
            continue
        if _year_earlier(cand.rule, resolved.value, text[cand.start : cand.end]):
            relative_year.add(len(out))
        out.append(
            Timex(
                span=Span(cand.start, cand.end),
                type=resolved.type,
                value=resolved.value,
                anchor=anchor_text if moment else None,
            )
        )
    if sentences and relative_year:
        for k, (start, end) in enumerate(sentences):
            window = sentences[max(0, k - QUARTER_WINDOW)][0]
            inside = [i for i, t in enumerate(out) if window <= t.span.start < end]
            quarters = [out[i].value or "" for i in inside if "-Q" in (out[i].value or "")]
            for i in inside:
                t = out[i]
                if quarters and i in relative_year and t.value and t.span.start >= start:
                    quarter = quarters[-1] if t.span.start > start else quarters[0]
                    out[i] = Timex(t.span, t.type, f"{t.value}-{quarter[5:]}", t.anchor)
    return tuple(out)


def find_timexes(doc: Doc, anchor: dt.date | str | None) -> tuple[Timex, ...]:
    """TIMEX3 expressions of a parsed document, resolved against ``anchor`` when given."""

    def tense_at(start: int, end: int) -> Tense:
        span = doc.char_span(start, end, alignment_mode="expand")
        return clause_tense(list(span)) if span is not None else None

    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    return tag_text(doc_text(doc), anchor, tense_at, sentences)
