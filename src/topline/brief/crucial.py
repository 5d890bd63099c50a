"""The Crucial quote: the most newsworthy direct quote, verbatim, with speaker and context.

Only a whole quotation (its marks balanced: a piece of a longer one is never shown) with a
named speaker (from the quote's own cue) is a candidate. Among those, an editor prefers a quote
from a prominent speaker (one the article keeps coming back
to), early in the story, long enough to say something, in a sentence the scorer rates highly,
and never the stock lines ("we are looking into it", "declined to comment"). The context is
the rest of the quote's sentence outside the quotation ("Abdul-Mahdi said in a speech to his
cabinet Wednesday"), as a span.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from topline.brief import editorial_rules as rules
from topline.brief.background import timexes_within
from topline.brief.background_rules import modifier_dates
from topline.brief.clauses import blank, relative_clauses
from topline.brief.compress import tidy
from topline.brief.context_rules import generic_source
from topline.brief.credit import pronoun_credit_ok, whole_word
from topline.brief.credit_names import negated_subject, role_contradicts
from topline.brief.credit_readings import case_name, outlet_shaped, spoken_of
from topline.brief.cues import past_flags, period_end
from topline.brief.quote_paragraphs import first_paragraph
from topline.brief.quote_rules import (
    imagined_words,
    quoted_passages,
    unbalanced_marks,
    unclosed_opener,
)
from topline.brief.speaker_role import (
    SPEAKER_PRONOUNS,
    name_after_role,
    role_before_cue,
    speaker_role,
)
from topline.intervals import SpanIndex
from topline.memo import for_last
from topline.model import Analysis, CrucialQuote, Quote, Sentence, Source, Span, join_spans

# --- tunables (weights of the documented quote score) -----------------------------------
W_PROMINENCE = 0.5  # × log(1 + mentions of the speaker's entity in the article)
W_POSITION = 1.0  # × (1 - relative position of the quote in the article)
W_LENGTH = 0.5  # the quote is within the preferred length
W_SENTENCE = 1.5  # × the learned newsworthiness score of the quote's sentence
MIN_WORDS = 6
PREFERRED_WORDS = (10, 40)
MAX_WORDS = 80
#: Words dated (by the narration of their sentence) to a period that ended more than this
#: many days before publication are old words, not the day's (:func:`said_long_ago`).
QUOTE_RECENT_DAYS = 45

_BOILERPLATE = re.compile(
    r"\b(?:look(?:ing)? into (?:it|this|the matter)|no comment|declined? to comment|"
    r"(?:unable|not able) to comment|thoughts (?:and prayers )?are with|aware of (?:the|this)|"
    r"(?:an |the )?ongoing investigation|cooperat(?:e|ing) fully|take (?:this|these|such) "
    r"(?:matters?|allegations?) (?:very )?seriously|thank you|at this time|"
    r"would not be appropriate|do not comment|don't comment)\b",
    re.I,
)
#: A quotation that opens so continues words the reader has not been shown.
_CONNECTIVE = re.compile(r"^\W{0,2}(?:And|But|Or|Nor|So|Yet|Also|Then)\b")
#: "That is something we expect …": the demonstrative points back at words the reader has
#: not been shown (unless a colon after it says what it points at: "That's what matters:
#: that he gets it").
_POINTS_BACK = re.compile(r"^\W{0,2}That(?:['’]s\b|\s+(?:is|was|will|would)\b)")
#: A single closing mark right after a word in -s, then a word in lower case: a plural
#: possessive ("each others' company"), read as the quotation's close, cut it short.
_POSSESSIVE_CLOSE = re.compile(r"[a-z]s['’]$")
_WORD_AFTER = re.compile(r" [a-z]")
_OPEN = "\"“‘'"
_CLOSE = "\"”’'"
_PAIR_MARKS = ("``", "''")
_INSIDE_CLOSE = ",.;:?!"


def _outer(text: str, content: Span) -> Span:
    """The quote with its quotation marks, when they sit right around the content. A
    typewriter pair (``…'' in wire copy, ''…'' in the NYT's archive) is one mark of two
    characters: shown by one of them, the quote reads as single-quoted or unbalanced."""
    start, end = content.start, content.end
    if start > 1 and text[start - 2 : start] in _PAIR_MARKS:
        start -= 2
    elif start > 0 and text[start - 1] in _OPEN:
        start -= 1
    if end < len(text) and text[end] in _INSIDE_CLOSE and text[end + 1 : end + 3] == "''":
        return Span(start, end + 3)  # ``…,'' he said
    if text[end : end + 2] == "''":
        return Span(start, end + 2)
    if end + 1 < len(text) and text[end] in ",.;:?!" and text[end + 1] in _CLOSE:
        end += 1  # the closing punctuation sits inside the marks: “…,” he said
    if end < len(text) and text[end] in _CLOSE:
        end += 1
    return Span(start, end)


@dataclass(frozen=True)
class _Sentences:
    """An analysis' sentences by position, made once per analysis: the per-quote questions
    below were scans of every sentence (and quotation), quadratic in a long article.
    ``ordered``: the sentences' starts and ends both rise in list order (they do for any
    text the analysis splits), so the ones overlapping a span are a slice found by
    bisection; otherwise the scan is kept."""

    starts: list[int]
    ends: list[int]
    ordered: bool
    by_start: list[Sentence]  # stable by start
    by_start_starts: list[int]
    direct: SpanIndex  # the direct quotations' spans


@for_last
def _sentences(analysis: Analysis) -> _Sentences:
    starts = [s.span.start for s in analysis.sentences]
    ends = [s.span.end for s in analysis.sentences]
    by_start = sorted(analysis.sentences, key=lambda s: s.span.start)
    index = _Sentences(
        starts=starts,
        ends=ends,
        ordered=all(a <= b for a, b in pairwise(starts)) and all(a <= b for a, b in pairwise(ends)),
        by_start=by_start,
        by_start_starts=[s.span.start for s in by_start],
        direct=SpanIndex((q.span.start, q.span.end) for q in analysis.quotes if q.kind == "direct"),
    )
    return index


def _sentence_region(analysis: Analysis, span: Span) -> tuple[Span, int]:
    """The sentences the quote touches (as one span) and the index of the first."""
    index = _sentences(analysis)
    if index.ordered:
        lo = bisect.bisect_right(index.ends, span.start)  # the first ending after the start
        hi = bisect.bisect_left(index.starts, span.end)  # the first starting at or after its end
        touched = list(analysis.sentences[lo:hi])
    else:
        touched = [s for s in analysis.sentences if s.span.overlaps(span)]
    if not touched:
        return span, 0
    return Span(touched[0].span.start, touched[-1].span.end), touched[0].index


def _context(
    text: str, region: Span, quote: Span, known: tuple[Span, ...], narrated: str | None = None
) -> Span | None:
    """The longer side of the quote's sentence outside the quotation, if it says anything.

    The speaker and cue (``known``) are shown by their own fields, so the context starts
    after them: ``said in a speech to his cabinet Wednesday`` → ``in a speech to …``.
    ``narrated``: the speaker's name when the cue follows the quotation; the side before
    the quotation is then left out if it names them (:func:`narrates_speaker`).
    """
    before = list(tidy(text, [Span(region.start, max(region.start, quote.start))]))
    if narrated is not None:
        before = [side for side in before if not narrates_speaker(side.of(text), narrated)]
    sides = [*before, *tidy(text, [Span(min(quote.end, region.end), region.end)])]
    cleaned = []
    for side in sides:
        start, end = side.start, side.end
        for span in known:
            if side.start <= span.start and span.end <= side.end:
                start = max(start, span.end)
        full = end
        while end > start and text[end - 1] in ".!?\"”’' :,":
            end -= 1
        if rules.unbalanced_quotes(text[start:end]):
            end = full  # the closing marks close a quotation of the context: keep them
        while start < end and text[start] in "\"“‘' ,:":
            start += 1
        if len(text[start:end].split()) >= 2 and not rules.unbalanced_quotes(text[start:end]):
            cleaned.append(Span(start, end))
    return max(cleaned, key=len, default=None)


def narrates_speaker(before: str, speaker: str) -> bool:
    """Words before a quotation whose cue follows it, naming the speaker: a clause of their
    own ("Sullivan responded by explaining it was impossible: “…,” Sullivan wrote."; "Foxall
    said relegation would be a blow, “…,” Foxall told BBC Wales Today."), not the quote's
    context. Shown after the cue they read garbled ("“…,” Jake Sullivan wrote Sullivan
    responded by …"); a phrase that names no one ("Asked about the vote, “…,” she said.")
    stays."""
    names = [w for w in re.findall(r"[A-Z][\w'’-]+", speaker) if len(w) > 2]
    return any(re.search(rf"\b{re.escape(name)}\b", before) for name in names[-1:])


#: A context that is a relative clause about the speaker, or a piece of a word the role cut
#: from it ("who co-developed" → "-developed").
_ABOUT_SPEAKER = re.compile(r"(?:who|whose|whom)\b|[^\w\s(\[]", re.I)


#: A verb of telling that needs its object: "…," he told Cook. reads cut off as "… Marc
#: Benioff told." The object runs to the first stop, comma or quotation mark.
_TELLS = re.compile(r"(?:told|asked|informed|assured|reminded)$", re.I)
_OBJECT = re.compile(r"[ \t]+([^\s.,;:!?\"“”‘’'()][^.,;:!?\"“”‘()\n]{0,60}?)(?=[.,;:!?\"“”]|\n|$)")


def told_whom(text: str, cue: Span) -> Span | None:
    """The object of a cue that is a verb of telling ("he told Cook." → ``Cook``), when the
    quote has no other context: it is shown after the verb, never the bare verb."""
    if _TELLS.search(cue.of(text).strip()) is None:
        return None
    m = _OBJECT.match(text, cue.end)
    if m is None or len(m.group(1).split()) > 6:
        return None
    return Span(m.start(1), m.end(1))


#: The last month of a season's TIMEX3 value ("2015-SP" → May); winter straddles two years.
_SEASON_LAST_MONTH = {"SP": 5, "SU": 8, "FA": 11, "AU": 11}


def _season_end(value: str) -> dt.date | None:
    """The last day of a season's value ("2015-SP" → 2015-05-31), else None."""
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|AU)", value)
    if m is None:
        return None
    year, month = int(m[1]), _SEASON_LAST_MONTH[m[2]]
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


#: A quotation inside the narration (another one of the same sentence): its words are no
#: time of the saying ("…,” McDowell said, adding, “2019 is just not as strong as 2018.”).
_OTHER_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")
#: Where the narration after a quotation stops being the cue's clause: a comma, a stop or
#: a quotation mark ("…,” said Casey, who made his last appearance in 2012").
_CUE_CLAUSE_END = re.compile(r"[,.;:!?“”\"]")


def said_long_ago(analysis: Analysis, quote: Quote, region: Span, quotation: Span) -> bool:
    """The narration of the quote's saying dates the words before the news: an earlier
    time ("in 2012", "two years ago", "last year", "previously") or a resolved date whose
    period ended more than :data:`QUOTE_RECENT_DAYS` before publication ("In the spring
    after the scandal broke, Clinton proclaimed …" in a December story). The narration is
    the lead-in before the quotation and, after it, the cue's clause up to the first comma
    or stop ("…,” Lane told a radio station two years ago."); other quotations, relative
    clauses ("said Casey, who played there in 2012") and dates that name a thing ("her
    support of the 2011 raid") are left out. Old words are background, not the day's
    Crucial quote."""
    text = analysis.article.text
    after = min(quotation.end, region.end)
    if quote.cue_span is not None and quote.cue_span.start >= quotation.end:
        stop = _CUE_CLAUSE_END.search(text, quote.cue_span.end, region.end)
        after_end = stop.start() if stop is not None else region.end
    else:
        stop = _CUE_CLAUSE_END.search(text, after + 1, region.end)
        after_end = stop.start() if stop is not None else region.end
    pieces = [
        Span(region.start, max(region.start, quotation.start)),
        Span(after, max(after, after_end)),
    ]
    published = analysis.article.published
    oldest = published - dt.timedelta(days=QUOTE_RECENT_DAYS) if published else None
    for piece in pieces:
        narration = piece.of(text)
        if not narration.strip():
            continue
        left_out = (
            relative_clauses(narration)
            + modifier_dates(narration)
            + [m.span() for m in _OTHER_QUOTATION.finditer(narration)]
        )
        if past_flags(blank(narration, left_out))[2]:
            return True
        if oldest is None:
            continue
        for t in timexes_within(analysis, piece.start, piece.end):
            if not t.value:
                continue
            if any(a <= t.span.start - piece.start < b for a, b in left_out):
                continue
            end = period_end(str(t.value)) or _season_end(str(t.value))
            if end is not None and end < oldest:
                return True
    return False


#: Entity labels of places: a place's name cut from a longer mention is no speaker.
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def place_cut_from_name(analysis: Analysis, speaker: Source) -> bool:
    """The speaker is a place whose name is only the end of the mention that speaks ("adds
    Olivier Bosc, General Manager of Life Care Solutions Europe" → "Europe"): the credit
    fell on a piece of an organisation's or a title's name, not on someone who speaks."""
    if speaker.span is None or speaker.cluster is None:
        return False
    mention = speaker.span.of(analysis.article.text).strip()
    if mention == speaker.name or not mention.endswith(speaker.name):
        return False
    return any(c.id == speaker.cluster and c.label in _PLACES for c in analysis.clusters)


def _speaker_named(quote: Quote) -> bool:
    name = quote.speaker.name if quote.speaker else ""
    return bool(name) and name.lower() not in SPEAKER_PRONOUNS and name[:1].isupper()


def cue_separated(analysis: Analysis, quote: Quote) -> bool:
    """The quote's cue is separated from it by a sentence of narration (outside any
    quotation): the cue belongs to another quotation ("…,” Noem tweeted. She shared the
    site, which says: “…”"), and a reader would not credit this one by it."""
    cue = quote.cue_span
    if cue is None:
        return False
    if cue.start >= quote.content_span.end:
        # "'…Wow!' However, plastic surgeon Dr. Rowe told …": words of another sentence sit
        # between the quotation and the cue (or the speaker named before it).
        starts = [cue.start]
        if quote.speaker is not None and quote.speaker.span is not None:
            starts.append(quote.speaker.span.start)
        first = min(s for s in starts if s >= quote.content_span.end)
        end = _outer(analysis.article.text, quote.content_span).end
        if re.search(r"[A-Za-z]", analysis.article.text[end:first]):
            return True
    lo, hi = (
        (cue.end, quote.content_span.start)
        if cue.end <= quote.content_span.start
        else (
            quote.content_span.end,
            cue.start,
        )
    )
    if hi - lo < 2:
        return False
    # Is some sentence inside [lo, hi) outside every direct quotation? Sentences by start
    # from ``lo`` on, until one starts past ``hi``; quotations by bisection.
    index = _sentences(analysis)
    k = bisect.bisect_left(index.by_start_starts, lo)
    while k < len(index.by_start) and index.by_start_starts[k] <= hi:
        sentence = index.by_start[k].span
        if sentence.end <= hi and not index.direct.overlaps(sentence.start, sentence.end):
            return True
        k += 1
    return False


def credited(analysis: Analysis, quote: Quote) -> bool:
    """The quote's own credit is one an editor would print: a named speaker (not a pronoun
    the reader would pin on someone else, not people in general, not a news outlet, not a
    piece of a name), from a cue that belongs to this quotation."""
    text = analysis.article.text
    speaker = quote.speaker
    if speaker is None or not _speaker_named(quote) or rules.bad_source(speaker.name):
        return False  # a quote nobody is credited with is no Crucial quote
    if generic_source(speaker.name, text, speaker.span) or negated_subject(text, speaker.span):
        return False  # "People said …", "No one said …": nobody to quote
    if speaker.kind == "outlet" or outlet_shaped(speaker):
        return False  # "…," according to CNN: a report's words, not someone's to quote
    if case_name(speaker):
        return False  # "— Trump v. Trump": a court case merged into a person is no one
    if spoken_of(analysis, speaker, quote.cue_span):
        return False  # "…," Clinton declared of Hillary Clinton: the words are about her
    if place_cut_from_name(analysis, speaker):
        return False  # "— Europe" for "Life Care Solutions Europe": a piece of a name
    if not pronoun_credit_ok(analysis, speaker, quote.content_span):
        return False  # "…," she said, resolved to someone a reader would not pick
    mention = speaker.span.of(text).strip().lower() if speaker.span is not None else ""
    if mention in {"he", "she"} and (role := speaker_role(analysis, speaker)) is not None:
        if role_contradicts(mention, role.of(text)):
            return False  # "…," she said → "Walter Hewlett, son of …": not his words
    # "Noem tweeted … She shared a site, which says: “…”": not this quote's cue
    return not cue_separated(analysis, quote)


#: An opening mark at the start of a sentence (after a space or a bracket, before a capital).
_OPENER = re.compile("(?:^|(?<=[\\s(]))(['‘]|[\"“])(?=[A-Z])")
#: A closing mark: after a stop or a comma, or before a space.
_CLOSER = re.compile("[.,!?;:]['’\"”]|['’\"”](?=\\s)")
_SINGLE_MARKS = "'‘’"
#: How far back, within its line, an open quotation before the quote is looked for.
REOPENED_REACH = 300


def reopened(text: str, start: int) -> bool:
    """The quotation opening at ``start`` follows, on its line, a sentence that opened a
    quotation of the same kind of mark and never closed it ("'We are now all living in a
    peepshow. 'Continually being watched …,' he said."): a flattened text's next paragraph
    of one quotation. Shown alone it is a piece of it, often no sentence at all."""
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(line_start, start - REOPENED_REACH)
    before = text[lo:start]
    if not before or before[-1] not in " \t" or not re.search(r"[.!?]\s+$", before):
        return False
    if start >= len(text) or (last := unclosed_opener(text, lo, start, _OPENER, _CLOSER)) is None:
        return False
    return (last.group(1) in _SINGLE_MARKS) == (text[start] in _SINGLE_MARKS)


def shown_spans(text: str, content: Span) -> tuple[Span, ...] | None:
    """The spans an editor shows for the quotation of ``content``: the quotation with its
    marks when they balance; else, when it runs over lines of a flattened text, its first
    paragraph closed by the mark that opens the next line (:func:`first_paragraph`); else
    None (a piece of a longer quotation, or of a sentence, is never shown)."""
    outer = _outer(text, content)
    shown = outer.of(text)
    if rules.boilerplate(shown) or rules.starts_badly(shown):
        return None
    if not unbalanced_marks(shown):
        if "''" in shown[1:-1]:
            # "'…is.\n\n''This was …'": a paragraph reopened with a doubled mark inside a
            # quote shown with single ones reads as stray marks
            return None
        return (outer,)
    pieces = first_paragraph(text, content)
    if pieces is None or unbalanced_marks(join_spans(text, pieces)):
        return None
    return pieces


#: A split quotation is shown whole when its halves hold at most this many words together.
MAX_JOINED_WORDS = 50
#: The narration between the halves ("…,” she said. “…"): a cue, a name, a short role.
MAX_BETWEEN_WORDS = 8


def split_whole(analysis: Analysis, quote: Quote, outer: Span) -> tuple[Span, ...] | None:
    """The whole of a split quotation one half of which is ``quote`` (shown as ``outer``):
    "“…,” she said. “…”" verbatim, from the first half's opening mark to the second's
    closing one, when the other half shares the quote's cue and speaker, sits in the same
    paragraph, and the narration between them is short and holds no other mark. None
    otherwise. Shown by one half, an editor's split quotation loses its point ("You've got
    to be able to adapt," Mark Cuban said.); the cue between the halves is kept verbatim,
    so the element stays grounded (one span, or two when a long second half is cut at its
    first sentence and closed by its own mark)."""
    cue = quote.cue_span
    if cue is None or quote.speaker is None:
        return None
    text = analysis.article.text
    for other in analysis.quotes:
        if other is quote or other.kind != "direct" or other.cue_span != cue:
            continue
        if other.speaker is None or other.speaker.name != quote.speaker.name:
            continue
        other_outer = _outer(text, other.content_span)
        first, second = sorted((outer, other_outer), key=lambda s: s.start)
        if not text[first.start : first.end].rstrip("\"”’'").endswith(","):
            continue  # the first half was written to run on into its cue
        between = text[first.end : second.start]
        if "\n" in between or re.search('["“”‘’]', between) or not between.strip():
            continue
        if len(between.split()) > MAX_BETWEEN_WORDS or not cue.start >= first.end:
            continue
        whole: tuple[Span, ...] = (Span(first.start, second.end),)
        if len(whole[0].of(text).split()) - len(between.split()) > MAX_JOINED_WORDS:
            # "“…adapt,” he said of Trump, “whether … entrepreneur. You've got to …”": the
            # second half up to its first sentence's end, closed by its own closing mark
            stop = _SENTENCE_STOP.search(text, second.start, second.end - 1)
            if stop is None or text[second.end - 1] not in _CLOSE:
                return None
            whole = (Span(first.start, stop.start() + 1), Span(second.end - 1, second.end))
            if len(join_spans(text, whole).split()) - len(between.split()) > MAX_JOINED_WORDS:
                return None
        joined = join_spans(text, whole)
        if unbalanced_marks(joined) or "''" in joined[1:-1]:
            return None  # (a half closed with doubled apostrophes shown with one: stray marks)
        return whole
    return None


#: The end of a sentence inside a quotation: a stop, then a space and a capital.
_SENTENCE_STOP = re.compile(r"[.!?](?=\s+[A-Z“\"‘'])")


def quote_score(
    analysis: Analysis,
    quote: Quote,
    sentence_scores: Mapping[int, float],
    mentions: Counter[str],
) -> float | None:
    """The documented score of one direct quote, or None when it is not a candidate."""
    text = analysis.article.text
    content = quote.content_span.of(text)
    words = len(content.split())
    over_lines = "\n" in content  # a longer quotation may show its first paragraph only
    if words < MIN_WORDS or (
        not over_lines and (words > MAX_WORDS or _BOILERPLATE.search(content))
    ):
        return None
    # the checks of the text first, the credit's (dearer) after them
    if _CONNECTIVE.match(content):
        return None  # "And I would take …": the second half of a split quotation leans back
    if _POINTS_BACK.match(content) and ":" not in content:
        return None  # "That is something that we're expecting …": about what?
    if reopened(text, _outer(text, quote.content_span).start):
        return None  # "'We are … a peepshow. 'Continually being watched …,' he said."
    pieces = shown_spans(text, quote.content_span)
    if pieces is None:
        return None  # a piece of a longer quotation (or of a sentence): whole or not at all
    if len(pieces) > 1:
        shown = join_spans(text, pieces)
        words = len(shown.split())
        if words < MIN_WORDS or words > MAX_WORDS or _BOILERPLATE.search(shown):
            return None
    elif over_lines and (words > MAX_WORDS or _BOILERPLATE.search(content)):
        return None
    speaker = quote.speaker
    if speaker is None or not credited(analysis, quote):
        return None
    if any(a <= quote.content_span.start < b for a, b in quoted_passages(text)):
        return None  # a quotation inside a passage quoted from another text: not the story's
    outer = Span(pieces[0].start, pieces[-1].end)
    # A match is three characters ending at ``outer.end`` (or before a newline there): no
    # need to try every position of the article before it.
    close_from = max(outer.end - 4, 0)
    if _POSSESSIVE_CLOSE.search(text, close_from, outer.end) and _WORD_AFTER.match(text, outer.end):
        return None  # "… we enjoy each others' company.": the "close" was an apostrophe
    region, index = _sentence_region(analysis, quote.content_span)
    if len(pieces) > 1:
        region = Span(region.start, min(region.end, outer.end))
    if said_long_ago(analysis, quote, region, outer):
        return None  # "In the spring, Clinton proclaimed at a press conference, “…”"
    if imagined_words(text, region.start, outer.start):
        return None  # "Goldberg imagined Christie was thinking: “…”": no one said them
    n = max(len(analysis.sentences) - 1, 1)
    prominence = mentions.get(speaker.cluster or speaker.name, 0)
    lo, hi = PREFERRED_WORDS
    return (
        W_PROMINENCE * math.log1p(prominence)
        + W_POSITION * (1 - index / n)
        + W_LENGTH * (lo <= words <= hi)
        + W_SENTENCE * sentence_scores.get(index, 0.0)
    )


def choose_quote(
    analysis: Analysis, sentence_scores: Mapping[int, float], shown: Sequence[Span] = ()
) -> CrucialQuote | None:
    """The best direct quote by :func:`quote_score`, or None when there is none worth it.
    A quote the brief already shows (``shown``: the Topline's and the bullets' spans) is not
    shown twice: an editor would not print the same words as a fact and as the quote."""
    text = analysis.article.text
    mentions: Counter[str] = Counter()
    for e in analysis.entities:
        mentions[e.canonical] += 1
    for c in analysis.clusters:
        mentions[c.id] = max(mentions[c.id], len(c.mentions))
        mentions[c.canonical] = max(mentions[c.canonical], len(c.mentions))
    best: tuple[float, Quote] | None = None
    for quote in analysis.quotes:
        if quote.kind != "direct":
            continue
        if any(quote.content_span.overlaps(span) for span in shown):
            continue
        score = quote_score(analysis, quote, sentence_scores, mentions)
        if score is not None and (best is None or score > best[0]):
            best = (score, quote)
    if best is None:
        return None
    quote = best[1]
    shown = shown_spans(text, quote.content_span) or (_outer(text, quote.content_span),)
    if len(shown) == 1 and (whole := split_whole(analysis, quote, shown[0])) is not None:
        shown = whole  # "“…,” she said. “…”": both halves, the cue between verbatim
    outer = Span(shown[0].start, shown[-1].end)
    region, _ = _sentence_region(analysis, quote.content_span)
    if len(shown) > 1:
        # the first paragraph of a longer quotation: its context is what comes before it
        region = Span(region.start, min(region.end, outer.end))
    known = tuple(
        s for s in (quote.cue_span, quote.speaker.span if quote.speaker else None) if s is not None
    )
    cue_after = quote.cue_span is not None and quote.cue_span.start >= outer.end
    narrated = quote.speaker.name if quote.speaker is not None and cue_after else None
    context_span = _context(text, region, outer, known, narrated)
    if context_span is None and quote.cue_span is not None:
        context_span = told_whom(text, quote.cue_span)
    role_span = role_before_cue(text, speaker_role(analysis, quote.speaker), quote.cue_span)
    speaker = whole_word(text, quote.speaker) if quote.speaker else None
    named = name_after_role(text, quote.speaker) if quote.speaker else None
    if named is not None and quote.speaker is not None and quote.speaker.span is not None:
        # "Redbridge manager John Still told …" credited to the role: John Still, the role
        # after his name
        speaker, role_span = named, quote.speaker.span
    if role_span is not None and context_span is not None and role_span.overlaps(context_span):
        # '"…," said Steve Menet, CEO of Acme, in a statement': the role is shown with the
        # name, the context is what follows it
        pieces = tidy(text, [Span(max(context_span.start, role_span.end), context_span.end)])
        rest = [
            Span(r.start + len(r.of(text)) - len(r.of(text).lstrip(" ,")), r.end) for r in pieces
        ]
        context_span = next((r for r in rest if len(r.of(text).split()) >= 2), None)
    if role_span is not None and context_span is not None:
        if _ABOUT_SPEAKER.match(context_span.of(text)):
            # '"…," said Le Pen, who has also garnered attention …': a relative clause
            # says who the speaker is, as the role shown with the name already does; after
            # the cue it reads garbled ("…, said who has …", "said -developed …")
            context_span = None
    return CrucialQuote(
        text=join_spans(text, shown),
        spans=shown,
        speaker=speaker,
        cue=quote.cue_span.of(text) if quote.cue_span else None,
        context=context_span.of(text) if context_span else None,
        context_span=context_span,
        role=role_span.of(text) if role_span else None,
        role_span=role_span,
    )
