"""Who says so, for a parsed Topline article: quote speakers and bullet attributions.

The analysis (when the caller has one) is asked first: its quotes and attributions that
overlap the element. Only when it has nothing does a small fallback read the element's own
words: "according to X", "X (, who …,) said", "reported X", "officials said". Names are
resolved to the fullest form the article uses ("Abdul-Mahdi" → "Adel Abdul-Mahdi", "the
Times" → "New York Times"), so a brief names people the way the article first did.
"""

from __future__ import annotations

import re

from topline.lazy_re import lazy
from topline.model import Analysis, Source, Span
from topline.stopwords import english_stop_words

#: Verbs that attribute a statement or a report to a source.
CUES = (
    "said|says|say|reported|reports|report|told|confirmed|confirms|announced|announces|"
    "stated|wrote|writes|claimed|claims|added|noted|tweeted|estimated|estimates|found|"
    "revealed|disclosed|warned|acknowledged|insisted|argued"
)
#: Words of titles and offices that precede a name and are not part of it.
TITLE_WORDS = frozenset(
    "president vice prime minister secretary senator sen. rep. representative gov. governor "
    "mayor general gen. admiral adm. colonel col. lt. captain capt. sgt. dr. mr. mrs. ms. "
    "judge justice chancellor king queen prince princess pope ambassador chairman chairwoman "
    "chair ceo director commissioner spokesman spokeswoman spokesperson leader chief former "
    "acting deputy foreign defense defence state supreme economist analyst professor prof. "
    "author lawyer attorney activist researcher scientist officer detective sheriff coach "
    "rev. reverend".split()
)
#: Words that mark a news organisation rather than a person.
OUTLET_WORDS = frozenset(
    "times post press news journal reuters bloomberg cnn bbc nbc cbs abc fox npr msnbc axios "
    "politico guardian telegraph tribune herald gazette wire magazine radio tv television "
    "forbes afp ap wsj".split()
)
#: Words that mark an organisation (when no entity label says otherwise).
ORGANIZATION_WORDS = frozenset(
    "department ministry agency office committee council company corp corporation inc ltd "
    "llc university institute bank court police government party administration commission "
    "board union association group fund service services army navy military pentagon "
    "foundation center centre authority bureau parliament congress senate house".split()
)
#: Longest name (in words) considered when looking for a fuller form.
MAX_NAME_WORDS = 5

_CAP = r"[A-Z][\w&'’.-]*"
_CAPSEQ = rf"{_CAP}(?:\s+(?:of\s+|de\s+|al\s+)?{_CAP})*"
_SRC = rf"(?:(?:[Bb]oth)\s+)?(?:(?:the|The)\s+)?{_CAPSEQ}(?:\s+and\s+(?:the\s+)?{_CAPSEQ})*"
_ACCORDING = lazy(rf"\b[Aa]ccording to (?P<src>{_SRC})")
_SUBJECT_CUE = lazy(rf"(?P<src>{_SRC})(?:,[^,]{{1,160}},)?\s+(?:{CUES})\b")
_CUE_SUBJECT = lazy(rf"(?:^|[,;]\s*)(?:{CUES})\s+(?P<src>{_SRC})")
_UNNAMED = lazy(
    rf"(?P<src>\b(?:[Tt]he\s+|[Tt]hose\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:officials?|sources?|spokesm[ae]n|"
    rf"spokeswom[ae]n|spokespersons?|authorities|diplomats|aides|analysts|experts|people "
    rf"familiar with [^,]+))\s+(?:{CUES})\b"
)
#: Reporting verbs that can precede "unnamed officials" and are not part of the phrase.
_LEADING_VERBS = frozenset(
    f"cited quoted citing quoting according {CUES.replace('|', ' ')}".split()
)
_UNNAMED_PHRASE = r"(?:[\w’'-]+\s+){0,3}"
_UNNAMED_MARKS = lazy(
    r"\b(?:unnamed|anonymous|unidentified|senior|officials?|sources?|familiar with)\b", re.I
)
#: A bare plural that stands for unnamed people ("officials", "senior officials").
_UNNAMED_HEAD = lazy(
    r"(?:[a-z][\w-]*\s+){0,2}(?:officials|sources|authorities|diplomats|aides|analysts|experts)"
)
#: Capitalised words after a cue that name a time, not a source ("said Monday").
_NOT_SOURCES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december today tonight yesterday".split()
)
_CANDIDATES = lazy(rf"{_CAP}(?:\s+(?:of\s+|de\s+|al\s+|bin\s+)?{_CAP})*")


def _strip_leading(text: str, start: int) -> tuple[str, int]:
    """Drop sentence-initial function words ("But", "Both", "The") from a name."""
    words = text.split(" ")
    while len(words) > 1 and (words[0].casefold() in english_stop_words() or words[0] == ""):
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


def trim_period(name: str) -> str:
    """ "NBC." → "NBC", "Journal." → "Journal", but "U.S." keeps its abbreviation dot."""
    last = name.split()[-1] if name.split() else ""
    return name[:-1] if last.endswith(".") and "." not in last[:-1] else name


def strip_titles(name: str) -> str:
    """ "Transportation Secretary Paul Diaz" → "Paul Diaz" (offices are not names)."""
    words = name.split()
    last_title = max((i for i, w in enumerate(words) if w.casefold() in TITLE_WORDS), default=-1)
    rest = words[last_title + 1 :]
    return " ".join(rest) if rest else name


def fullest_name(mention: str, text: str, analysis: Analysis | None = None) -> str:
    """The longest name in the article that ends with ``mention``'s words (titles dropped)."""
    base, _ = _strip_leading(trim_period(mention.strip()), 0)
    base = strip_titles(base)
    tokens = base.split()
    if not tokens or not tokens[0][:1].isupper():
        return base
    candidates: list[str] = []
    if analysis is not None:
        candidates += [text[e.span.start : e.span.end] for e in analysis.entities]
        for cluster in analysis.clusters:
            candidates += [cluster.canonical, *cluster.aliases]
    candidates += [m.group(0) for m in _CANDIDATES().finditer(text)]
    best = base
    for candidate in candidates:
        name, _ = _strip_leading(strip_titles(" ".join(candidate.split())), 0)
        words = name.split()
        if len(tokens) < len(words) <= MAX_NAME_WORDS and words[-len(tokens) :] == tokens:
            if len(words) > len(best.split()):
                best = name
    return best


def source_kind(name: str, analysis: Analysis | None, span: Span | None) -> str:
    """person / organization / outlet, from the analysis's entity label or the name's words."""
    words = {re.sub(r"[’']s$", "", w.casefold()).strip(".,") for w in name.split()}
    if words & OUTLET_WORDS:
        return "outlet"
    if analysis is not None and span is not None:
        for entity in analysis.entities:
            if entity.span.overlaps(span):
                return {"PERSON": "person", "ORG": "organization"}.get(entity.label, "other")
    if words & ORGANIZATION_WORDS:
        return "organization"
    words_list = name.split()
    if 2 <= len(words_list) <= 4 and all(w[:1].isupper() for w in words_list):
        return "person"
    return "other"


def _canonical(src: str, text: str, analysis: Analysis | None) -> str:
    """Each conjunct of "the Times and the Associated Press" at its fullest."""
    parts = [p for p in re.split(r"\s+and\s+", src) if p.strip()]
    return " and ".join(fullest_name(p, text, analysis) for p in parts)


def _named(match: re.Match[str], offset: int, text: str, analysis: Analysis | None) -> Source:
    raw, start = _strip_leading(trim_period(match["src"]), offset + match.start("src"))
    span = Span(start, start + len(raw))
    name = _canonical(raw, text, analysis)
    return Source(name=name, span=span, kind=source_kind(name, analysis, span))


def _unnamed_name(mention: str, start: int, text: str) -> tuple[str, str]:
    """(name, kind) of "the officials" from the fullest earlier mention of those officials."""
    head = mention.split()[-1]
    earlier = list(re.finditer(rf"\b{_UNNAMED_PHRASE}{re.escape(head)}\b", text[:start]))
    name = mention
    if earlier:
        phrase, _ = _strip_leading(earlier[-1].group(0), 0)
        words = phrase.split()
        while len(words) > 1 and words[0].casefold() in _LEADING_VERBS:
            words = words[1:]
        name = " ".join(words)
    name, _ = _strip_leading(name, 0)
    return name, "unnamed" if _UNNAMED_MARKS().search(name) else "other"


def _unnamed(match: re.Match[str], offset: int, text: str) -> Source:
    """ "The officials said": named after the fullest earlier mention of those officials."""
    mention = match["src"]
    start = offset + match.start("src")
    name, kind = _unnamed_name(mention, start, text)
    return Source(name=name, span=Span(start, start + len(mention)), kind=kind)


def fallback_attribution(text: str, span: Span, analysis: Analysis | None = None) -> Source | None:
    """The source a sentence names for itself, read from its own words, or None."""
    sentence = text[span.start : span.end]
    according = _ACCORDING().search(sentence)
    if according:
        return _named(according, span.start, text, analysis)
    found: list[tuple[int, Source]] = []
    for pattern in (_SUBJECT_CUE, _CUE_SUBJECT):
        for match in pattern().finditer(sentence):
            raw, _ = _strip_leading(match["src"], 0)
            first = re.sub(r"[’']s$", "", raw.split()[0]).casefold() if raw.split() else ""
            if (
                raw.casefold() in english_stop_words()
                or not raw[:1].isupper()
                or first in _NOT_SOURCES
            ):
                continue
            found.append((match.start("src"), _named(match, span.start, text, analysis)))
            break
    unnamed = _UNNAMED().search(sentence)
    if unnamed:
        found.append((unnamed.start("src"), _unnamed(unnamed, span.start, text)))
    return min(found, key=lambda item: item[0])[1] if found else None


def analysis_attribution(span: Span, text: str, analysis: Analysis) -> Source | None:
    """The source the analysis gives for a claim or quote overlapping ``span``."""
    sources: list[Source] = []
    for attribution in analysis.attributions:
        if attribution.claim_span.overlaps(span):
            sources.append(attribution.source)
    for quote in analysis.quotes:
        if quote.span.overlaps(span) and quote.speaker is not None:
            sources.append(quote.speaker)
    inside = [s for s in sources if s.span is not None and span.contains(s.span)]
    if not sources:
        return None
    chosen = (inside or sources)[0]
    bare, _ = _strip_leading(chosen.name, 0)
    if _UNNAMED_HEAD().fullmatch(bare):  # "officials" as the analysis found them: who were they?
        at = chosen.span.start if chosen.span is not None else span.start
        name, kind = _unnamed_name(bare, at, text)
        return Source(name=name, span=chosen.span, cluster=chosen.cluster, kind=kind)
    name = _canonical(chosen.name, text, analysis)
    kind = chosen.kind if chosen.kind != "other" else source_kind(name, analysis, chosen.span)
    return Source(name=name, span=chosen.span, cluster=chosen.cluster, kind=kind)


def attribution_for(text: str, span: Span, analysis: Analysis | None) -> Source | None:
    """The analysis's source for ``span`` if it has one, else the sentence's own words.

    The sentence's own reading wins only when it overlaps the analysis's source and is longer
    (a coordinated subject the analysis cut short).
    """
    own = fallback_attribution(text, span, analysis)
    if analysis is not None:
        found = analysis_attribution(span, text, analysis)
        if found is not None:
            wider = (
                own is not None
                and own.span is not None
                and found.span is not None
                and own.span.overlaps(found.span)
                and len(own.span) > len(found.span)
            )
            return own if wider else found  # "both the Times and the AP" over "the Times"
    return own
