"""A title shortened as an editor would: at a phrase boundary, never mid-phrase.

A story with no headline of its own is named after the first line of its first article, and
that line is often longer than a title may be. Cut at the character limit it reads "Flood
waters forced hundreds of families from their homes in the" — a phrase left open, which an
editor would not print. :func:`shorten_title` keeps, in order of preference:

1. the line's first sentence, when it fits (a whole statement needs no ellipsis);
2. the words before a phrase boundary: punctuation that ends a phrase (``,;:`` or a dash),
   or a preposition, conjunction or relative word that opens the next phrase ("… homes in
   …", "… and …", "… after …"), as long as at least :data:`MIN_SHARE` of the limit is kept;
3. the words that fit (a word boundary), with function words left dangling at the end
   ("the", "of", "and") dropped;

and marks every cut with an ellipsis. Text is only ever cut, never rewritten.
"""

from __future__ import annotations

import re

# --- tunables ----------------------------------------------------------------------------
#: Longest title, in characters, before the ellipsis.
TITLE_LIMIT = 80
#: A phrase-boundary cut must keep at least this share of the limit (else a word cut is
#: closer to the whole line).
MIN_SHARE = 0.5
ELLIPSIS = "…"

#: Words that open a new phrase: a cut before one of them leaves whole phrases behind.
PHRASE_OPENERS = frozenset(
    "about above across after against along amid among around as at before behind below "
    "between beyond but by despite during for from in inside into near of off on onto or "
    "over since than that through to toward towards under until upon via when where whether "
    "which while who whom whose with within without and nor so yet because although though "
    "if unless".split()
)
#: Words that may not end a title: they promise a phrase that the cut removed.
DANGLING = PHRASE_OPENERS | frozenset("a an the its his her their our my your this these".split())

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_PHRASE_PUNCT = re.compile(r"\s*(?:[,;:]|\s[—–-])\s*$")
_WORD = re.compile(r"\S+")


def shorten_title(text: str, limit: int = TITLE_LIMIT) -> str:
    """The first line of ``text`` as a title of at most ``limit`` characters (plus "…")."""
    line = " ".join(text.strip().split("\n", 1)[0].split())
    if len(line) <= limit:
        return line
    first = _first_sentence(line)
    if first is not None and len(first) <= limit:
        return first
    words = [m for m in _WORD.finditer(line) if m.end() <= limit]
    if not words:
        return line[:limit].rstrip() + ELLIPSIS
    cut = _phrase_cut(line, words, limit) or _word_cut(line, words)
    return cut + ELLIPSIS


def _first_sentence(line: str) -> str | None:
    m = _SENTENCE_END.search(line)
    if m is None:
        return None
    head = line[: m.end()]
    last = head.split()[-1] if head.split() else ""
    # "Dr." "U.S." "St." are not the end of a sentence: an abbreviation is short or dotted.
    if len(last.strip(".\"”’')]")) <= 3 or "." in last.rstrip(".\"”’')]"):
        return None
    return head


def _phrase_cut(line: str, words: list[re.Match[str]], limit: int) -> str | None:
    """The longest prefix that ends a phrase: before an opener word or at phrase punctuation."""
    floor = MIN_SHARE * limit
    for i in range(len(words) - 1, 0, -1):
        word = words[i].group().lower().strip("\"“”‘’'(")
        before = line[: words[i - 1].end()]
        if len(before) < floor:
            break
        if _PHRASE_PUNCT.search(before + " ") and not _dangles(before):
            return before.rstrip(",;:—–- ")
        if word in PHRASE_OPENERS and not _dangles(before):
            return before.rstrip(",;:—–- ")
    # the last word that fits may itself end on phrase punctuation ("… homes, …")
    whole = line[: words[-1].end()]
    if len(whole) >= floor and whole[-1] in ",;:" and not _dangles(whole.rstrip(",;:")):
        return whole.rstrip(",;:")
    return None


def _word_cut(line: str, words: list[re.Match[str]]) -> str:
    """At a word boundary, leaving no function word dangling at the end."""
    end = len(words)
    while end > 1 and _dangles(line[: words[end - 1].end()]):
        end -= 1
    return line[: words[end - 1].end()].rstrip(",;:—–- ")


def _dangles(prefix: str) -> bool:
    last = prefix.rstrip(",;:—–- ").rsplit(None, 1)[-1].lower().strip("\"“”‘’'(")
    return last in DANGLING
