"""Named entities grouped into one cluster per real-world entity.

spaCy's small model finds the mentions; this module repairs its typical errors and then
clusters the mentions:

* spans are trimmed to one line, of white space, of bullets and of a possessive "'s";
* a title-case run glued in front of a known name ("Home Global News U.S.") is cut off, and
  so is a capitalised preposition glued in front of a person ("Beneath Clinton") and a word
  of the sentence glued in front of a person named so elsewhere ("Certainly Donald Trump");
* an ORG found only in a title-case headline line and nowhere in the body is dropped;
* a PERSON run on a headline line that starts or ends with a name of the body and goes on
  with the headline's capitalised verb ("Ben Carson Slams Hillary Clinton") is cut to
  those names;
* a mention labelled GPE/LOC/ORG whose text is the surname of a PERSON of the same article
  ("Soleimani") becomes a PERSON;
* a single given name coordinated before a full name ("Graham and Lorraine Petherick")
  takes its surname: two people of one surname (its span stays the given name);
* the alias table (:mod:`topline.analyze.aliases`) joins "U.S.", "America", "American";
* a two-word person name joins the one longer name with its first and last word and a
  middle initial or name between ("Loretta Lynch" → "Loretta E. Lynch"), unless two longer
  names differ in their middle or the text reads one of them as a parent or child;
* within the article, a surname or first name joins the full name ("Abdul-Mahdi" →
  "Adel Abdul-Mahdi"), a shortened organisation name joins the longer one ("the Post" →
  "New York Post"), and an acronym joins its expansion ("FBI").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from topline.analyze.aliases import AliasEntry, alias_table, normalize
from topline.analyze.gender import strong_evidence
from topline.analyze.namesakes import first_names, pronoun_ties, relative
from topline.honorifics import FEMALE_HONORIFICS, MALE_HONORIFICS, honorific_gender_before
from topline.model import Entity, EntityCluster, Span
from topline.nlp import doc_ents, doc_text

LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
)
#: Labels spaCy puts on headline title-case runs; dropped when only seen in headlines.
HEADLINE_PRONE = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
#: A line is a headline when it has at least this many words, this share capitalised,
#: and does not end like a sentence.
HEADLINE_MIN_WORDS = 3
HEADLINE_CAPS_SHARE = 0.7
#: Words that may sit between a known name and a glued title-case run ("Bank of America").
FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "&", "de", "in", "on", "at"})
#: Honorifics and titles stripped from the front of a PERSON mention.
TITLES = frozenset(
    "mr mrs ms miss dr sir dame lord lady president vice sen senator rep representative gov "
    "governor gen general col colonel adm admiral lt sgt secretary minister prime judge justice "
    "mayor king queen prince princess pope rev reverend chancellor ambassador director chief "
    "speaker leader candidate nominee former".split()
)

_TRIM = " \t\r\n•·*-–—,;:\"“”‘’'()[]"
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    label: str
    text: str
    entry: AliasEntry | None = None
    key: str = ""
    #: Named in a coordinated pair of one surname ("Graham and Lorraine Petherick").
    paired: bool = False


def find_entities(doc: Doc) -> tuple[tuple[Entity, ...], tuple[EntityCluster, ...]]:
    """Mentions and their clusters; every span is a non-empty slice of ``doc.text``."""
    text = doc_text(doc)
    headline_lines = _headline_lines(text)
    mentions = []
    glued: dict[int, int] = {}
    for ent in doc_ents(doc):
        if ent.label_ not in LABELS:
            continue
        m = _clean(text, ent.start_char, ent.end_char, ent.label_)
        if m is not None:
            mentions.append(m)
            if m.label == "PERSON":
                _glued_word(m, ent, glued)
    _cut_glued_words(mentions, glued)
    mentions = _drop_headline_runs(mentions, text, headline_lines)
    mentions = _split_headline_persons(mentions, headline_lines)
    _relabel_surnames(mentions)
    _coordinated_given_names(mentions, text)
    people = [m.start for m in mentions if m.label == "PERSON"]
    single = [(m.start, m.end) for m in mentions if m.label == "PERSON" and " " not in m.text]
    clusters = _cluster(
        mentions, text, pronoun_ties(doc, single, people), first_names(text, single)
    )
    by_mention: dict[tuple[int, int], EntityCluster] = {}
    for c in clusters:
        for s in c.mentions:
            by_mention[(s.start, s.end)] = c
    entities = tuple(
        Entity(
            span=Span(m.start, m.end),
            label=m.label,
            canonical=by_mention[(m.start, m.end)].canonical,
        )
        for m in mentions
    )
    return entities, clusters


# --- span repair -----------------------------------------------------------------------


def _clean(text: str, start: int, end: int, label: str) -> _Mention | None:
    piece = text[start:end]
    if "\n" in piece:
        first = piece.split("\n", 1)[0]
        if first.strip(_TRIM):
            end = start + len(first)
        else:
            offset = piece.index("\n")
            while offset < len(piece) and piece[offset].isspace():
                offset += 1
            start += offset
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    poss = _POSSESSIVE.search(text[start:end])
    if poss and end - start - len(poss.group()) > 0:
        end -= len(poss.group())
    low = text[start:end].lower()
    if low.startswith("the ") and label != "WORK_OF_ART":
        start += 4
    if end - start < 1 or not any(ch.isalpha() for ch in text[start:end]):
        return None
    if label == "PERSON":
        start = _strip_titles(text, start, end)
        start = _strip_preposition(text, start, end)
    start, end, label = _cut_glued_prefix(text, start, end, label)
    m = _Mention(start, end, label, text[start:end])
    m.entry = alias_table().lookup(m.text)
    if m.entry is not None and not (m.entry.demonym and label == "PERSON"):
        m.label = m.entry.label
    return m


def _strip_titles(text: str, start: int, end: int) -> int:
    words = list(re.finditer(r"\S+", text[start:end]))
    for i, w in enumerate(words[:-1]):
        if w.group().rstrip(".").lower() not in TITLES:
            return start + w.start() if i else start
    return start + words[-1].start() if len(words) > 1 else start


#: Prepositions the small model glues to a name after them when a sentence-case headline
#: capitalises them ("Beneath Clinton's wins, signs of trouble"): never a person's first name.
LEADING_PREPOSITIONS = frozenset(
    "about above across after against along amid among around behind below beneath beside "
    "besides between beyond despite during inside into onto outside over since through "
    "throughout toward towards under underneath unlike until upon within without".split()
)


def _strip_preposition(text: str, start: int, end: int) -> int:
    """Past a capitalised preposition glued before a name ("Beneath Clinton" → "Clinton")."""
    first = re.match(r"\S+\s+", text[start:end])
    if first and first.group().strip().lower() in LEADING_PREPOSITIONS:
        return start + first.end()
    return start


#: Parts of speech a person's name never starts with: "Certainly Donald Trump", "That's Jeb
#: Bush", "Entrusting Donald Trump", "Kill Trayvon Martin" (the model's span took a word of
#: the sentence). Not ADJ, NOUN or AUX: the model tags real first names so ("Newt", "Will").
_NOT_A_NAME_START = frozenset({"VERB", "ADV", "PRON", "DET", "PART", "SCONJ", "CCONJ", "PUNCT"})


def _glued_word(m: _Mention, ent: SpacySpan, glued: dict[int, int]) -> None:
    """Note where a person mention's name starts when its first word is a word of the
    sentence (a lower-case word, or a part of speech no name starts with): the start of
    its first proper noun after it. Cut only if that rest is a person named elsewhere
    (:func:`_cut_glued_words`)."""
    tokens = [t for t in ent if t.idx >= m.start]
    if len(tokens) < 2:
        return
    first = tokens[0]
    if first.pos_ not in _NOT_A_NAME_START and not first.text[:1].islower():
        return
    rest = next((t for t in tokens[1:] if t.pos_ == "PROPN" and t.text[:1].isupper()), None)
    if rest is None or rest.idx >= m.end:
        return
    if "-" in ent.doc.text[first.idx + len(first.text) : rest.idx]:
        return  # "pro-Clinton", "anti-Trump": a word about the person, not the person
    glued[m.start] = rest.idx


def _cut_glued_words(mentions: list[_Mention], glued: dict[int, int]) -> None:
    """Cut a person mention to the name after a glued word ("Certainly Donald Trump" →
    "Donald Trump") when the article names that person elsewhere with exactly that text;
    otherwise the mention is left as the model found it."""
    if not glued:
        return
    names = {m.text for m in mentions if m.label == "PERSON" and m.start not in glued}
    for m in mentions:
        cut = glued.get(m.start)
        if cut is not None and m.text[cut - m.start :] in names:
            m.text = m.text[cut - m.start :]
            m.start = cut
            m.entry = alias_table().lookup(m.text)


def _cut_glued_prefix(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """Keep only a trailing known name when title-case words were glued before it."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 2 or alias_table().lookup(text[start:end]) is not None:
        return start, end, label
    for k in range(len(words) - 1, 0, -1):
        tail = text[start + words[k].start() : end]
        entry = alias_table().lookup(tail)
        if entry is None or entry.demonym:
            continue
        before = words[k - 1].group().lower()
        if before in FUNCTION_WORDS or not words[k - 1].group()[:1].isupper():
            return start, end, label
        return start + words[k].start(), end, entry.label
    return start, end, label


def _headline_lines(text: str) -> list[tuple[int, int]]:
    out = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group().strip()
        if line[-1:] in '.?!:"”':
            continue  # asked first: most lines are sentences, whose words need no reading
        words = re.findall(r"[^\W\d_][\w'’.-]*", line)
        if len(words) < HEADLINE_MIN_WORDS:
            continue
        caps = sum(1 for w in words if w[0].isupper())
        if caps / len(words) >= HEADLINE_CAPS_SHARE:
            out.append((match.start(), match.end()))
    return out


def _drop_headline_runs(
    mentions: list[_Mention], text: str, lines: list[tuple[int, int]]
) -> list[_Mention]:
    def in_headline(m: _Mention) -> bool:
        return any(s <= m.start and m.end <= e for s, e in lines)

    body_texts = {m.text for m in mentions if not in_headline(m)}
    keep = []
    for m in mentions:
        if (
            m.label in HEADLINE_PRONE
            and m.entry is None
            and in_headline(m)
            and m.text not in body_texts
            and len(m.text.split()) > 1
        ):
            continue
        keep.append(m)
    return keep


def _split_headline_persons(
    mentions: list[_Mention], lines: list[tuple[int, int]]
) -> list[_Mention]:
    """A PERSON run on a title-case headline line that spans a name of the body and the
    headline's next words ("Ben Carson Slams Hillary Clinton", "Donald Trump Blasts") is cut
    to the body's names it starts and ends with: a headline's verbs are capitalised too."""
    if not lines:
        return mentions

    def in_headline(m: _Mention) -> bool:
        return any(s <= m.start and m.end <= e for s, e in lines)

    names = sorted(
        {m.text for m in mentions if m.label == "PERSON" and not in_headline(m)},
        key=len,
        reverse=True,
    )
    out: list[_Mention] = []
    for m in mentions:
        if m.label != "PERSON" or m.text in names or not in_headline(m):
            out.append(m)
            continue
        head = next((n for n in names if m.text.startswith(n + " ")), None)
        tail = next((n for n in names if m.text.endswith(" " + n)), None)
        if head is not None and tail is not None and len(head) + len(tail) >= len(m.text):
            tail = None  # the two overlap: the head alone
        if head is None and tail is None:
            out.append(m)
            continue
        for piece, start in ((head, m.start), (tail, m.end - len(tail or ""))):
            if piece is not None:
                part = _Mention(start, start + len(piece), "PERSON", piece)
                part.entry = alias_table().lookup(piece)
                out.append(part)
    return out


def _relabel_surnames(mentions: list[_Mention]) -> None:
    names: set[str] = set()
    for m in mentions:
        if m.label == "PERSON" and m.entry is None:
            words = m.text.split()
            names.add(m.text)
            names.add(words[-1])
    for m in mentions:
        if m.label in {"GPE", "LOC", "ORG", "FAC", "NORP"} and m.entry is None and m.text in names:
            m.label = "PERSON"


#: A single given name coordinated right before a full name ("Graham and Lorraine Petherick",
#: "Tom & Ellen Marsh"): the gap between the two mentions.
_COORDINATOR = re.compile(r"^[ \t]+(?:and|&)[ \t]+$")
#: A capitalised word right before a mention: "Mr. Graham and …", "Sen. Graham and …".
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.'’-]*)[ \t]*$")


def _coordinated_given_names(mentions: list[_Mention], text: str) -> None:
    """Two people named with one surname, the way English writes couples, siblings and a
    parent and child ("Graham and Lorraine Petherick said", "by Bill and Melinda Gates",
    "the twins, Nadia and Aisha Rahman"): the single given name coordinated right before a
    full name takes its surname. Its mention becomes a full-name PERSON mention of the
    first person ("Graham Petherick") whose span stays the given name alone (the caller's
    text), so a later "Mr Petherick" or "Petherick" is read between two namesakes
    (:class:`_SharedNames`) instead of going to the only full name.

    Only a mention the model reads as a person ("in Washington and Zachary Fagenson in
    Miami" is a place). Not when the single word is someone's surname ("Kasich and Marco
    Rubio" where the article names "John Kasich"; "Mr. Graham and Lorraine Petherick"): it
    is a name word other than the first of another person mention, a title or honorific
    stands before it anywhere, or a capitalised word stands right before it; nor when the
    article names someone of another surname with that given name ("Hillary and Tim Kaine"
    after "Hillary Clinton"), nor when the text used the word alone for a person before
    (news names a person in full first: "Keyworth rushed …" before "Keyworth and Dick
    Hackborn" is a surname), nor when it is a known name of the alias table ("Obama and
    Hillary Clinton"), nor when the two words are one name twice ("Johnson and Johnson"
    has no full name after the coordinator)."""
    named = [m.text.split() for m in mentions if m.label == "PERSON" and " " in m.text]
    surnames = {w for words in named for w in words[1:]}
    given = {words[0]: words[-1] for words in named}
    alone: dict[str, int] = {}  # a one-word person name → where the text first uses it
    for m in mentions:
        if m.label == "PERSON" and " " not in m.text:
            alone.setdefault(m.text, m.start)
    for first, full in zip(mentions, mentions[1:], strict=False):
        word = first.text
        words = full.text.split()
        if (
            full.label != "PERSON"
            or len(words) < 2
            or first.entry is not None
            or first.label != "PERSON"
            or not re.fullmatch(r"[A-Z][a-z'’-]+", word)
            or not _COORDINATOR.match(text[first.end : full.start])
            or word in surnames
            or word in words
            or given.get(word, words[-1]) != words[-1]
            or alone.get(word, first.start) < first.start
        ):
            continue
        before = _WORD_BEFORE.search(text[max(0, first.start - 30) : first.start])
        if before is not None and before.group(1)[:1].isupper():
            continue
        if re.search(_TITLED_WORD + re.escape(word) + r"\b", text):
            continue
        name = f"{word} {words[-1]}"
        entry = alias_table().lookup(name)
        if entry is not None and (entry.demonym or entry.label != "PERSON"):
            continue
        first.text, first.label, first.entry = name, "PERSON", entry
        first.paired = full.paired = True


#: An honorific or title right before a word ("Mr ", "Sen. ", "President "): the word after
#: it is a surname.
_TITLED_WORD = (
    r"\b(?:"
    + "|".join(sorted({t.capitalize() for t in TITLES}, key=len, reverse=True))
    + r")\.?[ \t]+"
)


# --- clustering ------------------------------------------------------------------------


def _cluster(
    mentions: list[_Mention],
    text: str = "",
    ties: dict[int, str] | None = None,
    called: dict[str, int] | None = None,
) -> tuple[EntityCluster, ...]:
    """Group mentions by alias entry, then full name, then in-article short forms. ``ties``:
    the gender a sentence ties to a one-word person mention, by its start
    (:func:`~topline.analyze.namesakes.pronoun_ties`); ``called``: the one-word person
    names the writer uses (:func:`~topline.analyze.namesakes.first_names`)."""
    keys: dict[str, list[_Mention]] = {}
    order: list[str] = []
    for m in mentions:
        m.key = _own_key(m)
    _join_middle_names(mentions, text)
    full = _long_forms(mentions)
    shared = _SharedNames(text, mentions, ties=ties or {}, called=called or {})
    for i, m in enumerate(mentions):
        if m.entry is None:
            target = _short_form_target(m, full, i, mentions, shared)
            if target is not None:
                m.key = target
        shared.seen(m, i)
        if m.key not in keys:
            keys[m.key] = []
            order.append(m.key)
        keys[m.key].append(m)
    clusters = []
    for i, key in enumerate(order):
        group = keys[key]
        entry = next((m.entry for m in group if m.entry is not None), None)
        if entry is not None:
            canonical, label = entry.canonical, entry.label
        else:
            best = max(group, key=lambda m: (len(m.text.split()), len(m.text)))
            canonical = best.text
            label = _majority(m.label for m in group)
        aliases = tuple(dict.fromkeys(m.text for m in group if m.text != canonical))
        clusters.append(
            EntityCluster(
                id=f"e{i}",
                canonical=canonical,
                label=label,
                mentions=tuple(Span(m.start, m.end) for m in group),
                aliases=aliases,
            )
        )
    return tuple(clusters)


#: A middle word of a name: an initial or initials ("J.", "H.W.") or a capitalised name
#: ("Rodham"); never a lower-case word ("Bill and Hillary Clinton").
_MIDDLE_WORD = re.compile(r"^(?:(?:[A-Z]\.)+|[A-Z][a-z'’-]+)$")
#: A namesake read as another person: a parent or child noun in apposition ("his father,
#: George Bush") or "the elder/first …" before the name or its title ("the first President
#: George Bush"). Parents and children are who share a first and a last name.
_NAMESAKE_BEFORE = re.compile(
    r"(?:\b(?:father|son|mother|daughter|grandfather|grandson|grandmother|granddaughter)"
    r",?[ \t]+"
    r"|\bthe[ \t]+(?:elder|younger|older|first|second|senior)[ \t]+(?:[A-Z][a-z]+\.?[ \t]+)?)$"
)


def _join_middle_names(mentions: list[_Mention], text: str) -> None:
    """One person named with and without a middle initial or name: a two-word person name
    ("Loretta Lynch", "Hillary Clinton") takes the key of the one longer name of the
    article with its first and last word and only initials or capitalised names between
    ("Loretta E. Lynch", "Hillary Rodham Clinton"; "Hillary R. Clinton" joins too). Left
    apart when two such names differ in their middle ("George W. Bush" and "George H.W.
    Bush": "George Bush" may be either), and when the text reads one of them as a namesake
    ("his father, George Bush"). A generational suffix ("Donald Trump Jr.") is another last
    word, so it never matches."""
    longs: dict[tuple[str, str], dict[str, list[_Mention]]] = {}
    shorts: dict[tuple[str, str], list[_Mention]] = {}
    for m in mentions:
        if m.label != "PERSON" or m.entry is not None:
            continue
        words = m.text.split()
        if len(words) == 2:
            shorts.setdefault((words[0], words[1]), []).append(m)
        elif len(words) > 2 and all(
            _MIDDLE_WORD.match(w) and w not in (words[0], words[-1]) for w in words[1:-1]
        ):  # not a name run twice together ("Ben Carson Carson")
            # "R." and "Rodham" agree; "H.W." and "W." do not
            middle = "".join(w.replace(".", "") if "." in w else w[0] for w in words[1:-1])
            longs.setdefault((words[0], words[-1]), {}).setdefault(middle, []).append(m)
    for name, group in shorts.items():
        forms = longs.get(name)
        if forms is None or len(forms) != 1:
            continue
        (long_forms,) = forms.values()
        if any(
            _NAMESAKE_BEFORE.search(text[max(0, f.start - 40) : f.start])
            for f in [*group, *long_forms]
        ):
            continue
        for m in [*group, *long_forms[1:]]:
            m.key = long_forms[0].key


def _own_key(m: _Mention) -> str:
    if m.entry is not None:
        return "alias:" + m.entry.canonical
    return f"{_label_group(m.label)}:{normalize(m.text)}"


def _label_group(label: str) -> str:
    return "PERSON" if label == "PERSON" else "NAME"


@dataclass(frozen=True)
class _LongForms:
    """The multi-word mentions, indexed by label group and by last word, first word and
    initials, so each short mention looks up its few possible long forms instead of
    scanning them all (the scan was quadratic in the article's mentions)."""

    entries: list[tuple[int, _Mention, list[str]]]
    by_last: dict[tuple[str, str], list[int]]
    by_first: dict[tuple[str, str], list[int]]
    by_initials: dict[tuple[str, str], list[int]]
    #: (text, label) of a short mention → its possible long forms as (mention index,
    #: mention), in text order: the same name repeated is looked up once.
    candidates: dict[tuple[str, str], list[tuple[int, _Mention]]] = field(default_factory=dict)


#: Words inside a name that open its complement: the name's last words after one of them
#: are another place or thing ("Diplomatic Academy of Vietnam", "Bank of England",
#: "University of Texas"), never a short form of the whole name.
NAME_PREPOSITIONS = frozenset({"of", "for", "in", "at", "on", "de", "del", "du", "des"})


def _long_forms(mentions: list[_Mention]) -> _LongForms:
    entries: list[tuple[int, _Mention, list[str]]] = []
    by_last: dict[tuple[str, str], list[int]] = {}
    by_first: dict[tuple[str, str], list[int]] = {}
    by_initials: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(mentions):
        fwords = m.text.split()
        if len(fwords) <= 1 or m.entry is not None:
            continue
        n = len(entries)
        group = _label_group(m.label)
        entries.append((i, m, fwords))
        by_last.setdefault((group, fwords[-1]), []).append(n)
        by_first.setdefault((group, fwords[0]), []).append(n)
        initials = "".join(w[0] for w in fwords if w[:1].isupper())
        by_initials.setdefault((group, initials), []).append(n)
    return _LongForms(entries, by_last, by_first, by_initials)


@dataclass(slots=True)
class _SharedNames:
    """What a reader remembers while reading a short name that two or more different full
    names end with ("Clinton" after "Bill Clinton" and "Hillary Clinton"): the latest
    mention of each cluster key, the person each gendered honorific of a short name was
    first given to ("Mrs. Clinton" stays Hillary Clinton), and the gender a full name's own
    mentions show ("her husband, Bill Clinton"; "Mr. Donald Trump")."""

    text: str
    mentions: list[_Mention]
    #: (word, key) → index of the latest mention of ``key`` holding that word: "Mrs.
    #: Clinton" is read against the last *Clinton* named, not the last "Bill".
    latest: dict[tuple[str, str], int] = field(default_factory=dict)
    bound: dict[tuple[str, str], str] = field(default_factory=dict)
    genders: dict[str, str | None] = field(default_factory=dict)
    titles: dict[tuple[str, tuple[str, ...]], str | None] = field(default_factory=dict)
    others: dict[tuple[str, str, str], bool] = field(default_factory=dict)
    #: The gender a sentence ties to a one-word mention ("Pruitt said he …"), by its start.
    ties: dict[int, str] = field(default_factory=dict)
    relatives: dict[str, bool] = field(default_factory=dict)
    pairs: dict[str, bool] = field(default_factory=dict)
    #: How often the writer uses each one-word person name outside quotations ("Elian").
    called: dict[str, int] = field(default_factory=dict)

    def seen(self, m: _Mention, index: int) -> None:
        for word in m.text.split():
            self.latest[(word, m.key)] = index

    def gender_of(self, key: str) -> str | None:
        """The gender the long-form mentions of ``key`` show, when they agree."""
        if key not in self.genders:
            seen = {
                strong_evidence(self.text, Span(m.start, m.end))
                for m in self.mentions
                if m.key == key and " " in m.text
            } - {None}
            self.genders[key] = seen.pop() if len(seen) == 1 else None
        return self.genders[key]

    def shown_sex(self, key: str, before: int) -> str | None:
        """The sex the text has shown for ``key`` before ``before``: its full name's own
        evidence (:meth:`gender_of`), else the honorifics of the short forms already read as
        that person ("Ms. Galloway said" read as Ellen Galloway), when they agree. A short
        form's honorific is the text's own word for the person's sex (seventeenth session:
        "Galloway, a Republican …, said …. "…," he said" is not the farmer "Ms. Galloway")."""
        own = self.gender_of(key)
        if own is not None or not self.text:
            return own
        seen = {
            honorific_gender_before(self.text, f.start)
            for f in self.mentions
            if f.key == key and f.start < before and " " not in f.text
        } - {None}
        return seen.pop() if len(seen) == 1 else None

    def titled_other(self, m: _Mention, key: str) -> bool:
        """Whether a titled short name ("President Obama") is another person than the one
        full name ``key`` ("the first lady, Michelle Obama"): the full name's gender is
        known, the text gives the short name the other gender's honorific elsewhere ("Mr.
        Obama"), and no mention of the full name carries the title."""
        own = self.gender_of(key)
        title = _title_before(self.text, m.start) if own is not None else None
        if own is None or title is None:
            return False
        asked = (title, m.text, key)
        if asked not in self.others:  # "President Obama" 200 times is read once
            self.others[asked] = self._titled_other(m, key, own, title)
        return self.others[asked]

    def _titled_other(self, m: _Mention, key: str, own: str, title: str) -> bool:
        words = MALE_HONORIFICS if own == "f" else FEMALE_HONORIFICS
        other = re.compile(
            r"\b(?:"
            + "|".join(w.capitalize() for w in words)
            + r")\.?\s+"
            + re.escape(m.text)
            + r"\b"
        )
        if other.search(self.text) is None:
            return False
        return not any(
            title in _roles_of(self.text, f)
            for f in self.mentions
            if f.key == key and " " in f.text
        )

    def titled(self, m: _Mention, keys: list[str]) -> str | None:
        """The one full name that carried the title ``m`` carries ("President Clinton" after
        "President Bill Clinton" and "Hillary Clinton"), else None."""
        title = _title_before(self.text, m.start)
        if title is None:
            return None
        asked = (title, tuple(keys))
        if asked not in self.titles:  # "President Trump" 200 times is looked up once
            found = {
                f.key
                for f in self.mentions
                if f.key in keys and " " in f.text and title in _roles_of(self.text, f)
            }
            self.titles[asked] = found.pop() if len(found) == 1 else None
        return self.titles[asked]

    def paired(self, key: str) -> bool:
        """Whether ``key`` was named in a coordinated pair of one surname ("Graham and
        Lorraine Petherick"; :func:`_coordinated_given_names`)."""
        if key not in self.pairs:
            self.pairs[key] = any(f.paired for f in self.mentions if f.key == key)
        return self.pairs[key]

    def read_pair(self, m: _Mention, keys: list[str], gender: str | None) -> list[str] | None:
        """The candidates left for a surname after two people of it were named as a pair
        ("Graham and Lorraine Petherick"), None when the text does not say which. With an
        honorific: the one the text shows to be of its sex ("her husband, Graham
        Petherick"); else neither, as the one named last is no better a guess than the
        other. A bare surname: the one of the pair named in full on their own again (the
        person the story is about, "Hillary Clinton" after "Bill and Hillary Clinton")
        when only one is."""
        pair = [k for k in keys if self.paired(k)]
        if gender is not None:
            known = [k for k in pair if self.gender_of(k) == gender]
            return [known[0]] if len(known) == 1 else None
        alone = [k for k in pair if self.named_alone(k)]
        if len(alone) != 1:
            return None
        return [k for k in keys if k not in pair or k == alone[0]]

    def named_alone(self, key: str) -> bool:
        """Whether ``key`` is named in full outside its pair ("Lorraine Petherick said")."""
        return any(f.key == key and " " in f.text and not f.paired for f in self.mentions)

    def relative(self, key: str) -> bool:
        """Whether a long-form mention of ``key`` introduces the person as someone's
        relative ("his wife, Carol Pruitt"; :func:`~topline.analyze.namesakes.relative`)."""
        if key not in self.relatives:
            self.relatives[key] = any(
                relative(self.text, f.start, f.end)
                for f in self.mentions
                if f.key == key and " " in f.text
            )
        return self.relatives[key]

    def read_without_title(self, m: _Mention, keys: list[str]) -> list[str]:
        """The candidates a reader keeps for a bare surname with no honorific: those not
        known to be of the other gender than a pronoun the sentence ties to it, and of them
        those not introduced as someone's relative when some were not
        (:mod:`topline.analyze.namesakes`)."""
        tie = self.ties.get(m.start)
        if tie is not None:
            # only a namesake the text shows to be of the other sex is left out: "Trump said
            # she …" may be about someone else, so it never picks the one shown of its sex
            keys = [k for k in keys if self.shown_sex(k, m.start) in (None, tie)] or keys
        principal = [k for k in keys if not self.relative(k)]
        if not principal or len(principal) == len(keys):
            return keys
        if any(self.called_by_first_name(k) for k in principal):
            return keys  # "Elian" is the boy: "Gonzalez" is someone else, read as before
        return principal

    def called_by_first_name(self, key: str) -> bool:
        """The writer calls ``key`` by first name at least twice and more often than by
        full name ("Elian" nine times, "Elian Gonzalez" once)."""
        names = [f.text for f in self.mentions if f.key == key and " " in f.text]
        if not names:
            return False
        used = self.called.get(max(names, key=len).split()[0], 0)
        return used >= 2 and used > len(names)

    def choose(self, m: _Mention, index: int, found: list[tuple[int, _Mention]]) -> str | None:
        """The key of the person ``m`` names among two or more full names, as a reader
        reads it: an honorific's gender must agree (with the full name's own evidence and
        with the person the other honorific was given to), and otherwise the most recently
        named of them. ``m``'s own key (no join) when the honorific contradicts every full
        name; None (the caller's nearest long form) when nothing is to be read."""
        keys = list(dict.fromkeys(f.key for _, f in found))
        gender = honorific_gender_before(self.text, m.start) if self.text else None
        if len(keys) == 1:  # one full name: only an honorific it is known to contradict
            if gender is not None and self.gender_of(keys[0]) not in (None, gender):
                return m.key  # "Mr. Khan" is not "his wife, Ghazala Khan": left alone
            if gender is None and self.titled_other(m, keys[0]):
                return m.key  # "President Obama" is not "the first lady, Michelle Obama"
            return None
        if gender is None and (titled := self.titled(m, keys)) is not None:
            return titled
        if (
            gender is None
            and _title_before(self.text, m.start) is None  # a title no full name carried
            and all(f.text.split()[-1] == m.text for _, f in found)
        ):
            keys = self.read_without_title(m, keys)
            if len(keys) == 1:
                return keys[0]
        if gender is not None:
            other = "f" if gender == "m" else "m"
            if (m.text, gender) in self.bound and self.bound[(m.text, gender)] in keys:
                return self.bound[(m.text, gender)]
            keys = [
                k
                for k in keys
                if self.gender_of(k) in (None, gender) and self.bound.get((m.text, other)) != k
            ]
        if sum(1 for k in keys if self.paired(k)) >= 2:
            chosen_pair = self.read_pair(m, keys, gender)
            if chosen_pair is None:  # left alone; "Mr. Khan" and "Ms. Khan" kept apart
                return m.key if gender is None else f"{m.key}#{gender}"
            keys = chosen_pair
        word = m.text.split()[-1]
        before = [
            (self.latest[(word, k)], k) for k in keys if self.latest.get((word, k), index) < index
        ]
        if before:
            chosen = max(before)[1]
        else:
            after = [(j, f.key) for j, f in found if j > index and f.key in keys]
            if not after:  # every full name is of the other gender: left alone
                return m.key if gender is not None else None
            chosen = min(after)[1]
        if gender is not None:
            self.bound.setdefault((m.text, gender), chosen)
        return chosen


_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?[ \t]+$")


def _title_before(text: str, start: int) -> str | None:
    """The capitalised title right before ``start`` ("President", "Sen."), lower case, an
    abbreviation written out ("Sen." → "senator", so that "Senator Cruz" finds "Sen. Ted
    Cruz")."""
    found = _TITLE_BEFORE.search(text[max(0, start - 20) : start])
    word = found.group(1).lower() if found else None
    word = _ABBREVIATED.get(word, word) if word is not None else None
    return word if word in TITLES else None


#: Titles written short, and the word a reader reads.
_ABBREVIATED = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "col": "colonel",
    "adm": "admiral",
    "rev": "reverend",
    "sec": "secretary",
    "pres": "president",
}
#: A title in a full name's own phrase, in any case, with an "of" phrase after it ("former
#: secretary of state Hillary Clinton", "Sen. Ted Cruz") or in its apposition ("Ted Cruz,
#: the Texas senator,").
_ROLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?(?:[ \t]+of[ \t]+[A-Za-z]+)?[ \t]+$")
_ROLE_AFTER = re.compile(
    r"^,[ \t]+(?:the|a)[ \t]+(?:former[ \t]+)?(?:[A-Z][a-z.]+[ \t]+)?([a-z]+)\b"
)


def _roles_of(text: str, m: _Mention) -> set[str]:
    """The titles a full-name mention carries: the word before it ("Sen.", "secretary of
    state") and the head of an apposition right after it ("…, the Texas senator")."""
    roles = set()
    before = _ROLE_BEFORE.search(text[max(0, m.start - 30) : m.start])
    after = _ROLE_AFTER.search(text[m.end : m.end + 40])
    for found in (before, after):
        if found is not None:
            word = found.group(1).lower()
            word = _ABBREVIATED.get(word, word)
            if word in TITLES:
                roles.add(word)
    return roles


def _short_form_target(
    m: _Mention,
    full: _LongForms,
    index: int,
    mentions: list[_Mention],
    shared: _SharedNames | None = None,
) -> str | None:
    """The key of the long form a short mention stands for: the nearest one before it,
    else the first one after it (a name repeated 1,000 times in a long article no longer
    tests every long form again for each repetition). When the long forms are two or more
    different names, ``shared`` reads it as a reader would (:class:`_SharedNames`)."""
    found = full.candidates.get((m.text, m.label))
    if found is None:
        found = full.candidates[(m.text, m.label)] = _long_form_candidates(m, full)
    found = [c for c in found if c[1] is not m]
    if not found:
        return None
    if shared is not None and m.label == "PERSON":
        chosen = shared.choose(m, index, found)
        if chosen is not None:
            return chosen
    k = bisect.bisect_left([j for j, _ in found], index)
    # the last long form before the mention; else (none before) the first one after it
    return found[k - 1][1].key if k > 0 else found[0][1].key


def _long_form_candidates(m: _Mention, full: _LongForms) -> list[tuple[int, _Mention]]:
    """The long forms ``m``'s text may shorten, in text order (``m`` itself included when
    it is one: the caller leaves it out)."""
    words = m.text.split()
    group = _label_group(m.label)
    letters = m.text.replace(".", "")
    acronym = len(letters) >= 2 and letters.isupper() and letters.isalpha()
    found: set[int] = set()
    if words:
        found.update(full.by_last.get((group, words[-1]), ()))
        if m.label == "PERSON" and len(words) == 1:
            found.update(full.by_first.get((group, words[0]), ()))
    if acronym:
        found.update(full.by_initials.get((group, letters), ()))
    candidates: list[tuple[int, _Mention]] = []
    for n in sorted(found):
        j, f, fwords = full.entries[n]
        if len(fwords) <= len(words):
            continue
        suffix = fwords[-len(words) :] == words
        if suffix and fwords[-len(words) - 1].lower() in NAME_PREPOSITIONS:
            continue  # "Vietnam" is not the "Diplomatic Academy of Vietnam"
        if suffix or (m.label == "PERSON" and len(words) == 1 and fwords[0] == words[0]):
            candidates.append((j, f))
        elif _is_acronym(m.text, fwords):
            candidates.append((j, f))
    return candidates


def _is_acronym(short: str, words: list[str]) -> bool:
    letters = short.replace(".", "")
    if len(letters) < 2 or not letters.isupper() or not letters.isalpha():
        return False
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return initials == letters


def _majority(labels: Iterable[str]) -> str:
    counts: dict[str, int] = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    return max(counts, key=lambda k: counts[k])
