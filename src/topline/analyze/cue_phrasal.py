"""Phrasal attribution cues: a verb and its preposition ("called for new tariffs", "talked
about security", "said nothing about the tax").

Split from :mod:`topline.analyze.cue_beyond` (the single-verb classes); the topic is what
PolNeAR counts as the content. See docs/quotes.md, "Attribution beyond speech".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from topline.analyze.cue_beyond import holds_quotation, source_subject, subtree_span
from topline.analyze.cue_parts import Cue, cc_before, cue_lemma, trim_span
from topline.nlp import doc_text

#: Verb + preposition cues ("called for new tariffs", "called on Congress to act").
PHRASAL_CUES = {
    ("call", "for"): "stance",
    ("call", "on"): "intent",
    ("push", "for"): "stance",
    ("press", "for"): "stance",
    ("argue", "for"): "stance",
    ("point", "to"): "evidential",
}
#: Verbs of speech whose preposition names what the speech is about ("talked about
#: security", "spoke highly of the former president", "was referring to the judge",
#: "commented on the ruling"): the topic is what PolNeAR counts as the content. An adverb
#: may stand between verb and preposition ("spoke highly of"); the topic can be one word,
#: but not a time ("spoke about a week ago"), not what follows a colon (the words said)
#: and not a topic holding a quotation mark (a title, or words the quote rules read).
TOPIC_CUES = frozenset(
    {
        ("talk", "about"),
        ("speak", "about"),
        ("speak", "of"),
        ("refer", "to"),
        ("allude", "to"),
        ("comment", "on"),
        ("write", "about"),
        ("complain", "about"),
        ("joke", "about"),
        ("boast", "about"),
        ("brag", "about"),
        ("testify", "about"),
        ("tweet", "about"),
        ("rail", "against"),
        ("warn", "about"),
        ("warn", "of"),
        ("warn", "against"),
        ("vent", "about"),
        ("muse", "about"),
        ("wonder", "about"),
        ("respond", "to"),
        ("reply", "to"),
        # seventh round (#18): the same verbs with their other topic prepositions, and the
        # verbs of arguing, agreeing and dwelling on a subject in talk
        ("talk", "of"),
        ("write", "of"),
        ("complain", "of"),
        ("rail", "about"),
        ("rail", "at"),
        ("speak", "on"),
        ("speak", "against"),
        ("testify", "on"),
        ("comment", "about"),
        ("report", "on"),
        ("elaborate", "on"),
        ("expound", "on"),
        ("remark", "on"),
        ("opine", "on"),
        ("reflect", "on"),
        ("harp", "on"),
        ("dwell", "on"),
        ("focus", "on"),
        ("argue", "about"),
        ("argue", "over"),
        ("argue", "against"),
        ("agree", "with"),
        ("agree", "on"),
        ("disagree", "with"),
        ("disagree", "on"),
        ("disagree", "about"),
        ("disagree", "over"),
        # ninth round (#18, eleventh session): a question's topic ("asked about the tax",
        # "asked Sanders about the deportations": the one asked may stand between)
        ("ask", "about"),
        ("inquire", "about"),
        ("question", "about"),
    }
)
#: Topic verbs whose addressee (an object) may stand between verb and preposition ("asked
#: Sanders about …", "questioned the nominee about …").
ADDRESSED_TOPIC_VERBS = frozenset({"ask", "question"})
#: What a speaker says "nothing" or "little" about: the topic of the (scant) talk ("said
#: nothing about the tax", "has said little about how"), PolNeAR's content as for "talked
#: about".
SCANT_OBJECTS = frozenset("nothing little much something anything more less".split())


def phrasal_prep(verb: Token) -> Token | None:
    """The preposition of a phrasal cue ("called *for*", "spoke highly *of*"), if ``verb``
    opens one (a topic cue may have adverbs between verb and preposition), or of a speech
    verb's scant object ("said nothing *about* the tax")."""
    scant = _scant_topic(verb)
    if scant is not None:
        return scant
    for child in verb.children:
        if child.dep_ != "prep" or child.i <= verb.i:
            continue
        pair = (cue_lemma(verb), child.lower_)
        if pair in PHRASAL_CUES and child.i == verb.i + 1:
            return child
        if (
            pair in TOPIC_CUES
            and _only_adverbs_or_addressee(verb, child)
            and not _answers_in_words(verb)
        ):
            return child
    return None


def _only_adverbs_or_addressee(verb: Token, prep: Token) -> bool:
    """Between a topic verb and its preposition only adverbs and particles ("spoke highly
    of"), or, after a verb of asking, the one asked ("asked Sanders about"). A passive verb
    of asking ("was asked about", "got asked about") has the one asked as its subject and
    no asker: no cue."""
    lemma = cue_lemma(verb)
    if lemma in ADDRESSED_TOPIC_VERBS and _passive(verb):
        return False
    between = verb.doc[verb.i + 1 : prep.i]
    if all(t.dep_ in {"advmod", "prt"} for t in between):
        return True
    if lemma not in ADDRESSED_TOPIC_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    return obj is not None and all(
        obj.left_edge.i <= t.i <= obj.right_edge.i or t.dep_ in {"advmod", "prt"} for t in between
    )


def _passive(verb: Token) -> bool:
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and (c.lemma_.lower() in {"be", "get"} or c.lower_ in _GET_FORMS)
        for c in verb.children
    )


#: Forms of "get" as a passive auxiliary (title case makes the parser miss their lemma).
_GET_FORMS = frozenset("get gets got gotten getting".split())


def _scant_topic(verb: Token) -> Token | None:
    """ "said nothing about the tax", "has said little about how": the "about" after a
    speech verb's scant object (the parser hangs it on the verb or on the object)."""
    if cue_lemma(verb) not in SCANT_SPEECH_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lower_ not in SCANT_OBJECTS:
        return None
    for prep in list(obj.children) + list(verb.children):
        if prep.dep_ == "prep" and prep.lower_ == "about" and prep.i > obj.i:
            return prep
    return None


#: Nouns after "spoke on" that state the terms of speaking, not its topic ("on the
#: condition of anonymity", "on the record", "on background").
TERMS_OF_SPEAKING = frozenset("condition anonymity record background".split())

#: Speech verbs that say "nothing" or "little" about a topic.
SCANT_SPEECH_VERBS = frozenset("say write tweet reveal disclose".split())


#: Topic cues that are also speech verbs: "did not respond to a request for comment" (what
#: went unanswered), but "replied to Mills: “Why now?”" reports the words.
ANSWER_VERBS = frozenset({"respond", "reply"})


def _answers_in_words(verb: Token) -> bool:
    """An answer verb whose sentence holds the answer (a quotation or a colon): the speech
    rules report it; its addressee is no topic."""
    if cue_lemma(verb) not in ANSWER_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(t.is_quote or t.text == ":" for t in verb.sent)


def phrasal_cue(doc: Doc, verb: Token) -> Cue | None:
    prep = phrasal_prep(verb)
    speakers = source_subject(verb)
    if prep is None or not speakers:
        return None
    parts = [prep] + [c for c in verb.children if c.dep_ == "xcomp" and c.i > prep.i]
    content = subtree_span(doc, parts)
    if content is None:
        return None
    text = doc_text(doc)
    run_in = next(
        (
            t
            for t in prep.subtree
            if t.dep_ == "conj" and t.pos_ == "VERB" and t.head.pos_ in {"NOUN", "PROPN"}
        ),
        None,
    )
    if run_in is not None:
        # "calling for Fiorina's firing and carrying signs saying …": a verb the parse
        # joined to the object is the subject's next act, not part of what is called for
        last = doc[cc_before(run_in.head, run_in) - 1]
        content = (content[0], min(content[1], last.idx + len(last)))
    start = content[0] + len(prep.text) if text.startswith(prep.text, content[0]) else content[0]
    content = trim_span(text, start, content[1])
    if content is None:
        return None
    kind = PHRASAL_CUES.get((cue_lemma(verb), prep.lower_), "topic")
    if kind == "topic":
        pobj = next((g for g in prep.children if g.dep_ in {"pobj", "pcomp"}), None)
        if pobj is None or pobj.ent_type_ in {"DATE", "TIME"}:
            return None
        if pobj.lemma_.lower() in TERMS_OF_SPEAKING:
            return None  # "spoke on the condition of anonymity": the terms, not a topic
        cut = min((text.find(m, *content) for m in (":", " — ", " – ")), key=_found)
        content = content if cut < 0 else trim_span(text, content[0], cut)
        if content is None or (holds_quotation(doc, content) and not _own_words(verb, pobj)):
            return None  # a quoted topic is a title or someone's word: the quote rules' call
    return Cue(verb.i, verb.idx, prep.idx + len(prep), speakers, content, kind=kind)


#: Topic verbs whose quoted topic is in the subject's own words ("rails against its “Great
#: Wall of Protectionism”", "spoke instead about “improving NAFTA”"); not "refer to",
#: "respond to", "comment on", whose quoted topic is often another's words.
OWN_WORDS_TOPIC_VERBS = frozenset(
    "talk speak complain joke boast brag warn rail vent muse write tweet testify".split()
)


def _own_words(verb: Token, pobj: Token) -> bool:
    """A quoted topic of a verb of talking is the subject's partial quote, unless the topic
    is someone else's ("complained about Clinton's “deplorables”")."""
    if cue_lemma(verb) not in OWN_WORDS_TOPIC_VERBS:
        return False
    return not any(
        c.dep_ == "poss" and c.lower_ not in {"its", "his", "her", "their"} for c in pobj.children
    )


def _found(i: int) -> int:
    """Sort key putting "not found" (-1) last."""
    return i if i >= 0 else 1 << 30
