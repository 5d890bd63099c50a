"""Who a speaker mention refers to: names, pronouns, titles and descriptions.

A light mention-clustering of our own on spaCy's parse (``coreferee`` needs a model that is
downloaded from GitHub at install time, which is not possible offline):

* a mention that covers a named-entity mention takes that entity's cluster;
* "he"/"she" → the last person who spoke, else the nearest preceding person mention,
  preferring subjects; "they"/"it"/"we" → the last organisation or group mention;
* "who"/"which"/"that" in a relative clause → the noun the clause modifies;
* a definite title ("the prime minister", "the senator") → the nearest preceding person
  introduced with that title ("prime minister Adel Abdul-Mahdi", "X, the prime minister,");
* a definite description ("the officials") → the nearest preceding noun phrase with the
  same head noun ("unnamed American military officials"), whose text becomes the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from topline.analyze.aliases import alias_table
from topline.model import EntityCluster, Source, Span

#: Head nouns of people named by their office.
TITLE_NOUNS = frozenset(
    "president minister premier senator governor mayor secretary spokesman spokeswoman "
    "spokesperson chairman chairwoman chair ceo executive director chief official officer "
    "general commander ambassador lawmaker congressman congresswoman representative leader "
    "candidate nominee judge justice attorney prosecutor adviser advisor aide manager "
    "chancellor king queen prince pope sheriff superintendent commissioner".split()
)
#: Head nouns of sources that are deliberately not named.
UNNAMED_NOUNS = frozenset(
    "official source person people aide adviser advisor insider diplomat expert analyst "
    "witness resident critic supporter observer officer staffer member".split()
)
DOCUMENT_NOUNS = frozenset(
    "report statement study survey poll document filing letter memo complaint lawsuit "
    "indictment ruling release data analysis paper article book email tweet post video".split()
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it", "we"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
#: How far back (in characters) a pronoun or description may find its antecedent.
ANTECEDENT_WINDOW = 3000
#: Characters before a person mention searched for its title ("prime minister X").
TITLE_WINDOW = 40
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_NP_LEFT_DEPS = frozenset(
    {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "punct"}
)
_NP_RIGHT_PREPS = frozenset({"of", "for", "at", "from", "with", "in", "on"})


@dataclass
class SpeakerResolver:
    """Resolves speaker mentions of one document; remembers who spoke last."""

    doc: Doc
    clusters: tuple[EntityCluster, ...]
    last_person: tuple[int, Source] | None = None
    last_group: tuple[int, Source] | None = None
    _by_start: list[tuple[int, int, EntityCluster]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_start = sorted(
            ((s.start, s.end, c) for c in self.clusters for s in c.mentions), key=lambda t: t[0]
        )
        self._gender: dict[str, str] = {}
        for s, _e, c in self._by_start:
            if c.label == "PERSON":
                match = _HONORIFIC.search(self.doc.text, max(0, s - 8), s)
                if match:
                    self._gender.setdefault(c.id, "m" if match.group(1) == "Mr" else "f")

    def _compatible(self, cluster: str | None, pronoun: str) -> bool:
        want = "m" if pronoun in {"he", "him"} else "f"
        return cluster is None or self._gender.get(cluster, want) == want

    # --- public -------------------------------------------------------------------

    def resolve(self, head_i: int) -> Source:
        """The source for the noun phrase headed by token ``head_i``."""
        head = self.doc[head_i]
        start, end = noun_phrase(head)
        span = Span(start, end)
        src = self._resolve(head, span)
        if src.kind == "person":
            self.last_person = (start, src)
        elif src.kind in {"organization", "outlet", "unnamed", "official"}:
            self.last_group = (start, src)
        return src

    # --- cases --------------------------------------------------------------------

    def _resolve(self, head: Token, span: Span) -> Source:
        low = head.lower_
        if low in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            return self.resolve(head.head.head.i)
        if low in PERSON_PRONOUNS:
            found = self._pronoun_person(span, low)
            return found or Source(name=head.text, span=span, kind="unnamed")
        if low in GROUP_PRONOUNS:
            if self.last_group and span.start - self.last_group[0] < ANTECEDENT_WINDOW:
                prev = self.last_group[1]
                return Source(name=prev.name, span=span, cluster=prev.cluster, kind=prev.kind)
            return Source(name=head.text, span=span, kind="unnamed")
        cluster = self._cluster_in(span, head)
        if cluster is not None:
            return self._from_cluster(cluster, span)
        if head.pos_ == "PROPN":
            named = self._cluster_by_name(self.doc.text[span.start : span.end], span.start)
            if named is not None:
                return self._from_cluster(named, span)
        lemma = head.lemma_.lower()
        if lemma not in TITLE_NOUNS and head.lower_ in TITLE_NOUNS:
            lemma = head.lower_
        titled = head.pos_ in {"NOUN", "PROPN"} and lemma in TITLE_NOUNS
        if titled and _is_definite(head) and not head.tag_.endswith("S"):
            person = self._titled_person(lemma, span.start)
            if person is not None:
                return self._from_cluster(person, span)
        text = self.doc.text[span.start : span.end]
        entry = alias_table().lookup(text)
        if entry is not None:
            kind = "outlet" if entry.kind == "outlet" else "organization"
            return Source(name=entry.canonical, span=span, kind=kind)
        if head.pos_ == "NOUN" and _is_definite(head):
            earlier = self._earlier_description(head, span.start)
            if earlier is not None:
                return Source(name=earlier, span=span, kind=_description_kind(lemma))
        return Source(
            name=text, span=span, kind=_description_kind(lemma) if head.pos_ == "NOUN" else "other"
        )

    def _from_cluster(self, cluster: EntityCluster, span: Span) -> Source:
        if cluster.label == "PERSON":
            kind = "person"
        else:
            entry = alias_table().lookup(cluster.canonical)
            kind = "outlet" if entry is not None and entry.kind == "outlet" else "organization"
        return Source(name=cluster.canonical, span=span, cluster=cluster.id, kind=kind)

    def _cluster_in(self, span: Span, head: Token) -> EntityCluster | None:
        for s, e, c in self._by_start:
            if s >= span.end:
                break
            if span.start <= s and e <= span.end and s <= head.idx < e:
                return c
        return None

    def _cluster_by_name(self, name: str, before: int) -> EntityCluster | None:
        """A name the model did not tag, matched to a cluster's name, alias or surname."""
        words = name.split()
        found: EntityCluster | None = None
        for c in self.clusters:
            parts = c.canonical.split()
            if (
                name == c.canonical
                or name in c.aliases
                or (
                    c.label == "PERSON"
                    and len(parts) > len(words)
                    and parts[-len(words) :] == words
                )
            ):
                first = min(s.start for s in c.mentions)
                if first < before and (
                    found is None or first > min(s.start for s in found.mentions)
                ):
                    found = c
        return found

    def _pronoun_person(self, span: Span, pronoun: str) -> Source | None:
        """The last speaker, else the nearest person (subjects first), agreeing in gender.

        Gender is known only from honorifics in the article ("Mr. Reid", "Ms. White").
        """
        if self.last_person and span.start - self.last_person[0] < ANTECEDENT_WINDOW:
            prev = self.last_person[1]
            if self._compatible(prev.cluster, pronoun):
                return Source(name=prev.name, span=span, cluster=prev.cluster, kind="person")
        best: tuple[int, EntityCluster] | None = None
        for s, _e, c in self._by_start:
            if s >= span.start:
                break
            if (
                c.label == "PERSON"
                and span.start - s < ANTECEDENT_WINDOW
                and self._compatible(c.id, pronoun)
            ):
                subj = self._is_subject_at(s)
                if best is None or subj or not self._is_subject_at(best[0]):
                    best = (s, c)
        if best is None:
            return None
        return Source(name=best[1].canonical, span=span, cluster=best[1].id, kind="person")

    def _is_subject_at(self, char: int) -> bool:
        toks = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if toks is None:
            return False
        subj = {"nsubj", "nsubjpass"}
        return any(t.dep_ in subj or t.head.dep_ in subj for t in toks)

    def _titled_person(self, title: str, before: int) -> EntityCluster | None:
        text = self.doc.text
        found: EntityCluster | None = None
        for s, e, c in self._by_start:
            if s >= before:
                break
            if c.label != "PERSON":
                continue
            window = text[max(0, s - TITLE_WINDOW) : s].lower()
            after = text[e : e + TITLE_WINDOW].lower()
            if title in window.split() or (
                after.startswith(",") and title in after.split(",")[1].split()
            ):
                found = c
        return found

    def _earlier_description(self, head: Token, before: int) -> str | None:
        lemma = head.lemma_.lower()
        found = None
        for tok in self.doc:
            if tok.idx >= before:
                break
            if (
                tok.lemma_.lower() == lemma
                and tok.pos_ == "NOUN"
                and tok.tag_ == head.tag_
                and not _is_definite(tok)
            ):
                s, e = noun_phrase(tok)
                if e - s > len(tok.text):
                    found = self.doc.text[s:e]
        return found


def noun_phrase(head: Token) -> tuple[int, int]:
    """Character span of a speaker noun phrase.

    Modifiers left of the head; to the right, "of/for…" phrases and an apposition
    ("Bill Burton, a former press official"), but not a relative clause.
    """
    doc = head.doc
    lo = hi = head.i
    for child in head.lefts:
        if child.dep_ in _NP_LEFT_DEPS or child.dep_ == "compound":
            lo = min(lo, child.left_edge.i)
    for child in head.rights:
        nxt = child.left_edge.i
        if child.dep_ in {"compound", "flat"} and nxt == hi + 1:
            hi = child.i
        elif child.dep_ == "prep" and child.lower_ in _NP_RIGHT_PREPS and nxt == hi + 1:
            hi = child.right_edge.i
        elif child.dep_ == "appos" and doc[hi + 1 : nxt].text.strip() in {"", ","}:
            hi = child.right_edge.i
    while lo < hi and (doc[lo].is_punct or doc[lo].dep_ == "cc"):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].dep_ == "case"):
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _is_definite(tok: Token) -> bool:
    return any(
        c.dep_ in {"det", "poss"}
        and c.lower_ in {"the", "this", "these", "those", "that", "his", "her", "its", "their"}
        for c in tok.children
    )


def _description_kind(lemma: str) -> str:
    if lemma in {"official", "source", "person", "people", "insider", "aide"}:
        return "unnamed"
    if lemma in TITLE_NOUNS:
        return "official"
    if lemma in DOCUMENT_NOUNS:
        return "document"
    if lemma in UNNAMED_NOUNS:
        return "unnamed"
    return "other"
