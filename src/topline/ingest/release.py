"""The "About <Company>" section that closes a press release: company boilerplate, not news.

Press releases end with a fixed description of the issuer ("About Northwind Energy" and a
paragraph or two), then contacts and an end mark. Left in, the description is scored like any
sentence and turns up as a Key fact. It is removed only when all of these hold, so that an
"About …" line inside a normal article stays:

- the heading is a short line "About <Name>" (a name, not a number: "About 200 people" is a
  sentence start) in the second half of the text before the contacts;
- the section runs to the end of the text, or to a contact line or end mark (also cut);
- the text is a press release: a wire credit ("/PRNewswire/", "(BUSINESS WIRE)") or a release
  mark ("For immediate release") near the top, a contact line or end mark closing the section,
  or a first paragraph that describes the heading's name ("About Acme … Acme Corp. makes …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from topline.ingest import cruft

#: The heading "About <Name>" has at most this many words.
MAX_HEADING_WORDS = 9
#: Wire credits and release marks are looked for in this many first lines.
TOP_LINES = 4

ABOUT_HEADING = re.compile(
    r"^About\s+(?!\d[\d,.]*\b)(?P<name>(?:the\s+)?[A-Z0-9][\w&.,'’()/-]*"
    r"(?:\s+(?:[A-Z0-9&][\w&.,'’()/-]*|of|the|and|for|de|du|&))*)\s*:?$"
)
_LEGAL_SUFFIX = re.compile(r"[,.]?\s+(?:Inc|Corp|Corporation|Ltd|LLC|plc|Co|AG|SA|NV|SE)\.?$", re.I)


def _ends_section(line: str) -> bool:
    return bool(cruft.CONTACT_BLOCK.match(line) or cruft.END_MARK.match(line))


def _describes(name: str, paragraph: str) -> bool:
    """The paragraph starts with the name (its first two words are enough: "Acme Robotics")."""
    words = re.sub(r"^the\s+", "", _LEGAL_SUFFIX.sub("", name), flags=re.I).split()[:2]
    return bool(words) and paragraph.casefold().startswith(" ".join(words).casefold())


def _is_release(lines: Sequence[str]) -> bool:
    return any(
        cruft.RELEASE_WIRE.search(line) or cruft.PRESS_RELEASE_MARK.match(line)
        for line in lines[:TOP_LINES]
    )


def about_section(lines: Sequence[str]) -> tuple[int, int] | None:
    """``(first, end)``: the indices of ``lines`` (the text's non-blank lines) that make the
    closing "About <Company>" section, heading included; None when there is none."""
    for i in range(1, len(lines) - 1):
        heading = lines[i]
        match = ABOUT_HEADING.match(heading)
        if not match or len(heading.split()) > MAX_HEADING_WORDS:
            continue
        end = next((j for j in range(i + 1, len(lines)) if _ends_section(lines[j])), len(lines))
        # A closing section: in the second half of what comes before the contacts, with text.
        if end == i + 1 or i < end // 2:
            continue
        closed = end < len(lines)
        if closed or _is_release(lines) or _describes(match["name"], lines[i + 1]):
            return i, end
    return None
