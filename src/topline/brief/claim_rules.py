"""Editorial rules on claims: source tags and the Big number (part of :mod:`.editorial_rules`)."""

from __future__ import annotations

import re

from topline.brief.rule_limits import MAX_SOURCE_WORDS
from topline.model import Span

# --- sources -----------------------------------------------------------------------------
PRONOUNS = frozenset(
    "i me you he him she her it we us they them his its our their this that these those "
    "one someone somebody anyone everyone who".split()
)
#: Head nouns of a lower-case source that is a role, a body or a document.
ROLE_HEADS = frozenset(
    """official officials spokesman spokeswoman spokesperson spokespeople police authorities
    authority ministry department agency agencies company firm government report reports study
    writer interviewee
    studies survey statement statements court prosecutors prosecutor analysts analyst experts
    expert sources source witnesses witness researchers researcher investigators investigator
    residents resident lawyer lawyers attorney attorneys officers officer spokesmen
    spokeswomen representative representatives leaders leader chief executive director
    minister ministers president secretary chairman chairwoman chair manager coach owner
    family relatives friends friend neighbours neighbors doctors doctor scientists scientist
    economists economist officials' documents document filing filings data figures records
    release website newspaper paper magazine outlet network agency's group groups campaign
    union council committee board party administration office military army navy troops
    regulators regulator commission lawmakers legislators senators senator congressman
    congresswoman mayor governor judge judges jury staff aides aide adviser advisers advisor
    people person woman man official’s organisers organizers sheriff teacher teachers
    activists activist critics supporters fans players player club team teams officers'
    bank banks hospital school university police' coroner inquest memo letter complaint
    affidavit lawsuit indictment poll polls pollsters pollster research analysis service
    services contractor contractors insiders observers commentators journalists journalist
    reporters reporter correspondent editor editors broadcaster operator operators airline
    regime embassy tribunal panel inquiry investigation charity organisation organization
    foundation institute observatory monitor watchdog blog channel station television radio
    agent agents consultant consultants vendor landlord employer employers counsel
    admiral commander colonel lieutenant captain sergeant detective detectives inspector
    superintendent commissioner ambassador envoy diplomat diplomats chancellor premier
    producer producers student students returns networks campaigners campaigner zoo museum
    gallery library airport hotel retailer publisher studio church prison trust society
    association federation league academy college clinic inspectors""".split()
)
_CUT_END = frozenset("and or but nor of to the a an that with by for in on at from as".split())
_AGE = re.compile(r",\s*\d{1,3}$")
_NUMERIC = re.compile(
    r"(?<![A-Za-z])\d|%|\bpercent\b|\bper cent\b|\b(?:thirds?|quarters?|half|halves|"
    r"majority|minority)\b",
    re.I,
)


#: A capital letter that names someone kept anonymous ("Nurse A", "Witness A"): not the
#: article "a" of a phrase cut short.
_LETTER_LABEL = re.compile(r"\b[A-Z][a-z]+ A$")
#: Words that open a clause, never a source's name.
_CLAUSE_START = frozenset("as if when while because since than though although whether".split())
_POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my", "your"})


def bad_source(name: str) -> bool:
    """A source tag that is not a person, organisation, publication or role: a number or a
    share (``28% of CFOs``, ``a majority of her backers``), a pronoun (``you``) or a role
    owned by one (``its spokesperson``: whose, the tag does not say), a clause or an event
    (``the rolling blackouts on those days``)."""
    name = _AGE.sub("", name.strip())  # "Betty Firmstone, 85": a person and her age
    words = name.split()
    if not words or len(words) > MAX_SOURCE_WORDS or _NUMERIC.search(name):
        return True
    if words[-1].lower() in _CUT_END and not _LETTER_LABEL.search(name):
        return True  # a phrase cut short: "the former secretary of state and"
    if words[0].lower() in _CLAUSE_START:
        return True  # a clause, not a name: "as police have (said)"
    if name.lower() in PRONOUNS or words[0].lower() in {"you", "i", "we", "they", "it"}:
        return True
    if words[0].lower() in _POSSESSIVES and not any(w[:1].isupper() for w in words[1:]):
        return True  # "its spokesperson", "their lawyer": whose, the reader cannot tell
    if name[:1].islower() and not any(w[:1].isupper() for w in words[1:]):
        heads = {w.lower().strip(".,;:'’\"”") for w in words}
        return not heads & ROLE_HEADS
    return False


# --- the Big number ----------------------------------------------------------------------
_VAGUE_FIGURE = re.compile(
    r"^\W*(?:tens of |hundreds of |several |many |some )?(?:dozens|scores|hundreds|thousands|"
    r"millions|billions|trillions|several|many|some|few|numerous|countless)\W*$",
    re.I,
)
#: A counted phrase never ends on a reporting or linking verb ("95 percent — country said").
_VERB_END = frozenset(
    """said says say told tells reported reports added adds is are was were be been has have
    had will would could should can may might do does did according""".split()
)
#: Words that start a verb fragment rather than a noun phrase ("— comes", "— said").
VERB_START = frozenset(
    """comes came come goes went go is are was were be been has have had will would could
    should can may might said says say told added did does do makes made gets got takes
    took according""".split()
)
_NEGATION = re.compile(
    r"\b(?:not|never|no|none|neither|nor|without|n't)\b|n't\b|\bno(?:body|where)\b", re.I
)
_NOT_NEGATION = re.compile(r"\b(?:no|not) (?:fewer|less|more) than\b|\bnot only\b", re.I)
_HEDGE = re.compile(
    r"\b(?:may|might|could|would|if|unless|whether|possibly|perhaps|potentially|likely|"
    r"unlikely|probably|expected)\b",
    re.I,
)
#: "the two countries", "both sides": a small count of things the story already named.
_DEFINITE_SMALL = re.compile(r"\b(?:the|both|these|those|its|their|his|her)\s+$", re.I)
_SMALL_WORDS = frozenset("two three four five six seven eight nine ten".split())
_CLAUSE_EDGE = re.compile(
    r"[,;:()—–]|\s-\s|\b(?:and|but|while|which|who|because|after|before|when|since|"
    r"although|though|if|unless|whether)\b|"
    # "that" opens a clause, except after a preposition, where it points at a noun ("said
    # 4.2% of that cut would come …": the clause goes on to its verb)
    r"\bthat\b(?<!\bof that)(?<!\bin that)(?<!\bon that)(?<!\bat that)(?<!\bby that)"
    r"(?<!\bfor that)(?<!\bwith that)(?<!\bfrom that)(?<!\babout that)",
    re.I,
)


#: The forms of "be" and "get" that make the participle after them a passive ("was told",
#: "has been accused", "got told"): the subject is who was told or what was announced,
#: never who said so. One set for the credit of a claim (:func:`.credit.saying_cue`) and
#: for a trailing ", … was announced." (:func:`.compress.trailing_source`).
PASSIVE_AUXILIARIES = frozenset(
    {"am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten"}
)


def vague_figure(figure: str) -> bool:
    """A figure that is no number: ``millions``, ``dozens``, ``several``."""
    return bool(_VAGUE_FIGURE.match(figure))


def refers_back(article: str, span: Span) -> bool:
    """A small count written out after "the" or a possessive ("the two countries"): it
    points back at things the story named, it counts nothing new."""
    if span.of(article).strip().lower() not in _SMALL_WORDS:
        return False
    return bool(_DEFINITE_SMALL.search(article[max(0, span.start - 12) : span.start]))


def not_a_noun_phrase(counts: str | None) -> bool:
    """Nothing counted, or a counted phrase that is a verb fragment (``country said``)."""
    if not counts or not counts.strip():
        return True
    words = [w.lower().strip(".,;:") for w in counts.split()]
    return words[-1] in _VERB_END or words[0] in VERB_START


def clause_of(article: str, span: Span) -> str:
    """The clause around ``span``: its sentence, cut at clause punctuation, conjunctions and
    subordinators; the subordinator that opens it (``if``) is kept."""
    start = max(article.rfind(ch, 0, span.start) for ch in ".!?\n") + 1
    ends = [i for ch in ".!?\n" if (i := article.find(ch, span.end)) >= 0]
    end = min(ends, default=len(article))
    left = [m.start() for m in _CLAUSE_EDGE.finditer(article, start, span.start)]
    right = [m.start() for m in _CLAUSE_EDGE.finditer(article, span.end, end)]
    return article[(left[-1] if left else start) : (right[0] if right else end)]


def negated_or_hedged(article: str, span: Span) -> bool:
    """The figure sits in a negated or hedged clause: the text does not say it happened."""
    clause = _NOT_NEGATION.sub(" ", clause_of(article, span))
    return bool(_NEGATION.search(clause) or _HEDGE.search(clause))
