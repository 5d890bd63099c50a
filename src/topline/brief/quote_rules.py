"""Editorial rules on quotation marks: balance, what lies inside a quotation, a quotation as
an element (part of :mod:`.editorial_rules`)."""

from __future__ import annotations

import functools
import re

_DOUBLE_MARK = re.compile('["“”]')
_SINGLE_MARK = re.compile("['‘’]")
_N_ELISION = re.compile(r"['‘’]n['‘’]")
_ELISIONS = re.compile(r"(?:\d\ds?|em|n|til|cause|twas|tis|s)\b", re.I)
#: A typewriter pair of marks (``…'' in wire copy, ''…'' in the NYT's archive): one double
#: mark, as the analysis reads it (:mod:`topline.analyze.quote_marks`).
_PAIRS = re.compile("''|``")


def unbalanced_quotes(text: str) -> bool:
    """Any paragraph of ``text`` leaves a quotation open or closes one it did not open.

    A quotation that runs over several paragraphs opens each of them and closes only the
    last (the newsroom convention): a paragraph left open is fine when the next one opens
    with a mark."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    for i, paragraph in enumerate(paragraphs):
        if not _unbalanced_paragraph(paragraph):
            continue
        continued = i + 1 < len(paragraphs) and paragraphs[i + 1].lstrip()[:1] in "\"“‘'"
        if not (continued and any(not _unbalanced_paragraph(paragraph + c) for c in '"”’')):
            return True
    return False


def unbalanced_marks(text: str) -> bool:
    """:func:`unbalanced_quotes` with each typewriter pair (``…'' in wire copy, ''…'' in the
    NYT's archive) read as one double mark, as the analysis reads it: the test of a Crucial
    quote, which shows a wire quotation with its pairs. (Bullets keep the plain test: read
    by it, a bullet holding a wire quotation is refused, and this change did not measure
    what admitting them would do.)"""
    if "''" in text or "``" in text:
        text = _PAIRS.sub('"', text)
    return unbalanced_quotes(text)


def _unbalanced_double(text: str) -> bool:
    """Double marks read in order: a quotation opened inside another (``"We won. "We``), a
    close with nothing open, or one left open. A straight mark opens after a space and closes
    before one; a mark between two spaces or two letters just flips the state."""
    open_ = False
    for mark in _DOUBLE_MARK.finditer(text):
        i, ch = mark.start(), mark.group(0)
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = ch == "“" or (
            ch == '"' and (before.isspace() or before in _OPENERS) and not after.isspace()
        )
        closes = ch == "”" or (
            ch == '"' and not before.isspace() and (after.isspace() or after in _CLOSERS)
        )
        if opens and not closes:
            if open_:
                return True
            open_ = True
        elif closes and not opens:
            if not open_:
                return True
            open_ = False
        else:
            open_ = not open_
    return open_


def _unbalanced_paragraph(text: str) -> bool:
    """Double marks: an odd number of straight ones or unequal curly ones. Single marks: more
    closers than openers, or openers left without a closer; apostrophes (``don't``,
    ``O'Brien``, ``'90s``, ``rock 'n' roll``) are not quotation marks, and a mark after a
    word-final ``s`` may be a plural possessive (``players'``), so it can close but is never
    needed to."""
    if _unbalanced_double(text):
        return True
    text = _N_ELISION.sub("n", text)
    opens = closes = possessive = 0
    for mark in _SINGLE_MARK.finditer(text):
        i, ch = mark.start(), mark.group(0)
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # apostrophe inside a word
        if ch == "‘" or (
            (before.isspace() or before in _OPENERS)
            and not after.isspace()
            and not (after in _CLOSERS and not before.isspace())  # '… as "the enemy"'.'
        ):
            if ch != "‘" and _ELISIONS.match(text, i + 1):
                continue
            opens += 1
        elif not before.isspace() and (after.isspace() or after in _CLOSERS):
            if before in "sS":
                possessive += 1
            else:
                closes += 1
    return closes > opens or opens > closes + possessive


_OPENERS = '([{“"—–-/'
_CLOSERS = '.,;:!?)]}”"—–-'


def double_quote_depth(text: str) -> list[bool]:
    """Per character, whether it sits inside a double-quoted passage."""
    inside = [False] * len(text)
    depth = False
    for i, ch in enumerate(text):
        if ch == "“":
            depth = True
        elif ch == "”":
            depth = False
        elif ch == '"':
            depth = not depth
        inside[i] = depth
    return inside


_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]|‘[^‘’]*’(?!\w)")


def outside_quotes(text: str) -> str:
    """The words of ``text`` outside quotation marks: balanced quotations removed, and the
    part before a lone closing mark (the end of a quotation begun in an earlier sentence) or
    after a lone opening one."""
    rest = _QUOTED.sub(" ", text)
    close = max(rest.rfind("”"), rest.rfind('"') if rest.count('"') % 2 else -1)
    if close >= 0:
        rest = rest[close + 1 :]
    opening = rest.find("“")
    return rest[:opening] if opening >= 0 else rest


_QUOTATION_START = re.compile(r"^\W{0,2}[\"“‘']")


def quotation(text: str) -> bool:
    """The element is a direct quotation: Key background tells what happened, in the
    reporter's words; what someone said belongs to the bullets or the Crucial quote."""
    return bool(_QUOTATION_START.match(text))


_ANY_DOUBLE = re.compile('["“”]')


def unmarked_quotations(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of lines that lie inside a quotation whose marks were lost.

    Texts set one sentence to a line (as news-summary corpora are) move a quotation's
    closing mark to the start of the line after it: '"It's wonderful to see so many people
    here.' / 'There's at least 400 people here so it's absolutely fantastic.' / '"The lights
    were switched on by …'. The middle line has no mark and reads as the reporter's, but is
    the speaker's. A line is taken to be inside such a quotation only when the quotation is
    seen to open (a line whose last mark opens and is left open) and to close (the next line
    with a mark starts with it and has an odd number of marks); a quotation never closed is
    left alone."""
    found: list[tuple[int, int]] = []
    held: list[tuple[int, int]] = []
    open_ = False
    at = 0
    for line in text.split("\n"):
        start, end = at, at + len(line)
        at = end + 1
        if not line.strip():
            continue
        marks = _ANY_DOUBLE.findall(line)
        if open_ and not marks:
            held.append((start, end))
            continue
        if open_ and line.lstrip()[:1] in '"”' and len(marks) % 2 == 1:
            found += held  # the lead mark closes the quotation the held lines were in
            open_, held = False, []
            continue
        open_, held = False, []
        if len(marks) % 2 == 1 and _leaves_open(line):
            open_ = True
    return found


def _leaves_open(line: str) -> bool:
    """The line's last double mark opens a quotation (after a space or at the start, before
    a word) and nothing closes it."""
    last = max(line.rfind('"'), line.rfind("“"))
    if last < 0 or last < line.rfind("”"):
        return False
    before = line[last - 1] if last > 0 else " "
    after = line[last + 1] if last + 1 < len(line) else " "
    return (before.isspace() or before in _OPENERS) and not after.isspace()


#: The double marks of the two kinds: straight and curly.
_STRAIGHT, _CURLY_OPEN, _CURLY_CLOSE = '"', "“", "”"


def _left_open(paragraph: str, kind: str) -> bool:
    """The paragraph opens a quotation of ``kind`` ("straight" or "curly") and leaves it
    open: the convention of a passage quoted over several paragraphs."""
    body = paragraph.strip()
    if kind == "straight":
        return body.startswith(_STRAIGHT) and body.count(_STRAIGHT) % 2 == 1
    return body.startswith(_CURLY_OPEN) and body.count(_CURLY_OPEN) > body.count(_CURLY_CLOSE)


def _closes(paragraph: str, kind: str) -> bool:
    body = paragraph.strip()
    if kind == "straight":
        return body.endswith(_STRAIGHT) and body.count(_STRAIGHT) % 2 == 1
    return body.endswith(_CURLY_CLOSE) and body.count(_CURLY_CLOSE) > body.count(_CURLY_OPEN)


@functools.lru_cache(maxsize=4)
def quoted_passages(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) offsets of passages quoted from another text over several
    paragraphs, with quotations of their own inside set in the other kind of marks: a
    blog quotes a wire report whose paragraphs each reopen with '"' and which quotes a
    congressman in '“…”' ('"King said the testimony differed … four Americans dead …' /
    '“He … stated that …,” King said.' / '“…,” he said."'). What the passage says and whom
    it quotes belong to the quoted text, not to the story: no Crucial quote or Big number
    is taken from it. A passage is one only when it is seen to close (a paragraph that
    ends on its kind of closing mark) and holds a quotation in the other kind of marks."""
    found: list[tuple[int, int]] = []
    if _STRAIGHT not in text and _CURLY_OPEN not in text:
        return ()
    paragraphs: list[tuple[int, int]] = []
    at = 0
    for piece in text.split("\n"):
        if piece.strip():
            paragraphs.append((at, at + len(piece)))
        at += len(piece) + 1
    k = 0
    while k < len(paragraphs):
        start, end = paragraphs[k]
        kind = next(
            (x for x in ("straight", "curly") if _left_open(text[start:end], x)),
            None,
        )
        if kind is None:
            k += 1
            continue
        other = (_CURLY_OPEN,) if kind == "straight" else (_STRAIGHT,)
        nested = False
        j = k + 1
        while j < len(paragraphs):
            body = text[paragraphs[j][0] : paragraphs[j][1]]
            nested = nested or any(mark in body for mark in other)
            if _closes(body, kind):
                break
            if _left_open(body, kind) or not body.strip():
                j += 1
                continue
            if kind == "straight" and _STRAIGHT not in body and not nested:
                break  # a paragraph of narration: the passage was never one
            j += 1
        if j < len(paragraphs) and nested:
            found.append((start, paragraphs[j][1]))
            k = j + 1
        else:
            k += 1
    return tuple(found)


#: A straight double mark after a figure is an inch mark ("a 12" pizza", "5'10""), no quote.
_INCH = re.compile(r'(?<=\d)"')
#: The speaker's own voice: a first- or second-person pronoun.
_SPEAKER_VOICE = re.compile(
    r"\b(?:I|I'm|I’m|I've|I’ve|me|my|we|we're|we’re|us|our|you|your)\b", re.I
)


def in_open_quotation(text: str, at: int) -> bool:
    """Position ``at`` follows a double quotation mark opened mid-sentence in its paragraph
    and not closed before it, and the quoted words so far are someone's speech (a first- or
    second-person pronoun): a quotation the analysis did not find ("To believe …, “you have
    to take a really cynical view of the 50 states …,” he said"). A mark that opens the
    paragraph (a quotation over several paragraphs, a mark left over) and a quoted phrase
    in the reporter's sentence ("found there had been “3,210 shooting victims”") are not
    read so. Inch marks after a figure are not counted. Failing a double mark, a quotation
    opened "said: '" (:func:`in_said_single_quotation`)."""
    start = text.rfind("\n", 0, at) + 1
    piece = _INCH.sub("", text[start:at])
    curly = piece.rfind("“") if piece.count("“") > piece.count("”") else -1
    straight = piece.rfind('"') if piece.count('"') % 2 == 1 else -1
    opened = max(curly, straight)
    if opened <= 0 or not piece[:opened].strip():
        return in_said_single_quotation(text, at)  # no open double mark, or one that opens
    return _SPEAKER_VOICE.search(piece, opened) is not None


#: A verb of saying, a colon and a single opening mark: "A spokesman said: 'We …" (the
#: Daily Mail's way of opening a quotation, whose paragraphs each reopen with a mark).
_SAID_COLON_SINGLE = re.compile(
    r"\b(?:said|says|added|adds|explained|explains|continued|wrote|writes|told [A-Z]?\w+):"
    r"\s*['‘](?=[A-Z])"
)
#: What the opener must hold, looked for before the pattern is run.
_COLON_MARKS = (":'", ": '", ":‘", ": ‘")
#: A closing single mark: after a stop or a comma, before a space or the end ("… it.' He").
_SINGLE_CLOSE = re.compile(r"[.,!?]['’](?=\s|$)")
#: How far back a colon-opened quotation is looked for.
SAID_SINGLE_REACH = 600


def unclosed_opener(
    text: str, start: int, end: int, opener: re.Pattern[str], closer: re.Pattern[str]
) -> re.Match[str] | None:
    """The last opening mark ``opener`` finds in ``text[start:end]``, when ``closer`` finds
    no close after it before ``end``: a quotation still open at ``end``. One reading for a
    quotation the analysis missed (:func:`in_said_single_quotation`) and for the next
    paragraph of a quotation left open (:func:`.crucial.reopened`)."""
    openers = list(opener.finditer(text, start, end))
    if not openers or closer.search(text, openers[-1].end(), end) is not None:
        return None
    return openers[-1]


def in_said_single_quotation(text: str, at: int) -> bool:
    """Position ``at`` follows a quotation opened by a verb of saying, a colon and a single
    mark ("A spokesman said: 'We have scanned more than 20,000 animals. …"), not closed
    before it, whose words so far are the speaker's own (I, we, you): a quotation the
    analysis did not find. A mark that reopens the next paragraph of the same quotation
    (". 'In the last …") is no close."""
    start = max(text.rfind("\n", 0, at) + 1, at - SAID_SINGLE_REACH)
    window = text[start:at]
    if not any(mark in window for mark in _COLON_MARKS):
        return False  # no colon and single mark: most figures, and the pattern is not run
    opened = unclosed_opener(text, start, at, _SAID_COLON_SINGLE, _SINGLE_CLOSE)
    return opened is not None and _SPEAKER_VOICE.search(text, opened.end(), at) is not None


#: Narration that puts words in someone's head rather than their mouth, just before the
#: quotation: "Goldberg imagined Christie was thinking: “…”", "her look seemed to say, “…”".
_IMAGINED_LEAD = re.compile(
    r"\b(?:imagined|imagines|imagining|pictured|(?:was|were|is|are|must have been|might have "
    r"been|may have been|probably)\s+thinking|(?:seemed|seems|appeared) to (?:say|be saying)|"
    r"as if to say)\b(?P<tail>[^.!?“”\"‘’]{0,60})$",
    re.I,
)
#: A verb of saying after it gives the words back to a speaker ("The coach, who imagined a
#: different season, said, “…”").
_SAYING = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|replied|declared)\b", re.I
)


def imagined_words(text: str, lead_start: int, quotation_start: int) -> bool:
    """The narration before the quotation (from ``lead_start``, the start of its sentence)
    says the words were imagined or thought, not said ("a columnist imagined the governor
    was thinking: “What have I done?”"): nobody's words to credit as a Crucial quote."""
    lead = _IMAGINED_LEAD.search(text, lead_start, quotation_start)
    return lead is not None and _SAYING.search(lead["tail"]) is None
