"""Who a speaker mention refers to: names, pronouns, titles and descriptions.

A light mention-clustering of our own on spaCy's parse (``coreferee`` needs a model that is
downloaded from GitHub at install time, which is not possible offline):

* a mention that covers a named-entity mention takes that entity's cluster;
* "he"/"she" → a person of compatible gender (learned from the article, see
  :mod:`topline.analyze.gender`): the last speaker, unless a newer compatible person has
  been introduced as a main-clause subject just before; else the nearest preceding person
  mention, preferring subjects; names inside quotes are never antecedents;
* "they"/"it"/"we" → the last organisation or group that spoke, else the nearest group
  subject of the last sentences ("The city council voted. They said …");
* "who"/"which"/"that" in a relative clause → the noun the clause modifies;
* a definite title ("the prime minister", "the senator") → the nearest preceding person
  introduced with that title ("prime minister Adel Abdul-Mahdi", "X, the prime minister,");
* a definite description ("the officials") → the nearest preceding noun phrase with the
  same head noun ("unnamed American military officials"), whose text becomes the name.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from topline.analyze.aliases import alias_table
from topline.analyze.gender import infer_genders, person_mentions
from topline.analyze.intervals import CharRanges
from topline.analyze.quote_marks import find_quote_regions
from topline.analyze.source_nouns import DOCUMENT_NOUNS, GROUP_NOUNS, TITLE_NOUNS, UNNAMED_NOUNS
from topline.analyze.source_spans import noun_phrase
from topline.analyze.speaker_sender import issued_by
from topline.model import EntityCluster, Source, Span
from topline.nlp import doc_sents, doc_text, token_table

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it", "we"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
#: How far back (in characters) a pronoun or description may find its antecedent.
ANTECEDENT_WINDOW = 3000
#: Sentences back searched for a "they"/"it" antecedent when no group was quoted before.
RECENT_SENTENCES = 2
#: Characters before a person mention searched for its title ("prime minister X").
TITLE_WINDOW = 40


@dataclass
class SpeakerResolver:
    """Resolves speaker mentions of one document; remembers who spoke last."""

    doc: Doc
    clusters: tuple[EntityCluster, ...]
    last_person: tuple[int, Source] | None = None
    last_group: tuple[int, Source] | None = None
    _by_start: list[tuple[int, int, EntityCluster]] = field(default_factory=list)
    _titles: dict[str, tuple[list[int], list[EntityCluster]]] | None = None

    def __post_init__(self) -> None:
        self._by_start = sorted(
            ((s.start, s.end, c) for c in self.clusters for s in c.mentions), key=lambda t: t[0]
        )
        self._starts = [s for s, _, _ in self._by_start]
        self._gender = infer_genders(self.doc, self.clusters)
        quoted = CharRanges.open(
            (r.start, r.end) for r in find_quote_regions(doc_text(self.doc)) if not r.single
        )
        self._people = [  # a name inside someone's quote is not who "he" is
            (m, cid) for m, cid in person_mentions(self.doc, self.clusters) if m.start not in quoted
        ]
        self._people_starts = [m.start for m, _ in self._people]  # text order
        self._people_by_cluster: dict[str | None, list[int]] = {}
        for m, cid in self._people:
            self._people_by_cluster.setdefault(cid, []).append(m.start)
        self._by_id = {c.id: c for c in self.clusters}
        self._sent_starts = [sent.start_char for sent in doc_sents(self.doc)]

    def _compatible(self, cluster: str | None, pronoun: str) -> bool:
        want = "m" if pronoun in {"he", "him"} else "f"
        return cluster is None or self._gender.get(cluster, want) == want

    def _sentence_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, char) - 1)

    # --- public -------------------------------------------------------------------

    def resolve(self, head_i: int) -> Source:
        """The source for the noun phrase headed by token ``head_i``."""
        head = self.doc[head_i]
        sender = issued_by(head)
        if sender is not None:
            return self.resolve(sender.i)  # "He released a letter … that says": he speaks
        start, end = noun_phrase(head, clauses=False)
        span = Span(start, end)
        src = self._resolve(head, span)
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            # "Collins, who had endorsed Bush": the person is the antecedent, the mention the
            # relative pronoun, as PolNeAR marks it (the clause's own subject)
            src = Source(name=src.name, span=span, cluster=src.cluster, kind=src.kind)
        full = Span(*noun_phrase(head))
        if src.span == span and full != span:
            # the name stays short; the mention is the whole phrase, clauses included
            src = Source(name=src.name, span=full, cluster=src.cluster, kind=src.kind)
        if src.kind == "person" or (src.cluster is None and _bare_name(head)):
            # a name the recogniser missed ("Alison¶Beevers describes …", cut by a line
            # break) still speaks: the next "she says" is hers, not an earlier person's
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
            return self._group_subject(head, span) or Source(
                name=head.text, span=span, kind="unnamed"
            )
        cluster = self._cluster_in(span, head)
        if cluster is not None:
            return self._from_cluster(cluster, span)
        if head.pos_ == "PROPN":
            named = self._cluster_by_name(doc_text(self.doc)[span.start : span.end], span.start)
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
        text = doc_text(self.doc)[span.start : span.end]
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
        # sorted by start: the mentions starting before ``span`` are skipped by bisection
        by_start = self._by_start
        for k in range(bisect.bisect_left(self._starts, span.start), len(by_start)):
            s, e, c = by_start[k]
            if s >= span.end:
                break
            if e <= span.end and s <= head.idx < e:
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
        """The person a "he"/"she" stands for, agreeing in gender (see :mod:`.gender`).

        A compatible last speaker keeps the pronoun unless another compatible person has
        since been introduced as the subject of a main clause in this sentence or the one
        before ("A volunteer, Jo Park, arrived. He said …") and is known to agree, or the
        last speaker's gender is unknown too; without a usable last speaker,
        the nearest sentence back that names a compatible person gives its subject (else its
        last such person). Names inside quotation marks are not candidates.
        """
        here = self._sentence_of(span.start)
        last = self.last_person
        # the people are in text order: those within the window before the pronoun
        lo = bisect.bisect_right(self._people_starts, span.start - ANTECEDENT_WINDOW)
        hi = bisect.bisect_left(self._people_starts, span.start)
        candidates: list[tuple[int, EntityCluster]] = [
            (m.start, self._by_id[cid])
            for m, cid in self._people[lo:hi]
            if self._compatible(cid, pronoun)
        ]
        if (
            last is not None
            and span.start - last[0] < ANTECEDENT_WINDOW
            and self._compatible(last[1].cluster, pronoun)
        ):
            since = self._last_named(last, span.start)
            newcomers = [
                (s, c)
                for s, c in candidates
                if s > since
                and c.id != last[1].cluster
                and here - self._sentence_of(s) <= 1
                and self._is_main_subject_at(s)
                # a newcomer of unknown gender does not displace a speaker known to agree
                and (c.id in self._gender or last[1].cluster not in self._gender)
            ]
            if newcomers:
                return self._as_pronoun(self._from_cluster(newcomers[-1][1], span), span)
            return self._as_pronoun(last[1], span)
        if not candidates:
            return None
        nearest = max(self._sentence_of(s) for s, _ in candidates)
        found = [(s, c) for s, c in candidates if self._sentence_of(s) == nearest]
        subjects = [fc for fc in found if self._is_subject_at(fc[0])]
        best = (subjects or found)[-1][1]
        return Source(name=best.canonical, span=span, cluster=best.id, kind="person")

    def _last_named(self, last: tuple[int, Source], before: int) -> int:
        """Offset of the last speaker's latest mention (quoted or named) before ``before``."""
        starts = self._people_by_cluster.get(last[1].cluster, [])  # text order
        k = bisect.bisect_left(starts, before)
        return max(last[0], starts[k - 1]) if k else last[0]

    def _is_main_subject_at(self, char: int) -> bool:
        """Subject (or apposed to one) of the sentence's main verb or a conjunct of it."""
        toks = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if toks is None:
            return False
        tok = toks[0]
        node = tok.head if tok.dep_ in {"compound", "flat"} else tok
        if node.dep_ == "appos":
            node = node.head
        if node.dep_ not in {"nsubj", "nsubjpass"}:
            return False
        if opens_colon_frame(node):
            return True
        verb = node.head
        while verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
        return verb.dep_ == "ROOT"

    @staticmethod
    def _as_pronoun(prev: Source, span: Span) -> Source:
        return Source(name=prev.name, span=span, cluster=prev.cluster, kind="person")

    def _group_subject(self, pronoun: Token, span: Span) -> Source | None:
        """A "they"/"it" with no group quoted before: the nearest subject that is a group.

        Searched back up to :data:`RECENT_SENTENCES` sentences: an organisation or nationality
        cluster, or a common noun ("the city council", "the protesters"), plural for
        "they"/"them"/"we" unless it is an organisation; never a person.
        """
        plural = pronoun.lower_ != "it"
        sent = pronoun.sent
        doc = self.doc
        first = max(0, self._sentence_of(sent.start_char) - RECENT_SENTENCES)
        lo = doc.char_span(self._sent_starts[first], sent.end_char, alignment_mode="expand")
        if lo is None:
            return None
        found: Source | None = None
        for tok in doc[lo.start : pronoun.i]:
            if tok.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            s, e = noun_phrase(tok, clauses=False)
            cluster = self._cluster_in(Span(s, e), tok)
            if cluster is not None and cluster.label in {"ORG", "NORP"}:
                found = self._from_cluster(cluster, Span(s, e))
            elif (
                cluster is None
                and tok.pos_ == "NOUN"
                and tok.lemma_.lower() not in TITLE_NOUNS
                and (tok.tag_ == "NNS" or tok.lemma_.lower() in GROUP_NOUNS) == plural
            ):
                found = Source(
                    name=doc_text(doc)[s:e], span=span, kind=_description_kind(tok.lemma_.lower())
                )
        if found is None:
            return None
        return Source(name=found.name, span=span, cluster=found.cluster, kind=found.kind)

    def _is_subject_at(self, char: int) -> bool:
        toks = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if toks is None:
            return False
        subj = {"nsubj", "nsubjpass"}
        return any(t.dep_ in subj or t.head.dep_ in subj for t in toks)

    def _titled_person(self, title: str, before: int) -> EntityCluster | None:
        """The last person named before ``before`` with ``title`` beside the name ("Prime
        Minister X", "X, the minister"): a bisection in the people by title."""
        starts, people = self._by_title().get(title, ((), ()))
        k = bisect.bisect_left(starts, before)
        return people[k - 1] if k else None

    def _by_title(self) -> dict[str, tuple[list[int], list[EntityCluster]]]:
        """Each word within :data:`TITLE_WINDOW` characters before a person's mention (or in
        the phrase set off by a comma after it) → those mentions' starts and clusters, in
        text order; made on first use, once per document."""
        if self._titles is None:
            text = doc_text(self.doc)
            titles: dict[str, tuple[list[int], list[EntityCluster]]] = {}
            for s, e, c in self._by_start:
                if c.label != "PERSON":
                    continue
                words = set(text[max(0, s - TITLE_WINDOW) : s].lower().split())
                after = text[e : e + TITLE_WINDOW].lower()
                if after.startswith(","):
                    words.update(after.split(",")[1].split())
                for word in words:
                    starts, people = titles.setdefault(word, ([], []))
                    starts.append(s)
                    people.append(c)
            self._titles = titles
        return self._titles

    def _earlier_description(self, head: Token, before: int) -> str | None:
        lemma = head.lemma_.lower()
        found = None
        table = token_table(self.doc)
        for i in table.nouns_by_lemma.get(lemma, ()):  # the nouns with this lemma, in order
            if table.idx[i] >= before:
                break
            tok = self.doc[i]
            if tok.tag_ == head.tag_ and not _is_definite(tok):
                s, e = noun_phrase(tok, clauses=False)
                if e - s > len(tok.text):
                    found = doc_text(self.doc)[s:e]
        return found


#: Entity labels a missed person's name may carry: none, or a title-case slip the small
#: model makes when it cannot place a name ("Alison¶Beevers" as a work of art).
_MISSED_NAME_LABELS = frozenset({"", "WORK_OF_ART"})


def _bare_name(head: Token) -> bool:
    """A capitalised proper noun that no person entity covers (the recogniser missed it),
    with no determiner and no title for a head: "the Governor" is a description (the
    title rule resolves it), not a name."""
    return (
        head.pos_ == "PROPN"
        and head.ent_type_ in _MISSED_NAME_LABELS
        and head.lower_ not in TITLE_NOUNS
        and not any(c.dep_ == "det" for c in head.children)
        and head.text[:1].isupper()
        and not head.text.isupper()
        and head.is_alpha
    )


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


def opens_colon_frame(subject: Token) -> bool:
    """``subject`` opens its sentence as the subject of a clause that ends in a colon before
    a quotation ("Sen. Ann Kirk scolded him: “…,” she said."): on the surface the main
    clause, whatever the parse made of it (it may hang the clause on the quotation's "said").
    Its subject is the newest person in view for the "she" that frames the quotation."""
    verb = subject.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i < subject.i:
        return False
    colon = next((c for c in verb.rights if c.text == ":"), None)
    if colon is None or colon.i + 1 >= len(subject.doc) or not subject.doc[colon.i + 1].is_quote:
        return False
    return (
        subject.left_edge.i == subject.sent.start or subject.doc[subject.left_edge.i - 1].is_space
    )
