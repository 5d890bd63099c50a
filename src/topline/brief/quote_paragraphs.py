"""The first paragraph of a quotation that runs over several lines, shown whole and balanced.

Why it exists: texts flattened to one paragraph per line (XSum's BBC copies above all) keep a
multi-paragraph quotation's marks as the newsroom wrote them, an opening mark on each
paragraph and a closing one only on the last; and their flattening often moves a
paragraph's closing mark to the start of the next line (``… go again.\\n"She added: …``).
The quotation the analysis finds then runs over lines with a mark left open, and the Crucial
quote refused it whole ("whole or not at all"), so a plain quote of a named person was
missing. Its first paragraph is a whole quotation: the lines from the opening mark up to the
line whose successor opens with a mark, closed by that mark. Grounding keeps one span per
piece: each line, then the mark (the documented join puts a piece that is only closing marks
right after the word before it, so the display reads ``"… go again."``).
"""

from __future__ import annotations

import re

from topline.model import Span

#: Marks that open a quotation, and the marks that may close each.
_CLOSERS = {'"': '"', "“": '"”'}
#: Any double mark: a line holding one is not a plain piece of the quotation.
_DOUBLE = re.compile('["“”]')
#: A paragraph of the quotation ends a sentence (a piece that ends on a comma or a word
#: was written to go on).
_SENTENCE_END = re.compile(r"[.!?]\s*$")
#: At most this many lines make the first paragraph (a flattened paragraph is a line, or a
#: sentence split over two).
MAX_LINES = 2
#: A line past the analysis' end of the quotation that tells who says it is narration.
_NARRATION = re.compile(r"\b(?:said|says|told|tells|added|adds|according|wrote|writes)\b", re.I)


def first_paragraph(text: str, content: Span) -> tuple[Span, ...] | None:
    """The spans of the first paragraph of the quotation whose words start at
    ``content.start`` (its opening mark right before), closed by the mark that opens the
    next line: ``(line, …, mark)``. None when the quotation does not open with a double mark,
    fits in one line, a line holds another double mark, a line does not end a sentence, or
    no line within :data:`MAX_LINES` is followed by a line opening with a closing mark.

    A line after the analysis' end of the quotation is taken only when it is the second and
    the line after it opens with a mark: the flattening broke the paragraph there
    (``"It's very old … hot.\\nIn the winter … now.\\n"Sometimes …``)."""
    start = content.start
    if start == 0 or text[start - 1] not in _CLOSERS:
        return None
    closers = _CLOSERS[text[start - 1]]
    line_end = text.find("\n", start)
    if line_end < 0 or line_end > content.end + 2:
        return None  # the quotation fits in its line: the ordinary case
    pieces: list[Span] = []
    line_start = start - 1
    for _ in range(MAX_LINES):
        if line_end < 0:
            return None
        line = text[line_start:line_end]
        inner = line[1:] if line_start == start - 1 else line
        if _DOUBLE.search(inner) or not _SENTENCE_END.search(line) or not line.strip():
            return None
        if line_start > content.end and _NARRATION.search(line):
            return None
        stripped = len(line.rstrip())
        pieces.append(Span(line_start, line_start + stripped))
        mark = line_end + 1
        if mark < len(text) and text[mark] in closers:
            return (*pieces, Span(mark, mark + 1))
        line_start = line_end + 1
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
    return None
