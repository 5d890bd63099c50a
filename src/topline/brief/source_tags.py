"""Who says so, per bullet: the source tag of a sentence and whether the bullet shows it.

The source is the one whose attribution (or quote) covers most of the sentence, read only
from a cue that credits (:func:`~topline.brief.credit.credits`); a tag is shown only when
the bullet shows that source's claim or cue, or cut them off at its end
(:func:`claim_shown`). Words the reporter has from a named relay ("…, according to the
Fenwick Gazette") are tagged with the relay (:func:`_relayed_by`). Split out of :mod:`.compose` (tenth session) to keep it short.
"""

from __future__ import annotations

import re
from dataclasses import replace

from topline.brief.claim_rules import PRONOUNS, ROLE_HEADS
from topline.brief.compress import trailing_source
from topline.brief.context_rules import generic_source
from topline.brief.credit import (
    credits,
    opens_sentence,
    pronoun_credit_ok,
    whole_word,
    without_time,
)
from topline.brief.credit_clauses import refused, subordinate_mention
from topline.brief.editorial_rules import bad_source
from topline.model import Analysis, Source, Span


def attribution_for(analysis: Analysis, span: Span) -> Source | None:
    """:func:`credited` without the claim: the source of the sentence at ``span``."""
    found = credited(analysis, span)
    return found[0] if found is not None else None


def credited(analysis: Analysis, span: Span) -> tuple[Source, tuple[Span, ...]] | None:
    """The source of the attribution (or quote) that overlaps the sentence most.

    Only a cue of saying counts (:func:`~topline.brief.credit.saying_cue`: not "hopes",
    "intends", "would not disclose"). When the source that covers most of the sentence is
    not a source (a number or share, a pronoun, a clause: see
    :func:`~topline.brief.editorial_rules.bad_source`), names people in general ("People
    said …": :func:`~topline.brief.context_rules.generic_source`), is a pronoun resolved
    against the reader's reading (:func:`~topline.brief.credit.pronoun_credit_ok`), speaks
    only in a relative or subordinate clause, or is a place or a headline's name
    (:func:`~topline.brief.credit_clauses.refused`), no tag is shown: another clause's
    source would credit the wrong person.
    """
    text = analysis.article.text
    best: tuple[int, Source, Span, tuple[Span, ...]] | None = None
    # Only claims that overlap the sentence can be its source: test that (cheap) before the
    # cue (a reading of its words), so a long article does not read every cue per sentence.
    pairs = [
        (a.claim_span, a.source, a.claim_span, _present(a.claim_span, a.cue_span))
        for a in analysis.attributions
        if a.claim_span.start < span.end
        and span.start < a.claim_span.end
        and credits(text, a.source, a.cue_span)
    ]
    pairs += [
        (q.span, q.speaker, q.content_span, _present(q.content_span, q.cue_span))
        for q in analysis.quotes
        if q.speaker is not None
        and q.span.start < span.end
        and span.start < q.span.end
        and credits(text, q.speaker, q.cue_span)
    ]
    for claim, source, content, where in pairs:
        overlap = min(claim.end, span.end) - max(claim.start, span.start)
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, source, content, where)
    if best:
        _, source, content, _ = best
        relay = _relayed_by(text, best[3], pairs)
        if relay is not None:
            source, content = relay
        # the source's claims and cues in the sentence ("Liu said that …, warning: …"): the
        # bullet may show one and leave out another
        where = tuple(w for _, other, _, ws in pairs if _same_source(other, source) for w in ws)
        cue = best[3][-1] if len(best[3]) > 1 and relay is None else None
        source = _named_before_apposition(text, source)
        if cue is not None:
            source = _joined(text, source, cue, pairs)  # before the checks: "… of state and"
        if (
            bad_source(source.name)
            or refused(analysis, source, cue)
            or generic_source(source.name, text, source.span)
            or not pronoun_credit_ok(analysis, source, content)
        ):
            return None  # the sentence's own source is nobody: no other clause's instead
        return tag_form(text, without_time(text, whole_word(text, source))), where
    trailing = trailing_source(text, span)
    if trailing is None:
        return None
    name = trailing.of(text)
    if bad_source(name) or generic_source(name, text, trailing):
        return None
    return Source(name=name, span=trailing, kind="other"), ()


#: An article opening a tag: "An RSPCA spokesman", "The Sun".
_ARTICLE = re.compile(r"^(?:The|An?) ")
_INDEFINITE = re.compile(r"^(?:an?) ", re.I)


def tag_form(text: str, source: Source) -> Source:
    """The tag as an editor writes it in running text: a description with its article in
    lower case ("An RSPCA spokesman" → "an RSPCA spokesman", as "the president" is), and a
    name the text writes after "the" with it ("The Sun reported" tagged "Sun" → "the Sun",
    "the New York Times"), and a description the text writes with "the" so too ("The court
    was told" is not "a court"). Names keep their capitals ("The Hague Group" stays whole), and
    so does a description whose head is no role, body or document
    (:func:`~topline.brief.editorial_rules.bad_source` reads those: "The video")."""
    name = source.name
    words = name.split()
    if _sentence_capital(text, source):
        return replace(source, name=name[0].lower() + name[1:])  # "Officials" → "officials"
    if _ARTICLE.match(name) and words[-1][:1].islower():
        lowered = name[0].lower() + name[1:]
        # "The video" stays: a lower-case tag must name a role, body or document
        return source if bad_source(lowered) else replace(source, name=lowered)
    span = source.span
    mention = span.of(text).strip() if span is not None else ""
    if not mention.lower().startswith("the "):
        return source
    if not _ARTICLE.match(name) and name[:1].isupper() and mention[4:] == name:
        return replace(source, name="the " + name)
    indefinite = _INDEFINITE.match(name)
    if indefinite is not None and mention[4:].lower() == name[indefinite.end() :].lower():
        return replace(source, name="the " + mention[4:])  # "the manager", not "a manager"
    return source


def _sentence_capital(text: str, source: Source) -> bool:
    """The tag is a role or body noun capitalised only because it opens a sentence
    ("Officials have said …", "Police said …", "Witnesses in the square told …"): its first
    word a role head, the rest in lower case, its mention written so at a sentence's start.
    A name keeps its capitals ("Police Scotland", "Reporters Without Borders")."""
    name, span = source.name, source.span
    words = name.split()
    if not words or not words[0][:1].isupper() or words[0].lower() not in ROLE_HEADS:
        return False
    if any(w[:1].isupper() for w in words[1:]) or span is None:
        return False
    if not span.of(text).startswith(name):
        return False
    return opens_sentence(text, span.start) and not bad_source(name[0].lower() + name[1:])


#: A relay's cue: the reporter's source for what someone else said.
_RELAY_CUE = re.compile(r"^according\s+to\b", re.I)
_NAMES = re.compile(r"\b[A-Z][a-z]")


def _relayed_by(
    text: str,
    speaker: tuple[Span, ...],
    pairs: list[tuple[Span, Source, Span, tuple[Span, ...]]],
) -> tuple[Source, Span] | None:
    """The named relay of a speaker's words ("Ann Hale said the island would appeal,
    according to the Fenwick Gazette"): an "according to" attribution whose claim holds
    the speaker's cue, from a source that names someone (an outlet, an agency, a person:
    "according to a statement" names no one). The reporter has the words second-hand, and
    the relay is who says so; the speaker stays in the bullet's own words."""
    cue = speaker[-1] if len(speaker) > 1 else None
    if cue is None:
        return None
    for claim, source, content, where in pairs:
        relay_cue = where[-1] if len(where) > 1 else None
        if (
            relay_cue is not None
            and _RELAY_CUE.match(relay_cue.of(text))
            and claim.start <= cue.start
            and cue.end <= claim.end
            and _NAMES.search(source.name)
        ):
            return source, content
    return None


#: A name and the apposition after it: "ACT Inc, an Iowa-based non-profit that ran the
#: test", "Acme, the maker of the pumps".
_APPOSITION = re.compile(
    r"^(?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)*), (?!(?:and|or|but|nor)\b)[a-z]"
)


def _named_before_apposition(text: str, source: Source) -> Source:
    """The source's name without the description in apposition after it ("ACT Inc, an
    Iowa-based non-profit organisation that was operating the test" → "ACT Inc"): the tag
    names who, the bullet says what they are. Unchanged unless the name is capitalised
    words and what follows its comma opens with an article or a lower-case word."""
    match = _APPOSITION.match(source.name)
    if match is None:
        return source
    name = match["name"]
    span = source.span
    if span is not None and span.of(text).startswith(name):
        span = Span(span.start, span.start + len(name))
    return replace(source, name=name, span=span)


#: A comma right before the first of two joined subjects: the last two of a list.
_LIST_BEFORE = re.compile(r"\w,\s+$")
#: "and" ending a subject cut short ("the former secretary of state and").
_AND_END = re.compile(r"\s+(?:and|&)$")
#: What joins two subjects of one cue: "Cyber security experts and U.S. officials said".
_JOINING = frozenset({" and ", " & "})


def _joined(
    text: str,
    source: Source,
    cue: Span,
    pairs: list[tuple[Span, Source, Span, tuple[Span, ...]]],
) -> Source:
    """``source`` and another subject of the same cue joined to it by "and"
    ("Cyber security experts and U.S. officials, however, said …": the analysis credits
    each): the tag names both, as the text does, not one of them. Unchanged when there is
    no such subject, or when either mention is a pronoun."""
    span = source.span
    if span is None or span.of(text).strip().lower() in PRONOUNS:
        return source
    for _, other, _, where in pairs:
        o = other.span
        if o is None or len(where) < 2 or where[-1] != cue:
            continue
        if o.of(text).strip().lower() in PRONOUNS:
            continue
        if _joins(text, span, o) or _joins(text, o, span):
            joined = Span(min(span.start, o.start), max(span.end, o.end))
            if _LIST_BEFORE.search(text, max(joined.start - 3, 0), joined.start) or any(
                bad_source(_AND_END.sub("", part.name)) for part in (source, other)
            ):
                return source  # "The family, protesters and civic leaders": one of three
            name = joined.of(text)
            if name.startswith("The ") and not source.name.startswith("The "):
                name = "t" + name[1:]  # "The United Nations and European Union stressed"
            if not bad_source(name):
                return replace(source, name=name, span=joined)
    return source


def _joins(text: str, first: Span, second: Span) -> bool:
    """``second`` follows ``first`` past "and" ("experts and officials"), or past a space
    when ``first`` already ends with "and" (a mention cut as "the former secretary of
    state and")."""
    gap = text[first.end : second.start]
    if gap in _JOINING:
        return True
    return gap == " " and first.of(text).rstrip().endswith((" and", " &"))


def _same_source(a: Source, b: Source) -> bool:
    return a.cluster == b.cluster if a.cluster is not None else a.name == b.name


def _present(claim: Span, cue: Span | None) -> tuple[Span, ...]:
    return (claim,) if cue is None else (claim, cue)


def claim_shown(
    where: tuple[Span, ...], shown: tuple[Span, ...], *, subordinate: bool = False
) -> bool:
    """The source's claims and cues (``where``) are shown, at least in part, or lie in a
    trailing clause the bullet cut off (", arguing that …", ", saying …": the main clause's
    subject is still the one who spoke). A claim and cue only inside a clause left out
    between the shown pieces ("Assange, who denies the accusation, has avoided extradition
    …" shown without its relative clause) do not make their source the bullet's source. A
    source read from a trailing clause (nothing in ``where``) covers the sentence. When the
    source is mentioned in a subordinate clause (``subordinate``: "…, though … he used
    stronger language, saying …"; :func:`~topline.brief.credit_clauses.subordinate_mention`)
    a claim cut off is no claim of the bullet: the main clause's subject is someone else's
    or no one's."""
    if not where or not shown:
        return True
    end = shown[-1].end
    return any(
        (w.start >= end and not subordinate)
        or any(w.start < s.end and s.start < w.end for s in shown)
        for w in where
    )


def shown_credit(
    analysis: Analysis, found: tuple[Source, tuple[Span, ...]], shown: tuple[Span, ...]
) -> bool:
    """:func:`claim_shown` for a credit of :func:`credited`, the source's mention read for
    a subordinate clause."""
    source, where = found
    subordinate = source.span is not None and subordinate_mention(analysis, source.span)
    return claim_shown(where, shown, subordinate=subordinate)
