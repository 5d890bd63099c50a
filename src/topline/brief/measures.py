"""Which small figures still measure something: a unit of measure, or people harmed.

The Big number refuses small counts outside the lede ("four bogeys", "three reading rooms"):
they count detail. Two classes of small figure are news wherever they stand:

* a **measure**: a number with a unit of measure ("more than 3 tons of food", "three miles
  of forest", "6 inches of rain"). What a unit is comes from Pint's unit registry (a real,
  maintained list of physical units, with plurals and abbreviations), not from a word list
  of our own: the counted noun is a unit when Pint reads it as a unit of the same name with
  a physical dimension (length, area, volume, mass, energy, power, speed …). Durations are
  left to the timex module, dimensionless units (degrees, turns, counts, bytes) and
  printers' units are no measures, and a few everyday nouns that Pint also knows as old
  units count things in news ("three points", "two shots", "four hands", "three cups"):
  :data:`topline.brief.unit_table.EVERYDAY_NOUNS`. Pint's answer for every word it can read
  is computed ahead of time (:mod:`topline.brief.unit_table`, tested against the installed
  Pint) and shipped as ``data/units_of_measure.txt``: building Pint's registry in every
  process cost ≈ 0.2 CPU-s, more than a one-article brief's own work.
* **people harmed**: a count of people killed, injured, missing … ("Three people were killed
  in the crash"): a casualty count is what a reader looks for in any position.

A sum of money is news when something names it: after it ("$4 billion on roads", in
:mod:`.bignumber`) or before it ("a club record profit of £18.7million", "a deal worth
$600 million"): :func:`named_before`.

A measure of distance that says *where* ("a town 85 miles south-west of Durban", "lives
3,000 miles away") measures no amount of anything: :func:`says_where`.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from topline.model import Quantity, Span

# --- tunable vocabulary ------------------------------------------------------------------

#: Currency codes of :mod:`topline.analyze.quantities` (a sum of money).
MONEY = frozenset({"USD", "EUR", "GBP", "JPY", "CAD", "AUD"})

#: Words after a person count that say the people were harmed ("were killed", "died", "are
#: missing", "were found dead"), up to the end of the clause.
_HARMED = re.compile(
    r"^[^.;:!?\"“”]{0,40}?\b(?:killed|died|dead|injured|wounded|hurt|drowned|missing|"
    r"hospitali[sz]ed|slain|murdered|shot dead|lost their lives)\b",
    re.I,
)
#: After a distance, words that make it a position ("85 miles south-west of Durban",
#: "3,000 miles away", "5 miles (8km) off the coast"). "From" after it is no sign: "travelled
#: 1,200 miles from Oregon" is a journey.
_WHERE = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:to the\s+)?(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ward)?|"
    r"away|outside|off|offshore|inland|upstream|downstream|beyond|short of)\b",
    re.I,
)

#: Before a distance, words that make it a position ("converted from 12 yards", "within 5 km").
_WHERE_BEFORE = re.compile(r"\b(?:from|within)\s+$", re.I)


@cache
def _units_of_measure() -> frozenset[str]:
    """The lower-case words Pint reads as units of measure (``data/units_of_measure.txt``,
    built by :mod:`topline.brief.unit_table`)."""
    table = resources.files("topline") / "data" / "units_of_measure.txt"
    return frozenset(table.read_text(encoding="utf-8").split())


def unit_of_measure(word: str) -> bool:
    """``word`` is a unit of measure by Pint's registry ("tons" → ton, "km" → kilo-meter,
    "feet" → foot; not "units", "points", "hours" or "degrees": :mod:`.unit_table`), and is
    written as a unit is, not capitalised as a name ("12 Years a Slave", "two Newtons")."""
    low = word.strip(".,")
    if not low.isalpha() or low[:1].isupper() and not low.isupper():
        return False
    return low.lower() in _units_of_measure()


def is_measure(q: Quantity) -> bool:
    """A number with a unit of measure ("more than 3 tons", "three miles"): the last word of
    what it counts is a unit (:func:`unit_of_measure`)."""
    if q.unit is not None or not q.counts:
        return False
    words = q.counts.split()
    return len(words) <= 3 and unit_of_measure(words[-1])


def says_where(q: Quantity, text: str) -> bool:
    """A distance that places something ("85 miles south-west of Durban"), not an amount."""
    counted = q.counts_span
    if counted is None:
        return False
    before = text[max(0, q.span.start - 12) : q.span.start]
    return bool(_WHERE.match(text, counted.end) or _WHERE_BEFORE.search(before))


def people_harmed(q: Quantity, text: str, counted: Span | None) -> bool:
    """The clause says the counted people were harmed ("Three people were killed")."""
    return counted is not None and bool(_HARMED.match(text[counted.end : counted.end + 60]))


#: "a club record profit of £18.7million", "debts of approximately £225,000", "a deal worth
#: $5m": the noun phrase that names a sum of money, written before it. The phrase runs from
#: after its determiner (at most :data:`MAX_NAMED_BEFORE_WORDS` words), or is the one noun
#: before "of"/"worth" when no determiner opens it.
_NAMED_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\s+"
    r"(?P<np>(?:(?!(?:on|in|at|for|with|by|to|from|and|or|per|of)\b)[a-z][\w'’-]*\s+){0,2}"
    r"[a-z][\w'’-]*)|(?P<noun>\b[a-z][\w'’-]*))"
    r"\s+(?:of|worth)\s+$"  # a qualifier ("approximately") is in the figure's span
)
#: Words before "of" that take a share or a part, not a name ("most of £5m", "half of").
_NOT_A_NAME = frozenset(
    """most half part some all many much any none each one both rest bulk majority share
    lot lots top excess sum total amount figure value cost price level tune region order
    average mean median maximum minimum high low peak short shy upwards north south
    increments""".split()
)
MAX_NAMED_BEFORE_WORDS = 3
_RATE_AFTER = re.compile(r"\s*(?:-?per\b|a\s+(?:day|week|month|year|head|share)\b|/)")


def named_before(q: Quantity, text: str) -> Span | None:
    """The noun phrase before a sum of money that names it ("a fine of £3,000" → "fine"),
    when nothing after the figure says what it is for."""
    if q.unit not in MONEY:
        return None
    return _named_before(q, text)


def measure_named_before(q: Quantity, text: str) -> Span | None:
    """The noun phrase before a bare measure that names what it measures ("a diameter of
    3,200 miles" → "diameter", "a fall of 30 feet" → "fall"): "3,200 — miles" alone says
    how far but not what."""
    if not is_measure(q):
        return None
    return _named_before(q, text)


def _named_before(q: Quantity, text: str) -> Span | None:
    start = max(0, q.span.start - 60)
    match = _NAMED_BEFORE.search(text, start, q.span.start)
    if match is None:
        return None
    group = "np" if match.group("np") else "noun"
    words = match.group(group).split()
    if words[-1].lower() in _NOT_A_NAME or len(words) > MAX_NAMED_BEFORE_WORDS:
        return None
    if _RATE_AFTER.match(text, q.span.end):
        return None  # "an average of £1,100 per month": a rate, the phrase names the rate
    return Span(match.start(group), match.end(group))


#: "a kite measuring an astonishing 6,000 metres", "a slick covering 30 square miles", "the
#: wall, stretching 2 km", "the fence here that reaches up to 30 feet": the thing measured,
#: named before a participle or a relative clause of measure.
_MEASURED_BY = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that)\s+"
    r"(?P<np>(?:(?!(?:here|there|now|then|which|that|who)\b)[a-z][\w'’-]*\s+){0,2}"
    r"(?!(?:here|there|now|then|which|that|who)\b)[a-z][\w'’-]*),?\s+"
    r"(?:measuring|covering|spanning|stretching|weighing|"
    # a relative clause: "the fence here that reaches up to 30 feet"
    r"(?:here\s+|there\s+)?(?:that|which)\s+(?:now\s+)?(?:measures|measured|covers|covered|"
    r"spans|spanned|stretches|stretched|weighs|weighed|reaches|reached|rises|rose|stands|"
    r"stood|runs|ran))\s+"
    r"(?:(?:an?\s+)?(?:astonishing|staggering|incredible|whopping|remarkable|impressive|"
    r"estimated|record)\s+)?$",
    re.I,
)


def measured_by(q: Quantity, text: str) -> Span | None:
    """The noun phrase before a participle or a relative clause of measure that names what a
    bare measure measures ("a kite measuring 6,000 metres" → "kite", "the fence that
    reaches up to 30 feet" → "fence"): "6,000 — metres" alone says how long but not what."""
    if not is_measure(q):
        return None
    match = _MEASURED_BY.search(text, max(0, q.span.start - 80), q.span.start)
    if match is None or len(match.group("np").split()) > MAX_NAMED_BEFORE_WORDS:
        return None
    return Span(match.start("np"), match.end("np"))
