"""Which people each sentence names in full, and which it opens with by a bare surname.

News style names a person in full at first reference and by surname after (AP and Reuters
style). The brief shows a few sentences out of their article, so an element that opens
with a bare surname needs an earlier element naming that person in full
(:mod:`topline.brief.refs`). This reading of the analysis's entity clusters is made once per
article, when :func:`topline.brief.features.sentence_views` builds the sentence views; it
lives apart from :mod:`topline.brief.refs` because the views are built before any element
is chosen and the checks in ``refs`` read the views (one-way imports).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from topline.model import Analysis, Span

#: A courtesy title before a surname ("Mr. Comey", "Dr Vargas"): a bare surname all the same.
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+")
#: What may come before a surname that opens the sentence as its subject or its possessor:
#: a quotation mark, a connective, a courtesy title ("But Mr. Comey …", "Calabrese's …").
#: Matched from the sentence's start (``match``'s ``pos``) to the mention's (``endpos``).
_OPENING = re.compile(
    r"\W{0,2}(?:(?:But|And|Yet|So|Still|Then|Now|However,|Meanwhile,)\s+)?"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$"
)


def name_mentions(
    analysis: Analysis, spans: Sequence[Span]
) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """For each sentence span: the people it names in full (their cluster ids), and the
    people it opens with by a bare surname although an earlier sentence named them in full.

    A mention is *in full* when it has more words than one (after a courtesy title); *bare*
    when it is the last word of its cluster's canonical name alone ("Calabrese" of "Rob
    Calabrese", "Mr. Comey" of "James B. Comey"; a pronoun or a first name the cluster kept is
    neither) and opens the sentence (:data:`_OPENING`): the subject the reader must place.
    A bare mention counts only after the article's first full mention of that person: before
    it, the text itself leaves the name bare (the writer's choice, which the brief keeps)."""
    starts = [s.start for s in spans]
    full: list[set[str]] = [set() for _ in spans]
    bare: list[set[str]] = [set() for _ in spans]
    text = analysis.article.text
    for cluster in analysis.clusters:
        if cluster.label != "PERSON" or len(cluster.mentions) < 2 or " " not in cluster.canonical:
            continue  # one mention cannot be named in full first and bare after
        surname = cluster.canonical.rsplit(None, 1)[-1]
        first_full: int | None = None
        for mention in sorted(cluster.mentions, key=lambda m: m.start):
            k = bisect.bisect_right(starts, mention.start) - 1
            if k < 0 or mention.start >= spans[k].end:
                continue  # outside every sentence (a headline kept apart)
            name = text[mention.start : mention.end]
            if " " in name and _TITLE.match(name):
                name = _TITLE.sub("", name)
            if " " in name.strip():
                full[k].add(cluster.id)
                if first_full is None:
                    first_full = k
            elif (
                first_full is not None
                and first_full < k
                and name == surname
                and _OPENING.match(text, spans[k].start, mention.start)
            ):
                bare[k].add(cluster.id)
    return [frozenset(f) for f in full], [frozenset(b - f) for b, f in zip(bare, full, strict=True)]
