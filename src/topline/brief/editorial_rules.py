"""The editorial rules, one small predicate per class of defect.

Each predicate looks at the text a reader is shown (and, where the rule needs it, the article
text the element's spans point into); none needs the analysis or a language model, so the
editorial audit (:mod:`topline.eval.editorial`) runs them on any briefs JSONL, and the brief
(:mod:`.compose`, :mod:`.crucial`, :mod:`.bignumber`, :mod:`.background`) uses the same
definitions as guards, so that it never shows an element the audit would flag. The rules are
deliberately plain, so that an editor can check them by eye.
"""

from __future__ import annotations

import re

from topline.model import Span

# --- tunables ----------------------------------------------------------------------------
#: A single element (Topline, bullet) longer than this is a run-on.
MAX_ELEMENT_WORDS = 45
#: A bullet whose stemmed content words overlap the Topline's this much repeats it.
REPEAT_SIMILARITY = 0.6
#: A source tag longer than this is a clause, not a source.
MAX_SOURCE_WORDS = 10
#: A line with at least this many words (articles and short prepositions aside), all
#: capitalised, is a title-case heading.
MIN_TITLE_WORDS = 5

_WORD = re.compile(r"\S+")

# --- quotation marks ---------------------------------------------------------------------
_DOUBLE_MARK = re.compile('["“”]')
_SINGLE_MARK = re.compile("['‘’]")
_N_ELISION = re.compile(r"['‘’]n['‘’]")
_ELISIONS = re.compile(r"(?:\d\ds?|em|n|til|cause|twas|tis|s)\b", re.I)


def unbalanced_quotes(text: str) -> bool:
    """Any paragraph of ``text`` leaves a quotation open or closes one it did not open.

    A quotation that runs over several paragraphs opens each of them and closes only the
    last (the newsroom convention): a paragraph left open is fine when the next one opens
    with a mark."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    for i, paragraph in enumerate(paragraphs):
        if not _unbalanced_paragraph(paragraph):
            continue
        continued = i + 1 < len(paragraphs) and paragraphs[i + 1].lstrip()[:1] in "\"“‘'"
        if not (continued and any(not _unbalanced_paragraph(paragraph + c) for c in '"”’')):
            return True
    return False


def _unbalanced_double(text: str) -> bool:
    """Double marks read in order: a quotation opened inside another (``"We won. "We``), a
    close with nothing open, or one left open. A straight mark opens after a space and closes
    before one; a mark between two spaces or two letters just flips the state."""
    open_ = False
    for mark in _DOUBLE_MARK.finditer(text):
        i, ch = mark.start(), mark.group(0)
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = ch == "“" or (
            ch == '"' and (before.isspace() or before in _OPENERS) and not after.isspace()
        )
        closes = ch == "”" or (
            ch == '"' and not before.isspace() and (after.isspace() or after in _CLOSERS)
        )
        if opens and not closes:
            if open_:
                return True
            open_ = True
        elif closes and not opens:
            if not open_:
                return True
            open_ = False
        else:
            open_ = not open_
    return open_


def _unbalanced_paragraph(text: str) -> bool:
    """Double marks: an odd number of straight ones or unequal curly ones. Single marks: more
    closers than openers, or openers left without a closer; apostrophes (``don't``,
    ``O'Brien``, ``'90s``, ``rock 'n' roll``) are not quotation marks, and a mark after a
    word-final ``s`` may be a plural possessive (``players'``), so it can close but is never
    needed to."""
    if _unbalanced_double(text):
        return True
    text = _N_ELISION.sub("n", text)
    opens = closes = possessive = 0
    for mark in _SINGLE_MARK.finditer(text):
        i, ch = mark.start(), mark.group(0)
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # apostrophe inside a word
        if ch == "‘" or ((before.isspace() or before in _OPENERS) and not after.isspace()):
            if ch != "‘" and _ELISIONS.match(text, i + 1):
                continue
            opens += 1
        elif not before.isspace() and (after.isspace() or after in _CLOSERS):
            if before in "sS":
                possessive += 1
            else:
                closes += 1
    return closes > opens or opens > closes + possessive


_OPENERS = '([{“"—–-/'
_CLOSERS = '.,;:!?)]}”"—–-'


def _double_quote_depth(text: str) -> list[bool]:
    """Per character, whether it sits inside a double-quoted passage."""
    inside = [False] * len(text)
    depth = False
    for i, ch in enumerate(text):
        if ch == "“":
            depth = True
        elif ch == "”":
            depth = False
        elif ch == '"':
            depth = not depth
        inside[i] = depth
    return inside


# --- start of an element -------------------------------------------------------------------
def starts_badly(text: str) -> bool:
    """The element starts in lower case (``won 19 of the 28 …``) or on punctuation that
    continues something (``, …``, ``… and``); a brand in camel case (``iPhone``) is fine."""
    stripped = text.lstrip("\"“‘'( ")
    if not stripped:
        return True
    if stripped[0] in ",;:.…)]-–—":
        return True
    first = _WORD.match(stripped)
    word = first.group(0) if first else ""
    if word[:1].islower():
        return not any(c.isupper() for c in word[1:])
    return False


def starts_mid_sentence(article: str, spans: tuple[Span, ...]) -> bool:
    """The element's first span starts inside a word, or right after a comma or semicolon of
    its own sentence: whatever came before (often the subject) was cut off."""
    if not spans or spans[0].start == 0:
        return False
    if article[spans[0].start - 1].isalnum():
        return True
    i = spans[0].start - 1
    while i >= 0 and article[i] in " \t":
        i -= 1
    return i >= 0 and article[i] in ",;"


# --- run-ons -----------------------------------------------------------------------------
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr gen gov sen rep lt col capt sgt prof rev no vs inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n a.m p.m e.g i.e etc mt ft
    ave bros dept est fig spc pvt pfc cpl maj adm cmdr det insp supt""".split()
)
_BOUNDARY = re.compile(r"(\S+?)[.!?][\"”’']?\s+[\"“‘]?(?=[A-Z])")


_GLUED = re.compile(r"(?:\b[a-z]{2,}|\b\d{4})[.!?][\"”’']?[A-Z][a-z]+\b")


#: Capitalised words that open a clause and are never part of a name: after an
#: abbreviation's full stop ("entering the U.S. While Clinton …") a new sentence starts.
_CLAUSE_OPENER = re.compile(
    r"[\"“‘]?(?:(?:The|He|She|It|They|We|This|These|Those|His|Her|Their|Its|There)\s+[a-z]|"
    r"(?:While|But|However|After|When|Although|Meanwhile)\b)"
)
#: A sentence that trails off ("If you're hoping the price will drop…"): a teaser.
_TRAILS_OFF = re.compile(r"(?:\.\.\.|…)[\"”’')\]]*\s*$")
#: A sentence that ends on a colon introduces what follows ("Here's what the reviews say:").
_LEAD_IN = re.compile(r":[\"”’')\]]*\s*$")


#: A reporting clause that follows a quotation as a sentence of its own
#: ("“…!” Trump tweeted before Election Day."): the quotation was split off.
_CUE_ONLY = re.compile(
    r"^\W{0,2}(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|tweeted|wrote|writes|added|adds|told|"
    r"tells|posted|explained|continued|responded|replied|asked|noted)\b[^.!?]{0,60}[.!?]?$"
)
_AFTER_QUOTE = re.compile(r"[.!?,][\"”’']\s*$")


def split_cue(article: str, span: Span) -> bool:
    """A sentence that is only the cue of the quotation just before it in its paragraph
    ("Trump tweeted before Election Day."): shown alone it says nothing."""
    before = article[max(0, span.start - 3) : span.start]
    return bool(_AFTER_QUOTE.search(before)) and bool(_CUE_ONLY.match(span.of(article).strip()))


_ASIDE = re.compile(r"^\s*\([^()]*\)\s*$")


#: A list item: a bullet glyph or an item number opens it ("• Trying to build …", "2. Pay").
_LIST_MARK = re.compile(r"^\s*(?:[•·▪◦►✓✔*]|\d{1,2}[.)]\s)")
#: A label and a colon open it: a transcript's "Q:" / "A:", or a list entry "Christopher
#: Battin: dealing in cocaine, possession of …" (a name or label of a few words). A
#: dateline in capitals ("WASHINGTON: …") is not a label.
_LABEL = re.compile(
    r"^\W{0,2}(?:Q|A|Question|Answer|[A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}):\s"
)
#: The writer speaking to the reader or as themselves, outside any quotation: "you",
#: "your", "I", "we", "our", or an imperative opening ("Don't forget the fees.").
_READER = re.compile(
    r"\b(?i:you|your|yours|yourself|yourselves)\b|(?<!War )\bI(?:['’](?:m|ve|d|ll)\b|\s+[a-z])|"
    r"\b(?:we|We|"
    r"we['’](?:ve|re|ll|d)|We['’](?:ve|re|ll|d)|our|Our|ourselves)\b",
)
_IMPERATIVE = re.compile(
    r"^\W{0,2}(?:(?:And|But|So|Also),?\s+)?(?:Don['’]t|Do not|Remember|Keep in mind|"
    r"Make sure|Be sure|Check out|Get to|Consider|Imagine|Take a look|Let['’]s|"
    r"Got to|Gotta)\b",
    re.I,
)
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]|‘[^‘’]*’(?!\w)")


def _outside_quotes(text: str) -> str:
    """The words of ``text`` outside quotation marks: balanced quotations removed, and the
    part before a lone closing mark (the end of a quotation begun in an earlier sentence) or
    after a lone opening one."""
    rest = _QUOTED.sub(" ", text)
    close = max(rest.rfind("”"), rest.rfind('"') if rest.count('"') % 2 else -1)
    if close >= 0:
        rest = rest[close + 1 :]
    opening = rest.find("“")
    return rest[:opening] if opening >= 0 else rest


def list_item(text: str) -> bool:
    """A list item or a labelled entry, not a sentence: a bullet glyph or item number opens
    it, or a short label and a colon ("Q: …", "Christopher Battin: dealing in cocaine …")."""
    return bool(_LIST_MARK.match(text) or _LABEL.match(text))


def speaks_to_reader(text: str) -> bool:
    """The writer addresses the reader or speaks as themselves outside any quotation
    ("Before you get too paranoid about your bedding, …", "We hope you have as much fun as
    we did", "Don't forget the fees."): advice or a column's voice, not a fact of the news."""
    return bool(_IMPERATIVE.match(text) or _READER.search(_outside_quotes(text)))


def fragment(text: str) -> bool:
    """A sentence that is not a statement of its own: it trails off ("…"), introduces a
    list or a quotation that follows it (it ends on a colon), is an aside in parentheses
    ("(Indiana law prevents Pence from being on the ballot twice.)"), a list item or a
    labelled entry (:func:`list_item`), or the writer speaking to the reader
    (:func:`speaks_to_reader`)."""
    return bool(
        _TRAILS_OFF.search(text)
        or _LEAD_IN.search(text)
        or _ASIDE.match(text)
        or list_item(text)
        or speaks_to_reader(text)
    )


def run_on(text: str) -> bool:
    """Longer than :data:`MAX_ELEMENT_WORDS`, two lines glued (a caption and a sentence), or
    two sentences outside a quotation (a quotation of several sentences is one unit)."""
    if len(_WORD.findall(text)) > MAX_ELEMENT_WORDS or "\n" in text.strip():
        return True
    if _GLUED.search(text):
        return True  # "… in 2014.Stone, who won …": a full stop with no space after it
    inside: list[bool] = []
    for match in _BOUNDARY.finditer(text):
        inside = inside or _double_quote_depth(text)
        word = match.group(1).lower().strip("\"“‘'(")
        if word in _ABBREVIATIONS or len(word) == 1 or "." in word:
            if not _CLAUSE_OPENER.match(text, match.end()):
                continue  # Mr. Smith, J. Smith, U.S. Navy; not "the U.S. While Clinton …"
        if not inside[match.end(1)]:
            return True
    return False


#: A sentence glued to the one before it with no punctuation at all ("… after winning the
#: Grand Prix The win was his third …"): a lower-case word (or a figure, or a closing
#: bracket) followed by a capitalised function word, an article, a pronoun or a
#: preposition, that opens a clause, followed by a lower-case word or a figure joined to one
#: ("… her face An 86-year-old nun was …", "The 32-year-old was …"). Function words are
#: never capitalised inside a sentence; a title ("the film It Follows", "The Hague") goes on
#: in capitals and is not matched. Photo captions lose their line break this way.
_GLUE = re.compile(
    r"(?<=[a-z0-9)\]])[ \t\xa0]+(?P<opener>A|An|The|He|She|It|They|We|His|Her|Its|Their|In|On|At|"
    r"This|These|Those|There|But|And|After|When|Now|Police|Officers)[ \t]+"
    r"(?P<next>[a-z][\w'’-]*|\d[\d.,]*-[a-z][\w'’-]*)"
)
#: Each side of a glue point must be at least this many words: a caption and a sentence.
GLUE_MIN_WORDS = 5


def glued_sentence(text: str) -> int | None:
    """Where a sentence glued to ``text`` without punctuation starts (its offset), or None.

    The last such point wins: what comes before it is a caption or a sentence run into the
    next, and what follows it is one whole sentence. "A"/"An" before a plural ("infra-red A
    rays") is a name, not an article, and a point inside a quotation is not one.
    """
    found = None
    inside: list[bool] = []
    for m in _GLUE.finditer(text):
        start = m.start("opener")
        nxt = m["next"].lower()
        if m["opener"] in {"A", "An"} and (
            nxt in _NOT_AFTER_ARTICLE
            or (nxt.endswith("s") and not nxt.endswith(("ss", "us", "is")))
        ):
            continue
        before = _WORD.findall(text[:start])
        if len(before) < GLUE_MIN_WORDS:
            continue
        if m["opener"] in _NAME_PARTS and not _ends_a_phrase(before[-1]):
            continue  # "in Group A while …", "West Midlands Police said": a name goes on
        if len(_WORD.findall(text[start:])) < GLUE_MIN_WORDS:
            continue
        inside = inside or _double_quote_depth(text)
        if inside[start]:
            continue
        found = start
    return found


#: Openers that also end a name ("Group A", "Plan A", "West Midlands Police"): after a
#: capitalised word they are read as part of it.
_NAME_PARTS = frozenset({"A", "An", "Police", "Officers"})


def _ends_a_phrase(word: str) -> bool:
    """The word before a glue point is a lower-case word, a figure or a closing bracket: a
    capitalised word before it is more likely a name that goes on ("Group A", "Met Police")."""
    core = word.strip("\"“”‘’'.,;:")
    return bool(core) and (core[0].islower() or core[0].isdigit() or word.endswith(")"))


#: Words that do not follow an article: "vitamin A is", "plan A and", "grade A in".
_NOT_AFTER_ARTICLE = frozenset(
    "is was are were has had have and or but to of in on at for with by as will would can "
    "could".split()
)


# --- boilerplate -------------------------------------------------------------------------
BOILERPLATE = re.compile(
    r"\b(?:sign(?:ing)? up (?:for|to|here|now)|subscribe (?:to|now|for|here|today)|"
    r"click (?:here|the link)|by e-?mail\b|in your inbox|newsletters?\b|"
    r"please (?:share|send|contact|visit|email|e-mail|call|click|follow|like|note|read)|"
    r"share (?:your|this) (?:videos?|photos?|pictures?|story|stories|article)|ireport|"
    r"follow (?:us|@\w+) on|like us on facebook|read (?:more|the full story)|"
    r"download (?:the|our) (?:free )?app|all rights reserved|terms of (?:use|service)|"
    r"privacy policy|cookie (?:policy|settings)|(?:we|this (?:site|website)) uses? cookies|"
    r"scroll down for|watch the (?:full )?video|send (?:us )?(?:your|a) (?:tips?|story)|"
    r"contact us|www\.|https?://|copyright ©|©|(?:is|was|are) sponsored by|sponsored content|"
    r"paid partnership|affiliate links?|how to (?:listen|watch|subscribe)|"
    r"your (?:source|destination|go-to) for (?:the )?(?:best|latest)|"
    r"see (?:more|all|other) (?:stories|news|photos|videos) from|"
    r"follow\b[^.!?]{0,60}\bon (?:facebook|twitter|instagram)|leave a comment|"
    r"let us know (?:what|in the comments|your|below)|in the comments (?:below|section))",
    re.I,
)


def boilerplate(text: str) -> bool:
    """Page furniture or a call to action ("Get … by email", "Click here", "Sign up"), a
    sponsorship line, or a heading set in capitals ("MAKING SPICED HONEY PEAR JAM")."""
    return bool(BOILERPLATE.search(text)) or heading(text)


def heading(text: str) -> bool:
    """A heading, not a sentence: set in capitals (at least three words, nearly all letters
    upper case), or in title case (at least :data:`MIN_TITLE_WORDS` words besides articles,
    conjunctions and short prepositions, every one capitalised: "Clinton Speaks Directly To
    Voters After Latest Shooting")."""
    words = text.split()
    if len(words) < 3:
        return False
    upper, lower = len(_UPPER.findall(text)), len(_LOWER.findall(text))
    if upper >= 0.8 * (upper + lower) and upper:
        return True
    counted = 0
    for word in words:
        core = word.lstrip("\"“‘'([")
        first = core[:1]
        if not first.isalpha() or word.lower().strip("\"“‘'([,.:;!?’”") in _TITLE_SMALL:
            continue
        if not first.isupper() and not any(c.isupper() for c in core[1:]):
            return False  # a lower-case word ("praised"): a sentence; "iPad" is a name
        counted += 1
    return counted >= MIN_TITLE_WORDS


_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")
#: Words that title case leaves in lower case: articles, conjunctions, and the prepositions
#: and relative words that styles lowercasing every preposition (Chicago) or only short ones
#: (AP) leave small ("… Calls for Special Prosecutor after Report Reveals …", "… where
#: Donations Slipped through the Cracks"). A sentence still has a lower-case verb or noun.
_TITLE_SMALL = frozenset(
    """a an the and or but nor so yet of in on at to for by as from with vs via per than
    about above across after against along amid among around before behind below beneath
    beside between beyond despite down during except inside into like near off onto out
    outside over past since through throughout till toward towards under until upon up
    where when while whether which who whom whose that if""".split()
)


# --- the Topline's opener ----------------------------------------------------------------
_OPENER = re.compile(
    r"^\W{0,3}(?:(?:He|She|It|It's|It’s|They|We|I|You|His|Her|Its|Their|Our|Them|"
    r"But|And|Or|Nor|However|Yet|Also|Meanwhile|Still|Instead|Moreover|"
    r"Furthermore|Nevertheless|Nonetheless|Besides|Thus|Therefore|Hence|Indeed|Then|So(?! far)|"
    r"Otherwise|Likewise|Similarly|Consequently)\b(?!-)|"
    # "This is …", "That erased …" (a pronoun), not "This year …" or "These photos …"
    r"(?:This|That|These|Those)(?:'s|’s|\s+(?:is|was|are|were|has|had|have|will|would|"
    r"could|can|may|might|must|should|comes|came|means|meant|follows|[a-z]+ed)\b)|"
    r"In addition\b(?! to)|As a result\b(?! of)|Despite this\b|On the other hand\b|"
    # an interjection before a connective or a pronoun: "Ah, but one piece …"
    r"(?:Ah|Oh|Well|Yes|No|Sure|Indeed),\s+(?:but|and|so|yet|he|she|it|they|we)\b)"
)


#: A pronoun subject right after a short opening phrase ("In a new case study out Monday,
#: they detail …", "But by December, they worsened"): it leans back as an opener does.
INTRO_PRONOUN = re.compile(
    r"^\W{0,3}(?:In|On|At|By|For|After|Before|During|Since|Within|Over|Under|Despite|"
    r"Earlier|Later|Last|Once|When|While|As|But|And|So|Yet|Still|Now|Then|Meanwhile|"
    r"However|Instead|Today|Yesterday|Along|Amid|With|Without|Unlike|Like|Following|Through|"
    r"Among|Against|Throughout|Upon|Having)\b(?P<intro>[^,.;:!?\"“”()]{0,60}),\s+"
    r"(?P<pronoun>he|she|they|his|her|their)\b(?!-)"
)
#: Capitalised words in an opening phrase that name nobody (days, months).
_CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)


def intro_pronoun(text: str) -> str | None:
    """The pronoun that follows a short opening phrase ("In a study out Monday, they …",
    "Along with Bush and Powell, he …"), or None; a possessive after a phrase that names
    someone is bound to that name ("While Clinton was …, her department …")."""
    match = INTRO_PRONOUN.match(text)
    if match is None:
        return None
    pronoun = match.group("pronoun")
    names = [w for w in re.findall(r"\b[A-Z][\w'’-]*", match.group("intro"))]
    if pronoun in {"his", "her", "their"} and any(w.lower() not in _CALENDAR_WORDS for w in names):
        return None  # "While Clinton was …, her department …": bound to the phrase's name
    return pronoun


def pronoun_or_connective_opener(text: str) -> bool:
    """The Topline opens with a pronoun or a connective, or with a pronoun right after a
    short opening phrase: it leans on a sentence the reader has not seen ("But the rolling
    blackouts …", "It would be called …", "In a study out Monday, they detail …")."""
    return bool(_OPENER.match(text) or intro_pronoun(text))


# --- sources -----------------------------------------------------------------------------
PRONOUNS = frozenset(
    "i me you he him she her it we us they them his its our their this that these those "
    "one someone somebody anyone everyone who".split()
)
#: Head nouns of a lower-case source that is a role, a body or a document.
ROLE_HEADS = frozenset(
    """official officials spokesman spokeswoman spokesperson spokespeople police authorities
    authority ministry department agency agencies company firm government report reports study
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
    agent agents consultant consultants vendor landlord employer employers counsel""".split()
)
_CUT_END = frozenset("and or but nor of to the a an that with by for in on at from as".split())
_AGE = re.compile(r",\s*\d{1,3}$")
_NUMERIC = re.compile(
    r"(?<![A-Za-z])\d|%|\bpercent\b|\bper cent\b|\b(?:thirds?|quarters?|half|halves|"
    r"majority|minority)\b",
    re.I,
)


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
    if words[-1].lower() in _CUT_END:
        return True  # a phrase cut short: "the former secretary of state and"
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
    r"[,;:()—–]|\s-\s|\b(?:and|but|while|which|who|that|because|after|before|when|since|"
    r"although|though|if|unless|whether)\b",
    re.I,
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


# --- raw codes ---------------------------------------------------------------------------
RAW_CODE = re.compile(
    r"\b\d{4}-\d\d(?:-\d\d)?T(?:NI|MO|AF|EV|DT)\b|\b(?:PAST|PRESENT|FUTURE)_REF\b|"
    r"\bP(?:T?\d+(?:\.\d+)?[YMWDHS])+\b|\bPT\d|\bXXXX\b|\b\d{4}-W\d\d\b|"
    r"\b\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])\b"
)


def raw_code(text: str) -> bool:
    """A TimeML value shown to a reader (``2023-11-07TNI``, ``FUTURE_REF``, ``P5Y``)."""
    return bool(RAW_CODE.search(text))


# --- Key background ----------------------------------------------------------------------
_CAPTION = re.compile(
    r"^\W*(?:pictured|photo(?:graph)?|image|video|above|below|left|right|top|bottom|"
    r"file photo|credit|caption)\b|\(pictured\)|getty images|\bap photo\b|/ap\b|/reuters\b|"
    r"\bphotograph:|\bimage caption\b|\bshutterstock\b",
    re.I,
)
_PERSON_OPENER = re.compile(r"^\W{0,3}(?:He|She|They|His|Her|Their|Him|Them|It|Its)\b")
#: A sentence that ends: a stop and any closing marks after it.
PUNCT_END = re.compile(r"[.!?][\"”’')\]]*\s*$")


def caption(text: str) -> bool:
    """A photo caption or credit, or a line that does not end like a sentence."""
    return bool(_CAPTION.search(text)) or not PUNCT_END.search(text)


def person_pronoun_opener(text: str) -> bool:
    return bool(_PERSON_OPENER.match(text))


_QUOTATION_START = re.compile(r"^\W{0,2}[\"“‘']")


def quotation(text: str) -> bool:
    """The element is a direct quotation: Key background tells what happened, in the
    reporter's words; what someone said belongs to the bullets or the Crucial quote."""
    return bool(_QUOTATION_START.match(text))
