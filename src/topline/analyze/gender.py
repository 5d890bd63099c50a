"""The grammatical gender of each person cluster, learned from the article itself.

Pronoun resolution needs to know that "he" cannot be Martha Greene. Names alone do not say
(and a first-name list would be a guess about people, not a reading of the text), so the
evidence is what the article writes about the person:

* an honorific before a mention ("Mr. Reid", "Ms. White", "Sir Keir", "Lady Hale");
* a gendered role noun in apposition or as a title ("his wife, Ana Ruiz", "actress Jane
  Doe", "Tom Ford, the chairman,", "Ruiz, a mother of three", "Hewlett, son of …");
* a third-person pronoun that can only mean that person: "he"/"she"/"his"/"her" whose
  sentence (before it) or, failing that, previous sentence names exactly one person, as a
  subject, with no other person nearby (or only people whose gender is known to differ);
  or the subject of the pronoun's own or next-higher clause ("Berg said she would").
  Pronouns and names inside quotation marks are ignored (a quoted "he" is usually someone
  else), and so are bare surnames two people share.

Strong evidence (honorific, role noun) outweighs pronouns; a tie leaves the gender unknown,
and an unknown gender is compatible with any pronoun.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from topline.analyze.intervals import CharRanges, SpanIndex
from topline.analyze.quote_marks import find_quote_regions
from topline.honorifics import honorific_gender_before, line_before
from topline.model import Entity, EntityCluster, Span
from topline.nlp import doc_ents, doc_sents, doc_text, token_table

# --- tunable vocabulary and weights ------------------------------------------------------

MALE_NOUNS = frozenset(
    "man boy father son husband brother uncle nephew grandfather grandson stepfather stepson "
    "dad king prince duke emperor actor chairman spokesman congressman businessman "
    "councilman alderman sportsman boyfriend fiancé fiance widower monk gentleman "
    "headmaster waiter steward policeman fireman anchorman countryman "
    "schoolboy father-in-law son-in-law brother-in-law".split()
)
FEMALE_NOUNS = frozenset(
    "woman girl mother daughter wife sister aunt niece grandmother granddaughter stepmother "
    "stepdaughter mom mum queen princess duchess empress actress chairwoman spokeswoman "
    "congresswoman businesswoman councilwoman alderwoman sportswoman girlfriend fiancée "
    "fiancee widow nun lady headmistress waitress stewardess policewoman heiress hostess "
    "schoolgirl mother-in-law daughter-in-law sister-in-law".split()
)
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_PRONOUN_GENDER = {**dict.fromkeys(MALE_PRONOUNS, "m"), **dict.fromkeys(FEMALE_PRONOUNS, "f")}
#: Votes per piece of evidence: a title or role noun is worth several pronouns.
STRONG_VOTE = 3
PRONOUN_VOTE = 1
#: One gender must have more than this many times the other's votes; else unknown.
DECISIVE_RATIO = 2
#: Characters around a mention searched for an honorific or a role noun.
ROLE_WINDOW = 60

_WORD = r"[A-Za-zÀ-ÿ'’-]+"
_ROLE_BEFORE = re.compile(r"\b(" + _WORD + r")\s*,?\s*$")
_ROLE_AFTER = re.compile(
    r"^\s*,\s*(?:the|a|an|his|her|their|its|" + _WORD + r"['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(" + _WORD + r")\b(?!['’]s)"
    r"(?=\s*(?:[,.;:)]|of\b|and\b|who\b|$))"
)
#: A role noun right after the comma, with no article, before "of": "Walter Hewlett, son of
#: HP's co-founder", "Ana Ruiz, mother of three" (a headline-style apposition).
_ROLE_OF_AFTER = re.compile(r"^\s*,\s*(" + _WORD + r")\s+of\b")
_QUOTE_OPEN = '“"«„'


def _word_gender(word: str) -> str | None:
    low = word.lower().strip(".")
    if low in MALE_NOUNS:
        return "m"
    if low in FEMALE_NOUNS:
        return "f"
    return None


def _line_before(text: str, start: int) -> str:
    return line_before(text, start, ROLE_WINDOW)


def strong_evidence(text: str, mention: Span) -> str | None:
    """Honorific or role noun touching the mention, or None."""
    if g := honorific_gender_before(text, mention.start):
        return g
    before = _line_before(text, mention.start)
    m = _ROLE_BEFORE.search(before)
    if m and (g := _word_gender(m.group(1))):
        return g
    after = text[mention.end : mention.end + ROLE_WINDOW].split("\n", 1)[0]
    m = _ROLE_AFTER.match(after) or _ROLE_OF_AFTER.match(after)
    if m and (g := _word_gender(m.group(1))):
        return g
    return None


def _quoted_chars(text: str) -> list[tuple[int, int]]:
    return [(r.start, r.end) for r in find_quote_regions(text) if not r.single]


#: ``doc.user_data`` key of :func:`person_mentions`' result (the clusters it was made for, and
#: the mentions): the speaker resolver and :func:`infer_genders` both ask for it.
MENTIONS_KEY = "topline.person_mentions"


def person_mentions(doc: Doc, clusters: Sequence[EntityCluster]) -> list[tuple[Span, str]]:
    """Mentions of person clusters, with the surnames the model did not tag, in text order.

    The small model misses many repeated surnames ("Hale, the chairman, disagreed"); a
    capitalised proper-noun token equal to a person's last name is counted as a mention.
    Made once per document and clusters (kept in ``doc.user_data``).
    """
    key = _clusters_key(clusters)
    cached = doc.user_data.get(MENTIONS_KEY)
    if cached is not None and cached[0] == key:
        return list(cached[1])
    found = _person_mentions(doc, clusters)
    doc.user_data[MENTIONS_KEY] = (key, tuple(found))
    return found


def _clusters_key(
    clusters: Sequence[EntityCluster],
) -> tuple[tuple[str, str, tuple[Span, ...]], ...]:
    """What the mentions and genders depend on: the clusters without their ``gender`` (the
    clusters the analysis stores carry it, and must find the same cached answer)."""
    return tuple((c.id, c.label, c.mentions) for c in clusters)


def _person_mentions(doc: Doc, clusters: Sequence[EntityCluster]) -> list[tuple[Span, str]]:
    found: dict[int, tuple[Span, str]] = {}
    for c in clusters:
        if c.label != "PERSON":
            continue
        for m in c.mentions:
            found[m.start] = (m, c.id)
    covered = CharRanges((m.start, m.end) for m, _ in found.values())
    surnames: dict[str, str | None] = {}
    for c in clusters:
        if c.label == "PERSON" and len(c.canonical.split()) > 1:
            last = c.canonical.split()[-1]
            surnames[last] = None if last in surnames else c.id  # shared surname: ambiguous
    table = token_table(doc)
    words = table.text
    # Only the tokens spelt like a surname are looked at (a comprehension over the column,
    # not a loop body per token).
    for i in [i for i, word in enumerate(words) if word in surnames] if surnames else []:
        word = words[i]
        cid = surnames[word]
        idx = table.idx[i]
        if cid is None or table.pos[i] != "PROPN" or idx in found:
            continue
        if idx in covered:  # inside a tagged mention: one bisection, not a scan of them all
            continue
        found[idx] = (Span(idx, idx + len(word)), cid)
    return [found[k] for k in sorted(found)]


#: ``doc.user_data`` key of :func:`infer_genders`' result (made once per document: the
#: entities step stores it on the clusters, the speaker resolver asks again).
GENDERS_KEY = "topline.genders"


def with_genders(
    doc: Doc, entities: tuple[Entity, ...], clusters: tuple[EntityCluster, ...]
) -> tuple[tuple[Entity, ...], tuple[EntityCluster, ...]]:
    """The entities step's result with each person cluster's gender stored on it, so that a
    reader of the analysis (the brief's credit check of "he said") can use it."""
    genders = infer_genders(doc, clusters)
    if not genders:
        return entities, clusters
    return entities, tuple(
        replace(c, gender=genders[c.id]) if c.id in genders else c for c in clusters
    )


def infer_genders(doc: Doc, clusters: Sequence[EntityCluster]) -> dict[str, str]:
    """Cluster id → "m" or "f" for the person clusters whose gender the article shows.
    Made once per document and clusters (kept in ``doc.user_data``)."""
    key = _clusters_key(clusters)
    cached = doc.user_data.get(GENDERS_KEY)
    if cached is not None and cached[0] == key:
        return dict(cached[1])
    found = _infer_genders(doc, clusters)
    doc.user_data[GENDERS_KEY] = (key, dict(found))
    return found


def _infer_genders(doc: Doc, clusters: Sequence[EntityCluster]) -> dict[str, str]:
    text = doc_text(doc)
    mentions = person_mentions(doc, clusters)
    votes: dict[str, dict[str, int]] = defaultdict(lambda: {"m": 0, "f": 0})
    for span, cid in mentions:
        g = strong_evidence(text, span)
        if g:
            votes[cid][g] += STRONG_VOTE
    sents = list(doc_sents(doc))
    quoted = _quoted_chars(text)
    inside_quote = _Inside(quoted)
    shared = _shared_surnames(clusters)
    mentions = [  # unquoted, and not a bare surname two people share ("Trump")
        (m, cid) for m, cid in mentions if not inside_quote(m.start) and m.of(text) not in shared
    ]
    subjects = {m.start for m, _ in mentions if _is_subject(doc, m)}
    blockers = _other_people(doc, shared, mentions)
    # Mentions (in text order) and blockers by offset: the windows below are bisected, not
    # scanned per pronoun (that was quadratic in the article's length).
    starts = [m.start for m, _ in mentions]
    blocked = sorted((int(b[1:]), b) for b in blockers)
    blocked_at = [k for k, _ in blocked]
    table = token_table(doc)
    holding = SpanIndex((m.start, m.end) for m, _ in mentions)  # ``mentions`` is text-ordered

    def mention_at(char: int) -> str | None:
        """The cluster of the first mention holding ``char``."""
        k = holding.first_holding(char)
        return None if k is None else mentions[k][1]

    def cids(lo: int, hi: int) -> set[str]:
        """Clusters mentioned at offsets [lo, hi)."""
        return {
            cid
            for _, cid in mentions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
        }

    def blockers_in(lo: int, hi: int) -> set[str]:
        """Blockers at offsets [lo, hi)."""
        return {
            b
            for _, b in blocked[
                bisect.bisect_left(blocked_at, lo) : bisect.bisect_left(blocked_at, hi)
            ]
        }

    # What each pronoun says does not depend on the genders known so far, except the last
    # test (every other person nearby is known to be of the other gender): it is read once,
    # in text order, and only that test is made again in each pass.
    sent_tokens = [sent.start for sent in sents]
    sent_chars = [sent.start_char for sent in sents]
    evidence: list[tuple[str, str, set[str] | None]] = []  # (cluster, gender, others or None)
    gendered = [(t, g) for t, low in enumerate(table.lower) if (g := _PRONOUN_GENDER.get(low))]
    for t, g in gendered:
        if inside_quote(table.idx[t]):
            continue
        i = bisect.bisect_right(sent_tokens, t) - 1
        sent_start = sent_chars[i]
        prev_start = sent_chars[i - 1] if i else sent_start
        tok = doc[t]
        in_sent = cids(sent_start, tok.idx)
        in_sent |= blockers_in(sent_start, tok.idx)
        bound = _binding_subject(tok, mention_at)
        if len(in_sent) == 1 and bound in in_sent:
            evidence.append((bound, g, None))  # "Berg said she would …"
            continue
        if len(in_sent) > 1:
            continue
        window = in_sent or cids(prev_start, sent_start)
        if len(window) != 1:
            continue
        (cid,) = window
        lo = sent_start if in_sent else prev_start
        if not any(
            c == cid and m.start in subjects
            for m, c in mentions[
                bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, tok.idx)
            ]
        ):
            continue  # "… enthusiasm for Trump …: she said" says nothing of Trump
        others = cids(prev_start, tok.idx) - window
        others |= blockers_in(prev_start, tok.idx)
        evidence.append((cid, g, others))

    known = _decide(votes)
    for _ in range(2):  # a second pass may use genders the first pass found
        pronoun_votes: dict[str, dict[str, int]] = defaultdict(lambda: {"m": 0, "f": 0})
        for cid, g, nearby in evidence:
            if nearby is None or all(o in known and known[o] != g for o in nearby):
                pronoun_votes[cid][g] += PRONOUN_VOTE
        merged: dict[str, dict[str, int]] = defaultdict(lambda: {"m": 0, "f": 0})
        for source in (votes, pronoun_votes):
            for cid, v in source.items():
                merged[cid]["m"] += v["m"]
                merged[cid]["f"] += v["f"]
        known = _decide(merged)
    return known


def _other_people(doc: Doc, shared: set[str], mentions: list[tuple[Span, str]]) -> set[str]:
    """People who block a pronoun's evidence without receiving it, as "?<offset>".

    A surname two people share ("Scott") and a person the model tagged outside any cluster.
    """
    known = sorted({m.start for m, _ in mentions})
    table = token_table(doc)
    out = (  # most articles have no shared surname: then no pass over the tokens
        {
            f"?{idx}"
            for idx, word, pos in zip(table.idx, table.text, table.pos, strict=True)
            if word in shared and pos == "PROPN"
        }
        if shared
        else set()
    )

    def holds_known(start: int, end: int) -> bool:
        at = bisect.bisect_left(known, start)
        return at < len(known) and known[at] < end

    out |= {
        f"?{e.start_char}"
        for e in doc_ents(doc)
        if e.label_ == "PERSON" and not holds_known(e.start_char, e.end_char)
    }
    return out


def _shared_surnames(clusters: Sequence[EntityCluster]) -> set[str]:
    seen: dict[str, int] = defaultdict(int)
    for c in clusters:
        if c.label == "PERSON" and len(c.canonical.split()) > 1:
            seen[c.canonical.split()[-1]] += 1
    return {name for name, n in seen.items() if n > 1}


class _Inside:
    """Whether a character lies strictly inside one of ``regions`` (``a < char < b``), by
    bisection: regions sorted by start, with the furthest end among those starting before
    each point (regions may overlap). A scan of every region per pronoun was quadratic."""

    def __init__(self, regions: list[tuple[int, int]]) -> None:
        ordered = sorted(regions)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []
        for _, b in ordered:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def __call__(self, char: int) -> bool:
        k = bisect.bisect_left(self.starts, char)  # regions with a < char
        return k > 0 and self.reach[k - 1] > char


def _is_subject(doc: Doc, mention: Span) -> bool:
    """Is the mention a subject, or in apposition to one ("A volunteer, Jo Park, arrived")?"""
    toks = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if toks is None:
        return False
    root = toks.root
    subj = {"nsubj", "nsubjpass"}
    return root.dep_ in subj or (root.dep_ == "appos" and root.head.dep_ in subj)


def _binding_subject(pronoun: Token, mention_at: Callable[[int], str | None]) -> str | None:
    """The person who is the subject of the pronoun's verb, or of the verb one clause up.

    "Berg said she would", "Greene opened her bindery". Only one clause is climbed, and never
    out of a relative clause or an apposition: in "Lee thanked the mayor, who praised his
    team" or "Trump, her opponent, said" the pronoun is about someone else. ``mention_at``
    gives the person mentioned at a character (an index, not a scan of every mention per
    pronoun: that was quadratic in the article's length).
    """
    node = pronoun.head if pronoun.dep_ == "poss" else pronoun
    if node is not pronoun and node.dep_ in {"appos", "conj"}:
        return None
    verb = node if node is not pronoun and node.pos_ in {"VERB", "AUX"} else node.head
    if verb.dep_ == "prep":
        verb = verb.head
    for _ in range(2):
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        for child in verb.children:
            if child.dep_ == "nsubj" and child.i < pronoun.i and child is not pronoun:
                return mention_at(child.idx)  # None: the subject is not a person we know
        if verb.dep_ not in {"ccomp", "xcomp", "advcl", "conj"}:
            return None
        verb = verb.head
    return None


def _decide(votes: dict[str, dict[str, int]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for cid, v in votes.items():
        if v["m"] > DECISIVE_RATIO * v["f"]:
            out[cid] = "m"
        elif v["f"] > DECISIVE_RATIO * v["m"]:
            out[cid] = "f"
    return out
