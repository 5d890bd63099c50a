"""Who speaks through a thing someone issued: "He released a letter from his doctor that says
he is in good health", "Rand Paul has released a video that accuses Cruz of …".

Why a module of its own: the speaker of the relative clause is its pronoun ("that"), whose
antecedent is the letter, the video, the ad; PolNeAR credits the one who released it (the
subject of the verb whose object the thing is), as for the participle of
``cues._statement_sender`` ("issued a statement saying …"). Read on dev and the working train
slices (tenth #18 round): of 31 predictions whose source was a relative "that", 23 had the
wrong source, most of them this shape. See docs/quotes.md, "Tenth round".
"""

from __future__ import annotations

from spacy.tokens import Token

from topline.analyze.cues import STATEMENT_NOUNS
from topline.analyze.source_nouns import is_source_head

__all__ = ["issued_by"]

#: What a source issues besides a statement: a piece of writing or data it puts out.
ISSUED_NOUNS = STATEMENT_NOUNS | frozenset({"piece", "article", "column", "data"})
#: Relative pronouns that stand for a thing.
_THING_PRONOUNS = frozenset({"that", "which"})


def issued_by(pronoun: Token) -> Token | None:
    """The subject that issued the thing a relative "that"/"which" stands for, when that
    thing is the object of the subject's verb ("He released a letter … that says"); else
    None."""
    clause = pronoun.head
    if pronoun.lower_ not in _THING_PRONOUNS or pronoun.dep_ != "nsubj" or clause.dep_ != "relcl":
        return None
    thing = clause.head
    if thing.lemma_.lower() not in ISSUED_NOUNS and thing.lower_ not in ISSUED_NOUNS:
        return None
    if thing.dep_ != "dobj":
        return None
    sender = next((c for c in thing.head.children if c.dep_ == "nsubj"), None)
    if sender is None or not is_source_head(sender):
        return None
    return sender
