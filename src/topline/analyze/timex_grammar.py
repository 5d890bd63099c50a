"""The TIMEX3 span grammar: regular expressions over the cleaned text, one per rule.

Why regular expressions over characters rather than spaCy's DATE/TIME entities: TimeML spans
follow their own conventions ("the past two months" is one DURATION, "at" and "on" are not part
of the span, "third-quarter" is a DATE), spaCy's entities are trained on OntoNotes conventions
and miss or merge many of them, and a grammar keeps each rule's value logic next to its shape.
``benchmarks/timex.py`` measures both on TempEval-3.

Each rule is a named pattern; :mod:`topline.analyze.timex_resolve` turns a match of rule
``name`` into a TimeML type and value. A group named ``core`` (when present and matched) is the
span reported, so a rule may look at a word before the expression without including it.
Month and weekday names are case-sensitive ("may", "march" and "sun" are ordinary words).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from topline.analyze.numbers import CARDINAL, TENS, WORD_NUMBER, parse_cardinal
from topline.analyze.rule_filter import rule_filter
from topline.analyze.rule_starts import start_index

# --- vocabulary --------------------------------------------------------------------------

B = r"(?<![\w$£€@#/])"  # left edge: not inside a word, an amount or a path
E = r"(?![\w]|-\w|[.,]\d)"  # right edge: not inside a word or a number
TENS_RE = "|".join(TENS)
MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH = (
    rf"(?-i:(?:{MONTH_FULL})|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
    r"|(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER))"
)
BARE_MONTH = rf"(?-i:{MONTH_FULL})"
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]|20)\d\d"
#: A year as a date or month may carry it, back to 1000: "3 June 1590", "May 1542", "in
#: 1284". A year before 1600 is taken only where no count can be read (see
#: :func:`_early_year_ok`): such numbers are rare in news and mostly counts.
WRITTEN_YEAR = r"(?:1\d|20)\d\d"
POD = r"morning|afternoon|evening|night"
SEASON = r"spring|summer|fall|autumn|winter"
#: The second year of a season that spans two ("the winter of 1941-42", "winter 1899–1900"):
#: one DATE, named by the year it begins (TIDES 2005), which the ``year`` group holds.
SEASON_YEARS = rf"(?:[-–/](?:{YEAR}|\d\d))"
UNIT = (
    r"(?:second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|"
    r"century|centuries|millennium|millennia)s?"
)
#: Spelled ordinals of centuries ("the nineteenth century", "the twenty-first century").
CENTURY_WORD = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"twenty[- ]first"
)
VAGUE = r"a few|a couple of|a couple|couple of|several|few|many|some|a number of"
#: Eras: "490 BC", "the 5th century BCE", "AD 79".
ERA = r"(?-i:BCE|BC|B\.C\.E\.|B\.C\.|CE|C\.E\.|AD|A\.D\.)"
AD = r"(?-i:AD|A\.D\.)"
#: Words that introduce a date relative to now ("January this year", "this year's quarter").
REL_YEAR = r"(?P<rel>this|last|next) year"
NUM = rf"(?:{CARDINAL}|{VAGUE}|a|an|one|another)"
APPROX = (
    r"(?:about|almost|nearly|more than|less than|roughly|around|at least|up to|no more than|"
    r"approximately|close to|over(?= an? ))"
)
EDGE_MOD = (
    r"(?:the )?(?:end|beginning|start|middle|close|turn|first half|second half|last half|"
    r"first part|latter part|rest|remainder)s? of"
)

# --- rules -------------------------------------------------------------------------------

#: "the current weakness", "current realities", "the current four flights a week": the adjective
#: places its noun in the present (TimeML ``PRESENT_REF``), except in the fixed terms of
#: accounting and physics, where "current" is not temporal ("current assets", "an electric
#: current"). "the current year / quarter" are dates of their own (the ``relative`` rule).
CURRENT = (
    r"current(?=\s+(?!(?:account|accounts|assets|liabilities|ratio|yield|ratios|"
    r"coupon|income|transformer|density|flow|flows)\b)[a-z\d])"
)

#: A season named without a determiner after a preposition of time: "reopen in spring",
#: "put off until spring", "expected by summer" (TimeML marks the season, not the preposition;
#: "a spring", "hot springs", "the fall of Rome" never follow one of these).
_TIME_PREP_BEFORE = re.compile(r"(?i)\b(?:in|by|until|till|since|during|through|before) $")

#: Words of a game's account: a quarter or half in their sentence is a period of play ("scored
#: 12 points in the fourth quarter", "equalised early in the second half"), not of a year.
_GAME_WORDS = re.compile(
    r"(?i)\b(?:scored|scoring|scores|outscored|touchdowns?|halftime|half-time|rebounds|innings?|"
    r"field goals?|free throws?|overtime|penalty|penalties|equali[sz]ed|equali[sz]er|hat-trick|"
    r"kickoff|kick-off|interceptions?|three-pointers?|assists)\b"
)
#: The end of a sentence, for the game words' reach.
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _in_a_game(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding ``text[start:end]`` tells a game (:data:`_GAME_WORDS`)."""
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, start - 300), start)]
    head = stops[-1] if stops else max(0, start - 300)
    tail = _SENTENCE_STOP.search(text, end, end + 300)
    return bool(_GAME_WORDS.search(text, head, tail.end() if tail else min(len(text), end + 300)))


#: What may follow such a season: the end of a clause or a word that does not make it a
#: noun's modifier.
_SEASON_ALONE = re.compile(
    r"\s*(?:[.,;:!?)\"”]|$)|\s+(?:and|or|but|when|while|as|if|to|in|on|at|for|with|after|"
    r"before|because|so|the|a|an|this|that|its|their|his|her)\b"
)

RULES_SRC: tuple[tuple[str, str], ...] = (
    (
        "date_mdy",
        rf"{B}(?:(?P<wd>{WEEKDAY}),? )?(?P<mod>(?:early|mid|late)[- ])?(?P<month>{MONTH}) "
        rf"(?P<day>{DAY})(?:[-–](?P<last>{DAY}))?(?:,? (?P<year>{WRITTEN_YEAR}))?{E}",
    ),
    (
        "date_dmy",
        rf"{B}(?:(?P<wd>{WEEKDAY}),? )?(?:the )?(?P<day>{DAY}) (?:of )?(?P<month>{MONTH})"
        rf"(?:,? (?P<year>{WRITTEN_YEAR}))?{E}",
    ),
    (
        # "April 24 and 25", "on March 3 or 4": the second day number is a date of the
        # same month (TimeML marks each day as its own TIMEX3).
        "day_pair",
        rf"{B}(?P<month>{MONTH}) (?P<day0>{DAY}),? (?:and|or|to|through|&) (?P<core>(?P<day>{DAY})"
        rf"(?:,? (?P<year>{YEAR}))?){E}(?! ?(?:percent|%|million|billion))",
    ),
    (
        # "the last week of June", "the first weekend of May 2019", "the last day of March":
        # a part of a month named by its place in it, one DATE (TimeML marks the whole phrase).
        "month_part",
        rf"{B}the (?P<ord>first|second|third|fourth|last|final) (?P<unit>week|weekend|day|"
        rf"{WEEKDAY}) of "
        rf"(?P<month>{MONTH})(?:,? (?P<year>{YEAR}))?{E}",
    ),
    ("date_iso", rf"{B}(?P<year>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d){E}"),
    ("year_range", rf"{B}(?P<year>{YEAR})[-–](?P<year2>{YEAR}|\d\d){E}"),
    (
        "era_year",
        rf"{B}(?:(?P<year>\d{{1,4}}) ?(?P<era>{ERA})|(?P<ad>{AD}) ?(?P<year_ad>\d{{1,4}})){E}",
    ),
    ("date_slash", rf"{B}(?P<text>[01]?\d/[0-3]?\d/(?:{YEAR}|\d\d)){E}"),
    (
        "month_year",
        rf"{B}(?P<pre>(?:{EDGE_MOD} |(?:early|mid|late)[- ]))?(?P<month>{MONTH}),? (?:of )?"
        rf"(?P<year>{WRITTEN_YEAR}){E}",
    ),
    (
        "month",
        rf"{B}(?P<pre>(?:{EDGE_MOD} |(?:last|next|this|this past|this coming|early|mid|late|"
        rf"the next|the following|the previous)[- ]))?(?P<month>{BARE_MONTH})"
        rf"(?: (?:of )?{REL_YEAR})?{E}(?! \d)",
    ),
    (
        "year",
        rf"{B}(?P<pre>(?:{EDGE_MOD} |(?:fiscal|calendar|early|mid|late|the year|fiscal year)"
        rf"[- ]))?(?P<year>{WRITTEN_YEAR})(?:-(?P<year2>\d\d))?(?P<open> or later| or earlier| and beyond)?"
        rf"(?![\w%]|-\w|[.,]\d| (?:percent|%))",
    ),
    (
        "decade",
        rf"{B}(?:the )?(?P<mod>(?:early|mid|late)[- ])?(?:(?P<cent>1\d|20)(?P<dec>\d)0"
        rf"|['’](?P<short>\d)0)s{E}",
    ),
    (
        # "the 5th century BC", "the mid-15th century", "the late nineteenth century" (an edge
        # word is part of the expression, TimeML's MOD; the value stays the century's).
        "century",
        rf"{B}(?:the )?(?:(?:early|mid|late)[- ])?(?:(?P<ord>\d{{1,2}})(?:st|nd|rd|th)|"
        rf"(?P<word>{CENTURY_WORD}))(?P<sep>[- ])"
        rf"century(?: (?P<era>{ERA}))?{E}",
    ),
    (
        "spoken_year",
        rf"{B}(?:the year )?(?P<cent>nineteen|twenty)[- ](?P<rest>(?:{TENS_RE})(?:[- ]\w+)?|"
        rf"hundred(?: and {WORD_NUMBER})?)(?![\w-])|{B}the year (?P<two>two thousand(?: and "
        rf"{WORD_NUMBER})?){E}",
    ),
    (
        "spoken_decade",
        rf"{B}the (?P<mod>(?:early|mid|late)[- ])?(?:nineteen[- ])?(?P<tens>twenties|thirties|"
        rf"forties|fifties|sixties|seventies|eighties|nineties){E}",
    ),
    (
        "quarter",
        rf"{B}(?:(?P<the>the|a|an) )?(?:(?P<rel2>this|last|next) year['’]s )?"
        rf"(?P<adj>(?:(?:fiscal|calendar|year-earlier|year-ago|same|comparable|latest|current|"
        rf"flat|strong|weak|disappointing|(?P<year0>{YEAR}))[- ])*)(?P<ord>first|second|third|"
        rf"fourth|final|1st|2nd|3rd|4th)(?P<sep>[- ])(?P<unit>quarter|half)"
        rf"(?: of (?:(?:fiscal )?(?P<year>{YEAR})|{REL_YEAR}|the year))?{E}",
    ),
    (
        # "the April-June quarter", "the July–September quarter of 2016", "the January to
        # March period": a calendar quarter named by its first and last months (one DATE,
        # 2016-Q3); other pairs of months are left to the month rule (see _acceptable).
        "month_quarter",
        # The match starts at the first month (tried there only); "the " before it joins the
        # span in find_candidates.
        rf"{B}(?P<m1>{BARE_MONTH})(?:[-–/]| to | through )(?P<m2>{BARE_MONTH})"
        rf"(?: (?P<year0>{YEAR}))? (?:quarter|period)(?: of (?P<year>{YEAR}))?{E}",
    ),
    ("quarter_code", rf"{B}(?-i:Q)(?P<n>[1-4])(?:[ /](?P<year>{YEAR}))?(?![\w])"),
    (
        "report_period",
        rf"{B}(?:the )?(?P<adj>latest|most recent|recent|just-ended|just-completed|previous|"
        rf"year-earlier|year-ago|comparable year-ago|comparable|same|corresponding|prior-year|"
        rf"(?P<year>{YEAR}))?(?: fiscal)? ?(?P<unit>quarter|period)"
        rf"(?P<ago> a year (?:ago|earlier)| last year)?{E}",
    ),
    ("year_ago_adj", rf"{B}(?P<w>year-earlier|year-ago){E}"),
    (
        "season",
        rf"{B}(?:(?P<pre>(?:(?:last|next|this|that|past|coming|early|late|mid|the|previous|"
        rf"following)[- ])+)|(?<= ))"
        rf"(?P<season>{SEASON})(?: (?:of )?(?P<year>{WRITTEN_YEAR}){SEASON_YEARS}?)?(?! of [^\d])(?!\w)",
    ),
    ("season_year", rf"{B}(?P<season>{SEASON}) (?:of )?(?P<year>{WRITTEN_YEAR}){SEASON_YEARS}?{E}"),
    (
        # Broadcast transcripts spell the year of a month or season out: "January nineteen
        # ninety-seven", "the winter of nineteen ninety-four" (one DATE, as written years).
        "spoken_month_year",
        rf"{B}(?:(?P<month>{BARE_MONTH})|(?:the )?(?P<season>{SEASON}) of),? "
        rf"(?P<cent>nineteen|twenty)[- ](?P<rest>(?:{TENS_RE})(?:[- ]\w+)?)(?![\w-])",
    ),
    (
        # "that Christmas", "the following Easter" (a step from the story's time) take the
        # words before the name into the span in find_candidates (see step_before).
        "holiday",
        r"(?-i:(?<![\w])(?P<h>Christmas Eve|Christmas Day|Christmas|New Year['’]s Eve|"
        r"New Year['’]s Day|New Year['’]s|Thanksgiving Day|Thanksgiving|Independence Day|"
        r"the Fourth of July|July Fourth|Labor Day|Memorial Day|Halloween|"
        r"Valentine['’]s Day|Easter Sunday|Easter|Veterans Day|Election Day))"
        rf"(?:,? (?P<year>{WRITTEN_YEAR}))?{E}",
    ),
    (
        "deictic",
        rf"{B}(?P<pre>(?:early|late|later|earlier|mid)[- ])?(?P<day>today|tonight|yesterday|"
        rf"tomorrow)(?P<pod> (?:{POD}))?{E}",
    ),
    (
        "pod_rel",
        rf"{B}(?P<pre>(?:early|late|later|earlier|mid)[- ])?(?P<rel>this|last|tomorrow|"
        rf"yesterday) (?P<pod>{POD}){E}",
    ),
    (
        # "by mid-afternoon", "in late afternoon", "by early evening": a part of the day that
        # an edge word makes a point in time (a bare "morning" or "the night" stays unmarked,
        # "late night" is a kind of show). Not when a day or "of" follows ("late afternoon
        # Tuesday", "the early morning hours of Friday"): the weekday rule or nothing decides.
        "pod_edge",
        rf"{B}(?P<pre>mid-?|mid |early[- ]|late[- ])(?P<pod>morning|afternoon|evening){E}"
        rf"(?!,? (?:on |of |hours\b|today|tonight|yesterday|tomorrow|{WEEKDAY}|{MONTH}))",
    ),
    (
        # "recovered in the afternoon", "In the evening she left for Paris": a part of the
        # day the text is at (TimeML marks "the afternoon", a TIME of that day). The
        # preposition stays outside the span; "the evening of April 20", "the morning hours",
        # "the morning Mass", "in the afternoon session" (a noun of its own follows) are not
        # this rule's.
        "pod_the",
        # The match starts at the part of the day (a rare word: the rule is tried there only,
        # not at every "in"); _acceptable checks the words before it and find_candidates
        # moves the start back over "the ".
        rf"{B}(?P<pod>morning|afternoon|evening){E}"
        rf"(?!,? (?:on |of |hours\b|today|tonight|yesterday|tomorrow|{WEEKDAY}|{MONTH}))"
        r"(?! (?:mass|papers?|newspapers?|news|show|sessions?|rush|commute|shift|editions?|"
        r"services?|prayers?|meetings?|light|sun|star|trading|hours)\b)",
    ),
    (
        # "the men returned on the 14th", "paid by the 30th": a day of the month the text is
        # in (anaphoric, TimeML DATE); _acceptable wants a preposition of time before it and
        # no noun after it ("on the 14th floor", "the 5th of May" is date_dmy's).
        "day_ordinal",
        # The match starts at the number; "the " before it is required and joins the span.
        rf"{B}(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th){E}",
    ),
    (
        "weekday",
        rf"{B}(?P<pre>(?:last|next|this|this past|this coming|early|late|earlier|later|coming|"
        rf"past|the previous|the following)[- ])?(?P<wd>{WEEKDAY})(?P<pl>s)?"
        rf"(?: (?P<pod>{POD})s?)?{E}",
    ),
    (
        "clock",
        rf"{B}(?P<pre>(?:around|about|approximately|shortly before|shortly after|just before|"
        rf"just after) )?(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))? ?(?P<ampm>[ap]\.m\.?|"
        rf"[ap]m(?!\w)|(?:o['’]clock )?in the (?:morning|afternoon|evening|night)\b|o['’]clock)"
        rf"(?: (?P<tz>(?-i:[ECMP][SD]?T|GMT|UTC)))?"
        rf"(?:,? (?P<when>today|tonight|yesterday|tomorrow|{WEEKDAY}))?"
        rf"(?:,? (?P<month>{MONTH}) (?P<day>{DAY}))?",
    ),
    (
        "noon",
        rf"{B}(?:around |about )?(?P<n>noon|midnight|midday)(?: (?P<when>today|tonight|"
        rf"yesterday|tomorrow|{WEEKDAY}))?{E}",
    ),
    (
        "anaphoric",
        # "Early the next year", "late that night": an edge word before the step keeps it a
        # step from the reference (the "relative" rule would read "the next year" from now).
        rf"{B}(?:(?P<pre>{EDGE_MOD} |(?:early|late|mid)[- ])?(?P<rel>(?:later|earlier) "
        rf"(?:that|the same)|"
        rf"(?:that|the) same|that|"
        rf"the (?:next|following|previous|preceding|prior)) (?P<unit>day|week|weekend|month|"
        rf"year|decade|{POD})"
        # "610 cases the week before.", "had arrived the day before, and": a step from the
        # reference; not "the day before the vote" (a step from an event, named after it).
        rf"|the (?P<back_unit>day|week|month|year) (?P<back>before|earlier|after)"
        rf"(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?:and|but|when|while)\b)){E}",
    ),
    (
        "relative",
        rf"{B}(?P<pre>(?:{EDGE_MOD} |(?:early|late|later|earlier|mid)[- ]))?"
        rf"(?P<rel>this|last|next|this past|this coming|the current|the past|the last|the next|"
        rf"the coming) "
        rf"(?P<unit>week|weekend|month|year|quarter|decade|century|fiscal year){E}",
    ),
    ("weekend", rf"{B}the (?P<unit>weekend){E}"),
    # "in the new year", "early in the New Year": the year after the one the text is in (a
    # DATE of a year); "New Year's Day" is the holiday rule's.
    ("new_year", rf"{B}the new year{E}(?!['’]s)"),
    (
        "the_unit",
        rf"{B}the (?P<adj>full |fiscal |calendar )?(?P<unit>year|week)"
        rf"(?! (?:earlier|ago|before|after|later|of|to|in which|when|that)\b){E}",
    ),
    ("year_end", rf"{B}(?P<w>year[- ]end|year['’]s end){E}"),
    (
        "edge_unit",
        rf"{B}(?P<pre>{EDGE_MOD}) (?:the )?(?P<unit>week|month|year|decade|century){E}",
    ),
    (
        "duration",
        rf"{B}(?P<pre>(?:each of )?(?:the |an? )?(?:{APPROX} )?(?:(?<=at least )the )?(?:first |last |past |"
        rf"next |coming |previous |latest |following |additional |extra |other |final |"
        rf"entire |full |whole |year-earlier |year-ago |comparable |corresponding )?)?"
        # "10 to 15 years" is one length; "sentenced in August 2022 to 15 years" a year, then
        # one (a four-digit number opens no range of lengths).
        rf"(?P<num>{NUM})(?P<frac> 1/2| ?½| and a half)?(?:(?<!\d{{4}}) (?:to|or) (?P<num2>{NUM}))?"
        # "for 11 straight quarters", "five consecutive months": the length, counted in a row.
        rf"(?: more| straight| consecutive| successive)?"
        rf"(?P<sep>[ -])(?P<unit>{UNIT})"
        rf"(?P<half> and a half)?(?P<suffix>-long| period| span| stretch| term)?"
        # "six weeks earlier than usual" compares two times by a length: no date ahead or back.
        rf"(?P<dir> or so ago| ago| earlier(?! than\b)| later(?! than\b)| afterwards?| from now|"
        rf" hence)?{E}",
    ),
    (
        # "an additional year", "an extra week": one more unit (TimeML: P1Y, P1W).
        "one_more",
        rf"{B}an? (?:additional|extra|further) (?P<unit>second|minute|hour|day|week|month|"
        rf"quarter|year|decade){E}",
    ),
    (
        # "a day-long meeting", "a weeklong strike", "the year-long siege": one unit's length.
        "one_more",
        rf"{B}(?P<unit>hour|day|week|month|year|decade)-?long{E}",
    ),
    (
        "half_unit",
        rf"{B}(?:(?:{APPROX}) )?(?:a |one )?half (?:an? )?(?P<unit>hour|day|year|century|"
        rf"decade)(?P<dir>(?:(?<=century)|(?<=decade)) ago)?{E}",
    ),
    (
        "bare_units",
        rf"{B}(?:for|over|in|within|after|take|took|takes|spent|last|lasted) (?P<core>"
        rf"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)){E}",
    ),
    (
        # "hours of delays", "after months of talks", "years of war": a stretch of unknown
        # length measured in the unit (TimeML: PXH, PXM), however it is introduced.
        "bare_units",
        rf"{B}(?P<core>(?P<unit>hours|days|weeks|months|years|decades))(?= of (?!(?:the|a|an|"
        rf"this|that|these|those|its|his|her|their|our|my|your|it|them|which|whom|morning|"
        rf"night|(?-i:{WEEKDAY}))\b)[a-z])",
    ),
    (
        "ref",
        rf"{B}(?P<w>now|currently|at present|presently|nowadays|these days|"
        rf"as soon as possible|"
        rf"at the moment|recently|lately|recent (?:years|months|weeks|days|decades|times)|"
        rf"soon|shortly|the (?:near |distant |foreseeable )?future|(?:more|most) recently|"
        rf"(?:the )?coming (?:years|months|weeks|days|decades|quarters)|"
        rf"the (?:years|months|weeks|days) ahead|the (?:near|short) term|"
        rf"recent quarters|{CURRENT}|"
        # "the past" alone is a reference; before a length ("the past two years") it is part
        # of a DURATION, before any count ("the past four sessions") part of a noun phrase.
        rf"the past(?! (?:{NUM} )?(?:[\w-]+ )?(?:{UNIT}|(?:{SEASON})s?)\b| (?:{NUM}) ))(?![\w-])",
    ),
    (
        "set_each",
        rf"{B}(?P<q>every other|every|each|per)[ ](?:(?P<num>{CARDINAL}) )?"
        rf"(?P<unit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade|"
        rf"{WEEKDAY}|{POD}|{SEASON}|{BARE_MONTH})s?(?: (?P<pod>{POD}))?{E}",
    ),
    (
        "set_adverb",
        rf"{B}(?P<w>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|"
        rf"twice a (?:day|week|month|year)|once a (?:day|week|month|year)|"
        rf"(?:{CARDINAL}) times (?:a|per|each) (?:day|week|month|year)){E}",
    ),
)

#: A modifier that TimeML annotators leave outside the span (TempEval-3: 9 of 11 times),
#: while "nearly", "almost", "more than" usually stay inside. "Over" is a modifier only
#: before "a"/"an" ("over an hour"); "over three years", "over the past decade" name a period
#: the preposition is outside of (TempEval-3: 26 of 27 times).
APPROX_OUTSIDE = "about "

#: Rule name → compiled pattern (case-insensitive except where scoped with ``(?-i:``).
RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(src, re.IGNORECASE)) for name, src in RULES_SRC
)
PATTERNS = tuple(pattern for _, pattern in RULES)

#: A bare "May" is a month only after one of these words ("in May", "since May").
MAY_CUES = frozenset(
    "in since by until till through from to during before after of early late mid last "
    "next this".split()
)


#: Full month names, as a word before "and May" may be written ("between March and May").
_MONTH_ORDER = MONTH_FULL.split("|")
_MONTH_NAMES = frozenset(_MONTH_ORDER)
#: Words before a four-digit number that make it a year.
YEAR_CUES = MAY_CUES | frozenset("since around circa year of in the".split())
#: Determiners and possessives before a year used as a modifier ("a 2010 raid", "his 2007
#: campaign"): a count would not follow them ("a 2000 people" is not English).
MODIFIER_CUES = frozenset("a an his her its their our my your whose".split())
#: Demonstratives and the article that may open such a noun phrase ("that 1978 resolution",
#: "the failed 2010 raid"), with at most one adjective between them and the year
#: ("his unsuccessful 1996 campaign").
DETERMINERS = MODIFIER_CUES | frozenset("the that this these those".split())
#: Words between a determiner and a four-digit number that make it a count, not a year
#: ("a further 2000 jobs", "the first 1500 seats", "an estimated 1800 people").
QUANTIFIERS = frozenset(
    "first last next further additional extra estimated another other total mere whopping "
    "remaining more fewer less some about nearly roughly approximately only just over "
    "around almost".split()
)
#: Lower-case words that may follow a year ("in 1998 the company", "1990 and 1991").
FUNCTION_WORDS = frozenset(
    "and or but to the a an in on at of for from with by as when while after before that "
    "which who was were is are had has have will would could should than then".split()
)


def _adjective_after_determiner(before: list[str]) -> bool:
    """ "his unsuccessful 1996 campaign", "that failed 2010 raid": a determiner or possessive,
    one lower-case adjective that is not a quantifier, then the number."""
    if len(before) < 2:
        return False
    adjective, determiner = before[-1], before[-2].lower()
    if not (adjective.isalpha() and adjective.islower()) or adjective in QUANTIFIERS:
        return False
    return determiner in DETERMINERS or determiner.endswith(("'s", "’s"))


#: What follows "March" in the name of a march: "for" or "on" and a name, "of the" and a name.
_NAMED_MARCH = re.compile(
    r"\s+(?:(?:for|on|against)\s+|of\s+the\s+[`'\"“]*)(?-i:[A-Z])(?!(?i:onday|uesday|ednesday|"
    r"hursday|riday|aturday|unday)\b)"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One rule match: the reported ``[start, end)`` and the match the resolver reads."""

    start: int
    end: int
    rule: str
    match: re.Match[str]


def _acceptable(rule: str, m: re.Match[str], text: str) -> bool:
    """Filters that a pattern cannot express: ambiguous words and contexts."""
    if rule == "pod_the":
        return bool(_POD_THE_BEFORE.search(text, max(0, m.start() - 12), m.start()))
    if rule == "clock" and (m.group("ampm") or "").lower().endswith(_POD_WORDS):
        # "leave at 4 in the morning" is a clock time; "scored 2 in the afternoon" a count.
        return bool(_CLOCK_CUE.search(text, max(0, m.start() - 8), m.start()))
    if (
        rule == "month"
        and not m.group("pre")
        and _KIN_BEFORE.search(text, max(0, m.start() - 16), m.start())
    ):
        return False  # "survived by his wife, June, and a son": a name
    if rule == "month" and m.group("month") == "May" and not m.group("pre"):
        before = text[max(0, m.start() - 16) : m.start()].split()
        if len(before) >= 2 and before[-1] in {"and", "or"} and before[-2] in _MONTH_NAMES:
            # "between March and May", "in April or May"; not a name ("June and May Smith")
            return not re.match(r" (?-i:[A-Z])", text[m.end() : m.end() + 2])
        return bool(before) and before[-1].lower() in MAY_CUES
    if rule == "month" and m.group("month").lower() == "march" and not m.group("pre"):
        # "the annual March for Life", "the March of the Combatant Mothers", "a March on
        # Washington": a named march, not the month, unless a preposition of time comes
        # first ("in March for the first time").
        before = text[max(0, m.start() - 12) : m.start()].split()
        cue = bool(before) and before[-1].lower() in MAY_CUES
        if not cue and _NAMED_MARCH.match(text, m.end()):
            return False
    if "year" in m.re.groupindex and not _early_year_ok(rule, m, text):
        return False
    if rule == "year" and m.group("pre") is None:
        # A four-digit number counting things ("1990 people") is not a year, unless a word
        # that introduces years comes before it ("in 1990 people ...").
        before = text[max(0, m.start() - 30) : m.start()].split()
        after = text[m.end() : m.end() + 20].split()
        word = after[0].rstrip(".,;:") if after else ""
        last = before[-1].lower().strip("(") if before else ""
        cue = last in YEAR_CUES or last in MODIFIER_CUES or last.endswith(("'s", "’s"))
        cue = cue or last in DETERMINERS or _adjective_after_determiner(before)
        if word.isalpha() and word.islower() and word not in FUNCTION_WORDS and not cue:
            return False
    if rule == "century" and re.match(r" (?-i:[A-Z][a-z])", text[m.end() : m.end() + 3]):
        # "20th Century Fox", "21st Century Insurance": a name, which TIMEX annotation
        # leaves out (TIDES 2005 standard, non-markable proper names).
        return not re.search(r"(?-i:C)entury$", m.group(0))
    if rule == "ref" and m.group("w").lower() in {"soon", "shortly"}:
        # "shortly after the bombings", "as soon as Tuesday", "as soon as he arrives": a
        # subordinator or signal relating two times, which TimeML marks as a SIGNAL and
        # TIMEX2/3 leave out of timexes (TIDES 2005 standard, non-markable prepositions
        # and subordinating conjunctions); "soon" alone stays FUTURE_REF.
        if re.match(r"\s+(?:after|before|as)\b", text[m.end() : m.end() + 8], re.IGNORECASE):
            return False
        if text[max(0, m.start() - 3) : m.start()].lower() == "as ":
            return False
    if rule == "ref" and m.group("w").lower() == "now" and _discourse_now(m, text):
        return False
    if rule == "deictic" and _GENERIC_TODAY.match(text, m.start()):
        return False
    if rule in {"duration", "relative"} and _title(m, text):
        return False
    if rule == "season" and not m.group("pre"):
        if not _TIME_PREP_BEFORE.search(text, max(0, m.start() - 7), m.start()):
            return False
        # "until spring." / "in spring, when …", not a season naming a noun's kind ("in fall
        # trading", "in spring form")
        if not m.group("year") and not _SEASON_ALONE.match(text, m.end()):
            return False
    if rule == "day_ordinal":
        prep = _DAY_ORDINAL_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if _ROUND_WORDS.search(text, max(0, m.start() - 120), min(len(text), m.end() + 60)):
            return False  # "a birdie on the 18th", "crashed on the 3rd": a hole, a lap
        return bool(prep) and bool(_SEASON_ALONE.match(text, m.end()))
    if rule == "month_quarter":
        opens, closes = (_MONTH_ORDER.index(m.group(g).capitalize()) for g in ("m1", "m2"))
        return opens % 3 == 0 and closes == opens + 2
    if rule == "quarter" and not (m.group("year") or m.group("year0") or m.group("rel2")):
        if not m.group(0).lower().endswith("the year") and _in_a_game(text, m.start(), m.end()):
            return False  # "scored twice in the second half": a period of play, not of a year
    if rule == "decade" and m.group("cent") and int(m.group("cent")) < 16:
        # "1000s of fans" counts thousands; a decade or century before 1600 needs no "of".
        if re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
            return False
    if rule == "bare_units" and text.startswith(" of", m.end()):
        # "the days of rationing", "those years of plenty": a determined noun, a period named
        # by its content rather than a length; "thousands of years of" stays a length.
        before = text[max(0, m.start() - 15) : m.start()].split()
        last = before[-1].lower() if before else ""
        if last in DETERMINERS or last.endswith(("'s", "’s")) or parse_cardinal(last) is not None:
            return False
        if last in {"early", "small", "wee", "late", "last", "first", "final", "closing"}:
            return False  # "the early hours of the morning": a part of a day, not a length
    if rule == "date_mdy" and m.group("last"):
        # "May 5-7": a range of days, one expression dated by its first day; "May 5-3" is
        # no range (a score, a vote).
        day0, day1 = (int(re.sub(r"\D", "", m.group(g))) for g in ("day", "last"))
        return day1 > day0
    if rule == "duration":
        if _FRACTION_OF.search(text, max(0, m.start() - 14), m.start()):
            return False  # "a quarter of a century later" is no century later
        tail = text[m.end() : m.end() + 5]
        if re.match(r"(?i)-old|\s+old\b", tail):
            return False  # ages are not temporal expressions in news ("52 years old")
        if m.group("sep") == "-" and m.group("unit").lower().endswith("s"):
            return False  # "three-quarters" is a fraction
        num = m.group("num").lower()
        unit = m.group("unit").lower()
        if unit == "quarter" and re.match(r"\s+of\b", tail):
            return False  # "a quarter of the shares" is a fraction
        if num in {"a", "an"} and m.group("suffix") == "-long":
            return False  # "a day-long meeting": the article is the noun's ("day-long" is one)
        if unit == "second" and num in {"a", "an"} and not m.group("dir"):
            return False  # "a second term", "a second time"
        if num in {"one", "another", "some"} and m.group("unit").lower() in {"day", "year"}:
            # "one day" / "some day" / "another year" are usually vague adverbs; keep only with a
            # direction ("one year ago"), a modifier ("the first one year") or as a hyphenated
            # adjective, which the adverb never is ("a one-day trip", "its one-year term").
            # "one year after he was killed": a length measured to an event (the signal
            # "after"/"before" stays outside), not the adverb.
            signal = re.match(r"\s+(?:after|before)\b", tail + text[m.end() + 5 : m.end() + 8])
            return bool(m.group("dir") or m.group("pre") or signal) or m.group("sep") == "-"
    return True


#: Words before a bare year earlier than 1600 that make it one ("founded in 1284", "from 1558
#: until", "the charter of 1199"): prepositions of time only, not "to" or "by" (counts).
EARLY_YEAR_CUES = frozenset(
    "in since by until till from of during before after circa c. around about".split()
)
#: Words that may follow such a year besides the function words ("from 1558 until his death").
EARLY_YEAR_NEXT = FUNCTION_WORDS | frozenset(
    "until till onwards onward when where it he she they we there this these".split()
)
#: The start of a range of years before the end: "from 1220 to 1260".
_EARLY_RANGE_BEFORE = re.compile(r"(?i)\b(?:from|between) 1\d{3} (?:to|and|until|till) $")
#: A change of a figure before "from" or "by" (and the range's start): "increased from 1061
#: to", "cut staff by 1200."
_CHANGE_FROM = re.compile(
    r"(?i)\b(?:increas|decreas|ris|rose|fell|fall|grew|grow|drop|climb|jump|declin|went|"
    r"slipp|slid|soar|plung|surg|edg|gain|lost|los|cut|rais|lower|up|down)\w*"
    r"(?:\s+from\s+(?:1\d{3}\s+(?:to|and)\s+)?|(?:\s+\w+){0,3}\s+by\s+)$"
)
_EARLY_RANGE_AFTER = re.compile(r" and 1\d{3}(?![\d,.]\d)")
#: A count compared before the cue: "rose to 1500 from 1200".
_COUNT_BEFORE = re.compile(r"\d\s+(?:from|to|of)\s+$")


def _not_a_count(text: str, end: int) -> bool:
    """Whether the word after a number ending at ``end`` leaves it free to be a year: no
    lower-case word but a function word or a pronoun ("1500 people" is a count)."""
    after = text[end : end + 20].split()
    word = after[0].rstrip(".,;:)") if after else ""
    return not (word.isalpha() and word.islower() and word not in EARLY_YEAR_NEXT)


def _early_year_ok(rule: str, m: re.Match[str], text: str) -> bool:
    """Whether a year before 1600 ("1284", "May 1542", "3 June 1590") may be one. Numbers of
    1000–1599 in news are mostly counts written without a comma ("rose to 1500", "of 1200
    voters"), so the year must not be followed by a lower-case word that is not a function
    word ("1500 people"), and a bare one must follow a preposition of time."""
    year = m.group("year")
    if not year or int(year) >= 1600:
        return True
    if not _not_a_count(text, m.end()):
        return False
    if rule != "year" or m.group("pre"):
        return True
    if _CHANGE_FROM.search(text, max(0, m.start() - 40), m.start()):
        return False  # "scores increased from 1061 to 1128": figures, not years
    if _EARLY_RANGE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return True  # "from 1220 to 1260", "between 1301 and 1311": the range's end
    before = text[max(0, m.start() - 12) : m.start()]
    words = before.split()
    if _COUNT_BEFORE.search(before):
        return False
    if words and words[-1].lower() == "between":
        end = _EARLY_RANGE_AFTER.match(text, m.end())  # the range's start: its end a year too
        return end is not None and _not_a_count(text, end.end())
    return bool(words) and words[-1].lower() in EARLY_YEAR_CUES


#: A kin noun and a comma before a bare month name make it a person's name, as obituaries
#: give them ("his wife, June, died in 2011", "survived by a daughter, April").
_KIN_BEFORE = re.compile(
    r"(?i)\b(?:wife|husband|widow|widower|daughter|son|sister|brother|mother|father|partner|"
    r"granddaughter|niece|aunt|twin),\s+$"
)
#: "that" (or "that same") before a month name: "Paris fell that August".
_THAT_BEFORE = re.compile(r"(?i)\bthat (?:same )?$")


def demonstrative_month(text: str, start: int, end: int) -> int:
    """The length of "that " / "that same " before a bare month that it points back with
    ("Paris fell that August," is the story's August), else 0. Not a complementizer or a
    modifier's determiner: "said that March was", "in that October speech" (a word that is
    not a function word follows)."""
    m = _THAT_BEFORE.search(text, max(0, start - 10), start)
    if m is None or not _SEASON_ALONE.match(text, end):
        return 0
    return start - m.start()


#: A step before a holiday: "that Christmas", "the following Easter".
_STEP_BEFORE = re.compile(r"(?i)\b(?:that|the following|the next|the previous) $")


def step_before(text: str, start: int, end: int) -> int:
    """The length of a step word before a holiday ("that Christmas", "the following Easter")
    that points from the story's time, else 0; not before a noun ("that Christmas music")."""
    m = _STEP_BEFORE.search(text, max(0, start - 14), start)
    if m is None or not _SEASON_ALONE.match(text, end):
        return 0
    return start - m.start()


def lead_words(c: Candidate) -> str:
    """The words find_candidates put before a match into its span ("that", "the following")."""
    return c.match.string[c.start : c.match.start()].strip().lower()


#: A fraction before a length: "a quarter of a century", "a third of a year".
_FRACTION_OF = re.compile(r"(?i)\b(?:quarter|third|fraction|fifth|tenth)s? of $")
#: Words of a course or a round near "on the 18th": a hole, a lap, a floor, not a day.
_ROUND_WORDS = re.compile(
    r"(?i)\b(?:hole|holes|birdie|bogey|par|eagle|green|tee|fairway|putt|lap|laps|floor|"
    r"round|inning|innings|minute|stage|bend|corner|fence|hurdle)\b"
)
#: The preposition before a bare day of the month ("on the 14th", "by the 30th").
_DAY_ORDINAL_BEFORE = re.compile(r"(?i)\b(?:on|by|until|till|since|from|before|after) the $")
#: An indefinite weekday: "on a Friday in March 1983", "One Sunday, the chapel burned".
_INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:a|one|some) $")
#: What follows an indefinite weekday: a time it lies in, or the end of the phrase. "A
#: Friday interview", "a Sunday night memorial service" (a noun follows) name that week's day.
_INDEFINITE_AFTER = re.compile(r"\s+(?:in|of|that|when)\b|\s*[,.;:]")


def indefinite_weekday(c: Candidate) -> bool:
    """ "It closed on a Friday in March 1983", "One Sunday in late 2001": a weekday that names
    no particular week, so it neither dates the text's present nor resolves to a day."""
    text = c.match.string
    return (
        c.rule == "weekday"
        and bool(_INDEFINITE_BEFORE.search(text, max(0, c.start - 6), c.start))
        and bool(_INDEFINITE_AFTER.match(text, c.end))
    )


def _title(m: re.Match[str], text: str) -> bool:
    """ "CBS's 60 Minutes program", ABC's "This Week With David Brinkley": a capitalised unit
    inside running lower-case text is part of a name, which TIMEX annotation leaves out (TIDES 2005,
    non-markable proper names). A headline in title case is not running text: the word after
    must be lower case, or the name stands in quotation marks."""
    unit = m.group("unit")
    if not unit[:1].isupper() or unit.isupper():
        return False
    if text[max(0, m.start() - 1) : m.start()] in {'"', "'", "“", "`"}:
        return True  # a quoted title: "''60 Minutes.''"
    after = re.match(r"\s+([A-Za-z]+)", text[m.end() : m.end() + 30])
    return after is not None and after.group(1)[0].islower()


#: "today's youth", "in today's world", "many of today's computers": "today" as "nowadays",
#: a generic present that names no day, which TimeML leaves unmarked (TBAQ: 0 of 4 such
#: uses; "today's editions", "today's quiz" name the day and stay).
_GENERIC_TODAY = re.compile(
    r"(?i)today['’]s (?:\w+ )?(?:youth|young|world|society|generation|generations|children|kids|"
    r"teenagers|students|parents|families|workers|consumers|voters|culture|computers|phones|"
    r"technology|standards|era|age|times|economy)\b"
)


def _discourse_now(m: re.Match[str], text: str) -> bool:
    """ "Now, he says, …": a sentence-initial "Now" set off by a comma is the discourse
    marker that turns to a new point, not the present moment (TimeML marks only temporal
    uses; "Now the company is …", "is now" stay PRESENT_REF)."""
    if not text.startswith(",", m.end()):
        return False
    before = text[max(0, m.start() - 3) : m.start()].rstrip(" \"'“‘`")
    return not before or before.endswith((".", "!", "?", "\n", ":"))


#: A part of the day that makes an hour a clock time ("at 4 in the morning", "until 11 at
#: night" is not one: "at night" is not read as an hour's part here).
_POD_WORDS = ("morning", "afternoon", "evening", "night")
#: What comes before a part of the day that the "pod_the" rule takes ("in the afternoon").
_POD_THE_BEFORE = re.compile(r"(?i)\b(?:in|by|during|through) the $")
#: The preposition a clock time told by its part of the day comes after.
_CLOCK_CUE = re.compile(r"(?i)\b(?:at|by|until|till|before|after|around|about|from|to)\s+$")


def find_candidates(text: str) -> list[Candidate]:
    """Non-overlapping rule matches, longest first (leftmost on ties), in text order."""
    found: list[Candidate] = []
    may_match = rule_filter(PATTERNS).may_match(text)  # rules that cannot match are not run
    index = start_index(text)  # and a rule is tried only where a match of it can start
    for (rule, pattern), runs in zip(RULES, may_match, strict=True):
        for m in index.finditer(pattern) if runs else ():
            if m.end() == m.start() or not _acceptable(rule, m, text):
                continue
            start, end = m.span()
            if "core" in pattern.groupindex and m.group("core") is not None:
                start, end = m.span("core")
            if rule == "pod_the":
                start -= len("the ")  # "in the afternoon": TimeML's span is "the afternoon"
            if rule == "month" and not m.group("pre"):
                start -= demonstrative_month(text, start, end)
            elif rule == "holiday":
                start -= step_before(text, start, end)
            elif rule in {"month_quarter", "day_ordinal"} and text.endswith("the ", 0, start):
                start -= len("the ")
            if (
                rule in {"duration", "quarter", "century"}
                and m.group("sep") == "-"
                and not (rule == "duration" and m.group("suffix"))
            ):
                lead = re.match(r"(?i)(?:the|an?|its|their) ", text[start:end])
                if lead and not re.match(r"(?i)the (?:past|last|next|first) ", text[start:end]):
                    start += lead.end()
            elif rule == "duration" and not m.group("suffix"):
                # "a five-year low": the article belongs to the noun phrase, not the timex.
                lead = re.match(r"(?i)an? (?!(?:few|couple|number)\b)", m.group(0))
                if lead and m.group("num").lower() not in {"a", "an"}:
                    start += lead.end()
            head = text[start : start + len(APPROX_OUTSIDE)].lower()
            if head == APPROX_OUTSIDE and end - start > len(APPROX_OUTSIDE):
                start += len(APPROX_OUTSIDE)  # "about five hours": TimeML leaves "about" out
            found.append(Candidate(start, end, rule, m))
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    chosen = [found[k] for k in disjoint([(c.start, c.end) for c in found])]
    return sorted(chosen, key=lambda c: c.start)


def disjoint(ranges: list[tuple[int, int]]) -> list[int]:
    """The positions of the ranges kept, in order, when each is kept unless it overlaps one
    kept before it. The kept ranges, ordered by (start, end), never overlap, so their ends
    rise too: a range overlaps one of them iff the last one starting before its end ends
    after its start (one bisection, not a scan of every kept range)."""
    kept: list[int] = []
    keys: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(ranges):
        at = bisect.bisect_left(keys, (end,))
        if at == 0 or keys[at - 1][1] <= start:
            kept.append(k)
            bisect.insort(keys, (start, end))
    return kept
