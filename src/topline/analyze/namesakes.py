"""Two people of one surname: what the text itself says about which one a bare surname is.

When an article names two people who share a surname ("Senator Walter Pruitt" and "his wife,
Carol Pruitt"), the entity step gives a bare "Pruitt" to one of them
(:class:`topline.analyze.entities._SharedNames`), and every quote of that mention is credited
to that person. The last full mention alone gave a senator's words to his wife named a
paragraph before (the fifteenth session's blind read: Bernie Sanders's words to "Jane
Sanders"). Two pieces of evidence a reader uses, each read from the grammar of the sentence:

- **Introduced as a relative.** A person first named in apposition to a kinship noun owned by
  someone ("his wife, Carol Pruitt", "Ms. Ruiz's son, Tomas Ruiz", "Carol Pruitt, his wife,")
  is introduced *through* another person. News style names such a relative by full or first
  name after that, and keeps the bare surname for the person the story is about (the AP
  stylebook's rule for two people of one surname), so a bare surname does not go to a
  relative when a namesake who was not so introduced is a candidate (:func:`relative`),
  unless the writer habitually calls that namesake by first name (:func:`first_names`, at
  least twice and more often than by full name: "Elian" the boy, "Gonzalez" his father,
  "his father, Juan Miguel Gonzalez"): then the surname is someone else's, and the person
  named last is kept (a single "Hillary" in a Clinton story is no habit).
- **A pronoun the sentence ties to the mention.** "Pruitt said he would return" or
  "Benning said, adding that she …": the subject pronoun of a clause reported by the
  surname's own verb of saying (its complement, or the complement of a participle with no
  subject of its own), with no other person named and no quotation mark between, is the
  surname's own gender (:func:`pronoun_ties`). Not a relative clause, not a clause with
  another subject on the way: the fifteenth session's wide reading (any later "he"/"she" of
  the sentence) went through relative clauses and was rejected. Seventeenth session: also
  the "he"/"she" framing a quotation that opens the next sentence of the same paragraph
  ("Galloway, a Republican …, said the levee …. "…," he said": the news paragraph's
  paraphrase, quotation and pronoun cue are one speaker's), with no person named between
  (:func:`_next_quote_teller`).

Neither is a list of names: the genders come from the text (:mod:`topline.analyze.gender`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from topline.analyze.quote_marks import find_quote_regions

#: Nouns of kinship: a person named in apposition to one of these is someone's relative.
KIN_NOUNS = frozenset(
    """wife husband son daughter father mother brother sister widow widower grandson
    granddaughter grandfather grandmother nephew niece uncle aunt cousin stepson stepdaughter
    stepfather stepmother father-in-law mother-in-law son-in-law daughter-in-law
    brother-in-law sister-in-law fiance fiancé fiancee fiancée twin""".split()
)
_KIN = (
    r"(?:great-)*(?:"
    + "|".join(re.escape(w) for w in sorted(KIN_NOUNS, key=len, reverse=True))
    + ")"
)
#: An owner: a possessive pronoun or a name in the possessive ("his", "Ms. Ruiz's").
_OWNER = r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:['’]s|s['’]))"
#: A few words of the noun phrase between the owner and the noun ("his late wife", "her
#: 19-year-old son", "their eldest daughter").
_BETWEEN = r"(?:[\w-]+\s+){0,2}?"
#: A title between the noun and the name ("whose husband, state Senator Owen Marsh").
_TITLE = r"(?:(?:[a-z]+\s+)?[A-Z][a-z]+\.?\s+)?"
_KIN_BEFORE = re.compile(
    r"\b" + _OWNER + r"\s+" + _BETWEEN + r"(?:" + _KIN + r")\s*,?\s*" + _TITLE + "$"
)
#: After the name, the owner is never "whose": "Linda Marsh, whose husband, …" is his wife.
_KIN_AFTER = re.compile(
    r"^\s*,\s*(?!whose\b)" + _OWNER + r"\s+" + _BETWEEN + r"(?:" + _KIN + r")\b"
)
#: How far before a name its apposition is looked for (on its own line).
_REACH = 60
#: Subject pronouns and the gender each says.
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_QUOTE_MARKS = re.compile("[\"“”«»]|''|``")


def relative(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` stands in apposition to a kinship noun someone owns ("his
    wife, Carol Pruitt", "Carol Pruitt, his wife")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _REACH) : start]
    if _KIN_BEFORE.search(before):
        return True
    after = text[end : end + _REACH].split("\n", 1)[0]
    return _KIN_AFTER.match(after) is not None


def first_names(text: str, names: Iterable[tuple[int, int]]) -> dict[str, int]:
    """How often the writer uses each one-word person name (``names``: start, end) outside
    any quotation: "Elian" nine times in a story that calls the boy so and his father
    "Gonzalez". A namesake the writer habitually calls by first name is not the one the bare
    surname names (the stylebook's other half); a first name inside a quotation is the
    speaker's word."""
    quoted = [(r.start, r.end) for r in find_quote_regions(text) if not r.single]
    return dict(
        Counter(
            text[start:end] for start, end in names if not any(a <= start < b for a, b in quoted)
        )
    )


def pronoun_ties(doc: Doc, names: Iterable[tuple[int, int]], people: list[int]) -> dict[int, str]:
    """Gender ("m"/"f") of each one-word name (``names``: start, end) that the sentence ties
    to a subject pronoun, by the name's start. ``people``: the starts of every person
    mention, in order (no other person may be named between the name and the pronoun)."""
    text = doc.text
    ties: dict[int, str] = {}
    for start, end in names:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        subject = span.root
        if subject.dep_ != "nsubj" or subject.head.pos_ != "VERB":
            continue
        pronoun = _reported_subject(subject.head)
        if pronoun is None or pronoun.lower_ not in _PRONOUN_GENDER:
            pronoun = _next_quote_teller(subject.head)
        if pronoun is None or pronoun.idx < end:
            continue
        between = text[end : pronoun.idx]
        if any(end <= p < pronoun.idx for p in people):
            continue
        if _QUOTE_MARKS.search(between) and pronoun.sent.start == subject.sent.start:
            continue  # a quotation inside the name's own sentence may be someone else's
        if (gender := _PRONOUN_GENDER.get(pronoun.lower_)) is not None:
            ties[start] = gender
    return ties


def _next_quote_teller(verb: Token) -> Token | None:
    """The "he"/"she" that frames a quotation opening the next sentence of the paragraph:
    "Galloway, a Republican, said the levee was the Corps' job. "I've written to them
    twice," he said." A reader takes the pronoun for the one who spoke just before (the
    news paragraph's paraphrase, quotation, pronoun cue). Only when the sentence right after
    the name's opens with a quotation mark, in the same paragraph, and the pronoun is the
    subject of a verb right after the quotation closes (the caller checks that no person
    is named between)."""
    doc = verb.doc
    end = verb.sent.end
    if end >= len(doc):
        return None
    gap = doc.text[doc[end - 1].idx + len(doc[end - 1].text) : doc[end].idx]
    if "\n" in gap or not _QUOTE_MARKS.match(doc[end].text):
        return None
    nxt = doc[end].sent
    closing = [t for t in nxt if t.i > end and _QUOTE_MARKS.fullmatch(t.text)]
    if not closing:
        return None
    after = closing[-1].i + 1
    if after >= nxt.end:
        return None
    pronoun = doc[after]
    if pronoun.lower_ not in _PRONOUN_GENDER or pronoun.dep_ != "nsubj":
        return None
    return pronoun if pronoun.head.pos_ == "VERB" and pronoun.head.i == after + 1 else None


def _reported_subject(verb: Token) -> Token | None:
    """The subject of the first clause ``verb`` reports: its complement ("said he would"),
    or a subjectless participle's complement ("said, adding that she …"); None when that
    clause has no subject or the way there holds another one."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for child in verb.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG":
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                continue
            clauses += [c for c in child.children if c.dep_ == "ccomp"]
    for clause in sorted(clauses, key=lambda t: t.i):
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
    return None
