"""Reporting cues on spaCy's parse: the verb (or "according to"), who speaks, what is said.

One :class:`Cue` per reporting verb. The content is read off the dependency tree:

* a clausal complement: "X said (that) CONTENT", "X told reporters CONTENT";
* a parenthetical frame: "CONTENT, X said." / "CONTENT, said X." / "CONTENT, reported CNN";
* "according to X, CONTENT" / "CONTENT, according to X";
* verbs of naming: "X called it 'a disgrace'" (content: the object and its predicate).

The speaker is the subject (with its conjuncts: "the Times and the AP reported"), the agent
of a passive ("was told by X"), or the noun phrase after an inverted verb ("said Smith").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokSpan

from topline.analyze.source_nouns import is_agent_head, is_source_head
from topline.nlp import doc_text

#: Lemmas of verbs that report speech, writing or a claim.
SPEECH_VERBS = frozenset(
    "say tell add state write declare announce explain note claim insist argue ask reply "
    "respond acknowledge admit warn report tweet post recall remark suggest conclude predict "
    "promise vow urge deny confirm complain joke quip observe concede testify emphasize stress "
    "allege contend maintain assert counter reveal disclose indicate estimate believe think "
    "say continue caution charge point_out learn cite describe call dub label brand term "
    "accuse criticize blast praise demand propose question wonder reiterate signal "
    "boast brag chant shout yell exhort implore plead proclaim lambaste liken tout".split()
)
#: Verbs whose complement is a name or description, not a clause ("called it a disgrace").
NAMING_VERBS = frozenset("call describe dub label brand term".split())
#: Verbs that need a clausal complement or a frame to count as reporting (not "he called her").
CLAUSE_ONLY = frozenset("think believe learn continue point_out question wonder".split())
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
    "encourage".split()
)
#: Intention and commitment: wants / plans / refuses to do something (an infinitive).
INTENT_VERBS = frozenset(
    "want plan pledge promise vow refuse decline agree threaten intend hope expect seek "
    "aim offer vote".split()
)
#: Cognition: knows / fears / doubts that … (a clause only).
COGNITION_VERBS = frozenset("know feel fear worry doubt realize realise understand".split())
#: Verbs with a "that"-clause that do not attribute it to their subject ("make sure that",
#: "ensure that", "mean that").
EXCLUDED_CLAUSE_VERBS = frozenset("make ensure mean be seem appear happen require".split())
#: Verb + preposition cues ("called for new tariffs", "called on Congress to act").
PHRASAL_CUES = {
    ("call", "for"): "stance",
    ("call", "on"): "intent",
    ("push", "for"): "stance",
    ("press", "for"): "stance",
    ("argue", "for"): "stance",
    ("point", "to"): "evidential",
}
#: Verbs whose infinitive complement is what they ask for ("urged Congress to act").
DIRECTIVE_VERBS = frozenset(
    "urge promise vow warn tell ask encourage exhort implore beg invite challenge order "
    "instruct advise remind".split()
)
#: Prepositions that say what an object is called or blamed for ("as a disgrace", "for lying").
DESCRIPTION_PREPS = frozenset({"as", "for", "of", "to"})
#: Dependency labels that make a clause the content of a reporting verb.
CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Entity types that never speak: the noun after "said" in "said Thursday" is a time.
TIME_ENTITIES = frozenset({"DATE", "TIME"})
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
    #: "speech" (say, tell, according to), "evidential", "stance", "intent" or "cognition".
    kind: str = "speech"
    #: The rest of the content after a frame set mid-sentence ("A, X said, B": B).
    more: tuple[int, int] | None = None
    #: The speaker's noun phrase when the parse did not build it (a surface frame).
    speaker_span: tuple[int, int] | None = None


def find_cues(doc: Doc) -> list[Cue]:
    out: list[Cue] = []
    for sent in doc.sents:
        for tok in sent:
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                cue = _according(doc, sent, tok)
            elif tok.pos_ in {"VERB", "AUX"} and _phrasal(tok) is not None:
                cue = _phrasal_cue(doc, tok)
            elif tok.pos_ in {"VERB", "AUX"} and _lemma(tok) in SPEECH_VERBS:
                cue = _verb_cue(doc, sent, tok)
            elif tok.pos_ == "VERB" and _beyond_kind(_lemma(tok)) is not None:
                cue = _beyond_cue(doc, tok)
            elif tok.pos_ == "VERB" and _takes_finite_clause(tok):
                cue = _beyond_cue(doc, tok, "cognition")
            else:
                cue = None
            if cue is not None:
                out.append(cue)
    return out


def _lemma(tok: Token) -> str:
    if tok.lemma_ == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return "point_out"
    return tok.lemma_.lower()


def _conjuncts(head: Token) -> tuple[int, ...]:
    return (
        head.i,
        *(c.i for c in head.conjuncts if c.i > head.i and c.pos_ in {"PROPN", "NOUN", "PRON"}),
    )


def _verb_cue(doc: Doc, sent: TokSpan, verb: Token) -> Cue | None:
    lemma = _lemma(verb)
    speakers: tuple[int, ...] = ()
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            speakers = _conjuncts(child)
        elif child.dep_ == "agent":
            pobj = [g for g in child.children if g.dep_ == "pobj"]
            if pobj:
                speakers = _conjuncts(pobj[0])
    inverted = False
    if not speakers:
        # "said Smith" names the speaker after the verb; "said Thursday" names a time.
        after = [
            c
            for c in verb.children
            if c.i > verb.i
            and c.dep_ in {"dobj", "nsubj", "attr", "npadvmod"}
            and c.ent_type_ not in TIME_ENTITIES
        ]
        if (
            after
            and after[0].pos_ in {"PROPN", "NOUN"}
            and is_source_head(after[0])
            and _frame_start(doc, sent, verb)
        ):
            speakers = _conjuncts(after[0])
            inverted = True
    if not speakers:
        speakers = _inherited_subject(verb)
    speakers = _same_line(doc, verb, speakers)
    cue_start, cue_end = _cue_extent(verb)
    if lemma in NAMING_VERBS:
        dobj = [c for c in verb.children if c.dep_ in {"dobj", "oprd"} and c.i > verb.i]
        ccomp = [c for c in verb.children if c.dep_ in CONTENT_DEPS]
        if dobj and not ccomp:
            last = max(
                t.i
                for d in verb.children
                if d.i > verb.i
                and (d.dep_ in {"dobj", "oprd", "attr"} or (d.dep_ == "prep" and d.lower_ == "as"))
                for t in d.subtree
            )
            start = dobj[0].left_edge.idx
            end = doc[last].idx + len(doc[last])
            return Cue(
                verb.i, cue_start, cue_end, speakers, _trim(doc_text(doc), start, end), naming=True
            )
    content = _complement(doc, verb) or _object_content(doc, verb)
    frame = None
    more = None
    if content is None:
        content, frame = _parenthetical(doc, sent, verb, speakers, inverted)
        if frame is not None and speakers:
            more = _frame_rest(doc, sent, verb, content, frame)
    if content is None and lemma in CLAUSE_ONLY:
        return None
    if content is None and not speakers:
        return None
    return Cue(verb.i, cue_start, cue_end, speakers, content, frame=frame, more=more)


def _same_line(doc: Doc, verb: Token, speakers: tuple[int, ...]) -> tuple[int, ...]:
    """Speakers on the verb's own line: the parser sometimes runs a headline or the
    paragraph before into the sentence, and a headline is never a source."""
    text = doc_text(doc)
    out = []
    for i in speakers:
        a, b = sorted((doc[i].idx, verb.idx))
        if "\n" not in text[a:b]:
            out.append(i)
    return tuple(out)


def _inherited_subject(verb: Token) -> tuple[int, ...]:
    """The subject a reporting verb shares with the verb it hangs on: "X met them and said
    …" (a conjunct), "X rejected the request, saying …" (a participle)."""
    shares = verb.dep_ == "conj" or (verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp"})
    if not shares:
        return ()
    head = verb.head
    while head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children):
        head = head.head
    subj = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subj or not is_source_head(subj[0]):
        return ()
    if subj[0].dep_ == "nsubjpass":
        return ()
    return _conjuncts(subj[0])


def _beyond_kind(lemma: str) -> str | None:
    for kind, lexicon in (
        ("evidential", EVIDENTIAL_VERBS),
        ("stance", STANCE_VERBS),
        ("intent", INTENT_VERBS),
        ("cognition", COGNITION_VERBS),
    ):
        if lemma in lexicon:
            return kind
    return None


def _subject(verb: Token, evidence: bool = False) -> tuple[int, ...]:
    """The verb's source: its subject (or passive agent), or the subject of the verb it is
    conjoined to ("The union met and backed the plan"); empty unless it can be a source
    (or, with ``evidence``, is any noun that is not a number)."""
    head: Token | None = None
    for child in verb.children:
        if child.dep_ == "nsubj":
            head = child
        elif child.dep_ == "agent":
            head = next((g for g in child.children if g.dep_ == "pobj"), head)
    if head is None and verb.dep_ == "conj":
        head = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if head is None or not _same_line(head.doc, verb, (head.i,)):
        return ()
    if not is_agent_head(head) and not (evidence and is_source_head(head)):
        return ()
    return _conjuncts(head)


def _subtree_span(doc: Doc, tokens: list[Token]) -> tuple[int, int] | None:
    lo = min(t.left_edge.i for t in tokens)
    hi = _before_aside(doc, lo, max(t.right_edge.i for t in tokens))
    return _trim(doc_text(doc), doc[lo].idx, doc[hi].idx + len(doc[hi]))


def _takes_finite_clause(verb: Token) -> bool:
    """A verb whose complement is a finite clause with "that" or its own subject ("X hopes
    that …", "X sees the vote slipping" is not): in English such verbs report a thought,
    a perception or a claim, whatever the verb."""
    if _lemma(verb) in EXCLUDED_CLAUSE_VERBS:
        return False
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in {"VERB", "AUX"}:
            if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                return True
    return False


def _beyond_cue(doc: Doc, verb: Token, kind_of: str | None = None) -> Cue | None:
    """A non-speech attribution cue (see the lexicons above) with its content.

    Evidence need not speak: "Video shows that …", "Records found that …" take any noun
    subject when a clause follows (the quote then has no speaker unless the subject can be a
    source); every other class needs a subject that can be a source.
    """
    kind = kind_of or _beyond_kind(_lemma(verb))
    clause = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    speakers = _subject(verb, evidence=kind == "evidential" and bool(clause))
    if kind is None or not speakers:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    infinitive = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    described = _object_content(doc, verb) if kind == "stance" else None
    if clause:
        parts = clause
    elif described is not None:
        start, end = _cue_extent(verb)
        return Cue(verb.i, start, end, speakers, described, kind=kind)
    elif kind in {"evidential", "stance"} and objects:
        parts = objects
    elif kind == "intent" and infinitive:
        parts = infinitive
    else:
        return None
    content = _subtree_span(doc, parts)
    if content is None:
        return None
    start, end = _cue_extent(verb)
    return Cue(verb.i, start, end, speakers, content, kind=kind)


def _phrasal(verb: Token) -> Token | None:
    """The preposition of a phrasal cue ("called *for*"), if ``verb`` opens one."""
    for child in verb.children:
        if child.dep_ == "prep" and (_lemma(verb), child.lower_) in PHRASAL_CUES:
            if child.i == verb.i + 1:
                return child
    return None


def _phrasal_cue(doc: Doc, verb: Token) -> Cue | None:
    prep = _phrasal(verb)
    speakers = _subject(verb)
    if prep is None or not speakers:
        return None
    parts = [prep] + [c for c in verb.children if c.dep_ == "xcomp" and c.i > prep.i]
    content = _subtree_span(doc, parts)
    if content is None:
        return None
    text = doc_text(doc)
    start = content[0] + len(prep.text) if text.startswith(prep.text, content[0]) else content[0]
    content = _trim(text, start, content[1])
    if content is None:
        return None
    kind = PHRASAL_CUES[(_lemma(verb), prep.lower_)]
    return Cue(verb.i, verb.idx, prep.idx + len(prep), speakers, content, kind=kind)


def _cue_extent(verb: Token) -> tuple[int, int]:
    start_tok = verb
    for child in verb.children:
        if child.i < verb.i and child.dep_ in {"aux", "auxpass", "neg"} and child.i >= verb.i - 3:
            start_tok = child if child.i < start_tok.i else start_tok
    end_tok = verb
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            end_tok = child
    return start_tok.idx, end_tok.idx + len(end_tok)


def _object_content(doc: Doc, verb: Token) -> tuple[int, int] | None:
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
    end = max(t.i for t in preps[0].subtree)
    return _trim(doc_text(doc), objects[0].left_edge.idx, doc[end].idx + len(doc[end]))


def _complement(doc: Doc, verb: Token) -> tuple[int, int] | None:
    if not any(c.dep_ in CONTENT_DEPS for c in verb.children):
        # "tweeted that Machado was …" parsed as an adverbial clause led by "that"
        for c in verb.children:
            if c.dep_ == "advcl" and c.i > verb.i and c.left_edge.lower_ == "that":
                return _trim(doc_text(doc), c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
    comps = [c for c in verb.children if c.dep_ in CONTENT_DEPS and c.i > verb.i]
    if not comps:
        return None
    comp = comps[0]
    tokens = list(comp.subtree)
    if comp.dep_ == "xcomp" and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in comp.children
    ):
        if _lemma(verb) not in DIRECTIVE_VERBS:
            return None
        # "urged Republicans to “vote your conscience”": who is urged belongs to the content
        tokens += [t for c in verb.children if c.dep_ == "dobj" and c.i < comp.i for t in c.subtree]
    for conj in comp.conjuncts:
        if conj.i > comp.i:
            tokens += list(conj.subtree)
    start = min(t.i for t in tokens)
    end = _before_aside(doc, start, max(t.i for t in tokens))
    return _trim(doc_text(doc), doc[start].idx, doc[end].idx + len(doc[end]))


def _before_aside(doc: Doc, start: int, end: int) -> int:
    """``end`` moved before a trailing aside set off by a comma: what the reporter adds, not
    what the source said ("…, contradicting the police's claim", "…, although he …", an
    apposition "…, a former governor"). The aside must run to the end of the content."""
    for tok in doc[start + 1 : end + 1]:
        if tok.i <= start + 1 or doc[tok.left_edge.i - 1].text != ",":
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


def _frame_start(doc: Doc, sent: TokSpan, verb: Token) -> bool:
    """True when the verb opens a frame after a comma or a closing quotation mark."""
    j = verb.i - 1
    while j >= sent.start and doc[j].dep_ in {"aux", "auxpass", "neg", "advmod"}:
        j -= 1
    return j >= sent.start and (doc[j].text in {",", "”", '"', "’", "—", "–"} or doc[j].is_quote)


def _parenthetical(
    doc: Doc, sent: TokSpan, verb: Token, speakers: tuple[int, ...], inverted: bool
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Content of "CONTENT, X said." (the sentence minus the reporting frame)."""
    if verb.dep_ == "relcl":
        return None, None
    frame_toks = {verb.i}
    for child in verb.children:
        if (
            child.dep_
            in {
                "nsubj",
                "nsubjpass",
                "aux",
                "auxpass",
                "neg",
                "advmod",
                "npadvmod",
                "prep",
                "agent",
                "dobj",
                "prt",
                "dative",
            }
            or child.i in speakers
        ):
            frame_toks.update(t.i for t in child.subtree)
    lo, hi = min(frame_toks), max(frame_toks)
    frame = (doc[lo].idx, doc[hi].idx + len(doc[hi]))
    line_start, line_end = _line(doc_text(doc), sent, verb.idx)
    left = (line_start, doc[lo].idx)
    right = (doc[hi].idx + len(doc[hi]), line_end)
    has_left = doc[lo - 1].text in {",", "”", '"', "’", "—", "–", ":"} if lo > sent.start else False
    has_right = hi + 1 < sent.end and doc[hi + 1].text in {",", ":", "—", "–"}
    raw: list[tuple[int, int] | None] = []
    if has_left or inverted:
        raw.append(_trim(doc_text(doc), *left))
    colon = hi + 1 < sent.end and doc[hi + 1].text == ":"
    if has_right and (colon or (verb.dep_ == "ROOT" and not speakers)):
        raw.append(_trim(doc_text(doc), *right))
    cand = [c for c in raw if c is not None and len(doc_text(doc)[c[0] : c[1]].split()) >= 3]
    if not cand and has_left and has_right and speakers and raw and raw[0] is not None:
        # "The museum, Mr. Bush said, celebrated …": a short left part, the rest follows
        return raw[0], frame
    if not cand:
        return None, None
    return max(cand, key=lambda c: c[1] - c[0]), frame


def _frame_rest(
    doc: Doc, sent: TokSpan, verb: Token, content: tuple[int, int] | None, frame: tuple[int, int]
) -> tuple[int, int] | None:
    """The words after a frame set in the middle of the reported sentence.

    "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the content is both
    sides of ", Mr. Clarke said,". Not when the words after the frame are a quotation (the
    quote finder joins those), another reporting clause ("…, she said, adding that …") or
    an aside on the speaker ("…, he said, referring to …").
    """
    text = doc_text(doc)
    if content is None or content[1] > frame[0] or text[content[1] : frame[0]].strip() != ",":
        return None
    if text[content[1] - 1 : content[1]] in {"”", '"', "’", "'"}:
        return None
    after = text[frame[1] : frame[1] + 2]
    if not after.startswith(","):
        return None
    _, line_end = _line(text, sent, verb.idx)
    rest = _trim(text, frame[1] + 1, line_end)
    if rest is None or text[rest[0]] in "“\"‘'":
        return None
    first = doc.char_span(rest[0], rest[0] + 1, alignment_mode="expand")
    if first is None or first[0].tag_ in {"VBG", "VBN"} or _lemma(first[0]) in SPEECH_VERBS:
        return None
    return rest


def _according(doc: Doc, sent: TokSpan, tok: Token) -> Cue | None:
    to = doc[tok.i + 1]
    pobj = [c for c in to.children if c.dep_ == "pobj"]
    if not pobj:
        pobj = [c for c in tok.children if c.dep_ == "pobj"]
    if not pobj:
        nxt = tok.i + 2
        if nxt < sent.end and doc[nxt].pos_ in {"PROPN", "NOUN", "DET"}:
            head = doc[nxt]
            while (
                head.head.i != head.i
                and head.head.i > tok.i + 1
                and head.head.i < sent.end
                and head.dep_ in {"det", "compound", "amod"}
            ):
                head = head.head
            pobj = [head]
    if not pobj:
        return None
    phrase = [t.i for t in pobj[0].subtree] + [tok.i, to.i]
    lo, hi = min(phrase), max(phrase)
    line_start, line_end = _line(doc_text(doc), sent, tok.idx)
    left = _trim(doc_text(doc), line_start, doc[lo].idx)
    right = _trim(doc_text(doc), doc[hi].idx + len(doc[hi]), line_end)
    cands = [c for c in (left, right) if c is not None]
    content = max(cands, key=lambda c: c[1] - c[0]) if cands else None
    return Cue(
        tok.i,
        tok.idx,
        to.idx + len(to),
        _conjuncts(pobj[0]),
        content,
        according=True,
        frame=(doc[lo].idx, doc[hi].idx + len(doc[hi])),
    )


def _line(text: str, sent: TokSpan, char: int) -> tuple[int, int]:
    """The sentence's bounds cut at line breaks around ``char`` (a paragraph is one line:
    the parser sometimes runs a sentence on into the next paragraph)."""
    start = max(sent.start_char, text.rfind("\n", 0, char) + 1)
    nl = text.find("\n", char, sent.end_char)
    return start, (nl if nl >= 0 else sent.end_char)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in PUNCT_TRIM:
        start += 1
    while end > start and text[end - 1] in PUNCT_TRIM + ".":
        end -= 1
    if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
        end += 1
    return (start, end) if end > start else None
