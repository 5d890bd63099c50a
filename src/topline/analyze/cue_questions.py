"""Indirect questions: "asked the mayor if she had been preparing for a fight", "Asked
whether he would back the plan, Hale said …".

Why a module of its own: the small model parses a question opened by "if" or "whether" as an
adverbial clause of "ask", which the speech rule (a clausal complement) does not read, so the
question PolNeAR marks as the content was missed (tenth #18 round, docs/quotes.md). The
content is the question with its opening word ("if there had been any fraud", "what she
thought of the plan"); the speaker is who asked. A question put by no one named ("Asked if
the harbor would reopen, the mayor …", "was asked whether …") is an attribution with no
source, as PolNeAR marks it: its cue is speakerless (``QUESTION``), so it never gives a
nearby quotation a speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from topline.analyze.cue_beyond import source_subject, subtree_span
from topline.analyze.cue_parts import Cue, cue_lemma
from topline.nlp import doc_text

__all__ = ["QUESTION", "asked_about_cue", "question_cue"]

#: The cue kind of a question put by no one named (no speaker, ever).
QUESTION = "question"
#: Verbs of asking whose clause is the question.
QUESTION_VERBS = frozenset({"ask", "wonder", "inquire", "question"})
#: Words that open an indirect question.
QUESTION_OPENERS = frozenset(
    {"if", "whether", "what", "why", "how", "who", "whom", "whose", "which", "when", "where"}
)
#: Dependencies the parse gives the question clause.
_CLAUSE_DEPS = frozenset({"advcl", "ccomp"})
#: What may stand between the verb and its question: the one asked, when and where
#: ("asked the mayor in May if …").
_BETWEEN_DEPS = frozenset({"dobj", "dative", "prep", "npadvmod", "advmod", "punct"})


def question_cue(doc: Doc, verb: Token) -> Cue | None:
    """The question a verb of asking reports, when the parse hangs it as a clause opened by
    "if", "whether" or a question word right after the verb or the one asked; else None."""
    if cue_lemma(verb) not in QUESTION_VERBS:
        return None
    clause = _question_clause(verb)
    if clause is None:
        return None
    content = subtree_span(doc, [clause])
    if content is None or len(doc_text(doc)[content[0] : content[1]].split()) < 3:
        return None
    if _put_by_no_one(verb):
        return Cue(verb.i, verb.idx, verb.idx + len(verb), (), content, kind=QUESTION)
    speakers = source_subject(verb)
    if not speakers:
        return None
    return Cue(verb.i, verb.idx, verb.idx + len(verb), speakers, content)


def _question_clause(verb: Token) -> Token | None:
    """The clause after the verb (and after the one asked, "asked the mayor if …") whose
    first word opens a question."""
    for child in verb.rights:
        if child.dep_ in _CLAUSE_DEPS and child.left_edge.lower_ in QUESTION_OPENERS:
            between = verb.doc[verb.i + 1 : child.left_edge.i]
            if all(t.head.i != verb.i or t.dep_ in _BETWEEN_DEPS for t in between):
                return child
    return None


def _put_by_no_one(verb: Token) -> bool:
    """A passive ("was asked whether …") or a bare participle opening the sentence ("Asked
    if the harbor would reopen, …"): the one asked is named, the asker is not."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False  # "Asked by Thrush if …": Thrush asked
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "aux"} for c in verb.children)


def asked_about_cue(doc: Doc, verb: Token) -> Cue | None:
    """ "Asked about the closure, the mayor said …", "Asked at a briefing about her future
    role, she …": a question put by no one named whose clause is only its topic; the content
    is the "about" phrase (as PolNeAR marks it), the cue speakerless (``QUESTION``). A
    question with an asker ("She asked Sanders about …") is left as it was: its content
    takes the one asked too, which this shape cannot tell."""
    if cue_lemma(verb) not in QUESTION_VERBS or verb.lemma_.lower() != "ask":
        return None
    if not _put_by_no_one(verb) or _question_clause(verb) is not None:
        return None
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None  # "The mayor was asked about …": a passive tells of the one asked only
    about = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "about"), None)
    if about is None or not any(c.dep_ == "pobj" for c in about.children):
        return None
    content = subtree_span(doc, [about])
    if content is None:
        return None
    return Cue(verb.i, verb.idx, verb.idx + len(verb), (), content, kind=QUESTION)
