"""Where a plain text's leading headline ends: one reading for the analysis and the brief.

Why a module of its own: a text given without a title may open with its headline, and two
readers asked where it ends and answered differently (the brief's Topline filter and the
analysis's speaker resolver; the analysis may not import the brief). This module needs no
parse and imports nothing of the project, so both may use it.

A reader takes the first block of a text (the lines before its first blank line) for a
headline from its layout and its grammar:

- **Layout.** The block is one or two short lines (at most :data:`MAX_TITLE_WORDS` words
  each) and a body follows: at least :data:`MIN_BODY_UNITS` paragraphs, or one paragraph of
  as many lines or sentences (a body that lost its blank lines or its line breaks). A text
  with no blank line (news-summaries corpora) opens with no headline. When the next block
  opens with a dateline ("WASHINGTON (AP) — …", "TALLAHASSEE — …") or is an archive copy's
  "ABSTRACT." label, the story starts there, so a one-line block before it is its headline
  whatever its wording (:func:`story_starts`).
- **Grammar.** A line reads as a headline (:func:`headline_line`) when it is set in title
  case (three capitalised words are enough here) or capitals (:func:`heading`), ends without
  a full stop (or on ";", headline and deck run together), is a wh-clause alone with no
  question mark ("Why Obama's pick might still fly.", :data:`_WH_HEADLINE`), opens with a
  short "Topic:" label
  ("The Latest: Sanders wins …", "Poll: …", "Issa: …"; :data:`_LABEL`), or drops the
  articles prose keeps ("Hacker who revealed private Clinton email address admits to other
  intrusions."). A line that opens with a dateline is a lede set as its own paragraph, never
  a headline.
- **Tense.** A one-line block of at most :data:`MAX_PRESENT_WORDS` words that tells its news
  in the present, with no past or perfect verb form and no day, and does not lean on words
  before it, is a headline (:func:`present_teaser`: "Trump quietly builds a data
  juggernaut."); a lede reporting news says when, in the past tense.

What stays body (negative evidence, ``tests/test_headline_block.py``): a one-sentence lede
set as its own paragraph that keeps its articles and says when, in the past tense ("Police
arrested six people during a raid on Monday."), a dateline lede, a line that opens with a
pronoun or a connective, a lede longer than a teaser. The fifteenth session's count
(``benchmarks/headline_lines.py``): PolNeAR's headlines are set in every one of these forms
(the corpus adds a full stop to each); the tense reading takes 38 more of its 924 headlines
and 9 of the 1,219 ledes of the negative sets (short present-tense teasers with no day, "The
PGA Tour is leaving Donald Trump and heading for Mexico."): the known cost.
"""

from __future__ import annotations

import re

#: The longest line (in words) read as a headline or subhead.
MAX_TITLE_WORDS = 20
#: Lines in a leading headline block (headline and subhead).
MAX_TITLE_LINES = 2
#: Paragraphs (or lines of a one-paragraph body) the body must have after the block.
MIN_BODY_UNITS = 2
#: Title case needs at least this many words besides articles, conjunctions and short
#: prepositions, all capitalised ("Clinton Speaks Directly To Voters After …").
MIN_TITLE_WORDS = 5
#: … and a line alone in the first block needs only this many ("A Rush for Books on
#: Trump", "The Human Face of Coal Power"): prose sets its verbs in lower case.
MIN_HEADLINE_TITLE_WORDS = 3
#: The longest line read as a headline by its tense alone (:func:`present_teaser`).
MAX_PRESENT_WORDS = 12
#: The words before a "Topic:" label's colon, at most.
MAX_LABEL_WORDS = 4

#: The blank line that ends a block (shared with :mod:`topline.brief.headline`, as are the
#: three patterns below): a quotation, an article, a line's closing stop.
BLANK_LINE = re.compile(r"\n[ \t\xa0]*\n")
QUOTATION = re.compile(r"[\"“][^\"“”]*[\"”]|‘[^‘’]*’")
ARTICLE_WORD = re.compile(r"\b(?:a|an|the)\b", re.I)
CLOSING_STOP = re.compile(r"[.!?][\"”’')\]]*$")
#: A stop, a space and a capital: where one sentence of a line ends and the next begins.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')\]]*\s+[\"“‘']?[A-Z]")
#: A dateline: a place in capitals, maybe a state or a date after a comma and an agency in
#: brackets, then a dash ("WASHINGTON (AP) —", "MEXICO CITY, Feb. 8 (UPI) —", "CHICAGO -").
DATELINE = re.compile(
    r"^[\"“]?[A-Z][A-Z.'’]+(?:\s+[A-Z][A-Z.'’]+)*(?:,[^—–―\n(]{2,30}?)?\s*"
    r"(?:\([A-Za-z. ]{2,20}\))?\s*[—–―-]{1,2}\s"
)
#: A headline's label: a capitalised phrase of at most :data:`MAX_LABEL_WORDS` words and a
#: colon at the line's start ("The Latest:", "Poll:", "Mark Cuban:", "Delegate Update:").
_LABEL = re.compile(rf"^[\"“‘']?[A-Z][^\s:]*(?:\s+[^\s:]+){{0,{MAX_LABEL_WORDS - 1}}}:\s+\S")
#: What a lede reporting news carries and a headline drops: a past or perfect verb form
#: ("was", "said", "announced") or the day of the event ("on Monday", "yesterday").
_LEDE_TENSE = re.compile(
    r"\b(?:was|were|had|has|have|did|said|told|[a-z]{2,}ed|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|yesterday|today|tonight|(?:last|this) (?:week|month|year|night))\b",
    re.I,
)
#: A line that leans on words before it (a pronoun or a connective first) is no headline.
_LEANS = re.compile(
    r"^[\"“‘']?(?:it|he|she|they|we|i|you|this|that|these|those|there|but|and|so|yet|or)\b",
    re.I,
)
#: A wh-clause standing alone, its subject before its verb and no question mark ("Why
#: Obama's high-court pick might still fly.", "How a small town lost its only bank.", "How
#: to fix the primaries."): prose asks with the verb first ("Why might the pick fly?") or
#: makes the clause part of a sentence ("How the bank failed is unclear."); a line that is
#: the clause alone is a headline's explanatory form (seventeenth session). After the
#: wh-word comes no auxiliary (the inverted question).
_WH_HEADLINE = re.compile(
    r"^[\"“‘']?(?:Why|How)\s+(?!(?:is|are|was|were|am|do|does|did|can|could|will|would|"
    r"shall|should|may|might|must|has|have|had|isn['’]t|aren['’]t|wasn['’]t|don['’]t|"
    r"doesn['’]t|didn['’]t|can['’]t|won['’]t)\b)\S"
)
#: An archive copy's label line before the editor's summary.
ABSTRACT_LABEL = re.compile(r"^[ \t]*ABSTRACT[.:]?[ \t]*$")
_UPPER_BYTES = bytes(range(ord("A"), ord("Z") + 1))
_LOWER_BYTES = bytes(range(ord("a"), ord("z") + 1))
#: Words that title case leaves in lower case: articles, conjunctions, and the prepositions
#: and relative words that styles lowercasing every preposition (Chicago) or only short ones
#: (AP) leave small ("… Calls for Special Prosecutor after Report Reveals …", "… where
#: Donations Slipped through the Cracks"). A sentence still has a lower-case verb or noun.
_TITLE_SMALL = frozenset(
    """a an the and or but nor so yet of in on at to for by as from with vs via per than
    about above across after against along amid among around before behind below beneath
    beside between beyond despite down during except inside into like near off onto out
    outside over past since through throughout till toward towards under until upon up
    where when while whether which who whom whose that if""".split()
)


def heading(text: str, min_words: int = MIN_TITLE_WORDS) -> bool:
    """A heading, not a sentence: set in capitals (at least three words, nearly all letters
    upper case), or in title case (at least ``min_words`` words besides articles,
    conjunctions and short prepositions, every one capitalised: "Clinton Speaks Directly To
    Voters After Latest Shooting")."""
    words = text.split()
    if len(words) < 3:
        return False
    upper, lower = _ascii_cases(text)
    if upper >= 0.8 * (upper + lower) and upper:
        return True
    counted = 0
    for word in words:
        core = word.lstrip("\"“‘'([")
        first = core[:1]
        if not first.isalpha() or word.lower().strip("\"“‘'([,.:;!?’”") in _TITLE_SMALL:
            continue
        if not first.isupper() and not any(c.isupper() for c in core[1:]):
            return False  # a lower-case word ("praised"): a sentence; "iPad" is a name
        counted += 1
    return counted >= min_words


def _ascii_cases(text: str) -> tuple[int, int]:
    """How many letters A-Z and a-z the text holds: counted in its UTF-8 bytes, where every
    other character is bytes of 0x80 and up (no list of one-letter matches is made)."""
    raw = text.encode("utf-8", "surrogatepass")
    size = len(raw)
    return size - len(raw.translate(None, _UPPER_BYTES)), size - len(
        raw.translate(None, _LOWER_BYTES)
    )


def headline_line(line: str) -> bool:
    """A line that reads as a headline by its own form (see the module): title case or
    capitals; not a dateline lede; no full stop at its end, or ";"; a "Topic:" label on a
    short line or on words without articles; or no article outside quotation marks."""
    line = line.strip()
    if not line:
        return False
    if heading(line, MIN_HEADLINE_TITLE_WORDS):
        return True
    if DATELINE.match(line):
        return False
    if not CLOSING_STOP.search(line) or line.endswith(";"):
        return True
    if _WH_HEADLINE.match(line) and not line.rstrip("\"”’')").endswith("?"):
        return True
    if _LABEL.match(line) and (
        len(line.split()) <= MAX_PRESENT_WORDS or ARTICLE_WORD.search(_after_label(line)) is None
    ):
        return True
    return ARTICLE_WORD.search(QUOTATION.sub(" ", line)) is None


def _after_label(line: str) -> str:
    """The words after a "Topic:" label's colon, quotations blanked. A long line whose words
    after the colon keep prose's articles is a lede that names its subject with a colon (a
    title's subtitle: "Harbor Lights: The Long Night is a puzzle game that asks a lot of its
    players."), not a labelled headline, which is short or drops its articles."""
    return QUOTATION.sub(" ", line.split(":", 1)[1])


def present_teaser(line: str) -> bool:
    """A short line in the present tense with nothing of a lede's: at most
    :data:`MAX_PRESENT_WORDS` words ending in a full stop, no past or perfect verb form and
    no day of the event outside quotation marks (:data:`_LEDE_TENSE`), not opening with a
    pronoun or a connective. Headlines report past events in the present ("Trump quietly
    builds a data juggernaut."); a lede reporting them says when, in the past tense."""
    line = line.strip()
    if not line.endswith(".") or len(line.split()) > MAX_PRESENT_WORDS:
        return False
    if DATELINE.match(line) or _LEANS.match(line):
        return False
    return _LEDE_TENSE.search(QUOTATION.sub(" ", line)) is None


def story_starts(block: str) -> bool:
    """The block opens the story, so that a one-line block before it is its headline: it
    opens with a dateline, or it is an archive copy's "ABSTRACT." label."""
    block = block.strip()
    return bool(DATELINE.match(block) or ABSTRACT_LABEL.match(block))


def first_block(text: str) -> tuple[int, int, list[str]] | None:
    """The first block's start and end and its non-blank lines, when a blank line ends it."""
    match = BLANK_LINE.search(text)
    if match is None:
        return None
    start = len(text) - len(text.lstrip())
    return start, match.start(), [x for x in text[start : match.start()].split("\n") if x.strip()]


def body_units(body: str) -> int:
    """The body's paragraphs; its lines when it is one paragraph (set a sentence a line);
    its sentences when it is one line (a body that lost its line breaks)."""
    paragraphs = [p for p in BLANK_LINE.split(body) if p.strip()]
    if len(paragraphs) != 1:
        return len(paragraphs)
    lines = [line for line in paragraphs[0].split("\n") if line.strip()]
    if len(lines) != 1:
        return len(lines)
    return 1 + len(_SENTENCE_BREAK.findall(lines[0]))


def headline_block(text: str) -> tuple[int, int] | None:
    """(start, end) of the headline line(s) a plain text opens with, or None (see the
    module). The subhead after it is the caller's concern."""
    found = first_block(text)
    if found is None:
        return None
    start, end, lines = found
    if not lines or len(lines) > MAX_TITLE_LINES:
        return None
    if any(len(line.split()) > MAX_TITLE_WORDS for line in lines):
        return None
    rest = text[end:].lstrip()
    if body_units(rest) < MIN_BODY_UNITS:
        return None
    if any(headline_line(line) for line in lines):
        return start, end
    following = BLANK_LINE.split(rest, maxsplit=1)[0]
    if len(lines) == 1 and not DATELINE.match(lines[0].strip()) and story_starts(following):
        return start, end
    if len(lines) == 1 and present_teaser(lines[0]):
        return start, end
    return None
