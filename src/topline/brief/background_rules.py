"""Key background's tests of time: which past wording in a sentence tells an earlier event
of the sentence's own, and which only looks past.

Split from :mod:`.background` (which ranks and shows the items). Each rule is a class of
text an editor would not sign as Key background:

- a point of comparison, not the sentence's time: "the first elections since 1990",
  "compared with 33 percent last month", "up from 4.1 percent a year ago", "dropped
  sharply from a year ago", the start of a run ("a losing streak dating to 2007");
- a date that names a thing, not when the sentence's event happened: "concerns about the
  July 25 call", "after the Nittany Lions' Nov. 9 loss", "Norway's October oil
  production beat forecasts";
- the present or the future told of a past date: "he now ups the ante", "will now shut in
  2024";
- no earlier time at all: "in the past" with no period, a year still to come, "had" before a
  count ("had eight points"), a deadline ("by the end of October");
- the result of the day's game: "had eight points and a season-high 10 assists", "had
  scored earlier for the Wild";
- an item that leans on a time or words the reader does not see: "The next year, …",
  "Later that month, …", "… said the same.";
- a caption or a dateline glued on: "Nauru guards pictured with Pauline Hanson at a rally
  earlier this month.", "New York, NY – The range of …";
- the day's news with a past perfect tail ("was jailed for 12 weeks and had previously
  been found guilty") or a future head with a past reason ("will reignite speculation
  after he was previously linked"), an old rule told as a hypothetical ("Previously, a man … would be
  barred"), a plug for a book or a show ("His new book, X, is out now").
"""

from __future__ import annotations

import datetime as dt
import re

from topline.brief.clauses import IRREGULAR_PAST
from topline.brief.cues import PAST_PERFECT, past_flags
from topline.brief.regex_gate import gate

#: A superlative or "first" before "since" makes the year a point of comparison ("the
#: country's first free elections since 1990", "the deadliest flood since 2012"): it says
#: nothing of when the sentence's event happened, so it is no past signal of the sentence.
#: A plain "since 2014" ("has lived there since 2014") stays a start point. The superlatives
#: are a closed class, listed rather than guessed from "-est" ("arrest", "protest").
_COMPARED_SINCE = re.compile(
    r"\b(?:first|only|most|least|fewest|best|worst|biggest|largest|highest|lowest|"
    r"greatest|strongest|weakest|deadliest|longest|shortest|smallest|fastest|"
    r"slowest|heaviest|warmest|coldest|hottest|wettest|driest)\b[^,;.]{0,40}?"
    r"\bsince\s+(?:(?:early|late|mid)[- ])?(?:1[89]|20)\d\d\b",
    re.I,
)


def compared_since(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets in ``text`` of "first … since 1990"-style comparisons."""
    return [m.span() for m in _COMPARED_SINCE.finditer(text)]


#: Dates that belong to what the sentence refers to, not to its own event:
#: - a point of comparison after "unchanged from" ("43% back Strickland …, virtually
#:   unchanged from the past two polls, in February and October"), to the clause's end;
#: - the object of a verb of reference ("Manafort … invoked Ronald Reagan's initial polling
#:   deficit in 1980 to claim …", "citing a 2009 study"), up to its first year;
#: - a record dated by "from" ("tweeting a video of Trump on 'Meet the Press' from 1999").
_REFERRED = re.compile(
    r"\b(?:(?:(?:virtually|largely|almost|nearly|basically)\s+)?unchanged|little\s+changed)\s+"
    r"(?:from|since|compared with)\b[^.;!?]*|"
    r"\b(?:invoked|invoking|invokes|cited|citing|cites|likened|likening|evoked|evoking)\b"
    r"[^.,;:!?]{0,60}?\b(?:1[89]|20)\d\d\b|"
    r"\b(?:video|videos|footage|clip|clips|photo|photos|photograph|photographs|picture|"
    r"pictures|tape|tapes|recording|recordings|interview|transcript|memo|ad|advert)\b"
    r"[^.,;:!?]{0,40}?\bfrom\s+(?:(?:early|late|mid)[- ])?(?:1[89]|20)\d\d\b"
)


#: The words :data:`_REFERRED` needs, found first (a plain search is faster than the
#: pattern's alternatives tried at every position).
_REFERRED_WORDS = re.compile(r"changed|invok|cite|citing|liken|evok|from (?:early|late|mid|1|2)")


def referred_dates(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the parts of ``text`` whose dates name what the sentence
    refers to (:data:`_REFERRED`): a comparison, a reference, a dated record."""
    if not _REFERRED_WORDS.search(text):
        return []  # none of the words the pattern needs: most sentences
    return [m.span() for m in _REFERRED.finditer(text)]


#: "in the past" told of no time ("has criticised the plan in the past"): a reader learns
#: nothing of when, so it is no earlier event for Key background. "in the past five years",
#: "in the past decade" name a period and stay.
_VAGUE_PAST = re.compile(
    r"\b(?:in|over)\s+the\s+past\b(?!\s+(?:\d+|few|several|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozen|couple|many|week|weeks|month|months|year|years|decade|decades|"
    r"century|day|days)\b)",
    re.I,
)
#: "in 2020", "in early 2021": a year written with a preposition of time.
_WRITTEN_YEAR = re.compile(
    r"\b(?:in|back in|during|until)\s+(?:(?:early|late|mid)[- ])?(?P<year>(?:1[89]|20)\d\d)\b",
    re.I,
)


#: A time after a comparison names the point compared with, not when the sentence's event
#: happened: "28 percent …, compared with 33 percent last month", "up from 4.1 percent a
#: year ago", "rose to 9% from 7% in 2018". A plain "from" needs a figure after it ("moved
#: from London in 2010" is a time of the sentence).
_COMPARED_TIME = re.compile(
    r"\b(?:compared (?:with|to)|as against|as opposed to|up from|down from|versus|vs\.?|"
    r"from\s+(?:the\s+)?(?=[$€£¥]?\d)|"
    r"(?:rose|risen|fell|fallen|dropped|declined|increased|decreased|grew|grown|climbed|jumped|"
    r"slipped|plunged|soared|surged|slumped|gained|improved|worsened|changed|higher|lower)"
    r"\s+(?:\w+ly\s+)?(?:[$€£¥]?\d[\d.,]*\s*(?:%|percent|per cent|points?)?\s+)?from\s+"
    r"(?=(?:a|one|\w+) (?:years?|months?|weeks?|quarters?) (?:ago|"
    r"earlier|before)\b|last (?:year|month|week|quarter|season)\b))(?:[^,;:.!?]|(?<=\d)[.,](?=\d)){0,40}?\b(?:last (?:year|month|week|decade|season|"
    r"quarter|term)|(?:a|one|\w+) (?:years?|months?|weeks?|decades?) (?:ago|earlier|before)|"
    r"(?:in|during) (?:(?:early|late|mid)[- ])?(?:1[89]|20)\d\d)\b"
    r"(?:(?:,\s*|\s+(?:and|or)\s+)(?:in\s+)?(?:1[89]|20)\d\d\b)*",  # "in 2008 and 2012"
    re.I,
)
#: A calendar point: a month (with its day, its year), a season of a year or "last month".
_POINT = (
    r"(?:(?:early|late|mid)[- ])?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
    r"(?:\s+\d{1,2}\b)?(?:,?\s+(?:1[89]|20)\d\d\b)?|"
    r"last (?:year|month|week|quarter|season|spring|summer|fall|autumn|winter)\b|"
    r"(?:a|one|\w+) (?:years?|months?|weeks?) (?:ago|earlier)\b|(?:1[89]|20)\d\d\b"
)
#: A poll's or a figure's change measured from a point (sixteenth session, from the
#: PolNeAR pool: "Kasich was at 25 percent, up eight points from March", "a four-point
#: dip from March", "going from 40 percent on July 14 to 46 percent on August 1", "narrowed from March's
#: 20-point gap to 13 points"): the
#: time is the point compared with; the sentence tells today's figure, not an earlier
#: event. Each shape needs a figure's change (a count of points or a share before "from",
#: a change noun, or "from" a figure to another): "moved from Ohio in March" is a time of
#: the sentence.
_CHANGE_FROM = re.compile(
    r"\b(?:up|down|off)\s+(?:by\s+)?(?:[\w.-]+\s+)?(?:percentage\s+)?(?:points?|percent|per cent|%)"
    r"\s+(?:since|from)\s+(?:(?:in|on|the)\s+)?(?:" + _POINT + r")|"
    r"\b[\w.-]+[- ](?:point|percent|percentage-point|percentage point)\s+(?:dip|drop|rise|gain|"
    r"increase|decrease|decline|jump|fall|slide|bump|swing|improvement)\s+(?:since|from)\s+"
    r"(?:(?:in|on|the)\s+)?(?:" + _POINT + r")|"
    r"\bfrom\s+(?:about\s+|nearly\s+|roughly\s+|just\s+)?[$€£¥]?\d[\d.,]*\s*(?:%|percent|per cent|points?)?"
    r"\s+(?:in|on|during)\s+(?:" + _POINT + r")(?=\s+to\s+[$€£¥]?\d)|"
    r"\bfrom\s+(?:"
    + _POINT
    + r")['’]s\s+[^,;:.!?]{0,40}?\bto\s+[$€£¥]?\d",  # "from March's gap to 13"
    re.I,
)
#: The period a result is compared with, named as such (sixteenth session, from the TBAQ
#: pool of 1989 earnings reports): "In the year-earlier period, the company had net of
#: $77.2 million", "compared with a loss of $195 million in the 1988 period", "the
#: prior-year quarter". The words "year-earlier", "year-ago", "prior-year" and "the
#: 1988 period" say the time is the point compared with, not an earlier event.
_COMPARED_PERIOD = re.compile(
    r"\b(?:(?:in|during|for)\s+)?the\s+(?:year-earlier|year-ago|prior-year|previous-year|"
    r"comparable|year-before|(?:1[89]|20)\d\d)\s+(?:(?:first|second|third|fourth|fiscal|"
    r"nine-month|six-month|full)[- ]+)*(?:period|quarter|half|months|year)\b",
    re.I,
)
#: A result compared with an earlier one, its per-share figure set off by commas: "up 18%
#: from $1.69 billion, or $7.03 a share, a year earlier", "from $504.2 million, or $4.41
#: a share, last year" (:data:`_COMPARED_TIME` stops at a comma).
_COMPARED_PER_SHARE = re.compile(
    r"\b(?:from|compared with|compared to|versus)\s+(?:a\s+(?:loss|profit|gain)\s+of\s+)?"
    r"[$€£¥]?\d[\d.,]*\s*(?:million|billion)?(?:\s+\w+)?,\s*or\s+[$€£¥]?\d[\d.,]*\s*(?:cents?\s+)?"
    r"(?:a|per)\s+share,?\s+(?:in\s+)?(?:last\s+(?:year|quarter|period)|(?:a|one)\s+year\s+"
    r"(?:ago|earlier|before)|(?:1[89]|20)\d\d)\b",
    re.I,
)
#: "had" before a count is the verb of having, not a past perfect ("Rondo had eight points":
#: "eight" ends like a participle).
_HAD_COUNT = re.compile(
    r"\bhad\s+(?=(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|a (?:dozen|hundred|thousand))\b)\S+",
    re.I,
)


#: A deadline names a limit, not when something happened: "recommends a flu vaccine by the
#: end of October", "must file by March 1".
_DEADLINE = re.compile(
    r"\b[Bb]y\s+(?:the\s+(?:end|start|beginning|middle|close)\s+of\s+)?(?:(?:this|next|last)\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|week|month|year|season|quarter|summer|winter|spring|autumn|fall)\b"
    r"(?:\s+\d{1,2}\b)?",
)


#: The start of a run a noun names, not the sentence's time: "snapped an 11-game losing
#: streak dating to 2007", "a rivalry going back to 1990" (today's game ends the run).
_RUN_START = re.compile(
    r"\b(?:dating|dated|stretching|going|reaching|running)(?:\s+(?:all the way\s+)?back)?\s+"
    r"to\s+(?:(?:early|late|mid)[- ])?(?:the\s+)?(?:1[89]|20)\d\d(?:s\b)?",
    re.I,
)


#: After "than", a time is the point compared with: "have conceded 20 goals more this
#: season than they had at this point last term", "more than in 2012".
_THAN_TIME = re.compile(
    r"\bthan\s+(?!(?:about\s+|nearly\s+|almost\s+)?(?:[$€£¥]?\d|a |an |one |two |three |four |five |"
    r"six |seven |eight |nine |ten |a few |several |half |a dozen ))[^,;.!?]{0,60}?\b(?:last (?:year|term|season|month|week|decade|time)|"
    r"(?:a|one|\w+) (?:years?|months?|decades?) (?:ago|earlier|before)|previous (?:year|"
    r"season|term)|(?:in|during) (?:1[89]|20)\d\d)\b",
    re.I,
)


#: "Allouche Gallery, formerly at 115 Spring St., signed a lease …": "formerly" in an
#: apposition describes the noun (where it was, what it was called), not when the
#: sentence's event happened. The apposition opens with a preposition, an article or
#: "known/called as"; "Stone, who won …, previously starred in …" is the main verb.
_FORMER_APPOSITION = re.compile(
    r",\s+(?:formerly|previously|once|originally)\s+(?:of|at|in|from|with|the|a|an|known|"
    r"called|named|part)\b[^,;:()!?]{0,60},",
    re.I,
)


#: The last few days, the news's own window ("In the past few days, the governor seemed to
#: be shrinking", "over the last 48 hours"): what is happening now, not an earlier event.
_RECENT_DAYS = re.compile(
    r"\b(?:in|over|during|for)\s+the\s+(?:past|last)\s+(?:(?:few|several|couple of|two|three|"
    r"four|five|six|\d)\s+days|week|(?:24|36|48|72)\s+hours)\b",
    re.I,
)


def no_earlier_time(text: str, published: dt.date | None) -> list[tuple[int, int]]:
    """The (start, end) offsets in ``text`` of times that look past but tell no earlier
    event: "in the past" with no period, a year after the year of publication ("free
    and premium plans arrive in early 2020" in a story of November 2019: what is to come),
    the point a figure is compared with ("compared with 33 percent last month"), "had"
    before a count ("had eight points"), a change measured from a point ("up eight points
    from March": :data:`_CHANGE_FROM`; "in the year-earlier period": :data:`_COMPARED_PERIOD`;
    "from $1.69 billion, or $7.03 a share, a year earlier") and a deadline ("get a flu vaccine by the end of
    October"), "formerly" in an apposition ("Acme, formerly of Leeds, said …") and the
    last few days ("in the past few days": the news's own window)."""
    found = [m.span() for m in _VAGUE_PAST.finditer(text)]
    found += [m.span() for m in _COMPARED_TIME.finditer(text)]
    found += [m.span() for m in _CHANGE_FROM.finditer(text)]
    found += [m.span() for m in _COMPARED_PERIOD.finditer(text)]
    found += [m.span() for m in _COMPARED_PER_SHARE.finditer(text)]
    found += [m.span() for m in _HAD_COUNT.finditer(text)]
    found += [m.span() for m in _DEADLINE.finditer(text)]
    found += [m.span() for m in _RUN_START.finditer(text)]
    found += [m.span() for m in _THAN_TIME.finditer(text)]
    found += [m.span() for m in _FORMER_APPOSITION.finditer(text)]
    found += [m.span() for m in _RECENT_DAYS.finditer(text)]
    if published is not None:
        found += [m.span() for m in _WRITTEN_YEAR.finditer(text) if int(m["year"]) > published.year]
    return found


#: The play of a game, counted ("a season-high 10 assists", "12 rebounds") or told in the
#: past perfect ("had scored earlier for the Wild"): the result of the day, not an earlier
#: event, unless the sentence has an earlier time of its own.
_PLAY = re.compile(
    r"\b(?:season|career|game|match|personal|team)[- ](?:high|best|low|record)\b|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a pair of)\s+"
    r"(?:assists|rebounds|steals|blocks|turnovers|saves|tackles|sacks|interceptions|"
    r"touchdowns|strikeouts|wickets|aces|birdies|bogeys|eagles|three-pointers|free throws|"
    r"field goals|yards)\b|"
    r"\bhad\s+(?:\w+ly\s+|already\s+)?(?:scored|netted|equali[sz]ed|level(?:l)?ed|"
    r"doubled (?:the|their|his|her) (?:lead|advantage)|converted|struck first)\b",
    re.I,
)
#: An earlier time of the sentence's own that a game sentence may have ("in 2015", "last
#: season", "since 1965", "two years ago").
_OWN_EARLIER = re.compile(
    r"\b(?:(?:1[89]|20)\d\d|since|ago|last (?:season|year|term|month|decade)|previous "
    r"(?:season|year)|years? earlier)\b",
    re.I,
)


def game_result(text: str) -> bool:
    """The sentence tells the play of the day's game (:data:`_PLAY`) and no earlier time
    (:data:`_OWN_EARLIER`): "Rondo had eight points and a season-high 10 assists" is the
    result, not Key background."""
    return _PLAY.search(text) is not None and _OWN_EARLIER.search(text) is None


#: An opening that places the sentence relative to a time the reader has not been shown
#: ("The next year, …", "Two days later, …", "That same year, …", "Later that month, …").
_RELATIVE_TIME = re.compile(
    r"^\W*(?:the (?:next|following|previous|same|preceding) (?:day|week|month|year|season|"
    r"morning|night|decade|summer|winter|spring|autumn|fall)|(?:a|an|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|several|a few|some|\d+) (?:days?|weeks?|months?|years?|"
    r"decades?|hours?) (?:later|afterwards?|after that|before that|earlier)|(?:later|earlier) "
    r"that (?:day|week|month|year|season|night)|that (?:same )?(?:day|week|month|year|season|"
    r"night|summer|winter|spring|autumn|fall)(?!\s*\d)|(?:on|in|during|at|over)\s+(?:one|some|each|"
    r"all|most|many|several|two|three)\s+of\s+(?:those|these)\s+(?:days|nights|mornings|"
    r"evenings|weeks|months|years|occasions|trips|visits|nights|flights|runs))\b",
    re.I,
)
#: What was just said, by reference: "Last month, 26 percent said the same.", "did so".
_SAME_AS_BEFORE = re.compile(
    r"\b(?:say|says|said|do|does|did|feel|feels|felt|think|thinks|thought|report|reported|"
    r"found)\s+(?:the same|so|likewise)\s*[.!?]?\s*$",
    re.I,
)


#: A day or a night told before, named by "that" anywhere in the item: "… remembers going to
#: get pizza that night", "was arrested that same evening". It dates the item by a moment
#: of the story the reader of Key background has not seen ("that year" is left alone:
#: "Reagan went on to win that year" reads on its own).
_THAT_MOMENT = re.compile(
    r"\b(?:that|the same) (?:same )?(?:day|night|morning|afternoon|evening|weekend)\b(?!\s*(?:of|in)\b)",
    re.I,
)


#: An opening that dates the item by the time of something told before ("At the time,
#: Trump seemed to suggest …", "Back then, …", "At that point …"): the reader of Key
#: background has not been told which time. At the end of an item ("…, who was 17 at the
#: time") the item's own event is that time and reads on its own.
_AT_THE_TIME = re.compile(
    r"^\W*(?:At|By|Until|Up to) (?:the|that) (?:time|point|stage|moment)\b(?! of\b)|"
    r"^\W*Back then\b",
    re.I,
)
#: An opening that points back to a thing or a group just told: "Such a move could …",
#: "One of the men, Jessie Elkins, had served …", "Two of the suspects had been …" (a
#: group named by "the" and nothing after it: "One of the founders of Acme" names its own).
_POINTS_BACK = re.compile(
    r"^\W*Such\s+(?!(?:is|was|are|were)\b)(?:an?\s+)?[a-z]|"
    r"^\W*(?:One|Two|Three|Four|Five|Some|Many|Most|Several|Both|Each|None|All|Neither|"
    r"Either)\s+of\s+(?:the|those|these)\s+(?:two\s+|three\s+|four\s+)?"
    r"(?:[a-z]+s|men|women|people|children)\b"
    r"(?=\s*,|\s+(?:had|has|have|was|were|is|are|said|says|told|[a-z]+ed)\b)"
)


#: A set or a pair told before: "The three states last voted for …" (which three?), "Of the
#: 31-year-old, the latter said …" (the latter of whom?). The reader of Key background has
#: not seen the sentence that names them.
_TOLD_SET = re.compile(
    r"^\W*The\s+(?P<set>(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:[a-z]+\s+)?(?:[a-z]+s|men|women|people|children))\b"
    r"(?!\s+of\b|\s+(?:in|on|at)\s+[A-Z])|"
    r"\b[Tt]he\s+latter\b|"
    r"\b[Tt]he\s+former\b(?=\s*(?:[,.;]|(?:said|says|told|was|is|had|has|added|claimed)\b))"
)


#: A place or a group told before, named by a pointing word anywhere in the item: "Clinton
#: moved there in 2000" (where?), "around 3,000 of these patients had …" (which?). The
#: reader of Key background has not seen the sentence that names them.
_POINTS_TO_TOLD = re.compile(
    r"\b(?:moved|lived|went|returned|settled|worked|stayed|grew up|was born|were born|"
    r"studied|served|remained)\s+(?:back\s+)?there\b(?!\s+(?:is|are|was|were|has|have|had)\b)|"
    r"\b(?:\d[\d,.]*|some|many|most|all|several|half|none|few|both|each|one|two|three|"
    r"four|five|ten|hundreds|thousands|dozens)\s+of\s+(?:these|those)\s+[a-z]+s\b",
    re.I,
)


def told_set(text: str, news: str | None) -> str | None:
    """The set or pair ``text`` leans on (:data:`_TOLD_SET`: "three states", "the latter"),
    unless the news the item is shown under names it ("NASA … adding five companies" under
    "The five companies … join the original nine …"); None when it leans on nothing."""
    if not (text.lstrip("\"“‘'( ").startswith("The ") or "latter" in text or "former" in text):
        return None  # the only words the pattern can start on
    match = _TOLD_SET.search(text)
    if match is None:
        return None
    named = match.group("set")
    if named is not None and news is not None and named.lower() in news.lower():
        return None
    return match.group(0)


def leans_on_time(text: str) -> bool:
    """The item leans on a sentence the reader of Key background does not see: it opens
    relative to a time named before (:data:`_RELATIVE_TIME`, :data:`_AT_THE_TIME`), it is
    dated by "that night" or "that day" (:data:`_THAT_MOMENT`), it opens on a thing or a
    group just told (:data:`_POINTS_BACK`), it names a place or a group told before
    ("moved there", "3,000 of these patients": :data:`_POINTS_TO_TOLD`), or it ends on
    what was said before ("… said the same.")."""
    return bool(
        _RELATIVE_TIME.match(text)
        or _AT_THE_TIME.match(text)
        or _POINTS_BACK.match(text)
        or _THAT_MOMENT.search(text)
        or _SAME_AS_BEFORE.search(text)
        or (_might_point(text) and _POINTS_TO_TOLD.search(text) is not None)
    )


def _might_point(text: str) -> bool:
    """Whether ``text`` holds a word :data:`_POINTS_TO_TOLD` needs ("there", "these",
    "those"): most items hold none, and the pattern is then not run."""
    lower = text.lower()
    return "there" in lower or " of these " in lower or " of those " in lower


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
#: A date written as a noun's modifier, after "the" or a possessive: "the July 25 call",
#: "the Lions' Nov. 9 loss", "Norway's October oil production", "the 2016 election". It
#: names a thing (a call, a loss, a month's figures), not the time of the sentence's event
#: ("said on Tuesday it had raised concerns about the July 25 call" is today's news).
_MODIFIER_DATE = re.compile(
    r"(?<![\w.])(?P<date>(?:" + _MONTH + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
    r"(?:,?\s+(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d))(?:\s+|-)(?=[a-z][a-z-]+\b)"
    r"(?!(?:and|or|to|of|in|on|at|by|for|from|with|when|that|which|who|was|were|is|are|had|"
    r"has|have|will|would|through|until|as)\b)"
)
#: What a modifier date follows: "the" or a possessive ("the July 25 call", "Norway's
#: October output", "the Lions' Nov. 9 loss"). Looked for only before a date found (a
#: pattern that opened with it was tried at every word of every candidate sentence).
_MODIFIER_BEFORE = re.compile(r"(?:\b[Tt]he|\w(?:['’]s|s['’]))\s+$")
#: A subject that a year or a day dates, at the opening of its clause: "The 1999 merger cost
#: 30,000 jobs", "To put it in context, the 2015 deficit was …" tell when their event
#: happened (a month alone before a noun, "October oil production", names a month's figures
#: and never dates the sentence).
_SUBJECT_AT = 4


#: A name before the comma: "Roe v. Wade, the 1973 decision …" puts the date in an
#: apposition that names the thing, not in a clause's opening subject.
_NAME_BEFORE_COMMA = re.compile(r"\s[A-Z][\w.'’-]*\s*$")


def _apposition(text: str, comma: int) -> bool:
    """The clause opening after ``comma`` is an apposition to a name written before it
    ("Roe v. Wade, the 1973 decision", "the Rome Statute, the 1998 treaty"), not the
    subject after an opening phrase ("To put it in context, the 2015 deficit was …")."""
    return (
        comma > 0 and text[comma] == "," and _NAME_BEFORE_COMMA.search(text, 0, comma) is not None
    )


#: Words that may stand before the determiner of a clause's opening subject ("But the 1999
#: merger …", "In the 2015 season …"): conjunctions, adverbs of linking, prepositions and
#: determiners, the closed classes. A lower-case word of any other kind is a verb or a noun
#: of the clause ("Clinton noted the Sept. 11 attacks", "She recalled the Oct. 3 floods"):
#: the dated noun is its object, what the sentence talks about, not its subject.
_BEFORE_SUBJECT = frozenset(
    """and but yet so then still also even now however meanwhile instead thus in on at for by
    from with during after before since until over under about of to as the a an this that
    these those its his her their our my your""".split()
)


def _opening_subject(words: list[str]) -> bool:
    """The words of a clause before a modifier date (the last of them its determiner, "the"
    or a possessive) open the clause's subject: fewer than :data:`_SUBJECT_AT`, and none
    before the determiner a lower-case word outside :data:`_BEFORE_SUBJECT`."""
    return len(words) < _SUBJECT_AT and all(
        w[:1].isupper() or w.lower() in _BEFORE_SUBJECT for w in words[:-1]
    )


def modifier_dates(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of dates that modify a noun (:data:`_MODIFIER_DATE`),
    except a year or a day in a clause's opening subject ("The 1999 merger …")."""
    found = []
    for m in _MODIFIER_DATE.finditer(text):
        if _MODIFIER_BEFORE.search(text, max(0, m.start() - 20), m.start()) is None:
            continue
        clause = max(text.rfind(mark, 0, m.start()) for mark in (",", ";", ":", "—"))
        opening = _opening_subject(text[clause + 1 : m.start()].split())
        month_only = re.fullmatch(_MONTH, m["date"]) is not None
        if opening and not month_only and not _apposition(text, clause):
            continue
        found.append(m.span("date"))
    return found


#: The main clause told in the present or the future, with "now": "he now ups the ante",
#: "will now shut in 2024", "is now …". A past date in such a sentence dates what it leans
#: on, not what it says.
_NOW = re.compile(
    r"\b(?:will|would|is|are|has|have)\s+now\b|\bnow\s+(?!that\b)[a-z]+s\b(?<!ss\b)|"
    # "and now a full shut-out of the plant has been confirmed": "now", its subject, and a
    # present auxiliary (twelfth session's P, thirteenth session)
    r"\b[Nn]ow,?\s+(?!that\b)(?:[\w'’-]+\s+){1,6}?(?:has|have|is|are)\s+(?:been|being)\b",
)


def told_as_now(text: str) -> bool:
    """The sentence (its relative clauses left out by the caller) tells the present or the
    future, "now" (:data:`_NOW`): today's state or plan, not an earlier event."""
    return _NOW.search(text) is not None


#: "X was jailed for 12 weeks and had previously been found guilty of …": a simple past
#: main clause, then a past perfect joined by "and". The tail's past is the background of
#: the head, which is the day's news.
_PERFECT_TAIL = re.compile(
    r",?\s+and\s+had\s+(?:(?:previously|earlier|already|also|once|twice|repeatedly)\s+)?"
    r"(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t|ght)\b"
)
#: A finite simple past in the head: "was jailed", "were told", "pleaded", "admitted".
_SIMPLE_PAST = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|t)\b|\b[a-z]{3,}ed\b")


def news_with_past_tail(text: str) -> bool:
    """The sentence is the day's news with a past perfect tail (:data:`_PERFECT_TAIL`): its
    head tells a simple past with no earlier time of its own, so its only past-time signal
    is the tail's, and the item would show today's news as Key background."""
    tail = _PERFECT_TAIL.search(text)
    if tail is None:
        return False
    head = text[: tail.start()]
    if _SIMPLE_PAST.search(head) is None:
        return False
    return not any(past_flags(head)) and _YEAR_WORD.search(head) is None


_YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: A main clause told in the future, then a clause of its past: "The move will reignite
#: speculation after he was previously linked with the club", "is set to return as the
#: squad had feared". The future head is the news; the tail's past is only its reason.
_FUTURE_HEAD = re.compile(
    r"^(?P<head>[^,;:]*?\b(?:will|won['’]t|(?:is|are)\s+(?:also\s+)?"
    r"(?:set|due|expected|poised|likely|going)\s+to)\s[^,;:]*?)"
    r"(?:,\s*)?\b(?:after|as|since|because|following|having|when|amid|by\s+[a-z]+ing)\b",
    re.I,
)


def future_with_past_tail(text: str) -> bool:
    """The sentence's main clause tells what will happen (:data:`_FUTURE_HEAD`), with no
    past of its own: the past that follows ("after he was previously linked …") is the
    reason for the news, and the item would show the news as Key background."""
    m = _FUTURE_HEAD.match(text)
    if m is None:
        return False
    head = m["head"]
    return not any(past_flags(head)) and _YEAR_WORD.search(head) is None


#: "Previously, a man convicted of fraud would be barred …": a rule or a habit of the past
#: told as what would happen, not an event.
_HYPOTHETICAL = re.compile(
    r"^\W*(?:Previously|Formerly|In the past|Until now|Until recently|Historically)\b,?"
    r"[^.!?]*\b(?:would|could|might)\b",
    re.I,
)


def hypothetical(text: str) -> bool:
    """The item opens with "Previously," (or "Formerly,", "In the past,") and tells what
    would or could happen: an old rule or habit, not an earlier event a reader can date."""
    return _HYPOTHETICAL.match(text) is not None


#: An author's or an artist's plug: "His new book, 'X', is out now", "… is available from
#: …", "… is published by …", "… is on sale …".
_PLUG = re.compile(
    r"\b(?:book|memoir|novel|album|single|record|film|documentary|podcast|series|play)\b"
    r"[^.!?]{0,120}?\b(?:is|are)\s+(?:out|available|published|on sale|in (?:bookshops|"
    r"bookstores|cinemas|theaters|theatres|stores))\b|\bout now\b|\bavailable now\b|"
    r"\bpre-?order\b",
    re.I,
)


_PLUG_GATE = gate(_PLUG)


def plug(text: str) -> bool:
    """A plug for a book, an album or a show (:data:`_PLUG`): what the reader can buy, not
    an earlier event (nor a figure of the story)."""
    return _PLUG_GATE.search(text) is not None


#: A dateline in title case with a two-letter state and a dash: "New York, NY – The …",
#: "Austin, TX - …" (the capitals and the abbreviated forms are stripped by
#: :mod:`.compress`; this one is not, and glues a place onto the item).
_TITLE_DATELINE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},\s*[A-Z]{2}\s*[–—-]{1,2}\s+")
#: A photo caption: a noun phrase "pictured with …" and no finite verb ("Nauru guards
#: pictured with Pauline Hanson at a rally earlier this month.").
_PICTURED = re.compile(
    r"\b(?:pictured|photographed|seen|shown)\s+(?:with|at|in|during|on|alongside|outside|"
    r"inside|after|before|as|arriving|leaving|here)\b",
    re.I,
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|says|said|does|did|do)\b|"
    r"\b[a-z]{3,}ed\b(?<!pictured)(?<!photographed)",
    re.I,
)


#: A picture's or a graphic's caption glued into the item: "The bride and her grooms: This
#: map shows Barrientos' marriages …", "The graphic below illustrates …".
_FIGURE_CAPTION = re.compile(
    r"\b(?:This|The|These)\s+(?:map|graphic|chart|picture|photo|photograph|image|video|"
    r"table|graph|timeline|diagram|infographic)s?\s+(?:below\s+|above\s+)?"
    r"(?:shows?|illustrates?|reveals?|depicts?)\b"
)


#: A section heading glued to the item's opening with no stop: "Retirement accounts Two
#: years ago, Senator Rubio proposed …" (a capitalised phrase in lower case, then a word
#: that opens a sentence, then a lower-case word or a figure).
_GLUED_HEADING = re.compile(
    r"^\W*[A-Z][a-z'’-]+(?:\s+[a-z][\w'’-]*){0,4}\s+(?:One|Two|Three|Four|Five|Six|Seven|"
    r"Eight|Nine|Ten|The|In|On|At|A|An|Last|When|After|Before|Since|During|Until|Years|"
    r"Months|Decades|For)\s+(?=[a-z0-9])"
)


def dateline_or_caption(text: str) -> bool:
    """The item is a caption (:data:`_PICTURED` with no finite verb, or a picture or graphic
    that "shows": :data:`_FIGURE_CAPTION`) or opens with a dateline the compression does
    not strip (:data:`_TITLE_DATELINE`) or a heading glued on (:data:`_GLUED_HEADING`):
    none is Key background."""
    if _TITLE_DATELINE.match(text) or _FIGURE_CAPTION.search(text):
        return True
    if _GLUED_HEADING.match(text):
        return True
    m = _PICTURED.search(text)
    return m is not None and _FINITE.search(text[: m.start()] + " " + text[m.end() :]) is None


#: An aside between a pair of dashes: "Himself a former club owner — he owned the Generals
#: between 1983 and 1986 — Trump also offered …".
_DASH_ASIDE = re.compile(r"(?:\s[—–]\s?|—|\s--\s)[^—–\n]{3,160}?(?:\s?[—–]\s|—|\s--\s)")
#: An apposition that describes a name: ", Mexico's ambassador to the United States from
#: 2007 to 2013," ", the club's manager between 1998 and 2004,". It opens on a noun (after
#: an article or a possessive), and holds no verb of its own.
_APPOSITION = re.compile(
    r",\s+(?P<body>(?:(?:the|a|an|his|her|their|its|[A-Z][^\s,]*['’]s)\s+)?(?P<head>[a-z][\w-]*)"
    r"\b[^,;:()!?—–\"“”]{0,100}?),"
)
#: What cannot head such an apposition: a preposition, a conjunction, an adverb.
_NOT_HEADS = frozenset(
    """in on at by for from with after before since during until when while where who whom
    whose which that and but or nor as though although if because then also however
    meanwhile now still even only just not so yet once later earlier there here""".split()
)
#: Words that open a phrase of time before the subject ("Last March, …", "This week, …").
_TIME_OPENERS = frozenset({"last", "this", "next", "early", "late"})
#: A verb of its own makes the commas hold a clause, not an apposition.
_OWN_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|had|has|have|will|would|did|does|do|said|says|can|could|"
    + IRREGULAR_PAST
    + r")\b|\b[a-z]{3,}ed\b"
)
#: A verb told in the past outside a dash aside ("— he owned the Generals … — Trump also
#: offered his assessment"): the sentence tells the day's event, the aside its background.
_TOLD_PAST = re.compile(r"\b(?:[a-z]{3,}ed|said|says|was|were|" + IRREGULAR_PAST + r")\b")


def _name_before(text: str, at: int) -> bool:
    """The word before ``at`` (an apposition's comma) is capitalised: a name ("Sarukhán,",
    "O'Brien,")."""
    before = text[max(0, at - 60) : at]
    word = before[before.rfind(" ") + 1 :] if before and not before[-1].isspace() else ""
    return word[:1].isupper()


def asides(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of asides whose time describes a person or a thing, not
    when the sentence's event happened: a pair of dashes ("— he owned the Generals between
    1983 and 1986 —") and an apposition to a name (", Mexico's ambassador from 2007 to
    2013, said …"). The day's words of a former ambassador are no earlier event."""
    dashed = "—" in text or "–" in text or "--" in text
    found = [
        m.span()
        for m in (_DASH_ASIDE.finditer(text) if dashed else ())
        if _TOLD_PAST.search(text[: m.start()] + " " + text[m.end() :])
    ]  # "Debates are new here — the first was in 2010 —": no event but the aside's
    for m in _APPOSITION.finditer(text):
        if m["head"] in _NOT_HEADS or m["head"].endswith(("ly", "ing")):
            continue
        if _OWN_VERB.search(m["body"]) or not _name_before(text, m.start()):
            continue
        clause = max(text.rfind(mark, 0, m.start()) for mark in ",;:")
        opening = text[clause + 1 : m.start()].split()
        if opening and (
            opening[0].lower() in _NOT_HEADS | _TIME_OPENERS or opening[0].endswith("ly")
        ):
            continue  # "In March, the company's shares fell", "Nationally, dealers sold …"
        found.append(m.span("body"))
    return found


#: A past verb of saying: what it reports is the day's news told in the past, and a past
#: perfect after it is that news shifted back a tense ("The group tweeted that a volunteer
#: had been shot": shot that day), not an earlier event.
_SAID_BEFORE = re.compile(
    r"\b(?:said|told|tweeted|wrote|noted|reported|announced|added|claimed|stated|"
    r"confirmed|explained|insisted|revealed|posted)\b",
    re.I,
)
#: Where the clause of a reporting verb ends, looking back from a past perfect.
_REPORT_STOPS = '.;:!?"“”'
#: A time of the report's own after its perfect: "had known each other since childhood",
#: "had lived together for several years", "had set up a profile in December".
_TIME_IN_REPORT = re.compile(
    r"\b(?:since|ago|before|earlier|previously|during|once|years?|months?|decades?|weeks?|"
    r"childhood|(?:1[89]|20)\d\d|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|in the past)\b",
)
#: "as if he had been hurt": a manner told in the past perfect, no event at all.
_AS_IF_BEFORE = re.compile(r"\bas\s+(?:if|though)\b[^.;:!?,]{0,40}$", re.I)
#: Up to this many characters before a past perfect are searched for its reporting verb.
_REPORT_REACH = 160


def backshifted(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of past perfects that tell no earlier event: one reported
    by a past verb of saying ("tweeted that one volunteer had been shot": the day's news,
    its tense shifted back) and one of manner ("responded as if he had been hurt"). A
    date in the report still dates it ("said he had been jailed in 2009")."""
    found: list[tuple[int, int]] = []
    if "had" not in text.lower():
        return found  # no past perfect at all (the pattern needs "had")
    for m in PAST_PERFECT.finditer(text):
        if _TIME_IN_REPORT.search(text, m.end()):
            continue  # "had known each other since childhood", "had set up … in December"
        lo = max(0, m.start() - _REPORT_REACH)
        clause = max(lo, max(text.rfind(c, lo, m.start()) + 1 for c in _REPORT_STOPS))
        if _SAID_BEFORE.search(text, clause, m.start()) or (
            "as " in text[max(0, m.start() - 60) : m.start()].lower()
            and _AS_IF_BEFORE.search(text, max(0, m.start() - 60), m.start())
        ):
            found.append(m.span())
    return found
