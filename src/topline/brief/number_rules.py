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


#: The marks of an embedded tweet: its picture link, a short link, the "(@handle) Date" line,
#: a tweet element (``<tweet id=… author=…>…</tweet>``, ``<tweet/>``).
_TWEET = re.compile(
    r"pic\.twitter\.com/|\bt\.co/|<tweet\b|twitter\.com/\w+/status|"
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


#: ", which represents 200 businesses", ", which employs 1,300 people", ", which generated
#: more than $30 billion in revenue last year": a clause that sizes up a named organisation
#: in passing (the stock self-description), written after its name.
_SIZE_ASIDE = re.compile(
    r"\b[A-Z][\w&.'’-]*,?\s+which\s+(?:now\s+|also\s+)?(?:represents|employs|operates|runs|serves|"
    r"owns|manages|counts|has|had|boasts|generates|generated|reported|posted|earns|earned|"
    r"makes|made)\s+(?:(?:about|around|some|nearly|more than|over|"
    r"almost|roughly|up to)\s+)?$"
)


def organisation_aside(text: str, figure: Span) -> bool:
    """The figure sizes up an organisation in a relative clause after its name ("Confor,
    which represents 200 businesses in Wales, believes …"): who the source is, not what
    happened."""
    window = text[max(0, figure.start - 80) : figure.start]
    return " which " in window and _SIZE_ASIDE.search(window) is not None


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


#: A name after a bare plural noun, by "of": "members of Congress", "residents of East
#: Jerusalem", "employees of the Pentagon". The noun alone ("a dozen — members") says
#: nothing of whom it counts.
_OWNER_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+)?[A-Z][\w'’.&-]*){0,3}(?![\w'’])"
)


def with_owner(text: str, counted: Span) -> Span:
    """The counted phrase with the name it belongs to when it is one plural noun followed by
    "of" and a capitalised name (:data:`_OWNER_AFTER`)."""
    words = counted.of(text).split()
    if len(words) != 1 or not (words[0].endswith("s") or words[0] in IRREGULAR_PLURALS):
        return counted
    match = _OWNER_AFTER.match(text, counted.end)
    return counted if match is None else Span(counted.start, match.end())


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
#: by punctuation, "and"/"or", or the words (up to three) before a preposition or an
#: auxiliary ("800 meters of fencing along the border", "12 tons of grain were seized", "500
#: acres of dry forest before crews stopped it", "9,000 hectares of commercial forest have
#: been lost"), or a participle ("12 tons of cocaine hidden in crates", "800 meters of rope
#: made out of plastic").
MEASURED = re.compile(
    r"\s+of\s+((?:[^\s,.;:()\"“”]+\s+){0,2}?[^\s,.;:()\"“”]+(?=\s*(?:[,.;:()\"“”]|$)|\s+(?:and|or)\b)|"
    r"(?:[^\s,.;:()\"“”]+\s+){0,2}?[^\s,.;:()\"“”]+"
    r"(?=\s+(?:to|for|from|in|on|at|into|onto|before|after|as|when|while|that|"
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
    r"\s+of\s+(?:whom|which)\b|"  # "40 percent of whom are black": a relative clause
    r"\s+(?:in|on|of|to|for)\s+(?:(?:early|late|mid)[- ]?)?(?:(?:1[89]|20)\d\d\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)|.*(?:[$€£¥]\s?\d|\d[\d,.]*\s*(?:%|per ?cent|percent|million|billion|bn\b|m\b))|"
    # a period or a day, told by a time noun (sixteenth session: "net income fell 22% in
    # the third quarter" → "22% — in the third quarter", "30 percent on Tuesday night",
    # "$538.5 million for the quarter ended Sept. 30", "39 percent in Monday's poll"): when,
    # not what the figure is of
    r"\s+(?:in|on|for|during|over|at|by)\s+(?:the\s+|this\s+|that\s+|its\s+|their\s+)?"
    r"(?:(?:first|second|third|fourth|fiscal|latest|same|last|previous|past|recent|final|"
    r"full|current|next|\d{4})[- ]+)*(?:quarter|quarters|half|year|month|week|period|session|"
    r"day|night|morning|afternoon|evening|weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:['’]s)?)\b"
)


# --- eleventh session: figures whose thing a reader cannot tell --------------------------

#: The figure is written inside a date, a time or a code: "9/11 families", "17:45 weekdays",
#: "a 24/7 line", "4K TVs", "5G phones". It counts nothing.
_CODE_AFTER = re.compile(r"[/:]\d|[A-Z](?![a-z])")
#: A single digit with its "K" read as thousands: "4K TVs", "8K video", "a 5K run" name a
#: resolution or a race, not 4,000 of anything (money, "$4K", has its currency sign).
_LETTER_NAME = re.compile(r"\d[Kk]")


def in_code(text: str, figure: Span) -> bool:
    """The figure is part of a date, a time or a code: a "/" or ":" joins it to a digit
    before or after it ("9/11", "17:45"), or a capital letter is glued to it ("4K", "5G")."""
    glued_before = (
        figure.start >= 2 and text[figure.start - 1] in "/:" and (text[figure.start - 2].isdigit())
    )
    return (
        glued_before
        or _CODE_AFTER.match(text, figure.end) is not None
        or _LETTER_NAME.fullmatch(figure.of(text)) is not None
    )


#: A part of two or more ("one of at least 707 people shot" names a person among a count
#: that is the news).
_NUMBER_WORD = (
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half)"
)
#: A fraction or a share taken of a whole: "two-thirds of the 55,000 pages", "a quarter of
#: its 1,200 staff", "40% of the 300 workers", "most of the 6,000 homes".
_SHARE = (
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[- ](?:half|halves|thirds?|"
    r"quarters?|fifths?|sixths?|eighths?|tenths?)|\d[\d.,]*\s*(?:%|percent\b|per cent\b)|"
    r"most|all but|nearly all|almost all)"
)
#: A part taken "of" the figure: "56 of the 59 seats", "nine of the last 11 grands prix",
#: "eight of 10 voters". The figure is the whole the news is a part of.
_WHOLE_BEFORE = re.compile(
    r"(?:\b"
    + _NUMBER_WORD
    + r"|"
    + _SHARE
    + r")\s+of\s+(?:(?:the|its|their|his|her|our|its own|their own)\s+)?"
    r"(?:(?:last|first|top|past|next|remaining|final|latest|previous)\s+)?$",
    re.I,
)
#: A rank, not a count: "the top 200 universities", "their last 16 hopes", "in his first 18
#: games", "the remaining 18 races".
_RANK_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|our|my|your)\s+(?:own\s+|very\s+)?(?:top|last|first|past|"
    r"next|remaining|final|latest|previous|bottom)\s+$",
    re.I,
)


#: A part of what someone or something owns: "one of Jupiter's 79 moons", "one of the
#: state's 67 counties", "two of Britain's 43 police forces". The whole is a standing fact
#: of the owner, not what happened ("one of at least 707 people shot" has no owner).
_OWNED_WHOLE_BEFORE = re.compile(
    r"\b(?:one|" + _NUMBER_WORD + r")\s+of\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}"
    r"[\w.&-]+(?:['’]s|s['’])\s+(?:(?:own|last|first|top|remaining)\s+)?$",
    re.I,
)


def part_or_rank(text: str, figure: Span) -> bool:
    """The figure is the whole a part is taken from ("56 of the 59 seats", "one of
    Jupiter's 79 moons") or a rank ("the top 200 universities", "the last 16"): the reader
    cannot tell what it counts."""
    before = text[max(0, figure.start - 60) : figure.start]
    return bool(
        _WHOLE_BEFORE.search(before[-40:])
        or _RANK_BEFORE.search(before[-40:])
        or _OWNED_WHOLE_BEFORE.search(before)
    )


#: Money that names a note or a coin, not an amount: "$100 bills", "a £20 note".
DENOMINATIONS = frozenset(
    "bill bills note notes banknote banknotes coin coins bank-note bank-notes".split()
)


def denomination(counts: str) -> bool:
    """The money's phrase is a note or a coin ("$100 — bills"): what kind of note, not how
    much of anything."""
    words = counts.lower().split()
    return bool(words) and words[0] in DENOMINATIONS


#: A paragraph that links to another story: a label and a colon ("SEE MORE: Hong Kong
#: protests: 800 students under siege", "Read also: …", "RELATED: …"). Its figure is the
#: other story's.
_LINK_LABEL = re.compile(
    r"\s*(?:(?:SEE|READ|WATCH|MORE|ALSO|RELATED|RECOMMENDED|LATEST|TRENDING|DON['’]T MISS)"
    r"(?: [A-Z]+){0,2}|(?:See|Read|Watch) (?:more|also)|Also (?:read|see)|Related(?: \w+)?|"
    r"More|Recommended|Trending|Don['’]t miss)\s*:"
)


def link_line(text: str, at: int) -> bool:
    """The figure at ``at`` sits in a line that links to another story (:data:`_LINK_LABEL`)."""
    return _LINK_LABEL.match(text, text.rfind("\n", 0, at) + 1) is not None


#: The people a survey asked, named by the noun ("600 respondents") or the frame before it
#: ("a panel of 600", "among 1,358 registered voters" after "poll … conducted", "surveys
#: completed by 505,796 people").
SAMPLE_NOUNS = frozenset(
    "respondents respondent participants participant interviewees panellists panelists".split()
)
_SAMPLE_FRAME = re.compile(
    r"\b(?:panel|surveys?|polls?|stud(?:y|ies)|questionnaires?)\s+(?:of|among|in|completed by|"
    r"answered by|taken by|filled (?:in|out) by)\s+(?:(?:about|some|nearly|more than|over|"
    r"around|almost|roughly)\s+)?$|"
    r"\b(?:poll|survey|study)\b[^.!?]{0,100}\b(?:conducted|carried out|taken)\b[^.!?]{0,60}"
    r"\bamong\s+(?:(?:about|some|nearly|more than|over|around|almost|roughly)\s+)?$",
    re.I,
)


def sample_size(text: str, figure: Span, counts: str) -> bool:
    """The figure is how many people a survey or study asked, not what happened."""
    words = counts.lower().split()
    if words and words[-1] in SAMPLE_NOUNS:
        return True
    return _SAMPLE_FRAME.search(text, max(0, figure.start - 200), figure.start) is not None


_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WHO_WHICH = re.compile(r"(?:who|whom|whose|which|that)\b", re.I)
#: A past century in the figure's sentence makes it history: "which killed 25 million
#: people in the 14th century", "during the fourteenth century, causing more than 50
#: million deaths" (the 21st is today's).
_CENTURY = re.compile(
    r"\b(?:(?!21st)\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
    r"seventeenth|eighteenth|nineteenth|twentieth)[- ]century\b",
    re.I,
)
#: A year, then a "when" clause the figure sits in: "since 2009, when Sanders joined 89
#: other senators to …", "in 1994, when 800,000 people were killed".
_WHEN_AFTER_YEAR = re.compile(r"\b((?:1[89]|20)\d\d),?\s+when\b[^.;!?()\n]*$")


def dated_clause(text: str, figure: Span, published_year: int | None) -> bool:
    """The figure sits in a relative clause dated before the year of publication ("Nidal
    Hasan, the psychiatrist who killed 13 people at Fort Hood in 2009"), in a "when" clause
    of an earlier year ("since 2009, when Sanders joined 89 other senators") or in a
    sentence dated by a past century: a thing's or a person's history told in passing, not
    the story's figure."""
    if published_year is None:
        return False
    line = max(text.rfind(mark, 0, figure.start) for mark in ("\n", ". ", "? ", "! ")) + 1
    ends = [i for mark in ("\n", ". ", "? ", "! ") if (i := text.find(mark, figure.end)) >= 0]
    sentence = text[line : min(ends, default=len(text))]
    if "entury" in sentence and _CENTURY.search(sentence) is not None:
        return True  # "during the fourteenth century, causing more than 50 million deaths"
    if _YEAR_IN.search(sentence) is None:
        return False  # no year at all: nothing dates a clause (and no clause search)
    at = figure.start - line
    when = _WHEN_AFTER_YEAR.search(sentence, 0, at)
    if when is not None and int(when.group(1)) < published_year:
        return True
    for start, stop in relative_clauses(sentence):
        if start <= at < stop and _WHO_WHICH.match(sentence, start):
            years = [int(y) for y in _YEAR_IN.findall(sentence[start:stop])]
            return any(y < published_year for y in years)
    return False


#: Between the counted phrase and an active verb, only auxiliaries and adverbs ("people have
#: viewed", "students were due to sit"): the verb is the phrase's.
_AUXILIARIES = re.compile(
    r"\s+(?:(?:have|has|had|were|was|are|is|will|would|could|did|do|does|also|still|already|"
    r"then|now|each|all|both)\s+){0,3}$"
)
#: Verbs of saying: what was said needs the question or the claim, which a Big number
#: does not show.
_SAYING = frozenset(
    """say says said saying tell tells told added add adds answered replied responded stated
    claimed claim claims reported report reports agreed agree agrees""".split()
)
#: A pronoun the predicate would leave unresolved, and raising verbs whose clause is hedged.
_PRONOUN_OBJECT = re.compile(
    r"\b(?:it|them|him|they|he|she|this|that|these|those|believed|thought|expected|said|"
    r"reported|estimated|feared|alleged)\b",
    re.I,
)
#: The longest predicate (verb and what follows it, to the clause's end) a Big number shows.
MAX_PREDICATE_WORDS = 8
_CLAUSE_STOP = re.compile(
    r"\s*(?:[,;:.!?()\[\]\"“”]|\s[–—-]{1,2}\s)|"
    # a clause of its own after the object: "have watched a video [that shows …]"
    r"\s+(?=(?:that|which|who|whose|where|when|while|after|before|because|as|since|until|"
    r"if|although|though)\b)"
)
_DANGLING_END = re.compile(
    r"\b(?:a|an|the|of|to|in|on|at|for|with|by|from|and|or|but|that|which|who|as|than|"
    r"his|her|its|their|our|my|your)$",
    re.I,
)


def predicate(text: str, counted: Span, verb: Span) -> Span | None:
    """What the counted phrase did, shown whole: the verb with its auxiliaries and its
    object, to the clause's end ("around 900,000 people have viewed her Ted talk", "up to
    400 people took part in a parade"), when that is at most :data:`MAX_PREDICATE_WORDS`
    words, opens no quotation or bracket and does not end on a function word. A bare
    "people" or "teams" tells a reader nothing; what they did tells what the figure counts."""
    if verb.start < counted.end or not _AUXILIARIES.match(text[counted.end : verb.start] + " "):
        return None
    if verb.of(text).lower() in _SAYING:
        return None  # "46 percent of voters said yes": the answer needs its question
    start = (
        counted.end
        + len(text[counted.end : verb.start])
        - len(text[counted.end : verb.start].lstrip())
    )
    stop = _CLAUSE_STOP.search(text, verb.end)
    end = stop.start() if stop is not None else len(text)
    if stop is not None and re.match(r"\s*[(\[\"“]", stop.group(0)):
        return None  # "took part in a nationwide “walk-in”": the object runs into the mark
    shown = text[start:end]
    if _PRONOUN_OBJECT.search(shown):
        return None  # "two people contracted it": the reader does not know what "it" is
    if not shown or len(shown.split()) > MAX_PREDICATE_WORDS or "\n" in shown:
        return None
    if _DANGLING_END.search(shown):
        return None
    return Span(start, end)


#: Units of a score or a market's move: "25 points", "three touchdowns", "11 hits". Alone,
#: they say how much but not whose: the scorer or the index is written before the figure
#: ("Tolivert 25 points", "the Dow fell 102.2 points"), where a Big number cannot show it.
SCORE_UNITS = frozenset(
    """point points goal goals run runs touchdown touchdowns hit hits shot shots yard yards
    assist assists rebound rebounds wicket wickets frame frames lap laps stroke strokes
    save saves tackle tackles basket baskets try tries birdie birdies carry carries""".split()
)


#: What may stand between the people counted and their verb of saying: an owner ("of
#: Congress"), "familiar with the matter", an aside between commas.
_SOURCES_BETWEEN = re.compile(r"[^.;:!?\"“”()]{0,60}")
_SOURCE_VERBS = frozenset({"said", "say", "says", "told", "tell", "tells"})


def sources_count(text: str, counted: Span, verb: Span | None) -> bool:
    """The figure counts who spoke to the reporter ("at least a dozen members of Congress
    told The Huffington Post", "two officials said"): the sourcing of a report, not what
    happened. The verb of saying follows the counted people."""
    if verb is None or verb.start < counted.end or verb.of(text).lower() not in _SOURCE_VERBS:
        return False
    return _SOURCES_BETWEEN.fullmatch(text, counted.end, verb.start) is not None


def pro_form(counts: str) -> bool:
    """The counted phrase's head is "one" or "ones" ("12 of the best ones"): it stands for a
    noun written before, which the Big number does not show."""
    words = counts.strip().lower().split()
    return bool(words) and words[-1] in {"one", "ones"}


def bare_score(counts: str) -> bool:
    """The counted phrase is a unit of score and nothing else ("25 — points"): a reader
    cannot tell who scored or what moved."""
    return counts.strip().lower() in SCORE_UNITS


#: Money written with a word for its unit ("50 cents", "20 pence", "ten dollars"): the
#: analysis reads the unit as the thing counted, and "50 — cents" counts nothing.
MONEY_WORDS = frozenset(
    """cent cents penny pence pound pounds dollar dollars euro euros yen yuan rupee rupees
    franc francs buck bucks quid""".split()
)
#: How often, not what: "about £100 — weekly", "$2,000 — monthly".
RATE_WORDS = frozenset(
    "daily weekly fortnightly monthly quarterly yearly annually hourly nightly apiece each".split()
)


#: "10 times harder", "viewed more than 10,000 times", "saved 25 times their expenses", "a
#: 10-fold rise": a multiplier or a count of occurrences. What is multiplied or repeated is
#: not the phrase the analysis reads after it, and "— times" names nothing. Lower case only
#: ("Times Square", "the Times" are names).
_MULTIPLIER = re.compile(r"(?:\s+|-)(?:times|fold)\b")


def multiplier(text: str, figure: Span) -> bool:
    """The figure multiplies or repeats (:data:`_MULTIPLIER`): how many times, not how many
    of a thing."""
    return _MULTIPLIER.match(text, figure.end) is not None


def unit_or_rate(counts: str) -> bool:
    """The counted phrase is only a word of money ("50 — cents") or of frequency ("about
    £100 — weekly"), or the name of a currency ("about 1.7 billion — Canadian dollars",
    "Hong Kong dollars"): a unit or a rate, nothing a reader can name."""
    words = counts.strip().split()
    if len(words) > 1 and words[-1].lower() in MONEY_WORDS:
        return all(w[:1].isupper() for w in words[:-1])  # "Canadian dollars", "U.S. dollars"
    low = [w.lower() for w in words]
    return len(low) == 1 and (low[0] in MONEY_WORDS or low[0] in RATE_WORDS)


#: After a phrase, a list that goes on: ", New Hampshire and South Carolina".
_LIST_AFTER = re.compile(
    r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*,?\s+(?:and|or)\s+[A-Z]"
)
#: The place that opens such a list, at the end of the phrase: " in Iowa".
_PLACE_END = re.compile(
    r"(?:^|\s+)(?:in|at|across)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*$"
)


def cut_from_list(text: str, counted: Span) -> Span | None:
    """The phrase ends on the first place of a list the comma cut ("$153,000 on field
    coordinators in Iowa, New Hampshire and South Carolina" → "… in Iowa" says Iowa
    alone): the phrase without that place, or None when nothing is left. Unchanged when
    no list follows."""
    if _LIST_AFTER.match(text, counted.end) is None:
        return counted
    place = _PLACE_END.search(counted.of(text))
    if place is None:
        return counted
    end = counted.start + place.start()
    return Span(counted.start, end) if text[counted.start : end].strip() else None


#: After the counted phrase (and a short tail in the same clause: "of the vote in a
#: district"), words that make the figure a bar to clear: "the 2,383 delegates needed for
#: the nomination", "20% of the vote … is enough to qualify", "270 votes required to win".
_THRESHOLD_AFTER = re.compile(
    r"[^.;:!?\"“”()]{0,40}?\s(?:(?:is|are|was|were|would be|will be)\s+(?:not\s+)?"
    r"(?:enough|sufficient|needed|required|necessary)\b|(?:needed|required|necessary)\s+"
    r"(?:to|for|in order to)\b)",
    re.I,
)
#: Before the figure: "needs 1,237 delegates to", "a threshold of 15%", "a minimum of 50".
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:(?:threshold|minimum|quota|target)\s+of|(?:needs?|requires?|required)\s+"
    r"(?:at least|only|just|another|a further)?)\s*(?:about|around|some|roughly)?\s*$",
    re.I,
)


#: A bar written as what it takes ("It takes 2,383 delegates to win", "it would take 60
#: votes to pass") or what there needs to be ("there needed to be 20,000 hectares a year to
#: meet the targets", "they need to be 5,000 signatures"): a count of what would do, not of
#: what was.
_TAKES_BEFORE = re.compile(
    r"\b(?:it\s+(?:takes|will take|would take|could take)|"
    r"(?:there|it|they)\s+(?:(?:needs?|needed|has|have|had) to|must|would have to)\s+be)"
    r"\s+(?:(?:at least|about|around|some|roughly|nearly|more than|over|only|just|another)\s+)?$",
    re.I,
)


def threshold(text: str, figure: Span, counted: Span) -> bool:
    """The figure is a bar to clear, not something that happened: "the 2,383 delegates
    needed for the nomination", "scoring 20% of the vote in a district is enough to
    qualify", "needs 1,237 delegates to win". A rule's or a goal's number says what would
    count, never how many did."""
    if _THRESHOLD_BEFORE.search(text, max(0, figure.start - 40), figure.start):
        return True
    window = text[max(0, figure.start - 40) : figure.start].lower()
    if ("take" in window or " be " in window) and _TAKES_BEFORE.search(window):
        return True  # "It takes 2,383 delegates to win", "there needed to be 20,000 hectares"
    return _THRESHOLD_AFTER.match(text, counted.end) is not None


#: A site's standing note on a subject, repeated under every story on it: "Editor's note:
#: Donald Trump is a serial liar …".
_EDITORS_NOTE = re.compile(r"\s*(?:Editor['’]?s['’]?\s+[Nn]ote|EDITOR['’]?S['’]?\s+NOTE)\s*:")


def editors_note(text: str, at: int) -> bool:
    """The figure sits in a paragraph that opens "Editor's note:": a site's standing
    statement, the same under every story on its subject, not this story's figure."""
    return _EDITORS_NOTE.match(text, text.rfind("\n", 0, at) + 1) is not None


#: A noun of words or of a work before "about": "his infamous comment about 47 percent of
#: the country", "a joke about 300 Spartans", "a book about 9/11". The "about" is a
#: preposition, not a qualifier, and the figure is the topic of the words, not a count of
#: what happened.
_TOPIC_BEFORE = re.compile(
    r"\b(?:comments?|remarks?|quips?|jokes?|questions?|speech|claims?|stor(?:y|ies)|books?|"
    r"films?|documentar(?:y|ies)|articles?|songs?|lectures?|tweets?|posts?|rant)\s+about\s+$",
    re.I,
)


def topic_of_words(text: str, figure: Span) -> bool:
    """The figure is what some words or a work are about ("his comment about 47 percent of
    the country"): the analysis reads "about" as a qualifier ("about 47 percent"), so the
    phrase before the figure's own "about" is looked at too."""
    start = figure.start
    if text[start : start + 6].lower() == "about ":
        start += 6
    return _TOPIC_BEFORE.search(text, max(0, start - 40), start) is not None


#: "With 76 percent of the vote counted", "with 90% of precincts reporting": how far the
#: count had gone when the story was written.
_PROGRESS = re.compile(
    r"(?:the\s+)?(?:vote|votes|ballots|precincts|polling (?:stations|places)|districts|"
    r"returns|results)\s+(?:counted|reporting|tallied|processed|declared|in\b(?=\s*[,.;]))",
    re.I,
)


def count_progress(text: str, figure: Span) -> bool:
    """The figure says how much of a count was in when the story was written ("With 76
    percent of the vote counted, Trump led"): the state of the tally, not a result."""
    after = re.match(
        r"\s*(?:%|per\s?cent|percent)?\s+of\s+", text[figure.end : figure.end + 14], re.I
    )
    if after is None:
        return False
    return _PROGRESS.match(text, figure.end + after.end()) is not None


#: A figure that opens a quoted title ("The movie, “13 Hours: The Secret Soldiers …”", "the
#: song '99 Problems'"): a name with a number in it, not a count.
_OPENS_QUOTE = re.compile(r"[\"“‘'«]$")


def opens_title(text: str, figure: Span, counted: Span) -> bool:
    """The figure is the first word of a quoted name whose next word is capitalised (a film,
    a book, a song: "“13 Hours”", "'Ocean's 11'" starts with a name anyway)."""
    return bool(
        _OPENS_QUOTE.search(text, max(0, figure.start - 1), figure.start)
        and counted.of(text)[:1].isupper()
    )


#: "six wins in 10 games", "three goals in five matches", "two deaths out of 1,000 births":
#: the figure after "in" is the second term of a ratio, how many of the first it took.
_PER_TERM_BEFORE = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"[a-z][\w'’-]*\s+(?:in|from|out of)\s+(?:(?:the|their|his|her|its|our|my)\s+(?:last|first|"
    r"past|next)\s+)?$",
    re.I,
)


def per_term(text: str, figure: Span) -> bool:
    """The figure is what a first figure is counted over ("six wins in 10 games"): ten
    games say nothing without the six wins."""
    window = text[max(0, figure.start - 40) : figure.start]
    if not (" in " in window or " from " in window or " out of " in window):
        return False
    return _PER_TERM_BEFORE.search(window) is not None


#: "16,000 hectares - or 40,000 acres -", "5 miles, or 8 km,": the second figure restates
#: the first in another unit.
_CONVERSION_BEFORE = re.compile(
    r"\d[\d,.]*\s*[a-z]+(?:\s+[a-z]+)?\.?\s*[-–—,]\s*or\s+(?:(?:about|some|nearly|roughly|"
    r"around|almost|over|more than)\s+)?$",
    re.I,
)


def conversion(text: str, figure: Span) -> bool:
    """The figure restates the one before it in another unit ("at least 16,000 hectares -
    or 40,000 acres - of forest"): the same amount twice, not a figure of its own."""
    return _CONVERSION_BEFORE.search(text, max(0, figure.start - 40), figure.start) is not None


#: A label that is a pronoun, or a pronoun run into its verb ("he's worth $10 billion" →
#: "he's"): it names no thing the figure counts.
_PRONOUN_LABEL = re.compile(
    r"(?:he|she|it|they|we|you|i|that|who|what|there|this)(?:['’](?:s|re|m|ve|d|ll))?",
    re.I,
)
#: Words that cannot end a noun phrase: the label was cut before what they lead to ("of
#: those who selected someone who" before a quotation).
_OPEN_END = frozenset(
    """who whom whose which that the a an of to and or than with for by as from someone
    anyone those these""".split()
)


def cut_label(text: str, figure: Span, counted: Span) -> bool:
    """What the Big number says it counts is no noun phrase a reader can use: a pronoun
    ("$10 billion — he's"), a phrase cut after a word that leads on ("only 23 percent — of
    those who selected someone who"), or a phrase with a word lost between it and the
    figure, where a link was stripped and left two spaces ("about $2.5 million of  time in
    South Carolina" → "time", for "air time")."""
    label = counted.of(text).strip()
    words = [w.strip(".,;:!?\"“”'’()").lower() for w in label.split()]
    if not words or _PRONOUN_LABEL.fullmatch(label.strip(".,;:")):
        return True
    if len(words) > 1 and words[-1] in _OPEN_END:
        return True
    lo, hi = (
        (figure.end, counted.end) if counted.start >= figure.end else (counted.start, figure.start)
    )
    return "  " in text[lo:hi]
