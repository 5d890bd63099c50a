"""Credits a reader reads otherwise: the words of the credit itself name someone else.

An editor's read of unseen briefs (thirteenth session) found credits that the analysis
resolved one way and a reader of the article resolves another, each from the words around
the cue rather than from the names the analysis knows (:mod:`.credit`, :mod:`.credit_names`
read those). Each rule refuses a credit; none gives one:

- **The credited person is what the words are about.** ""…," Clinton declared of Hillary
  Clinton" was credited to Hillary Clinton (a bare surname resolved to the full name next to
  it): a person spoken *of* or *about* right after the cue is not the speaker
  (:func:`spoken_of`).
- **A description stands between the name and the pronoun.** "Tim Krul was helpless as
  Defoe's shot went in. The 32-year-old was overcome … "…," he said" and "The judge said Ms
  O'Neill had an appalling record … "…," he said" were credited to the last person named
  (Krul; the defendant). A reader pins "he" or "she" on the subject description nearest the
  pronoun ("The 32-year-old", "The judge"), so the credit holds only when the text ties
  that description to the credited person: a mention of theirs, the role written next to
  their name ("Judge Roe", "Roe, the judge"), or the age ("Roe, 32,")
  (:func:`description_between`).
- **The name is no one's.** A court case ("Trump v. Trump") merged into a person's cluster
  names no speaker, and a newspaper the alias table does not list ("The New York Daily News
  said") is an outlet, whose words are a report's, not someone's to quote
  (:func:`case_name`, :func:`outlet_shaped`).
"""

from __future__ import annotations

import bisect
import re

from topline.brief.credit_names import (
    ALL_PRONOUNS,
    GENDERED_ROLES,
    PERSON_PRONOUNS,
    speaker_names,
)
from topline.intervals import SpanIndex
from topline.memo import for_last
from topline.model import Analysis, Source, Span

# --- spoken of ---------------------------------------------------------------------------
#: Right after the cue: "declared of", "said about", "wrote of".
_OF_AFTER_CUE = re.compile(r"\s+(?:of|about)\s+")


def spoken_of(analysis: Analysis, speaker: Source, cue: Span | None) -> bool:
    """The cue is followed by "of" or "about" and a name of the credited person ("…,"
    Clinton declared of Hillary Clinton): the words are about that person, so the credit,
    whatever the analysis resolved, is not one a reader makes."""
    if cue is None:
        return False
    text = analysis.article.text
    m = _OF_AFTER_CUE.match(text, cue.end)
    if m is None:
        return False
    after = text[m.end() : m.end() + 80]
    return any(
        after.startswith(name) and not re.match(r"[\w'’-]", after[len(name) : len(name) + 1])
        for name in speaker_names(analysis, speaker, pronouns=False)
        if name[:1].isupper()
    )


# --- a description between ---------------------------------------------------------------
#: Singular nouns of a person, beyond the titles: what a story calls someone it named before
#: ("The striker", "The defendant", "The singer").
_PERSON_DESCRIPTIONS = frozenset(
    """judge magistrate justice coroner sheriff prosecutor lawyer attorney barrister solicitor
    defendant accused suspect victim gunman driver pilot officer detective constable sergeant
    inspector doctor surgeon nurse teacher pupil student mother father wife husband son
    daughter brother sister man woman boy girl player striker defender midfielder goalkeeper
    keeper forward winger captain coach manager boss batsman bowler quarterback pitcher
    boxer fighter rider jockey star singer rapper actor actress presenter host author writer
    president minister senator governor mayor chairman chairwoman spokesman spokeswoman
    chief executive director founder owner candidate nominee leader congressman congresswoman
    pensioner grandmother grandfather teenager youngster mum dad""".split()
)
#: A capitalised "The" (a sentence's or a glued caption's subject) and a person noun or an
#: age ("The judge said", "The 32-year-old was overcome", "The former president told").
_DESCRIPTION = re.compile(
    r"\bThe\s+(?:(?:former|new|young|old|elderly|veteran|retired|married|injured|"
    r"[a-z]+-born)\s+)?(?P<noun>\d{1,3}-year-old|[a-z]+)\b"
    r"(?!['’]s?\b)(?=\s+[a-z])"
)
_AGE = re.compile(r"(\d{1,3})-year-old")


def _tied(analysis: Analysis, speaker: Source, noun: str, names: set[str]) -> bool:
    """The text ties the description to the credited person: their age written by their
    name ("Roe, 32," / "32-year-old Roe"), or the noun written next to one of their names
    ("Judge Roe", "Roe, the judge", "the judge, Roe")."""
    text = analysis.article.text
    age = _AGE.fullmatch(noun)
    for name in (n for n in names if n[:1].isupper()):
        for m in re.finditer(re.escape(name), text):
            before = text[max(0, m.start() - 40) : m.start()]
            after = text[m.end() : m.end() + 40]
            if age is not None:
                years = age.group(1)
                if re.match(r",?\s*\(?" + years + r"\b", after) or re.search(
                    years + r"-year-old\s+(?:[\w'’-]+\s+){0,3}$", before
                ):
                    return True
            elif re.search(r"\b" + noun + r"\b", before + " " + after, re.I):
                return True
    return False


@for_last
def _layout(analysis: Analysis) -> tuple[list[int], SpanIndex]:
    """The sentences' starts and the quotations' spans, made once per analysis (a brief asks
    for every pronoun credit of its tags and quotes)."""
    starts = [s.span.start for s in analysis.sentences]
    return starts, SpanIndex((q.content_span.start, q.content_span.end) for q in analysis.quotes)


def description_between(analysis: Analysis, speaker: Source, pronoun: Span) -> bool:
    """A subject description of a person ("The judge", "The 32-year-old") stands between the
    credited person's last name before the pronoun (or the start of the previous sentence)
    and the pronoun, outside quotations, and the text does not tie it to that person
    (:func:`_tied`): a reader pins "he"/"she" on the description, not on the name."""
    text = analysis.article.text
    word = pronoun.of(text).strip().lower()
    if word not in PERSON_PRONOUNS:
        return False
    names = speaker_names(analysis, speaker, pronouns=False)
    mentions = [
        m
        for c in analysis.clusters
        if speaker.cluster is not None and c.id == speaker.cluster
        for m in c.mentions
        if m.end <= pronoun.start
    ]
    named = [m.end for m in mentions if m.of(text).strip().lower() not in ALL_PRONOUNS]
    starts, quoted = _layout(analysis)
    here = max(bisect.bisect_right(starts, pronoun.start) - 1, 0)
    previous = starts[max(here - 1, 0)] if starts else 0
    floor = max([previous, *named])
    if floor >= pronoun.start:
        return False
    own = SpanIndex((m.start, m.end) for m in mentions)
    want = "m" if word in {"he", "him", "his"} else "f"
    for m in _DESCRIPTION.finditer(text, floor, pronoun.start):
        noun = m["noun"].lower()
        if not (_AGE.fullmatch(noun) or noun in _PERSON_DESCRIPTIONS):
            continue
        if quoted.overlaps(m.start(), m.end()) or own.overlaps(m.start(), m.end()):
            continue  # a description in a quotation, or one the analysis ties to the speaker
        if GENDERED_ROLES.get(noun) not in (None, "", want):
            continue  # "The woman" is no reading of "he"
        if not _tied(analysis, speaker, noun, names):
            return True
    return False


# --- names that are no one's -------------------------------------------------------------
_CASE = re.compile(r"\s(?:v|vs|versus)\.?\s", re.I)
#: Last words of a newspaper's or a magazine's name ("New York Daily News", "The Denver
#: Post", "Chicago Tribune").
_OUTLET_HEADS = frozenset(
    """news times post journal herald tribune gazette telegraph chronicle inquirer examiner
    magazine newspaper courier bulletin observer""".split()
)


def case_name(speaker: Source) -> bool:
    """The credit is a court case's name ("Trump v. Trump", "Roe vs. Wade"), not a person's."""
    return _CASE.search(speaker.name) is not None


def outlet_shaped(speaker: Source) -> bool:
    """The credit is an organisation whose name ends like a newspaper's ("New York Daily
    News", "The Denver Post"): an outlet the alias table does not list. A person's name is
    never read so ("Emily Post")."""
    words = speaker.name.split()
    return (
        speaker.kind not in {"person", "outlet"}
        and len(words) >= 2
        and words[-1].lower().strip(".,'’") in _OUTLET_HEADS
        and all(w[:1].isupper() for w in words)
    )
