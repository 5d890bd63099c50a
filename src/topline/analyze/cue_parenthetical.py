"""Parenthetical frames: "CONTENT, X said." and the words after a frame set mid-sentence.

The speech-verb finder (:mod:`topline.analyze.cues`) asks these when a reporting verb has
no clausal complement: the content is then the rest of the verb's line, less the frame
(the verb, its subject and its adjuncts), on the side a comma, colon or quotation mark sets
apart.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokSpan

from topline.analyze.cue_lexicon import SPEECH_VERBS
from topline.analyze.cue_parts import cue_lemma, line_bounds, trim_span
from topline.nlp import doc_text

__all__ = ["frame_rest", "frame_start", "parenthetical"]


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
