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
#: "wins" (every election story). "fire" after one of IDIOM_BEFORE_FIRE ("under fire",
#: "opened fire") is not a fire either.
HAPPENINGS: dict[str, frozenset[str]] = {
    "fire": frozenset(
        "fire blaze blazes flames inferno arson ablaze burned burnt firefighters".split()
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
        kind = _KIND_OF.get(w)
        if kind is not None and not (w == "fire" and before in IDIOM_BEFORE_FIRE):
            found.add(kind)
        before = w
    return frozenset(found)
