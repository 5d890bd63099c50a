"""Editorial rules that read an element in its context: the article around a source tag, the
element a reader saw just before a bullet, the time of the news.

They complete :mod:`.editorial_rules` (rules on the element's own text) with four classes an
editor found in briefs of unseen pages:

- a **generic source**: a common noun for people in general taken as a source or a speaker
  ("People said …", where "People" is capitalised only because it starts the sentence);
- a **Big number with stray marks**: a figure or counted phrase that starts or ends on a
  quotation mark, a bracket or other punctuation, or leaves a quotation or bracket open
  (``140 million — monthly active “businesses``);
- a **bullet with an unresolved pronoun**: "They are …", "It said …" when the element shown
  just before it is not what the pronoun points back to;
- **Key background that is the news itself**: told at the news's own time ("yesterday",
  "on Tuesday"), dated inside the news window, or past only by the backshift of reported
  speech ("a spokesman confirmed she had been suspended").

Like :mod:`.editorial_rules`, every predicate reads only text (the article, an element's
spans), so the audit (:mod:`topline.eval.editorial`) can run it on any briefs JSONL, and the
brief uses the same definitions as guards.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from topline.brief import editorial_rules as rules
from topline.brief.cues import (
    EARLIER,
    NEWS_WINDOW_DAYS,
    PAST_PERFECT,
    START_POINT,
    period_end,
    period_start,
)
from topline.model import Span

# --- generic sources ---------------------------------------------------------------------
#: Nouns and pronouns for people in general: as a bare source they name nobody.
GENERIC_NOUNS = frozenset(
    """people persons folks others everyone everybody someone somebody anyone anybody nobody
    many some most few all both humans public mankind humanity society""".split()
)
#: Words that may stand before a generic noun without making it a particular group.
_GENERIC_MODIFIERS = frozenset(
    """the a an some many most few all other others these those such ordinary everyday
    regular normal lots lot of plenty several numerous countless more""".split()
)
#: A capitalised generic word after one of these is the sentence's capital, not a name's.
_SENTENCE_OPENING = ".!?:;“‘([—–\n"
#: Written right after the word, these make it a title ("People magazine").
_TITLE_AFTER = re.compile(r"\s*(?:magazine|newspaper|journal|weekly|daily|\.com)\b", re.I)


def generic_source(name: str, article: str | None = None, span: Span | None = None) -> bool:
    """The source names people in general: its words are a generic noun ("people",
    "others", "everyone") with at most determiners and quantifiers before it ("many people").

    A capitalised word is a name (the magazine *People*) only when the text writes it so:
    in the middle of a sentence, or followed by "magazine". At the start of a sentence the
    capital is the sentence's, so "People told the BBC …" is people in general; nor is it a
    name when the mention is another word ("…," they said) that the name was resolved from.
    Without the article text, a capitalised single word is given the benefit of the doubt.
    """
    words = [w.strip(".,;:'’\"”“") for w in name.split()]
    words = [w for w in words if w]
    if not words or words[-1].lower() not in GENERIC_NOUNS:
        return False
    if any(w.lower() not in _GENERIC_MODIFIERS for w in words[:-1]):
        return False  # "people close to the talks" ends otherwise; "Tory MPs" is no match
    if len(words) > 1 or not words[0][:1].isupper():
        return True  # "many people", "people": no title is written so
    if article is None or span is None:
        return False
    if not article.startswith(words[0], span.start):
        return True  # the mention is another word ("they") resolved to the name: no capital
    if _TITLE_AFTER.match(article, span.end):
        return False
    return _at_sentence_start(article, span.start)


def _at_sentence_start(article: str, start: int) -> bool:
    """Whether a sentence (or a quotation, or a clause after a colon) starts at ``start``.
    A closing quotation mark starts a sentence only after a full stop inside it (``…won."
    People said``); after a comma (``"We won," People reported``) the sentence goes on."""
    i = start - 1
    while i >= 0 and article[i] in " \t\xa0":
        i -= 1
    if i < 0 or article[i] in _SENTENCE_OPENING:
        return True
    if article[i] in "\"'”’":
        before = article[i - 1] if i > 0 else " "
        opening = article[i] in "\"'" and (before.isspace() or before in "([—–")
        return opening or before in ".!?"
    return False


# --- marks at the edge of a Big number ---------------------------------------------------
#: Marks that continue or close something: a piece never starts on one.
_NO_START = ",;:—–-/…)]}”’"
#: Marks that open or continue something: a piece never ends on one.
_NO_END = ",;:—–-/…([{“‘"
_OPENING = "“‘\"'([{"
_BRACKETS = (("(", ")"), ("[", "]"), ("{", "}"))


def stray_marks(piece: str) -> bool:
    """A piece of a Big number (the figure or its counted phrase) that starts on a mark that
    closes or continues something, ends on one that opens or continues, or leaves a
    quotation or a bracket open: a phrase cut out of a longer one (``monthly active
    “businesses``). A whole quoted word (``active “businesses”``) is fine."""
    stripped = piece.strip()
    if not stripped:
        return False
    if stripped[0] in _NO_START or stripped[-1] in _NO_END:
        return True
    if any(stripped.count(o) != stripped.count(c) for o, c in _BRACKETS):
        return True
    return rules.unbalanced_quotes(stripped)


def tidy_phrase(article: str, span: Span) -> Span | None:
    """``span`` without stray marks: edge punctuation stripped; a quotation or bracket it
    opens is closed when the closing mark follows right after it, else the phrase stops
    before the opening mark; None when nothing is left."""
    start, end = span.start, span.end
    while start < end and (article[start] in _NO_START or article[start].isspace()):
        start += 1
    while end > start and (article[end - 1] in _NO_END or article[end - 1].isspace()):
        end -= 1
    if stray_marks(article[start:end]):
        closing = end < len(article) and article[end] in "”’\")]}'"
        if closing and not stray_marks(article[start : end + 1]):
            return Span(start, end + 1)
        piece = article[start:end]
        cut = min((i for i, ch in enumerate(piece) if ch in _OPENING), default=len(piece))
        end = start + cut
        while end > start and (article[end - 1] in _NO_END or article[end - 1].isspace()):
            end -= 1
    if end <= start or stray_marks(article[start:end]):
        return None
    return Span(start, end)


# --- pronouns that open a bullet ---------------------------------------------------------
#: Pronouns that point back to a person: the reader takes the last person the brief named.
PERSON_PRONOUN = re.compile(r"^[^\w\"“‘']{0,2}(?:He|She|His|Her|Him)\b(?!-)")
#: Pronouns that point back to the sentence just before ("They are …", "It said …", "This
#: was …"); "This week", "These photos" are not pronouns.
LEANING_PRONOUN = re.compile(
    r"^[^\w\"“‘']{0,2}(?:(?:It|Its|It's|It’s|They|Their|Them|They're|They’re)\b(?!-)|"
    r"(?:This|That|These|Those)(?:'s|’s|\s+(?:is|was|are|were|has|had|have|will|would|could|"
    r"can|may|might|must|should|comes|came|means|meant|follows|[a-z]+ed)\b))"
)
#: A connective that points back to one statement before it: an example, a consequence, an
#: addition or a comparison ("For example, the port …", "In fact, Nissan …", "As a result,
#: …", "To which she said …", "So, …", "Yes, …"): shown after another element, it connects
#: nothing. "But …" and "And …" alone contrast with or add to the story so far, which a
#: reader can often supply, and are left to the reader (27 dev bullets open with "And":
#: refusing them would cost ROUGE as "But" did); "However, …" and "Still, …" answer one
#: sentence (:data:`CONCESSION`), and so does a pronoun after "But"/"And"
#: (:data:`_CONNECTIVE_FIRST`).
CONNECTIVE = re.compile(
    r"^[^\w\"“‘']{0,2}(?:For example|For instance|In fact|Indeed|Instead|In addition|"
    r"Moreover|Furthermore|Likewise|Similarly|Besides|As a result|Therefore|Thus|In turn|"
    r"By contrast|In contrast|On the other hand|Otherwise|Consequently|Also|Again|"
    # a consequence or an answer to what was just said ("So, in other words, …", "Yes, the
    # exclamation point is part of the name."; tenth session)
    r"So|Yes|No|Of course|In other words|After all|That said|Put simply|In short|"
    # a correction of what was just said ("Actually, what socialism does is …")
    r"Actually|In reality|In truth|"
    # a time relative to what was just told ("In the meantime, the mayor …"; twelfth session)
    r"In the meantime|In the meanwhile|Since then|By then|Until then|After that),|"
    # a relative pronoun that opens the sentence ("To which she said, …", "Which is why …")
    r"(?:(?:To|In|Of|For|By|With|From|At|On|During|After) )?(?:which|whom|Which)\b"
)
#: A quantifier standing for people or things just named ("Some didn't make the cut",
#: "Others were sent home", "Most of them had left"): it points back as "They" does.
_QUANTIFIER_PRONOUN = re.compile(
    r"^[^\w\"“‘']{0,2}(?:Some|Many|Most|Others|Both|Few|None|Several|All)(?: of them)?\s+"
    r"(?:are|were|was|is|have|had|has|did|didn['’]t|do|don['’]t|will|would|could|can|"
    r"may|might|must|should|said|say|[a-z]+ed)\b"
)
#: A concession answers the sentence just before it ("But amateur footage shows …",
#: "However, the council said …"): shown after another element it answers the wrong one.
CONCESSION = re.compile(
    r"^[^\w\"“‘']{0,2}(?:However|Nevertheless|Nonetheless|Still|Even so),|"
    # set off after the subject: "Clinton, meanwhile, focuses on …", "The council, however,
    # said …" (eleventh session)
    r"^[^\w\"“‘']{0,2}[^,;:!?\"“”()]{1,80},\s+(?:however|meanwhile|though|instead|"
    r"nevertheless|nonetheless),"
)
#: A coordinating connective before the pronoun that carries the lean ("But he wanted to
#: know …", "And that means …", "So they …"): the pronoun is the opener the reader meets.
_CONNECTIVE_FIRST = re.compile(r"^[^\w\"“‘']{0,2}(?:And|But|Yet|Or|So|Still|Then|Now),?\s+")
#: "That attitude, many argue, …", "Those gains add to …": a demonstrative and a noun point
#: back as "it" does; one of time ("This year", "That night") or of the page's pictures
#: ("These photos show …") does not.
_DEMONSTRATIVE = re.compile(r"^[^\w\"“‘']{0,2}(?:This|That|These|Those)\s+(?P<noun>[a-z][\w'’-]*)")
_TIME_NOUNS = frozenset(
    """year years week weeks month months day days morning mornings afternoon evening night
    nights time times season seasons summer winter spring autumn fall weekend weekends decade
    decades century term quarter half era period hour hours minute minutes moment past
    year's week's month's day's season's photo photos picture pictures image images video
    videos photograph photographs footage chart charts graphic graphics map maps""".split()
)


def _demonstrative(text: str) -> bool:
    match = _DEMONSTRATIVE.match(text)
    return match is not None and match["noun"].lower() not in _TIME_NOUNS


def demonstrative_opener(text: str) -> bool:
    """The element opens, after "But", "And" … or not, with a demonstrative and a noun
    ("But those differences seemed …", "These concerns …"): a thing the sentence before
    told, which a cut of that sentence may have left out."""
    first = _CONNECTIVE_FIRST.match(text)
    rest = text[first.end() :] if first is not None else text
    return _demonstrative(rest[:1].upper() + rest[1:])


#: A sentence end: a stop (and any closing marks) before a space and a capital or a figure.
_SENTENCE_END = re.compile(r"(\S+?)[.!?][\"”’')\]]*\s+(?=[\"“‘'(]?[A-Z0-9])")
_NOT_ENDS = frozenset(
    """mr mrs ms dr st jr sr gen gov sen rep lt col capt sgt prof rev no vs inc ltd co corp
    u.s u.k u.n a.m p.m e.g i.e etc mt ft""".split()
)
#: Capitalised words that name no person (sentence words, days, months).
_NOT_NAMES = frozenset(
    """the a an he she it they we i you his her its their this that these those there here
    but and or so yet in on at for from by with after before when while as if mr mrs ms dr
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]*")


def opening_pronoun(text: str) -> str | None:
    """``person`` or ``leaning`` when the element opens (outside a quotation) with a pronoun
    that points back; None otherwise. A bullet that opens with a quotation mark is the
    speaker's words: their "I" or "we" is resolved by the cue."""
    if PERSON_PRONOUN.match(text):
        return "person"
    if LEANING_PRONOUN.match(text) or CONNECTIVE.match(text) or _demonstrative(text):
        return "leaning"
    if _QUANTIFIER_PRONOUN.match(text):
        return "leaning"  # "Some didn't make the cut …": some of those just named
    if CONCESSION.match(text):
        return "leaning"  # "But …", "However, …": it answers the sentence before it
    if rules.elliptical(text):
        return "leaning"  # "… however, haven't.": the verb is in the sentence before
    first = _CONNECTIVE_FIRST.match(text)
    if first is not None:
        rest = text[first.end() :]
        rest = rest[:1].upper() + rest[1:]  # "But he …" reads as "He …"
        if PERSON_PRONOUN.match(rest):
            return "person"
        if LEANING_PRONOUN.match(rest) or _demonstrative(rest):
            return "leaning"
    intro = rules.intro_pronoun(text)  # "But by December, they worsened"
    if intro is not None:
        return "person" if intro in {"he", "she", "his", "her"} else "leaning"
    return None


def follows_directly(article: str, before: tuple[Span, ...], after: tuple[Span, ...]) -> bool:
    """The element ``after`` is the sentence right after the one ``before`` shows: between
    them the article has at most the end of ``before``'s own sentence."""
    if not before or not after or before[-1].end > after[0].start:
        return False
    gap = article[before[-1].end : after[0].start]
    ends = [
        m
        for m in _SENTENCE_END.finditer(gap + " A")
        if m.group(1).lower().strip("\"“‘'(") not in _NOT_ENDS
    ]
    # A shown element that stops short of its sentence's end leaves that end in the gap.
    own_end = 0 if rules.PUNCT_END.search(article[before[-1].start : before[-1].end]) else 1
    return len(ends) <= own_end


def names_someone(text: str) -> bool:
    """The element names someone the reader can pin "he" or "she" on: a capitalised word
    that is not a sentence word, a day or a month (a plain reading, no entity model)."""
    return any(w.lower().rstrip("'’s") not in _NOT_NAMES for w in _CAPITALISED.findall(text))


def unresolved_pronoun(
    article: str,
    text: str,
    spans: tuple[Span, ...],
    shown_before: tuple[str, tuple[Span, ...]],
    earlier: Sequence[str] = (),
) -> bool:
    """A bullet opening with a pronoun that the elements shown before it do not resolve:
    "It/They/This …" needs the element just before it (``(text, spans)`` of the Topline or
    the previous bullet) to be the sentence right before it; "He/She …" needs that, or an
    element shown before it (that one or the ``earlier`` ones) that names someone."""
    kind = opening_pronoun(text)
    if kind is None:
        return False
    before_text, before_spans = shown_before
    if follows_directly(article, before_spans, spans):
        return False
    if kind != "person":
        return True
    return not any(names_someone(t) for t in (before_text, *earlier))


# --- Key background that is the news -----------------------------------------------------
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: The news's own time: what happened then is the story, not its background. A weekday
#: followed by a date ("Monday, March 3, 2014") is a date, judged by its value instead.
NEWS_TIME = re.compile(
    r"\b(?:yesterday|today|tonight|last night|overnight|this (?:morning|afternoon|evening|"
    r"week|weekend)|(?:at|over) the weekend|earlier (?:today|this week)|\w+ hours? ago|"
    r"\w+ (?:hours?|minutes?) (?:earlier|later)|(?:earlier|later) (?:in the|that) (?:day|"
    r"night|morning|afternoon|evening|game|match|race)|"
    r"(?<!\ba )(?<!\bevery )(?<!\beach )(?:on |last |this |early |late )?"
    + _WEEKDAY
    + r"(?:'s|’s)?(?: (?:morning|afternoon|"
    r"evening|night))?(?!,? (?:\d|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)))\b"
)
#: A verb that reports what someone said, found or felt: a past perfect after it is the
#: backshift of reported speech ("confirmed she had been suspended"), not an earlier time.
_REPORTED_HAD = re.compile(
    r"\b(?:said|says|told|tells|confirmed|admitted|denied|claimed|felt|believed|thought|"
    r"acknowledged|insisted|argued|added|explained|revealed|alleged|stated|suggested|heard|"
    r"learned|learnt|found|realised|realized|knew|reported|announced|noted|described|"
    r"accused|complained|feared|worried|if|whether|as though|as if|"
    r"stressed|emphasi[sz]ed|pointed out|reiterated|maintained|conceded|remarked|"
    r"cautioned|underlined|underscored|lamented|assured|reminded|"
    # the participle of a reaction told today: "welcomed the exchange, saying the hostages
    # had suffered"
    r"saying|adding|noting|claiming|arguing|insisting|explaining|stating|warning|"
    r"admitting|denying|confirming|revealing|suggesting)\b[^.;!?]{0,120}?\bhad\b",
    re.I,
)
#: A time of the reported event's own: it is earlier than the news after all (a year
#: written out counts: "fired the employees from 2011 to 2016").
_OWN_TIME = re.compile(
    r"\b(?:(?:1[89]|20)\d\d|since|ago|before|previously|formerly|earlier|already|once|"
    r"childhood|for (?:years|"
    r"decades|months|(?:\w+ )(?:years|decades|months))|(?:in|during|until|by) (?:the )?"
    r"(?:past|(?:1[89]|20)\d\d|January|February|March|April|May|June|July|August|September|"
    r"October|November|December))\b",
    re.I,
)


def reported_past_only(text: str) -> bool:
    """The sentence's only past-time wording is a past perfect that reported speech (or a
    condition, "if … had") put there, with no time of its own: "A spokesman confirmed she
    had been suspended" tells the news in reported speech."""
    if not PAST_PERFECT.search(text) or START_POINT.search(text) or EARLIER.search(text):
        return False
    if _OWN_TIME.search(text):
        return False
    return all(
        _REPORTED_HAD.search(text[: m.end()]) is not None for m in PAST_PERFECT.finditer(text)
    )


#: Wording that tells what is still to come.
_FUTURE = re.compile(
    r"\b(?:will|won't|won’t|shall|(?:is|are) (?:set|due|expected|scheduled|planning|going) to|"
    r"plans? to|next (?:year|month|week|season))\b",
    re.I,
)


#: "in 2020" and the like: a year after "in" may lie ahead.
_IN_YEAR = re.compile(
    r"\b(?:in|back in|during|until)\s+(?:(?:early|late|mid)[- ])?(?:1[89]|20)\d\d\b", re.I
)


def future_only(text: str, date: str | None = None) -> bool:
    """The sentence tells what is to come ("will be enabled in 2020") and names no earlier
    date, start point or past perfect: a year after "in" is no past by itself."""
    if date or PAST_PERFECT.search(text) or START_POINT.search(text):
        return False
    if EARLIER.search(_IN_YEAR.sub(" ", text)):
        return False  # "has previously said it will …": the saying is earlier
    return bool(_FUTURE.search(text))


#: A reporting verb in a main clause: "X said …", "Y felt …", "many speculated …".
_REPORTING = re.compile(
    r"^(?:[^\"“”;:]{1,80}?\s)?(said|says|told|tells|felt|feels|believes|believed|thinks|"
    r"thought|speculated|argued|argues|added|adds|explained|noted|notes|insisted|insists|"
    r"claimed|claims|stated|wrote|writes|suggested|suggests|warned|warns|announced|"
    r"confirmed|confirms|denied|denies|admitted|acknowledged|maintains|contends|expects|"
    r"hopes|fears|predicted|predicts|labell?ed|called|described|branded|hailed|blamed|"
    r"accused|critici[sz]ed|praised|urged|vowed|promised|"
    r"stressed|emphasi[sz]ed|pointed out|reiterated|maintained|conceded|remarked|"
    r"cautioned|underlined|underscored|lamented|assured|reminded)\b",
    re.I,
)


#: A time of the reported event's own, in a statement ("had known each other since
#: childhood", "fired them from 2011 to 2016", "has previously said"); stricter than
#: :data:`_OWN_TIME`: "already" and "before" say nothing of when.
_REPORTED_OWN_TIME = re.compile(
    r"\b(?:(?:1[89]|20)\d\d|ago|since|previously|formerly|childhood|in the past|at the time|"
    r"last (?:year|month|decade)|for (?:years|decades|months)|(?:in|since|until|by) (?:early |"
    r"late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December))\b",
    re.I,
)


def reported_now(text: str, date: str | None = None) -> bool:
    """The sentence is someone's statement, opinion or expectation told by the story ("The
    company said its moves had already produced results", "Martinez felt Coleman had been
    barged", "Many speculated that he might fail"), with no date of its own: what the
    story's sources say now is the news, not its background. The reporting verb comes
    within the sentence's first clause (its subject, at most a few words, before it)."""
    if date or _REPORTED_OWN_TIME.search(text) or START_POINT.search(text):
        return False
    match = _REPORTING.match(text.strip())
    if match is None:
        return False
    # "had branded", "had argued": the statement itself lies earlier (a past perfect).
    return not re.search(r"\bhad\s+(?:\w+ly\s+)?$", match.group(0)[: -len(match.group(1))])


#: A past perfect anchored to the story's own moment ("By that stage, Hamilton had already
#: pitted", "In the process his wheel had been tagged"): narration of the event, not an
#: earlier one.
NARRATIVE_ANCHOR = re.compile(
    r"^\W*(?:by (?:that stage|then|that point|that time|the time|now)|in the process|"
    r"at that (?:point|stage|time|moment)|moments? (?:earlier|before|later))\b",
    re.I,
)


def _future_year(text: str, date: str | None) -> bool:
    """Every mention of ``date``'s year sits in a clause told in the future."""
    if not date:
        return False
    found = [m.start() for m in re.finditer(re.escape(date[:4]), text)]
    if not found:
        return False
    for at in found:
        clause = re.split(r"[,;:()]", text[:at])[-1]
        if not _FUTURE.search(clause):
            return False
    return True


def current_event(text: str, date: str | None = None, published: dt.date | None = None) -> bool:
    """Key background that is the news itself or what is to come, not an earlier event:
    told at the news's own time ("yesterday", "on Tuesday", "at the weekend", "hours
    earlier"), dated from within :data:`~topline.brief.cues.NEWS_WINDOW_DAYS` before
    publication on, past only by the backshift of reported speech
    (:func:`reported_past_only`), told in the future with no earlier date
    (:func:`future_only`; without a publication date a year is no earlier date), dated by a
    period that runs into the news window ("in 2016" in a 2016 story), or a past
    perfect anchored to the story's own moment (:data:`NARRATIVE_ANCHOR`)."""
    # Without a publication date, a year in a clause told in the future is no evidence of
    # the past ("will open in 2028"); "which will close in 2026, was built in 1971" is.
    future = future_only(
        text, date if published is not None or not _future_year(text, date) else None
    )
    if NEWS_TIME.search(text) or reported_past_only(text) or future:
        return True
    if NARRATIVE_ANCHOR.match(text):
        return True
    if reported_now(text, date):
        return True
    start = period_start(date) if date else None
    window = dt.timedelta(days=NEWS_WINDOW_DAYS)
    if start is not None and published is not None and start > published - window:
        return True
    # "Democrats in 2016 are getting …" (published in 2016), "after last week": a period that
    # runs into the news window is the news's own time, not an earlier one
    end = period_end(date) if date else None
    return end is not None and published is not None and end >= published - window
