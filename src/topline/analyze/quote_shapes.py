"""Shapes of text around a quotation that the quote finder (:mod:`topline.analyze.quotes`)
reads: a partial quote's unquoted lead-in before its frame, a fragment embedded in a clause
(a scare quote), a paragraph that is all quote and so continues the quote before it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from topline.analyze.cue_parts import Cue
from topline.analyze.quote_region import INLINE_BLANKS, QuoteRegion
from topline.cue_lexicon import INSCRIPTION_VERBS, SPEECH_VERBS

__all__ = ["continues", "embedded", "lead_in", "lead_out"]


def lead_in(text: str, region: QuoteRegion, cue: Cue) -> bool:
    """Unquoted words of the same sentence open the content of a frame set after the
    quotation: a partial quote ("Mrs. Clinton ''is seen as …,'' he said"), not "“A,” he
    said" (nothing before the mark) nor a sentence that ends before the mark."""
    if cue.frame is None or cue.content is None or cue.cue_start < region.end:
        return False
    lead = text[cue.content[0] : region.start]
    if any(m in lead for m in '"“”') or "''" in lead or "\n" in lead:
        return False  # another quotation before it: the lead-in is no plain words
    if lead.rstrip().endswith((".", "?", "!", ":", ";", "(", "[", "-", "—", "–")):
        return False  # "… members (“I want my dues back,” wrote …)", "… - “A,” X said -": an aside
    return len(lead.split()) >= 2


def lead_out(doc: Doc, text: str, region: QuoteRegion, cue: Cue) -> bool:
    """The mirror of :func:`lead_in`: a quotation opens the content of a frame set after it
    and unquoted words of the same clause go on past its closing mark ("“I held and
    hugged” the families who lost their homes, he said"; "“These PACs set the table,” in
    contrast to earlier years, he says"): the frame reports the whole clause, the quoted
    words with the rest. Not "“A.” B, he said" (the quotation is a sentence of its own),
    not when the quotation or the words after it hold the frame's own speaker (the parse ran the
    content on into "“A,” Ann Kovac, the mayor's aide, said"), nor a tail that holds
    another quotation or a line break."""
    if cue.frame is None or cue.content is None or cue.cue_start < region.end:
        return False
    if text[cue.content[0] : region.start].strip(INLINE_BLANKS):
        return False  # words before the mark: lead_in's case
    closing = text[region.start : region.end].rstrip(INLINE_BLANKS + "”\"’'")
    if closing.endswith((".", "?", "!", "…")):
        return False  # "“A.” B": the quotation is a sentence of its own
    tail = text[region.end : cue.content[1]]
    if any(m in tail for m in '"“”') or "''" in tail or "\n" in tail:
        return False
    if not cue.speakers or any(region.start <= doc[i].idx < cue.content[1] for i in cue.speakers):
        return False  # no subject found: the parse may have run the content into the speaker
    return len(tail.split()) >= 2


def embedded(doc: Doc, text: str, region: QuoteRegion) -> bool:
    """True for a fragment inside a clause ("because “the world’s in tough shape”")."""
    end = region.start  # the text before the region, less trailing blanks (no copy)
    while end > 0 and text[end - 1] in INLINE_BLANKS:
        end -= 1
    if not end or text[end - 1] in "\n:,;—–-(•":
        return False
    if text[end - 1] in ".?!”\"’'":
        return False
    tok = doc.char_span(end - 1, end, alignment_mode="expand")
    if tok is None or len(tok) == 0:
        return False
    lemma = tok[-1].lemma_.lower()
    return lemma not in SPEECH_VERBS and lemma not in INSCRIPTION_VERBS


def continues(text: str, prev: QuoteRegion, region: QuoteRegion) -> bool:
    """A paragraph that is all quote continues the quote of the paragraph before it.

    News style: “A,” Carson said.¶“B.” — the second paragraph needs no new cue. Not when
    the paragraph goes on after the quote (it names its own speaker, "“B.” ― Name") or
    the paragraph before closes on such an epigraph (each paragraph has its own speaker).
    """
    line_end = text.find("\n", region.end)
    tail = text[region.end : len(text) if line_end < 0 else line_end]
    if tail.strip(INLINE_BLANKS + ".,;:!?”\"’'"):
        return False
    between = text[prev.end : region.start]
    if between.lstrip(INLINE_BLANKS).startswith(("―", "—", "–", "-")):
        return False
    if not between.strip(INLINE_BLANKS + "\n•"):
        return between.count("\n") <= 2
    blocks = [b for b in re.split(r"\n\s*\n|\n", between) if b.strip()]
    line_start = text.rfind("\n", 0, region.start) + 1
    starts_line = not text[line_start : region.start].strip(INLINE_BLANKS + "•")
    return starts_line and len(blocks) == 1 and "\n" in between
