"""Credits a reader does not read off the sentence: the source is not who says the sentence.

An editor's read of unseen briefs (fourteenth session, samples U and V) found "(source: X)"
tags on bullets whose words X never said, each from an attribution the analysis found
correctly but in a part of the sentence that is not its news, or from a name that is not a
speaker at all. Each rule here refuses a tag (:func:`refused`); none gives one:

- **A relative clause.** "The number marked a victory for Obama, who has often complained
  about …" and "… a takeover bid from the Welsh Rugby Union, who have said …": the
  sentence's own words are the reporter's; the source only speaks in a clause about it
  (its mention is the relative pronoun).
- **A subordinate clause.** "While the president has repeatedly said he opposes …, his
  administration carves out exceptions" and "Locke had been working as No 2 when the
  manager announced …": the main clause is narrated, the saying is its background. A
  pronoun after the conjunction ("Reed was scathing when he said …") goes on about the main
  clause's subject, and keeps its tag.
- **A listener.** "The court was told that the mother … told her lover …" credited to the
  court, "The inquest heard …": the mention is who heard the words, whatever cue the
  analysis tied to it.
- **One of two subjects.** "Republican Trump and Democrat Clinton have criticized …" tagged
  "Hillary Clinton": a mention of two names credited to one of them.
- **A name that is only a place.** "another Old Bailey case", "the Old Bailey court", "at
  the Old Bailey": a name the text uses only as a modifier or a location is a building, a
  court or a town, not a speaker, whatever a pronoun was resolved to.
- **A name only in the headline.** "Ex-CIA chief in Benghazi breaks silence" as the name of
  "the base chief known as Bob": a line outside the body is no name the article gives.
- **Another speaker in between.** "Architect Vaila Morrison explains why … "…," she says"
  credited to a woman quoted a paragraph before: a reader pins the pronoun on the speaker
  named last, whatever label the recogniser gave that name (a speaker by a cue of saying,
  not one that "wants"; one of the other gender is passed over).
- **Another subject right before the cue.** A caption glued to the next paragraph ("Cheryl
  Roe, 54, was stabbed … from a concert The teen's attorney, John Waldron, said …"): the
  person named right before "said" says it, not a name earlier in the run-on ("Joe Roe
  and his wife, Ann Roe, say" is two subjects, both speaking).

- **A negated subject.** (Seventeenth session, second round.) "No group has claimed
  responsibility", "Neither party has said how it will vote": the subject says that no one
  said it (:func:`.credit_names.negated_subject`).
- **A relative clause opened by a wh-word.** (Seventeenth session.) "The ruling, in which
  Judge Curiel cited …", "… to the White House, where President Obama has promised to veto
  it", "in what Bay Buchanan called …", "Trump, whose attorneys argued …": the source is
  the subject of a clause about a noun of the sentence, whatever the parse made of it.

Second round (samples W and AA):

- **A relative clause without its pronoun.** "… the FBI's investigation — a probe the
  agency said was ongoing": a cue of saying followed at once by a finite verb ("said was",
  "says is") has its subject in a clause about a noun ("a probe [that] the agency said
  was ongoing"), never in a main clause. A pronoun subject ("policies, which he said had
  harmed …") goes on about the main clause's subject and keeps its tag.
- **A participle after a subordinator.** "Trump began the day in a hole after questioning
  Israel's commitment …": the saying ("after questioning", "while insisting", "before
  claiming") is the background of a narrated main clause.
- **A subordinate speaker whose words the bullet cut.** "Obama has been criticized for
  using the term, though in a news conference he used stronger language[, saying …]": a
  trailing claim cut from the bullet keeps its tag only when its speaker is the main
  clause's subject, not a pronoun in a "though" or "when" clause
  (:func:`subordinate_mention`, read by :func:`~topline.brief.source_tags.claim_shown`).
"""

from __future__ import annotations

import bisect
import re

from topline.brief.credit import saying_cue, sentence_index, sentence_starts
from topline.brief.credit_names import (
    ALL_PRONOUNS,
    PERSON_PRONOUNS,
    negated_subject,
    speaker_names,
)
from topline.brief.headline import leading_headline
from topline.intervals import SpanIndex
from topline.memo import for_last
from topline.model import Analysis, Entity, Source, Span

#: Relative pronouns: a source mention that is one speaks in a clause about a noun.
_RELATIVE = frozenset({"who", "whom", "which", "that", "whose"})
#: A subordinating conjunction right before the source's mention ("While the president
#: said", "when the manager announced"). "as" is left out: "As Smith said, …" credits Smith.
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:when|whenever|while|whilst|whereas|although|though|because|since|after|before|"
    r"until|unless|once|if)\s+$",
    re.I,
)
#: A relative word right before the source's mention, with or without a preposition before
#: it: "The ruling, in which Judge Roe cited …", "the White House, where the president has
#: promised to veto it", "in what Bay Buchanan called …", "the case, whose plaintiffs
#: alleged …". The mention is the subject of a clause about a noun of the sentence, not the
#: sentence's teller (seventeenth session; "who" is the mention itself, read above).
_WH_RELATIVE_BEFORE = re.compile(r"\b(?:which|whom|whose|where|what)\s+$", re.I)
#: Right after the mention, a verb that makes it a listener: "The court was told (that) …",
#: "The inquest heard …". A cue later in the sentence is someone else's saying.
_LISTENER_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|are|has been|have been|had been)\s+(?:told|informed)|heard|hears)\b"
)
_AND = re.compile(r"\s(?:and|&)\s")
#: A preposition of place right before a name ("at the Old Bailey", "in Benghazi").
_LOCATIVE_BEFORE = re.compile(r"\b(?:at|in|inside|outside|near|across|within)\s+(?:the\s+)?$")
#: A determiner before a name and a lower-case noun after it: the name is a modifier
#: ("another Old Bailey case", "the Old Bailey court").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very|[Tt]heir|[Ii]ts)\s+$"
)
_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b")
#: The cue right after a name: "John Waldron, said", "John Waldron said".
_RIGHT_BEFORE_CUE = re.compile(r"^[\s,]*$")
#: A comma right before that name: a description's apposition ("The teen's attorney, ").
_APPOSITION_BEFORE = re.compile(r",\s*$")
_PARTICIPLE = re.compile(r"ing$")
#: "Joe Roe and his wife, Ann Roe, say": two subjects of one cue, each a speaker.
_COORDINATED = re.compile(r"(?:,\s*\d{1,3},)?\s+and\b")
#: A source mention this far (characters) before its cue may have another subject between.
_FAR_FROM_CUE = 25
_LOOK_BACK = 14
#: Right after a cue of saying, a finite verb: "a probe the agency said was ongoing", "the
#: plan he says will fail". The cue's subject is in a relative clause left without its
#: pronoun ("that"); a main clause's cue is followed by its object or clause ("said it was").
_ZERO_RELATIVE = re.compile(
    r"\s+(?:was|were|is|are|had|has|have|would|will|could|should|might|may|must)\b"
)
#: The words of a cue a finite verb may follow in a zero relative: a form of a saying verb
#: that takes a clause ("said", "says", "believed", "thinks" are not all sayings; only these).
_CLAUSE_CUES = re.compile(r"(?:said|says|say|claimed|claims|reported|reports|told|wrote)$", re.I)
#: A cue that is one "-ing" word right after a subordinator: "after questioning", "while
#: insisting", "before claiming". "as saying" is left out ("was quoted as saying").
_SUBORDINATE_PARTICIPLE = re.compile(
    r"\b(?:when|while|whilst|although|though|after|before|since|until|once|upon|despite)\s+$",
    re.I,
)
#: What ends the clause before a mention: a comma, a dash, a semicolon, a colon.
_CLAUSE_EDGE = re.compile(r"[,;:—–()]|\s-\s")
_SUBORDINATOR_WORD = re.compile(
    r"\b(?:when|whenever|while|whilst|whereas|although|though|because|since|after|before|"
    r"until|unless|once|if)\b",
    re.I,
)


def refused(analysis: Analysis, source: Source, cue: Span | None) -> bool:
    """Whether the credit of ``source`` (by ``cue``) is one a reader does not read off the
    sentence (see the module): a relative or subordinate clause, a listener, one of two
    subjects, a place, a headline name, another speaker named between, another subject
    right before the cue."""
    text = analysis.article.text
    span = source.span
    if span is not None:
        mention = span.of(text).strip().lower()
        if negated_subject(text, span):
            return True  # "No group has claimed …": nobody is the source
        if mention in _RELATIVE or mention.startswith("whose "):
            return True  # "who", "whose attorneys": a clause about a noun
        if _LISTENER_AFTER.match(text, span.end):
            return True  # "The court was told that the mother … told her lover": who heard
        if _two_names(span.of(text)) and not _AND.search(source.name):
            return True  # "Republican Trump and Democrat Clinton": the tag names one of two
        if mention not in ALL_PRONOUNS and _SUBORDINATOR_BEFORE.search(
            text, max(span.start - _LOOK_BACK, 0), span.start
        ):
            return True  # "when he said" goes on about the main clause's subject: kept
        if mention not in ALL_PRONOUNS and _WH_RELATIVE_BEFORE.search(
            text, max(span.start - _LOOK_BACK, 0), span.start
        ):
            return True  # "in which Judge Roe cited": "in which he said" is kept likewise
    mention_words = span.of(text).strip().lower() if span is not None else None
    if cue is not None and _subordinate_cue(text, cue, mention_words):
        return True
    return (
        only_a_place(analysis, source)
        or _only_in_headline(analysis, source.name)
        or (span is not None and _speaker_between(analysis, source, span))
        or (span is not None and cue is not None and _subject_before_cue(analysis, source, cue))
    )


def _subordinate_cue(text: str, cue: Span, mention: str | None) -> bool:
    """The cue's subject is in a relative clause without its pronoun ("a probe the agency
    said was ongoing"; a pronoun subject, "the plan he says will fail", goes on about the
    main clause's subject and is kept), or the cue is an "-ing" word after a subordinator ("… after
    questioning Israel's commitment"): a saying that is background to the sentence."""
    words = cue.of(text).strip()
    if (
        _CLAUSE_CUES.search(words)
        and _ZERO_RELATIVE.match(text, cue.end)
        and (mention is None or mention not in ALL_PRONOUNS)
    ):
        return True  # "policies, which he said had harmed …": he goes on about the subject
    return (
        " " not in words
        and words.lower().endswith("ing")
        and _SUBORDINATE_PARTICIPLE.search(text, max(cue.start - _LOOK_BACK, 0), cue.start)
        is not None
    )


def subordinate_mention(analysis: Analysis, span: Span) -> bool:
    """The source's mention at ``span`` is in a subordinate clause of its sentence: a
    subordinator ("though", "when", "because") stands between the clause's edge (a comma,
    a dash, the sentence's start) and the mention ("…, though in a news conference last
    week he used stronger language")."""
    text = analysis.article.text
    starts = sentence_starts(analysis)
    start = starts[sentence_index(analysis, span.start)] if starts else 0
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, start, span.start)]
    return _SUBORDINATOR_WORD.search(text, edges[-1] if edges else start, span.start) is not None


def _two_names(mention: str) -> bool:
    """The mention is two names joined by "and", each of capitalised words only
    ("Republican Trump and Democrat Clinton"), not a name with "and" inside a phrase of its
    own ("the Department of Health and Human Services", "an adviser on tax and budget")."""
    parts = _AND.split(mention.strip(), maxsplit=1)
    return (
        len(parts) == 2
        and "," not in mention
        and all(p.split() and all(w[:1].isupper() for w in p.split()) for p in parts)
    )


def only_a_place(analysis: Analysis, source: Source) -> bool:
    """Every mention of the source that is a name is a modifier ("another Old Bailey case")
    or a location ("at the Old Bailey"): the name is a place, not someone who says."""
    if source.cluster is None or source.kind == "outlet":
        return False
    text = analysis.article.text
    own = source.span.of(text).split() if source.span is not None else []
    if own and own[-1][:1].isupper() and own[-1].lower() not in ALL_PRONOUNS:
        return False  # the credit's own mention is a name, and it speaks here
    names = _named_mentions(analysis).get(source.cluster, [])
    spoken = _speaker_spans(analysis)
    return (
        bool(names)
        and not any(spoken.overlaps(m.start, m.end) for m in names)  # "The Sun reported"
        and all(_place_use(text, m) for m in names)
    )


@for_last
def _named_mentions(analysis: Analysis) -> dict[str, list[Span]]:
    """Each cluster's mentions that are names (capitalised, not a pronoun), made once."""
    text = analysis.article.text
    return {
        c.id: [
            m
            for m in c.mentions
            if m.of(text)[:1].isupper() and m.of(text).strip().lower() not in ALL_PRONOUNS
        ]
        for c in analysis.clusters
    }


@for_last
def _speaker_spans(analysis: Analysis) -> SpanIndex:
    """The mentions that are a source of an attribution or a quote (who speaks there)."""
    sources = [a.source for a in analysis.attributions]
    sources += [q.speaker for q in analysis.quotes if q.speaker is not None]
    return SpanIndex((s.span.start, s.span.end) for s in sources if s.span is not None)


def _place_use(text: str, mention: Span) -> bool:
    lo = max(mention.start - _LOOK_BACK, 0)
    if _LOCATIVE_BEFORE.search(text, lo, mention.start):
        return True
    return bool(
        _DETERMINER_BEFORE.search(text, lo, mention.start) and _NOUN_AFTER.match(text, mention.end)
    )


def only_in_headline(text: str, name: str, head: Span | None = None) -> bool:
    """The name is a description ("Ex-CIA chief in Benghazi": a lower-case word in it)
    written in the headline the text opens with and nowhere in its body. A full name the
    body shortens ("Donald Trump" in the headline, "Trump" below) is still the person's.
    ``head``: the text's leading headline, when the caller has it."""
    if not name or all(w[:1].isupper() for w in name.split()):
        return False
    head = head if head is not None else leading_headline(text)
    if head is None:
        return False
    at = text.find(name, head.start, head.end)
    return at >= 0 and text.find(name, head.end) < 0


def _only_in_headline(analysis: Analysis, name: str) -> bool:
    if not name or all(w[:1].isupper() for w in name.split()):
        return False
    head = _headline(analysis)
    return head is not None and only_in_headline(analysis.article.text, name, head)


@for_last
def _headline(analysis: Analysis) -> Span | None:
    return leading_headline(analysis.article.text)


@for_last
def _speakers(analysis: Analysis) -> tuple[list[int], list[tuple[Source, Span | None]]]:
    """The sources of attributions and quotes mentioned by a person's name (a person's, or
    capitalised words that do not open with "The": "Architect Lena Voss", not "the SNP"),
    with their cues, in text order with their starts. Whether the cue is a saying is read
    only for the few a pronoun looks back at (:func:`_speaker_between`)."""
    text = analysis.article.text
    pairs = [(a.source, a.cue_span) for a in analysis.attributions]
    pairs += [(q.speaker, q.cue_span) for q in analysis.quotes if q.speaker is not None]
    found = {
        s.span: (s, cue)
        for s, cue in pairs
        if s.span is not None and _person_named(s.span.of(text), s.kind)
    }
    ordered = sorted(found.items(), key=lambda kv: kv[0].start)
    return [s.start for s, _ in ordered], [pair for _, pair in ordered]


def _person_named(mention: str, kind: str) -> bool:
    words = mention.split()
    if not words or mention.strip().lower() in ALL_PRONOUNS or not words[-1][:1].isupper():
        return False
    if kind == "person":
        return True
    return kind != "outlet" and words[0] != "The" and all(w[:1].isupper() for w in words)


def _speaker_between(analysis: Analysis, source: Source, span: Span) -> bool:
    """ "he"/"she" credited to one person while another is named as a speaker after that
    person's last mention, in the pronoun's sentence or the one before. A speaker the
    article shows to be of the other gender is passed over ("Joe Roe and his wife, Ann
    Roe, say … He claims …")."""
    text = analysis.article.text
    pronoun = span.of(text).strip().lower()
    if pronoun not in PERSON_PRONOUNS or not analysis.sentences:
        return False
    starts = sentence_starts(analysis)
    floor = starts[max(sentence_index(analysis, span.start) - 1, 0)]
    at, speakers = _speakers(analysis)
    lo, hi = bisect.bisect_left(at, floor), bisect.bisect_left(at, span.start)
    if lo == hi:
        return False
    names = speaker_names(analysis, source, pronouns=False)
    want = "m" if pronoun in {"he", "him", "his"} else "f"
    gender = {c.id: c.gender for c in analysis.clusters if c.gender}
    for other, cue in reversed(speakers[lo:hi]):
        assert other.span is not None
        if not saying_cue(text, cue):
            continue  # "the SNP want …": no speaker
        if other.name in names or (source.cluster is not None and other.cluster == source.cluster):
            return False  # the credited person spoke last
        if gender.get(other.cluster or "", want) != want:
            continue  # "he" is not the woman who spoke last
        between = text[other.span.end : span.start]
        return not any(n[:1].isupper() and n in between for n in names)
    return False


def _subject_before_cue(analysis: Analysis, source: Source, cue: Span) -> bool:
    """Another person is named right before the cue, in apposition ("…, John Waldron,
    said"), after the credited mention, with no relative pronoun between them ("Roe, who
    met Hale, said"). A participle cue ("Roe praised Hale, stating …") has no subject of its
    own there."""
    text = analysis.article.text
    span = source.span
    if span is None or cue.start - span.end < _FAR_FROM_CUE or _PARTICIPLE.search(cue.of(text)):
        return False
    names: set[str] | None = None
    for entity in _people(analysis):
        e = entity.span
        if e.start < span.end or e.end > cue.start:
            continue
        if names is None:
            names = speaker_names(analysis, source, pronouns=False)
        if entity.canonical in names or e.of(text) in names:
            continue
        if (
            _RIGHT_BEFORE_CUE.match(text[e.end : cue.start])
            and _APPOSITION_BEFORE.search(text, max(e.start - _LOOK_BACK, 0), e.start)
            and not _relative_between(text[span.end : e.start])
            and not _COORDINATED.match(text, span.end)
        ):
            return True
    return False


@for_last
def _people(analysis: Analysis) -> list[Entity]:
    return [e for e in analysis.entities if e.label == "PERSON"]


def _relative_between(words: str) -> bool:
    return any(w.lower() in _RELATIVE for w in re.findall(r"[A-Za-z]+", words))
