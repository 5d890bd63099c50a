"""Names a reader reads that the analysis may not: a person named again where the recogniser
missed the name, and a bare surname that a reader pins on someone other than the analysis's
speaker. Used by :mod:`.credit` (split from it, eleventh session)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from topline.honorifics import honorific_gender_before
from topline.intervals import SpanIndex
from topline.model import Analysis, Entity, Source, Span

#: A capitalised word at a word boundary (a name's first word), and a word going on after a
#: name's last letter ("Rojo" in "Rojos" is no mention).
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
_WORD_GOES_ON = re.compile(r"[\w-]")
#: Pronouns a source span may be; "person" ones are pinned on the last person named
#: (:mod:`.credit` reads them too).
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
OTHER_PRONOUNS = frozenset({"they", "them", "their", "it", "its", "we", "our", "us"})
ALL_PRONOUNS = PERSON_PRONOUNS | OTHER_PRONOUNS | {"i", "me", "you"}

#: A subject that is negated by its own determiner or pronoun ("No group has claimed …",
#: "Neither party has said …", "No one in the room disputed …", "None of the aides
#: confirmed …"): it asserts that nobody said so, and names no one who did.
_NEGATED_SUBJECT = re.compile(r"(?:no|neither|nobody|none|nothing|no[- ]one)\b", re.I)


def negated_subject(text: str, span: Span | None) -> bool:
    """The source's mention opens with a negative determiner or pronoun: the sentence says
    that no one (of a kind) said something, so it is no one's credit (seventeenth session,
    second round). "Neither Smith nor Jones commented" credits neither; "Nobel" and
    "Noland" are names, not negations (the word must end there)."""
    return span is not None and _NEGATED_SUBJECT.match(span.of(text).strip()) is not None


#: A person's name shorter than this is not looked for where the recogniser missed it.
MIN_MISSED_NAME = 4


def missed_names(analysis: Analysis) -> list[Entity]:
    """People named again where the recogniser missed them: a capitalised mention of a
    PERSON cluster ("Al-Awlaki", "Ms. Roe") written elsewhere in the text, at word
    boundaries, outside every entity the analysis found. "Footage of Al-Awlaki again
    appears. … he says" names the man a reader pins "he" on, whether or not the recogniser
    saw it; so is the surname of a name given in full ("Christian Estrosi … Estrosi told
    …", seventeenth session); a mention shared by two people's clusters is left out (it names
    neither: "Galloway" of Robert and Ellen Galloway)."""
    text = analysis.article.text
    owners: dict[str, set[str]] = {}
    for cluster in analysis.clusters:
        if cluster.label != "PERSON":
            continue
        names = [m.of(text).strip() for m in cluster.mentions]
        # the surname of a name given in full: news names a person in full once and by
        # surname after ("Christian Estrosi … said …. Estrosi told …"), whether or not the
        # recogniser saw the surname
        full = cluster.canonical.split()
        if len(full) > 1 and full[-1][:1].isupper() and full[-1].isalpha():
            names.append(full[-1])
        for name in names:
            if (
                len(name) >= MIN_MISSED_NAME
                and name[:1].isupper()
                and name.lower() not in ALL_PRONOUNS
            ):
                owners.setdefault(name, set()).add(cluster.canonical)
    # by first word, longest first: one scan of the capitalised words, no pattern per text
    by_first: dict[str, list[str]] = {}
    for name in sorted((n for n, o in owners.items() if len(o) == 1), key=len, reverse=True):
        first = _CAPITALISED.match(name)
        if first is not None:
            by_first.setdefault(first.group(0), []).append(name)
    if not by_first:
        return []
    found = SpanIndex((e.span.start, e.span.end) for e in analysis.entities)
    out: list[Entity] = []
    for m in _CAPITALISED.finditer(text):
        if out and m.start() < out[-1].span.end:
            continue  # "Nord" inside "Radio Nord", just read as one name
        for name in by_first.get(m.group(0), ()):
            end = m.start() + len(name)
            if text.startswith(name, m.start()) and not _WORD_GOES_ON.match(text, end):
                if not found.overlaps(m.start(), end):
                    out.append(Entity(Span(m.start(), end), "PERSON", next(iter(owners[name]))))
                break
    return out


#: An honorific before a surname, and the gender it shows.


def speaker_names(analysis: Analysis, speaker: Source, *, pronouns: bool = True) -> set[str]:
    """The credited person's names as the text writes them: the source's name, its cluster's
    canonical name and every mention (pronoun mentions left out when ``pronouns`` is False),
    empty strings dropped."""
    text = analysis.article.text
    names = {speaker.name}
    for cluster in analysis.clusters:
        if speaker.cluster is not None and cluster.id == speaker.cluster:
            names.add(cluster.canonical)
            mentions = (m.of(text).strip() for m in cluster.mentions)
            names.update(m for m in mentions if pronouns or m.lower() not in ALL_PRONOUNS)
    return {n for n in names if n}


def ambiguous_surname(analysis: Analysis, speaker: Source, people: Sequence[Entity]) -> bool:
    """The credit rests on a bare surname ("Mr. Bush", or "he" after it) and the last person
    named in full with that surname before it, outside quotations, is someone else ("Jeb
    Bush … his brother, George W. Bush, … Mr. Bush also praised his younger brother"): a
    reader pins the surname on that person, so the credit to the other is not one an editor
    would print. ``people``: the PERSON mentions a reader can read as names (outside
    quotations, not possessives), in text order. A person of the other gender than the
    honorific shows ("Laura Bush" before "Mr. Bush") is no such reading."""
    if speaker.span is None:
        return False
    text = analysis.article.text
    anchor = speaker.span
    pronoun = anchor.of(text).strip().lower() in ALL_PRONOUNS
    if not pronoun and len(anchor.of(text).split()) != 1:
        return False  # a full name ("Jeb Bush said") is no bare surname: nothing to read
    names = speaker_names(analysis, speaker)
    if pronoun:
        named = [
            e
            for e in people
            if e.span.end <= anchor.start and (e.canonical in names or e.span.of(text) in names)
        ]
        if not named:
            return False
        anchor = named[-1].span
    words = anchor.of(text).split()
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    gender = honorific_gender_before(text, anchor.start)
    genders = {c.canonical: c.gender for c in analysis.clusters if c.label == "PERSON"}
    others: set[str] = set()
    for e in reversed(people):
        if e.span.end > anchor.start:
            continue
        full = e.span.of(text).split()
        if len(full) < 2 or full[-1] != words[0]:
            continue
        if gender is not None and genders.get(e.canonical) not in (None, gender):
            continue  # "Laura Bush" is not "Mr. Bush"
        if e.canonical in names or e.span.of(text) in names:
            # the speaker is the last so named, unless only inside a namesake's apposition
            return _inside_namesakes_apposition(text, e, people, words[0])
        if any(len(n.split()) > 1 for n in names):
            return True  # another person named in full since the speaker was
        others.add(e.canonical)
    # a speaker the analysis knows only by the surname ("Menear", after "Craig Menear" in a
    # cluster of its own) is that person, unless two people of that name came before
    return len(others) > 1


#: What lies between a name and a name inside its apposition's "of" phrase: ", younger
#: brother of Vice President ", ", the daughter of ": a comma, a noun phrase, "of", and
#: the inner name's titles, all in one clause (no comma, stop or quotation mark).
_APPOSITION_OF = re.compile(r",\s+[^,.;:!?\"“”()]{0,60}?\bof\s+[^,.;:!?\"“”()]{0,40}$")


def _inside_namesakes_apposition(
    text: str, mention: Entity, people: Sequence[Entity], surname: str
) -> bool:
    """``mention`` (a full name) is the object of the "of" phrase in the apposition of
    another person of the same surname ("Hunter Biden, son of Vice President Joe Biden,
    said …"): the head of the subject is the other person, Joe Biden is only spoken of, and
    a bare "Biden said" after it is no reading a reader makes of Joe Biden (seventeenth
    session, second round: the analysis gave the surname to the namesake named last)."""
    before = [e for e in people if e.span.end <= mention.span.start]
    if not before:
        return False
    outer = before[-1]
    words = outer.span.of(text).split()
    return (
        len(words) > 1
        and surname in words[1:]  # "Prescott Bush III"
        and outer.canonical != mention.canonical
        and _APPOSITION_OF.match(text, outer.span.end, mention.span.start) is not None
    )


#: Nouns of family and the gender each shows ("" for either): "her husband, Frank Roe"
#: names Frank as someone's relative.
KIN = {
    **dict.fromkeys(
        """husband son brother father uncle nephew grandson grandfather stepson stepfather
        fiance fiancé widower""".split(),
        "m",
    ),
    **dict.fromkeys(
        """wife daughter sister mother aunt niece granddaughter grandmother stepdaughter
        stepmother fiancee fiancée widow""".split(),
        "f",
    ),
    **dict.fromkeys(("cousin", "partner"), ""),
}
#: A possessive and a noun of family just before a name: "her husband, ", "his son ".
_KIN_BEFORE = re.compile(r"\b(?:his|her|their|[A-Z][\w'’-]*['’]s)\s+(?P<kin>[a-zé]+),?\s+$")


#: A possessive, a noun of family and a full name: "her husband, Frank Roe".
_KIN_NAME = re.compile(
    r"\b(?:his|her|their|[A-Z][\w'’-]*['’]s)\s+(?P<kin>[a-zé]+),?\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)"
)


@functools.lru_cache(maxsize=4)
def _relatives(text: str) -> dict[str, frozenset[str]]:
    """The full names ``text`` writes only as someone's relative, each with the genders its
    nouns of family show: made once per text (a credit check per tag and per quote ran a
    search of the whole text)."""
    found: dict[str, set[str]] = {}
    for m in _KIN_NAME.finditer(text):
        kin = m["kin"].lower()
        if kin in KIN:
            found.setdefault(m["name"], set()).add(KIN[kin])
    out = {}
    for name, genders in found.items():
        if all(
            (kin := _KIN_BEFORE.search(text, max(0, m.start() - 40), m.start())) is not None
            and kin["kin"].lower() in KIN
            for m in re.finditer(re.escape(name), text)
        ):
            out[name] = frozenset(genders)
    return out


def relative_named_later(analysis: Analysis, speaker: Source) -> bool:
    """The credit's full name is a relative's: every time the text writes it, it names
    someone's husband, son or wife ("she vented to her husband, Frank Fiorina"), and the
    credited mention is not that name but a pronoun or the surname the relatives share,
    either before the name is first written or of a person whose gender is not the
    relative's ("Fiorina … ‘…,’ she told her audience"). An analysis that merges two
    relatives into one person names the wife by her husband's full name; a reader pins the
    words on the person the story is about."""
    name = speaker.name.strip()
    if speaker.span is None or len(name.split()) < 2:
        return False
    text = analysis.article.text
    genders = _relatives(text).get(name)
    if genders is None or name in speaker.span.of(text):
        return False  # a name that stands for itself, or "her husband, Frank Roe, said"
    if text.find(name) > speaker.span.start:
        return True  # the reader has not met the name at the credit
    gender = next((c.gender for c in analysis.clusters if c.id == speaker.cluster), None)
    return gender is not None and genders == {"m" if gender == "f" else "f"}


#: Role nouns that show a gender, besides :data:`KIN`: "son of HP's co-founder", "the
#: company's spokeswoman".
GENDERED_ROLES = {
    **KIN,
    **dict.fromkeys(
        """man boy king prince chairman spokesman congressman businessman councilman
        actor""".split(),
        "m",
    ),
    **dict.fromkeys(
        """woman girl queen princess chairwoman spokeswoman congresswoman businesswoman
        councilwoman actress""".split(),
        "f",
    ),
}
_MALE_WORDS = frozenset({"he", "him", "his"})
_FEMALE_WORDS = frozenset({"she", "her", "hers"})


def role_contradicts(pronoun: str, role: str) -> bool:
    """The role shown with the speaker's name says the other gender than the pronoun the
    credit rests on ("…," she said → "Walter Hewlett, son of HP's co-founder"): a reader
    sees at once that the words are not his. Only the role's head noun (its first noun
    before "of", after an article or a possessive) is read."""
    word = pronoun.strip().lower()
    want = "m" if word in _MALE_WORDS else "f" if word in _FEMALE_WORDS else None
    if want is None:
        return False
    head = re.match(
        r"\W*(?:(?:the|a|an|his|her|their|its|[\w.&'’-]+['’]s)\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?P<noun>[a-z]+)\b(?=\s+(?:of|to|for|at|in|and|who|that|with|from)\b|\s*[,;]|\s*$)",
        role,
    )
    if head is None:
        return False
    gender = GENDERED_ROLES.get(head["noun"])
    return bool(gender) and gender != want
