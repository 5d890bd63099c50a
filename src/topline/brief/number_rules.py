"""Big number rules from the ninth session's editor's read (sample F): figures that say
what they count on paper but not to a reader.

- **A person's aside**: a figure inside a relative clause that describes a person ("Thompson,
  who made over 60 appearances for Rangers, says …") is that person's record, said in
  passing, never the story's number.
- **A part of one thing**: a fraction of a single thing ("the entire upper half of the
  laptop") counts nothing.
- **A probability**: a percentage of a chance, odds, a likelihood or a risk ("a 50 percent
  chance of success") is shown as "50 percent — chance", which says nothing.
- **A tweet**: a figure in a paragraph that embeds a tweet ("… 127 qualifying CBs
  pic.twitter.com/…", "— Name (@handle) May 5, 2016") is the tweet's, not the story's.
- **A phrase cut at "and"**: the counted phrase stops before a second noun of the same list
  ("195,000 young men and women" shown as "young men"); the phrase takes the second noun.
"""

from __future__ import annotations

import re

from topline.brief.clauses import relative_clauses
from topline.model import Span

#: A relative clause that describes a person: ", who …", ", whose …", ", whom …".
_PERSON_CLAUSE = re.compile(r",\s*$")
_WHO = re.compile(r"(?:who|whose|whom)\b", re.I)
#: A fraction of something owned or singled out: "half of the laptop", "a third of his pay".
_OF_ONE = re.compile(r"\s+of\s+(?:the|a|an|his|her|its|their|our|my|your|this|that)\s")
#: Nouns that make a percentage a probability, not a count.
PROBABILITY = frozenset(
    "chance chances odds likelihood probability risk possibility prospect".split()
)
#: "and" or "or" and a second plural noun of the same phrase ("men and women").
_SECOND_NOUN = re.compile(
    r"\s+(?:and|or)\s+(?P<noun>[a-z][a-z-]*)\b"
    # a verb in -s takes an object or a place: "saved 25 times their expenses and lives on a …"
    r"(?!\s+(?:a|an|the|his|her|their|its|our|on|in|at|to|with|from|into|for|by|off|up|out)\b)"
)
#: Plural nouns that do not end in "s".
IRREGULAR_PLURALS = frozenset("women men children people police staff cattle".split())


#: The marks of an embedded tweet: its picture link, a short link, the "(@handle) Date" line.
_TWEET = re.compile(
    r"pic\.twitter\.com/|\bt\.co/|<tweet/>|twitter\.com/\w+/status|"
    r"\(@\w{1,15}\)\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+\d{1,2},\s+\d{4}"
)


def in_tweet(text: str, figure: Span) -> bool:
    """The figure sits in a paragraph (a line) that embeds a tweet."""
    start = text.rfind("\n", 0, figure.start) + 1
    end = text.find("\n", figure.end)
    return _TWEET.search(text, start, end if end >= 0 else len(text)) is not None


def person_aside(text: str, figure: Span) -> bool:
    """The figure sits in a relative clause that describes a person (", who …")."""
    # the figure's sentence (a news-summary text is one line: never the whole text)
    line = max(text.rfind(mark, 0, figure.start) for mark in ("\n", ". ", "? ", "! ")) + 1
    ends = [i for mark in ("\n", ". ", "? ", "! ") if (i := text.find(mark, figure.end)) >= 0]
    end = min(ends, default=len(text))
    sentence = text[line:end]
    at = figure.start - line
    for start, stop in relative_clauses(sentence):
        if start <= at < stop and _WHO.match(sentence, start):
            return bool(_PERSON_CLAUSE.search(sentence, 0, start))
    return False


def part_of_one(text: str, figure: Span, counts: str | None, fraction: bool) -> bool:
    """A fraction of a single thing: "the upper half of the laptop" (the counted noun is
    singular)."""
    if not fraction or not counts or _OF_ONE.match(text, figure.end) is None:
        return False
    noun = counts.lower().split()[-1]
    return not noun.endswith("s") and noun not in IRREGULAR_PLURALS


def probability(counts: str, percent: bool) -> bool:
    """A percentage of a chance or a risk ("50 percent — chance")."""
    words = counts.lower().split()
    return percent and bool(words) and words[-1] in PROBABILITY


def with_second_noun(text: str, counted: Span) -> Span:
    """The counted phrase with the second noun of its list ("young men" → "young men and
    women") when "and"/"or" and a plural noun follow it right away."""
    match = _SECOND_NOUN.match(text, counted.end)
    if match is None:
        return counted
    noun = match["noun"].lower()
    plural = noun in IRREGULAR_PLURALS or (noun.endswith("s") and not noun.endswith("ss"))
    return Span(counted.start, match.end()) if plural else counted


#: Emergency telephone numbers (North America, the UK, the EU): a figure that names a line,
#: not an amount. Other service lines ("101", "311") are also plain counts too often.
_PHONE_LINES = frozenset({"911", "999", "112"})
#: What follows a figure that names a telephone line ("911 calls", "a 999 operator").
_LINE_WORDS = frozenset(
    """call calls caller callers line lines operator operators dispatcher dispatchers
    dispatch centre center centres centers system service services number emergency
    emergencies tapes tape recording recordings""".split()
)


def phone_line(text: str, figure: Span, counts: str | None) -> bool:
    """The figure is an emergency or service telephone number ("911 calls", "a 999
    operator", "the 101 line"): it names a line, it counts nothing."""
    words = (counts or "").lower().split()
    return figure.of(text).strip() in _PHONE_LINES and bool(words) and words[0] in _LINE_WORDS


#: What a measure measures: "of" and a short phrase after the unit ("3 tons of food"), ended
#: by punctuation, "and"/"or", or the word before a preposition or an auxiliary ("800 meters
#: of fencing along the border", "12 tons of grain were seized"), or a participle ("12 tons
#: of cocaine hidden in crates", "800 meters of rope made out of plastic").
MEASURED = re.compile(
    r"\s+of\s+((?:[^\s,.;:()\"“”]+\s+){0,2}?[^\s,.;:()\"“”]+(?=\s*(?:[,.;:()\"“”]|$)|\s+(?:and|or)\b)|"
    r"[^\s,.;:()\"“”]+(?=\s+(?:to|for|from|in|on|at|into|onto|before|after|as|when|while|that|"
    r"which|with|by|since|until|per|along|across|around|near|between|under|over|through|"
    r"about|against|behind|beside|beneath|within|without|outside|inside|off|up|down|past|"
    r"toward|towards|among|amid|during|despite|like|than|was|were|is|are|has|have|had|will|"
    r"would|could|can|may|might|must|should|who|where|[a-z]{2,}ed|made|built|held|found|left|"
    r"sold|bought|kept|brought|known|shown|given|taken|seen|worn|grown|thrown|drawn|hidden|"
    r"stolen|woven|spun|laid|sent|spent|lost|won|paid)\b))"
)


#: A phrase after money or a percentage that says when, or holds another sum or share, is no
#: purpose: "revenue rose from $362 million in 2014 to $557 million in 2015" ("$2.6 billion
#: on its contracts through November 2028" keeps its purpose).
NOT_PURPOSE = re.compile(
    r"\s+(?:in|on|of|to|for)\s+(?:(?:early|late|mid)[- ]?)?(?:(?:1[89]|20)\d\d\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)|.*(?:[$€£¥]\s?\d|\d[\d,.]*\s*(?:%|per ?cent|percent|million|billion|bn\b|m\b))"
)
