"""Light, grounded compression: a sentence becomes a shorter tuple of its own spans.

Nothing is rewritten. Compression only *leaves out* pieces that a brief does not need:

- a leading dateline or wire credit ("LONDON (Reuters) -", "(CNN) --", "WASHINGTON —",
  "Dekalb, Ill. —", "HONOLULU, Hawaii (HawaiiNewsNow) -", an outlet's domain "Example.net -"),
  including press-release datelines ("SEATTLE, Oct. 28, 2025 /PRNewswire/ --",
  "AUSTIN, Texas--(BUSINESS WIRE)--", "TORONTO, Sept. 30, 2024 (GLOBE NEWSWIRE) --",
  "Denver, Colorado, Feb. 1, 2024 --"), a place and its country before a colon
  ("Washington, DC, United States:") and a credit naming its desk ("(CNN Business)");
- a byline or "PUBLISHED: … UPDATED: …" stamp glued to the first sentence;
- footnote reference marks ("per shift[1]"), and a writer's sign-off run into the end
  ("…"--Kim Hjelmgaard.", :mod:`.digest`);
- short parentheticals ("(pictured)", "(left)", "(AP)"; a picture aside goes even with its
  "not": "(not pictured)");
- a trailing attribution clause (", police said.") when the bullet's ``attribution`` field
  already names the source;
- in bullets, and in a Topline longer than :data:`LONG_LEDE_WORDS`, a trailing modifier
  clause: a participial phrase (", leaving three dead"), a "with" absolute (", with the
  visitors running out 29-10 winners"), a subordinate or relative clause (", as …",
  ", while …", ", when …", ", who …") or an "according to" credit. These are the clauses
  that the Trimmer rules of headline compression (Dorr, Zajic & Schwartz 2003) also remove:
  the sentence's news is in its main clause;
- for ``--max-words``: everything after the first clause(s) that fit the word limit.

The display text of the result is ``join_spans(text, spans)``: the kept pieces joined by one
space, which is why each piece is trimmed of surrounding white space.
"""

from __future__ import annotations

import functools
import re

from topline.brief.claim_rules import PASSIVE_AUXILIARIES
from topline.brief.cut_rules import OPENING_CONNECTIVES
from topline.brief.digest import strip_sign_off
from topline.brief.kept_meaning import leaves_empty_predicate
from topline.model import Span

# --- tunables ----------------------------------------------------------------------------
#: Parentheticals up to this many words are dropped ("(pictured)", "(R-Texas)").
MAX_PARENTHETICAL_WORDS = 6
#: Relative clauses up to this many words are dropped from bullets.
MAX_RELATIVE_CLAUSE_WORDS = 16
#: Bullets are cut to their first clause(s) within this many words (None: never).
MAX_BULLET_WORDS: int | None = None
#: A trailing attribution clause longer than this is probably content, and is kept.
MAX_ATTRIBUTION_CLAUSE_WORDS = 8
#: A Topline longer than this loses its trailing modifier clause too (newsroom rule of thumb:
#: a lede runs under 30 words).
LONG_LEDE_WORDS = 30
#: A bullet keeps at least this many words when its trailing modifier clause is left out.
MIN_TRIMMED_WORDS = 8
#: A trailing-clause cut is only looked for this many characters into the sentence.
MIN_MAIN_CLAUSE_CHARS = 20

#: A wire or outlet credit, and the desk it may name ("(CNN Business)", "(Reuters Health)").
_KNOWN_WIRE = (
    r"(?:Reuters|AP|AFP|CNN|UPI|Bloomberg|dpa|PA|Xinhua|ANSA|EFE|The Associated Press)"
    r"(?:\s(?:Business|Politics|Money|Health|Sport|Sports|Travel|Style|Tech|Breakingviews))?"
)
_WIRE = rf"(?:{_KNOWN_WIRE}|[A-Z]{{2,6}})"
_DASH = r"(?:-{1,2}|—|–)"
_PLACE = r"(?!(?:The|A|An)\s)[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ ]{1,30}){0,2}"
_DATELINES = (
    # "LONDON (Reuters) -", "NEW YORK, March 3 (Reuters) --", "Paris (AFP) —"
    re.compile(rf"^{_PLACE}\s*\({_KNOWN_WIRE}\)\s*{_DASH}?\s*"),
    # "LAGOS (NAN) -": an unknown wire in capitals needs its dash, or "The All Progressives
    # Congress (APC) won …" would lose its subject.
    re.compile(rf"^{_PLACE}\s*\([A-Z]{{2,6}}\)\s*{_DASH}\s*"),
    # "(CNN) --", "(CNN)Two …", "(Reuters) -"
    re.compile(rf"^\({_WIRE}\)\s*{_DASH}?\s*"),
    # "WASHINGTON —", "SAN FRANCISCO, Calif. --", "BEIJING:"
    # "DUBAI, United Arab Emirates —": a country of up to three words after the city
    re.compile(
        rf"^[A-Z][A-Z.'’ ]{{2,30}}(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}})?\s*(?:{_DASH}|:)\s+"
    ),
    # "Washington, DC, United States: Getting …": a city in title case, then its state or
    # country, and a colon before a capital (a label of one name and a colon, "Mayor: We
    # …", has no comma and stays; eleventh session)
    re.compile(
        r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}){1,2}:\s+"
        r"(?=[\"“‘']?[A-Z])"
    ),
    # "HONOLULU, Hawaii (HawaiiNewsNow) - ": the place, then an outlet written as one word
    # in parentheses, and a dash (twelfth session)
    re.compile(rf"^{_PLACE}\s*\([A-Z][A-Za-z0-9]{{2,30}}\)\s*{_DASH}\s+(?=[\"“‘']?[A-Z])"),
    # "Dekalb, Ill. — ", "Palo Alto, Calif. -- ": a city in title case, an abbreviated
    # state with its stop, and a dash (AP style; twelfth session)
    re.compile(
        rf"^[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}},\s*[A-Z][a-z]{{1,4}}\.\s*{_DASH}\s+"
        r"(?=[\"“‘']?[A-Z])"
    ),
    # "PanARMENIAN.Net - ", "Example.com — ": an outlet's domain name as its credit, and a
    # dash (twelfth session)
    re.compile(
        rf"^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:[Nn]et|[Cc]om|[Oo]rg|[Ii]nfo|[Nn]ews)"
        rf"\s*{_DASH}\s+(?=[\"“‘']?[A-Z])"
    ),
)
# Press-release datelines ("SEATTLE, Oct. 28, 2025 /PRNewswire/ --", "AUSTIN, Texas--(BUSINESS
# WIRE)--", "TORONTO, Sept. 30, 2024 (GLOBE NEWSWIRE) --", "Denver, Colorado, Feb. 1, 2024 --").
_PLACE_WORD = r"[A-Z][A-Za-z.'’]*"
_CITY = rf"{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,3}}"
_STATE = rf",\s*{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_YEAR = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}\s+{_MONTH},?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)"
)
#: A press-wire credit: "/PRNewswire/", "/PRNewswire-FirstCall/", "/CNW/", "(BUSINESS WIRE)".
_PRESS_WIRE = (
    r"(?:/(?=[^/\n]{0,40}(?:[Ww]ire|WIRE|CNW))\s*[A-Za-z][\w.-]*(?:\s[\w.-]+){0,2}\s*/"
    r"|\(\s*[A-Za-z][\w.]*(?:\s[\w.]+){0,2}\s*(?:WIRE|[Ww]ire|NEWSWIRE|[Nn]ewswire)[\w.]*\s*\))"
)
_PRESS_DATELINES = (
    # CITY[, State][, Date] /Wire/ --   (the wire credit makes it a dateline)
    re.compile(
        rf"^(?:{_CITY}(?:{_STATE}){{0,2}}(?:,\s*{_DAY_YEAR})?\s*{_DASH}?\s*)?{_PRESS_WIRE}"
        rf"\s*{_DASH}?\s*"
    ),
    # CITY[, State], Date --   (a full date then a dash makes it a dateline)
    re.compile(rf"^{_CITY}(?:{_STATE}){{0,2}},\s*{_DAY_YEAR}\s*{_DASH}\s*"),
)
_BYLINE = re.compile(
    r"^(?:By\s+\.?\s*[A-Z][\w.'’ -]{1,60}?\s*\.\s*)?(?:PUBLISHED:.*?(?:UPDATED:\s*\.?\s*"
    r"\d{1,2}:\d\d\s*\w*,\s*\d{1,2}\s+\w+\s+\d{4}\s*\.?\s*)|(?:Last updated at.*?\d{4}\s*\.?\s*))",
    re.S,
)
_PARENTHETICAL = re.compile(r"\s*\(([^()]{1,80})\)")
#: A parenthetical that only points at a picture ("(pictured)", "(not pictured)", "(seen
#: here)"): left out even with its "not", which says nothing about the news ("(not shown
#: to the jury)" is not one and stays).
_PICTURE_ASIDE = re.compile(
    r"\s*(?:not\s+)?(?:pictured|shown|seen|left|right|centre|center|above|below|inset|file)"
    r"(?:\s+(?:here|above|below|left|right|centre|center))?\s*",
    re.I,
)
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:according to (?P<according>[^,;]{2,80}?)|(?P<who>[^,;\"“”]{2,80}?)\s+(?:said|says|"
    r"reported|reports|told (?:[A-Z]|the [A-Z]|us\b|reporters\b|journalists\b)[\w ]{0,40}|"
    r"announced|confirmed|added))"
    # "… said on Monday", "… said in a statement", "… said late Tuesday"
    r"(?:\s+(?:on|in|at|late|early|last|this)\s+[\w’' ]{1,30}?)?\s*\.?\s*$"
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\s+[^,;\"“”()]{3,120}?,\s+")
_TRAILING_CLAUSE = re.compile(
    r"(?:,|\s[-–—]{1,2})\s+(?=(?:[a-z]+ing|with|according|as|while|when|who|whose)\b)"
)
#: A comma or colon between digits ("1,237", "10:30") is part of a figure, no break.
_CLAUSE_BREAK = re.compile(r"\s*(?:[,:](?!\d)|;|\s-{1,2}\s|\s?—\s?|\s–\s)\s*")
_WORD = re.compile(r"\S+")
_EDGE_PUNCT = " \t\n,;:-—–"


def tidy(text: str, spans: list[Span]) -> tuple[Span, ...]:
    """Trim white space and dangling clause punctuation from each span; drop empty ones."""
    out: list[Span] = []
    for span in spans:
        start, end = span.start, span.end
        while start < end and text[start] in _EDGE_PUNCT:
            start += 1
        while end > start and text[end - 1] in _EDGE_PUNCT:
            end -= 1
        if end > start:
            out.append(Span(start, end))  # a lone stop joins the word before (join_spans)
    return tuple(out)


#: What a shown element may already end on: a full stop, a question or exclamation mark, an
#: ellipsis, or a quotation's or bracket's close after one of these.
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’'»)\]]*$")
_CLOSERS = "\"”’'»)]"


def closed(text: str, sentence: Span, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """``spans`` ending on the sentence's own full stop when a cut left it out.

    A bullet or Topline whose trailing clause, attribution or list was left out ends on a
    word ("… being a felon in possession of firearms"); a reader takes that for a sentence
    cut short. The sentence's final stop (before a closing quotation mark whose quotation the
    cut removed, too) is added as a span of its own, which :func:`~topline.model.join_spans`
    joins to the word before. A sentence that ends otherwise (a question, an exclamation, a
    headline with no stop) is left as it is: its ending is no full stop to borrow."""
    if not spans:
        return spans
    last = spans[-1]
    if _ENDS_SENTENCE.search(text, last.start, last.end):
        return spans
    end = sentence.end
    while end > last.end and text[end - 1].isspace():
        end -= 1
    while end > last.end and text[end - 1] in _CLOSERS:
        end -= 1  # '… called it "a disgrace".' or '… "a disgrace."'
    if end <= last.end or text[end - 1] != ".":
        return spans
    return (*spans, Span(end - 1, end))


#: A footnote's reference mark: "per shift[1]", "intervention [2]".
_FOOTNOTE = re.compile(r"\s*\[\d{1,3}\]")


def drop_footnote_marks(text: str, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Leave out footnote reference marks ("… 1,000 alarms per shift[1], …")."""
    out: list[Span] = []
    for span in spans:
        cursor = span.start
        for match in _FOOTNOTE.finditer(text, span.start, span.end):
            out.append(Span(cursor, match.start()))
            cursor = match.end()
        out.append(Span(cursor, span.end))
    return tuple(s for s in out if s.end > s.start)


def strip_dateline(text: str, span: Span) -> Span:
    """The sentence without a leading dateline, wire credit or byline stamp."""
    body = span.of(text)
    offset = 0
    for _ in range(3):
        match = _BYLINE.match(body[offset:])
        if not match or not match.group(0).strip():
            patterns = (*_PRESS_DATELINES, *_DATELINES)
            match = next((m for p in patterns if (m := p.match(body[offset:]))), None)
        if not match or match.end() == 0 or match.end() >= len(body) - offset:
            break
        offset += match.end()
    start = span.start + offset
    while start < span.end and text[start].isspace():
        start += 1
    return Span(start, span.end) if start < span.end else span


_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|none|without)\b|n[’']t\b", re.I)


def _inside_quotation(text: str, start: int, position: int) -> bool:
    """Whether ``position`` falls inside a double-quoted passage opened after ``start``."""
    piece = text[start:position]
    return piece.count('"') % 2 == 1 or piece.count("“") > piece.count("”")


def _kept_whole(text: str, start: int, match: re.Match[str]) -> bool:
    """A piece that compression must not remove: it holds a negation (leaving it out would
    change what the sentence says) or it sits inside a quotation (quotes are verbatim)."""
    return bool(_NEGATION.search(match.group(0))) or _inside_quotation(text, start, match.start())


def drop_parentheticals(text: str, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Leave out short parentheses; a span is split around each one."""
    out: list[Span] = []
    for span in spans:
        cursor = span.start
        for match in _PARENTHETICAL.finditer(text, span.start, span.end):
            if len(match.group(1).split()) > MAX_PARENTHETICAL_WORDS or (
                _kept_whole(text, span.start, match)
                and not _PICTURE_ASIDE.fullmatch(match.group(1))
            ):
                continue
            if text.startswith(",", match.end()) and not _PICTURE_ASIDE.fullmatch(match.group(1)):
                continue  # "Aderholt (R-Ala.), ranking member": cut, it reads "Aderholt ranking"
            out.append(Span(cursor, match.start()))
            cursor = match.end()
        out.append(Span(cursor, span.end))
    return tidy(text, out) or spans


#: The text after a comma runs to another comma, and an auxiliary or modal follows it.
_VERB_AFTER_NEXT_COMMA = re.compile(
    r"[^,;\"“”()]{1,150},\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|"
    r"must|should|shall|did|does|do)\b"
)
_LIST_GOES_ON = re.compile(r"^\s*[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|\s+(?:and|or)\s)")
_DETERMINER = frozenset("a an the its his her their this that these those".split())


def _resumes_main_clause(rest: str) -> bool:
    """What follows a relative clause's closing comma goes on with the main clause (its
    verb: ", which serves 15 million customers, said …"), not with the clause itself: a
    list the comma was part of (", which assess English, maths and science"), an
    appositive ("…, who heads the Alliance, a group that …"), a closing name
    ("…, which will focus on its former CEO, Adam Neumann.") or a comma inside the clause,
    whose own end is the next comma, where the sentence's verb follows
    (:data:`_VERB_AFTER_NEXT_COMMA`), or an "according to" that credits the clause
    (", who was tied with Trump at 42 percent on July 25, according to a CBS poll": cut, the
    main clause's figures are credited to the poll's; fifteenth session)."""
    words = rest.split()
    if not words or words[0].lower() in _DETERMINER or _LIST_GOES_ON.match(rest):
        return False
    if words[0] == "according":
        return False
    if _VERB_AFTER_NEXT_COMMA.match(rest):
        return False  # the comma was inside the clause: "whose challenge is to transform his
        # left-wing, lesser-known candidacy into …, will face …" (fourteenth session)
    return not (len(words) <= 3 and rest.lstrip()[:1].isupper())


#: Words that open an interposed phrase, not a relative clause's verb phrase: in ", who in
#: 2008, won the award, has …" the comma after "in 2008" closes the phrase, and the clause
#: goes on to "won"; cutting at that comma leaves "…, won the award, has …" behind.
_INTERPOSED_OPENERS = frozenset(
    "in on at after before during since until by for from last this earlier later once "
    "twice also still now then".split()
)


def _interposed_phrase_only(clause: str) -> bool:
    """The matched clause (", who in 2008, ") holds only the pronoun and an interposed phrase."""
    words = clause.strip(" ,").split()
    return len(words) >= 2 and words[1].lower() in _INTERPOSED_OPENERS


#: A sentence that opens with a phrase set before its subject ("Regardless of the outcomes
#: in Illinois and Missouri, which …, Clinton remained …", "After talks with the union,
#: which …, the board agreed …"): a relative clause inside that phrase ends it with its
#: closing comma, and leaving the clause out would run the phrase into the subject
#: ("… Missouri Clinton remained …"; fourteenth session, second round).
_INTRODUCTORY = re.compile(
    r"\W{0,2}(?:Regardless of|Despite|In spite of|After|Before|During|Since|Until|Unlike|"
    r"Like|Following|Amid|Among|Under|Without|With|Because of|Due to|Ahead of|According to|To|"
    r"Although|Though|While|When|Whereas|If|Unless|As|In|On|At|For|From|By|Through|Across|"
    r"Against|Beyond|Besides|Outside|Inside|Within|Over)\b"
)


def _closes_introduction(text: str, start: int, match: re.Match[str]) -> bool:
    """The relative clause sits in a phrase that opens the sentence before its subject (the
    sentence opens with :data:`_INTRODUCTORY` and no comma comes before the clause): its
    closing comma is the phrase's, and the clause stays."""
    before = text[start : match.start()]
    return bool(_INTRODUCTORY.match(before)) and "," not in before


#: An appositive is at most this many words ("Ms. Lee, 21,", "Romney, the party's 2012
#: nominee,").
MAX_APPOSITIVE_WORDS = 6


def _after_appositive(text: str, start: int, match: re.Match[str]) -> bool:
    """The relative clause follows an appositive set off by a comma after a name ("Ms. Lee,
    21, who is a student, held …"): the clause's closing comma also closes the appositive,
    and leaving the clause out leaves it open ("Ms. Lee, 21 held …"; fifteenth session)."""
    before = text[start : match.start()]
    comma = before.rfind(", ")
    if comma < 0:
        return False
    words, head = before[comma + 2 :].split(), before[:comma].split()
    return (
        0 < len(words) <= MAX_APPOSITIVE_WORDS
        and words[0].lower() not in ("and", "or", "but")
        and bool(head)
        and head[-1][:1].isupper()
        and head[-1].strip("\"“‘'") not in OPENING_CONNECTIVES  # "Meanwhile, X, who …"
    )


def drop_relative_clauses(text: str, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Leave out non-restrictive relative clauses (", which serves 15 million customers,")
    when the main clause resumes after them (:func:`_resumes_main_clause`), and not inside
    an introductory phrase (:func:`_closes_introduction`)."""
    out: list[Span] = []
    for span in spans:
        cursor = span.start
        for match in _RELATIVE_CLAUSE.finditer(text, span.start, span.end):
            if (
                len(match.group(0).split()) > MAX_RELATIVE_CLAUSE_WORDS
                or (span is spans[0] and _closes_introduction(text, span.start, match))
                or _interposed_phrase_only(match.group(0))
                or _after_appositive(text, span.start, match)
                or _kept_whole(text, span.start, match)
                or not _resumes_main_clause(text[match.end() : span.end])
            ):
                continue
            out.append(Span(cursor, match.start()))
            cursor = match.end()
        out.append(Span(cursor, span.end))
    return tidy(text, out) or spans


def drop_trailing_attribution(text: str, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Leave out ", police said." at the end when the attribution field carries the source."""
    if not spans:
        return spans
    last = spans[-1]
    match = _TRAILING_ATTRIBUTION.search(text, last.start, last.end)
    if not match or len(match.group(0).split()) > MAX_ATTRIBUTION_CLAUSE_WORDS + 1:
        return spans
    kept = tidy(text, [*spans[:-1], Span(last.start, match.start())])
    return kept if word_total(text, kept) >= 5 else spans


#: A main clause may not end on one of these: the cut fell inside a phrase ("is now 10 and").
_DANGLING_END = frozenset(
    "and or but nor of to the a an that with by for in on at from as than".split()
)


def _balanced(fragment: str) -> bool:
    """No quotation or parenthesis left open (a cut must not fall inside one)."""
    return (
        fragment.count("“") == fragment.count("”")
        and fragment.count('"') % 2 == 0
        and fragment.count("(") == fragment.count(")")
    )


#: A phrase that opens so is subordinate: its main clause comes after its comma
#: ("Boasting 108,000 residents …, the county …").
_SUBORDINATE_OPENER = re.compile(
    r"^\W{0,2}(?:[A-Z][a-z]+ing|If|When|While|Although|Though|Because|Since|As|After|Before|"
    r"Despite|Unless|Whether|Once|Until)\b"
)


#: A prepositional phrase that opens the sentence is set off by the comma the cut would
#: fall at: "In the old Union of Soviet Socialist Republics, as Hedrick Smith reported …,
#: the communist big shots had …" keeps no main clause when cut at ", as" (eleventh session).
_PHRASE_OPENER = re.compile(
    r"^\W{0,2}(?:In|On|At|Under|Across|Among|Amid|Throughout|Within|Inside|Outside|Beyond|"
    r"Near|From|Through|During|For|Against|Around|Along|Over|Behind|Below|Above)\s"
)

#: A finite verb's mark: an auxiliary or modal, or a past form.
_FINITE_MARK = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|"
    r"do|[a-z]{2,}ed)\b"
)


def _phrase_alone(body: str) -> bool:
    """What a cut keeps is only the sentence's opening prepositional phrase: it opens with
    a preposition, has no comma, and no finite verb's mark (:data:`_FINITE_MARK`)."""
    return bool(_PHRASE_OPENER.match(body)) and ", " not in body and not _FINITE_MARK.search(body)


_SPACED_DASH = re.compile(r"\s(?:-{1,2}|—|–)\s|—")


def _closes_dash_pair(text: str, start: int, match: re.Match[str]) -> bool:
    """The cut is at a dash that closes an aside opened by a dash ("Two hostages — an
    American and an Australian — who had been held … were released …"): the main clause
    goes on after the aside, so the part before the cut has no verb of its own."""
    if "," in match.group(0):
        return False
    return len(_SPACED_DASH.findall(text, start, match.start())) % 2 == 1


#: The clause a cut would leave out, closed by a comma before the sentence goes on.
#: A comma inside a figure ("$20,000") and the stop of an abbreviation ("U.S.") do not close it.
_CLOSED_CLAUSE = re.compile(
    r"(?:[^,;.!?\"“”()]|,(?=\S)|(?<=[A-Z])\.){1,150}?,\s+(?P<next>[\w'’]+)(?:\s+(?P<then>[\w'’]+))?"
)
_SUBJECT_PRONOUNS = frozenset("he she it they we i there".split())
#: Words after the clause's comma that do not carry the sentence's verb: function words, a
#: verb of saying (", police said") and the openers of further modifiers.
_NOT_RESUMING = frozenset(
    """the a an his her its their this that these those and or but nor so yet which who whose
    where when while as with without according including said says told added say tell
    reported confirmed than then for of in on at by from to""".split()
)


#: A sentence that opens with a time or a condition before its subject ("Two days before
#: Omar Mateen shot a hundred people, killing 49, he knelt …", "Hours after the vote, …"): a
#: participle clause closed by a comma and a subject pronoun is set in it, and the main
#: clause comes after (thirteenth session).
_OPENS_WITH_SUBORDINATE = re.compile(
    r"\W{0,2}(?:(?:\w+\s+){1,3}(?:before|after|since|until)\s|(?:If|When|While|As|After|"
    r"Before|Once|Although|Though|Because|Since|Until)\s)"
)


#: An auxiliary or modal right after the clause's closing comma is the sentence's own verb
#: (", including then-Secretary of State Hillary Clinton, had impeded …"): the clause was
#: set between the subject and its verb (fourteenth session).
_FINITE_AFTER = frozenset(
    """is are was were has have had will would can could may might must should shall did does
    do""".split()
)


#: Words after an "including" phrase's closing comma that go on with the noun before it (its
#: complement) or with the verb (its infinitive): "the rights, including …, of felons", "to
#: get delegates, including those backing her, to switch".
_HEAD_COMPLEMENT = frozenset("of to for from into".split())


def _interposed(text: str, end: int, stop: int, start: int = 0) -> bool:
    """The subordinate clause starting at ``end`` is closed by a comma and the sentence's
    own verb comes after it: after "as", "while" or "when", a subject pronoun and its verb
    (", when Hamilton stepped out of his car, he immediately stood …", ", as events
    unfolded, he was projected …"); after "as well as", the verb itself (", as well as the
    resulting death toll, indicate that …"); after any opener, an auxiliary or modal
    (:data:`_FINITE_AFTER`); after any opener, a subject pronoun and its verb
    when the sentence (from ``start``) opens with a time or a condition
    (:data:`_OPENS_WITH_SUBORDINATE`). Cut there, the sentence loses its main clause.
    A participle or "with" clause is not read so: a list goes on after its commas."""
    opener = text[end:stop]
    match = _CLOSED_CLAUSE.match(text, end, stop)
    if match is None:
        return False
    first, then = match["next"], match["then"]
    if first in _FINITE_AFTER:
        return True  # "whether an official, including the secretary, had impeded …"
    if opener.startswith("including ") and first.islower() and first in _HEAD_COMPLEMENT:
        return True  # "restores the civil rights, including the right to vote, of 206,000
        # felons": the phrase sat between a noun and its complement (fifteenth session)
    if opener.startswith("as well as "):
        return first.islower() and first not in _NOT_RESUMING and not first.endswith("ing")
    if not opener.startswith(("as ", "while ", "when ")) and not (
        first in _SUBJECT_PRONOUNS - {"i"} and _OPENS_WITH_SUBORDINATE.match(text, start, end)
    ):
        return False
    return (
        first.lower() in _SUBJECT_PRONOUNS
        and then is not None
        and then.islower()
        and then.lower() not in _NOT_RESUMING
    )


_ASIDE_CLOSE = re.compile(r"\s(?:-{1,2}|—|–)\s+(?P<next>[\w'’]+)|—(?P<glued>[\w'’]+)")


def _resumes_after_aside(text: str, match: re.Match[str], stop: int) -> bool:
    """The cut is at a dash that opens an aside, and after the dash that closes it the
    sentence goes on with its verb or a coordinated clause ("The stream of money confirms
    that the party's elite — who backed other candidates — believes …", "downplayed the
    attack — something that … — and said …"): cut there, the kept part lacks its verb, or
    the sentence's second predicate is lost (fifteenth session)."""
    if "," in match.group(0):
        return False
    close = _ASIDE_CLOSE.search(text, match.end(), stop)
    if close is None:
        return False
    first = close["next"] or close["glued"]
    if not first[:1].islower():
        return False
    return (
        first in ("and", "but")
        or first in _FINITE_AFTER
        or (first not in _NOT_RESUMING and not first.endswith("ing"))
    )


def drop_trailing_clause(text: str, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Leave out everything from the first trailing modifier clause on (", leaving …",
    ", with …", ", as …"), when the main clause left is whole: at least
    :data:`MIN_TRIMMED_WORDS` words, not ending on a conjunction or preposition, not a
    subordinate phrase alone ("Boasting 108,000 residents …", whose main clause follows
    the cut) nor an opening prepositional phrase alone (:func:`_phrase_alone`), no quotation
    or parenthesis left open, not at the dash that closes an aside between dashes
    (:func:`_closes_dash_pair`), and not at a clause the sentence's verb comes after
    (:func:`_interposed`). A contrast (", but …") is kept: it is news."""
    if not spans:
        return spans
    earliest = spans[0].start + MIN_MAIN_CLAUSE_CHARS
    for i, span in enumerate(spans):
        for match in _TRAILING_CLAUSE.finditer(text, max(span.start, earliest), span.end):
            kept = tidy(text, [*spans[:i], Span(span.start, match.start())])
            body = " ".join(k.of(text) for k in kept)
            words = body.split()  # the runs of _WORD
            if (
                len(words) >= MIN_TRIMMED_WORDS
                and words[-1].lower() not in _DANGLING_END
                and not (_SUBORDINATE_OPENER.match(body) and ", " not in body)
                and not _phrase_alone(body)
                and _balanced(body)
                and not _closes_dash_pair(text, span.start, match)
                and not _interposed(text, match.end(), span.end, spans[0].start)
                and not _resumes_after_aside(text, match, span.end)
                and not _NEGATION.search(text, match.start(), spans[-1].end)
                and not leaves_empty_predicate(body, text[match.start() : spans[-1].end])
            ):
                return kept
    return spans


def trailing_source(text: str, span: Span) -> Span | None:
    """The source named by a trailing ", police said." clause of the sentence, if any."""
    match = _TRAILING_ATTRIBUTION.search(text, span.start, span.end)
    if not match or len(match.group(0).split()) > MAX_ATTRIBUTION_CLAUSE_WORDS + 1:
        return None
    group = "according" if match.group("according") else "who"
    found = tidy(text, [Span(match.start(group), match.end(group))])
    if not found:
        return None
    words = found[0].of(text).split()
    if group == "who" and words and words[-1].lower() in PASSIVE_AUXILIARIES:
        # "…, the dissolution of the club was announced.": a passive names what was said,
        # not who said it
        return None
    return found[0]


#: Sentences whose dateline, sign-off, asides and footnote marks are kept as cut: the
#: Topline, the bullets (once or twice) and Key background compress the same sentences.
TRIMMED_CACHE = 1024


@functools.lru_cache(maxsize=TRIMMED_CACHE)
def _trimmed(text: str, span: Span) -> tuple[Span, ...]:
    """What every compression cuts first, whatever the element (it reads the span only)."""
    spans = drop_parentheticals(text, (strip_sign_off(text, strip_dateline(text, span)),))
    return drop_footnote_marks(text, spans)


def compress(
    text: str, span: Span, *, attributed: bool = False, bullet: bool = False, lede: bool = False
) -> tuple[Span, ...]:
    """The sentence ``span`` as compressed spans (never empty: falls back to the sentence).

    ``bullet`` also drops relative clauses and a trailing modifier clause, and applies
    :data:`MAX_BULLET_WORDS`; ``lede`` (the Topline) drops the trailing modifier clause of a
    lede longer than :data:`LONG_LEDE_WORDS`.
    """
    spans = _trimmed(text, span)
    if attributed:
        spans = drop_trailing_attribution(text, spans)
    if bullet:
        spans = drop_trailing_clause(text, drop_relative_clauses(text, spans))
        if MAX_BULLET_WORDS is not None:
            spans = trim_to_words(text, spans, MAX_BULLET_WORDS)
    elif lede and word_total(text, spans) > LONG_LEDE_WORDS:
        spans = drop_trailing_clause(text, spans)
    return tidy(text, list(spans)) or (span,)


def word_total(text: str, spans: tuple[Span, ...]) -> int:
    """Words (runs of :data:`_WORD`) in the spans: ``str.split`` cuts at the same white
    space as the pattern (both read Unicode's) and makes no match objects (asked ≈ 50
    times per brief)."""
    return sum([len(text[s.start : s.end].split()) for s in spans])


def trim_to_words(text: str, spans: tuple[Span, ...], max_words: int) -> tuple[Span, ...]:
    """The first clause(s) that fit in ``max_words``; a hard word cut only as a last resort."""
    if word_total(text, spans) <= max_words:
        return spans
    # Candidate cut points: clause breaks inside the spans, in order.
    cuts: list[tuple[int, int]] = []  # (span index, absolute end of the clause)
    for i, span in enumerate(spans):
        for match in _CLAUSE_BREAK.finditer(text, span.start, span.end):
            if match.start() > span.start:
                cuts.append((i, match.start()))
    best: tuple[Span, ...] = ()
    for i, end in cuts:
        candidate = tidy(text, [*spans[:i], Span(spans[i].start, end)])
        if candidate and word_total(text, candidate) <= max_words:
            best = candidate
        elif candidate:
            break
    if best:
        return best
    # No clause fits: keep the first max_words words.
    kept: list[Span] = []
    remaining = max_words
    for span in spans:
        words = list(_WORD.finditer(text, span.start, span.end))
        if len(words) <= remaining:
            kept.append(span)
            remaining -= len(words)
            continue
        if remaining > 0:
            kept.append(Span(span.start, words[remaining - 1].end()))
        break
    return tidy(text, kept) or spans[:1]
