"""Evidence told after its finding: "Donations to super PACs hit $1.1 billion through August,
an analysis of campaign-finance reports shows."

Why a module of its own: the verbs of evidence (:mod:`topline.analyze.cue_beyond`) read
their finding only as a clause after the verb ("The analysis shows that …"); news puts the
source after the finding as often as a speech frame ("…, he said"), and the parse then hangs
the finding before the verb, where no rule looked. The shape is the speech frame's: the
clause first, a comma, then the source as the verb's subject and the verb, nothing after it
but the sentence's end (a verb with an object of its own finds that, not the clause).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["postposed_finding"]


def postposed_finding(verb: Token) -> list[Token]:
    """The finding clause set before ``verb`` and its subject, or an empty list."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i:
        return []
    if any(not c.is_punct for c in verb.rights):
        return []  # "He walked to the door, the dog found a bone": a verb with its own object
    for child in verb.lefts:
        if child.dep_ != "ccomp" or child.right_edge.i >= subject.left_edge.i:
            continue
        between = verb.doc[child.right_edge.i + 1 : subject.left_edge.i]
        if [t.text for t in between] == [","]:
            return [child]
    return []
