"""Editorial rules on a sentence cut short: a bullet must be a whole sentence (part of
:mod:`.editorial_rules`).

A reader is shown either a whole sentence or its main clause with a trailing modifier left
out (``compress``, ``fit.shorten``). Three classes of cut leave something that is not a
sentence:

- the element **ends on a word that cannot end a sentence**: an article, a conjunction or a
  possessive determiner ("… about the", "… units and"), or a title's abbreviation where the
  sentence splitter stopped inside a name ("Trump's leading Republican rivals, Sens.");
- the cut falls **between a subject and its verb**: what the article goes on with after the
  cut's comma is a bare verb ("a range of widgets, in-feed and in-ad native ad units" | ",
  provide the best performance"), not a modifier clause (", saying …", ", who …", ", with
  …", ", as …");
- the cut falls **inside a list**: the kept part ends on a list item of one or two words
  after a comma and the article goes on with the list ("for their practicality, space" |
  ", as well as looks."), or it ends on a name and the article goes on with more names
  ("the company that makes Oreos" | ", Chips Ahoy and Nilla Wafers shifts work …";
  fourteenth session).

What follows a cut may be a modifier (", saying …", ", who …", ", with …", ", primarily
because …") or an attribution (", sources said"): leaving those out is compression, not a
cut sentence.

Like the other rules they read only text: the element's display, or the article and its
spans.
"""

from __future__ import annotations

import re

from topline.brief.clauses import IRREGULAR_PAST
from topline.brief.sentence_rules import TITLE_END
from topline.model import Span

#: Words no sentence ends on (a prepositional ending, "what it is made of", is English).
DANGLING_LAST = frozenset("the a an and or but nor their its your our my every".split())
#: Words that may open what follows a cut's comma: a modifier clause or phrase, a
#: coordinated clause, an appositive (a determiner, a name, a figure). Any other lower-case
#: word (not ``-ing``/``-ed``) is a bare verb or a list going on: the cut split a clause.
_AFTER_CUT_OPENERS = frozenset(
    """who whom whose which where when while whilst as with without according including
    included after before because although though despite amid amidst even since until
    unless if whereas but and or so yet then in on at for from by to of over under into onto
    than like not nor among along across against around behind beyond during except
    following per plus via within toward towards through throughout upon once now
    a an the this that these those its his her their our my some many most all both each
    several one two three four five six seven eight nine ten only just also either neither
    mostly mainly largely especially particularly notably partly possibly probably likely
    perhaps apparently reportedly allegedly officials police experts analysts""".split()
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: The kept part ends on a list item of a word or two, in lower case, after a comma.
_LIST_TAIL = re.compile(r",\s*(?P<item>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s*$")
#: What follows the cut goes on with the list: ", as well as …", ", and …", ", or …".
_LIST_GOES_ON = re.compile(r"(?:as well as|and|or|etc|plus)\b", re.I)
#: What follows the cut is an attribution (", sources said", ", city schools superintendent
#: Chuck Ledbetter announced"): dropping it leaves the claim whole.
_ATTRIBUTION = re.compile(
    r"[^.;!?\"“”\s][^.;!?\"“”]{0,60}?\s(?:said|says|told|tells|announced|reported|added|confirmed|wrote|"
    r"according to|explained|noted|stated)\b"
)


#: A list of names goes on after the cut: a name of up to four words, then a comma or
#: "and"/"or" and another name ("Chips Ahoy and Nilla Wafers", "Germany, Italy").
_NAMES_GO_ON = re.compile(
    r"(?:[A-Z][\w'’.&-]*\s+){0,3}[A-Z][\w'’.&-]*(?:,\s+|\s+(?:and|or|&)\s+)[A-Z]"
)
#: The kept part ends on a name: the first item of the list the cut fell inside.
_NAME_END = re.compile(r"\b[A-Z][\w'’&-]*\.?\s*$")


#: An attribution set off after a conjunction or a relative word, and nothing after it:
#: "The horse is now ten and, according to its jockey Ann Lee." lost what the jockey says.
_BARE_ATTRIBUTION = re.compile(
    r"\b(?:and|but|or|that|which|who|because),?\s+(?:according to|as\s+\w+\s+(?:said|says|"
    r"put it))\s+[^,;:.!?]{1,60}[.!?]?\s*$"
)


#: Capitalised, these open a sentence and never end one: an element that ends on one ran
#: into the next sentence with no stop, and was cut after its opener (a caption glued on:
#: "… look dejected after the defeat in London However.", fourteenth session). "Still" is a
#: surname too, and is not listed.
OPENING_CONNECTIVES = frozenset(
    """However Meanwhile Nevertheless Nonetheless Moreover Furthermore Instead Therefore But
    And Yet Although Though While Because""".split()
)


def cut_short(text: str) -> bool:
    """The element's last word cannot end a sentence (:data:`DANGLING_LAST`, or a
    capitalised connective: :data:`OPENING_CONNECTIVES`), it ends on a title's
    abbreviation (:data:`~topline.brief.sentence_rules.TITLE_END`), or on an attribution
    whose claim is gone (:data:`_BARE_ATTRIBUTION`)."""
    stripped = text.rstrip().rstrip("\"”’')]")
    if TITLE_END.search(stripped) or _BARE_ATTRIBUTION.search(stripped):
        return True
    words = stripped.rstrip(".!?,;:").split()
    if len(words) > 1 and words[-1] in OPENING_CONNECTIVES:
        return True  # "… slump to defeat in London However.": the next sentence's opener
    return bool(words) and words[-1].lower().strip("\"“‘'(") in DANGLING_LAST


def cut_mid_phrase(article: str, spans: tuple[Span, ...]) -> bool:
    """The element stops at a comma (or semicolon, or dash) of its sentence where the article
    goes on with a bare verb, or with the rest of a list the kept part ends inside: the cut
    split a clause, not a trailing modifier or an attribution off it."""
    if not spans:
        return False
    end = spans[-1].end
    rest = article[end : end + 100]
    after = rest.lstrip(" \t")
    if not after or after[0] not in ",;—–-":
        return False  # the element runs to its sentence's end (or a bracket, a quotation)
    follow = after.lstrip(",;—–- \t")
    if _LIST_GOES_ON.match(follow):
        tail = _LIST_TAIL.search(article, spans[-1].start, end)
        if tail is not None and tail["item"].split()[0] not in _AFTER_CUT_OPENERS:
            # a list ("for their practicality, space"), not the end of a coordinated
            # modifier set off by commas ("a fitter, and much more muscular, physique")
            before = re.split(r"[,;:]", article[spans[-1].start : tail.start()])[-1].split()
            if before[:1] not in (["and"], ["or"]):
                return True  # "… for their practicality, space" | ", as well as looks."
    if _ASIDE_THEN_VERB.match(follow) and not _KEPT_VERB.search(article, spans[0].start, end):
        return True  # "All the parties in the upper house" | ", with …, agreed on …"
    word = _WORD.match(follow)
    if (
        _NAMES_GO_ON.match(follow)
        and _ATTRIBUTION.match(follow) is None
        and _NAME_END.search(article, max(spans[-1].start, end - 40), end)
    ):
        return True  # "… the company that makes Oreos" | ", Chips Ahoy and Nilla Wafers shifts"
    if word is None or word.group(0)[0].isupper() or _ATTRIBUTION.match(follow):
        return False  # a figure, a quotation, a name, ", sources said": not a clause split
    first = word.group(0).lower()
    if first.endswith("ed") and _verb_series(article, spans[-1]):
        return True  # "… left his car in 2014, flew to Syria" | ", burned his passport and …"
    return not (first.endswith(("ing", "ed", "ly")) or first in _AFTER_CUT_OPENERS)


#: What follows a cut's comma is an aside set off by a second comma, and then the clause's own
#: verb: "All the parties in the upper house" | ", with the exception of the Greens, agreed
#: on …". The aside sat between the subject and its verb; a cut at its first comma leaves
#: the subject without a predicate. The verb is an auxiliary or a past form in -ed; one
#: before "with", "to", "by" or "from" opens a participle phrase of its own (", compared
#: with …", ", followed by …") and is not read.
_ASIDE_THEN_VERB = re.compile(
    r"[^,;:.!?\"“”()\n]{1,90},\s+(?:is|was|are|were|has|have|had|will|would|can|could|"
    r"may|might|must|should|did|does|[a-z]{3,}ed(?!\s+(?:with|to|by|from)\b))\s"
)
#: A finite verb in the kept part: an auxiliary, a modal, a verb of saying, a past form in
#: -ed or an irregular one.
_KEPT_VERB = re.compile(
    r"\b(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|did|"
    r"does|do|said|says|told|[a-z]{2,}ed|" + IRREGULAR_PAST + r")\b"
)


def _verb_series(article: str, last: Span) -> bool:
    """The kept part ends on a clause that opens with a bare verb after a comma ("…, flew to
    Syria"): an item of a series of verbs that shares the sentence's subject, and the article
    goes on with the next one (thirteenth session)."""
    segment = re.split(r"[,;:]", last.of(article))[-1].split()
    first = segment[0] if len(segment) > 1 else ""
    return (
        first[:1].islower()
        and first not in _AFTER_CUT_OPENERS
        and not first.endswith(("ing", "ly"))
        and "," in last.of(article)
    )
