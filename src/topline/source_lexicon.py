"""The noun lexicons of who can be a source (offices, people, groups, documents), free of spaCy.

:mod:`topline.analyze.source_nouns` applies them to parsed tokens; the brief reads them too
(a Crucial quote's role line, :mod:`topline.brief.speaker_role`), and the brief must stay
importable without loading spaCy (``import topline`` is cheap, tests/cli/test_cold_start.py),
so the word lists live here rather than inside the analysis package.
"""

from __future__ import annotations

#: Head nouns of people named by their office.
TITLE_NOUNS = frozenset(
    "president minister premier senator governor mayor secretary spokesman spokeswoman "
    "spokesperson chairman chairwoman chair ceo executive director chief official officer "
    "general commander ambassador lawmaker congressman congresswoman representative leader "
    "candidate nominee judge justice attorney prosecutor adviser advisor aide manager "
    "chancellor king queen prince pope sheriff superintendent commissioner".split()
)
#: Head nouns of sources that are deliberately not named.
UNNAMED_NOUNS = frozenset(
    "official source person people aide adviser advisor insider diplomat expert analyst "
    "witness resident critic supporter observer officer staffer member".split()
)
DOCUMENT_NOUNS = frozenset(
    "report statement study survey poll document filing letter memo complaint lawsuit "
    "indictment ruling release data analysis paper article book email tweet post video "
    "record editorial transcript".split()
)
#: Singular nouns that English refers back to with "they" ("the council … they said").
GROUP_NOUNS = frozenset(
    "council committee government board party team police army military parliament congress "
    "senate company firm agency ministry department union court jury group family "
    "administration campaign coalition opposition band club university school association "
    "organization organisation federation alliance foundation institute caucus".split()
)
#: Other common nouns of people and publications (closed class words a suffix does not catch).
PERSON_NOUNS = frozenset(
    "man woman men women child children mother father wife husband son daughter brother "
    "sister friend family voter citizen public crowd audience panel staff side "
    "newspaper magazine journal outlet network channel website site paper times post "
    "researcher scientist economist lawyer doctor nurse teacher student worker farmer "
    "protester activist victim survivor owner investor host author editor writer "
    "professor scholar historian fellow veteran soldier troop officer guard agent "
    "democrat republican conservative liberal progressive organizer strategist pollster "
    "surrogate ally rival opponent challenger incumbent partner colleague relative "
    "neighbor neighbour employer employee colleague chief head boss founder ceo cfo "
    "narrator speaker caller viewer reader fan player coach manager".split()
)
#: Endings of nouns that name a person by what they do ("economist", "analyst", "lawmaker").
PERSON_SUFFIXES = ("ist", "ian", "ant", "ent", "er", "or", "eer", "ee")
