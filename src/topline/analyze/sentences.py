"""Sentences and paragraphs as spans of the cleaned text."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from topline.analyze.sentence_tense import sentence_readings
from topline.model import Sentence, Span
from topline.nlp import TokenTable, doc_sents, doc_text, token_table

_LINE = re.compile(r"[^\n]+")
#: A piece of text with no letter or digit: a quotation mark or bracket split off.
_NO_WORD = re.compile(r"[\"“”‘’'()\[\]«»]+")
#: Coarse parts of speech that make a clause: a lexical verb or an auxiliary ("is", "will").
VERB_POS = frozenset({"VERB", "AUX"})
#: A short word in capitals that a full stop follows with no space: a name spelt with a stop
#: ("the ID. Buzz"), which spaCy may take for a sentence's end ("in July." and "New York."
#: end sentences).
_ABBREVIATION_LIKE = re.compile(r"[A-Z]{1,4}")
#: Conjunctions that open a clause needing a verb ("… says that while the ID."); "than",
#: "as", "that" and "since" also head phrases with no verb ("less than forecast in July").
_CLAUSE_OPENERS = frozenset("while whilst although though because if unless whereas".split())
#: Penn tags of a finite verb: a past or present tense, a modal (and a base form that "to"
#: does not precede: an imperative, "And work only on what's needed.").
_FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})


def _trimmed_lines(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The non-blank lines of ``text[start:end]``, trimmed of surrounding white space."""
    end = len(text) if end is None else end
    spans = []
    for match in _LINE.finditer(text, start, end):
        s, e = match.start(), match.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(s, e))
    return spans


def split_paragraphs(text: str) -> tuple[Span, ...]:
    """Non-empty lines of the cleaned text (cleaning puts one paragraph on each line)."""
    return tuple(_trimmed_lines(text))


def _has_verb(table: TokenTable, piece: Span) -> bool:
    """Whether the tagger found a verb or auxiliary in the piece (the brief's editors' rule).

    The piece's tokens are those of ``doc.char_span(..., alignment_mode="expand")``: a piece
    is trimmed, so its first and last characters lie inside tokens, found by bisection over
    the token table (no ``Span`` and no ``Token`` per sentence).
    """
    first = bisect.bisect_right(table.idx, piece.start) - 1
    end = bisect.bisect_right(table.idx, piece.end - 1)
    return first >= 0 and not VERB_POS.isdisjoint(table.pos[first:end])


def _unfinished_at_stop(
    doc: Doc, table: TokenTable, text: str, start: int, end: int, after: int
) -> bool:
    """Whether spaCy's sentence ``[start, end)`` (tokens) ends at a stop that is a name's, not
    a sentence's: the stop closes a short word in capitals with no space before it ("while
    the ID."), the next sentence (ending at token ``after``) starts with a capital on the same
    line, and one of the two halves is no sentence: the next has no finite verb ("SPACE
    VIZZION, an electric estate car, at the show."; "folding" is no finite verb), or this
    one ends in a clause that a conjunction of :data:`_CLAUSE_OPENERS` opens and no verb
    follows ("… says that while the ID.")."""
    if end - start < 2 or after <= end or table.text[end - 1] != ".":
        return False
    word = table.text[end - 2]
    if not _ABBREVIATION_LIKE.fullmatch(word) or table.idx[end - 1] != table.idx[end - 2] + len(
        word
    ):
        return False
    gap = text[table.idx[end - 1] + 1 : table.idx[end]]
    if "\n" in gap or not table.text[end][:1].isupper():
        return False
    tags = [t.tag_ for t in doc[end - 1 : after]]  # rare enough to read the tokens' tags
    if not any(
        tag in _FINITE_TAGS or (tag == "VB" and tags[i] != "TO") for i, tag in enumerate(tags[1:])
    ):
        return _goes_on_naming(table, end, after)
    pos, lower = table.pos[start:end], table.lower[start:end]
    last = max((i for i, w in enumerate(lower) if w in _CLAUSE_OPENERS), default=-1)
    return last >= 0 and VERB_POS.isdisjoint(pos[last:])


#: Words that open a piece of their own after a stop, not the rest of a name ("… called HP.
#: No, not the computer maker …", "… and UVB. No SPF listed.", "… SUV. With the …").
_PIECE_OPENERS = frozenset("no not yes with without in on at for the a an and but or so".split())


def _goes_on_naming(table: TokenTable, end: int, after: int) -> bool:
    """The verbless piece after the stop goes on with the name and says more of it (at least
    three words, not opening with a word of :data:`_PIECE_OPENERS`, not a label ending on a
    colon): "SPACE VIZZION, an electric estate car, at the show." A wire's credit ("PTI") or
    a caption's label ("Leading designer:") is a piece of its own."""
    words = [w for w in table.text[end:after] if w[:1].isalnum()]
    last = next((w for w in reversed(table.text[end:after]) if w.strip()), "")
    return len(words) >= 3 and words[0].lower() not in _PIECE_OPENERS and last != ":"


def _sentence_spans(doc: Doc, table: TokenTable, text: str) -> list[tuple[int, int]]:
    """spaCy's sentences as character spans, a sentence cut at a name's stop joined again."""
    sents = [(s.start, s.end, s.start_char, s.end_char) for s in doc_sents(doc)]
    out: list[tuple[int, int]] = []
    joined = False
    for k, (start, end, start_char, end_char) in enumerate(sents):
        if joined:
            out[-1] = (out[-1][0], end_char)
        else:
            out.append((start_char, end_char))
        after = sents[k + 1][1] if k + 1 < len(sents) else end
        joined = _unfinished_at_stop(doc, table, text, start, end, after)
    return out


def _marks_rejoined(text: str, pieces: list[Span]) -> list[Span]:
    """``pieces`` with a lone quotation mark or bracket given back to its sentence.

    spaCy may end a sentence on its full stop and open the next one with the closing mark
    ('… a "piece of history.' | '"' at a paragraph's end), or end one on the opening mark of
    the next ("… said. '" | "It was …"). The mark alone is no sentence, and the sentence
    without it leaves a quotation open, so an editor's rules refuse it. A piece with no
    letter or digit that touches the piece before it (nothing between) closes that one;
    one that touches the piece after it opens that one.
    """
    out: list[Span] = []
    carried: int | None = None  # the start of an opening mark waiting for its sentence
    for k, piece in enumerate(pieces):
        if _NO_WORD.fullmatch(piece.of(text)):
            if out and out[-1].end == piece.start and carried is None:
                out[-1] = Span(out[-1].start, piece.end)
                continue
            nxt = pieces[k + 1] if k + 1 < len(pieces) else None
            if nxt is not None and nxt.start == piece.end:
                carried = piece.start
                continue
        if carried is not None:
            piece = Span(carried, piece.end)
            carried = None
        out.append(piece)
    return out


def split_sentences(doc: Doc) -> tuple[Sentence, ...]:
    """spaCy's sentences, never crossing a line break, trimmed of white space.

    Each records whether it has a verb and the tense of what it tells
    (:mod:`topline.analyze.sentence_tense`), read off the same parse, so the brief's
    eligibility check and Key background need no second spaCy pass.
    """
    text = doc_text(doc)
    table = token_table(doc)
    paragraphs = split_paragraphs(text)
    out: list[Sentence] = []
    para_index = 0
    pieces = _marks_rejoined(
        text,
        [
            piece
            for start_char, end_char in _sentence_spans(doc, table, text)
            for piece in _trimmed_lines(text, start_char, end_char)
        ],
    )
    for piece, (tense, off_clause) in zip(pieces, sentence_readings(doc, pieces), strict=True):
        while para_index < len(paragraphs) - 1 and paragraphs[para_index].end <= piece.start:
            para_index += 1
        out.append(
            Sentence(
                span=piece,
                index=len(out),
                paragraph=para_index,
                has_verb=_has_verb(table, piece),
                tense=tense,
                off_clause=off_clause,
            )
        )
    return tuple(out)
