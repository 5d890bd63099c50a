"""Attribution beyond speech verbs: evidence, stance, intention, cognition, claims by nouns.

PolNeAR's sense of attribution: whoever holds, shows or backs a claim ("A study found that
…", "The union backed the plan", "The mayor declined to comment", "She fears that …",
"Trump's claim that …"). Verb-and-preposition cues ("He called for new tariffs") are in
:mod:`topline.analyze.cue_phrasal`. See docs/quotes.md, "Attribution beyond speech".
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from topline.analyze.cue_objects import object_complements
from topline.analyze.cue_parts import (
    Cue,
    before_aside,
    cc_before,
    conjuncts,
    cue_extent,
    cue_lemma,
    frame_of_conjunct,
    object_content,
    same_line,
    trim_span,
)
from topline.analyze.cue_postposed import postposed_finding
from topline.analyze.source_nouns import (
    DOCUMENT_NOUNS,
    is_agent_head,
    is_people_share,
    is_source_head,
)
from topline.nlp import doc_text, token_table

#: Attribution beyond speech (PolNeAR's sense: whoever holds, shows or backs a claim). Each
#: class takes the complements its verbs take; all need a subject that can be a source
#: (:func:`topline.analyze.source_nouns.is_source_head`).
#: Evidential: a study, poll or person shows / finds something (a clause or a noun phrase).
EVIDENTIAL_VERBS = frozenset(
    "show find reveal indicate suggest conclude estimate predict project forecast document "
    "confirm demonstrate establish determine discover rate rank".split()
)

#: Stance and endorsement: backs / endorses / opposes / blames something (a noun phrase).
STANCE_VERBS = frozenset(
    "back endorse support oppose reject condemn denounce criticize criticise praise blame "
    "attack slam welcome applaud defend dismiss cite mention echo advocate favor favour "
    "recommend challenge dispute decry fault hail laud mock ridicule admire lambaste tout "
    "encourage express voice prefer".split()
)

#: Intention and commitment: wants / plans / refuses to do something (an infinitive).
INTENT_VERBS = frozenset(
    "want plan pledge promise vow refuse decline agree threaten intend hope expect seek "
    "aim offer vote decide contemplate mull".split()
)

#: Cognition: knows / fears / doubts that … (a clause only).
COGNITION_VERBS = frozenset("know feel fear worry doubt realize realise understand".split())

#: Judgement: sees / views / regards something *as* something ("Voters see the economy as
#: the top issue", "Analysts view the deal as a turning point"): the object with what it is
#: taken for; without "as" the verb is perception ("She saw the crowd").
VIEW_VERBS = frozenset("see view regard perceive".split())

#: Verbs with a "that"-clause that do not attribute it to their subject ("make sure that",
#: "ensure that", "mean that").
EXCLUDED_CLAUSE_VERBS = frozenset("make ensure mean be seem appear happen require".split())

#: Nouns that report a claim when a "that"-clause follows ("Trump's claim that …", "a report
#: by the agency that …").
NOMINAL_CUES = frozenset(
    "claim report statement assertion argument warning promise pledge suggestion allegation "
    "accusation charge belief view insistence announcement admission prediction estimate "
    "finding conclusion testimony".split()
)


def beyond_kind(lemma: str) -> str | None:
    for kind, lexicon in (
        ("evidential", EVIDENTIAL_VERBS),
        ("stance", STANCE_VERBS),
        ("intent", INTENT_VERBS),
        ("cognition", COGNITION_VERBS),
        ("view", VIEW_VERBS),
    ):
        if lemma in lexicon:
            return kind
    return None


def source_subject(verb: Token, evidence: bool = False) -> tuple[int, ...]:
    """The verb's source: its subject (or passive agent), or the subject of the verb it is
    conjoined to ("The union met and backed the plan"); empty unless it can be a source
    (or, with ``evidence``, is any noun that is not a number) or is a share of people
    ("Nearly half want …": an attribution whose quote has no speaker)."""
    head: Token | None = None
    for child in verb.children:
        if child.dep_ == "nsubj":
            if head is None or same_line(verb.doc, verb, (child.i,)):
                head = child  # of two subjects, the one on the verb's line (see cues.py)
        elif child.dep_ == "agent":
            head = next((g for g in child.children if g.dep_ == "pobj"), head)
    if head is None and verb.dep_ == "conj":
        # "forecast that the economy would rebound and praised …": the frame's own verb
        # shares the frame's subject, not the reported clause's
        shared = frame_of_conjunct(verb) or verb.head
        head = next((c for c in shared.children if c.dep_ == "nsubj"), None)
    if head is None and verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.i < verb.i:
        # "a super PAC supporting Rubio", "groups calling for a boycott": a participle on a
        # noun is that noun's stance
        head = verb.head
    if head is None and _trailing_participle(verb):
        # "Trump went after Bush, calling for tariffs", "“…,” Clinton said, referring to
        # the mogul": a participle set off after its clause shares the clause's subject
        head = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if head is None or not same_line(head.doc, verb, (head.i,)):
        return ()
    if is_people_share(head):
        return (head.i,)
    if not is_agent_head(head) and not (evidence and is_source_head(head)):
        return ()
    return conjuncts(head)


def _trailing_participle(verb: Token) -> bool:
    """A present participle hung on the verb before it and set off by a comma (", calling
    for …"), whose clause is no one's report: the parse hangs such a participle on a
    reported clause's verb too ("said the plan had failed, calling for …"), where the
    subject it shares is the frame's (the speech rules' call, not this one's)."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.i > verb.i:
        return False
    if head.pos_ not in {"VERB", "AUX"} or head.dep_ in {"ccomp", "xcomp", "relcl", "acl"}:
        return False
    doc, i = verb.doc, verb.i
    if i > 0 and doc[i - 1].is_quote and not doc[i - 1].is_left_punct:
        i -= 1
    return i > 0 and doc[i - 1].text == ","


def _frame_stop(parts: list[Token]) -> int | None:
    """Where a reported clause stops before a frame's own next verb ("forecast that the
    economy would rebound and praised …", "has said she wants to set up a zone and has
    expressed …": :func:`cue_parts.frame_of_conjunct`), or None."""
    node: Token | None = parts[0]
    while node is not None:
        for conj in node.children:
            if conj.dep_ == "conj" and conj.i > node.i and frame_of_conjunct(conj) is not None:
                return cc_before(node, conj)
        node = next(
            (c for c in node.children if c.dep_ in {"ccomp", "xcomp"} and c.i > node.i), None
        )
    return None


def subtree_span(doc: Doc, tokens: list[Token], stop: int | None = None) -> tuple[int, int] | None:
    lo = min(t.left_edge.i for t in tokens)
    hi = max(t.right_edge.i for t in tokens)
    if stop is not None and lo < stop <= hi:
        hi = stop - 1
    hi = before_aside(doc, lo, hi)
    return trim_span(doc_text(doc), doc[lo].idx, doc[hi].idx + len(doc[hi]))


def takes_finite_clause(verb: Token) -> bool:
    """A verb whose complement is a finite clause with "that" or its own subject ("X hopes
    that …", "X sees the vote slipping" is not): in English such verbs report a thought,
    a perception or a claim, whatever the verb."""
    if cue_lemma(verb) in EXCLUDED_CLAUSE_VERBS:
        return False
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in {"VERB", "AUX"}:
            if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                return True
    return False


def beyond_cue(doc: Doc, verb: Token, kind_of: str | None = None) -> Cue | None:
    """A non-speech attribution cue (see the lexicons above) with its content.

    Evidence need not speak: "Video shows that …", "Records found that …" take any noun
    subject when a clause follows (the quote then has no speaker unless the subject can be a
    source); every other class needs a subject that can be a source.
    """
    kind = kind_of or beyond_kind(cue_lemma(verb))
    if cue_lemma(verb) in ENDORSE_VERBS and _unheld(verb):
        return None  # "would support Trump", "has not endorsed a candidate": no position held
    clause = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if not clause and kind == "evidential":
        clause = postposed_finding(verb)  # "…, an analysis of the reports shows"
    shown = bool(clause) or _document_subject(verb)  # "Records show little evidence …"
    speakers = source_subject(verb, evidence=kind == "evidential" and shown)
    if kind is None or not speakers:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    infinitive = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    if cue_lemma(verb) in CONTEST_VERBS and not infinitive and _names_person(objects):
        return None  # "who is challenging Sen. Ron Johnson": running against him, no view
    described = object_content(doc, verb) if kind in {"stance", "view"} else None
    if kind == "view":
        as_prep = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
        if described is None and objects and _as_on_object(objects[0]):
            # "see Trump's bombast as the solution": the parse hangs "as" on the object
            described = subtree_span(doc, objects[:1])
            as_prep = described is not None
        if described is not None and as_prep:
            start, end = cue_extent(verb)
            return Cue(verb.i, start, end, speakers, described, kind="cognition")
        if not takes_finite_clause(verb):
            return None
        kind = "cognition"  # "The campaign sees that …"
    if clause:
        parts = clause
    elif described is not None:
        start, end = cue_extent(verb)
        return Cue(verb.i, start, end, speakers, described, kind=kind)
    elif kind in {"evidential", "stance"} and objects:
        if kind == "evidential" and not _evidence_for_object(doc, verb, speakers):
            return None
        parts = objects
        if kind == "stance":
            # "encouraged European nations to bolster defense spending": what for, too
            parts = objects + object_complements(verb, objects)
        if kind == "evidential":
            # "polls show Clinton with a narrow lead": the standing is the finding too
            parts = objects + [
                c
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "with" and c.i > objects[0].i
            ]
    elif kind == "intent" and infinitive:
        parts = infinitive  # "plans to run", "is considering issuing summonses"
    elif kind == "stance" and infinitive and infinitive[0].tag_ == "VBG":
        parts = infinitive  # "support raising the tax": a gerund is the thing backed
    else:
        return None
    content = on_cue_line(doc, verb, subtree_span(doc, parts, _frame_stop(parts)))
    if content is None or (is_people_share(doc[speakers[0]]) and holds_quotation(doc, content)):
        # a share of voters holds a view but says no words: a quotation in it is the
        # poll's wording, left to the quote rules
        return None
    start, end = cue_extent(verb)
    return Cue(verb.i, start, end, speakers, content, kind=kind)


def _as_on_object(obj: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "as" and list(c.children) for c in obj.children)


#: Stance verbs that, with a person as their object and no infinitive, mean running
#: against them in an election ("who is challenging Sen. McCain"), not a view; "challenged
#: the ruling" and "challenged his bishops to be humbler" stay cues (seventh round, #18).
CONTEST_VERBS = frozenset({"challenge"})


def _names_person(objects: list[Token]) -> bool:
    return bool(objects) and objects[0].ent_type_ == "PERSON"


#: Stance verbs of taking a side in a contest (a candidate, a bill): only an actual side
#: taken is a position; "did not mention", "would not dispute" still report a view.
ENDORSE_VERBS = frozenset("back endorse support oppose favor favour".split())
#: Modals that make a stance a supposition ("would support", "could back", "might endorse");
#: "will" stays a commitment ("will support the nominee").
SUPPOSING_MODALS = frozenset("would could should might may can ca".split())


def _unheld(verb: Token) -> bool:
    """A verb of taking sides under a modal of supposition or a negation states no side its
    subject has taken: "Ryan would begrudgingly support Trump", "cannot currently support",
    "has not endorsed a candidate", "whether Pence would endorse him"."""
    for c in verb.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in SUPPOSING_MODALS:
            return True
    return False


def holds_quotation(doc: Doc, content: tuple[int, int]) -> bool:
    """Whether ``content`` holds a quotation mark (only its own tokens are read: a pass
    over the whole document per cue made long articles quadratic, issue #19)."""
    idx = token_table(doc).idx
    lo, hi = bisect.bisect_left(idx, content[0]), bisect.bisect_left(idx, content[1])
    return any(doc[i].is_quote for i in range(lo, hi))


#: Evidential verbs that, with a plain object, also mean showing a thing ("Apple showed a
#: new keyboard", "The band revealed its album cover").
DISPLAY_VERBS = frozenset({"show", "reveal", "demonstrate", "display"})


def _document_subject(verb: Token) -> bool:
    """Whether the verb's subject is a document ("polls", "public records"), which shows a
    finding by its object as well as by a clause."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in verb.children)


def _evidence_for_object(doc: Doc, verb: Token, speakers: tuple[int, ...]) -> bool:
    """A display verb with a plain object reports a finding only when a document shows it
    ("The study showed a sharp rise"); a company or a person showing a thing is an event."""
    if cue_lemma(verb) not in DISPLAY_VERBS:
        return True
    return any(doc[i].lemma_.lower() in DOCUMENT_NOUNS for i in speakers)


def on_cue_line(doc: Doc, verb: Token, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """Content without quotation marks stays in its cue's paragraph: the parser sometimes
    runs a headline into the paragraph below it ("Apple Shows Off … \n\nApple on
    Tuesday …"), and words of another paragraph are never what the cue reports."""
    if content is None:
        return None
    text = doc_text(doc)
    lo, hi = sorted((verb.idx, content[0]))
    if "\n" in text[lo:hi]:
        return None
    cut = text.find("\n", content[0], content[1])
    return content if cut < 0 else trim_span(text, content[0], cut)


def nominal_cue(doc: Doc, noun: Token) -> Cue | None:
    """ "Trump's claim that there have been thousands of shootings": the possessor (or the
    object of "by"/"from") holds the claim, the "that"-clause is what is claimed."""
    clause = [
        c
        for c in noun.children
        if c.dep_ in {"acl", "ccomp", "relcl"}
        and c.i > noun.i
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
    ]
    if not clause:
        return None
    holder: Token | None = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in {"by", "from", "of"}:
                holder = next((g for g in prep.children if g.dep_ == "pobj"), holder)
    if holder is None or not is_agent_head(holder) or not same_line(doc, noun, (holder.i,)):
        return None
    mark = next(g for g in clause[0].children if g.dep_ == "mark")
    end = before_aside(doc, mark.i, clause[0].right_edge.i)
    content = trim_span(doc_text(doc), mark.idx, doc[end].idx + len(doc[end]))
    if content is None:
        return None
    return Cue(noun.i, noun.idx, noun.idx + len(noun), conjuncts(holder), content, kind="nominal")
