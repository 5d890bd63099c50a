"""Quantities: the number, its qualifier and unit, what it counts and the verb that tells why.

Spans come from a grammar over the text (digits and words, "two dozen", "$1.2 billion",
"8.5%", "at least", "more than half"); what a number counts and its governing verb come from
the dependency parse: the noun the number modifies ("3,000 additional U.S. troops"), the object
of "of" ("two dozen of its members"), or the noun phrase of a following "That's how many …"
sentence (the Forbes Big-number form). Numbers inside temporal expressions (years, dates,
durations) and ages are left to the timex module, so a year never becomes a Big number.

A count must agree with what it counts: a number above one before a singular noun describes it
("a 1944 speech", "a 25,000 crowd") and counts nothing; "one of the …" is a pronoun; hyphenated
compounds ("six-pack"), capitalised word numbers in names ("the Six Nations"), clock times
("22 GMT") and list markers are not counts. These rules come from reading real news output
(benchmarks/bignumber_audit.py), not the fixture.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from topline.analyze.intervals import SpanIndex
from topline.analyze.numbers import DIGITS, WORD_NUMBER, parse_cardinal
from topline.analyze.rule_starts import start_index
from topline.model import Quantity, Span, Timex
from topline.nlp import doc_text

# --- tunable vocabulary ------------------------------------------------------------------

QUALIFIERS = (
    "at least|at most|more than|less than|fewer than|nearly|almost|about|around|approximately|"
    "roughly|some|up to|over|under|as many as|as much as|as few as|close to|an estimated|"
    "upwards of|no fewer than|no more than|just over|just under|well over|only|just|exactly"
)
CURRENCIES = {
    "$": "USD",
    "us$": "USD",
    "c$": "CAD",
    "a$": "AUD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
}
CURRENCY_WORDS = {"dollars": "USD", "euros": "EUR", "pounds": "GBP", "yen": "JPY"}
SCALE = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "b": 1e9,
}
#: Plural quantity words and the least they mean ("dozens of" = at least 24).
VAGUE = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2_000,
    "tens of thousands": 20_000,
    "hundreds of thousands": 200_000,
    "millions": 2_000_000,
}
FRACTIONS = {
    "half": 0.5,
    "a half": 0.5,
    "a third": 1 / 3,
    "one-third": 1 / 3,
    "two-thirds": 2 / 3,
    "a quarter": 0.25,
    "one-quarter": 0.25,
    "three-quarters": 0.75,
}
#: Modifier dependencies kept in the counted phrase ("additional U.S. troops").
PHRASE_DEPS = {"amod", "compound", "nmod", "nummod", "advmod", "npadvmod", "quantmod", "punct"}
#: Sentence openings that say what a preceding bare number counts.
HOW_MANY = re.compile(
    r"(?i)^\W*(?:that|this)(?:['’]s| is| was) (?:how many|how much|the (?:number|share|"
    r"percentage|proportion|amount) of) "
)
#: Singular nouns a number > 1 may still count: units and collective or invariant nouns
#: ("300 km", "90 crew"). Any other singular noun after such a number is described by it, not
#: counted ("a 1944 speech", "a 25,000 crowd", "a 12 inch screen").
UNCOUNTED_OK = frozenset(
    """km kg mg g lb lbs oz ft mph kph mm cm m mi ha mw gw kw kwh gb mb tb ml bpm mpg sq
    crew staff police personnel cattle livestock sheep deer fish aircraft spacecraft
    series species people offspring stone""".split()
)
#: Parts of speech that, right after a capitalised noun, show it opened a new clause.
VERBAL = frozenset({"VERB", "AUX"})
#: Heads whose phrase a counted noun can sit inside (then a verb above is about them).
NOMINAL_HEADS = frozenset({"NOUN", "PROPN", "PRON"})
#: Links :func:`_verb` follows up through a noun: coordination, apposition, and a number
#: modifying the noun it counts.
PASSED_DEPS = frozenset({"conj", "appos", "nummod", "quantmod"})
#: Text right after a number that makes it a clock time or a day of a month ("22 GMT", "3 March").
CLOCK_OR_DAY = re.compile(
    r"\s?(?:GMT|BST|UTC|CET|CEST|[ECMP][SD]T|ET|PT)\b|\s(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
    r"Nov|Dec)\b"
)
#: A list marker: a number alone at the start of a line, then "." or ")" ("1. Taxes rise").
LIST_MARKER = re.compile(r"(?:^|\n)[ \t(]*$")
#: Text right before a number that makes it a rank or a label ("No. 1", "#3", "Room 12").
RANK = re.compile(r"(?i)(?:\bno\.|\bnos\.|#|\bnumber|\d[-–])\s*$")

_VAGUE_RE = "|".join(sorted(VAGUE, key=len, reverse=True))
_FRACTION_RE = "|".join(sorted(FRACTIONS, key=len, reverse=True))
PATTERN = re.compile(
    rf"(?<![\w$€£¥.,-])(?:(?P<qual>{QUALIFIERS}) )?"
    rf"(?:(?P<cur>US\$|C\$|A\$|\$|€|£|¥) ?)?"
    rf"(?P<num>{DIGITS}|(?:a |one |two |three |four |five |several |a few )?dozen|{_VAGUE_RE}|"
    rf"{_FRACTION_RE}|{WORD_NUMBER}(?:[- ]hundred)?(?:(?: and)? {WORD_NUMBER})?)"
    rf"(?P<scale>(?: ?(?:hundred|thousand|million|billion|trillion))+|(?:bn|mn|m|b|k)(?![\w]))?"
    rf"(?: ?(?P<pct>%|percent\b|per cent\b|percentage points?\b)| (?P<curword>dollars|euros|"
    rf"pounds|yen)\b)?(?![\w]|[.,]\d|[-–]\d)(?(cur)|(?![-–][^\W\d_]))",
    re.IGNORECASE,
)


def _value(m: re.Match[str]) -> float | None:
    num = m.group("num").lower()
    if num in VAGUE:
        base: float | None = VAGUE[num]
    elif num in FRACTIONS:
        base = FRACTIONS[num]
    elif num.endswith("dozen"):
        lead = num[: -len("dozen")].strip()
        base = 12 * (parse_cardinal(lead) or 1) if lead not in {"several", "a few"} else 36
    else:
        base = parse_cardinal(num)
    if base is None:
        return None
    for word in (m.group("scale") or "").lower().split():
        base *= SCALE.get(word, 1)
    return base


def _unit(m: re.Match[str]) -> str | None:
    if m.group("cur"):
        return CURRENCIES.get(m.group("cur").lower())
    if m.group("curword"):
        return CURRENCY_WORDS[m.group("curword").lower()]
    if m.group("pct"):
        return "percentage point" if "point" in m.group("pct").lower() else "%"
    if m.group("num").lower() in FRACTIONS:
        return "fraction"
    return None


def _phrase(noun: Token, after: int) -> tuple[Token, Token]:
    """First and last token of the counted phrase: ``noun`` with its modifiers after ``after``."""
    first = noun
    for tok in reversed(list(noun.doc[after + 1 : noun.i])):
        if tok.dep_ in PHRASE_DEPS or tok.head.i < noun.i and tok.head.i > after:
            if tok.pos_ in {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ"}:
                break
            first = tok
        else:
            break
    while first.i < noun.i and (first.is_punct or first.pos_ == "NUM"):
        first = noun.doc[first.i + 1]
    return first, noun


def _verb(noun: Token, number: SpacySpan | None = None, *, own: bool = True) -> Token | None:
    """The verb that tells what happened to the counted noun, if the noun is its own
    argument: the path up may pass prepositions, coordinated or apposed nouns and the
    number itself ("40 percent of members are required"), but not another noun's phrase
    ("services for the 12 miners will be held" holds the services, not the miners; "the
    homes of 40 families were flooded" floods homes). ``own=False``, for a number that
    counts no noun, takes the first verb above ("paid a fine of €775 million")."""
    child = noun
    for anc in noun.ancestors:
        if anc.pos_ == "VERB":
            return anc
        in_number = number is not None and number.start <= anc.i < number.end
        if own and anc.pos_ in NOMINAL_HEADS and child.dep_ not in PASSED_DEPS and not in_number:
            return None
        if anc.dep_ == "ROOT":
            break
        child = anc
    return None


def _counted(num: SpacySpan, value: float = 0.0) -> tuple[Token, Token, Token | None] | None:
    """(first, last, verb) of what the number counts, from the parse.

    ``value`` is the number's value when it is a bare count (None-like 0 for money and
    percentages, which may modify any noun: "a £330m investment"): a count above one must
    agree with a plural noun, else the number describes the noun rather than counting it.
    """
    doc = num.doc
    last = num[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "of" and num.text.lower() == "one":
        return None  # "one of the biggest films": a pronoun, not a count
    if nxt is not None and nxt.lower_ == "of":
        pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"}:
            if not _counts_head(pobj, value):
                return None  # "within 500m of the gate": a distance, not a share of a gate
            first, end = _phrase(
                pobj, max(nxt.i, *(c.i for c in pobj.lefts if c.dep_ in {"det", "poss"}), nxt.i)
            )
            return first, end, _verb(pobj, num)
    for tok in num:
        head = tok.head
        if tok.dep_ in {"nummod", "quantmod", "amod", "compound", "nmod"} and head.i > last.i:
            if head.pos_ in {"NOUN", "PROPN"} and head.i - last.i <= 6:
                if not _counts_head(head, value):
                    return None
                first, end = _phrase(head, last.i)
                return first, end, _verb(head)
    return None


def _counts_head(head: Token, value: float) -> bool:
    """Whether a noun the number modifies is what it counts (see :func:`_counted`)."""
    if head.tag_ in {"NN", "NNS"} and head.is_title and not head.is_sent_start:
        # "she was 19 Officers said …": a lost full stop, the noun opens a new clause.
        nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if head.dep_ in {"nsubj", "nsubjpass"} or (nxt is not None and nxt.pos_ in VERBAL):
            return False
    singular = head.tag_ in {"NN", "NNP"}
    return not (value > 1 and singular and head.lower_ not in UNCOUNTED_OK)


def _how_many(doc: Doc, num: SpacySpan) -> tuple[Token, Token, Token | None] | None:
    """ "Big number: 3,000. That's how many additional U.S. troops were deployed …"."""
    sent = num.sent
    if sent.end >= len(doc):
        return None
    following = doc[sent.end].sent
    # the sentence's characters (its ``.text`` is rebuilt from every token, per number)
    m = HOW_MANY.match(doc_text(doc)[following.start_char : following.end_char])
    if not m:
        return None
    start = following.start_char + m.end()
    tokens = [t for t in following if t.idx >= start]
    noun_end = None
    for tok in tokens:
        if tok.pos_ in {"AUX", "VERB"} or tok.dep_ in {"relcl"}:
            break
        if tok.pos_ in {"NOUN", "PROPN"}:
            noun_end = tok
    if noun_end is None or not tokens:
        return None
    verb = next((t for t in tokens if t.i > noun_end.i and t.pos_ == "VERB"), None)
    return tokens[0], noun_end, verb


def _blocked(m: re.Match[str], text: str, timex_spans: SpanIndex) -> bool:
    start, end = m.span()
    if timex_spans.overlaps(start, end):  # one bisection, not a scan of every timex per number
        return True
    if RANK.search(text[max(0, start - 8) : start]):
        return True
    if CLOCK_OR_DAY.match(text, end):
        return True
    if LIST_MARKER.search(text[max(0, start - 8) : start]) and re.match(r"[.)]\s", text[end:]):
        return True
    after = text[end : end + 12].lower()
    return bool(re.match(r"-year-old|-month-old| years? old|-years?-old|(?:st|nd|rd|th)\b", after))


def find_quantities(doc: Doc, timexes: tuple[Timex, ...] = ()) -> tuple[Quantity, ...]:
    """Quantities of a parsed document; numbers inside ``timexes`` are not quantities."""
    text = doc_text(doc)
    spans = SpanIndex((t.span.start, t.span.end) for t in timexes)
    out: list[Quantity] = []
    # ``finditer``'s matches, the pattern tried only where one can start (the index the
    # TIMEX rules made of the same text)
    for m in start_index(text).finditer(PATTERN):
        if _blocked(m, text, spans):
            continue
        value = _value(m)
        num = doc.char_span(m.start("num"), m.end(), alignment_mode="expand")
        if value is None or num is None:
            continue
        word_number = not m.group("num")[0].isdigit() and not m.group("cur")
        if word_number and _in_name(num):
            continue
        count = value if not (m.group("cur") or m.group("pct") or m.group("curword")) else 0.0
        # A token that runs past the number ("148,000.That", a space lost in scraping) was
        # parsed as one word with the next sentence: its attachments say nothing.
        glued = num.end_char > m.end()
        counted = None if glued else _counted(num, count) or _how_many(doc, num)
        if word_number and counted is None and not m.group("pct") and not m.group("qual"):
            continue  # "the two met", "one of them": a word number that counts nothing
        if _model_number(num, m):
            continue
        first, last, verb = counted if counted else (None, None, _verb(num.root, own=False))
        counts_span = Span(first.idx, last.idx + len(last)) if first and last else None
        out.append(
            Quantity(
                span=Span(m.start(), m.end()),
                value=value,
                unit=_unit(m),
                counts=counts_span.of(text) if counts_span else None,
                counts_span=counts_span,
                qualifier=m.group("qual").lower() if m.group("qual") else None,
                verb=verb.text if verb is not None else None,
                verb_span=Span(verb.idx, verb.idx + len(verb)) if verb is not None else None,
            )
        )
    return tuple(out)


def _in_name(num: SpacySpan) -> bool:
    """ "the Six Nations", "the Big Four": a capitalised word number inside a sentence."""
    first = num[0]
    if not first.is_title or first.is_sent_start:
        return False
    prev = num.doc[first.i - 1]
    return not (prev.is_punct or prev.is_space)


def _model_number(num: SpacySpan, m: re.Match[str]) -> bool:
    """ "Boeing 737", "Flight 302", "COVID-19": a name's number, not a count."""
    if m.group("cur") or m.group("pct") or m.group("qual") or not m.group("num")[0].isdigit():
        return False
    prev = num.doc[num.start - 1] if num.start > 0 else None
    if prev is None:
        return False
    glued = prev.idx + len(prev) == num.start_char and prev.is_alpha  # "COVID19", "F16"
    return glued or (prev.pos_ == "PROPN" and prev.is_title and "," not in num.text)
