"""The Big number: the quantity that matters most, with what it counts and the verb.

Chosen by a documented newsworthiness score, not by position alone. For each quantity::

    score = KIND[kind]                       people > money > other counted things > percent
          + MAGNITUDE * log10(1 + scaled value)  (money is scaled down: $1 billion ~ 1,000 people)
          + VERB_BONUS        if a governing verb says what happened ("killed", "deployed")
          + LEDE_BONUS        if it is in the first sentence
          + LABEL_BONUS       if the source labels it ("Big number: 3,000")
          - POSITION * relative position in the text (0 at the start, 1 at the end)

A quantity is a candidate only when it says what it counts (the editorial rules): a figure
that is a number (not "millions"), not one term of a ratio or a range ("one in five
restaurants", "two or three decisions"), not in a parenthetical aside or the headline, followed by the noun phrase it counts (money or a percentage
standing alone, "$1bn", says nothing), in a clause that states it (not negated, "two other
partitions were not occupied", nor hedged, "could cost 300 jobs"). A bare
"two" explains nothing; nor does a count of one ("one unnamed official said"). Years, dates, durations and ages never reach this module (the quantity
grammar leaves them to the timex module), and ordinals are not quantities.

From an editor's read of unseen briefs (seventh session), figures that count nothing the
story is about are no candidates either: a count below :data:`SMALL_COUNT` outside the lede
("three reading rooms", "only two options"; "Police arrested six people" in the lede
stays), a figure in a direct quotation (the speaker's words: "the $64,000 question"), a
survey's sample size ("the survey of 1,200 registered voters"), a company's size in a press
release's "About Acme" section or stock self-description ("Acme is a leading …"), and money
or a percentage followed by a place ("25 percent in New Mexico").
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Sequence

from topline.brief import editorial_rules as rules
from topline.brief.context_rules import stray_marks, tidy_phrase
from topline.brief.durations import PENALTY_SCORE, duration_value, penalty_length
from topline.brief.headline import title_sentences
from topline.brief.measures import (
    MONEY,
    is_measure,
    measure_named_before,
    measured_by,
    named_before,
    people_harmed,
    says_where,
)
from topline.brief.number_labels import (
    governed_by_preposition,
    participants,
    participle_after,
    participle_before,
)
from topline.brief.number_rules import (
    MEASURED,
    NOT_PURPOSE,
    bare_score,
    conversion,
    count_progress,
    cut_from_list,
    cut_label,
    dated_clause,
    denomination,
    editors_note,
    in_code,
    in_tweet,
    link_line,
    multiplier,
    opens_title,
    organisation_aside,
    part_of_one,
    part_or_rank,
    per_term,
    person_aside,
    phone_line,
    predicate,
    pro_form,
    probability,
    sample_size,
    sources_count,
    threshold,
    topic_of_words,
    unit_or_rate,
    with_owner,
    with_second_noun,
)
from topline.brief.quote_rules import in_open_quotation, quoted_passages, unmarked_quotations
from topline.intervals import SpanIndex
from topline.model import Analysis, BackgroundItem, BigNumber, Quantity, Span, join_spans

# --- tunable constants -------------------------------------------------------------------

KIND = {
    "people": 3.0,
    "money": 2.5,
    "measure": 2.0,
    "thing": 1.5,
    "percent": 1.5,
    "fraction": 0.5,
}
MAGNITUDE = 0.6
MONEY_SCALE = 1e-6  # $1 million weighs like one counted item … $1 billion like 1,000
VERB_BONUS = 1.0
LEDE_BONUS = 1.5
LABEL_BONUS = 3.0
POSITION = 1.0
#: Counts of at most this many people or things are not a Big number ("one official said").
MIN_COUNT = 1.0
#: Nouns that count people (lower case, plural or singular).
PEOPLE = frozenset(
    """people person persons troops troop soldiers soldier members member workers worker
    employees employee residents resident civilians civilian children child students student
    patients patient deaths death dead protesters protester voters voter migrants migrant
    refugees refugee officers officer police victims victim passengers passenger americans
    users customers customer fighters fighter militants militant service staff jobs job
    casualties injured wounded others hostages hostage prisoners prisoner detainees
    inmates cases infections lives adults women men girls boys families households
    """.split()
)
#: Counts below this many people or things are a Big number only in the lede ("Police
#: arrested six people Monday"); elsewhere they are detail ("three large light
#: installations", "only two options", "the first three races").
SMALL_COUNT = 10
#: A paragraph of page furniture or an offer is short; a text whose paragraphs were lost
#: (one line) would otherwise be furniture as a whole for one "Scroll down for video".
OFFER_MAX_WORDS = 60
#: The lede is the first sentence of at least this many words (a byline line is shorter).
LEDE_MIN_WORDS = 6
#: "The survey of 1,200 registered voters", "a poll of 800 adults": a sample's size is how
#: the figure was measured, not what happened.
_SAMPLE_BEFORE = re.compile(
    r"\b(?:survey|poll|study|sample|questionnaire|census)\s+(?:of|among|with)\s+"
    r"(?:(?:about|some|nearly|more than|over|around|almost|roughly)\s+)?$",
    re.I,
)
#: "The study … looked at 4,600 workers", "researchers interviewed 86 offenders": the same.
_SAMPLE_VERB_BEFORE = re.compile(
    r"\b(?:survey|poll|study|research|researchers|scientists|analysis|inspectors|report)\b"
    r"[^.!?]{0,100}\b(?:looked at|analy[sz]ed|examined|questioned|surveyed|interviewed|"
    r"polled|studied|tracked|followed|sampled)\s+(?:(?:about|some|nearly|more than|over|"
    r"around|almost|roughly)\s+)?$",
    re.I,
)
#: "The university surveyed 1,051 registered voters", "…, surveying 1,737 registered
#: voters": these verbs name a sample alone (searched in the few characters before the
#: figure).
_SAMPLED_BEFORE = re.compile(
    r"\b(?:surveyed|surveying|polled|polling|sampled|sampling)\s+(?:(?:about|some|nearly|more than|over|around|almost|"
    r"roughly)\s+)?$",
    re.I,
)
#: A day of a month glued to the next word ("28 AprilMumbai"): a date, not a count.
_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?=[A-Z])"
)
#: "More than 1,000 adults were questioned for the research": the people a survey asked.
_SAMPLE_AFTER = re.compile(
    r"\s+(?:were|was|have been|had been)\s+(?:questioned|surveyed|polled|interviewed|asked|"
    r"sampled)\b",
    re.I,
)
#: A press release's closing "About Acme" section (and what follows it): company
#: boilerplate ("Acme employs around 1,300 people"), not the story.
_ABOUT_SECTION = re.compile(r"(?m)^\s*(?:About|ABOUT)\s+[A-Z][^\n.!?]{0,60}:?\s*$")
#: The company self-description that opens such a section without a heading.
_SELF_DESCRIPTION = re.compile(
    r"(?:^|\n)\s*(?:Founded in \d{4},|[A-Z][\w&.,' -]{1,60} is an? (?:leading|global|"
    r"privately|publicly|world|premier|independent|international|nationwide|"
    r"[\w-]+-based)\b|[A-Z][\w&.' -]{1,40} (?:is|are) headquartered in\b)[^\n]*$"
)
#: The longest "what it is for" phrase after money or a percentage ("on roads").
MAX_PURPOSE_WORDS = 6
LABEL = re.compile(r"(?i)big number\s*:\s*$")


def _kind(q: Quantity) -> str | None:
    if q.unit in MONEY:
        return "money"
    if q.unit in {"%", "percentage point"}:
        return "percent"
    if q.unit == "fraction":
        return "fraction"
    if not q.counts:
        return None
    if is_measure(q):
        return "measure"
    words = q.counts.lower().replace("-", " ").split()
    return "people" if words and words[-1] in PEOPLE else "thing"


#: A word that makes a unit of area or volume, left out of the analysis's counted phrase
#: ("some 375 sq km" counts "km"): the label shows the whole unit.
_UNIT_MODIFIER = re.compile(r"\s+(sq\.?|square|cubic|cu\.?)\s+$", re.I)


#: The same amount in another unit, set off after the first: " - or 40,000 acres -",
#: " (8 km)".
_CONVERSION_AFTER = re.compile(r"\s*(?:[-–—]\s*or\s+[^-–—()\n]{1,30}?\s*[-–—]|\([^()\n]{1,30}\))")


def past_conversion(text: str, end: int) -> int:
    """Where the phrase after a measure's unit resumes, past a conversion set off after it
    ("16,000 hectares - or 40,000 acres - of forest" → " of forest"); ``end`` when none."""
    match = _CONVERSION_AFTER.match(text, end)
    return match.end() if match is not None else end


def _unit_only(counted: str) -> bool:
    """The counted phrase is a unit alone ("miles", "sq km"), naming nothing measured."""
    words = counted.split()
    return bool(words) and all(_UNIT_MODIFIER.fullmatch(" " + w + " ") for w in words[:-1])


_PURPOSE = re.compile(r"\s+(?:on|for|in|of|to)\s+[^,.;:()\"“”]{3,60}?(?=\s*(?:[,.;:()\"“”]|$))")


def counted_span(q: Quantity, text: str) -> Span | None:
    """What the figure counts, written after it: the analysis's counted phrase, or for money
    and percentages the phrase that says what they are for ("$4 billion on roads", "20% of
    the club"), up to :data:`MAX_PURPOSE_WORDS` words."""
    counted = q.counts_span
    if counted is not None and counted.start >= q.span.end:
        modifier = _UNIT_MODIFIER.search(text, q.span.end, counted.start)
        if modifier is not None:
            counted = Span(modifier.start(1), counted.end)  # "some 375 sq km": the whole unit
        tidy = tidy_phrase(text, counted)  # no stray mark: "active “businesses" → "active"
        if tidy is None:
            return None
        return with_owner(text, with_second_noun(text, tidy))  # "men and women"
    if _kind(q) not in {"money", "percent"}:
        return None
    match = _PURPOSE.match(text, q.span.end)
    if match is None or len(match.group(0).split()) > MAX_PURPOSE_WORDS + 1:
        return named_before(q, text)
    if NOT_PURPOSE.match(match.group(0)):
        return named_before(q, text)  # "$362 million in 2014 to $557 million": a time, a change
    start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
    purpose = cut_from_list(text, Span(start, match.end()))  # "in Iowa, New Hampshire and …"
    return tidy_phrase(text, purpose) if purpose is not None else None


#: Written before a figure, these make it the second term of a ratio ("one in five").
_RATIO_BEFORE = re.compile(
    r"\b(?:one|a|\d+)\s+(?:in|out of)\s+$|(?:%|\bper\s?cent|\bpercent)\s+of\s+$", re.I
)
_FIGURE_WORD = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a dozen|dozens|a half|"
    r"half)"
)
#: A figure next to another by "or", "and", "to": a range, alternatives or a change ("two
#: or three decisions", "20 and 50 years ago", "from $47 billion to $8 billion"): the counted
#: phrase belongs to both or to the other, and "to $8 billion" is no purpose of the money.
#: Money is written with its sign and often a scale word, so both may stand by the figure.
_CURRENCY_SIGN = r"[$€£¥]\s?"
_SCALE_WORD = r"(?:\s*(?:thousand|million|billion|trillion|bn)\b)?"
_RANGE_AFTER = re.compile(
    r"\s*(?:or|and|to|-|–)\s*(?:" + _CURRENCY_SIGN + r")?" + _FIGURE_WORD + r"\b"
    # a share set against a rival's, a head-to-head poll: "46 percent to Smith's 42"
    r"|(?:\s*(?:%|percent|per cent))?\s+(?:to|versus|vs\.?)\s+(?:[A-Z][\w.'’-]*\s+){0,2}"
    r"[A-Z][\w.'-]*['’]s?\s+\d",
    re.I,
)
_RANGE_BEFORE = re.compile(
    r"(?:" + _CURRENCY_SIGN + r"|\b)" + _FIGURE_WORD + _SCALE_WORD + r"\s*(?:or|and|to|-|–)\s*$",
    re.I,
)
#: Passive participles that say what is thought, not what happened ("are believed to …").
_RAISING = frozenset(
    """believed thought expected said reported estimated feared known understood alleged
    rumoured rumored presumed considered supposed deemed seen""".split()
)
#: A form of "be" before a participle: the clause is passive ("troops were deployed").
_PASSIVE_BE = re.compile(r"^\s*(?:were|was|are|is|been|being|be|have been|has been|had been)\s+$")


def in_parentheses(text: str, span: Span) -> bool:
    """The figure sits in a parenthetical aside ("(unlike our 565 municipalities …)"): an
    aside is what the story says in passing, never its Big number."""
    line = text.rfind("\n", 0, span.start) + 1
    before = text[line : span.start]
    return before.count("(") > before.count(")")


def ratio_or_range(text: str, figure: Span) -> bool:
    """The figure is the second term of a ratio ("one in five Chinese restaurants": five is
    not how many) or one end of a range or alternatives ("two or three decisions")."""
    before = text[max(0, figure.start - 20) : figure.start]
    return bool(
        _RATIO_BEFORE.search(before)
        or _RANGE_BEFORE.search(before)
        or _RANGE_AFTER.match(text, figure.end)
    )


def verb_reads_whole(text: str, counted: Span, verb: Span) -> bool:
    """The verb after the counted phrase reads whole after it: a passive participle
    ("troops were deployed" → "3,000 — troops deployed") or a verb that ends its clause
    ("12 people attended."). An active verb whose object or particle would be left out
    ("candidates meet [on the stage]", "people tuned [in]", "officers entered [the home]")
    or a raising verb ("restaurants are believed [to …]") reads as a fragment."""
    if re.match(r"[.,;:!?]|\s*$", text[verb.end : verb.end + 2]):
        return True  # "12 people attended.": the verb ends its clause, nothing is left out
    if not _PASSIVE_BE.match(text[counted.end : verb.start]) or verb.of(text).endswith("ing"):
        return False  # "are asking": a progressive, its object is left out
    return verb.of(text).lower() not in _RAISING


#: "in New Mexico", "at the White House": capitalised words only ("in Chinese consumer
#: goods" says what for).
_PLACE = re.compile(r"(?:in|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*")


def place_not_purpose(q: Quantity, text: str, counted: Span) -> bool:
    """After money or a percentage, a place says where, not what the figure is for ("a high
    of 25 percent in New Mexico")."""
    return _kind(q) in {"money", "percent"} and bool(_PLACE.fullmatch(counted.of(text)))


#: Where a line opens (after white space) with "About"/"ABOUT" and a space: the only
#: places :data:`_ABOUT_SECTION` can match (its ``^`` is a line start).
_ABOUT_OPENER = re.compile(r"(?m)^(?=\s*(?:About|ABOUT)\s)")


@functools.lru_cache(maxsize=4)
def _about_openers(text: str) -> tuple[int, ...]:
    """The starts of the lines of ``text`` that can open an "About" section, found once per
    text (the figures of a long article each asked for a search of all the text before it)."""
    return tuple(m.start() for m in _ABOUT_OPENER.finditer(text))


def _in_about_section(text: str, at: int) -> bool:
    """``_ABOUT_SECTION.search(text, 0, at)``, tried only at the lines that can open one."""
    openers = _about_openers(text)
    return any(
        _ABOUT_SECTION.match(text, k, at) for k in openers[: bisect.bisect_left(openers, at)]
    )


def boilerplate_section(text: str, at: int) -> bool:
    """The figure sits in a press release's "About <Company>" section, in a paragraph that
    describes a company in the stock way ("Acme is a leading …", "Founded in 1990,"), or in
    a paragraph of page furniture or an offer ("12 issues for £11.99. Click here …"): no
    figure of the story."""
    if _in_about_section(text, at):
        return True
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    paragraph = text[start : end if end >= 0 else len(text)]
    # "Get Motor Cycle Monthly delivered … 12 issues for £11.99. Click here …": an offer
    short = len(paragraph.split()) <= OFFER_MAX_WORDS  # not a whole article on one line
    # the line before, in the same block: "Acme is a global provider …\nAcme employs …"
    above = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)] if start else ""
    return bool(
        _SELF_DESCRIPTION.match(paragraph) or (above.strip() and _SELF_DESCRIPTION.match(above))
    ) or (short and rules.boilerplate(paragraph))


def _says_what_it_counts(q: Quantity, text: str) -> bool:
    """The editorial rules of a Big number (:mod:`.editorial_rules`): a real figure (not
    "millions"), the noun phrase it counts written after it ("$1bn" alone says nothing), and
    a clause that states it as fact (not "were not occupied", not "could cost")."""
    counted = counted_span(q, text)
    if counted is None:
        return False
    if counted.start > 0 and text[counted.start - 1] in "-‐–":
        return False  # "four of his one-time rivals" → "time rivals": cut inside a word
    between = text[q.span.end : counted.start]
    name_cut = re.fullmatch(r"(?!\s+of\b)[^.!?]{0,40}", between)  # "30 of Boeing's … jets" reads
    if name_cut and re.search(r"\b[A-Z]", between):
        return False  # "893 Changing Places toilets" → "Places toilets": a name cut
    if re.search(r"\b(?:of|off)\s+(?:the\s+)?[$€£¥]?\d", between):
        return False  # "11.5% of 103.1 million seats": the phrase is the other figure's
    if re.search(r"\bper\b|/", between):
        return False  # "$360-per-month membership": a rate, the phrase is not what it counts
    if _kind(q) == "fraction" and not re.match(r"\s+of\b", text[q.span.end :]):
        return False  # "a third party": a fraction counts only "of" something
    if _SAMPLE_BEFORE.search(text, max(0, q.span.start - 40), q.span.start):
        return False  # "the survey of 1,200 registered voters": how it was measured
    if _SAMPLE_VERB_BEFORE.search(text, max(0, q.span.start - 160), q.span.start):
        return False  # "The study … looked at 4,600 workers": the sample again
    if _SAMPLED_BEFORE.search(text, max(0, q.span.start - 30), q.span.start):
        return False  # "The university surveyed 1,051 registered voters": the same
    if _MONTH.match(counted.of(text)):
        return False  # "28 AprilMumbai": a date glued to the next word
    if _SAMPLE_AFTER.match(text, counted.end):
        return False  # "1,000 adults were questioned for the research": the same
    if _kind(q) == "measure" and says_where(q, text):
        return False  # "a town 85 miles south-west of Durban": where, not how much
    if (
        person_aside(text, q.span)  # "Thompson, who made over 60 appearances, …"
        or organisation_aside(text, q.span)  # "Confor, which represents 200 businesses"
        or in_tweet(text, q.span)  # "… among 127 qualifying CBs pic.twitter.com/…"
        or part_of_one(text, q.span, q.counts, _kind(q) == "fraction")  # "half of the laptop"
        or probability(counted.of(text), _kind(q) == "percent")  # "50 percent — chance"
        or phone_line(text, q.span, counted.of(text))  # "911 — calls": a line, not a count
        or in_code(text, q.span)  # "9/11 families", "17:45 weekdays", "4K TVs"
        or part_or_rank(text, q.span)  # "56 of the 59 seats", "the top 200 universities"
        or sample_size(text, q.span, counted.of(text))  # "a panel of 600 respondents"
        or (_kind(q) == "money" and denomination(counted.of(text)))  # "$100 bills"
        or pro_form(counted.of(text))  # "12 of the best ones": what the ones are is before
        or unit_or_rate(counted.of(text))  # "50 — cents", "about £100 — weekly"
        or multiplier(text, q.span)  # "only 10 — times" of "10 times harder"
        or (_kind(q) == "people" and sources_count(text, counted, q.verb_span))  # "… told HuffPost"
        or link_line(text, q.span.start)  # "SEE MORE: … 800 students under siege"
        or threshold(text, q.span, counted)  # "the 2,383 delegates needed": a bar to clear
        or editors_note(text, q.span.start)  # "Editor's note: … 1.6 billion members …"
        or topic_of_words(text, q.span)  # "his comment about 47 percent of the country"
        or count_progress(text, q.span)  # "with 76 percent of the vote counted"
        or opens_title(text, q.span, counted)  # "The movie, “13 Hours: …”": a name
        or per_term(text, q.span)  # "six wins in 10 games": the ratio's second term
        or conversion(text, q.span)  # "16,000 hectares - or 40,000 acres -": the same
        or cut_label(text, q.span, counted)  # "$10 billion — he's", "… someone who"
    ):
        return False
    return not (
        place_not_purpose(q, text, counted)
        or boilerplate_section(text, q.span.start)
        or ratio_or_range(text, q.span)
        or stray_marks(q.span.of(text))
        or rules.vague_figure(q.span.of(text))
        or rules.not_a_noun_phrase(counted.of(text))
        or rules.negated_or_hedged(text, q.span)
        or rules.refers_back(text, q.span)
    )


def score(q: Quantity, analysis: Analysis) -> float:
    """The newsworthiness of one quantity (see the module docstring); -inf when unusable."""
    kind = _kind(q)
    if kind is None or q.value <= 0:
        return -math.inf
    if kind in {"people", "thing", "measure"} and q.value <= MIN_COUNT:
        return -math.inf  # "one unnamed official", "one more game": no figure to headline
    text = analysis.article.text
    if not _says_what_it_counts(q, text) or participants_only(q, text):
        return -math.inf
    if kind in {"people", "thing"} and circumstance_only(q, text):
        return -math.inf
    value = q.value * (MONEY_SCALE if kind == "money" else 1.0)
    total = KIND[kind] + MAGNITUDE * math.log10(1 + max(value, 0.0))
    if q.verb:
        total += VERB_BONUS
    sentences = analysis.sentences
    if sentences and sentences[0].span.contains(q.span):
        total += LEDE_BONUS
    if LABEL.search(text[max(0, q.span.start - 20) : q.span.start]):
        total += LABEL_BONUS
    total -= POSITION * (q.span.start / max(1, len(text)))
    return total


def _small_count(q: Quantity, text: str) -> bool:
    """A count of fewer than :data:`SMALL_COUNT` people or things, unless the people were
    harmed ("Three people were killed"): a casualty count is news wherever it stands. A
    measure ("3 tons") is no count (:mod:`.measures`)."""
    if _kind(q) not in {"people", "thing"} or q.value >= SMALL_COUNT:
        return False
    return not people_harmed(q, text, counted_span(q, text))  # "spectators": any noun


def _best_penalty(
    analysis: Analysis, headline: list[Span], quoted: list[Span]
) -> tuple[float, BigNumber] | None:
    """The earliest penalty's length (:mod:`.durations`) with its score: "five years — in
    prison", "at least two years — banned"."""
    text = analysis.article.text
    for timex in analysis.timexes:
        if in_parentheses(text, timex.span) or any(h.contains(timex.span) for h in headline):
            continue
        found = penalty_length(analysis, timex, quoted)
        if found is None:
            continue
        figure, counted = found
        total = PENALTY_SCORE - POSITION * (figure.start / max(1, len(text)))
        sentences = analysis.sentences
        if sentences and sentences[0].span.contains(figure):
            total += LEDE_BONUS
        spans = tuple(sorted((figure, counted), key=lambda sp: sp.start))  # in text order
        return total, BigNumber(
            text=join_spans(text, spans),
            spans=spans,
            value=duration_value(timex),
            counts=counted.of(text),
        )
    return None


def choose_big_number(analysis: Analysis, avoid: Sequence[Span] = ()) -> BigNumber | None:
    """The best-scoring quantity as a grounded BigNumber, or None when no quantity qualifies.

    ``text`` joins the number span, the counted phrase span and the verb span (:func:`join_spans`),
    all in text order; ``counts`` is the counted phrase, with its verb only when the verb follows
    it ("3,000 additional U.S. troops deployed", but "cutting power to about 60,000 households"
    counts "households"). A number that counts no phrase (money, percentages) stands alone.
    When the verb would read as a fragment, the predicate is shown whole if it is short
    ("around 900,000 people have viewed her Ted talk": :func:`.number_rules.predicate`). A
    figure inside ``avoid`` (the brief's Key background) is not shown twice.
    """
    text = analysis.article.text
    titles = title_sentences(analysis)
    headline = [s.span for s in analysis.sentences if s.index in titles]
    lede = next(
        (
            s.span
            for s in analysis.sentences
            if s.index not in titles
            and len(s.span.of(text).split()) >= LEDE_MIN_WORDS
            and rules.PUNCT_END.search(s.span.of(text))
        ),
        None,
    )  # the first sentence of the story, not a byline ("Staff Reports") or a dateline
    # A figure in a direct quotation is the speaker's ("That's the $64,000 question"): the
    # Big number is one the story states.
    quoted = [q.content_span for q in analysis.quotes if q.kind == "direct"]
    quoted += [Span(a, b) for a, b in unmarked_quotations(text)]  # lines that lost their marks
    quoted += [Span(a, b) for a, b in quoted_passages(text)]  # another text's paragraphs
    published = analysis.article.published.year if analysis.article.published else None
    in_quote = SpanIndex((c.start, c.end) for c in quoted)  # a bisection per figure
    scored = [
        (score(q, analysis), i, q)
        for i, q in enumerate(analysis.quantities)
        if not in_parentheses(text, q.span)
        and not any(h.contains(q.span) for h in headline)
        and not (_small_count(q, text) and (lede is None or not lede.contains(q.span)))
        and not in_quote.holds(q.span.start, q.span.end)
        and not in_open_quotation(text, q.span.start)  # a quotation the analysis missed
        and not any(a.contains(q.span) for a in avoid)
        and not dated_clause(text, q.span, published)  # "who killed 13 people … in 2009"
    ]
    scored = [s for s in scored if s[0] > -math.inf]
    penalty = _best_penalty(analysis, headline, quoted)
    if penalty is not None and (not scored or penalty[0] > max(s[0] for s in scored)):
        return penalty[1]
    if not scored:
        return None
    _, _, best = max(scored, key=lambda s: (s[0], -s[1]))
    if (shown_counted := counted_span(best, text)) is not None and bare_score(
        shown_counted.of(text)
    ):
        # "25 — points", "102.2 — points": the story's figure is a score whose scorer (or
        # index) is written before it; the next figure of a box score or a market report
        # is no better ("10 — holes", "2.74% on the day"), so there is none to show
        return None
    spans: list[Span] = [best.span]
    counts_spans: list[Span] = []
    counted = counted_span(best, text)
    measured = (
        MEASURED.match(text, past_conversion(text, counted.end))
        if counted and _kind(best) == "measure"
        else None
    )
    if counted is not None and measured is not None:
        # "more than 3 tons of food" → "more than 3 tons — food": the unit reads with the
        # figure, what is measured is the phrase after "of"
        spans.append(counted)
        counted = tidy_phrase(text, Span(measured.start(1), measured.end(1)))
    elif (
        counted is not None
        and _kind(best) == "measure"
        and _unit_only(counted.of(text))
        and (named := measure_named_before(best, text)) is not None
    ):
        # "a diameter of 3,200 miles" → "3,200 miles — diameter": the unit reads with the
        # figure, what is measured is named before it ("3,200 — miles" says how far of what?)
        spans.append(counted)
        counted = named
    elif (
        counted is not None
        and _kind(best) == "measure"
        and _unit_only(counted.of(text))
        and (thing := measured_by(best, text)) is not None
    ):
        # "a kite measuring 6,000 metres" → "6,000 metres — kite"
        spans.append(counted)
        counted = thing
    # Only a counted phrase that reads after the figure ("60,000 households") makes a phrase.
    done = None
    if counted is not None:
        counts_spans.append(counted)
        told = told_after(best, text, counted) if measured is None else None
        if told is not None:
            counts_spans.append(told)  # "troops deployed", "people have viewed her Ted talk"
        elif measured is None:
            done = done_before(best, text, counted)  # "killed 224 people"
    # in text order ("profit of £18.7m", "killed 224 people"); the reader is shown the verb
    # written before the figure after the counted phrase ("224 — people killed")
    spans = sorted(spans + counts_spans + ([done] if done else []), key=lambda sp: sp.start)
    return BigNumber(
        text=join_spans(text, spans),
        spans=tuple(spans),
        value=best.value,
        counts=join_spans(text, counts_spans) if counts_spans else None,
        qualifier=best.qualifier,
        done=done.of(text) if done else None,
    )


def done_before(q: Quantity, text: str, counted: Span) -> Span | None:
    """The verb written right before the figure that tells what was done to what it counts,
    when the label would otherwise be a bare noun ("the bombings killed 224 people" →
    "224 — people", "bought 2.7 million shares" → "2.7 million — shares"): the figure is
    that verb's object, and English puts the same verb after its object as a reduced
    passive ("224 people killed", "2.7 million shares bought") when it is written in its
    past participle form (:func:`.number_labels.participle_before`). A share is no object
    acted on ("sold 20% of the club"); a phrase of more words than a noun and its modifier
    is left as it is. The span stays in text order in the Big
    number's spans; the renderer shows it after the phrase (``BigNumber.done``)."""
    if counted.start < q.span.end:
        return None  # a name before the figure ("a fine of £3,000")
    before = verb_before(q, text)
    if (
        before is not None
        and _kind(q) in {"people", "thing"}  # a count, not a share or money
        and len(counted.of(text).split()) <= 2  # a bare noun: "people", "common shares"
        and participle_before(text, before)
        and not rules.not_a_noun_phrase(join_spans(text, [counted, before]))
    ):
        return before
    return None


def told_after(q: Quantity, text: str, counted: Span) -> Span | None:
    """What the label shows after the counted phrase, telling what happened to it: the
    quantity's verb when it follows the phrase as a passive participle ("troops were
    deployed" → "troops deployed"; a verb before the figure, "cutting power to 60,000
    households", would read backwards, an active one after it, "candidates meet", as a
    fragment); else the whole predicate when short ("around 900,000 people have viewed her
    Ted talk": :func:`.number_rules.predicate`); else a participle right after the phrase
    ("the 49 people killed on Thursday": :func:`.number_labels.participle_after`). None when
    the label is the counted phrase alone."""
    if counted.start < q.span.end:
        return None  # a name before the figure ("a fine of £3,000")
    verb = q.verb_span
    if (
        verb is not None
        and verb.start >= counted.end
        and verb_reads_whole(text, counted, verb)
        and not rules.not_a_noun_phrase(join_spans(text, [counted, verb]))
    ):
        return verb  # not an auxiliary or a speech verb ("patients had")
    if (
        verb is not None
        and len(counted.of(text).split()) <= 2  # a bare noun: "people", "Chinese students"
        and (shown := predicate(text, counted, verb)) is not None
        and not rules.not_a_noun_phrase(join_spans(text, [counted, shown]))
    ):
        return shown  # "people have viewed her Ted talk": what they did
    participle = participle_after(text, counted)
    if participle is not None and not rules.not_a_noun_phrase(
        join_spans(text, [counted, participle])
    ):
        return participle
    return None


def participants_only(q: Quantity, text: str) -> bool:
    """The label would be the counted phrase alone, and it names people (or a share of
    them): "49 — people", "45% — Republicans", "600 — bakery workers" say who was counted,
    not what happened to them (:func:`.number_labels.participants`)."""
    if q.counts_span is None or _kind(q) == "money" or not participants(q.counts or "", PEOPLE):
        return False  # "$6 million for veterans": what the money is for, not who
    counted = counted_span(q, text)
    if counted is None or counted.start < q.span.end:
        return False
    if not participants(counted.of(text), PEOPLE):
        return False
    if told_after(q, text, counted) is not None:
        return False
    before = verb_before(q, text)
    # the story's verb before the figure keeps it only when it tells what happened to the
    # people counted, a past participle form ("killed 224 people"); "drawing 1,110 people",
    # "winning 22 states", "including 4,000 soldiers" tell nothing done to them
    return before is None or not participle_before(text, before)


def circumstance_only(q: Quantity, text: str) -> bool:
    """The label would be the counted phrase alone, and a preposition governs the figure
    ("led by about 1,500 votes", "a margin of just 126 ballots", "in more than 80 separate
    broadcasts", "in Iowa's 99 counties"): the phrase is a circumstance of a predicate, or
    the measure of a noun, that the label does not show, so "1,500 — votes" cannot say
    what the figure is (:func:`.number_labels.governed_by_preposition`)."""
    counted = counted_span(q, text)
    if counted is None or counted.start < q.span.end:
        return False  # a name before the figure ("a fine of £3,000") says it
    if not governed_by_preposition(text, q.span):
        return False
    return told_after(q, text, counted) is None and done_before(q, text, counted) is None


#: Verbs before a figure that tell nothing that happened to the people counted: "be",
#: "have" and verbs of saying ("There are 384 delegates", "had 12,500 employees", "said
#: about 50,000 people …": the parse hangs the figure on the saying).
_NO_EVENT = frozenset(
    """be is are was were been being am 's ’s have has had having say says said saying
    tell tells told""".split()
)


def verb_before(q: Quantity, text: str) -> Span | None:
    """The quantity's verb written right before the figure, only spaces between, that tells
    what happened to the people counted ("the storm killed at least 57 people", "police
    arrested six people"): the label stays who was counted (a Big number's spans are in
    text order and its text reads from its figure), and the figure is the story's when the
    verb is written as a past participle (:func:`.number_labels.participle_before`); a bare
    count of people whose verb has no such form ("drawing 1,110 people") is refused
    (:func:`participants_only`)."""
    verb = q.verb_span
    if verb is None or verb.end > q.span.start:
        return None
    between = text[verb.end : q.span.start]
    if not between or between.strip(" ") or verb.of(text).lower() in _NO_EVENT:
        return None
    return verb


def shown_in(number: BigNumber, background: Sequence[BackgroundItem]) -> BackgroundItem | None:
    """The Key background item that already shows the Big number's figure, if any."""
    return next(
        (
            item
            for item in background
            if any(a.contains(s) for a in item.spans for s in number.spans)
        ),
        None,
    )


def number_sentences(analysis: Analysis, number: BigNumber) -> set[int]:
    """The indices of the sentences the Big number is taken from."""
    return {
        s.index for s in analysis.sentences if any(s.span.contains(piece) for piece in number.spans)
    }


def outside_background(
    analysis: Analysis, number: BigNumber | None, background: Sequence[BackgroundItem]
) -> BigNumber | None:
    """The Big number, unless the brief's Key background already shows it: then the best
    figure outside the background's sentences (or none). An editor does not print the same
    words twice; compose decides which section yields (a dated earlier event keeps its
    figure as background, an undated item gives way to the Big number)."""
    if number is None or shown_in(number, background) is None:
        return number
    return choose_big_number(analysis, avoid=[s for item in background for s in item.spans])
