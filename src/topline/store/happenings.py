"""What kind of happening a report tells: the words by which a reader tells two events of one
place or one organisation in one week apart.

Why it exists: the same-story rule (:mod:`topline.store.same_story`) joins an article to a
story on shared names, a shared headline word and closeness in time. Two events of one city,
one council or one restaurant in one week share all three: "Fire guts the Larder" ten days
after "Penholt's Larder wins Michelin star", a school trust's ransomware attack three days
after the council's cyber attack in the same town. A reader keeps them apart by what
happened (a fire is not an award) and by whom it happened to (the trust is not the council).
This module holds the closed words for the first; the second is read from the analysed names
(:func:`topline.store.stories.lede_clues`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Kinds of happening that news reports as an event in its own right (closed classes of
#: incidents and occasions, as topic-detection guidelines list them, not words of one story).
#: Not in it: what follows any event (arrests, charges, inquiries, reopenings, deaths and
#: injuries, which a fire or a crash may cause), and words with a common other sense in news
#: headlines: "fires" and "fired" (a manager), "blasts" (a critic), "storm" (a row: "Storm
#: over MP's expenses"), "recall" (a memory, an election), "hack" (a writer), "shot" (in
#: sport), "raid" (by the police), "strike" (by an army), "star" (of a film), "vote" and
#: "wins" (every election story), and "firefighters", who pump out floods and cut drivers
#: free as often as they fight fires. "fire" after one of IDIOM_BEFORE_FIRE ("under fire",
#: "opened fire") is not a fire either; "wildfire" and "bushfire" are.
HAPPENINGS: dict[str, frozenset[str]] = {
    "fire": frozenset(
        """fire blaze blazes flames inferno arson ablaze burned burnt wildfire wildfires
        bushfire bushfires""".split()
    ),
    "crash": frozenset(
        """crash crashes crashed collision collided overturned overturns overturn derailed
        derailment derails pile-up""".split()
    ),
    "explosion": frozenset("explosion explosions blast exploded explodes".split()),
    "theft": frozenset(
        """theft thefts stolen stole steal thief thieves robbery robberies robbed robber
        robbers burglary burglars burgled heist smash-and-grab looted""".split()
    ),
    "cyber attack": frozenset(
        "cyber cyberattack cyber-attack hackers hacked ransomware malware".split()
    ),
    "flood": frozenset("flood floods flooding flooded floodwater".split()),
    "gale": frozenset("gale gales hurricane tornado".split()),
    "award": frozenset("award awards awarded prize prizes medal medals michelin".split()),
    "resignation": frozenset("resign resigns resigned resignation quit quits quitting".split()),
    "collapse": frozenset("collapse collapsed collapses".split()),
    "outage": frozenset("outage outages blackout blackouts".split()),
}
#: Kinds told by a verb and its particle ("is to step down", "stepping down as chair"). Not
#: "stand down", said as often of a search, a rescue or troops as of a chair.
PHRASAL_KINDS: dict[tuple[str, str], str] = {
    (verb, "down"): "resignation" for verb in "step steps stepping stepped".split()
}
IDIOM_BEFORE_FIRE = frozenset("under open opened opens opening cease return returned".split())
_KIND_OF = {w: kind for kind, words in HAPPENINGS.items() for w in words}
_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")


def words(text: str) -> list[str]:
    """Lower-case words and numbers of ``text`` (with their apostrophes and hyphens)."""
    return _WORD.findall(text.casefold().replace("’", "'"))


def kinds(text_words: Iterable[str]) -> frozenset[str]:
    """The kinds of happening (keys of :data:`HAPPENINGS`) that ``text_words`` (in their
    order) name."""
    found = set()
    before = ""
    for w in text_words:
        kind = _KIND_OF.get(w) or PHRASAL_KINDS.get((before, w))
        if kind is not None and not (w == "fire" and before in IDIOM_BEFORE_FIRE):
            found.add(kind)
        before = w
    return frozenset(found)


#: A result in figures: a score ("a 3-1 win", "lost 24-17") or a tally of votes ("by 38 votes
#: to 22", "by 31 to 29"). Two matches of one club, two votes of one parliament in one week
#: name the same club, the same chamber and often the same people; a reader tells them apart
#: by the result, which one event has and the other does not share. Not a range of years
#: ("2016-17"), a share ("46-42 per cent", "a 52-48 lead in the polls") or money ("£3-4m").
_SCORE = re.compile(
    r"(?<![\w£$€.,-])(?<!aged )(?<!ages )(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w%-]|[.,]\d)"
    r"(?!\s?(?:per ?cent|percent|points?|pts|lead|margin|split|majority))"
)
_TALLY = re.compile(r"\b(?:by\s+)?(\d{1,3})\s+(?:votes?\s+)?to\s+(\d{1,3})\b(?!\s?(?:%|per))")
_VOTES_BY = re.compile(r"\bvotes?\b|\bby\s+\d")


#: Words by which a headline reports an outcome as its news (a match's, a vote's): only such a
#: report's lede gives *its* result; another's lede gives a result as a cause ("dismissed
#: head coach Per Lindqvist after a 4-0 home defeat"), which a later match does not undo.
OUTCOME_WORDS = frozenset(
    """win wins won winning victory beat beats beaten beating defeat defeats defeated lose
    loses lost losing draw draws drew drawn thrash thrashes thrashed thrashing edge edges
    edged rout routs routed back backs backed approve approves approved reject rejects
    rejected pass passes passed vote votes voted""".split()
)


def reports_outcome(headline_words: Iterable[str]) -> bool:
    """Whether a headline (its words) reports an outcome (OUTCOME_WORDS)."""
    return any(w in OUTCOME_WORDS for w in headline_words)


def results(text: str, outcome_headline: bool = True) -> frozenset[str]:
    """The results in figures that ``text`` (a lede) gives, each as "higher-lower" ("3-1"
    for "lost 1-3"): the same result is the same whichever side a report names first.

    Under a headline that does not report an outcome (``outcome_headline`` False: "Harbridge
    outclassed by Stenhouse", "Late try sinks Calder Vale": match reports' headlines use any
    verb) only a result the lede tells as its own outcome counts: one of OUTCOME_WORDS at most
    OUTCOME_REACH words before it or right after it ("were beaten 31-10", "a 3-1 win", "voted
    by 27 votes to 14")."""
    found = set()
    for m in _SCORE.finditer(text):
        if not _as_cause(text, m.start()) and (outcome_headline or _as_outcome(text, m)):
            found.add(_result(m[1], m[2]))
    for m in _TALLY.finditer(text):
        if (
            _VOTES_BY.search(m[0])
            and not _as_cause(text, m.start())
            and (outcome_headline or _as_outcome(text, m))
        ):
            found.add(_result(m[1], m[2]))
    return frozenset(found)


#: Words between an outcome word and the result it gives, at most, in a lede whose headline
#: does not report the outcome (see :func:`results`); OUTCOME_IN_LEDE False: such a lede
#: gives no result.
OUTCOME_REACH = 2
OUTCOME_IN_LEDE = True


def _as_outcome(text: str, m: re.Match[str]) -> bool:
    if not OUTCOME_IN_LEDE:
        return False
    before = words(text[: m.start()])[-OUTCOME_REACH:]
    after = words(text[m.end() :])[:1]
    return any(w in OUTCOME_WORDS for w in before + after)


#: A result a few words after one of these is the cause of the news, not its outcome
#: ("dismissed the coach after a 4-0 home defeat", "a day after his side lost 4-0"): a later
#: match of that club is not another occasion of *that* story. (Leaving a result out only
#: makes the test fire less.)
CAUSE_WORDS = frozenset({"after", "following", "since"})
CAUSE_REACH = 4


def _as_cause(text: str, start: int) -> bool:
    return any(w in CAUSE_WORDS for w in words(text[:start])[-CAUSE_REACH:])


def _result(a: str, b: str) -> str:
    x, y = int(a), int(b)
    return f"{max(x, y)}-{min(x, y)}"
