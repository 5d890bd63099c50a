"""Editorial rules on a sentence as a unit: where it starts, run-ons and glued sentences,
fragments, list items, the writer's voice (part of :mod:`.editorial_rules`)."""

from __future__ import annotations

import bisect
import functools
import re

from topline.brief.quote_rules import double_quote_depth, outside_quotes
from topline.brief.rule_limits import GLUE_MIN_WORDS, MAX_ELEMENT_WORDS
from topline.brief.voice_rules import own_announcement
from topline.model import Span

#: A word: a run of non-space (counted with ``str.split``, which cuts at the same white
#: space and makes no match objects).
_WORD = re.compile(r"\S+")


# --- start of an element -------------------------------------------------------------------
def starts_badly(text: str) -> bool:
    """The element starts in lower case (``won 19 of the 28 …``) or on punctuation that
    continues something (``, …``, ``… and``); a brand in camel case (``iPhone``) is fine.
    Opening marks are skipped first, the wire's typewriter pair (two backticks) among them."""
    stripped = text.lstrip("\"“‘'`( ")
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
    if i >= 0 and article[i] in ",;":
        return True
    # The sentence splitter ended the sentence before at a title ("… rivals, Sens. Ted Cruz
    # of Texas …"): this one starts inside it.
    return bool(TITLE_END.search(article, max(0, i - 8), i + 1))


#: A sentence that ends on a title's abbreviation was cut inside a name ("Trump's leading
#: rivals, Sens."): no sentence ends on "Sen." or "Gov." ("St." and "Jr." may end one).
TITLE_END = re.compile(
    r"(?<![\w.])(?:Sens?|Reps?|Govs?|Gen|Lt|Col|Capt|Sgt|Cpl|Adm|Cmdr|Dr|Drs|Mr|Mrs|Ms|Messrs|"
    r"Prof|Rev|Hon|Supt|Insp|Det|Amb|Pres)\.[\"”’']?\s*$"
)


# --- run-ons -----------------------------------------------------------------------------
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr gen gov sen rep lt col capt sgt prof rev no vs inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n a.m p.m e.g i.e etc mt ft
    ave bros dept est fig spc pvt pfc cpl maj adm cmdr det insp supt""".split()
)
_BOUNDARY = re.compile(r"(\S+?)[.!?][\"”’']?\s+[\"“‘]?(?=[A-Z])")


#: The pieces of a full stop run into the next sentence: a word in lower case (2+ letters) or
#: a year and a stop, then a capitalised word; or, after a word in capitals (a time zone, an
#: abbreviation), a clause opener ("… at about 00:30 GMT.He was …") or a capitalised word of
#: four letters or more that a word in lower case follows ("… at 11:00 BST.Ninety-six fans
#: …", "… the WHO.Officials said …"): "ASP.Net" and "ASP.Net Core" are names.
_WORD_STOP = r"(?:\b[a-z]{2,}|\b\d{4})[.!?][\"”’']?"
_CAPITALS_STOP = r"\b[A-Z]{2,}[.!?][\"”’']?"
_NEXT_WORD = r"[A-Z][a-z]+\b"
_GLUE_OPENER = (
    r"(?:(?:He|She|It|They|We|The|A|An|His|Her|Their|This|There|But|In|On|At|After|When)\s|"
    r"[A-Z][a-z]{3,}(?:-[a-z]+)?\s+(?=[a-z]))"
)

_GLUED = re.compile(
    _WORD_STOP + _NEXT_WORD + "|" + _CAPITALS_STOP + _GLUE_OPENER + "|"
    # a word in lower case run into a capitalised one ("… the latest travel newsFirst said"):
    # brands written so have one lower-case letter first ("iPhone", "eBay")
    r"\b[a-z]{3,}[A-Z][a-z]{2,}\b"
)


#: A full stop run into the next sentence with no space ("… to the rest of the UK.The line
#: was closed …", "… by 2040.The report said …"): the first two kinds of :data:`_GLUED`, with
#: the next sentence's start as a group.
_STOP_GLUE = re.compile(
    f"{_WORD_STOP}(?P<next>{_NEXT_WORD})|{_CAPITALS_STOP}(?P<opener>{_GLUE_OPENER})"
)


def glued_stops(text: str) -> list[int]:
    """Where a sentence starts right after a full stop with no space (offsets of its first
    letter), outside quotation marks and with at least :data:`GLUE_MIN_WORDS` words on each
    side: the splitter read two sentences as one, and each half is a whole sentence."""
    points: list[int] = []
    inside: list[bool] = []
    last = 0
    for m in _STOP_GLUE.finditer(text):
        start = m.start("next") if m["next"] is not None else m.start("opener")
        inside = inside or double_quote_depth(text)
        if inside[start] or len(text[last:start].split()) < GLUE_MIN_WORDS:
            continue
        if len(text[start:].split()) < GLUE_MIN_WORDS:
            break
        points.append(start)
        last = start
    return points


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
#: A quotation closed just before, in the same paragraph ('' closes in some archives).
_AFTER_QUOTE = re.compile(r"[.!?,][\"”’']{1,2}(?:[ \t]+|\n)?\Z")


#: The cue of the quotation before it, opening a sentence that goes on after a comma ("Mr.
#: Trump asked, repeating a broadside … that he used in Saturday's debate."): the splitter
#: cut the quotation off its cue. A new quotation after the comma ("Smith said, “We …”") is
#: a sentence of its own.
_CUE_COMMA = re.compile(
    r"^\W{0,2}(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|asked|asks|added|adds|tweeted|wrote|"
    r"explained|continued|responded|replied|insisted|argued|noted|declared)\s*,\s+(?![\"“‘'])"
)


def split_cue(article: str, span: Span) -> bool:
    """A sentence that is only the cue of the quotation just before it in its paragraph
    ("Trump tweeted before Election Day.", "Mr. Trump asked, repeating …"): shown alone it
    says nothing, or says who spoke without what."""
    before = article[max(0, span.start - 4) : span.start]
    if not _AFTER_QUOTE.search(before):
        return False
    own = span.of(article).strip()
    return bool(_CUE_ONLY.match(own) or _CUE_COMMA.match(own))


def split_inside(article: str, span: Span) -> bool:
    """The sentence splitter ended the sentence inside one: it has no final stop and the
    same line goes on in lower case ("… and would perhaps continue to do" | "so if they win
    the presidency."). Shown alone it stops mid-phrase."""
    if _SENTENCE_STOP.search(span.of(article)):
        return False
    after = article[span.end : span.end + 40].lstrip(" \t\xa0")
    return bool(after[:1].islower())


def runs_into_next(article: str, span: Span) -> bool:
    """A photo caption or a heading with no stop that the paragraph runs on from: no final
    stop, and the same line goes on with a capital ("Lewis Hamilton stands on his car after
    winning the race It was another …"; twelfth session). A line of its own (a headline, a
    list item) ends at its line break and is not read so; nor is the half before a glue
    point that :mod:`.glued` split off as a statement of news (it is not asked). A quotation
    may follow the caption ("… winner Sandy Lyle 'It deserves all the respect …'"), and a
    text set in one paragraph may end on one (thirteenth session)."""
    if _SENTENCE_STOP.search(span.of(article)):
        return False
    after = article[span.end : span.end + 40].lstrip(" \t\xa0")
    if not after.strip():
        return "\n" not in article.strip()  # the last words of a text in one paragraph
    return bool(after.lstrip("'‘\"“")[:1].isupper())


_SENTENCE_STOP = re.compile(r"[.!?…:][\"”’')\]]*\s*$")


_ASIDE = re.compile(r"^\s*\([^()]*\)\s*$")


#: A list item: a bullet glyph or an item number opens it ("• Trying to build …", "2. Pay").
_LIST_MARK = re.compile(r"^\s*(?:[•·▪◦►✓✔*]|\d{1,2}[.)]\s)")
#: A label and a colon open it: a transcript's "Q:" / "A:", or a list entry "Christopher
#: Battin: dealing in cocaine, possession of …" (a name or label of a few words). A
#: dateline in capitals ("WASHINGTON: …") is not a label.
_LABEL = re.compile(
    r"^\W{0,2}(?:Q|A|Question|Answer|[A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}):\s"
)
#: A title with a subtitle as the subject ("Star Wars Jedi: Fallen Order is a game …",
#: "Call of Duty: Modern Warfare sold 5 million copies"): after the colon the title goes on
#: in capitals and a verb follows, so the colon is inside a name, not after a label. A
#: pronoun after the colon is speech ("Mayor: We will …"), and a lower-case word or a
#: capitalised word that is not a verb is an entry ("… Dale: Dealing in cocaine, …").
_SUBTITLE_SUBJECT = re.compile(
    r":\s+(?!(?:I|We|You|He|She|It|They|This|That|There|Yes|No)\b)"
    r"(?:[A-Z0-9][\w.'’&-]*\s+){1,5}"
    r"(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|does|did|"
    r"remains|became|becomes|gets|got|makes|made|takes|took|sold|won|lost|"
    r"[a-z]{3,}(?:ed|es))\b"
)


def _label(text: str) -> bool:
    """A label and a colon open the text (:data:`_LABEL`), and the colon is not inside a
    title that is the sentence's subject (:data:`_SUBTITLE_SUBJECT`)."""
    match = _LABEL.match(text)
    if match is None:
        return False
    head = match.group(0).strip()
    if head.rstrip(":") in {"Q", "A", "Question", "Answer"}:
        return True
    return _SUBTITLE_SUBJECT.match(text, match.end() - 2) is None


#: The writer speaking to the reader or as themselves, outside any quotation: "you",
#: "your", "I", "we", "our", "my" (a tweet's "Stadia barely runs on my home connection"),
#: or an imperative opening ("Don't forget the fees.").
_READER = re.compile(
    r"\b(?i:you|your|yours|yourself|yourselves)\b|(?<!War )\bI(?:['’](?:m|ve|d|ll)\b|\s+[a-z])|"
    r"\b(?:my|My|myself)\b",
)
#: The first person plural: an organisation, or the writer as one of a group.
_WE = re.compile(r"\b(?:we|We|we['’](?:ve|re|ll|d)|We['’](?:ve|re|ll|d)|our|Our|ours|ourselves)\b")
_IMPERATIVE = re.compile(
    r"^\W{0,2}(?:(?:And|But|So|Also),?\s+)?(?:Don['’]t|Do not|Remember|Keep in mind|"
    r"Make sure|Be sure|Check out|Get to|Consider|Imagine|Take a look|Let['’]s|"
    r"Got to|Gotta)\b",
    re.I,
)
#: The writer commenting on what they tell, not telling it ("It's worth noting that …",
#: "Needless to say, …", "Make no mistake, …", "Frankly, …"): a column's voice.
_WRITER_COMMENT = re.compile(
    r"^\W{0,2}(?:(?:And|But|So),?\s+)?(?:It['’]s|It is|It was)\s+(?:also\s+)?worth\s+"
    r"(?:noting|remembering|mentioning|pointing out|recalling|adding)\b|"
    r"^\W{0,2}(?:Needless to say|It goes without saying|Make no mistake|Let['’]s be (?:clear|"
    r"honest|real)|Let me be clear|Frankly|Honestly|Admittedly|To be fair|Mind you)\b"
)


#: A listing's entry opens with its verb in capitals, then an article or a possessive
#: ("ATTEND a two-day symposium …", "CHEER ON Juniors …", "VISIT the Pennsylvania …"): an
#: events calendar or a how-to's steps. An acronym opening a sentence goes on with its
#: verb or noun ("NASA announced", "FBI agents").
_CAPITAL_VERB = re.compile(
    r"^\W{0,2}[A-Z]{3,}\s+(?:(?:a|an|the|your|our|their|its|this|these|some|any)\b|"
    r"(?:ON|UP|OUT|IN|BY|OFF|DOWN|OVER)\s+(?:a|an|the|your|our|their|[A-Z][a-z]))"
)


def list_item(text: str) -> bool:
    """A list item or a labelled entry, not a sentence: a bullet glyph or item number opens
    it, a short label and a colon ("Q: …", "Christopher Battin: dealing in cocaine …"), or
    a listing's verb in capitals ("ATTEND a two-day symposium …")."""
    if _LIST_MARK.match(text) or _label(text):
        return True
    return bool(_CAPITAL_VERB.match(text))


#: A page whose sentences are this many list entries, and at least :data:`LISTING_SHARE` of
#: them, is a listing (an events calendar, a how-to's steps).
LISTING_MIN_ITEMS = 3
LISTING_SHARE = 1 / 3


def listing(sentences: list[str]) -> bool:
    """The page is a listing, not a news story: its Topline would be one entry of many. Only
    entries that open with their verb in capitals count ("ATTEND a …", "VISIT the …"): a
    story may carry a list of bullet points (the teams that qualified) and still be news."""
    items = sum(bool(_CAPITAL_VERB.match(s)) for s in sentences)
    return items >= LISTING_MIN_ITEMS and items >= LISTING_SHARE * len(sentences)


#: A stats table's row: figures and names without a function word ("DL Larry Ogunjobi 63
#: 85% 1 tackle"), at least :data:`TABLE_MIN_FIGURES` figures making :data:`TABLE_SHARE`
#: of its words.
TABLE_MIN_FIGURES = 3
TABLE_SHARE = 0.3
_THREE_FIGURES = re.compile(r"\d+\D+\d+\D+\d")
_FIGURE_TOKEN = re.compile(r"^[$€£]?\d[\d.,:/-]*%?$")
_FUNCTION_WORDS = frozenset(
    "the a an of to in on and is was were are be has have had for with by at from that "
    "it he she they as after before said says".split()
)


def table_row(text: str) -> bool:
    """A row of a stats table, not a sentence (no function word binds its figures)."""
    if _THREE_FIGURES.search(text) is None:
        return False  # most sentences: no need to read the words
    tokens = [t.strip(".,;:()") for t in text.split()]
    tokens = [t for t in tokens if t]
    figures = sum(bool(_FIGURE_TOKEN.match(t)) for t in tokens)
    if figures < TABLE_MIN_FIGURES or figures < TABLE_SHARE * len(tokens):
        return False
    return not any(t.lower() in _FUNCTION_WORDS for t in tokens)


def speaks_to_reader(text: str) -> bool:
    """The writer addresses the reader or speaks as themselves outside any quotation
    ("Before you get too paranoid about your bedding, …", "We hope you have as much fun as
    we did", "Don't forget the fees.", "It's worth noting that …"): advice or a column's
    voice, not a fact of the news.
    An organisation announcing its own news as "we" (:func:`own_announcement`) is the news
    of its page; "I", "my" and "you" stay the writer's voice."""
    if _IMPERATIVE.match(text) or _WRITER_COMMENT.match(text):
        return True
    own = outside_quotes(text)
    if _READER.search(own):
        return True
    return bool(_WE.search(own)) and not own_announcement(text)


def fragment(text: str) -> bool:
    """A sentence that is not a statement of its own: it trails off ("…"), introduces a
    list or a quotation that follows it (it ends on a colon), is an aside in parentheses
    ("(Indiana law prevents Pence from being on the ballot twice.)"), a subordinate clause
    with no main clause ("Because space travel … is anything but easy."), a list item or a
    labelled entry (:func:`list_item`), the writer speaking to the reader
    (:func:`speaks_to_reader`), a stats table's row (:func:`table_row`) or a box score's line
    (:data:`_STAT_LINE`) or a results table's (:data:`_RANK_GLUED`), a piece cut inside
    an aside (:func:`open_bracket`), or a series of noun phrases ("Another crowd, another
    performance.", :data:`_ANOTHER_SERIES`)."""
    return bool(
        _TRAILS_OFF.search(text)
        or _LEAD_IN.search(text)
        or _SUBORDINATE_ALONE.match(text)
        or _opened_not_told(text)
        or _ASIDE.match(text)
        or list_item(text)
        or speaks_to_reader(text)
        or _SUBJECTLESS.match(text)
        or _QUOTED_LEAD_IN.match(text)
        or table_row(text)
        or open_bracket(text)
        or _STAT_LINE.match(text) is not None
        or _RANK_GLUED.search(text, max(0, len(text) - 8)) is not None
        or _ANOTHER_SERIES.match(text) is not None
    )


#: A feature's series of noun phrases with no verb: "Another enthusiastic crowd, another
#: commanding, grind-it-out town hall performance." (fourteenth session; the tagger may find
#: a verb in "grind-it-out"). The first phrase is of at most three words: "Another storm
#: hit the coast on Monday, another blow …" has its verb.
_ANOTHER_SERIES = re.compile(r"^\W{0,2}Another(?:\s[^\s,.;:]+){1,3},\s+another\s")


#: A results table's line whose next rank lost its line break: a word or a bracket, then the
#: rank's figure and its stop ("Michael Woods (Can/Cannondale) Same time6.", "21mins
#: 18secs2.", "(Ned/LottoNL)10."; thirteenth session). A sentence ends on a word, or on a
#: figure after a space or a capital ("in 2016.", "the A40.").
_RANK_GLUED = re.compile(r"[a-z)]\d{1,2}\.\s*$")
#: A box score's line: a name (a team's before it or not), then figures and what they
#: count, and nothing else ("Melbourne (1-1-1): Ann Lee 2 saves.", "Tolivert 25 points.",
#: "Kim Ortiz 19 points and 3 steals."): sports agate, no sentence of the news.
_STAT_LINE = re.compile(
    r"^\W{0,2}(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:\([^()]{1,12}\))?\s*:\s*)?"
    r"(?:[A-Z][\w'’.-]*\s+){1,5}\d+\s+(?P<stat>(?:points?|saves?|goals?|assists?|"
    r"rebounds?|steals?|blocks?|tackles?|sacks?|yards?|kills?|digs?|aces?|strikeouts?|hits?|"
    r"runs?|RBIs?|touchdowns?|TDs?|interceptions?|catches|receptions?|carries|wickets?|"
    r"birdies|eagles|laps?))(?:\s*(?:,|and)\s*\d+\s+(?P=stat)|\s*(?:,|and)\s*\d+\s+\w+)*"
    r"\s*[.;]?\s*$"
)


#: A bracket a sentence opens and never closes, or a "<" it ends on: the splitter broke the
#: sentence inside an aside or a title ("[1 cup asparagus, … ½ cup sweet potato (or 1 tsp.",
#: "… came to the theatre to watch <"); the rest of it is another "sentence".
_OPEN_END = re.compile(r"<\s*$")


def open_bracket(text: str) -> bool:
    """The sentence opens a parenthesis or a square bracket it does not close, or ends on
    an opening angle bracket: a piece of a longer sentence, cut inside an aside."""
    return (
        text.count("(") > text.count(")")
        or text.count("[") > text.count("]")
        or _OPEN_END.search(text) is not None
    )


#: A subordinate clause with no main clause, the answer to a question the writer asked
#: ("Why? Because space travel … is anything but easy."): no comma, dash or semicolon for a
#: main clause to follow ("Because of the storm" is a phrase, "Although …, X did" and
#: "Although … in 2018 - the governor proffered a third" whole; "long-term" is a word).
_SUBORDINATE_ALONE = re.compile(
    r"^\W{0,2}(?:(?:(?:Mostly|Partly|Largely|Mainly|Chiefly|Simply|Only|Just|Probably|"
    r"Perhaps|Maybe|Precisely|Exactly|Presumably)\s+because|Because)(?!\s+of\b)|Although|"
    r"Though|Whereas|Unless)\b(?:[^,;:—–-]|\w-\w)*$"
)


#: A sentence that ends on a clause a conjunction opens with no verb after it, only its
#: subject ("VW says that while the ID.", "… because the U.S."): the splitter ended the
#: sentence inside a name. "While", "although", "because", "if", "unless", "whereas" are
#: no prepositions ("since Christmas.", "as Apple." and "when possible." end sentences).
def _opened_not_told(text: str) -> bool:
    """:data:`_OPENED_NOT_TOLD`, looked for only when the last word is capitalised."""
    words = text[-_OPENED_TAIL:].rsplit(None, 1)
    if not words or not words[-1].lstrip("\"“‘'(")[:1].isupper():
        return False
    return _OPENED_NOT_TOLD.search(text, max(0, len(text) - _OPENED_TAIL)) is not None


#: How far from the end such a clause is looked for (the conjunction, a determiner and three
#: words of a name).
_OPENED_TAIL = 80
_OPENED_NOT_TOLD = re.compile(
    r"\b(?:while|although|though|because|if|unless|whereas)\s+"
    r"(?:(?:the|a|an|this|that|these|those|his|her|its|their|our)\s+)?"
    r"(?:[A-Z][\w.'’&-]*\s*){1,3}[.!?]?[\"”’']?\s*$"
)
#: A comment with no subject, the voice of a tweet or a caption ("Interesting to see Stadia
#: RDR2 capture out there …", "Great to see the team back"): no one is said to do anything.
_SUBJECTLESS = re.compile(
    r"^\W{0,2}(?:(?:So|Very|Really|Pretty|Quite|Always|Never)\s+)?(?:Interesting|Good|Great|"
    r"Nice|Sad|Hard|Funny|Strange|Glad|Happy|Proud|Amazing|Crazy|Wild|Cool|Awesome|Exciting|"
    r"Fun|Tough|Weird|Odd|Curious|Lovely|Wonderful|Terrible|Awful|Shocking|Disappointing|"
    r"Fascinating|Thrilled|Excited|Honored|Honoured|Delighted)\s+(?:to|that|how|when|seeing)\b"
)
#: A quotation that only announces what follows it, and its cue ("“I would say this,” Trump
#: answered."): the words that matter are in the next sentence.
_QUOTED_LEAD_IN = re.compile(
    r"^\W{0,2}[\"“‘'][^\"“”]{0,80}?\b(?:this|these|the following|as follows|here['’]s what|"
    r"let me (?:say|tell you)|I(?: would|['’]d| will|['’]ll) say)\W{0,3}[\"”’']\s*"
    r"(?:[\w.'’-]+\s+){1,4}(?:said|says|answered|replied|added|wrote|told|explained|"
    r"continued|responded|tweeted)\b[^.!?]{0,40}[.!?]?[\"”’']?\s*$"
)


#: A short word in capitals that a name spells with a full stop ("the ID. Buzz", "the ID.
#: SPACE VIZZION"): the sentence splitter joins such a sentence again
#: (:mod:`topline.analyze.sentences`), so the stop is no boundary unless a clause opens.
_NAME_STOP = re.compile(r"[A-Z][A-Z]?[A-Za-z]?[A-Z]")


def run_on(text: str) -> bool:
    """Longer than :data:`MAX_ELEMENT_WORDS`, two lines glued (a caption and a sentence), or
    two sentences outside a quotation (a quotation of several sentences is one unit)."""
    if len(text.split()) > MAX_ELEMENT_WORDS or "\n" in text.strip():
        return True
    if _GLUED.search(text):
        return True  # "… in 2014.Stone, who won …": a full stop with no space after it
    if caption_glued(text):
        return True  # "… to leave Lee Clark disappointed Yakubu tussles with …"
    inside: list[bool] = []
    for match in _BOUNDARY.finditer(text):
        inside = inside or double_quote_depth(text)
        word = match.group(1).lower().strip("\"“‘'(")
        if (
            word in _ABBREVIATIONS
            or len(word) == 1
            or "." in word
            or _NAME_STOP.fullmatch(match.group(1).lstrip("\"“‘'("))
        ):
            if not _CLAUSE_OPENER.match(text, match.end()):
                continue  # Mr. Smith, J. Smith, U.S. Navy; not "the U.S. While Clinton …"
        if not inside[match.end(1)]:
            return True
    return False


#: A photo caption run into a sentence with no punctuation, a caption's way of telling: a
#: lower-case word ends the sentence, then a name and a verb of a picture in the present
#: ("… to leave Lee Clark disappointed Yakubu tussles with Costa Rica international …").
#: News tells in the past, and the verbs are a picture's (not "appears", "leaves", which
#: follow "admitted Smith …" in prose); a function word or a verb of saying or seeing before
#: the name ("when Smith celebrates", "saw Smith celebrate") is prose.
_CAPTION_GLUE = re.compile(
    r"\b(?P<before>[a-z]{3,})[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'’]+){0,2}[ \t]+"
    r"(?:tussles|celebrates|celebrate|poses|reacts|smiles|grimaces|gestures|waves|cradles|"
    r"embraces|hugs|kisses|jumps|battles|challenges|vies|looks on|shows off|salutes|"
    r"applauds)\b"
)
_PROSE_BEFORE_NAME = frozenset(
    """and but or nor when while as after before since until unless if that than because
    where whether which who whom whose what how why said says told tells according saw sees
    see watch watched watches seeing hear heard with without for from into onto over under
    about against between among like the his her their its our your this these those""".split()
)


def caption_glued(text: str) -> bool:
    """A photo caption is run into the sentence (:data:`_CAPTION_GLUE`)."""
    return any(
        m["before"] not in _PROSE_BEFORE_NAME and not inside_quote_at(text, m.start())
        for m in _CAPTION_GLUE.finditer(text)
    )


def inside_quote_at(text: str, position: int) -> bool:
    """``position`` lies inside a double quotation (a caption is never quoted)."""
    piece = text[:position]
    return piece.count('"') % 2 == 1 or piece.count("“") > piece.count("”")


#: Numbers in words that open a sentence ("… 29 apps, 5 goals Seventeen of the 35 goals …").
_NUMBER_WORDS = (
    r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|"
    r"Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Hundreds|"
    r"Thousands|Dozens"
)
#: A sentence glued to the one before it with no punctuation at all ("… after winning the
#: Grand Prix The win was his third …"): a lower-case word (or a figure, or a closing
#: bracket) followed by a capitalised function word, an article, a pronoun or a
#: preposition, that opens a clause, followed by a lower-case word or a figure joined to one
#: ("… her face An 86-year-old nun was …", "The 32-year-old was …"). Function words are
#: never capitalised inside a sentence; a title ("the film It Follows", "The Hague") goes on
#: in capitals and is not matched. Photo captions lose their line break this way.
_GLUE = re.compile(
    r"(?<=[a-z0-9)\]])[ \t\xa0]+(?=[A-Z])(?P<opener>A|An|The|He|She|It|They|We|His|Her|Its|Their|In|On|At|"
    r"This|These|Those|There|But|And|After|When|Now|Police|Officers|Like|As|For|With|If|While|"
    r"Since|During|Despite|Following|All|" + _NUMBER_WORDS + r")[ \t]+"
    r"(?P<next>[a-z][\w'’-]*|\d[\d.,]*-[a-z][\w'’-]*)"
)
#: The same with no space at all, a widget's label run into the sentence ("… news from
#: LondonA 16-year-old boy was …"): only openers that no word or brand ends with ("LinkedIn",
#: "WeChat" are names).
_TIGHT_GLUE = re.compile(
    r"(?<=[a-z]{2})(?P<opener>A|An|The|He|She|They|This|But|After|When)[ \t]+"
    r"(?P<next>[a-z0-9][\w'’-]*)"
)
#: A page widget's label, which may be shorter than :data:`GLUE_MIN_WORDS` before a glue
#: point ("Visit site Like the rest of the royals, …").
_WIDGET_HEAD = re.compile(
    r"^\W*(?:visit (?:the )?(?:site|website|page)|advertisement|advert|read more|see also|"
    r"related(?: (?:articles?|stories|content|coverage|news))?|more on this (?:story|topic)|"
    r"(?:watch|play) (?:the )?video|image (?:copyright|caption)|getty images|share this|"
    r"sponsored(?: content)?)\b[^.!?]{0,50}$",
    re.I,
)


#: Sentences whose answer is kept: the brief asks it of the same sentence about twice (when
#: it scores the sentence and when it fits it).
GLUED_CACHE = 1024


@functools.lru_cache(maxsize=GLUED_CACHE)
def glued_sentence(text: str) -> int | None:
    """Where a sentence glued to ``text`` without punctuation starts (its offset), or None.

    The last such point wins: what comes before it is a caption or a sentence run into the
    next, and what follows it is one whole sentence. "A"/"An" before a plural ("infra-red A
    rays") is a name, not an article, and a point inside a quotation is not one. A page
    widget's label ("Visit site", "More on this story …") may be a shorter first half, and
    may run into the sentence with no space at all ("… from LondonA 16-year-old boy …").
    """
    found = None
    inside: list[bool] = []
    points = sorted([*_GLUE.finditer(text), *_TIGHT_GLUE.finditer(text)], key=lambda m: m.start())
    for m in points:
        start = m.start("opener")
        nxt = m["next"].lower()
        if m["opener"] in {"A", "An"} and (
            nxt in _NOT_AFTER_ARTICLE
            or (nxt.endswith("s") and not nxt.endswith(("ss", "us", "is")))
        ):
            continue
        before = text[:start].split()
        if len(before) < GLUE_MIN_WORDS and not _WIDGET_HEAD.match(text[:start]):
            continue
        tight = m.re is _TIGHT_GLUE  # "LondonA 16-year-old": no name goes on without a space
        if not tight and m["opener"] in _NAME_PARTS and not _ends_a_phrase(before[-1]):
            continue  # "in Group A while …", "West Midlands Police said": a name goes on
        if len(text[start:].split()) < GLUE_MIN_WORDS:
            continue
        inside = inside or double_quote_depth(text)
        if inside[start]:
            continue
        found = start
    return found


#: Openers that also end a name ("Group A", "Plan A", "West Midlands Police"): after a
#: capitalised word they are read as part of it.
_NAME_PARTS = frozenset({"A", "An", "Police", "Officers", *_NUMBER_WORDS.split("|")})


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


#: A quotation mark that opens: at the start or after a space or a bracket, before a capital
#: letter ("'Every match …", "… on Monday 'He is …").
_OPENING_MARK = re.compile(r"(?:^|(?<=[\s(\[]))[\"“'‘](?=[A-Z])")
#: A quotation mark that closes: after a word, a figure or a stop, before a space, a stop or
#: the end (a possessive "players' union" reads as one too: the rule then stays silent).
_CLOSING_MARK = re.compile(r"(?<=[\w.,!?;:…)])[\"”'’](?=[\s.,;:!?)—–-]|$)")
_ANY_MARK = re.compile(r"[\"“”‘]|(?<!\w)'|'(?!\w)|(?<!\w)’|’(?!\w)")
#: Sentences a speech with lost closing marks may run over before its next paragraph opens.
MAX_OPEN_SPEECH_SENTENCES = 6


def open_speech(text: str, spans: list[Span]) -> set[int]:
    """Positions (in ``spans``) of sentences inside a speech whose closing marks were lost.

    Transcripts of a press conference set each paragraph of the speech with an opening mark
    and no closing one; run into one paragraph, the speech reads "… 'Every match presents
    its own problem. Every match has its idea. … It's difficult to say what happened. 'I am
    lucky …": read in order, the marks leave the quotation open from one opening mark to the
    next, and the sentences between them, with no mark of their own, are the speaker's, not
    the reporter's (fourteenth session). Only a run of at most
    :data:`MAX_OPEN_SPEECH_SENTENCES` sentences without marks, after a sentence whose last
    mark opens a quotation and before a sentence whose first mark opens one, all in one
    paragraph, is read so."""
    inside: set[int] = set()
    opened = False
    run: list[int] = []
    end = 0
    # the marks of the whole text, found once and read per sentence by position
    marks = [m.start() for m in _ANY_MARK.finditer(text)]
    for i, span in enumerate(spans):
        if text.find("\n", end, span.start) >= 0:
            opened, run = False, []  # a new paragraph: texts set a line to a paragraph and
            # may move a quotation's closing mark to the next line (:mod:`.quote_rules`)
        end = span.end
        lo = bisect.bisect_left(marks, span.start)
        hi = bisect.bisect_left(marks, span.end, lo)
        if lo == hi:
            if opened:
                run.append(i)
            continue
        if opened and run and len(run) <= MAX_OPEN_SPEECH_SENTENCES:
            first = marks[lo]
            if _OPENING_MARK.match(text, first) and not _CLOSING_MARK.match(text, first):
                inside.update(run)
        run = []
        last = marks[hi - 1]
        opened = bool(_OPENING_MARK.match(text, last)) and not _CLOSING_MARK.match(text, last)
    return inside
