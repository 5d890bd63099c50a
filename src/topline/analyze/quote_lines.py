"""Quotes a line states by its shape: "Name: words" and the headline's quote.

"Name: what they said" (headlines, transcripts): the colon is the cue; the name is an entity
the parser tagged, a document noun ("Poll: Clinton and Trump in dead heat") or a short
capitalised name the article tags elsewhere ("PENCE: Well, look, …").

The headline's quote: "Obama Sees 'Personal Insult' if Blacks Don't Rally".

Headlines quote in their own grammar: single marks, title case, a present-tense verb and no
"said". The parser reads title case badly (it tags "Rip" and "Rally" as names), so the rule
is on the surface of the text's first line:

* the line is a headline: the first line of a text that goes on below it, at most
  ``MAX_HEADLINE_WORDS`` words, with a quoted phrase (single or double marks) that no cue
  of the body has taken;
* the speaker is the capitalised phrase that opens the line (one to ``MAX_SUBJECT_WORDS``
  words, a name or a noun of people: "Black Lawmakers", "Hillary Clinton") and the cue is the
  verb right after it, from the lexicons of reporting, stance and evidence and the verbs
  headlines use for them (``HEADLINE_VERBS``: "Rips", "Slams", "Vows", "Sees");
* the content is the rest of the line, as PolNeAR marks it ("Rip Donald Trump As A
  ‘Disgusting Fraud.’" reports "Donald Trump As A ‘Disgusting Fraud.’").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokSpan

from topline.analyze.cue_beyond import EVIDENTIAL_VERBS, INTENT_VERBS, STANCE_VERBS
from topline.analyze.cues import SPEECH_VERBS
from topline.analyze.quote_region import QuoteRegion
from topline.analyze.source_nouns import DOCUMENT_NOUNS, is_person_noun
from topline.analyze.speakers import SpeakerResolver
from topline.model import Quote, Source, Span
from topline.nlp import doc_ents, doc_text, entity_labels

#: Entity labels that may speak in a line "Name: words".
COLON_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: A "Name:" line opener not tagged as an entity has at most this many words.
COLON_NAME_TOKENS = 2
#: Reported content shorter than this many words is not a quote.
MIN_LINE_WORDS = 3
_COLON_LINE = re.compile(r"(?m)^[ \t•*\"“-]*(\S[^\n:]{0,60}?)[ \t]*:[ \t]+(\S[^\n]*)$")

LineQuote = tuple[Quote, tuple[Source, ...]]


def colon_lines(doc: Doc, regions: list[QuoteRegion], resolver: SpeakerResolver) -> list[LineQuote]:
    """Lines "Name: what they said" (the colon is the cue)."""
    text = doc_text(doc)
    out: list[LineQuote] = []
    head_end = _headline_end(text)
    for match in _COLON_LINE.finditer(text):
        name = doc.char_span(match.start(1), match.end(1))
        if name is None:
            continue
        headline = match.end(2) <= head_end
        if headline and _asks(text, match.start(2), match.end(2), regions):
            continue  # "Ted Cruz: Conservative or career politician?": a topic, asked about
        who: TokSpan | None = name if _colon_speaker(doc, name) else None
        if who is None and headline:
            who = headline_opener(doc, name, match.start(2), match.end(2), regions)
        if who is None:
            continue
        start, end = match.start(2), len(match.group(0).rstrip()) + match.start(0)
        region = next((r for r in regions if r.start == start and r.end >= end - 1), None)
        kind = "indirect"
        if region is not None:
            start, end, kind = region.content_start, region.content_end, "direct"
        if len(text[start:end].split()) < MIN_LINE_WORDS:
            continue
        source = resolver.resolve(who.root.i)
        if who is not name:  # the headline's whole title phrase ("Dr. Ben Carson")
            span = Span(who.start_char, who.end_char)
            source = Source(
                source.name if source.cluster else who.text, span, source.cluster, source.kind
            )
        cue = Span(match.end(1), match.start(2)).of(text).index(":") + match.end(1)
        q = Quote(
            span=Span(match.start(1), match.end(2)),
            content_span=Span(start, end),
            cue_span=Span(cue, cue + 1),
            speaker=source,
            kind=kind,
        )
        out.append((q, (source,)))
    return out


def _colon_speaker(doc: Doc, name: TokSpan) -> bool:
    """Who may open a line "Name: words": a person, organisation or place the parser
    tagged; a document noun ("Poll: Clinton and Trump in dead heat"); or a short name in
    capitals that the article mentions elsewhere as an entity ("PENCE: Well, look, …" in a
    transcript, "Sanders: Clinton needs to …" in a headline)."""
    label = entity_labels(doc).get((name.start, name.end))  # ``name.ents`` rebuilt them all
    if label is not None:  # the name is exactly one entity
        return label in COLON_LABELS
    if len(name) == 1 and name[0].lemma_.lower() in DOCUMENT_NOUNS:
        return True
    if not 0 < len(name) <= COLON_NAME_TOKENS or not all(t.text[:1].isupper() for t in name):
        return False
    # an entity elsewhere whose text ends with the name: a dictionary lookup of the name
    # among every suffix of those entities (one pass over ``doc.ents`` per line was quadratic)
    starts = _entity_suffixes(doc).get(name.text.lower(), ())
    return any(start != name.start_char for start in starts)


#: A headline's "Name:" opener has at most this many words ("McCain Challenger Kelli Ward").
MAX_OPENER_WORDS = 5
#: Prepositions after which a headline opener names whom the speaker addressed or what about
#: ("Clinton to Planned Parenthood:", "Gillibrand on Hillary's Transcripts:").
_OPENER_PREPS = frozenset({"to", "on", "at"})


def _headline_end(text: str) -> int:
    """Where the text's first line ends when it is a headline (a body follows), else 0."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip() or len(text[start:end].split()) > MAX_HEADLINE_WORDS:
        return 0
    return end


def headline_opener(
    doc: Doc, name: TokSpan, start: int, end: int, regions: list[QuoteRegion]
) -> TokSpan | None:
    """Who speaks in a headline "Opener: words" that the body rule (:func:`_colon_speaker`)
    does not take: a title-case phrase that ends with a name ("Dr. Ben Carson:",
    "McCain Challenger Kelli Ward:"), the name before "to"/"on"/"at" ("Clinton to Planned
    Parenthood:"), or a plural noun of people or a phrase ending with a document noun
    ("Historians:", "Insiders:", "WSJ editorial:"). Headlines put the source first and what
    it said after the colon; a topic label after the colon ("Netanyahu and Obama: A
    tortured relationship", "Ted Cruz: Conservative or career politician?") has no verb or
    asks (:func:`_asks`), so the words must hold a quotation or a verb; two names joined by "and" are a topic, not a speaker."""
    if not 0 < len(name) <= MAX_OPENER_WORDS or any(t.lower_ in {"and", "&"} for t in name):
        return None
    if not _says_something(doc, start, end, regions):
        return None
    words = [t for t in name if not t.is_punct]
    lower_ok = (
        _OPENER_PREPS | {words[-1].lower_} if words and _is_document(words[-1]) else _OPENER_PREPS
    )
    if not words or not all(t.text[:1].isupper() or t.lower_ in lower_ok for t in words):
        return None
    prep = next((t for t in name if t.lower_ in _OPENER_PREPS and t.i > name.start), None)
    if prep is not None:
        name = doc[name.start : prep.i]  # the speaker, before whom or what they addressed
    labels = entity_labels(doc)
    for k in range(name.start, name.end):
        if labels.get((k, name.end)) in COLON_LABELS:
            return name  # the phrase ends with a name: the whole title phrase speaks
    if prep is not None and _colon_speaker(doc, name):
        return name
    last = name[-1]
    lemma = last.lemma_.lower()
    if prep is None and _is_document(last):
        return name  # "WSJ editorial:", "Gallup poll:"
    if prep is None and len(name) == 1 and last.lower_.endswith("s") and is_person_noun(lemma):
        return name  # "Historians:", "Insiders:", "Economists:"
    return None


def _is_document(tok: Token) -> bool:
    return tok.lemma_.lower() in DOCUMENT_NOUNS or tok.lower_ in DOCUMENT_NOUNS


def _says_something(doc: Doc, start: int, end: int, regions: list[QuoteRegion]) -> bool:
    """Whether a headline's words after the colon state something: a quotation or a verb."""
    if any(start <= r.start < end for r in regions):
        return True
    words = doc.char_span(start, end, alignment_mode="expand")
    return words is not None and any(t.pos_ in {"VERB", "AUX"} for t in words)


def _asks(text: str, start: int, end: int, regions: list[QuoteRegion]) -> bool:
    """Whether a headline's words after the colon are an unquoted question: the headline
    asks about the name before the colon, it does not quote it."""
    quoted = any(start <= r.start < end for r in regions)
    return not quoted and text[start:end].rstrip(" .").endswith("?")


#: ``doc.user_data`` key of :func:`_entity_suffixes`.
SUFFIXES_KEY = "topline.colon_entity_suffixes"


def _entity_suffixes(doc: Doc) -> dict[str, list[int]]:
    """Every suffix of the lower-cased text of each entity labelled :data:`COLON_LABELS`
    → the start characters of the entities ending with it; built once per document."""
    cached = doc.user_data.get(SUFFIXES_KEY)
    if cached is None:
        cached = {}
        for e in doc_ents(doc):
            if e.label_ in COLON_LABELS:
                text = e.text.lower()
                for i in range(len(text) + 1):
                    cached.setdefault(text[i:], []).append(e.start_char)
        doc.user_data[SUFFIXES_KEY] = cached
    suffixes: dict[str, list[int]] = cached
    return suffixes


def headline_quote(
    doc: Doc, regions: list[QuoteRegion], resolver: SpeakerResolver, taken: list[Span]
) -> LineQuote | None:
    """The headline's quote (rules above), unless a cue of the text already took it."""
    text = doc_text(doc)
    parts = headline_parts(text, regions)
    if parts is None:
        return None
    who, cue, content, region = parts
    if any(t.overlaps(Span(region.start, region.end)) for t in taken):
        return None
    words = doc.char_span(*who, alignment_mode="expand")
    if words is None or len(words) == 0:
        return None
    found = resolver.resolve(words[-1].i)
    speaker = Source(found.name, Span(*who), found.cluster, found.kind)
    if found.cluster is None:
        speaker = Source(text[who[0] : who[1]], Span(*who), None, found.kind)
    whole = Span(content[0], content[1])
    inner = whole.of(text).strip("‘’'\"“”. ")
    kind = (
        "direct"
        if inner == text[region.content_start : region.content_end].strip("‘’'\"“”. ")
        else "mixed"
    )
    q = Quote(
        span=Span(who[0], content[1]),
        content_span=whole,
        cue_span=Span(*cue),
        speaker=speaker,
        kind=kind,
    )
    return q, (speaker,)


#: A first line longer than this is a sentence, not a headline.
MAX_HEADLINE_WORDS = 20
#: The speaker phrase that opens a headline has at most this many words.
MAX_SUBJECT_WORDS = 4
#: Verbs headlines use to report what someone said or holds (besides the cue lexicons).
HEADLINE_VERBS = frozenset(
    "rip slam hammer blast rap knock hit see vow rally speak call say urge warn decry tell "
    "corner grill push defend sound".split()
)
_WORD = re.compile(r"[A-Za-z][\w.’'-]*")
#: Small words a title-case speaker phrase may contain ("Sen. Ann Lee of Ohio").
_SMALL = frozenset({"of", "the", "and", "de", "van", "von"})


def _lemma(word: str) -> str:
    """A headline verb's lemma by its ending ("Sees" → see, "Rallies" → rally)."""
    low = word.lower()
    if low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("shes", "ches", "sses", "xes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return low[:-1]
    return low


#: A word after the verb that makes it a phrasal verb of doing, not of saying
#: ("Shows Off", "Rolls Out", "Calls Up").
_PARTICLES = frozenset({"off", "out", "up", "down", "over", "away", "back", "on"})


def is_headline_verb(word: str, subject: str = "", after: str = "") -> bool:
    """Whether ``word`` reports what its ``subject`` said or holds.

    An evidential verb ("Shows", "Finds", "Reveals") reports only when its subject is a
    document noun ("Poll Shows", "Study Finds"): with a company or a person it usually tells
    what they did ("Apple Shows 'Magic' Keyboard"). A verb followed by a particle is a
    phrasal verb of doing ("Shows Off", "Rolls Out"), never a cue.
    """
    if after.lower() in _PARTICLES:
        return False
    lemma = _lemma(word)
    if any(
        lemma in lexicon for lexicon in (SPEECH_VERBS, STANCE_VERBS, INTENT_VERBS, HEADLINE_VERBS)
    ):
        return True
    words = subject.split()
    return lemma in EVIDENTIAL_VERBS and bool(words) and _lemma(words[-1]) in DOCUMENT_NOUNS


def headline_parts(
    text: str, regions: list[QuoteRegion]
) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int], QuoteRegion] | None:
    """(speaker, cue, content) character spans of the headline's quote, and its region."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return None  # one line only: no body below, so no headline
    line = text[start:end]
    if len(line.split()) > MAX_HEADLINE_WORDS:
        return None
    quoted = [r for r in regions if start <= r.start and r.end <= end]
    if not quoted:
        return None
    words = list(_WORD.finditer(line))
    for k, verb in enumerate(words[1 : MAX_SUBJECT_WORDS + 1], start=1):
        subject = words[:k]
        if start + verb.start() >= quoted[0].start:
            return None
        if not all(w.group()[0].isupper() or w.group() in _SMALL for w in subject):
            return None
        said = line[subject[0].start() : subject[-1].end()]
        after = words[k + 1].group() if k + 1 < len(words) else ""
        if not is_headline_verb(verb.group(), said, after):
            if verb.group()[0].isupper():
                continue
            return None
        who = (start + subject[0].start(), start + subject[-1].end())
        cue = (start + verb.start(), start + verb.end())
        body = line[verb.end() :]
        lead = len(body) - len(body.lstrip())
        stop = start + len(line.rstrip())
        if text[stop - 1] == "." and text[stop - 2 : stop - 1] not in {"’", "'", "”", '"'}:
            stop -= 1  # "… during campaign stop." (a closing mark keeps its full stop)
        content = (cue[1] + lead, stop)
        if content[1] <= content[0]:
            return None
        return who, cue, content, quoted[0]
    return None
