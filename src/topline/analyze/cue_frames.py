"""Attribution frames that are not a verb of the source: documents, points of view, hedges.

PolNeAR's sense of attribution also covers claims framed by a phrase rather than said by
someone (docs/quotes.md, "Attribution beyond speech"):

* a document or a point of view that opens the clause: "In the latest poll, Clinton led by
  8 points" (the poll holds the claim), "In the senator's view, the bill is dead" (the
  senator holds it);
* the writer's hedge, a claim put as how things look or what is expected, with no source:
  "Sanders appears to have a slight lead", "It seems likely that …", "The bill is expected
  to pass".

Each gives a :class:`~topline.analyze.cue_parts.Cue`; a hedge has no speakers (kind
``"hedge"``), so its quote never has a speaker, and a hedge inside what another cue reports
("Kasich tells the crowd, he’s been known to be “tough”") is part of that report
(:func:`outer_reports`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokSpan

from topline.analyze.cue_beyond import beyond_kind
from topline.analyze.cue_parts import Cue, cue_extent, line_bounds, trim_span
from topline.analyze.cue_questions import QUESTION
from topline.analyze.source_nouns import is_agent_head, is_source_head
from topline.nlp import doc_text

#: Nouns of documents whose findings a sentence-opening "In …," frames ("In the latest poll,").
FRAME_DOCUMENTS = frozenset(
    "poll polls survey surveys study studies report analysis census tally audit review "
    "assessment findings data projection projections forecast model".split()
)
#: Nouns of a point of view held by their possessor ("In Forbes' words", "in his view").
VIEW_NOUNS = frozenset(
    "view views opinion opinions word words eye eyes mind estimation judgment judgement "
    "telling account reckoning".split()
)
#: Cue kinds that never have a speaker: the writer's hedge, a question put by no one named.
SPEAKERLESS = frozenset({"hedge", QUESTION})
#: Words that may stand before the framing phrase at the start of its clause.
CLAUSE_OPENERS = frozenset("but and yet so still now and meanwhile also even however".split())
#: Verbs that put a claim as how things look: "X appears to …", "It seems that …".
HEDGE_VERBS = frozenset({"seem", "appear"})
#: Verbs whose agentless passive with an infinitive reports a belief held by no one named:
#: "The bill is expected to pass", "He is believed to be in hiding".
PASSIVE_HEDGE_VERBS = frozenset(
    "expect believe think say report rumor rumour consider know understand estimate "
    "project predict assume".split()
)
#: Verbs of judgement whose agentless passive with "as" passes a judgement no one named
#: holds (seventh round, #18): "was widely seen as a test", "was criticized as sloppy",
#: "are widely recognized as …", "is often described as …".
PASSIVE_JUDGEMENT_VERBS = frozenset(
    "see view regard perceive consider describe characterize characterise criticize "
    "criticise recognize recognise portray paint cast bill hail praise deride "
    "label brand".split()
)


def frame_phrase_cue(doc: Doc, sent: TokSpan, prep: Token, speech: frozenset[str]) -> Cue | None:
    """ "In the latest Washington Post-ABC News poll, Clinton led …": a phrase opening the
    clause that names a document (the document is the source) or a point of view ("In
    Forbes’ words, …": its possessor); the content is the rest of the clause. A clause
    whose verb reports by itself ("In a statement, the group said …") is left to that
    verb (``speech``: the speech lexicon of :mod:`topline.analyze.cues`)."""
    if prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    lemma = pobj.lower_
    holder: Token | None = None
    if lemma in FRAME_DOCUMENTS or pobj.lemma_.lower() in FRAME_DOCUMENTS:
        holder = pobj
    elif lemma in VIEW_NOUNS:
        holder = next((c for c in pobj.children if c.dep_ == "poss"), None)
        if holder is None or not is_agent_head(holder):
            return None
    if holder is None:
        return None
    text = doc_text(doc)
    line_start, line_end = line_bounds(text, sent, prep.idx)
    before = text[line_start : prep.idx].replace(",", " ").lower().split()
    if any(w not in CLAUSE_OPENERS for w in before):
        return None
    last = prep.right_edge.i
    if last + 1 >= sent.end or doc[last + 1].text != ",":
        return None
    verb = prep.head
    if verb.i <= last or verb.pos_ not in {"VERB", "AUX"} or _reports(verb, speech):
        return None
    content = trim_span(text, doc[last + 1].idx + 1, min(line_end, sent.end_char))
    if content is None:
        return None
    return Cue(
        prep.i,
        prep.idx,
        prep.idx + len(prep),
        (holder.i,),
        content,
        according=True,
        kind="evidential",
    )


def _reports(verb: Token, speech: frozenset[str]) -> bool:
    """Whether the clause's verb is a cue of its own (it then carries the report)."""
    lemma = verb.lemma_.lower()
    return lemma in speech or beyond_kind(lemma) is not None


#: The lemmas :func:`hedge_cue` reads further.
_HEDGE_LEMMAS = HEDGE_VERBS | PASSIVE_HEDGE_VERBS | PASSIVE_JUDGEMENT_VERBS


def hedge_cue(doc: Doc, verb: Token) -> Cue | None:
    """ "Sanders appears to have a slight lead", "It seems increasingly likely that …", "The
    bill is expected to pass": the claim, with its subject, held by no one named. "She
    appeared on the show" (no infinitive, adjective or clause) is no hedge, nor a passive
    with an agent ("is expected by analysts to …": the analysts are the source)."""
    lemma = verb.lemma_.lower()
    if lemma not in _HEDGE_LEMMAS:
        return None  # every verb is asked: no children read for the others
    comps = [c for c in verb.children if c.i > verb.i]
    if lemma in HEDGE_VERBS:
        kept = [c for c in comps if c.dep_ in {"xcomp", "acomp", "ccomp", "oprd"}]
        if not kept:
            return None
        if kept[0].dep_ == "xcomp" and not any(
            g.dep_ == "aux" and g.lower_ == "to" for g in kept[0].children
        ):
            return None
    elif lemma in PASSIVE_HEDGE_VERBS and (xcomp := _agentless(verb, comps, {"xcomp"})):
        kept = xcomp
    elif lemma in PASSIVE_JUDGEMENT_VERBS and (taken := _agentless(verb, comps, {"prep"})):
        # "The rollout was widely criticized as sloppy", "Rubio could be seen as the more
        # electable choice": a judgement passed by no one named
        kept = [c for c in taken if c.lower_ == "as" and any(True for _ in c.children)]
        if not kept:
            return None
    else:
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.tag_ in {"WDT", "WP"}:
        # "a system that doesn't seem able to …": a relative clause describes its noun
        return None
    text = doc_text(doc)
    if subj.lower_ == "it" and subj.i < verb.i:
        start = kept[0].left_edge.idx  # "It seems [likely that …]"
    else:
        start = subj.left_edge.idx
    last = max(c.right_edge.i for c in kept)
    if any(t.is_quote for t in doc[subj.left_edge.i : last + 1]):
        return None  # a quotation is someone's words: the quote rules decide whose
    end = doc[last].idx + len(doc[last])
    line_start, line_end = line_bounds(text, verb.sent, verb.idx)
    content = trim_span(text, max(start, line_start), min(end, line_end))
    if content is None:
        return None
    cue_start, cue_end = cue_extent(verb)
    return Cue(verb.i, cue_start, cue_end, (), content, kind="hedge")


def _agentless(verb: Token, comps: list[Token], deps: set[str]) -> list[Token]:
    """The complements (of ``deps``) of an agentless passive ``verb``; empty otherwise ("is
    expected by analysts to …": the analysts are the source)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not passive or any(c.dep_ == "agent" for c in verb.children):
        return []
    return [c for c in comps if c.dep_ in deps]


def outer_reports(cues: list[Cue]) -> list[Cue]:
    """``cues`` without the hedges that lie inside another cue's content: "X said the bill
    is expected to pass" is X's claim, and its quote keeps X as the speaker."""
    held = [c.content for c in cues if c.kind not in SPEAKERLESS and c.content is not None]
    return [c for c in cues if c.kind != "hedge" or not any(a <= c.cue_start < b for a, b in held)]


#: Evidential verbs a document sets after or inside the claim as a frame: "…, the poll
#: found.", "During that stretch, F.A.A. records show, the jet flew 216 hours."
FRAME_EVIDENCE_VERBS = frozenset("find show suggest indicate reveal conclude estimate".split())
#: Parts of speech of the frame's noun phrase ("a study by the city's council").
_FRAME_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART"})
#: Longest noun phrase (tokens) of such a frame.
MAX_EVIDENCE_FRAME = 8


def evidence_frame(doc: Doc, sent: TokSpan, verb: Token, speech: frozenset[str]) -> Cue | None:
    """ "Most voters back the plan, the poll found.", "During that stretch, records show, the
    jet flew 216 hours": an evidential verb in the present or past whose subject is a short
    noun phrase set off by a comma, the verb closing the sentence or followed by a comma.
    The parser rarely builds this frame (it makes the verb a relative clause or a subject),
    so it is read off the surface. The content is the clause before the frame, and after it
    when the frame sits mid-sentence; the noun phrase holds it (evidence need not speak: the
    quote rules give it a speaker only when it can be one). Not when the clause before
    reports by itself (``speech``: the speech lexicon of :mod:`topline.analyze.cues`)."""
    if verb.lemma_.lower() not in FRAME_EVIDENCE_VERBS or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    text = doc_text(doc)
    after = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    closes = after is None or after.text in {".", "!"} or after.is_space
    mid = after is not None and after.text == ","
    if not (closes or mid):
        return None
    phrase: list[Token] = []
    j = verb.i - 1
    while j >= sent.start and doc[j].text != "," and len(phrase) <= MAX_EVIDENCE_FRAME:
        if doc[j].pos_ not in _FRAME_NP_POS or "\n" in doc[j].text:
            return None
        phrase.insert(0, doc[j])
        j -= 1
    if j < sent.start or doc[j].text != "," or not phrase:
        return None
    first_prep = next((k for k, t in enumerate(phrase) if t.pos_ == "ADP"), len(phrase))
    head = phrase[first_prep - 1] if first_prep > 0 else None
    if head is None or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    line_start, line_end = line_bounds(text, sent, verb.idx)
    left = trim_span(text, line_start, doc[j].idx)
    if left is None or len(text[left[0] : left[1]].split()) < 3 or "\n" in text[left[1] : verb.idx]:
        return None
    if any(t.pos_ == "VERB" and t.lemma_.lower() in speech for t in doc[sent.start : j]):
        return None  # "X said the videos do not show …, the footage": a report of its own
    more = trim_span(text, after.idx + 1, line_end) if mid and after is not None else None
    if mid and more is None:
        return None
    start, end = cue_extent(verb)
    if not is_source_head(head):
        return None  # "…, 40 percent found": a share holds no evidence
    return Cue(
        verb.i,
        start,
        end,
        (head.i,),
        left,
        frame=(phrase[0].idx, end),
        more=more,
        kind="evidential",
    )


#: Adverbs by which the writer passes on a claim without naming its source ("He was
#: reportedly targeted", "the money allegedly went to …").
HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "reputedly", "purportedly", "supposedly"})


def hedge_adverb_cue(doc: Doc, adverb: Token) -> Cue | None:
    """ "The woman has reportedly been chatting with him since January": the clause the
    adverb modifies, with its subject, held by no one named (a hedge, like "appears to").
    Inside what another cue reports it is that report's (:func:`outer_reports`)."""
    if adverb.lower_ not in HEDGE_ADVERBS or adverb.dep_ != "advmod":
        return None
    head = adverb.head
    if head.pos_ not in {"VERB", "AUX"} or head.dep_ in {"relcl", "acl", "amod"}:
        return None
    holder = head
    while holder.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in holder.children):
        holder = holder.head
    subj = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.tag_ in {"WDT", "WP"}:
        return None
    text = doc_text(doc)
    last = head.right_edge
    if any(t.is_quote for t in doc[subj.left_edge.i : last.i + 1]):
        return None  # a quotation is someone's words: the quote rules decide whose
    line_start, line_end = line_bounds(text, head.sent, head.idx)
    start = max(subj.left_edge.idx, line_start)
    content = trim_span(text, start, min(last.idx + len(last), line_end))
    if content is None:
        return None
    return Cue(adverb.i, adverb.idx, adverb.idx + len(adverb), (), content, kind="hedge")


def known_as_cue(doc: Doc, verb: Token) -> Cue | None:
    """ "a group also known as ISIL", "what is known as the Purcell doctrine", "courses
    derisively known as ''goat farms''": the name a thing goes by, given by no one named
    (a hedge); not with an agent ("known by his friends as …")."""
    if verb.lemma_.lower() != "know" or verb.tag_ != "VBN":
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if prep is None or prep.i < verb.i or prep.i - verb.i > 2:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    text = doc_text(doc)
    _, line_end = line_bounds(text, verb.sent, verb.idx)
    end = obj.right_edge
    if any(t.is_quote for t in doc[obj.left_edge.i : end.i + 2]):
        return None  # a quoted name is a scare quote or a title: the quote rules' call
    content = trim_span(text, obj.left_edge.idx, min(end.idx + len(end), line_end))
    if content is None:
        return None
    return Cue(verb.i, verb.idx, prep.idx + len(prep), (), content, kind="hedge")
