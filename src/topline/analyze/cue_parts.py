"""Shared parts of the cue finders: the :class:`Cue` record and span helpers.

Used by :mod:`topline.analyze.cues` (speech verbs, "according to") and
:mod:`topline.analyze.cue_beyond` (attribution beyond speech).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokSpan

from topline.nlp import doc_text

#: Prepositions that say what an object is called or blamed for ("as a disgrace", "for lying").
DESCRIPTION_PREPS = frozenset({"as", "for", "of", "to"})

PUNCT_TRIM = " ,;:—–-\n\t•·*"


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting verb with its speakers (noun-phrase heads) and content (char offsets)."""

    verb: int
    cue_start: int
    cue_end: int
    speakers: tuple[int, ...]
    content: tuple[int, int] | None
    naming: bool = False
    according: bool = False
    frame: tuple[int, int] | None = None
    #: "speech" (say, tell, according to), "evidential", "stance", "intent", "cognition" or
    #: "nominal" ("Trump’s claim that …").
    kind: str = "speech"
    #: The rest of the content after a frame set mid-sentence ("A, X said, B": B).
    more: tuple[int, int] | None = None
    #: The speaker's noun phrase when the parse did not build it (a surface frame).
    speaker_span: tuple[int, int] | None = None


#: Lemmas the small model gives some forms of cue verbs ("hopes" → "hop", "lambasted" →
#: "lambast"), with the verb they are a form of: on dev and the working train slices
#: "hoped", "hopes", "hoping" were never read as "hope" (75 verbs). ("rated" → "rat" is left:
#: "how the site rated this claim:" is the writer's lead-in, round 5.)
MISLEMMAS = {"hop": "hope", "lambast": "lambaste"}


def cue_lemma(tok: Token) -> str:
    if tok.lemma_ == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return "point_out"
    lemma = tok.lemma_.lower()
    fixed = MISLEMMAS.get(lemma)
    if fixed is not None and _form_of(tok.lower_, fixed):
        return fixed
    return lemma


def _form_of(form: str, verb: str) -> bool:
    """``form`` is "verb", "verbs", "verbd"/"verbed" or the "-ing" form of ``verb`` with its
    final "e" dropped ("hoping" of "hope", never "hopping" of "hop")."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return form in {verb, verb + "s", verb + "d", verb + "ed", stem + "ing", stem + "ed"}


def verb_form(verb: Token) -> tuple[str, frozenset[str]]:
    """A verb's tense form: its tag with the lemmas of its auxiliaries ("has said" and "has
    expressed" share one; "wants" and "would rebound" have others)."""
    aux = frozenset(c.lemma_.lower() for c in verb.children if c.dep_ in {"aux", "auxpass"})
    return verb.tag_, aux


def frame_conjunct(frame: Token, comp: Token) -> tuple[Token, Token] | None:
    """The frame's own next verb that the parse joined inside its reported clause ``comp``:
    a subjectless verb whose form is the frame's and not that of the clause it is joined to
    ("Clinton has said she wants to set up a safe zone and has expressed support for …",
    "forecast that the economy would rebound and praised …"). A verb of the same form as
    both ("said prices rose and fell") stays in the report (seventh round, #18). Returns
    (the clause head it is joined to, the verb), searched down the chain of clauses."""
    node: Token | None = comp
    while node is not None:
        for conj in node.children:
            if conj.dep_ == "conj" and conj.i > node.i and _parallel(frame, node, conj):
                return node, conj
        node = next(
            (c for c in node.children if c.dep_ in {"ccomp", "xcomp"} and c.i > node.i), None
        )
    return None


def frame_of_conjunct(verb: Token) -> Token | None:
    """The frame whose own next verb ``verb`` is, when the parse joined it inside the
    frame's reported clause (:func:`frame_conjunct`); None otherwise."""
    top = verb.head
    if verb.dep_ != "conj" or top.dep_ not in {"ccomp", "xcomp"}:
        return None
    while top.head.dep_ in {"ccomp", "xcomp"} and top.head.i < top.i:
        top = top.head
    found = frame_conjunct(top.head, top)
    return top.head if found is not None and found[1].i == verb.i else None


def _parallel(frame: Token, node: Token, conj: Token) -> bool:
    if conj.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in conj.children):
        return False
    form = verb_form(conj)
    return form == verb_form(frame) and form != verb_form(node)


def cc_before(head: Token, conj: Token) -> int:
    """The "and"/"but" before ``conj`` among ``head``'s children (else where ``conj`` starts)."""
    cc = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < conj.i]
    return cc[-1].i if cc else conj.left_edge.i


def conjuncts(head: Token) -> tuple[int, ...]:
    return (
        head.i,
        *(c.i for c in head.conjuncts if c.i > head.i and c.pos_ in {"PROPN", "NOUN", "PRON"}),
    )


def same_line(doc: Doc, verb: Token, speakers: tuple[int, ...]) -> tuple[int, ...]:
    """Speakers on the verb's own line: the parser sometimes runs a headline or the
    paragraph before into the sentence, and a headline is never a source."""
    text = doc_text(doc)
    out = []
    for i in speakers:
        a, b = sorted((doc[i].idx, verb.idx))
        if "\n" not in text[a:b]:
            out.append(i)
    return tuple(out)


def cue_extent(verb: Token) -> tuple[int, int]:
    start_tok = verb
    for child in verb.children:
        if child.i < verb.i and child.dep_ in {"aux", "auxpass", "neg"} and child.i >= verb.i - 3:
            start_tok = child if child.i < start_tok.i else start_tok
    end_tok = verb
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            end_tok = child
    return start_tok.idx, end_tok.idx + len(end_tok)


def object_content(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "criticized the law as a “crazy system”", "blasted the media for being …", "accused
    him of lying": the object and what it is called or blamed for."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    preps = [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in DESCRIPTION_PREPS and objects and c.i > objects[0].i
    ]
    if not objects or not preps:
        return None
    end = before_aside(doc, objects[0].left_edge.i, max(t.i for t in preps[0].subtree))
    end = quote_end(doc, objects[0].left_edge.i, end)
    return trim_span(doc_text(doc), objects[0].left_edge.idx, doc[end].idx + len(doc[end]))


def quote_end(doc: Doc, start: int, end: int) -> int:
    """``end`` moved back to the closing mark of a quoted description when only an adjunct
    follows it: "criticized the law as a “crazy system” during a campaign stop" reports the
    description, not when or where it was said."""
    marks = [t.i for t in doc[start + 1 : end + 1] if t.is_quote]
    if len(marks) < 2 or marks[-1] >= end:
        return end
    nxt = doc[marks[-1] + 1]
    if nxt.pos_ == "ADP" and nxt.dep_ == "prep" and nxt.lower_ != "of":
        return marks[-1]
    return end


def before_aside(doc: Doc, start: int, end: int) -> int:
    """``end`` moved before a trailing aside set off by a comma or a dash: what the reporter adds, not
    what the source said ("…, contradicting the police's claim", "…, although he …", an
    apposition "…, a former governor"). The aside must run to the end of the content."""
    for tok in doc[start + 1 : end + 1]:
        if tok.i <= start + 1 or not _set_off(doc, tok.left_edge.i):
            continue
        if tok.right_edge.i < end:
            continue
        aside = (
            tok.dep_ == "appos"
            or (tok.dep_ in {"advcl", "xcomp"} and tok.tag_ == "VBG" and tok.left_edge.i == tok.i)
            or (
                tok.dep_ == "advcl"
                and tok.left_edge.lower_ in {"although", "though", "while", "whereas"}
            )
            or (tok.dep_ == "relcl" and tok.left_edge.lower_ in {"where", "which"})
        )
        if aside:
            return max(start, tok.left_edge.i - 2)
    return end


def _set_off(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a comma or a dash, or a closing quotation mark with the comma
    inside it (American style: "that he has “expanded the party,” claiming that …")."""
    before = doc[i - 1].text
    if before in {",", "—", "–", "--"}:
        return True
    return doc[i - 1].is_quote and i >= 2 and doc[i - 2].text == "," and before != "“"


def line_bounds(text: str, sent: TokSpan, char: int) -> tuple[int, int]:
    """The sentence's bounds cut at line breaks around ``char`` (a paragraph is one line:
    the parser sometimes runs a sentence on into the next paragraph)."""
    start = max(sent.start_char, text.rfind("\n", 0, char) + 1)
    nl = text.find("\n", char, sent.end_char)
    return start, (nl if nl >= 0 else sent.end_char)


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in PUNCT_TRIM:
        start += 1
    while end > start and text[end - 1] in PUNCT_TRIM + ".":
        end -= 1
    if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
        end += 1
    return (start, end) if end > start else None


#: Words that stand for a whole answer or an earlier claim: "said yes", "said so", "say
#: the same".
ECHO_WORDS = frozenset({"yes", "no", "so", "otherwise"})


def echo_content(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "46 percent said yes", "half said so", "26 percent said the same": a reported answer
    or an earlier claim taken up, right after the verb and ending its clause (PolNeAR's
    content is the word itself)."""
    i = verb.i + 1
    if i >= len(doc):
        return None
    tok = doc[i]
    if tok.lower_ in ECHO_WORDS and tok.head.i == verb.i and tok.dep_ in {"intj", "advmod", "dobj"}:
        last = i
    elif tok.lower_ == "the" and i + 1 < len(doc) and doc[i + 1].lower_ == "same":
        same = doc[i + 1]
        if same.dep_ == "amod" or (i + 2 < len(doc) and doc[i + 2].pos_ in {"NOUN", "PROPN"}):
            return None  # "said the same technology could …": "same" describes a noun
        last = same.right_edge.i
        while (
            last + 1 < len(doc) and doc[last + 1].dep_ == "prep" and doc[last + 1].head.i == verb.i
        ):
            last = doc[last + 1].right_edge.i  # "say the same [for Sanders]"
    else:
        return None
    if last + 1 < len(doc) and not doc[last + 1].is_punct and doc[last + 1].dep_ != "cc":
        return None
    return doc[i].idx, doc[last].idx + len(doc[last])
