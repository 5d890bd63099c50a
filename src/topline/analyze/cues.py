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

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokSpan

from topline.analyze.cue_adjectives import adjective_cue, made_clear_cue
from topline.analyze.cue_beyond import (
    NOMINAL_CUES,
    as_naming_cue,
    as_put_cue,
    beyond_cue,
    beyond_kind,
    nominal_cue,
    phrasal_cue,
    phrasal_prep,
    takes_finite_clause,
)
from topline.analyze.cue_frames import (
    HEDGE_ADVERBS,
    evidence_frame,
    frame_phrase_cue,
    hedge_adverb_cue,
    hedge_cue,
    known_as_cue,
)
from topline.analyze.cue_nominal import POSSESSED_NOUNS, possessed_cue
from topline.analyze.cue_parts import (
    Cue,
    before_aside,
    conjuncts,
    cue_extent,
    cue_lemma,
    echo_content,
    line_bounds,
    object_content,
    same_line,
    trim_span,
)
from topline.analyze.source_nouns import is_source_head
from topline.nlp import doc_text, token_table

__all__ = ["SPEECH_VERBS", "Cue", "find_cues"]

#: Lemmas of verbs that report speech, writing or a claim.
SPEECH_VERBS = frozenset(
    "say tell add state write declare announce explain note claim insist argue ask reply "
    "respond acknowledge admit warn report tweet post recall remark suggest conclude predict "
    "promise vow urge deny confirm complain joke quip observe concede testify emphasize stress "
    "allege contend maintain assert counter reveal disclose indicate estimate believe think "
    "say continue caution charge point_out learn cite describe call dub label brand term "
    "accuse criticize blast praise demand propose question wonder reiterate signal "
    "boast brag chant shout yell exhort implore plead proclaim lambaste liken tout discuss".split()
)
#: Verbs whose complement is a name or description, not a clause ("called it a disgrace").
NAMING_VERBS = frozenset("call describe dub label brand term".split())
#: Verbs that need a clausal complement or a frame to count as reporting (not "he called her").
CLAUSE_ONLY = frozenset("think believe learn continue point_out question wonder".split())
#: Verbs whose infinitive complement is what they ask for ("urged Congress to act").
DIRECTIVE_VERBS = frozenset(
    "urge promise vow warn tell ask encourage exhort implore beg invite challenge order "
    "instruct advise remind".split()
)
#: Speech verbs that take a gerund as what is reported ("reported spending $1 million",
#: "denied taking the money", "proposed cutting the tax"); not "say" or "continue", whose
#: "-ing" word after them is an adjunct or an aspect ("he said, introducing her").
GERUND_VERBS = frozenset(
    "report deny admit acknowledge recall propose suggest recommend mention discuss "
    "consider confirm regret describe detail disclose advocate".split()
)
#: Speech verbs whose object is what is reported ("cited the figures", "denied the claims").
OBJECT_SPEECH_VERBS = frozenset(
    "cite mention deny confirm acknowledge reveal announce propose demand disclose "
    "praise criticize blast question reiterate recommend detail discuss note promise admit "
    "claim report predict estimate suggest stress emphasize concede dispute recall".split()
)
#: Speech verbs of those whose object states a position, so one short object is enough
#: ("questioned Cruz's temperament", "denied the claims"); "suggest", "mention", … need a
#: fuller object (the minimum of :mod:`topline.analyze.quotes`).
STANCE_SPEECH_VERBS = frozenset("praise criticize blast question dispute deny demand".split())
#: Speech verbs whose object is the topic of the talk, as "talked about" ("discussed the
#: investigation", "would not discuss their terms"): one short object is enough too.
TOPIC_OBJECT_VERBS = frozenset({"discuss"})
#: Dependency labels that make a clause the content of a reporting verb.
CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Entity types that never speak: the noun after "said" in "said Thursday" is a time.
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def find_cues(doc: Doc) -> list[Cue]:
    """Every cue of the document, in text order.

    The part of speech, lower form and lemma come from the token table, so a ``Token`` is
    made only for a verb, an auxiliary, a nominal cue word or "according to" (a noun can only
    be a nominal cue: every other branch wants a verb).
    """
    out: list[Cue] = []
    table = token_table(doc)
    pos, lower, lemma = table.pos, table.lower, table.lemma
    n = len(doc)
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            p = pos[i]
            if lower[i] == "according" and i + 1 < n and lower[i + 1] == "to":
                cue = _according(doc, sent, doc[i])
            elif lower[i] == "in":
                cue = frame_phrase_cue(doc, sent, doc[i], SPEECH_VERBS)
            elif p == "NOUN":
                held = lemma[i] in POSSESSED_NOUNS or lower[i] in POSSESSED_NOUNS
                if lemma[i] not in NOMINAL_CUES and not held:
                    continue
                cue = nominal_cue(doc, doc[i]) if lemma[i] in NOMINAL_CUES else None
                if cue is None and held:
                    cue = possessed_cue(doc, doc[i])
            elif p == "ADV" and lower[i] in HEDGE_ADVERBS:
                cue = hedge_adverb_cue(doc, doc[i])
            elif p != "VERB" and p != "AUX":
                continue  # no branch below can fire: no Token made
            else:
                cue = _verbal_cue(doc, sent, doc[i], p == "VERB")
            if cue is not None:
                out.append(cue)
    return out


def _verbal_cue(doc: Doc, sent: TokSpan, tok: Token, verb: bool) -> Cue | None:
    """The cue a verb (``verb``) or an auxiliary makes, if any; first rule that fires wins."""
    if (hedge := hedge_cue(doc, tok) or known_as_cue(doc, tok)) is not None:
        return hedge
    if verb and (evidence := evidence_frame(doc, sent, tok, SPEECH_VERBS)) is not None:
        return evidence
    if verb and (put := as_put_cue(doc, tok)) is not None:
        return put
    if verb and cue_lemma(tok) not in NAMING_VERBS:
        named = as_naming_cue(doc, tok)
        if named is not None:
            return named
    if phrasal_prep(tok) is not None:
        return phrasal_cue(doc, tok)
    if cue_lemma(tok) in SPEECH_VERBS:
        return _verb_cue(doc, sent, tok)
    if verb and beyond_kind(cue_lemma(tok)) is not None:
        return beyond_cue(doc, tok)
    if verb and takes_finite_clause(tok):
        return beyond_cue(doc, tok, "cognition")
    return adjective_cue(doc, tok) or made_clear_cue(doc, tok)


def _verb_cue(doc: Doc, sent: TokSpan, verb: Token) -> Cue | None:
    lemma = cue_lemma(verb)
    speakers: tuple[int, ...] = ()
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            if not speakers or same_line(doc, verb, (child.i,)):
                # two subjects: the parser ran the next line into the sentence ("replied
                # Sanders. ¶ ___."); the one on the verb's own line is the speaker
                speakers = conjuncts(child)
        elif child.dep_ == "agent":
            pobj = [g for g in child.children if g.dep_ == "pobj"]
            if pobj:
                speakers = conjuncts(pobj[0])
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
            and verb.tag_ != "VBG"  # "…, citing a threat": a participle is never inverted
            and after[0].pos_ in {"PROPN", "NOUN"}
            and is_source_head(after[0])
            and _frame_start(doc, sent, verb)
        ):
            speakers = conjuncts(after[0])
            inverted = True
    if not speakers:
        speakers = _inherited_subject(verb)
    speakers = same_line(doc, verb, speakers)
    cue_start, cue_end = cue_extent(verb)
    if lemma in NAMING_VERBS:
        dobj = [c for c in verb.children if c.dep_ in {"dobj", "oprd"} and c.i > verb.i]
        # only a clause after the verb competes with the description: the parse hangs the
        # clause before a colon or dash on it ("… sounded equivocal: Harman called it “…”")
        ccomp = [c for c in verb.children if c.dep_ in CONTENT_DEPS and c.i > verb.i]
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
            what = [c for c in verb.children if c.i < verb.i and c.lower_ == "what"]
            if what:  # "what she called a “rant”": the free relative is the description
                start = what[0].idx
            return Cue(
                verb.i,
                cue_start,
                cue_end,
                speakers,
                trim_span(doc_text(doc), start, end),
                naming=True,
            )
    echo = echo_content(doc, verb)
    if echo is not None and speakers:
        return Cue(verb.i, cue_start, cue_end, speakers, echo, kind="echo")
    content = _complement(doc, verb) or object_content(doc, verb)
    kind = "speech"
    if content is None and lemma in OBJECT_SPEECH_VERBS and not inverted:
        content = _noun_object(doc, verb)
        if content is not None and lemma in STANCE_SPEECH_VERBS:
            kind = "stance"  # "questioned Cruz's temperament": one short object is enough
        elif content is not None and lemma in TOPIC_OBJECT_VERBS:
            kind = "topic"
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
    return Cue(verb.i, cue_start, cue_end, speakers, content, frame=frame, more=more, kind=kind)


#: Prepositions before a participle whose subject is the clause's ("before insisting",
#: "after saying", "while arguing", "by claiming").
SHARING_PREPS = frozenset({"before", "after", "while", "by", "without", "in"})


def _inherited_subject(verb: Token) -> tuple[int, ...]:
    """The subject a reporting verb shares with the verb it hangs on: "X met them and said
    …" (a conjunct), "X rejected the request, saying …" (a participle)."""
    shares = (
        verb.dep_ == "conj"
        or (verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp"})
        or (verb.tag_ == "VB" and verb.dep_ == "xcomp")  # "went on to explain how …"
    )
    head = verb.head
    if (
        not shares
        and verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and head.lower_ in SHARING_PREPS
        and head.head.pos_ in {"VERB", "AUX"}
    ):
        # "Trump told reporters, before insisting he had …": the one who insists is the
        # subject of the verb the phrase hangs on
        shares, head = True, head.head
    if not shares:
        return ()
    while head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children):
        head = head.head
    subj = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subj or not is_source_head(subj[0]):
        return ()
    if subj[0].dep_ == "nsubjpass" and verb.tag_ == "VBN":
        # "was arrested and charged": the conjunct shares the passive too; an active one
        # shares its subject ("She was joined on stage by X and joked, “…”")
        return ()
    return conjuncts(subj[0])


def _noun_object(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "cited derogatory comments Trump had made": what was cited, denied, announced."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects or objects[0].pos_ == "PRON":
        return None
    obj = objects[0]
    end = before_aside(doc, obj.left_edge.i, obj.right_edge.i)
    for rel in obj.children:
        # "cited two diplomats who confirmed that …": the clause is a report of its own
        if rel.dep_ == "relcl" and cue_lemma(rel) in SPEECH_VERBS:
            end = min(end, rel.left_edge.i - 1)
    return trim_span(doc_text(doc), obj.left_edge.idx, doc[end].idx + len(doc[end]))


def _complement(doc: Doc, verb: Token) -> tuple[int, int] | None:
    if not any(c.dep_ in CONTENT_DEPS for c in verb.children):
        # "tweeted that Machado was …" parsed as an adverbial clause led by "that"
        for c in verb.children:
            if c.dep_ == "advcl" and c.i > verb.i and c.left_edge.lower_ == "that":
                return trim_span(
                    doc_text(doc), c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
                )
    comps = [c for c in verb.children if c.dep_ in CONTENT_DEPS and c.i > verb.i]
    if not comps:
        return None
    comp = comps[0]
    tokens = list(comp.subtree)
    if comp.dep_ == "xcomp" and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in comp.children
    ):
        if comp.tag_ == "VBG" and comp.i == verb.i + 1 and cue_lemma(verb) in GERUND_VERBS:
            pass  # "reported spending $1 million", "denied taking the money": the gerund is the claim
        elif cue_lemma(verb) not in DIRECTIVE_VERBS:
            return None
        # "urged Republicans to “vote your conscience”": who is urged belongs to the content
        tokens += [t for c in verb.children if c.dep_ == "dobj" and c.i < comp.i for t in c.subtree]
    for conj in comp.conjuncts:
        if conj.i > comp.i:
            tokens += list(conj.subtree)
    start = min(t.i for t in tokens)
    if start < verb.i:
        # "tax cuts, which he said had harmed the economy": the relative pronoun opens the
        # report and the frame sits inside it (PolNeAR's content runs from "which" on)
        end = before_aside(doc, verb.i, max(t.i for t in tokens))
    else:
        end = before_aside(doc, start, max(t.i for t in tokens))
    return trim_span(doc_text(doc), doc[start].idx, doc[end].idx + len(doc[end]))


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
    line_start, line_end = line_bounds(doc_text(doc), sent, verb.idx)
    left = (line_start, doc[lo].idx)
    right = (doc[hi].idx + len(doc[hi]), line_end)
    # a closing mark before the frame may be typewriter quotes ('') as in many NYT texts
    has_left = (
        doc[lo - 1].text in {",", "”", '"', "’", "—", "–", ":", "''"} if lo > sent.start else False
    )
    has_right = hi + 1 < sent.end and doc[hi + 1].text in {",", ":", "—", "–"}
    raw: list[tuple[int, int] | None] = []
    if has_left or inverted:
        raw.append(trim_span(doc_text(doc), *left))
    colon = hi + 1 < sent.end and doc[hi + 1].text == ":"
    if has_right and (colon or (verb.dep_ == "ROOT" and not speakers)):
        raw.append(trim_span(doc_text(doc), *right))
    if has_right and speakers and _quotes_after_frame(doc, sent, lo, hi):
        # "But, Mr. Ryan said, “democracy is …”", "In a statement, an official said, “We
        # …”": a frame followed by a comma and an opening mark reports that quotation
        right_quote = trim_span(doc_text(doc), *right)
        if right_quote is not None:
            return right_quote, frame
    cand = [c for c in raw if c is not None and len(doc_text(doc)[c[0] : c[1]].split()) >= 3]
    if not cand and has_left and has_right and speakers and raw and raw[0] is not None:
        # "The museum, Mr. Bush said, celebrated …": a short left part, the rest follows
        return raw[0], frame
    if not cand:
        return None, None
    return max(cand, key=lambda c: c[1] - c[0]), frame


#: Opening quotation marks as the tokenizer gives them (straight and typewriter marks open too).
OPENING_MARKS = frozenset({"“", '"', "''", "``"})


def _quotes_after_frame(doc: Doc, sent: TokSpan, lo: int, hi: int) -> bool:
    """A frame ``lo..hi`` followed by a comma and an opening quotation mark, the words
    before it not a quotation of their own ("“A,” he said, “B.”" is one broken quote that
    the quote finder joins; its first part stays the content)."""
    nxt = hi + 2
    if nxt >= sent.end or doc[hi + 1].text != "," or doc[nxt].text not in OPENING_MARKS:
        return False
    if doc[nxt].text == '"' and nxt + 1 < sent.end and doc[nxt + 1].is_punct:
        return False  # a straight mark that closes something before
    before = doc_text(doc)[sent.start_char : doc[lo].idx].rstrip(" ,\n")
    return not before.endswith(("”", '"', "''", "’", "'"))


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
    _, line_end = line_bounds(text, sent, verb.idx)
    rest = trim_span(text, frame[1] + 1, line_end)
    if rest is None or text[rest[0]] in "“\"‘'":
        return None
    first = doc.char_span(rest[0], rest[0] + 1, alignment_mode="expand")
    if first is None or first[0].tag_ in {"VBG", "VBN"} or cue_lemma(first[0]) in SPEECH_VERBS:
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
    line_start, line_end = line_bounds(doc_text(doc), sent, tok.idx)
    left = trim_span(doc_text(doc), line_start, doc[lo].idx)
    right = trim_span(doc_text(doc), doc[hi].idx + len(doc[hi]), line_end)
    if left is None and right is None:
        # "According to X, the move reeks of …" parsed as one phrase (a verb taken for a
        # noun in apposition): a report is never only its source, so the phrase ends at
        # the first comma after the source's head and the rest is the content
        comma = next((t for t in doc[pobj[0].i + 1 : hi + 1] if t.text == ","), None)
        if comma is not None:
            hi = comma.i - 1
            right = trim_span(doc_text(doc), comma.idx + 1, line_end)
    cands = [c for c in (left, right) if c is not None]
    content = max(cands, key=lambda c: c[1] - c[0]) if cands else None
    more = None
    text = doc_text(doc)
    enclosed = (
        lo > sent.start
        and doc[lo - 1].text == ","
        and text[doc[hi].idx + len(doc[hi]) :].startswith(",")
    )
    if left is not None and right is not None and enclosed and text[right[0]] not in "“\"‘'":
        # "The top 1 percent paid 25.4 percent, according to the CBO, and the top 10 …"
        content, more = left, right
    return Cue(
        tok.i,
        tok.idx,
        to.idx + len(to),
        conjuncts(pobj[0]),
        content,
        according=True,
        frame=(doc[lo].idx, doc[hi].idx + len(doc[hi])),
        more=more,
    )
