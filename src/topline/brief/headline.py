"""The article's own headline, wherever the text repeats it, is never a bullet or the Topline.

An editor's read of briefs of unseen news found the headline shown as a Key fact in about
one brief in three: "Cruz and Trump tied in Texas poll." over the poll's story, and on a
page, "Why you just can't trust the White House on Donald Trump's health" printed again in
the body. Two cases, each a plain rule (fixture tests in ``tests/test_headline.py``):

- **A plain text that opens with its headline.** With no title given, a text whose first
  paragraph (up to the first blank line) is one or two short lines, followed by a body of
  further paragraphs, opens with its headline (and subhead) when a line reads as one: it
  ends without a full stop or on ";", is set in title case or capitals, or drops the
  articles headlines drop ("Hacker who revealed private Clinton email address admits to
  other intrusions.": no "a", "an" or "the" outside quotation marks); a subhead in a
  paragraph of its own right after it reads so too (by its wording alone only up to
  :data:`MAX_SUBHEAD_WORDS` words, fourteenth session). A lede written as its
  own short paragraph keeps its articles ("Police arrested six people Monday during a
  raid.") and stays a candidate. Texts without blank lines (one paragraph per line, as in
  news-summary corpora) are never read this way.
- **A subheading or a list item**: a line of its own that does not end like a sentence
  (:func:`heading_line`).
- **An abstract set before the story** (fourteenth session): a text that labels its parts
  "ABSTRACT." and "FULL TEXT." (archive copies of newspaper stories) opens with the editor's
  summary. It is the page's description, not the story: its sentences are never a Topline
  or a bullet (the story's own lede says the same in other words, and the bullets that
  followed it repeated the Topline; :func:`abstract_block`). Read as the page's description
  (the Topline score's signal) it drew the Topline to later sentences that echo it ("Donald
  Trump says he doesn't believe in it.") and was left out.
- **A subhead with a bare subject**: the subhead paragraph after a plain text's headline
  also reads as one when a clause in it opens with a noun and no article ("After a pause in
  N.H., senator seems ready for …", "…, two are now sparring.": :data:`_BARE_SUBJECT`).
- **A subhead before a dateline** (seventeenth session): the story starts at its dateline
  ("DES MOINES - Despite …", "WASHINGTON (AP) — …"): a one-line paragraph between the
  headline and a paragraph that opens with one is display type, the deck, whatever its
  wording ("After Iowa and N.H., the strategy is to swamp Sanders in March." keeps its
  articles and its stop, and refers to what the headline names); a newspaper never sets
  its lede above its own dateline. :func:`topline.headline_block.headline_block` reads a
  one-line first block before a dateline so already.
- **The title repeated in the body.** When the title is known, a line of the body that
  says what the title says (:data:`TITLE_SIMILARITY` of content terms) and is hardly longer
  than it (:data:`TITLE_SLACK_WORDS`) is the title again; a lede restating the title in a
  full sentence is longer, and stays. So is a line of the body all of whose content words
  (at least :data:`MIN_TITLE_PART_TERMS`) are the title's (seventeenth session): a title
  given with its deck ("Super PAC ad attack coming; Iowa, N.H. targeted for next two
  months", as newspaper archives store them) is set in the body as two lines, each too
  short beside the whole title for the similarity, and the deck line was the Topline of
  story briefs; a lede says more than its headline, so it has words the title lacks. A
  title line the sentence splitter cut in two is read as its whole line.
"""

from __future__ import annotations

import re
from collections import Counter

from topline.brief import editorial_rules as rules
from topline.brief.features import content_terms, cosine
from topline.headline_block import (
    ABSTRACT_LABEL,
    ARTICLE_WORD,
    BLANK_LINE,
    CLOSING_STOP,
    MAX_TITLE_WORDS,
    QUOTATION,
    headline_block,
    headline_line,
    story_starts,
)
from topline.model import Analysis, Span

__all__ = [
    "MAX_TITLE_WORDS",
    "abstract_block",
    "broken_off",
    "heading_line",
    "headline_line",
    "leading_headline",
    "title_sentences",
]

# --- tunables ----------------------------------------------------------------------------
#: The longest subhead (in words) read as one by its wording alone (no article, a bare
#: subject): a deck runs to one line, a lede without an article may be longer.
MAX_SUBHEAD_WORDS = 15
#: Paragraphs the body must have after the block for the block to be a headline.
MIN_BODY_PARAGRAPHS = 2
#: Words a body line may have beyond the title's and still be the title again (a lede that
#: restates the title runs longer, and is the news).
TITLE_SLACK_WORDS = 3
#: Content-term cosine at which a body line repeats the title.
TITLE_SIMILARITY = 0.8
#: Content words a body line needs for "every word of it is the title's" to make it a part of
#: the title (its headline or its deck); one shared word is chance.
MIN_TITLE_PART_TERMS = 2
#: Story sentences after an archive abstract read for the one the abstract restates (the
#: lede and the sentences right after it).
RESTATE_SEARCH = 3
#: Content-term cosine at which one of them restates a Topline taken from the abstract (the
#: fourteenth session measured an abstract against its lede at 0.23-0.39).
RESTATE_SIMILARITY = 0.2

#: A clause that opens with a bare noun or numeral and a verb, headline style: "senator
#: seems", "two are now sparring", "bloc aims" (prose sets an article, a possessive or a
#: name there). Read only in the subhead paragraph after a headline.
_BARE_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+)(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|he|she|"
    r"it|they|we|you|i|there|here|who|which|what|and|but|or|so|yet|as|if|when|while|then|"
    r"some|many|most|all|both|each|few|none|one)\b)[a-z][a-z-]+\s+(?:(?:now|still|also|again)\s+)?"
    r"(?:is|are|seems|appears|aims|looks|wants|vows|plans|faces|hopes|gets|takes|makes)\b"
)
#: How a line that the next one does not continue may end: a stop, or a colon or semicolon
#: that introduces the next line ("… two other recent incidents in the US:").
_LINE_END = re.compile(r"[.!?…:;][\"”’')\]]*$")
#: The label lines of an archive copy: "ABSTRACT." before the summary, "FULL TEXT." before
#: the story.
_ABSTRACT_LABEL = re.compile(ABSTRACT_LABEL.pattern, re.MULTILINE)  # on any line
_FULL_TEXT_LABEL = re.compile(r"(?m)^[ \t]*FULL TEXT[.:]?[ \t]*$")


def _subhead_line(line: str) -> bool:
    """The paragraph after a headline reads as its subhead: it ends without a full stop or
    on ";", or is set in title case or capitals; or, when it is no longer than
    :data:`MAX_SUBHEAD_WORDS`, it drops its articles or opens a clause with a bare subject
    (:data:`_BARE_SUBJECT`). A longer paragraph without an article is a lede ("Donald Trump
    was magnanimous in declaring victory Tuesday night — but all signs of his immediate
    post-Iowa humility were gone.", 20 words): decks run to one line."""
    line = line.strip()
    if not CLOSING_STOP.search(line) or line.endswith(";") or rules.heading(line):
        return True
    if len(line.split()) > MAX_SUBHEAD_WORDS:
        return False
    return ARTICLE_WORD.search(QUOTATION.sub(" ", line)) is None or bool(_BARE_SUBJECT.search(line))


def leading_headline(text: str) -> Span | None:
    """The span of the headline block a plain text opens with, or None: the headline as
    :func:`topline.headline_block.headline_block` reads it, and a subhead after it in a
    paragraph of its own (see the module)."""
    found = headline_block(text)
    if found is None:
        return None
    start, end = found
    match = BLANK_LINE.search(text, end)
    assert match is not None  # a body follows the block
    lines = [line for line in text[start:end].split("\n") if line.strip()]
    body = [p for p in BLANK_LINE.split(text[match.end() :]) if p.strip()]
    if len(lines) == 1:  # a subhead as a paragraph of its own ("Sources come in from …")
        nxt = BLANK_LINE.search(text, match.end())
        sub = text[match.end() : nxt.start()].strip() if nxt else ""
        if (
            nxt is not None
            and sub
            and "\n" not in sub
            and len(sub.split()) <= MAX_TITLE_WORDS
            and (_subhead_line(sub) or _before_dateline(text, nxt.end()))
            and len(body) - 1 >= MIN_BODY_PARAGRAPHS
        ):
            end = nxt.start()
    return Span(start, end)


def _before_dateline(text: str, start: int) -> bool:
    """The paragraph at ``start`` opens the story with a dateline (or is an archive copy's
    "ABSTRACT." label, :func:`~topline.headline_block.story_starts`): what stands above it
    is display type."""
    return story_starts(BLANK_LINE.split(text[start:], maxsplit=1)[0])


def abstract_block(text: str) -> Span | None:
    """The summary between an "ABSTRACT." label line and the "FULL TEXT." label line after
    it (labels left out), or None: the editor's summary of the story that follows."""
    label = _ABSTRACT_LABEL.search(text)
    if label is None:
        return None
    story = _FULL_TEXT_LABEL.search(text, label.end())
    return Span(label.end(), story.start()) if story is not None else None


def restated(analysis: Analysis, abstract: Span, topline: Span) -> int | None:
    """The story sentence that says again what a Topline taken from the archive abstract
    says: of the first :data:`RESTATE_SEARCH` sentences after the abstract, the most like
    the Topline by content terms, when at least :data:`RESTATE_SIMILARITY`. The story's
    lede restates the editor's summary in other words; as a bullet under it, it is the
    Topline twice."""
    if not abstract.overlaps(topline):
        return None
    text = analysis.article.text
    shown = Counter(content_terms(topline.of(text)))
    after = [s for s in analysis.sentences if s.span.start >= abstract.end][:RESTATE_SEARCH]
    best, index = RESTATE_SIMILARITY, None
    for sentence in after:
        similarity = cosine(Counter(content_terms(sentence.span.of(text))), shown)
        if similarity >= best:
            best, index = similarity, sentence.index
    return index


def title_sentences(analysis: Analysis) -> frozenset[int]:
    """Indices of the sentences that are the article's headline (see the module)."""
    text = analysis.article.text
    title = analysis.article.title
    out: set[int] = set()
    if not title:
        block = leading_headline(text)
        if block is not None:
            out = {s.index for s in analysis.sentences if s.span.overlaps(block)}
        return frozenset(out)
    title_terms = Counter(content_terms(title))
    if not title_terms:
        return frozenset()
    longest = len(title.split()) + TITLE_SLACK_WORDS
    for sentence in analysis.sentences:
        line = _line_of(text, sentence.span)
        if line is None or len(line.split()) > longest:
            continue  # a lede that restates the title is longer than it: it stays
        terms = Counter(content_terms(line))
        if cosine(terms, title_terms) >= TITLE_SIMILARITY or _title_part(terms, title_terms):
            out.add(sentence.index)
    return frozenset(out)


def _line_of(text: str, span: Span) -> str | None:
    """The line a sentence is, or stands in (a title line the sentence splitter cut in two:
    "Immediately After Obama's Terror Speech, Trump Said" | "The 11 Words Everyone Was
    Thinking."); None when the sentence runs over a line break without being whole lines."""
    if _whole_line(text, span):
        return span.of(text)
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    if "\n" in text[span.start : span.end]:
        return None
    return text[start:end]


def _title_part(line: Counter[str], title: Counter[str]) -> bool:
    """Every content word of a whole line is the title's: the line is a part of the title
    (its headline, or the deck an archive stores after it)."""
    return len(line) >= MIN_TITLE_PART_TERMS and line.keys() <= title.keys()


def heading_line(text: str, span: Span) -> bool:
    """A line of its own that does not end like a sentence: when short (at most
    :data:`MAX_TITLE_WORDS` words) a subheading or a list item ("Why Delhi's air gets so
    bad this time of year", "• You'll recognize you don't have to master everything"); when
    longer, a sentence the line break cut off ("… they now return to the National League
    under John" | "Still, the same manager who …"), a table run together or a quotation's
    piece (fourteenth session: on the dev sets no such long line was a whole sentence that
    had only lost its stop). Never a fact."""
    line = span.of(text).rstrip()
    if not line or CLOSING_STOP.search(line):
        return False
    return _whole_line(text, span)


def broken_off(text: str, span: Span) -> bool:
    """The sentence opens the line after a long line (over :data:`MAX_TITLE_WORDS` words)
    that does not end like a sentence: the line break fell inside a sentence, and this is
    its rest ("Still, the same manager who took the club …" after "… under John"). A line
    that ends on a colon or a semicolon introduces the next one (:data:`_LINE_END`)."""
    end = span.start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end == 0 or text[end - 1] != "\n" or (end > 1 and text[end - 2] == "\n"):
        return False  # not the start of a line, or a new paragraph
    previous = text[text.rfind("\n", 0, end - 1) + 1 : end - 1].rstrip()
    return len(previous.split()) > MAX_TITLE_WORDS and not _LINE_END.search(previous)


def _whole_line(text: str, span: Span) -> bool:
    """The sentence is a line of its own (a heading, not a sentence of a paragraph)."""
    before = text[: span.start].rstrip(" \t")
    after = text[span.end :].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))
