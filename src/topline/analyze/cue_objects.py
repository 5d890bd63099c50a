"""What a stance verb's object is backed, blamed or praised for: the words after the object
that the position takes in ("encouraged European nations to bolster defense spending",
"defended Bill Clinton against allegations of scandal", "criticized Cruz for not reporting
loans").

Why a module of its own: a stance cue (:mod:`topline.analyze.cue_beyond`) reported only its
object's own subtree, so the content stopped at "European nations" and missed the half of
the position that says what they should do or what they are praised for; PolNeAR's content
runs on to the end of the infinitive or the "for"/"against"/"over" phrase. The parse hangs
those on the verb, after the object, so they are read off the verb's children there.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["object_complements"]

#: Prepositions that say what the object is held to account or taken up for.
COMPLEMENT_PREPS = frozenset({"for", "against", "over"})


def object_complements(verb: Token, objects: list[Token]) -> list[Token]:
    """The verb's dependents after its last object that complete the position: an
    infinitive ("urged Americans to join him") or a "for"/"against"/"over" phrase ("praised
    the mayor for her patience"); none after a comma (an aside, not the object's part)."""
    if not objects:
        return []
    end = max(o.right_edge.i for o in objects)
    doc = verb.doc
    out: list[Token] = []
    for child in verb.rights:
        if child.i <= end:
            continue
        if doc[child.left_edge.i - 1].text == ",":
            break
        infinitive = child.dep_ == "xcomp" and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in child.children
        )
        if infinitive or (child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPS):
            out.append(child)
            end = child.right_edge.i
        else:
            break
    return out
