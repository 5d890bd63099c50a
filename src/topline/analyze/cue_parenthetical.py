"""Parenthetical frames: "CONTENT, X said." and the words after a frame set mid-sentence.

The speech-verb finder (:mod:`topline.analyze.cues`) asks these when a reporting verb has
no clausal complement: the content is then the rest of the verb's line, less the frame
(the verb, its subject and its adjuncts), on the side a comma, colon or quotation mark sets
apart.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokSpan

from topline.analyze.cue_parts import cue_lemma, line_bounds, trim_span
from topline.analyze.source_nouns import SOURCE_PRONOUNS, is_person_noun
from topline.cue_lexicon import SPEECH_VERBS
from topline.nlp import doc_text

__all__ = ["after_quote_frame", "frame_rest", "frame_start", "parenthetical"]


def frame_start(doc: Doc, sent: TokSpan, verb: Token) -> bool:
    """True when the verb opens a frame after a comma or a closing quotation mark."""
    j = verb.i - 1
    while j >= sent.start and doc[j].dep_ in {"aux", "auxpass", "neg", "advmod"}:
        j -= 1
    return j >= sent.start and (doc[j].text in {",", "”", '"', "’", "—", "–"} or doc[j].is_quote)


def parenthetical(
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


def frame_rest(
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


#: Closing quotation marks as the tokenizer gives them.
CLOSING_MARKS = frozenset({"”", '"', "''", "’"})
#: Dependencies of words a frame verb may have after it that leave it a frame ("Trump
#: answered.", "she said pleasantly into the phone", "he went on"): no object, no clause.
FRAME_TAIL_DEPS = frozenset({"advmod", "prt", "prep", "npadvmod", "punct"})
#: Marks after which a word is capitalised whatever it is.
SENTENCE_MARKS = frozenset({".", "?", "!", ":", "—", "–", "-", "•"})


def after_quote_frame(doc: Doc, sent: TokSpan, verb: Token) -> bool:
    """A verb of any lemma in the frame of the quotation just before it: "“…?” Hannity
    pressed.", "“…,” the judge exclaimed, “…”", "“…!” his friends jeered.".

    The position says the verb reports the quotation, whatever the verb: the quotation
    closes on a comma, "?" or "!" right before the subject, the subject is a person (a
    personal pronoun, a person or organisation by name, a noun of a person), and nothing
    but adverbs and prepositional phrases follows the verb before the sentence ends or a
    comma opens the next part of the quotation. A quoted title before a noun ("“The
    Apprentice” star Trump laughed") is no frame: no comma closes it.
    """
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subj) != 1:
        return False
    lo = subj[0].left_edge.i
    # the parser often ends the sentence at the closing mark: the quotation may lie before
    # the sentence, on the same line
    if lo < 2 or doc[lo - 1].text not in CLOSING_MARKS or doc[lo - 2].text not in {",", "?", "!"}:
        return False
    # after "?" or "!" the next word is capitalised anyway ("“Why?” Silence followed."): a
    # capital there tells a name only if the word is capitalised inside a sentence elsewhere
    head = subj[0]
    if not _person_subject(head, doc[lo - 2].text == "," or _name_elsewhere(doc, head)):
        return False
    if "\n" in doc[lo - 1].whitespace_ or "\n" in doc[lo - 2].whitespace_:
        return False
    if any(c.i > verb.i and c.dep_ not in FRAME_TAIL_DEPS for c in verb.children):
        return False
    if any(doc[j].dep_ not in {"advmod", "aux", "neg"} for j in range(subj[0].i + 1, verb.i)):
        return False
    end = verb.right_edge.i + 1
    return end >= sent.end or doc[end].text in {".", ",", "!", "?", ":"} or doc[end].is_quote


def _person_subject(tok: Token, capital_tells: bool) -> bool:
    """A pronoun of a person, a name, or a noun of a person. A capitalised word the tagger
    took for a common noun counts as a name ("Hannity") when ``capital_tells``; when it
    does not, a capitalised word needs the recogniser's person or organisation."""
    if tok.pos_ == "PRON":
        return tok.lower_ in SOURCE_PRONOUNS and tok.lower_ not in {"who", "them", "him", "her"}
    if tok.pos_ == "NOUN" and is_person_noun(tok.lemma_.lower()):
        return True
    if tok.pos_ not in {"PROPN", "NOUN"} or not tok.text[:1].isupper():
        return False
    if tok.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return True
    return capital_tells and tok.ent_type_ == ""


def _name_elsewhere(doc: Doc, tok: Token) -> bool:
    """``tok``'s word written with a capital inside a sentence somewhere else in ``doc``
    (not first in its sentence, not after a mark that may end one)."""
    return any(
        t.text == tok.text
        and t.i > 0
        and not t.is_sent_start
        and doc[t.i - 1].text not in SENTENCE_MARKS
        and not doc[t.i - 1].is_quote
        for t in doc
        if t.i != tok.i
    )
