"""Nouns of intention that carry their possessor's position: "Trump's pledge to …".

PolNeAR counts a position named by a noun as an attribution when the noun says whose it is
(docs/quotes.md, "Attribution beyond speech"): the possessor holds it, and the infinitive
after a noun of intention or decision is the content ("Obama's pledge to remove the
troops", "the union's decision not to endorse", "Trump's desire to force both sides …").

Only a possessor that can hold a view counts ("the company's plan to …", "his refusal to
…"; not "the bill's promise to …"): without one the noun names a thing, not whose position
it is. Claim nouns with a "that"-clause ("Trump's claim that …") are
:func:`topline.analyze.cue_beyond.nominal_cue`. Nouns of stance with a preposition ("his
critique of …", "her support for …") were tried and left out: on the working slice half of
them were not PolNeAR attributions, and they moved no score.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from topline.analyze.cue_parts import Cue, before_aside, conjuncts, same_line, trim_span
from topline.analyze.source_nouns import is_agent_head
from topline.nlp import doc_text

#: Nouns of intention or decision whose infinitive is the position ("X's pledge to …").
#: Not "effort": "his efforts to win over the Latino community" is something done, not a
#: position stated (3 of 15 such predictions were PolNeAR attributions on dev and the
#: working train slices, twelfth session).
INTENT_NOUNS = frozenset(
    "pledge promise vow decision desire plan plans refusal call bid threat commitment "
    "determination intention intent offer willingness reluctance push goal "
    "proposal demand".split()
)
#: Possessive pronouns of people ("his refusal to …"); "its" can be a thing's.
PERSONAL_POSSESSIVES = frozenset("his her their our my".split())
#: Every noun :func:`possessed_cue` reads (the cue finder's cheap first test).
POSSESSED_NOUNS = INTENT_NOUNS


def possessed_cue(doc: Doc, noun: Token) -> Cue | None:
    """The position a possessed noun names (module docstring), or None."""
    if noun.dep_ == "ROOT":
        return None  # a noun made the root: the parser missed the verb, the phrase is unsure
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None or not same_line(doc, noun, (holder.i,)):
        return None
    if not is_agent_head(holder) and holder.lower_ not in PERSONAL_POSSESSIVES:
        return None
    part = next(
        (
            c
            for c in noun.children
            if c.dep_ in {"acl", "relcl"}
            and c.i > noun.i
            and c.tag_ == "VB"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ),
        None,
    )
    if part is None:
        return None
    lo = min(t.i for t in part.subtree)
    hi = before_aside(doc, lo, part.right_edge.i)
    if hi < lo:
        return None
    text = doc_text(doc)
    content = trim_span(text, doc[lo].idx, doc[hi].idx + len(doc[hi]))
    if content is None or "\n" in text[noun.idx : content[1]]:
        return None
    if any(t.is_quote for t in doc[lo : hi + 1]):
        return None  # words in quotation marks are the quote rules' (whose words, which cue)
    return Cue(noun.i, noun.idx, noun.idx + len(noun), conjuncts(holder), content, kind="nominal")
