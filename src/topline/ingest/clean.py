"""Scraped-text cleaning: breadcrumbs, repeated titles, share lines, syndication footers.

The cleaned text is a sequence of pieces of the (normalised) input, in order, separated by
newlines: cleaning cuts, it never rewrites a word, so every span of the article can be mapped
back to the input through :attr:`Cleaned.pieces`. Everything cut is reported as a
:class:`~topline.model.Removal` with its reason, and footers become metadata (byline, outlet,
licensor, publication date, title). The patterns live in :mod:`topline.ingest.cruft`; this
module decides where each family applies:

1. An end mark ("###", "-30-") in the second half ends the article; so do contact blocks
   ("Media contact:" and the short lines after it, in the second half). Before them, a press
   release's closing "About <Company>" section goes (:mod:`topline.ingest.release`).
2. The *head* (the lines before the first body line) may hold breadcrumbs, bylines, date
   lines, press-release marks and the title; a title repeated in the head is kept once, as
   metadata, and a run of Title-case navigation words glued before it is a breadcrumb.
3. Short boilerplate lines go wherever they are (share bars, ads, "Read more", captions …).
4. Footers are cut from where they start in a line to the line's end.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from topline.ingest import cruft
from topline.ingest.release import about_section
from topline.ingest.text import comparison_key
from topline.model import Removal
from topline.offset_map import MapBuilder, OffsetMap

#: A line with at least this many words starts the body (the head is what comes before).
BODY_MIN_WORDS = 12
#: The head is never longer than this many non-blank lines.
HEAD_MAX_LINES = 15
#: A single (unrepeated) first line is taken as the title only if it is Title Case (this
#: share of its words of four letters or more capitalised), this long …
TITLE_CASE_SHARE = 0.75
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 25
#: A sentence-case first line is the title only when it is this short and set apart from
#: the body (a blank line, a byline or a dateline after it).
SENTENCE_TITLE_MAX_WORDS = 15
#: … and the text after it (after any title, repeated or not) has at least this many words.
TITLE_MIN_BODY_WORDS = 30
_TOPLINE_LABEL = re.compile(r"^topline\b", re.IGNORECASE)


@dataclass(frozen=True)
class Cleaned:
    """The article body and what the page said about it.

    ``pieces`` are the ``(start, end)`` ranges of the input that make up ``text``, in
    order; ``text`` is those pieces joined by one newline, two where a blank line was
    between them, or one space where a line carries on the sentence of the one before
    (:func:`continues`). ``offsets`` maps ``text`` back to the input: each piece to itself,
    each separator to the white space after the piece before it, and the rest is cut.
    """

    text: str
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    licensor: str | None = None
    published: str | None = None
    removed: tuple[Removal, ...] = ()
    pieces: tuple[tuple[int, int], ...] = ()
    offsets: OffsetMap = OffsetMap()


@dataclass
class _Line:
    start: int
    end: int
    keep: tuple[int, int] | None  # the part of [start, end) that stays, None when cut

    def text(self, raw: str) -> str:
        """What the line still keeps (all of it before any cut)."""
        start, end = self.keep if self.keep is not None else (self.start, self.end)
        return raw[start:end]


class _Cleaner:
    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.lines: list[_Line] = []
        offset = 0
        for chunk in raw.split("\n"):
            start, end = offset, offset + len(chunk)
            while start < end and raw[start].isspace():
                start += 1
            while end > start and raw[end - 1].isspace():
                end -= 1
            self.lines.append(_Line(start, end, (start, end) if end > start else None))
            offset += len(chunk) + 1
        self.removed: list[tuple[int, Removal]] = []
        self.meta: dict[str, str] = {}

    # --- bookkeeping ---

    def live(self) -> list[_Line]:
        return [line for line in self.lines if line.keep is not None]

    def cut(self, line: _Line, start: int, end: int, reason: str) -> None:
        """Remove ``raw[start:end]`` (a prefix or suffix of what the line keeps)."""
        assert line.keep is not None
        keep_start, keep_end = line.keep
        if start <= keep_start and end >= keep_end:
            line.keep = None
        elif start <= keep_start:
            line.keep = self._trim(end, keep_end)
        else:
            line.keep = self._trim(keep_start, start)
        piece = self.raw[start:end].strip()
        if piece:
            self.removed.append((start, Removal(text=piece, reason=reason)))

    def drop(self, line: _Line, reason: str) -> None:
        if line.keep is not None:
            self.cut(line, line.keep[0], line.keep[1], reason)

    def _trim(self, start: int, end: int) -> tuple[int, int] | None:
        while start < end and self.raw[start].isspace():
            start += 1
        while end > start and self.raw[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def note(self, key: str, value: str | None) -> None:
        if value and key not in self.meta:
            self.meta[key] = value

    # --- the rules, in order ---

    def about_section(self) -> None:
        """A press release's closing "About <Company>" section (:mod:`.release`)."""
        live = self.live()
        found = about_section([line.text(self.raw) for line in live])
        if found is not None:
            for line in live[found[0] : found[1]]:
                self.drop(line, "press-release about section")

    def end_marks_and_contacts(self) -> None:
        live = self.live()
        for i, line in enumerate(live):
            if cruft.END_MARK.match(line.text(self.raw)) and i >= len(live) // 2:
                for later in live[i:]:
                    self.footer_metadata(later.text(self.raw))
                    self.drop(later, "after end mark")
                break
        in_block = False
        live = self.live()
        for line in live[len(live) // 2 :]:
            text = line.text(self.raw)
            if cruft.CONTACT_BLOCK.match(text):
                in_block = True
            elif in_block and (
                len(text.split()) > cruft.MAX_CONTACT_WORDS or _blank_before(self.lines, line)
            ):
                in_block = False
            if in_block:
                self.drop(line, "contact block")

    def head(self) -> list[_Line]:
        """The non-blank lines before the first body line."""
        out = []
        for line in self.live()[:HEAD_MAX_LINES]:
            text = line.text(self.raw)
            if len(text.split()) >= BODY_MIN_WORDS or _TOPLINE_LABEL.match(text):
                break
            out.append(line)
        return out

    def head_lines(self, head: list[_Line]) -> None:
        updated: str | None = None
        for line in head:
            text = line.text(self.raw)
            if cruft.PRESS_RELEASE_MARK.match(text):
                self.drop(line, "press-release mark")
            elif (names := cruft.byline_names(text)) is not None:
                self.note("byline", names)
                self.drop(line, "byline")
            elif cruft.BREADCRUMB_LINE.match(text):
                self.drop(line, "breadcrumb")
            elif (found := cruft.date_line(text)) is not None:
                iso, is_update = found
                if is_update:
                    updated = updated or iso
                else:
                    self.note("published", iso)
                self.drop(line, "date line")
        self.note("published", updated)

    def boilerplate(self) -> None:
        for line in self.live():
            text = line.text(self.raw)
            reason = cruft.boilerplate_reason(text)
            if reason:
                self.drop(line, reason)
            elif (notice := cruft.PREFIX_NOTICE.match(text)) is not None:
                assert line.keep is not None
                self.cut(line, line.keep[0], line.keep[0] + notice.end(), "player notice")
            elif (credit := cruft.PHOTO_CREDIT_TAIL.search(text)) is not None:
                assert line.keep is not None
                self.cut(line, line.keep[0] + credit.start(), line.keep[1], "photo credit")

    def title(self, head: list[_Line]) -> None:
        head = [line for line in head if line.keep is not None]
        keys = [comparison_key(line.text(self.raw)) for line in head]
        titles = {
            k for line, k in zip(head, keys, strict=True) if _title_shaped(line.text(self.raw))
        }
        counts = Counter(k for k in keys if len(k.split()) >= 2 and k in titles)
        title_key = next((k for k in keys if counts[k] >= 2), None)
        glued: dict[int, int] = {}  # head index -> offset where the title starts
        for i, line in enumerate(head):
            for j, other in enumerate(head):
                if i == j or len(keys[j].split()) < 2 or not keys[i].endswith(" " + keys[j]):
                    continue
                if keys[j] not in titles:
                    continue
                if title_key is not None and keys[j] != title_key:
                    continue
                text, title_text = line.text(self.raw), other.text(self.raw)
                at = _title_offset(text, title_text)
                if at is not None and cruft.BREADCRUMB_PREFIX.match(text[:at].strip()):
                    assert line.keep is not None
                    glued[i] = line.keep[0] + at
                    title_key = keys[j]
                    break
        if title_key is None:
            self.single_title(head)
            return
        titled = {id(line) for i, line in enumerate(head) if i in glued or keys[i] == title_key}
        body = [line for line in self.live() if id(line) not in titled]
        if sum(len(line.text(self.raw).split()) for line in body) < TITLE_MIN_BODY_WORDS:
            return  # a short text that repeats itself has no title to take out
        seen = False
        for i, line in enumerate(head):
            if i in glued:
                assert line.keep is not None
                self.cut(line, line.keep[0], glued[i], "breadcrumb")
                self.note("title", line.text(self.raw))
                self.drop(line, "repeated title" if seen else "title")
                seen = True
            elif keys[i] == title_key:
                self.note("title", line.text(self.raw))
                self.drop(line, "repeated title" if seen else "title")
                seen = True

    def single_title(self, head: list[_Line]) -> None:
        if not head or head[0] is not self.live()[0]:
            return
        first = head[0]
        text = first.text(self.raw)
        if cruft.DATELINE_ALONE.match(text):
            return  # "NAIROBI, Kenya (AP) _" on its own line opens the story: no title
        if not (_headline_like(text) or (_short_headline(text) and self.set_apart(first))):
            return
        body_words = sum(len(line.text(self.raw).split()) for line in self.live()[1:])
        if body_words >= TITLE_MIN_BODY_WORDS:
            self.note("title", text)
            self.drop(first, "title")

    def set_apart(self, line: _Line) -> bool:
        """Whether a blank line, a cut byline or date line, or a dateline follows ``line``."""
        index = self.lines.index(line)
        if index + 1 >= len(self.lines):
            return False
        after = self.lines[index + 1]
        if after.end == after.start or after.keep is None:
            return True
        return cruft.DATELINE.match(self.raw[after.keep[0] : after.keep[1]]) is not None

    def footers(self) -> None:
        for line in self.live():
            assert line.keep is not None
            text = self.raw[line.keep[0] : line.keep[1]]
            found = _footer_matches(text)
            if not found:
                continue
            start, first, _ = found[0]
            if len(text[start:].split()) > cruft.MAX_FOOTER_WORDS:
                continue
            self.footer_metadata(text[start:])
            self.cut(line, line.keep[0] + start, line.keep[1], first.reason)

    def footer_metadata(self, text: str) -> None:
        for _, footer, match in _footer_matches(text):
            for key, value in footer.metadata(match).items():
                self.note(key, value)

    def body_metadata(self) -> None:
        live = self.live()
        if live:
            first = live[0]
            assert first.keep is not None
            wire = cruft.WIRE_DATELINE.match(self.raw[first.keep[0] : first.keep[1]])
            if wire:
                self.note("outlet", cruft.WIRE_NAMES[wire["wire"]])
            head = self.raw[first.keep[0] : first.keep[1]]
            if cruft.DATED_DATELINE.match(head):
                self.note("published", cruft.parse_date(head[:60]))
        for line in live[:3]:
            release = cruft.RELEASE_WIRE.search(line.text(self.raw))
            if release:
                self.note("licensor", cruft.RELEASE_WIRE_NAMES[release["wire"].casefold()])
                break

    def result(self) -> Cleaned:
        pieces: list[tuple[int, int]] = []
        parts: list[str] = []
        offsets = MapBuilder()
        blank_between = False
        for line in self.lines:
            if line.keep is None:
                blank_between = blank_between or line.end == line.start
                continue
            kept = self.raw[line.keep[0] : line.keep[1]]
            if parts:
                if blank_between:
                    separator = "\n\n"
                else:
                    separator = " " if continues(parts[-1], kept) else "\n"
                parts.append(separator)
                offsets.add(len(separator), *self._white_after(pieces[-1][1], line.keep[0]))
            parts.append(kept)
            offsets.add(len(kept), *line.keep)
            pieces.append(line.keep)
            blank_between = False
        self.removed.sort(key=lambda item: item[0])
        return Cleaned(
            text="".join(parts),
            title=self.meta.get("title"),
            byline=self.meta.get("byline"),
            outlet=self.meta.get("outlet"),
            licensor=self.meta.get("licensor"),
            published=self.meta.get("published"),
            removed=tuple(r for _, r in self.removed),
            pieces=tuple(pieces),
            offsets=offsets.build(),
        )

    def _white_after(self, end: int, limit: int) -> tuple[int, int]:
        """The white space that the separator between two kept pieces stands for: the run
        after the first piece, else the run before the second (what else lies between the
        two pieces was cut)."""
        stop = end
        while stop < limit and self.raw[stop].isspace():
            stop += 1
        if stop > end:
            return end, stop
        start = limit
        while start > end and self.raw[start - 1].isspace():
            start -= 1
        return start, limit


def continues(previous: str, line: str) -> bool:
    """Whether ``line`` carries on the sentence of the line before it: hard-wrapped text, or
    a newline dropped after a quotation's first word ('"The\\nonly existing inventory').

    The line before ends mid-sentence (a lower-case letter or a comma) and this one starts
    in lower case; such a pair is joined by a space, not a newline, so that sentences and
    quotations are not cut at the wrap.
    """
    if not previous or not line:
        return False
    end = previous[-1]
    return (end == "," or (end.isalpha() and end.islower())) and line[0].islower()


def _footer_matches(text: str) -> list[tuple[int, cruft.Footer, re.Match[str]]]:
    """Every footer rule's matches in ``text``, earliest first."""
    found = []
    for footer in cruft.FOOTERS:
        for match in footer.pattern.finditer(text):
            if footer.guard is None or footer.guard(text, match):
                found.append((match.start(), footer, match))
    return sorted(found, key=lambda item: item[0])


def _blank_before(lines: list[_Line], line: _Line) -> bool:
    index = lines.index(line)
    return index > 0 and lines[index - 1].end == lines[index - 1].start


def _headline_like(text: str) -> bool:
    """A Title-Case line of a few words with no sentence punctuation: a headline.

    Sentence-case first lines are left in the text: they may be the article's first
    sentence or a subhead, and keeping a headline costs less than losing a sentence.
    """
    words = text.split()
    if not TITLE_MIN_WORDS <= len(words) <= TITLE_MAX_WORDS or text.isupper():
        return False
    if text[-1] in ".:;," or ":" in text or not text[0].isupper():
        return False
    long_words = [w for w in words if sum(ch.isalpha() for ch in w) >= 4]
    capitalised = sum(w[0].isupper() for w in long_words)
    return bool(long_words) and capitalised / len(long_words) >= TITLE_CASE_SHARE


def _title_shaped(text: str) -> bool:
    """Whether a line could be a headline at all: it starts with a capital, a digit or a
    quotation mark and does not end a sentence with a full stop. The tail of a hard-wrapped
    sentence ("said Wednesday.") may repeat in a text whose lines are all short, and is no title.
    """
    return (text[0].isupper() or text[0].isdigit() or text[0] in "\"'“‘") and not (
        text.endswith(".") and not text.endswith("..")
    )


def _short_headline(text: str) -> bool:
    """A short sentence-case line without closing punctuation ("Flooding forces thousands …")."""
    words = text.split()
    return (
        TITLE_MIN_WORDS <= len(words) <= SENTENCE_TITLE_MAX_WORDS
        and (text[0].isupper() or text[0].isdigit())
        and text[-1] not in ".:;,!?\"”’'"
        and ":" not in text
        and not text.isupper()
    )


def _title_offset(line: str, title: str) -> int | None:
    """Where ``title`` starts at the end of ``line`` (white space may differ), or None."""
    words = title.split()
    pattern = r"\s+".join(re.escape(w) for w in words) + r"\s*$"
    match = re.search(pattern, line, re.IGNORECASE)
    return match.start() if match and match.start() > 0 else None


def clean(raw: str) -> Cleaned:
    """Separate the article body from page cruft and footers (``raw`` is normalised text)."""
    cleaner = _Cleaner(raw)
    cleaner.about_section()
    cleaner.end_marks_and_contacts()
    head = cleaner.head()
    cleaner.head_lines(head)
    cleaner.boilerplate()
    cleaner.title(head)
    cleaner.footers()
    cleaner.body_metadata()
    return cleaner.result()
