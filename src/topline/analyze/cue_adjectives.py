"""Adjectives that state their subject's belief or stance: "X is confident that …", "X is
critical of …", "X is eager to …".

PolNeAR counts a position stated with a copula and an adjective like one stated with a verb
(docs/quotes.md, "Attribution beyond speech"). The subject of the copula (or of "remain",
"seem", "become", …) holds it, and must be someone (:func:`cue_beyond.source_subject`):

* belief or worry with a clause, "that" or a subject of its own: "Ms. Henry remains
  confident that the members will stay", "He is not sure his father gave much" (not a
  question: "not sure why …");
* stance with its preposition: "Republicans have been critical of Clinton's email use",
  "Indiana politicians are furious at the company", "she is terrified of losing her job";
* eagerness or reluctance with an infinitive: "Democrats are eager to move on", "the
  senator was reluctant to endorse".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from topline.analyze.cue_beyond import on_cue_line, source_subject
from topline.analyze.cue_parts import Cue, before_aside, trim_span
from topline.nlp import doc_text

#: Adjectives of belief or worry whose clause their subject holds.
BELIEF_ADJECTIVES = frozenset(
    "confident sure certain convinced aware unaware hopeful optimistic pessimistic worried "
    "concerned afraid fearful skeptical sceptical doubtful adamant insistent".split()
)
#: Adjectives of stance with the prepositions that introduce what the stance is about.
STANCE_ADJECTIVES: dict[str, frozenset[str]] = {
    "critical": frozenset({"of"}),
    "supportive": frozenset({"of"}),
    "dismissive": frozenset({"of"}),
    "skeptical": frozenset({"of", "about"}),
    "sceptical": frozenset({"of", "about"}),
    "wary": frozenset({"of"}),
    "afraid": frozenset({"of"}),
    "fearful": frozenset({"of"}),
    "terrified": frozenset({"of"}),
    "scared": frozenset({"of"}),
    "proud": frozenset({"of"}),
    "loyal": frozenset({"to"}),
    "hostile": frozenset({"to", "toward", "towards"}),
    "sympathetic": frozenset({"to", "toward", "towards"}),
    "opposed": frozenset({"to"}),
    "committed": frozenset({"to"}),
    "furious": frozenset({"at", "with", "about", "over"}),
    "angry": frozenset({"at", "with", "about", "over"}),
    "upset": frozenset({"at", "with", "about", "over"}),
    "frustrated": frozenset({"with", "by"}),
    "unhappy": frozenset({"with", "about"}),
    "disappointed": frozenset({"in", "with", "by"}),
    "optimistic": frozenset({"about"}),
    "pessimistic": frozenset({"about"}),
    "worried": frozenset({"about"}),
    "concerned": frozenset({"about"}),
    "confident": frozenset({"in", "about", "of"}),
    "enthusiastic": frozenset({"about"}),
    "excited": frozenset({"about"}),
    "nervous": frozenset({"about"}),
    "open": frozenset({"to"}),
    "receptive": frozenset({"to"}),
}
#: Adjectives of eagerness or reluctance whose infinitive is the position.
INTENT_ADJECTIVES = frozenset(
    "eager keen reluctant willing unwilling ready determined anxious loath loth hesitant".split()
)
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def adjective_cue(doc: Doc, verb: Token) -> Cue | None:
    """The belief or stance an adjective after ``verb`` states (module docstring), or None."""
    adj = next((c for c in verb.children if c.dep_ == "acomp" and c.i > verb.i), None)
    if adj is None:
        return None
    lemma = adj.lower_
    part = _belief_clause(adj) if lemma in BELIEF_ADJECTIVES else None
    kind = "cognition"
    if part is None and lemma in STANCE_ADJECTIVES:
        part = next(
            (
                c
                for c in adj.children
                if c.dep_ == "prep"
                and c.lower_ in STANCE_ADJECTIVES[lemma]
                and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
            ),
            None,
        )
        kind = "stance"
    if part is None and lemma in INTENT_ADJECTIVES:
        part = next(
            (
                c
                for c in adj.children
                if c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
            ),
            None,
        )
        kind = "intent"
    if part is None:
        return None
    speakers = source_subject(verb)
    if not speakers:
        return None
    lo = part.left_edge.i
    if part.dep_ == "prep":
        lo = part.i + 1  # "critical of [Clinton's email use]": the preposition is the cue's
    elif part.dep_ == "ccomp":
        mark = next((g for g in part.children if g.dep_ == "mark" and g.i < part.i), None)
        lo = mark.i if mark is not None else part.left_edge.i
    hi = before_aside(doc, lo, part.right_edge.i)
    if hi < lo or any(t.is_quote for t in doc[lo : hi + 1]):
        return None  # words in quotation marks: the quote rules say whose and under which cue
    span = trim_span(doc_text(doc), doc[lo].idx, doc[hi].idx + len(doc[hi]))
    content = on_cue_line(doc, verb, span)
    if content is None:
        return None
    end = part.idx + len(part) if part.dep_ == "prep" else adj.idx + len(adj)
    return Cue(verb.i, verb.idx, end, speakers, content, kind=kind)


#: Adjectives that "make … clear" turns into a statement ("made it clear that …").
PLAIN_ADJECTIVES = frozenset({"clear", "plain", "known"})


def made_clear_cue(doc: Doc, verb: Token) -> Cue | None:
    """ "Jane Sanders made it clear that her husband's supporters won't fall in line": "make
    (it) clear / plain / known" with a "that"-clause states the clause (the parser hangs the
    clause on the adjective under several labels)."""
    if verb.lemma_.lower() != "make":
        return None
    adj = next((c for c in verb.children if c.lower_ in PLAIN_ADJECTIVES and c.i > verb.i), None)
    if adj is None:
        return None
    clause = next(
        (
            c
            for c in adj.children
            if c.i > adj.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    speakers = source_subject(verb)
    if clause is None or not speakers:
        return None
    mark = next(g for g in clause.children if g.dep_ == "mark")
    hi = before_aside(doc, mark.i, clause.right_edge.i)
    span = trim_span(doc_text(doc), mark.idx, doc[hi].idx + len(doc[hi]))
    content = on_cue_line(doc, verb, span)
    if content is None:
        return None
    return Cue(verb.i, verb.idx, adj.idx + len(adj), speakers, content, kind="speech")


def _belief_clause(adj: Token) -> Token | None:
    """The clause a belief adjective takes: with "that" or a subject of its own, not a
    question ("not sure why …")."""
    for c in adj.children:
        if c.dep_ != "ccomp" or c.i < adj.i or c.left_edge.tag_ in WH_TAGS:
            continue
        if any(
            (g.dep_ == "mark" and g.lower_ == "that") or g.dep_ in {"nsubj", "nsubjpass"}
            for g in c.children
        ):
            return c
    return None
