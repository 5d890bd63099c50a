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
  introduced with that title in the name's own phrase or apposition ("prime minister Adel
  Abdul-Mahdi", "X, the prime minister,"), not one whose title names another place or
  party; else the role noun keeps its own words (no name is better than a wrong one);
* a new paragraph about one person: its "she" is that person, not a speaker of paragraphs
  ago (:meth:`SpeakerResolver._paragraph_topic`);
* a speaker described by a tie to someone, not named ("His wife said …. "…," she said"),
  keeps the "he"/"she" of the next sentences of its paragraph
  (:meth:`SpeakerResolver._described_speaker`); a pronoun inside another speaker's reported
  clause ("His mother said he had wanted …") is spoken of and does not take over the chain
  (:func:`_reported_by_another`; seventeenth session);
* the "he"/"she" subject of a reported clause is the clause's teller ("the teenager told
  Barnes she wanted …", :meth:`SpeakerResolver._teller`), and a person described by sex or
  age as the main subject just before takes the pronoun over the last speaker ("The girl
  then called her brother. Later, she wrote …", :meth:`SpeakerResolver._described_newcomer`);
* a definite description ("the officials") → the nearest preceding noun phrase with the
  same head noun ("unnamed American military officials"), whose text becomes the name;
* titles coordinated before a name ("Filmmaker and best-selling author Dinesh D'Souza
  said"), which the parse makes a subject with the name as its conjunct or apposition: the
  speaker is the name (:func:`_title_of_conjunct`; seventeenth session, second round);
* never an antecedent: a PERSON the text writes only as a place ("at the Old Bailey",
  :func:`_places_only`) nor a noun of the headline block (:func:`_headline_end`); with no
  speaker to carry a "he"/"she", of the nearest sentence's people one the text shows to
  agree goes first, and a woman or man described as the main subject ("A woman who has
  accused …") over a name of unknown gender.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from topline.analyze.aliases import alias_table
from topline.analyze.gender import (
    FEMALE_NOUNS,
    MALE_NOUNS,
    infer_genders,
    person_mentions,
)
from topline.analyze.intervals import CharRanges
from topline.analyze.namesakes import first_names, relative
from topline.analyze.quote_marks import find_quote_regions
from topline.analyze.source_nouns import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    TITLE_NOUNS,
    UNNAMED_NOUNS,
    is_person_noun,
)
from topline.analyze.source_spans import noun_phrase
from topline.analyze.speaker_sender import issued_by
from topline.headline_block import headline_block
from topline.honorifics import FEMALE_HONORIFICS, MALE_HONORIFICS, honorific_gender_before
from topline.model import EntityCluster, Source, Span
from topline.nlp import doc_sents, doc_text, token_table

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it", "we"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
#: How far back (in characters) a pronoun or description may find its antecedent.
ANTECEDENT_WINDOW = 3000
#: Sentences back searched for a "they"/"it" antecedent when no group was quoted before.
RECENT_SENTENCES = 2


@dataclass
class SpeakerResolver:
    """Resolves speaker mentions of one document; remembers who spoke last."""

    doc: Doc
    clusters: tuple[EntityCluster, ...]
    last_person: tuple[int, Source] | None = None
    last_group: tuple[int, Source] | None = None
    #: The last speaker the text described without a name ("His wife said …"): where, who,
    #: and the sex its noun gives ("" for a noun of either sex, "the practice manager").
    last_described: tuple[int, Source, str] | None = None
    _by_start: list[tuple[int, int, EntityCluster]] = field(default_factory=list)
    _titles: dict[str, tuple[list[int], list[EntityCluster], list[frozenset[str]]]] | None = None
    _quoted: CharRanges = field(default_factory=lambda: CharRanges.open(()))
    _first_names: dict[str, int] | None = None

    def __post_init__(self) -> None:
        self._by_start = sorted(
            ((s.start, s.end, c) for c in self.clusters for s in c.mentions), key=lambda t: t[0]
        )
        self._starts = [s for s, _, _ in self._by_start]
        self._gender = infer_genders(self.doc, self.clusters)
        quoted = CharRanges.open(
            (r.start, r.end) for r in find_quote_regions(doc_text(self.doc)) if not r.single
        )
        self._quoted = quoted
        places = _places_only(self.doc, self.clusters)
        self._people = [  # a name inside someone's quote is not who "he" is, nor a place's
            (m, cid)
            for m, cid in person_mentions(self.doc, self.clusters)
            if m.start not in quoted and cid not in places
        ]
        self._people_starts = [m.start for m, _ in self._people]  # text order
        self._people_by_cluster: dict[str | None, list[int]] = {}
        for m, cid in self._people:
            self._people_by_cluster.setdefault(cid, []).append(m.start)
        self._by_id = {c.id: c for c in self.clusters}
        self._sent_starts = [sent.start_char for sent in doc_sents(self.doc)]
        text = doc_text(self.doc)
        self._para_starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
        self._headline = _headline_end(text)

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
        titled = _title_of_conjunct(head)
        if titled is not None:
            return self.resolve(titled.i)  # "Filmmaker and author Dinesh D'Souza said"
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
        if (src.kind == "person" or (src.cluster is None and _bare_name(head))) and not (
            head.lower_ in PERSON_PRONOUNS and _reported_by_another(head)
        ):
            # a name the recogniser missed ("Alison¶Beevers describes …", cut by a line
            # break) still speaks: the next "she says" is hers, not an earlier person's.
            # A pronoun inside another speaker's reported clause ("His mother said he had
            # wanted …") is talked about, not speaking: the speaker chain stays hers.
            self.last_person = (start, src)
        elif src.kind in {"organization", "outlet", "unnamed", "official"}:
            self.last_group = (start, src)
        if src.cluster is None and head.lower_ not in PERSON_PRONOUNS:
            sex = _described_person(head)
            if sex is not None and not self._named_before(head, start):
                self.last_described = (start, src, sex)
        return src

    # --- cases --------------------------------------------------------------------

    def _resolve(self, head: Token, span: Span) -> Source:
        low = head.lower_
        if low in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            return self.resolve(head.head.head.i)
        if low in PERSON_PRONOUNS:
            teller = self._teller(head, low)
            if teller is not None:
                return Source(name=teller.name, span=span, cluster=teller.cluster, kind=teller.kind)
            described = self._described_speaker(span, low)
            if described is not None:
                return described
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
        closing = self._name_closing(span, head)
        if closing is not None:  # "the district GOP Chairman Chuck Williams"
            return self._from_cluster(closing, span)
        lemma = head.lemma_.lower()
        if lemma not in TITLE_NOUNS and head.lower_ in TITLE_NOUNS:
            lemma = head.lower_
        titled = head.pos_ in {"NOUN", "PROPN"} and lemma in TITLE_NOUNS
        if titled and _is_definite(head) and not head.tag_.endswith("S"):
            lesser = [c.lower_ for c in head.lefts if c.lower_ in _LESSER]
            person = self._titled_person(" ".join([*lesser[-1:], lemma]), span.start, _places(head))
            if person is not None:
                return self._from_cluster(person, span)
        text = doc_text(self.doc)[span.start : span.end]
        entry = alias_table().lookup(text)
        if entry is not None:
            kind = "outlet" if entry.kind == "outlet" else "organization"
            return Source(name=entry.canonical, span=span, kind=kind)
        if head.pos_ == "NOUN" and _is_definite(head):
            earlier = self._earlier_description(head, span.start, _places(head))
            if earlier is not None:
                named = self._person_named_by(earlier[1])
                if named is not None:
                    # "candidate Donald Trump" earlier: "the candidate" is the person
                    return self._from_cluster(named, span)
                name = doc_text(self.doc)[earlier[0].start : earlier[0].end]
                return Source(name=name, span=span, kind=_description_kind(lemma))
        return Source(
            name=text, span=span, kind=_description_kind(lemma) if head.pos_ == "NOUN" else "other"
        )

    def _from_cluster(self, cluster: EntityCluster, span: Span) -> Source:
        if cluster.label == "NORP":
            # "a New Hampshire Republican", "Some Democrats", "House Democrats": people of a
            # party, faith or nation, never the institution their cluster is named after
            # ("Republican Party"): the source is named by its own words
            words = doc_text(self.doc)[span.start : span.end]
            if cluster.canonical not in words:
                return Source(name=words, span=span, cluster=cluster.id, kind="unnamed")
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

    def _name_closing(self, span: Span, head: Token) -> EntityCluster | None:
        """The person whose name ends a title phrase the parse headed on the title ("the
        district GOP Chairman Chuck Williams", "the union's president, Mary Kay Henry"):
        the phrase is that person. Only a name the head itself is the title of (a compound
        of the name, or the name apposed to it); not a name in a phrase of the head's ("a
        spokesman for Bernie Sanders", "advisers to Mr. Obama") nor one of a list ("two
        objectors, Lawrence Joyce and William Graham")."""
        k = bisect.bisect_left(self._starts, span.start)
        while k < len(self._by_start) and self._by_start[k][0] < span.end:
            s, e, c = self._by_start[k]
            k += 1
            if e != span.end or s <= span.start or c.label != "PERSON":
                continue
            name = self.doc.char_span(s, e, alignment_mode="expand")
            if name is None or any(t.dep_ in {"cc", "conj"} for t in name):
                return None
            root = name.root
            titled = head.dep_ == "compound" and head.head.i in range(name.start, name.end)
            if titled or (root.dep_ == "appos" and root.head == head):
                return c
        return None

    def _person_named_by(self, noun: Token) -> EntityCluster | None:
        """The person a noun is the title of: "candidate" in "candidate Donald Trump" (a
        compound of the name) or "Donald Trump, the candidate" (apposed to it); not a name
        that only modifies the noun ("a Carrier executive", "the Oscar winner")."""
        name = noun.head if noun.dep_ == "compound" else noun
        if noun.dep_ == "appos":
            name = noun.head
        for child in noun.rights:
            if child.dep_ == "appos":  # "candidate Donald Trump", parsed as an apposition
                name = child
        if name is noun:
            return None
        cluster = self._cluster_in(Span(name.idx, name.idx + len(name.text)), name)
        return cluster if cluster is not None and cluster.label == "PERSON" else None

    def _cluster_by_name(self, name: str, before: int) -> EntityCluster | None:
        """A name the model did not tag, matched to a cluster's name, alias or surname.

        A surname two people share ("Ebeling" after "Tom Ebeling" and "Betsy Ebeling") goes
        to the one named last before it; after an honorific ("Mrs. Ebeling") to a person
        known to agree with it first, never to one known to disagree; the same reading as the entity step's
        (:mod:`topline.analyze.entities`), for a name the model left untagged.
        """
        words = name.split()
        honorific = honorific_gender_before(doc_text(self.doc), before)
        if len(words) > 1 and words[0].rstrip(".").lower() in _HONORIFICS:
            honorific = honorific_gender_before(words[0] + " ", len(words[0]) + 1)
            words = words[1:]
            name = " ".join(words)
        matches: list[tuple[bool, int, EntityCluster]] = []
        surnames = 0
        for c in self.clusters:
            parts = c.canonical.split()
            surname = (
                c.label == "PERSON" and len(parts) > len(words) and parts[-len(words) :] == words
            )
            if name == c.canonical or name in c.aliases or surname:
                if honorific is not None and self._gender.get(c.id, honorific) != honorific:
                    continue
                # a person known to agree with the honorific first, then the one named last
                agrees = honorific is not None and self._gender.get(c.id) == honorific
                last = max((s.start for s in c.mentions if s.start < before), default=-1)
                matches.append((agrees, last, c))
                surnames += surname
        if honorific is None and surnames == len(matches) > 1:
            # the entity step's reading of a shared surname (:mod:`.namesakes`): not a
            # relative when a namesake was not introduced so, unless the writer calls that
            # one by first name
            principal = [m for m in matches if not self._relative(m[2])]
            if 0 < len(principal) < len(matches) and not any(
                self._by_first_name(m[2]) for m in principal
            ):
                matches = principal
        # none named before it and none known to agree: no one (as before this reading)
        best = max(matches, key=lambda m: (m[0], m[1]), default=None)
        return best[2] if best is not None and (best[0], best[1]) > (False, -1) else None

    def _relative(self, cluster: EntityCluster) -> bool:
        text = doc_text(self.doc)
        return any(relative(text, s.start, s.end) for s in cluster.mentions if " " in s.of(text))

    def _by_first_name(self, cluster: EntityCluster) -> bool:
        """The writer calls ``cluster`` by its first name at least twice and more often than
        by its full name (:func:`~topline.analyze.namesakes.first_names`)."""
        text = doc_text(self.doc)
        if self._first_names is None:
            single = [
                (s.start, s.end)
                for c in self.clusters
                if c.label == "PERSON"
                for s in c.mentions
                if " " not in s.of(text)
            ]
            self._first_names = first_names(text, single)
        full = [s for s in cluster.mentions if " " in s.of(text)]
        used = self._first_names.get(cluster.canonical.split()[0], 0)
        return bool(full) and used >= 2 and used > len(full)

    def _teller(self, pronoun: Token, low: str) -> Source | None:
        """The one who reports the clause the pronoun is the subject of: "the teenager told
        Barnes she wanted her parents dead" (she = the teenager, not the woman named last).

        Only a "he"/"she" subject of a clausal complement whose verb has a subject of its
        own before it: a person of the pronoun's gender (a name whose gender the article
        shows, or a singular person noun that is not of the other gender). Not a pronoun
        teller (the speaker chain already carries it), not an object ("told Barnes she"),
        and no clause but the one directly up.
        """
        if pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ccomp":
            return None
        frame = pronoun.head.head
        subj = [c for c in frame.children if c.dep_ == "nsubj" and c.i < pronoun.i]
        if len(subj) != 1 or subj[0].pos_ not in {"NOUN", "PROPN"}:
            return None
        teller = subj[0]
        if any(c.dep_ in {"conj", "cc"} for c in teller.children) or teller.tag_.endswith("S"):
            return None
        want = "m" if low in {"he", "him"} else "f"
        start, end = noun_phrase(teller, clauses=False)
        cluster = self._cluster_in(Span(start, end), teller)
        if cluster is not None:
            if cluster.label != "PERSON" or self._gender.get(cluster.id) != want:
                return None
            return self._from_cluster(cluster, Span(start, end))
        lemma = teller.lemma_.lower()
        # "a woman in Worcester told him she worries": a noun of sex or age needs no "the"
        # to be the one who tells
        definite = _is_definite(teller) or (_sex_or_age(lemma, want) and _indefinite(teller))
        if teller.pos_ != "NOUN" or not definite or not _one_person(lemma, want):
            return None
        if any(t.lower_ in _SAME_GENDER_POSSESSIVE[want] for t in teller.lefts):
            return None  # "Her lawyer said she would …": the pronoun is the one she speaks for
        return self._resolve(teller, Span(start, end))

    def _named_before(self, noun: Token, before: int) -> bool:
        """Whether the text has written the noun right before a person's name earlier ("his
        brother Alastair Osman", "His mother, Ruth Brennan"): the description may then
        resume that person ("…, his brother added"), who is no one new."""
        text = doc_text(self.doc)
        for m in re.finditer(rf"\b{re.escape(noun.text)}\b,?\s+", text[:before], re.I):
            k = bisect.bisect_left(self._people_starts, m.end())
            if k < len(self._people_starts) and self._people_starts[k] == m.end():
                return True
        return False

    def _described_speaker(self, span: Span, pronoun: str) -> Source | None:
        """The speaker of a sentence before, described by a tie to someone and not named, for
        a "he"/"she" of the same paragraph: "His wife said the couple had ordered flour. "…," she said."
        A reader pins the pronoun on the one who spoke last, whether the text named her or
        described her; the last *named* person of that sex is someone else's speaker.

        Only when the description is the newest speaker (no person named as a speaker
        since), no person of the pronoun's sex is named between it and the pronoun outside
        quotation marks, its noun is not of the other sex ("His wife said …. "…," he said"
        is about someone else), and the pronoun is in a later sentence (within the
        description's own sentence, "His lawyer said he would appeal", the pronoun may be
        the possessor; :meth:`_teller` reads that sentence). The source keeps the
        description's words and kind: no name is better than a wrong one.
        """
        found = self.last_described
        if found is None:
            return None
        start, src, sex = found
        if self.last_person is not None and self.last_person[0] > start:
            return None
        para = self._para_starts[bisect.bisect_right(self._para_starts, span.start) - 1]
        if start < para or self._sentence_of(start) >= self._sentence_of(span.start):
            return None
        want = "m" if pronoun in {"he", "him"} else "f"
        if sex not in ("", want):
            return None
        lo = bisect.bisect_right(self._people_starts, start)
        hi = bisect.bisect_left(self._people_starts, span.start)
        if any(self._compatible(cid, pronoun) for _, cid in self._people[lo:hi]):
            return None
        return Source(name=src.name, span=span, cluster=None, kind=src.kind)

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
            topic = self._paragraph_topic(span, pronoun, last, candidates)
            if topic is not None:
                return self._as_pronoun(self._from_cluster(topic, span), span)
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
            described = self._described_newcomer(span, pronoun, since, last[1])
            if described is not None:
                return described
            return self._as_pronoun(last[1], span)
        if not candidates:
            return self._described_newcomer(span, pronoun, -1, None)
        nearest = max(self._sentence_of(s) for s, _ in candidates)
        found = [(s, c) for s, c in candidates if self._sentence_of(s) == nearest]
        subjects = [fc for fc in found if self._is_subject_at(fc[0])]
        pool = subjects or found
        want = "m" if pronoun in {"he", "him"} else "f"
        # "asked Bernie Sanders if he would ever endorse Hillary Clinton, he looked …": of
        # the sentence's people (its subjects first), one the text shows to agree, over one
        # it says nothing of
        agreeing = [(s, c) for s, c in pool if self._gender.get(c.id) == want]
        best = (agreeing or pool)[-1][1]
        if best.id not in self._gender and not any(
            c is best and self._is_main_subject_at(s) for s, c in found
        ):
            # "A woman who has accused Bill Clinton said … that Clinton was …. She also …":
            # the woman described as the main subject, not a name of unknown gender below it
            described = self._described_newcomer(span, pronoun, -1, None)
            if described is not None:
                return described
        return Source(name=best.canonical, span=span, cluster=best.id, kind="person")

    def _described_newcomer(
        self, span: Span, pronoun: str, since: int, last: Source | None
    ) -> Source | None:
        """A person described, not named, as the main subject of this sentence or the one
        before, after the last speaker was named: "The teenager then texted Barnes: “…”
        Later, she wrote to him" (she = the teenager, not the mother quoted before); "My
        mother has softened with age, but she still says …" (a possessed noun of kin of the
        pronoun's sex, :func:`_kin_of_sex`; seventeenth session).

        A definite singular noun for one person of the pronoun's gender (see
        :func:`_one_person`), outside quotation marks; its own reading (an earlier title or
        description, else its words) is the pronoun's source, unless it is the last speaker.
        """
        here = self._sentence_of(span.start)
        first = self._sent_starts[max(0, here - RECENT_SENTENCES)]
        lo = self.doc.char_span(first, span.start, alignment_mode="contract")
        if lo is None:
            return None
        want = "m" if pronoun in {"he", "him"} else "f"
        found: Token | None = None
        for tok in lo:
            if (
                tok.idx > since
                and tok.pos_ == "NOUN"
                and tok.tag_ == "NN"
                and tok.idx not in self._quoted
                and tok.dep_ != "appos"  # "Jimmy Ghazal, a Lebanese man,": the name's
                and (
                    # "A woman who has accused …", "the teenager"
                    (
                        (_is_definite(tok) or _indefinite(tok))
                        and _sex_or_age(tok.lemma_.lower(), want)
                    )
                    # "My mother", "his wife"; not one the text wrote before a name ("his
                    # sister, Ana Duarte, …. …, his sister said"), who is that person
                    or (_kin_of_sex(tok, want) and not self._named_before(tok, tok.idx))
                )
                and self._is_main_subject_at(tok.idx)
            ):
                found = tok
        if found is None:
            return None
        start, end = noun_phrase(found, clauses=False)
        src = self._resolve(found, Span(start, end))
        if src.cluster is not None and (
            (last is not None and src.cluster == last.cluster)
            or not self._compatible(src.cluster, pronoun)
        ):
            return None
        return Source(name=src.name, span=span, cluster=src.cluster, kind=src.kind)

    def _paragraph_topic(
        self,
        span: Span,
        pronoun: str,
        last: tuple[int, Source],
        candidates: list[tuple[int, EntityCluster]],
    ) -> EntityCluster | None:
        """The one person a new paragraph is about, over a speaker of an earlier paragraph.

        When the last speaker spoke before the pronoun's paragraph and is not named in it,
        and the paragraph before the pronoun names exactly one other person, known to agree
        ("Ebeling lives in Chicago. … “…,” she said."), a reader takes the pronoun for that
        person, not for the speaker of paragraphs ago. Not when the paragraph already has a
        "he"/"she" of the writer's before it (that one may carry on the earlier chain:
        "He also praised Obama. “…,” he said.").
        """
        para = self._para_starts[bisect.bisect_right(self._para_starts, span.start) - 1]
        if last[0] >= para:
            return None
        named = {c.id for s, c in candidates if s >= para}
        here = {c.id: c for s, c in candidates if s >= para and not self._reported_subject(s, span)}
        if len(here) != 1 or last[1].cluster in named or next(iter(here)) not in self._gender:
            return None
        want = "he" if pronoun in {"he", "him"} else "she"
        text = doc_text(self.doc)
        for m in _HE_SHE.finditer(text, para, span.start):  # the writer's, not a quote's
            if m.group().lower() == want and m.start() not in self._quoted:
                return None
        return next(iter(here.values()))

    def _reported_subject(self, char: int, pronoun: Span) -> bool:
        """Whether the person at ``char`` is the subject of what the pronoun reports: "Mr.
        Trump fits that bill, he added" is said about Trump, not by him."""
        toks = self.doc.char_span(char, char + 1, alignment_mode="expand")
        said = self.doc.char_span(pronoun.start, pronoun.end, alignment_mode="expand")
        if toks is None or said is None:
            return False
        node = toks[0].head if toks[0].dep_ in {"compound", "flat"} else toks[0]
        if node.dep_ not in {"nsubj", "nsubjpass"}:
            return False
        clause, verb = node.head, said[0].head
        # "Mr. Trump fits that bill, he added": a bare cue after the clause it reports
        # ("Carson seems to know it — he told the AP that …" reports something else)
        if any(c.dep_ in _REPORTED and c.i > verb.i for c in verb.children):
            return False
        return (clause.head == verb and clause.dep_ in {"ccomp", "parataxis"}) or (
            verb.head == clause and verb.dep_ in {"ccomp", "parataxis"}
        )

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

    def _titled_person(
        self, title: str, before: int, modifiers: tuple[str, ...] = ()
    ) -> EntityCluster | None:
        """The last person named before ``before`` with ``title`` beside the name ("Prime
        Minister X", "X, the minister"): a bisection in the people by title. A person whose
        title names another place or party than the role noun's own ("Sanders, the senator
        from Vermont" for "the Florida senator", "Democratic nominee X" for "the Republican
        nominee") is not the one meant; an earlier one may be, and no person is better than
        a wrong one."""
        starts, people, places = self._by_title().get(title, ((), (), ()))
        k = bisect.bisect_left(starts, before)
        for j in range(k - 1, -1, -1):
            if not places[j] or all(m in places[j] for m in modifiers):
                return people[j]
        return None

    def _by_title(
        self,
    ) -> dict[str, tuple[list[int], list[EntityCluster], list[frozenset[str]]]]:
        """Each word of a person's title (the words of the name's own phrase before it,
        "former Texas governor X", or of an apposition after it, "X, the senator from
        Vermont,") → those mentions' starts, clusters and the title's place and party
        words, in text order; made on first use, once per document."""
        if self._titles is None:
            titles: dict[str, tuple[list[int], list[EntityCluster], list[frozenset[str]]]] = {}
            for s, e, c in self._by_start:
                if c.label != "PERSON":
                    continue
                name = self.doc.char_span(s, e, alignment_mode="expand")
                if name is None:
                    continue
                tokens = _title_tokens(name)
                places = frozenset(t.lower_ for t in tokens if t.ent_type_ in _PLACE_OR_PARTY)
                for word in _title_keys(tokens):
                    starts, people, contexts = titles.setdefault(word, ([], [], []))
                    starts.append(s)
                    people.append(c)
                    contexts.append(places)
            self._titles = titles
        return self._titles

    def _earlier_description(
        self, head: Token, before: int, places: tuple[str, ...] = ()
    ) -> tuple[Span, Token] | None:
        """The last indefinite noun phrase before ``before`` with the head's noun: "a senior
        official" for "the official". Not one inside someone's quotation (the writer's
        "the candidate" is not a tweet's "most corrupt candidate"), nor one naming another
        place or party ("U.S. senator" for "the Florida senator")."""
        lemma = head.lemma_.lower()
        found = None
        table = token_table(self.doc)
        headline = self._headline
        for i in table.nouns_by_lemma.get(lemma, ()):  # the nouns with this lemma, in order
            if table.idx[i] >= before:
                break
            tok = self.doc[i]
            if (
                tok.idx >= headline  # a headline's "Ex-CIA chief in Benghazi" names no one
                and tok.tag_ == head.tag_
                and not _is_definite(tok)
                and not _denied(tok)
                and tok.idx not in self._quoted
            ):
                own = set(_places(tok))
                if own and not own.issuperset(places):
                    continue
                s, e = noun_phrase(tok, clauses=False)
                if e - s > len(tok.text):
                    found = (Span(s, e), tok)
        return found


#: Words that make a title another office: "vice president", "deputy mayor".
_LESSER = frozenset({"vice", "deputy", "assistant", "lieutenant", "associate", "under"})
#: Entity types of the words a title and a role noun must not disagree on: "the Florida
#: senator", "the Republican nominee".
_PLACE_OR_PARTY = frozenset({"GPE", "NORP", "ORG"})
#: Words an apposed title opens with ("X, the mayor of Y,", "X, former governor,").
_APPOSITION_OPENERS = frozenset({"the", "a", "an", "former", "then"})
#: How many tokens before a name, and in an apposition after it, are read for its title.
_TITLE_TOKENS = 8
#: Dependencies of the words of a name's own phrase ("former Secretary of State X").
_NAME_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "prep", "pobj", "npadvmod", "det"})


def _title_tokens(name: TokenSpan) -> list[Token]:
    """The tokens of a name's title: its own phrase before it and an apposition after it.

    Read from the parse, so a title ties to a name only when it is part of the name's
    phrase ("Prime Minister X", "former Texas governor X", "Secretary of State X") or
    apposed to it ("X, the senator from Vermont,"); a title word ending an earlier clause
    or sentence ("met the mayor and X", "the president. Colin Powell said", "Indiana
    governor endorses Cruz") is someone else's.
    """
    doc = name.doc
    found: list[Token] = []
    i = name.start - 1
    while i >= max(0, name.start - _TITLE_TOKENS):
        node = doc[i]
        while node.dep_ in _NAME_PHRASE_DEPS and i <= node.head.i < name.end:
            if node.head.i == node.i:
                break
            node = node.head
        if node.i < name.start:
            break
        found.append(doc[i])
        i -= 1
    found.reverse()
    root = name.root
    if (
        not found
        and root.dep_ == "appos"
        and name.start - _TITLE_TOKENS <= root.head.i < name.start
    ):
        # "Republican presidential candidate Donald Trump", parsed as an apposition, or
        # "an attorney for Pagliano, Mark MacDougall"
        head = root.head
        found = [t for t in head.subtree if t.i <= head.i][-_TITLE_TOKENS:]
    for tok in name:
        for right in tok.rights:
            if right.dep_ == "appos" and right.i >= name.end:
                found.extend(list(right.subtree)[:_TITLE_TOKENS])
                return found
    found.extend(_comma_apposition(name))
    return found


def _comma_apposition(name: TokenSpan) -> list[Token]:
    """An apposition the parse took for a subject of its own ("Ban Ki-moon, the secretary
    general of the United Nations, vowed"): a phrase after the name's comma that opens with
    a determiner or "former" and closes with a comma or a stop before any verb ("in
    Chelsea, the mayor said" is a clause, not an apposition)."""
    doc = name.doc
    k = name.end
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in _APPOSITION_OPENERS:
        return []
    for j in range(k + 1, min(len(doc), k + 1 + 2 * _TITLE_TOKENS)):
        tok = doc[j]
        if tok.pos_ in {"VERB", "AUX"}:
            return []
        if tok.text in {",", ".", ";", ")"} or tok.is_sent_start:
            return list(doc[k + 1 : j])
    return []


def _title_keys(tokens: list[Token]) -> set[str]:
    """The lower-case title words; "Vice President X" gives "vice president", not
    "president" (see :data:`_LESSER`)."""
    words = [t.lower_ for t in tokens]
    return {
        f"{words[k - 1]} {w}" if k and words[k - 1] in _LESSER else w for k, w in enumerate(words)
    }


#: Dependencies of what a cue verb reports or whom it tells ("told the AP that …").
_REPORTED = frozenset({"ccomp", "xcomp", "dobj", "dative", "prep"})
_HONORIFICS = MALE_HONORIFICS | FEMALE_HONORIFICS
_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he|HE|SHE)\b")
#: A paragraph break: a blank line.
_PARAGRAPH = re.compile(r"\n\s*\n")
#: Entity labels a missed person's name may carry: none, or a title-case slip the small
#: model makes when it cannot place a name ("Alison¶Beevers" as a work of art).
_MISSED_NAME_LABELS = frozenset({"", "WORK_OF_ART"})


def _title_of_conjunct(head: Token) -> Token | None:
    """The name a bare singular role noun is a title of, when the parse made the noun the
    subject and the name its conjunct ("Filmmaker and best-selling author Dinesh D'Souza
    said": nsubj "Filmmaker", conj "D'Souza"). A singular count noun with no determiner and
    no possessor cannot be a subject on its own in English ("Filmmaker said" is not a
    sentence): it is one of the titles the coordination puts before the name, and the
    speaker is the name, never the title (seventeenth session, second round); the parse
    hangs the name on the first title as a conjunct or an apposition. Not a plural nor a
    proper noun ("Police and Mayor John Smith said": two sources)."""
    if head.tag_ != "NN" or head.ent_type_:
        return None  # a name (even one tagged NN, "O’Malley") is its own; a plural is many
    if head.dep_ == "conj" and head.head.tag_ == "NN" and head.i > head.head.i:
        # "best-selling author" of "Filmmaker and best-selling author D'Souza", the name
        # hung on the first title
        found = _title_of_conjunct(head.head)
        if found is not None:
            return found
    if any(c.dep_ in {"det", "poss", "nummod"} for c in head.children):
        return None
    for child in head.rights:
        if (
            child.dep_ in {"conj", "appos"}
            and child.pos_ == "PROPN"
            and child.ent_type_ == "PERSON"
        ):
            return child if _titles_only_between(head, child) else None
    return None


def _titles_only_between(head: Token, name: Token) -> bool:
    """Between the title ``head`` and the person name ending at ``name`` stand only words of
    titles: no other person's name ("Gov. Martin O'Malley and … Hillary Clinton": two
    people) and no punctuation but a hyphen ("Poll: Sanders Burns Hillary Clinton", a
    headline, is no title of Clinton)."""
    doc = name.doc
    start = name.i
    while start - 1 > head.i and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    return not any(
        t.ent_type_ == "PERSON" or (t.is_punct and t.text != "-") for t in doc[head.i + 1 : start]
    )


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


#: The possessive of each gender: a teller whose phrase holds it speaks for someone else.
_SAME_GENDER_POSSESSIVE = {"m": frozenset({"his"}), "f": frozenset({"her"})}


def _reported_by_another(pronoun: Token) -> bool:
    """The pronoun is the subject of a clause that a verb with a subject of its own reports
    ("His mother said he had wanted …"): someone spoken of, not the paragraph's speaker."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or pronoun.head.dep_ != "ccomp":
        return False
    frame = pronoun.head.head
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i for c in frame.children)


def _described_person(head: Token) -> str | None:
    """The sex a speaker's description gives ("m", "f", "" for either) when the noun phrase
    describes one person by their tie to someone else: a singular common noun for a person
    with a possessor ("his wife", "the twins' grandfather", "Oscar's teacher"). A possessed
    noun of kin or role names someone other than its possessor and is no second name for a
    person named before; "the candidate" or "the Florida senator" most often is (a
    definite description resuming a name), so it is left out, as are "a spokesman",
    "officials" and "the report" (None)."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or _denied(head):
        return None
    if not any(c.dep_ == "poss" for c in head.children):
        return None
    lemma = head.lemma_.lower()
    if lemma in MALE_NOUNS:
        return "m"
    if lemma in FEMALE_NOUNS:
        return "f"
    if lemma in GROUP_NOUNS or lemma in DOCUMENT_NOUNS or not is_person_noun(lemma):
        return None
    return ""


def _kin_of_sex(tok: Token, want: str) -> bool:
    """A possessed noun of kin or role that gives its sex ("My mother", "his wife", "the
    twins' grandfather"): one person, not the possessor, and not one named before it."""
    return tok.lemma_.lower() in (FEMALE_NOUNS if want == "f" else MALE_NOUNS) and any(
        c.dep_ == "poss" for c in tok.children
    )


def _one_person(lemma: str, want: str) -> bool:
    """A noun for one person that may be of gender ``want`` ("the teenager", "the girl"
    for "she"; not "the boy", nor a group or a document)."""
    if lemma in (FEMALE_NOUNS if want == "m" else MALE_NOUNS):
        return False
    if lemma in MALE_NOUNS or lemma in FEMALE_NOUNS:
        return True
    return is_person_noun(lemma) and lemma not in GROUP_NOUNS and lemma not in DOCUMENT_NOUNS


def _sex_or_age(lemma: str, want: str) -> bool:
    """A noun that describes a person only by sex or age ("the teenager", "the girl", "the
    woman"), not by office, trade or kin: a writer's "the senator", "the businessman" or
    "his brother" is most often the person just named, told another way, while "the woman"
    is as often someone else."""
    return lemma in _AGE_NOUNS or lemma in (_WOMEN if want == "f" else _MEN)


#: Nouns of sex and of age (see :func:`_sex_or_age`).
_WOMEN = frozenset({"woman", "girl"})
_MEN = frozenset({"man", "boy"})
_AGE_NOUNS = frozenset("teenager teen child kid toddler youngster minor".split())


#: Prepositions that make their object a place: "at the Old Bailey", "outside Holyrood".
_AT_PLACE = frozenset({"at", "in", "inside", "outside", "near"})
_AT_THE = re.compile(
    r"\b(?:[Aa]t|[Ii]n|[Ii]nside|[Oo]utside|[Nn]ear)\s+[Tt]he\s+"
    r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)"
)


def _places_only(doc: Doc, clusters: tuple[EntityCluster, ...]) -> frozenset[str]:
    """The PERSON clusters the text uses only as a place or a modifier: "at the Old Bailey",
    "another Old Bailey case", "the Old Bailey court" (the recogniser's PERSON, a court). A
    reader never takes "she" for such a name. Every mention must be the object of a place
    preposition or a noun's modifier, and at least one the object of a place preposition
    with "the" before the name (a person named only in "the Trump campaign" or "aimed at
    Megyn Kelly" is still a person)."""
    out: set[str] = set()
    text = doc_text(doc)
    # one pass over the text: the capitalised words after "at the"; a cluster none of whose
    # names is among them is a person, and its mentions need no reading
    placed = " ".join(m.group(1) for m in _AT_THE.finditer(text))
    if not placed:
        return frozenset()
    for c in clusters:
        if c.label != "PERSON" or c.canonical.rsplit(" ", 1)[-1] not in placed:
            continue
        located = False
        # every place the text writes the name, tagged or not (the recogniser tags a
        # court's name once in three)
        names = {m.of(text) for m in c.mentions}
        if not any(name in placed for name in names):
            continue
        found = sorted({m.span() for n in names for m in re.finditer(re.escape(n), text)})
        for start, end in found:
            toks = doc.char_span(start, end, alignment_mode="expand")
            if toks is None:
                break
            root = toks.root
            if root.dep_ == "pobj" and root.head.lower_ in _AT_PLACE:
                # "at the Old Bailey": a name with an article is no person's ("aimed at
                # Megyn Kelly" is)
                located = located or root.left_edge.lower_ == "the"
            elif root.dep_ != "compound" or root.head.pos_ != "NOUN":
                break
        else:
            if located:
                out.add(c.id)
    return frozenset(out)


def _headline_end(text: str) -> int:
    """Where the headline block a text opens with ends (0 when it opens with prose), as the
    brief reads it (:func:`topline.headline_block.headline_block`, fifteenth session: the
    reading this module had took no line that ends with a stop, and PolNeAR sets every
    headline so). A reader takes no antecedent from the headline: the body introduces its
    people again, and "the base chief" below "Ex-CIA chief in Benghazi …" is told by the
    body."""
    found = headline_block(text)
    return found[1] if found is not None else 0


def _indefinite(tok: Token) -> bool:
    """A singular noun with "a"/"an": one person the text has not named ("a woman")."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)


def _places(head: Token) -> tuple[str, ...]:
    """The place and party words that modify a noun: "Florida" of "the Florida senator"."""
    return tuple(t.lower_ for c in head.lefts for t in c.subtree if t.ent_type_ in _PLACE_OR_PARTY)


def _denied(tok: Token) -> bool:
    """A noun phrase that names nobody: "no other secretary of state", "every senator"."""
    return any(c.dep_ == "det" and c.lower_ in _NOBODY for c in tok.children)


_NOBODY = frozenset({"no", "every", "any", "each", "another", "neither"})


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
