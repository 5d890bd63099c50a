"""Who says so: when the brief may show a source tag or a Crucial quote's speaker.

An editor read briefs of unseen news and found three ways a credit goes wrong, each a rule
here (fixture tests in ``tests/test_credit.py``):

- **A cue that is not a saying.** The analysis links a claim to whoever "hopes", "wants",
  "intends", "is wondering" or "has positioned itself" (beliefs and plans are attributions
  in the annotation schemes the analysis follows), and a bullet was then tagged "(source:
  Google)" for "While Google intends to …". A tag says who *says* so: its cue must be a verb
  of saying, writing, reporting or finding (:data:`SAYING`), not negated ("would not
  disclose"), not an infinitive ("intends to add", "to claim"), not "claimed" with a
  sum ("claimed £100,000 in expenses") nor "wrote" with a count ("wrote more than 600
  works": an author's output; second round), not a passive ("The court was told", "Roe was
  accused of": the subject is who heard it), and not a headline's word in title case
  ("… New Performers Announced"; both fourteenth session).
- **A pronoun resolved to someone the reader would not pick.** "…," she said was credited to
  a man named two paragraphs earlier, and "he told one FBI agent" to an actor the article
  listed among the victims. A reader pins "he" or "she" on the last person the text named
  (not counting a possessive, "Clinton's campaign", or names inside the quotation itself), and
  "they" or "it" on a name in the same or the sentence before. A credit resolved from a
  pronoun is shown only when the resolution is that reading (:func:`pronoun_credit_ok`).
- **A pronoun of the wrong gender, or a right one refused.** The analysis stores the gender
  the article shows for each person (``EntityCluster.gender``, :mod:`topline.analyze.gender`):
  "he said" is never credited to a person the article shows to be a woman (or "she" to a
  man), and it is credited to the last man named (within a few sentences) when a woman was
  named after him, provided no one of unknown gender was named in between.
- **A fallback to another clause's source.** When the source that covers most of a sentence
  is no source at all (people in general, a number), the tag is left out rather than taken
  from a smaller clause of the sentence (``attribution_for`` in :mod:`.compose`).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from topline.brief.claim_rules import PASSIVE_AUXILIARIES, ROLE_HEADS
from topline.brief.credit_names import (
    ALL_PRONOUNS,
    OTHER_PRONOUNS,
    PERSON_PRONOUNS,
    ambiguous_surname,
    missed_names,
    relative_named_later,
)
from topline.brief.credit_readings import description_between
from topline.cue_lexicon import SPEECH_VERBS
from topline.memo import for_last
from topline.model import Analysis, Entity, Source, Span

# --- tunable vocabulary ------------------------------------------------------------------
#: Verbs of complaining (Levin 1993, class 37.8, "complain verbs"), and "lament",
#: "bemoan", "decry", "deplore", which news writes of a said complaint: "Ramos lamented
#: that …", "groused about the rules", "bemoaned the cuts". Each tells what its subject said.
COMPLAINING = frozenset(
    """complain gripe grouse grumble moan whine carp lament bemoan decry deplore""".split()
)
#: The analysis's verbs of speech that need no saying: thought ("thinks", "believes",
#: "wonders"), asking ("asked whether"), learning, going on, and the two-word "point_out"
#: (a cue here is read word by word).
_SPEECH_NOT_SAYING = frozenset("ask believe continue learn point_out think wonder".split())
#: Lemmas of cues that say someone *says* (or wrote, reported, found) the claim: the
#: analysis's verbs of speech (:data:`topline.cue_lexicon.SPEECH_VERBS`) but those of
#: :data:`_SPEECH_NOT_SAYING`; verbs of evidence ("find", "show"), "according to" and
#: "quote"; "mention", "hint", "condemn"; the complaints (:data:`COMPLAINING`); and "express"
#: and "voice", which state their subject's feeling in words ("expressed frustration",
#: "voiced concern"). Fifteenth session, second round: tags were refused for "described
#: Trump as …", "called it …", "has blasted", "bemoaned", "expressed frustration" (samples
#: AC and AD, read blind; AH and PolNeAR train's pool).
SAYING = (
    (SPEECH_VERBS - _SPEECH_NOT_SAYING)
    | frozenset("according condemn express find hint mention quote show voice".split())
    | COMPLAINING
)
#: Words that make a cue a refusal to say, not a saying.
_NEGATION = re.compile(r"\b(?:not|never|n't|n’t|declined?|refused?|won't|won’t)\b", re.I)
#: "claimed £100,000", "claimed more than 60 lives": the object is a sum, not a statement.
_CLAIMED_SUM = re.compile(r"\s+(?:more than |less than |about |nearly |over |some )?[£$€\d]")
#: "wrote more than 600 works", "has written two novels", "wrote dozens of songs": the
#: object is a count of works, an author's output, not a statement ("wrote three years ago
#: that …" is one: a time is no count of works).
_WRITTEN_COUNT = re.compile(
    r"\s+(?:more than |over |about |nearly |almost |some |around )?"
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)"
    r"\s+(?!(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|ago)\b)[a-z]",
    re.I,
)
_MALE = frozenset({"he", "him", "his"})
#: Sentences back (from the pronoun's) a person may be named and still be the last man (or
#: woman) named whom a reader pins "he" ("she") on.
GENDER_SENTENCES = 3
#: "the" (or "a") right before a name, and a lower-case noun right after it: the name is a
#: modifier ("the Harry Potter author", "a Trump supporter").
_MODIFIER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b(?!\s+(?:of|said|says|told))")
_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "found": "find",
    "shown": "show",
    "according": "according",
}
_WORD = re.compile(r"[a-z’']+")


@functools.lru_cache(maxsize=4096)
def verb_form_lemmas(word: str) -> frozenset[str]:
    """The lemmas an inflected verb form may have (a plain reading, no tagger). Cached: a
    brief asks for the same cue words once per sentence it credits."""
    w = word.lower()
    if w in _IRREGULAR:
        return frozenset({_IRREGULAR[w]})
    out = {w}
    for suffix, repl in (
        ("ied", "y"),
        ("ies", "y"),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
        ("es", ""),
        ("s", ""),
        ("d", ""),
    ):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)] + repl
            out.add(stem)
            if len(stem) > 3 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # "admitted" → "admitt" → "admit"
    return frozenset(out)


def saying_cue(article: str, cue: Span | None) -> bool:
    """The cue is a verb of saying, writing, reporting or finding, not negated, and not
    "claimed" with a sum as its object. A claim with no cue span (a quote's speaker found
    by a colon line, say) is given the benefit of the doubt."""
    if cue is None:
        return True
    words = cue.of(article)
    if _NEGATION.search(words) or words.lower().startswith("to "):
        return False  # "would not disclose"; "intends to add": an infinitive is a plan
    lemmas = set().union(*(verb_form_lemmas(w) for w in _WORD.findall(words.lower())))
    if not lemmas & SAYING:
        return False
    if _passive(article, cue):
        return False  # "The court was told", "Roe was accused of": the subject is told
    if _title_word(article, cue):
        return False  # "Ciara to Host …, Plus New Performers Announced": a headline's word
    if "write" in lemmas and _WRITTEN_COUNT.match(article, cue.end):
        return False  # "Mozart wrote more than 600 works": an author's output
    return not ("claim" in lemmas and _CLAIMED_SUM.match(article, cue.end))


#: A form of "be" and a participle ending the cue ("was told", "has been accused"): the
#: subject is who was told or accused, not who said so. "was quoted (as saying)" names the
#: speaker and is left out.
_PASSIVE = re.compile(
    r"\b(?:" + "|".join(sorted(PASSIVE_AUXILIARIES)) + r")\s+(?:[a-z]+ly\s+)?([a-z]+)$", re.I
)
_PARTICIPLES = frozenset({"told", "said", "written", "shown", "found"})


#: What may stand right before a sentence's (or a quotation's) first word.
_OPENERS = frozenset(".!?:;\"'“”‘’([—–\n")


def _title_word(article: str, cue: Span) -> bool:
    """The cue is capitalised in mid-sentence ("… Plus New Performers Announced"): a word of
    a headline in title case (a list of related links, a glued title), not a saying."""
    return article[cue.start : cue.start + 1].isupper() and not opens_sentence(article, cue.start)


def opens_sentence(article: str, at: int) -> bool:
    """The word at ``at`` is a sentence's (or a quotation's) first: only an opener
    (:data:`_OPENERS`) or the text's start stands before it, past spaces."""
    i = at - 1
    while i >= 0 and article[i] in " \t\xa0":
        i -= 1
    return i < 0 or article[i] in _OPENERS


def _passive(article: str, cue: Span) -> bool:
    match = _PASSIVE.search(article, max(cue.start - 24, 0), cue.end)
    if match is None or match.end() != cue.end:
        return False
    word = match.group(1).lower()
    return word != "quoted" and (word.endswith("ed") or word in _PARTICIPLES)


#: Cues of evidence: what a thing shows or suggests ("the figures show", "the poll
#: suggests"). Their subject is a source only when it is one (a person, a body, a document
#: or data), never an event or a state of affairs ("Tuesday's vote shows …", "The ad going
#: viral shows …").
EVIDENTIAL = frozenset(
    {"show", "suggest", "indicate", "mean", "prove", "demonstrate", "signal", "reveal"}
)
#: What shows or reveals as evidence, besides the documents and bodies of source tags
#: (:data:`~topline.brief.claim_rules.ROLE_HEADS`): "Breathing tests showed …", "Video
#: footage shows …", "The transcript of the debate shows …".
EVIDENCE_HEADS = frozenset(
    """test tests footage video videos image images photo photos picture pictures transcript
    transcripts poll polls analysis analyses research evidence results result findings
    numbers statistics stats estimates audit audits review tally records record emails
    filings scan scans""".split()
)
_POSTMODIFIERS = frozenset({"of", "by", "from", "at", "in", "on", "for"})
#: The postmodifiers that name who made a thing ("a projection from X", "a study by X").
_MADE_BY = frozenset({"by", "from"})
#: Words a proper name may have in lower case ("Bank of England", "the Department of State").
_NAME_LINKS = frozenset({"of", "the", "and", "for", "de", "la", "von", "van", "&"})
#: Kinds of :class:`~topline.model.Source` that are someone or something that can tell.
_TELLING_KINDS = frozenset({"person", "organization", "outlet", "official", "document", "unnamed"})
#: "found them reluctant", "is finding it hard", "has found his best form": "find" with a
#: pronoun or possessive object is what someone met with, not a finding reported.
_FIND_OBJECT = re.compile(
    r"\s+(?:them|him|her|it|us|me|you|themselves|himself|herself|itself|ourselves|myself|"
    r"his|its|their|our|my|your)\b",
    re.I,
)
#: When the source spoke, written into its tag ("a statement on Wednesday", "the ministry
#: last week"): the tag names who, and stops before it.
_TIME_WORDS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|"
    r"weekend|morning|afternoon|evening|today|yesterday)"
)
#: ... but not a time in the possessive ("winning Tuesday's primaries"): that one says which
#: thing, and is no time of saying.
_TIME_IN_TAG = re.compile(
    r"\s+(?:(?:on|late|early)\s+)?(?:(?:last|this|on|late|early)\s+)?"
    + _TIME_WORDS
    + r"\b(?![’']s\b).*$"
)
#: A time in the possessive opening the tag ("Last year's FBI statistics show …", "this
#: week's poll"): a determiner saying which statistics. Cut at its first space by the rule
#: above, the tag was the time word alone ("(source: Last)"); the tag is left whole.
_TIME_POSSESSIVE = re.compile(
    r"(?:(?:last|this|next|late|early)\s+)?" + _TIME_WORDS + r"[’']s\s+(?=\S)", re.I
)


def credits(article: str, source: Source, cue: Span | None) -> bool:
    """The cue makes ``source`` the source of its claim: a cue of saying
    (:func:`saying_cue`); not "find" with a pronoun object ("Trump is finding them
    reluctant"); and for a cue of evidence (:data:`EVIDENTIAL`: "shows", "suggests") a
    subject that can tell: a person, body, outlet or document, or a phrase whose head is a
    role, body or document noun ("new filings show") or is made "by" or "from" a proper name
    ("a projection from the Cook Political Report shows"; sixteenth session), never an event
    ("Tuesday's vote shows", "The dance techniques … revealed"); a proper name may ("Acme
    Corp shows")."""
    if not saying_cue(article, cue):
        return False
    if cue is None:
        return True
    lemmas = set().union(*(verb_form_lemmas(w) for w in _WORD.findall(cue.of(article).lower())))
    if "find" in lemmas and _FIND_OBJECT.match(article, cue.end):
        return False
    if lemmas & NAMING and not lemmas & (SAYING - NAMING) and _object_source(article, source, cue):
        return False
    if lemmas & SAYING - EVIDENTIAL or source.kind in _TELLING_KINDS:
        return True
    words = source.name.split()
    # the head noun: the last word before "of", "by", "from" ("Preliminary tests by Digital
    # Foundry", "The dance techniques of royal court dances")
    cut = next((i for i, w in enumerate(words) if w.lower() in _POSTMODIFIERS and i), len(words))
    head = words[cut - 1].lower().strip(".,;:'’\"”–—") if words else ""
    if head in ROLE_HEADS or head in EVIDENCE_HEADS:
        return True
    # "A projection from the Cook Political Report shows …", "an estimate by Moody's": a
    # product of a maker the phrase names after "by" or "from" tells what its maker does
    maker = words[cut + 1 :] if 0 < cut < len(words) and words[cut].lower() in _MADE_BY else []
    if any(w[:1].isupper() for w in maker) and all(
        w[:1].isupper() or w.lower() in _NAME_LINKS for w in maker
    ):
        return True
    # a proper name ("Acme Corp", "Bank of England") can tell; "The dance techniques of
    # royal court dances" and "Tuesday's turnout" cannot
    return bool(words) and all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words)


#: Verbs that name or judge their object ("called it a disgrace", "described Trump as …",
#: "praised the plan"): their source is their subject, never inverted after them as "…,
#: said Smith" is. "call" with "to" after it is no naming ("called to mind", "called to
#: ask").
NAMING = frozenset("call describe dub label brand term liken praise blast".split())
_CALL_TO = re.compile(r"\s+to\b", re.I)


def _object_source(article: str, source: Source, cue: Span) -> bool:
    """A naming or judging cue (:data:`NAMING`) whose source stands after it (the parse took
    the object for the subject: "Will described Trump as …" credited to Trump), or a "call"
    that names nothing ("called to mind")."""
    if source.span is not None and source.span.start >= cue.end:
        return True
    return _CALL_TO.match(article, cue.end) is not None


def without_time(article: str, source: Source) -> Source:
    """``source`` with a time written into its tag left out ("a statement on Wednesday" →
    "a statement"), its span cut to match; unchanged when there is none, or when a time in
    the possessive opens it ("Last year's FBI statistics": which statistics, not when)."""
    if _TIME_POSSESSIVE.match(source.name):
        return source  # "Last year's FBI statistics", "Monday's poll": which, not when
    match = _TIME_IN_TAG.search(source.name)
    if match is None or match.start() == 0:
        return source
    name = source.name[: match.start()]
    span = source.span
    if span is not None and span.of(article) == source.name:
        span = Span(span.start, span.start + len(name))
    return replace(source, name=name, span=span)


#: A hyphen and the rest of a word: "co" of "co-ordinator", "vice" of "vice-president".
_REST_OF_WORD = re.compile(r"-[A-Za-z][\w-]*")


def whole_word(article: str, source: Source) -> Source:
    """``source`` with its name carried to the end of a hyphenated word its span cut ("The
    school's pastoral care co" of "co-ordinator" → "… co-ordinator"); unchanged when the
    span ends at a word's end or does not hold the name as written."""
    span = source.span
    if span is None or span.of(article) != source.name or not source.name[-1:].isalpha():
        return source
    rest = _REST_OF_WORD.match(article, span.end)
    if rest is None:
        return source
    end = rest.end()
    return replace(source, name=article[span.start : end], span=Span(span.start, end))


@for_last
def sentence_starts(analysis: Analysis) -> list[int]:
    """The analysis' sentence starts, in order, made once per analysis (the credit checks
    and :mod:`.credit_clauses` find a mention's sentence by bisection)."""
    return [s.span.start for s in analysis.sentences]


def sentence_index(analysis: Analysis, at: int) -> int:
    """The index in :func:`sentence_starts` of the sentence holding offset ``at``."""
    return max(bisect.bisect_right(sentence_starts(analysis), at) - 1, 0)


@dataclass(frozen=True)
class _Static:
    """What the credit checks read of an analysis that does not depend on the pronoun, made
    once per analysis: the sentence starts, and the entities that can be an antecedent at
    all (outside the analysis' quotations, not possessive, not a modifier), in text order
    with their starts. Rebuilding them per pronoun made a long article's brief quadratic."""

    sentence_starts: list[int]
    entities: list[Entity]
    entity_starts: list[int]
    people: list[Entity]  # the PERSON ones among ``entities``
    surnames: dict[str, set[str]]  # last word of a full name → the people so named


def _surnames(text: str, entities: list[Entity]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for e in entities:
        words = e.span.of(text).split()
        if e.label == "PERSON" and len(words) > 1:
            found.setdefault(words[-1], set()).add(e.canonical)
    return found


@for_last
def _static(analysis: Analysis) -> _Static:
    return _antecedent_table(analysis, list(analysis.entities))


@for_last
def _static_with_missed(analysis: Analysis) -> _Static:
    """:func:`_static` with the people named where the recogniser missed them
    (:func:`missed_names`): they can only take a pronoun away from a credit, never give one
    (a name found by its string alone is no evidence of who spoke)."""
    missed = missed_names(analysis)
    if not missed:
        return _static(analysis)  # the same table: built once
    return _antecedent_table(analysis, [*analysis.entities, *missed])


def _antecedent_table(analysis: Analysis, entities: list[Entity]) -> _Static:
    text = analysis.article.text
    starts, ends = _merged([q.content_span for q in analysis.quotes])
    kept = []
    for entity in sorted(entities, key=lambda x: x.span.start):
        e = entity.span
        at = bisect.bisect_right(starts, e.start) - 1
        if at >= 0 and e.start < ends[at]:
            continue  # inside a quotation
        if text[e.end : e.end + 2] in {"'s", "’s"} or text[e.end : e.end + 1] in {"'", "’"}:
            continue  # "Clinton's campaign": a possessive is no antecedent
        if _modifier_before(text, e.start) and _NOUN_AFTER.match(text, e.end):
            continue  # "The Harry Potter author": a name used as a modifier names no one
        kept.append(entity)
    static = _Static(
        sentence_starts=sentence_starts(analysis),
        entities=kept,
        entity_starts=[e.span.start for e in kept],
        people=[e for e in kept if e.label == "PERSON"],
        surnames=_surnames(text, kept),
    )
    return static


def pronoun_credit_ok(analysis: Analysis, source: Source, inside: Span | None = None) -> bool:
    """Whether a credit resolved from a pronoun is the one a reader makes.

    Only a source whose mention (``source.span``) is a pronoun is checked. The reader pins
    the pronoun on the last name before it, or on the subject of its own or the previous
    sentence (the first name there): "He"/"she" on a person, "they"/"it"/"we" on a person,
    organisation or place named in its own or the previous sentence. Names inside quotation
    marks and possessives ("Clinton's campaign") are no antecedents; a mention of the
    credited person counts whatever its entity label. ``inside`` is the quotation the
    credit is for. A "he added" that carries on a run of the same speaker's quotations, the
    first of them credited by name, with no one else named in between, is also the
    reader's reading (:func:`_continues_named_quotes`). Any credit, pronoun or name, to a
    full name first written later as someone's relative is refused
    (:func:`.credit_names.relative_named_later`), and so is "he"/"she" after a subject
    description the text does not tie to the credited person ("The judge said …", "The
    32-year-old was …": :func:`.credit_readings.description_between`)."""
    span = source.span
    if span is None:
        return True
    if relative_named_later(analysis, source):
        return False  # "she told …" credited to "her husband, Frank Roe", named later
    text = analysis.article.text
    word = span.of(text).strip().lower()
    person = word in PERSON_PRONOUNS
    if not person and word not in OTHER_PRONOUNS:
        # "Mr. Bush" after "George W. Bush", credited to Jeb Bush
        if len(_static(analysis).surnames.get(span.of(text).strip(), ())) < 1:
            return True  # no one is named in full with this surname: nothing to mistake
        return not ambiguous_surname(analysis, source, _static(analysis).people)
    names = {source.name}
    for cluster in analysis.clusters:
        if person and cluster.id == source.cluster and cluster.gender not in (None, _want(word)):
            return False  # "he said" credited to a woman the article calls "Ms. Roe"
        if cluster.id == source.cluster:
            names.add(cluster.canonical)
            names.update(  # "Khoo", a mention of "Ken Choo"
                m.of(text)
                for m in cluster.mentions
                if m.of(text)[:1].isupper() and m.of(text).lower() not in ALL_PRONOUNS
            )
    return all(
        _reading_agrees(analysis, source, word, person, inside, names, table)
        for table in (_static(analysis), _static_with_missed(analysis))
    ) and not (
        ambiguous_surname(analysis, source, _static(analysis).people)
        or (person and description_between(analysis, source, span))
    )


def _reading_agrees(
    analysis: Analysis,
    source: Source,
    word: str,
    person: bool,
    inside: Span | None,
    names: set[str],
    table: _Static,
) -> bool:
    """:func:`pronoun_credit_ok` with the antecedents of ``table``."""
    text = analysis.article.text
    span = source.span
    assert span is not None
    mentions = _antecedents(analysis, span, person, inside, names, table)
    here = sentence_index(analysis, span.start)
    previous = analysis.sentences[max(here - 1, 0)].span.start if analysis.sentences else 0
    own = analysis.sentences[here].span.start if analysis.sentences else 0
    readings: list[Entity | None] = [*mentions[-1:]]
    first_here = next((e for e in mentions if e.span.start >= own), None)
    if not (person and _another_before(analysis, first_here, word, names)):
        # "Col. Roe started Maher's rant when he …": a person named in the pronoun's own
        # sentence, before it, is the reader's reading, not the previous sentence's subject
        readings += [next((e for e in mentions if previous <= e.span.start < own), None)]
    readings += [first_here]
    if any(x is not None and _names(text, x, names) for x in readings):
        return True
    if person and _nearest_of_gender(analysis, source, word, mentions, names):
        return True
    bound = inside.start if inside is not None else span.start
    return person and _continues_named_quotes(analysis, source, bound, names, mentions)


#: Capitalised words opening a sentence whose name is then no subject: "If Clinton is
#: elected", "After Roe left", "In Roe's view".
_NOT_SUBJECT = frozenset(
    """if when while after before as although though because since unless until once asked
    during in on at for with by from despite like unlike""".split()
)


def _another_before(
    analysis: Analysis, entity: Entity | None, pronoun: str, names: set[str]
) -> bool:
    """``entity`` (the first name in the pronoun's sentence before it) is a person other
    than the credited one, of the pronoun's gender or of one the article does not show, and
    the sentence's subject: only capitalised words (a title, a rank) before it, none a
    subordinator or a preposition ("If Clinton is elected, he said" is about Clinton, said
    by the previous sentence's subject)."""
    text = analysis.article.text
    if entity is None or entity.label != "PERSON" or _names(text, entity, names):
        return False
    start = _static(analysis).sentence_starts[sentence_index(analysis, entity.span.start)]
    before = text[start : entity.span.start].split()
    if any(not w[:1].isupper() for w in before):
        return False
    if (before[0] if before else entity.span.of(text).split()[0]).lower() in _NOT_SUBJECT:
        return False
    gender = next((c.gender for c in analysis.clusters if c.canonical == entity.canonical), None)
    return gender in (None, _want(pronoun))


def _want(pronoun: str) -> str:
    return "m" if pronoun in _MALE else "f"


def _nearest_of_gender(
    analysis: Analysis, source: Source, pronoun: str, mentions: list[Entity], names: set[str]
) -> bool:
    """ "he" read as the last *man* named (or "she" the last woman), when the article shows
    the genders: the credited person's gender is known and agrees with the pronoun, and the
    nearest person named before the pronoun whose gender does not differ is that person,
    named within :data:`GENDER_SENTENCES` sentences. "Tom Baker opened the bridge. Jane Roe
    was not impressed. "…," he said" is Tom Baker's; with Jane Roe's gender unknown it is
    nobody's (precision first: an unknown gender could be the pronoun's)."""
    want = _want(pronoun)
    gender = {c.id: c.gender for c in analysis.clusters if c.gender}
    if source.cluster is None or gender.get(source.cluster) != want:
        return False
    by_span = {m: c.id for c in analysis.clusters if c.gender for m in c.mentions}
    by_name = {c.canonical: c.id for c in analysis.clusters if c.gender}
    assert source.span is not None
    floor = sentence_index(analysis, source.span.start) - GENDER_SENTENCES
    for entity in reversed(mentions):
        if sentence_index(analysis, entity.span.start) < floor:
            return False
        cid = by_span.get(entity.span) or by_name.get(entity.canonical)
        if cid is not None and cid != source.cluster and gender[cid] != want:
            continue  # "she" is not the man named last
        return _names(analysis.article.text, entity, names)
    return False


def _names(text: str, entity: Entity, names: set[str]) -> bool:
    return entity.canonical in names or entity.span.of(text) in names


def _antecedents(
    analysis: Analysis,
    span: Span,
    person: bool,
    inside: Span | None,
    names: set[str],
    table: _Static | None = None,
) -> list[Entity]:
    """The names a reader may pin the pronoun at ``span`` on, in text order: people (or, for
    "they"/"it", also organisations and places named in the pronoun's or the previous
    sentence), outside quotation marks, not possessive."""
    text = analysis.article.text
    labels = {"PERSON"} if person else {"PERSON", "ORG", "NORP", "GPE"}
    floor = 0
    if not person and analysis.sentences:
        floor = analysis.sentences[max(sentence_index(analysis, span.start) - 1, 0)].span.start
    static = table or _static(analysis)  # quotations, possessives, modifiers left out
    lo = bisect.bisect_left(static.entity_starts, floor)
    hi = bisect.bisect_left(static.entity_starts, span.start)
    return [
        entity
        for entity in static.entities[lo:hi]
        if (entity.label in labels or _names(text, entity, names))
        and not (inside is not None and inside.start <= entity.span.start < inside.end)
    ]


def _modifier_before(text: str, at: int) -> bool:
    """Whether "the"/"a"/"an" and white space end right at ``at``. The search starts just
    before the white space (``re`` reads the real previous character for ``\\b``), so it
    costs the same anywhere in a long article instead of a scan from its start."""
    j = at
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return _MODIFIER_BEFORE.search(text, max(j - 4, 0), at) is not None


def _merged(spans: list[Span]) -> tuple[list[int], list[int]]:
    """The union of ``spans`` as sorted, disjoint [start, end) runs: whether a position lies
    in any of them is then one bisection, not a pass over every quotation."""
    starts: list[int] = []
    ends: list[int] = []
    for s in sorted(spans, key=lambda x: x.start):
        if s.start >= s.end:
            continue
        if ends and s.start <= ends[-1]:
            ends[-1] = max(ends[-1], s.end)
        else:
            starts.append(s.start)
            ends.append(s.end)
    return starts, ends


def _continues_named_quotes(
    analysis: Analysis, source: Source, bound: int, names: set[str], mentions: list[Entity]
) -> bool:
    """The quotation (starting at ``bound``) carries on a run of quotations of the same
    speaker (quotations credited to no one may sit in the run), the run's first credited by
    name, and no other person is named outside quotation marks since that named credit."""
    text = analysis.article.text
    earlier = sorted(
        (q for q in analysis.quotes if q.kind == "direct" and q.content_span.end <= bound),
        key=lambda q: q.content_span.start,
    )
    for quote in reversed(earlier):
        speaker = quote.speaker
        if speaker is None:
            continue  # a paragraph of the run credited to no one
        if not (speaker.name in names or speaker.cluster == source.cluster):
            return False  # someone else spoke in between
        if speaker.span is not None and speaker.span.of(text).strip().lower() not in ALL_PRONOUNS:
            since = speaker.span.end
            return all(_names(text, e, names) for e in mentions if e.span.start >= since)
    return False
