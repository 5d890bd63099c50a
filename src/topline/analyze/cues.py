"""Reporting cues on spaCy's parse: the verb (or "according to"), who speaks, what is said.

One :class:`Cue` per reporting verb. The content is read off the dependency tree:

* a clausal complement: "X said (that) CONTENT", "X told reporters CONTENT";
* a parenthetical frame: "CONTENT, X said." / "CONTENT, said X." / "CONTENT, reported CNN";
* "according to X, CONTENT" / "CONTENT, according to X";
* verbs of naming: "X called it 'a disgrace'" (content: the object and its predicate).

The speaker is the subject (with its conjuncts: "the Times and the AP reported"), the agent
of a passive ("was told by X"), or the noun phrase after an inverted verb ("said Smith").

The word lists are in :mod:`~topline.cue_lexicon`, the parenthetical frame in
:mod:`~topline.analyze.cue_parenthetical`, "according to" in
:mod:`~topline.analyze.cue_according`; cues beyond speech verbs in ``cue_beyond``,
``cue_frames``, ``cue_adjectives`` and ``cue_nominal``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokSpan

from topline.analyze.cue_according import according_cue
from topline.analyze.cue_adjectives import adjective_cue, made_clear_cue
from topline.analyze.cue_as import as_naming_cue, as_put_cue
from topline.analyze.cue_beyond import (
    NOMINAL_CUES,
    beyond_cue,
    beyond_kind,
    nominal_cue,
    takes_finite_clause,
)
from topline.analyze.cue_colon import message_colon_cue
from topline.analyze.cue_frames import (
    HEDGE_ADVERBS,
    evidence_frame,
    frame_phrase_cue,
    hedge_adverb_cue,
    hedge_cue,
    known_as_cue,
)
from topline.analyze.cue_lost_subject import run_on_subject, with_lost_subject
from topline.analyze.cue_nominal import POSSESSED_NOUNS, possessed_cue
from topline.analyze.cue_parenthetical import (
    after_quote_frame,
    frame_rest,
    frame_start,
    parenthetical,
)
from topline.analyze.cue_parts import (
    Cue,
    before_aside,
    cc_before,
    conjuncts,
    cue_extent,
    cue_lemma,
    echo_content,
    frame_conjunct,
    frame_of_conjunct,
    object_content,
    same_line,
    trim_span,
)
from topline.analyze.cue_phrasal import phrasal_cue, phrasal_prep
from topline.analyze.cue_questions import QUESTION_VERBS, asked_about_cue, question_cue
from topline.analyze.cue_standing import standing_cue
from topline.analyze.cue_told import TELLING_VERBS, told_that_cue
from topline.analyze.source_nouns import DOCUMENT_NOUNS, is_person_noun, is_source_head
from topline.cue_lexicon import (
    ADDRESSEE_VERBS,
    CLAUSE_ONLY,
    CONTENT_DEPS,
    DIRECTIVE_VERBS,
    GERUND_VERBS,
    INSCRIPTION_VERBS,
    NAMING_VERBS,
    OBJECT_SPEECH_VERBS,
    SHARING_PREPS,
    SPEECH_VERBS,
    STANCE_SPEECH_VERBS,
    SUBJECT_DEPS,
    TIME_ENTITIES,
    TOPIC_OBJECT_VERBS,
)
from topline.nlp import doc_sents, doc_text, token_table

__all__ = ["SPEECH_VERBS", "Cue", "find_cues"]

#: How far back (tokens) a frame's closing quotation mark may be before its verb of telling.
MAX_FRAME_GAP = 12
#: Nouns of what a source issues or sends, whose participle reports for the sender ("issued
#: a statement saying …", "released an ad calling …").
STATEMENT_NOUNS = frozenset(
    "statement message letter email note release ad advertisement video tweet post memo".split()
)
#: Verbs whose question or "that"-clause the parse may hang where the speech rule does not
#: look (``cue_questions``, ``cue_told``): one set test per verb before either is asked.
_MISHUNG_CLAUSE_VERBS = QUESTION_VERBS | TELLING_VERBS
#: Tags of finite verbs (a clause of its own).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Pronouns that name persons (a reported clause with one of these for a subject has a
#: possible speaker).
PERSON_PRONOUNS = frozenset("i we you he she they who".split())


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
    for sent in doc_sents(doc):
        for i in range(sent.start, sent.end):
            p = pos[i]
            if lower[i] == "according" and i + 1 < n and lower[i + 1] == "to":
                cue = according_cue(doc, sent, doc[i])
            elif lower[i] == "in":
                cue = frame_phrase_cue(doc, sent, doc[i], SPEECH_VERBS) or standing_cue(
                    doc, sent, doc[i]
                )
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
        # "Asked about the closure, the mayor …": no asker, so no phrasal cue; the topic
        # is still a question put to the one named
        return phrasal_cue(doc, tok) or (asked_about_cue(doc, tok) if verb else None)
    if verb and _inscription(doc, tok):
        return _inscription_cue(doc, tok)
    if verb and tok.lemma_ in _MISHUNG_CLAUSE_VERBS:
        # "asked the mayor if …", "Asked whether …, Hale said", "told Clinton at a debate
        # that …": a clause the parse hung where the speech rule does not look
        mishung = question_cue(doc, tok) or told_that_cue(doc, tok) or asked_about_cue(doc, tok)
        if mishung is not None:
            return mishung
    if cue_lemma(tok) in SPEECH_VERBS:
        spoken = _verb_cue(doc, sent, tok)
        # "Jeffrey Salkin, a Hollywood, Fla., rabbi …, said": the parse lost the subject
        return spoken if spoken is None or spoken.speakers else with_lost_subject(doc, spoken)
    if verb and beyond_kind(cue_lemma(tok)) is not None:
        return beyond_cue(doc, tok)
    if verb and takes_finite_clause(tok):
        return beyond_cue(doc, tok, "cognition")
    found = adjective_cue(doc, tok) or made_clear_cue(doc, tok)
    if found is None and verb and after_quote_frame(doc, sent, tok):
        return _verb_cue(doc, sent, tok)  # "“…?” Hannity pressed."
    if found is None:
        found = message_colon_cue(doc, sent, tok)  # "had one message: Dump him."
    return found


def _verb_cue(doc: Doc, sent: TokSpan, verb: Token) -> Cue | None:
    lemma = cue_lemma(verb)
    speakers: tuple[int, ...] = ()
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            if speakers and _object_run_in(doc, child):
                continue  # "who did not wish to be named because of agency policy said"
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
            and not (c.dep_ == "dobj" and lemma in ADDRESSEE_VERBS)
        ]
        if (
            after
            and verb.tag_ != "VBG"  # "…, citing a threat": a participle is never inverted
            and after[0].pos_ in {"PROPN", "NOUN"}
            and is_source_head(after[0])
            and frame_start(doc, sent, verb)
        ):
            speakers = conjuncts(after[0])
            inverted = True
    if not speakers and lemma in ADDRESSEE_VERBS and _lost_frame_subject(doc, sent, verb):
        # "“…,” Ramos, 58, told AFP": the parse lost the frame's subject; the surface frame
        # of the quotation finds it, and the one told is never the speaker
        return None
    if not speakers:
        speakers = _inherited_subject(verb) or _participle_holder(verb) or _statement_sender(verb)
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
        content, frame = parenthetical(doc, sent, verb, speakers, inverted)
        if frame is not None and speakers:
            more = frame_rest(doc, sent, verb, content, frame)
    if content is None and lemma in CLAUSE_ONLY:
        return None
    if content is None and not speakers:
        return None
    return Cue(verb.i, cue_start, cue_end, speakers, content, frame=frame, more=more, kind=kind)


def _inherited_subject(verb: Token) -> tuple[int, ...]:
    """The subject a reporting verb shares with the verb it hangs on: "X met them and said
    …" (a conjunct), "X rejected the request, saying …" (a participle)."""
    shares = (
        verb.dep_ == "conj"
        or (verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp"})
        or (verb.tag_ == "VB" and verb.dep_ == "xcomp")  # "went on to explain how …"
    )
    head = verb.head
    setoff = _set_off(verb)
    if (
        not shares
        and verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and head.lower_ in SHARING_PREPS
        and head.head.pos_ in {"VERB", "AUX"}
    ):
        # "Trump told reporters, before insisting he had …": the one who insists is the
        # subject of the verb the phrase hangs on
        shares, head, setoff = True, head.head, _set_off(head)
    if not shares:
        return ()
    if (run_on := run_on_subject(verb)) is not None:
        return (run_on.i,)
    if (
        verb.dep_ == "conj"
        and head.dep_ in CONTENT_DEPS
        and cue_lemma(head.head) in SPEECH_VERBS
        and _own_conjunct(head) == _cc_before(head, verb)
    ):
        # "He said the attacks have helped and said that …": the second "said" is the
        # frame's, joined by the parse to the reported clause
        head = head.head
    elif (
        verb.tag_ == "VBG"
        and (frame := _reporting_frame(head)) is not None
        and (setoff or not _speaker_like(head))
    ):
        # "Ward said that the city had concluded …, saying he trusted …", "Bennett denied
        # the notion that a shakeup is coming, explaining …", "Trump said the deadlock has
        # “kept us safe” before claiming …": a participle set off after the reported clause,
        # or one whose clause has no speaker for a subject, is the frame's, hung by the
        # parse on the reported clause's verb
        head = frame
    elif (frame := frame_of_conjunct(verb)) is not None:
        head = frame  # "has said she wants … and has expressed support for …"
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


def _gerund_subject(gerund: Token) -> bool:
    """A gerund right after a reporting verb that the parse made its complement while it is
    the subject of the reported clause: "said seeing so many officers at Pride was a welcome
    sight" (the clause's finite verb hangs on the gerund, with a subject of its own and no
    "that"; not "said, seeing that …", which a comma sets off)."""
    for c in gerund.children:
        kids = list(c.children)
        modal = any(k.dep_ == "aux" and k.tag_ == "MD" for k in kids)  # "could put"
        if c.dep_ != "ccomp" or c.i < gerund.i or not (c.tag_ in FINITE_TAGS or modal):
            continue
        if any(k.dep_ == "nsubj" for k in kids) and not any(k.dep_ == "mark" for k in kids):
            return True
    return False


def _split_gerund_subject(verb: Token, comps: list[Token]) -> bool:
    """A gerund right after the verb followed at once by a clause of the verb's own:
    "said closing it would cost …" parsed as two complements."""
    if len(comps) < 2 or comps[0].tag_ != "VBG" or comps[0].i != verb.i + 1:
        return False
    gerund, clause = comps[0], comps[1]
    return (
        gerund.dep_ == "xcomp"
        and clause.dep_ == "ccomp"
        and clause.left_edge.i == gerund.right_edge.i + 1
    )


def _set_off(tok: Token) -> bool:
    """Whether a comma sets ``tok`` off from what precedes it, also inside a closing
    quotation mark ("… “very troubling,” adding …")."""
    doc, i = tok.doc, tok.i
    if i > 0 and doc[i - 1].is_quote and not doc[i - 1].is_left_punct:
        i -= 1
    return i > 0 and doc[i - 1].text == ","


def _reporting_frame(head: Token) -> Token | None:
    """The reporting verb whose reported clause ``head`` heads: its clausal complement, or a
    clause on its object ("denied the notion that …")."""
    frame: Token | None = None
    if head.dep_ in CONTENT_DEPS and cue_lemma(head.head) in SPEECH_VERBS:
        frame = head.head
    elif head.dep_ == "acl" and head.head.dep_ == "dobj":
        if cue_lemma(head.head.head) in SPEECH_VERBS:
            frame = head.head.head
    if frame is None:
        return None
    lo, hi = sorted((frame.idx, head.idx))
    if "\n" in doc_text(head.doc)[lo:hi]:
        return None  # the parse ran a frame of the next paragraph in: never one report
    return frame


def _speaker_like(clause: Token) -> bool:
    """Whether the clause's subject could be one who speaks (a name, a person, a pronoun
    of persons), not a thing ("the deadlock", "it")."""
    subj = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subj:
        return False
    tok = subj[0]
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSON_PRONOUNS
    return (
        tok.pos_ == "PROPN"
        or tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or (tok.pos_ == "NOUN" and is_person_noun(tok.lemma_.lower()))
    )


def _lost_frame_subject(doc: Doc, sent: TokSpan, verb: Token) -> bool:
    """A verb of telling with its addressee after it, in a frame right after a closing
    quotation mark, that the parse gave no subject ("“…,” Ramos, 58, told AFP")."""
    if not any(c.dep_ in {"dobj", "dative"} and c.i > verb.i for c in verb.children):
        return False
    if not frame_start(doc, sent, verb):
        return False
    back = doc[max(sent.start, verb.i - MAX_FRAME_GAP) : verb.i]
    marks = [t.i for t in back if t.is_quote]
    return bool(marks) and not any(t.pos_ == "VERB" for t in doc[marks[-1] : verb.i])


def _object_run_in(doc: Doc, subj: Token) -> bool:
    """A second subject the parse ran in from a preposition that lost its object: in "A
    spokesperson who did not wish to be named because of agency policy said …" the parse
    makes "policy" a subject of "said" beside "spokesperson", and leaves "because of" with
    no object. The noun right after such a preposition is its object, never a speaker."""
    before = subj.left_edge.i - 1
    if before < 0:
        return False
    prep = doc[before]
    return prep.pos_ == "ADP" and not any(c.dep_ in {"pobj", "pcomp"} for c in prep.children)


def _own_conjunct(comp: Token) -> int | None:
    """Where a reported clause stops before a conjunct that is the reporter's next report:
    "said his attacks have given his campaign momentum and said that …", "would offer a
    prayer but did not suggest it would be Trump". The parse joins the second verb to the
    reported clause's; with no subject of its own and a reporting lemma it is a verb of the
    frame (it makes its own cue with the frame's subject). The index of its "and"/"but"."""
    for conj in comp.children:
        if conj.dep_ != "conj" or conj.i < comp.i:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in conj.children):
            continue
        if cue_lemma(conj) not in SPEECH_VERBS:
            continue
        return _cc_before(comp, conj)
    found = frame_conjunct(comp.head, comp)
    return None if found is None else _cc_before(*found)


_cc_before = cc_before


def _gap_start(verb: Token, comp: Token) -> int | None:
    """Where a report in a relative clause starts when its clause's subject is the noun the
    relative clause modifies: at the relative pronoun the parse hung on the verb ("the
    vote, which she has said was a mistake"), or, with none, at the noun phrase ("a probe
    the agency said was ongoing"), as PolNeAR marks the content (seventh round, #18)."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in comp.children):
        return None
    if comp.pos_ not in {"VERB", "AUX"}:
        return None
    rel = [c for c in verb.children if c.i < verb.i and c.tag_ in {"WDT", "WP"}]
    if rel:
        return rel[0].i
    if any(t.tag_ in {"WDT", "WP", "WP$"} for t in verb.doc[verb.head.i + 1 : verb.i]):
        return None  # the relative pronoun sits elsewhere in the clause
    return verb.head.left_edge.i


def _participle_holder(verb: Token) -> tuple[int, ...]:
    """The people a reporting participle describes when a quotation follows it: "about 50
    protesters chanting “…”" (the participle's understood subject; without the quotation
    the participle may describe anything). Not a thing ("a hat reading “…”") nor an object
    ("emailed supporters saying: “…”"): whoever in the clause wears, posts or sends it speaks."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or head.i > verb.i:
        return ()
    if not _quote_follows(verb.doc, verb) or head.dep_ in {"dobj", "dative"}:
        # "emailed supporters saying: “…”", "released a statement saying “…”": the object's
        # participle reports for the clause's subject (the rules of the verb it hangs on)
        return ()
    if head.pos_ == "PROPN" and is_source_head(head):
        return conjuncts(head)
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN" and is_person_noun(lemma) and lemma not in DOCUMENT_NOUNS:
        return conjuncts(head) if is_source_head(head) else ()
    return ()


def _statement_sender(verb: Token) -> tuple[int, ...]:
    """Who issues the statement a participle reports: "Trump issued a statement saying …",
    "the campaign sent out a text message to supporters saying: “…”" (the participle hangs
    on the statement, the object of the subject's verb of sending)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.i > verb.i or noun.dep_ != "dobj":
        return ()
    if noun.lemma_.lower() not in STATEMENT_NOUNS:
        return ()
    sender = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if sender is None or not is_source_head(sender):
        return ()
    return conjuncts(sender)


def _inscription(doc: Doc, verb: Token) -> bool:
    """ "One message read “…”", "a sign reading: “…”": a verb of written words whose object is
    the quotation right after it (not "She read the report")."""
    return cue_lemma(verb) in INSCRIPTION_VERBS and _quote_follows(doc, verb)


def _quote_follows(doc: Doc, verb: Token) -> bool:
    """An opening quotation mark right after ``verb`` (a colon or comma between)."""
    nxt = verb.i + 1
    while nxt < len(doc) and doc[nxt].text in {":", ","}:
        nxt += 1
    return nxt < len(doc) and doc[nxt].text in {"“", '"', "``", "''"}


def _inscription_cue(doc: Doc, verb: Token) -> Cue | None:
    """The cue of an inscription: its subject, a thing that bears words ("One message read
    “…”", "The sign read: “…”"), is the source; the quotation after it is the content (the
    quote finder gives it, so none here). A participle ("a hat reading “…”") is left out:
    whoever wears or posts it, named in the clause, is the source PolNeAR gives."""
    subj = [c for c in verb.children if c.dep_ == "nsubj" and is_source_head(c)]
    speakers = same_line(doc, verb, conjuncts(subj[0]) if subj else ())
    if not speakers or not _bears_writing(doc[speakers[0]]):
        return None  # "She read “War and Peace”": a person reading is no inscription
    start, end = cue_extent(verb)
    return Cue(verb.i, start, end, speakers, None)


def _bears_writing(head: Token) -> bool:
    """A thing that carries words (a sign, a hat, a message, a letter), not a person."""
    lemma = head.lemma_.lower()
    return head.pos_ == "NOUN" and (lemma in DOCUMENT_NOUNS or not is_person_noun(lemma))


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
    if _split_gerund_subject(verb, comps):
        # "said closing it would cost the town": the parse hung the gerund and the clause
        # it is the subject of side by side on the verb
        comp = comps[1]
        tokens += list(comp.subtree)
    if comp.dep_ == "xcomp" and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in comp.children
    ):
        if comp.tag_ == "VBG" and comp.i == verb.i + 1 and cue_lemma(verb) in GERUND_VERBS:
            pass  # "reported spending $1 million", "denied taking the money": the gerund is the claim
        elif comp.tag_ == "VBG" and comp.i == verb.i + 1 and _gerund_subject(comp):
            pass  # "said seeing so many officers there was a welcome sight"
        elif cue_lemma(verb) not in DIRECTIVE_VERBS:
            return None
        # "urged Republicans to “vote your conscience”": who is urged belongs to the content
        tokens += [t for c in verb.children if c.dep_ == "dobj" and c.i < comp.i for t in c.subtree]
    for conj in comp.conjuncts:
        if conj.i > comp.i:
            tokens += list(conj.subtree)
    start = min(t.i for t in tokens)
    gap = _gap_start(verb, comp)
    if gap is not None:
        start = gap
    own = _own_conjunct(comp)
    if own is not None:
        tokens = [t for t in tokens if t.i < own]
    if start < verb.i:
        # "tax cuts, which he said had harmed the economy": the relative pronoun opens the
        # report and the frame sits inside it (PolNeAR's content runs from "which" on)
        end = before_aside(doc, verb.i, max(t.i for t in tokens))
    else:
        end = before_aside(doc, start, max(t.i for t in tokens))
    return trim_span(doc_text(doc), doc[start].idx, doc[end].idx + len(doc[end]))
