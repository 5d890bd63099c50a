"""Key background rules for sentences told in the present: a past time in them is no
earlier event.

Why it exists (the fourteenth session's second editor's read, samples X, U and AB): three
kinds of sentence carry a past time but tell what is so today, and were shown as Key
background:

- **A time inside the subject of a present verb of evidence**: "A quick browse through
  headlines in the past two years shows that …", "A review of cases since 2010 finds …":
  the time says which headlines or cases; the sentence is the writer's present observation.
- **"Until now" with a past perfect**: "until now it had been unclear how …": the change
  is today's news, the past perfect only says what was so before it.
- **A recent event told by a present verb of saying**: "The party says 34,570 citizens cast
  votes from March 1-8." in a story about the vote's result: a source's account today of
  the story's own event, dated within weeks of publication, not an earlier event.

- **A sentence whose main verb is in the present** (fifteenth session, second round;
  samples AC, AD and seven earlier reads): "Kasich is reflecting on … 1987", "The ad slams
  Kasich for voting … in 1994", "The numbers represent a near total reversal from Gallup's
  survey in early March". The past time names what today's words are about; the sentence
  tells no earlier event. Read from the tense the analysis pass records per sentence
  (:attr:`topline.model.Sentence.tense`): only a simple present or a present progressive
  refuses; a present perfect ("has come out of tough contests …, in 1992") tells a past
  event, and a present verb with a clausal complement is read by what it reports ("says he
  left in 2010").

Kept apart from :mod:`.background_rules` (already long) and called by
:func:`.background._past`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from topline.brief.cues import period_end
from topline.model import Analysis, Timex

#: A time phrase that ends a subject, right before a present verb of evidence.
_SUBJECT_TIME = re.compile(
    r"\b(?:(?:in|over|during|from)\s+the\s+(?:past|last|previous)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:days?|weeks?|months?|years?|decades?)"
    r"|since\s+(?:(?:early|late|mid-?)\s*)?(?:1[89]|20)\d\d)"
    r"(?=\s+(?:shows?|suggests?|finds?|reveals?|indicates?|confirms?|proves?|"
    r"demonstrates?|makes?\s+clear)\b)",
    re.I,
)
_UNTIL_NOW = re.compile(r"\buntil\s+now\b", re.I)
#: A present verb of saying or reporting: the source tells it today.
_PRESENT_SAYING = re.compile(
    r"\b(?:says|say|reports|report|tells|estimates|estimate|confirms|confirm)\b"
)
#: An event dated within this many days before publication, told by a present verb of
#: saying, is the story's own (the Topline's ``RECENT_DAYS`` window).
RECENT_DAYS = 45


def subject_times(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of time phrases that end the subject of a present verb of
    evidence ("headlines in the past two years shows"): they say which things, not when an
    event happened."""
    if not _SUBJECT_TIME.search(text):
        return []
    return [m.span() for m in _SUBJECT_TIME.finditer(text)]


def until_now(text: str) -> bool:
    """The sentence says what was so "until now": the change is today's, not background."""
    return _UNTIL_NOW.search(text) is not None


def told_today(text: str, start: int, dated: Sequence[Timex], published: dt.date | None) -> bool:
    """A present verb of saying before every date of the sentence (which starts at
    ``start`` in the article), and every date ending within :data:`RECENT_DAYS` before
    publication: a source's account today of a recent event ("The party says … cast votes
    … from March 1-8."). ``dated``: the sentence's own resolved dates (none left out)."""
    if published is None or not dated:
        return False
    first = min(t.span.start for t in dated) - start
    if _PRESENT_SAYING.search(text, 0, max(first, 0)) is None:
        return False
    oldest = published - dt.timedelta(days=RECENT_DAYS)
    for t in dated:
        end = period_end(str(t.value)) if t.value else None
        if end is None or end < oldest:
            return False
    return True


def told_in_present(analysis: Analysis, index: int) -> bool:
    """The sentence at ``index`` tells the present (its main verb a simple present or a
    present progressive, :attr:`topline.model.Sentence.tense`): a past time in it is what
    today's words are about, no earlier event."""
    sentences = analysis.sentences
    if not 0 <= index < len(sentences) or sentences[index].index != index:
        return False
    return sentences[index].tense == "present"
