"""References a brief element makes to something only an unshown sentence tells.

A brief shows a few sentences out of their article. A sentence that points back at what the
story told before reads as a riddle when the brief does not show that: "The move comes …"
(which move?), "Mateen said …" (who?), "They …". :mod:`topline.brief.select` already reads
an opening he/she/it/this (:func:`topline.brief.select.dangling_pronoun`); this module reads
two more classes of back-reference, both from how English news is written rather than from
examples:

* a **shell noun** opening the sentence as a bare definite subject ("The move …", "The
  decision was …", "The findings suggest …"): the class of abstract nouns that encapsulate
  a proposition or an event told elsewhere (Schmid 2000, *English Abstract Nouns as
  Conceptual Shells*; :data:`topline.brief.lede.SHELL_NOUNS`, which refuses them as a
  Topline when they open with a verb that points back). Followed by its own complement ("The decision to close
  …", "The plan that …", "The findings of a study …") it is cataphoric and reads alone;
  bare, it needs the sentence before it, or an earlier element with the same noun;
* a **bare surname**: news style names a person in full at first reference and by surname
  after (AP and Reuters style). An element that names someone by surname only
  ("Calabrese told …"), whose full name the article gave in an earlier sentence
  (the analysis's entity cluster, :class:`topline.model.EntityCluster`), needs an earlier
  element that names that person in full. A surname the article never expands (an XSum
  text whose opening the data removed) is left alone: nothing in the text could resolve it.

The names are read from the analysis (its clusters and sentence spans) once per article,
by :func:`topline.brief.name_mentions.name_mentions`, into
:class:`~topline.brief.features.SentenceView` fields; the checks here
(:func:`shell_opener`, :func:`unresolved_names`) are cheap enough to ask of every candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from topline.brief.features import SentenceView, content_terms
from topline.brief.lede import SHELL_NOUNS

#: A bare definite shell noun as the sentence's subject, after at most one connective:
#: "The move comes …", "But the decision was …". What follows the noun is a lower-case word
#: that is not a preposition or a complementiser (those give the noun its own content:
#: "The decision to …", "The findings of …", "The plan, which …" is cut by the comma).
_SHELL_OPENER = re.compile(
    r"^\W{0,2}(?:(?:But|And|Yet|So|Still|Now|However,|Meanwhile,)\s+)?"
    rf"(?:The|the)\s+(?:latest\s+|new\s+|recent\s+)?(?P<noun>{SHELL_NOUNS})"
    r"\s+(?!(?:to|that|of|by|on|in|about|from|for|over|between|against|with|at|which|who|"
    r"whose|under|into|among|after|before|and|or|as|is\s+that|was\s+that)\b)[a-z]"
)


def shell_opener(text: str) -> str | None:
    """The shell noun a sentence opens with as a bare definite subject, or None."""
    match = _SHELL_OPENER.match(text)
    return match.group("noun") if match else None


def unresolved_names(view: SentenceView, taken: Sequence[SentenceView]) -> frozenset[str]:
    """The people ``view`` names by a bare surname that no element in ``taken`` (what the
    reader has seen before it) names in full."""
    if not view.bare_names:
        return frozenset()
    shown = set().union(*(t.full_names for t in taken)) if taken else set()
    return view.bare_names - shown


def dangling_shell(view: SentenceView, taken: Sequence[SentenceView]) -> bool:
    """Whether ``view`` opens with a bare shell noun (:func:`shell_opener`) that nothing
    taken resolves: neither the sentence right before it nor an element with the same noun."""
    noun = shell_opener(view.text)
    if noun is None:
        return False
    stem = next(iter(content_terms(noun)), noun.lower())  # "move" is a stop word there
    return all(t.index != view.index - 1 and stem not in t.terms for t in taken)


def dangling_reference(view: SentenceView, taken: Sequence[SentenceView]) -> str | None:
    """``surname`` or ``shell`` when ``view`` makes that kind of reference and nothing in
    ``taken`` resolves it; None otherwise."""
    if unresolved_names(view, taken):
        return "surname"
    return "shell" if dangling_shell(view, taken) else None


def introducing_sentence(view: SentenceView, views: Sequence[SentenceView]) -> int | None:
    """The sentence that introduces what ``view`` refers back to, when it is one sentence:
    the first that names in full the person ``view`` opens with by surname, or the sentence
    right before a bare shell noun. None when ``view`` makes neither reference."""
    if view.bare_names:
        return next(
            (v.index for v in views if v.index < view.index and v.full_names & view.bare_names),
            None,
        )
    if shell_opener(view.text) is not None and view.index > 0:
        return view.index - 1
    return None
