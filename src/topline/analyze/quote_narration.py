"""A paragraph of narration between two quotations: does the second still continue the first?

Why a module of its own: :func:`topline.analyze.quote_shapes.continues` lets a paragraph that
is all quote continue the quote before it across one paragraph of the writer's own words
("“A,” she said.¶She paused.¶“B.”"). That carried a speaker too far when the paragraph
between hands the floor to someone else: it introduces the next quotation itself ("When
Wallace died, President Clinton released the following statement:¶“…”" credited the
statement to Wallace; "Transcript as follows:"), or it never names the speaker again (a
tweet's handle, "@potus.", before another person's tweet credited to the senator quoted
above it). On dev and the working train slices every such continuation PolNeAR scores had a
wrong speaker. The quote keeps no speaker then: an empty speaker is better than a wrong one
(a wrong speaker on a Crucial quote is the brief's worst defect).
"""

from __future__ import annotations

import re

from topline.analyze.quote_region import INLINE_BLANKS, QuoteRegion
from topline.model import EntityCluster, Source

__all__ = ["hands_over"]

#: Pronouns by which a narration paragraph can keep the previous speaker in view.
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|they|their|i|we)\b", re.I)


def hands_over(
    text: str,
    prev: QuoteRegion,
    region: QuoteRegion,
    speaker: Source | None,
    clusters: tuple[EntityCluster, ...],
) -> bool:
    """A whole paragraph of narration stands between ``prev`` and ``region`` and either ends
    with a colon (it introduces ``region``) or neither names ``speaker`` (a mention of the
    speaker's cluster, or the speaker's own words) nor refers back by a pronoun."""
    para = _narration(text, prev, region)
    if para is None:
        return False
    start, end = para
    words = text[start:end].rstrip(INLINE_BLANKS)
    if words.endswith(":"):
        return True
    if speaker is None:
        return False
    if _PERSON_PRONOUN.search(words):
        return False
    if speaker.name and speaker.name.split()[-1] in words:
        return False
    cluster = next((c for c in clusters if c.id == speaker.cluster), None)
    return cluster is None or not any(start <= m.start < end for m in cluster.mentions)


def _narration(text: str, prev: QuoteRegion, region: QuoteRegion) -> tuple[int, int] | None:
    """The span of the one paragraph between the line that ends ``prev`` and the line of
    ``region`` when that paragraph holds no quotation mark; else ``None``."""
    first = text.find("\n", prev.end)
    if first < 0 or first >= region.start:
        return None
    between = text[first : region.start]
    lines = [(m.start() + first, m.end() + first) for m in re.finditer(r"[^\n]+", between)]
    lines = [(a, b) for a, b in lines if text[a:b].strip(INLINE_BLANKS + "•")]
    if len(lines) != 1:
        return None
    start, end = lines[0]
    if any(m in text[start:end] for m in '"“”'):
        return None
    return start, end
