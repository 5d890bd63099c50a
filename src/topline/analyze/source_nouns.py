"""What can be a source: a person, organisation, publication or role, never a number or an event.

One place for the noun lexicons the speaker resolver and the cue finder share, and for the
rules that decide whether a noun phrase can say or hold something (docs/quotes.md, "Who can
be a source").

:func:`is_source_head` (speakers of reporting cues, bullet source tags) excludes what the
editors flagged and nothing more: numbers and shares ("28% of CFOs", "two-thirds of CFOs",
"63 percent"), the reader's "you", events ("the rolling blackouts on those days") and dates.
A partitive of people stays a source ("one of the family's attorneys", "many of his
supporters").

:func:`is_agent_head` is stricter, for cues that are not speech ("X backs / wants / fears
…"), where the subject must be someone: a name, a personal pronoun, or a common noun of a
person, group, office or document (the lexicons below, or a noun that names a person by its
ending: "researchers", "economists", "analysts").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from topline import source_lexicon as _lexicon

# The lexicons live in a spaCy-free module (the brief reads them); the analysis modules
# import them from here.
DOCUMENT_NOUNS = _lexicon.DOCUMENT_NOUNS
GROUP_NOUNS = _lexicon.GROUP_NOUNS
PERSON_NOUNS = _lexicon.PERSON_NOUNS
PERSON_SUFFIXES = _lexicon.PERSON_SUFFIXES
TITLE_NOUNS = _lexicon.TITLE_NOUNS
UNNAMED_NOUNS = _lexicon.UNNAMED_NOUNS

#: Words that count or share out ("28%", "two-thirds", "half of"): a number, never a source.
QUANTITY_HEADS = frozenset(
    "percent percentage % half third thirds quarter quarters fifth fifths fraction share "
    "portion proportion".split()
)
#: Nouns that count people out when "of" names them ("a number of senators", "a majority of
#: voters", "a handful of donors"): the people hold the view (:func:`is_agent_head`).
COUNT_NOUNS = frozenset("number handful lot dozens hundreds thousands millions bunch".split())
#: Shares of a whole named by a noun ("a majority of voters"): like "half", never a source.
SHARE_NOUNS = frozenset("majority minority plurality".split())
#: Nouns of events and states of affairs: they happen, they do not say anything.
EVENT_NOUNS = frozenset(
    "blackout outage storm hurricane flood earthquake fire explosion blast crash collision "
    "shooting attack war battle strike protest rally riot election vote debate meeting "
    "summit conference crisis collapse recession shutdown accident incident disaster "
    "pandemic epidemic outbreak drought heatwave wildfire day week month year night "
    "morning evening weekend season".split()
)
#: Pronouns that stand for someone who can speak.
SOURCE_PRONOUNS = frozenset("he she they we i who them him her us me".split())
NON_SOURCE_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "EVENT"})
#: Suffix words that end in -er/-ent/-ant without naming a person (events, things).
_NOT_PERSON = frozenset(
    "number order matter water paper center centre border power letter member event "
    "president percent moment comment statement agreement government document element "
    "amendment department movement payment parent plant restaurant".split()
)
_DIGIT = re.compile(r"\d")


def is_quantity(tok: Token) -> bool:
    """A number, percentage or share ("28%", "two-thirds", "63 percent"), but not "one" of
    "one of the attorneys"."""
    low = tok.lower_
    if low in QUANTITY_HEADS or tok.ent_type_ in {"PERCENT", "MONEY", "QUANTITY"}:
        return True
    if low == "one":
        return False
    return tok.like_num or tok.pos_ == "NUM" or bool(_DIGIT.search(low))


def is_person_noun(lemma: str) -> bool:
    """A common noun that names a person, group, office or publication."""
    if lemma in TITLE_NOUNS or lemma in UNNAMED_NOUNS or lemma in GROUP_NOUNS:
        return True
    if lemma in PERSON_NOUNS or lemma in DOCUMENT_NOUNS:
        return True
    return lemma not in _NOT_PERSON and len(lemma) > 4 and lemma.endswith(PERSON_SUFFIXES)


def is_source_head(tok: Token) -> bool:
    """Whether the noun phrase headed by ``tok`` can be a source (see the module docstring)."""
    if tok.lower_ in QUANTITY_HEADS or tok.ent_type_ in {"PERCENT", "MONEY", "QUANTITY"}:
        return False
    partitive = [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if tok.pos_ in {"NUM", "PRON", "DET", "ADJ"} and partitive:
        # "one of the family's lawyers", "five of the officials", "many of his supporters"
        return is_source_head(partitive[0])
    if is_quantity(tok):
        return False
    if tok.lower_ in {"you", "your", "yourself", "yourselves"}:
        return False
    if tok.ent_type_ in NON_SOURCE_ENTITIES:
        return False
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower() not in EVENT_NOUNS and tok.lower_ not in EVENT_NOUNS
    # the parser made it the subject of a reporting verb: trust it unless it is no noun phrase
    return tok.pos_ not in {"VERB", "AUX", "NUM", "SYM", "PUNCT", "SPACE", "ADP", "CCONJ"}


def _partitive(tok: Token) -> Token | None:
    """The object of "of" after ``tok`` ("three-quarters *of the voters*"), if any."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def is_people_share(tok: Token) -> bool:
    """A share or count of people as a subject: "Nearly half want …", "57 percent see …",
    "three-quarters of the voters support …", "a majority of voters oppose …". Polls report
    what such groups think: the cue is an attribution, but a share is never a source (the
    quote keeps no speaker, :func:`is_source_head`)."""
    low = tok.lower_
    if tok.ent_type_ in {"MONEY", "QUANTITY", "DATE", "TIME"}:
        return False
    if not (is_quantity(tok) or low in SHARE_NOUNS):
        return False
    of = _partitive(tok) or _split_fraction(tok)
    if of is None:
        # a bare share stands for people already counted ("Nearly half said …", "About 4 in
        # 10 say …"); a bare number does not ("3 rose", "2016 was …")
        return (
            low in QUANTITY_HEADS
            or tok.ent_type_ == "PERCENT"
            or any(c.lower_ == "in" for c in tok.children)
        )
    return is_agent_head(of)


def _split_fraction(tok: Token) -> Token | None:
    """The people of a fraction the tokenizer split at its hyphen: in "About two-thirds of
    the farmers support a ban" the parse makes "two" the subject and hangs "of the farmers"
    on "thirds" (its quantmod)."""
    for c in tok.children:
        if c.dep_ in {"quantmod", "compound", "nmod"} and c.lower_ in QUANTITY_HEADS:
            return _partitive(c)
    return None


def is_agent_head(tok: Token) -> bool:
    """Whether ``tok`` heads someone who can back, want or fear something (stricter)."""
    if tok.pos_ == "NOUN" and tok.lower_ in COUNT_NOUNS and tok.lower_ not in QUANTITY_HEADS:
        # "a number of senators", "a majority of voters": the people counted
        of = _partitive(tok)
        return of is not None and is_agent_head(of)
    if not is_source_head(tok):
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ in SOURCE_PRONOUNS
    if tok.pos_ == "PROPN" or tok.ent_type_:
        return True
    if tok.pos_ == "NOUN":
        lemma = tok.lemma_.lower()
        return is_person_noun(lemma) or (tok.text.isupper() and len(tok.text) > 1)
    return False
