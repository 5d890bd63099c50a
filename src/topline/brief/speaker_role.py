"""The Crucial quote speaker's role: a title in apposition to a named mention of the speaker
("Steve Menet, CEO of Acme, said"), shown after the name. Split from :mod:`.crucial`.

A role is a title, not a clause or an aside: it opens with an article, a possessive, a
lower-case word or an acronym, is short, has no verb or pronoun, and is not a discourse
adverb or a contraction ("Hillary Clinton, meanwhile, said", "Justine Dawson, who's been
teaching …").
"""

from __future__ import annotations

import re

from topline.brief import editorial_rules as rules
from topline.brief.credit_names import KIN
from topline.model import Analysis, Source, Span
from topline.source_lexicon import PERSON_NOUNS, PERSON_SUFFIXES, TITLE_NOUNS

#: Pronouns that stand where a speaker's name would (:mod:`.crucial` reads them too).
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "his", "her", "their"})

#: ", CEO of Acme," / ", a spokesman for the police." right after a name: an appositive
#: role. It opens with an article, a possessive, a lower-case word or an acronym, runs to
#: the next comma, full stop, semicolon or bracket (or a verb of saying), and is short.
_ROLE = re.compile(
    r",\s+((?:the |a |an )?(?:[a-z][\w'’-]*|[A-Z]{2,}\b|[A-Z][\w]*['’]s\b)"
    r"(?:[ -](?:[\w'’&-]+|[A-Z]\.))*?)"
    r"(?=\s*(?:[,;)]|\.(?:\s|$)|$|\s(?:said|says|told|tells|added|adds|wrote|writes)\b))"
)
#: First words that open a clause or an aside, not a role ("Smith, who …", "Smith, speaking …").
_NOT_ROLE_START = frozenset(
    """who whom whose which that when where while and but or nor so yet in on at as for with
    after before if because although though however also then said says told tells added
    adds according wrote writes noted asked speaking adding saying noting explaining
    writing referring responding told is was are were has had have will would could
    did does do not too he she they it we i you this these those there here now today
    yesterday himself herself themselves itself also meanwhile however too though instead
    again once still therefore thus likewise similarly moreover meantime nonetheless
    nevertheless otherwise perhaps apparently reportedly allegedly notably previously later
    earlier already alone first finally""".split()
)
#: A contraction opens a clause ("Justine Dawson, who's been teaching …", "Smith, he's …").
_CONTRACTION = re.compile(r"[a-z]+['’](?:s|re|d|ll|ve|m)")
#: Words no title contains: a verb or a pronoun makes the words after the comma a clause.
_NOT_IN_ROLE = frozenset(
    """who whom whose which that say says said is are was were has have had will would can
    could should may might do does did he she they it we i you him them""".split()
)
#: A title abbreviation the role would end on if cut at its full stop ("Texas Sen.").
_ABBREVIATION_END = re.compile(
    r"\b(?:Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Dr|Mr|Mrs|Ms|St|Jr|Sr|Inc|Co|Corp|Ltd|Dept|Mt|"
    r"Ft|No|U\.S|U\.K|[A-Z])$"
)
#: A role longer than this many words is more likely a clause than a title.
MAX_ROLE_WORDS = 10


#: A possessive pronoun opens a role only before a noun of a person ("his wife", "her
#: lawyer", "their coach"); "his words drowned by applause" is an aside about the speaker.
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
#: Endings of nouns that name a person by what they do: the source lexicon's, and "-man"/"-woman".
_PERSON_ENDINGS = (*PERSON_SUFFIXES, "man", "woman")


def absolute_phrase(words: list[str]) -> bool:
    """The role's words open with a possessive pronoun and no noun of a person follows it
    within two words ("his words drowned by applause", "her voice breaking"): an absolute
    phrase about the speaker, not who they are ("his wife", "her longtime lawyer" are)."""
    if not words or words[0].lower() not in _POSSESSIVE_PRONOUNS:
        return False
    following = [w.lower().strip(",.;") for w in words[1:3]]
    return not any(
        w in PERSON_NOUNS or w in TITLE_NOUNS or w in KIN or w.endswith(_PERSON_ENDINGS)
        for w in following
    )


def speaker_role(analysis: Analysis, speaker: Source | None) -> Span | None:
    """Who the speaker is, when the article says so in apposition to a mention of them
    ("Steve Menet, CEO of Acme, said"): the first such role among the speaker's named
    mentions (an article introduces a person with their role), outside quotation marks."""
    if speaker is None:
        return None
    text = analysis.article.text
    mentions: list[Span] = []
    for cluster in analysis.clusters:
        if speaker.cluster is not None and cluster.id == speaker.cluster:
            mentions.extend(cluster.mentions)
    if speaker.span is not None:
        mentions.append(speaker.span)
    quoted = [q.content_span for q in analysis.quotes if q.kind == "direct"]
    for mention in sorted(set(mentions), key=lambda m: m.start):
        name = mention.of(text)
        if not name[:1].isupper() or name.lower() in SPEAKER_PRONOUNS:
            continue
        if any(q.start <= mention.start < q.end for q in quoted):
            continue
        match = _ROLE.match(text, mention.end)
        if match is None:
            continue
        role = match.group(1)
        words = role.split()
        first = words[0].lower()
        if first in _NOT_ROLE_START or first.endswith(("ing", "ed")) or len(words) > MAX_ROLE_WORDS:
            continue
        if _CONTRACTION.fullmatch(words[0]) or (len(words) == 1 and first.endswith("ly")):
            continue  # "who's been teaching …", "Clinton, meanwhile/reportedly, said": no title
        if rules.unbalanced_quotes(role) or any(c.isdigit() for c in words[0]):
            continue
        if {w.lower().strip(",.") for w in words} & _NOT_IN_ROLE:
            continue  # "Brenda Burns, say he is innocent": a clause, not a title
        if _ABBREVIATION_END.search(role) and text[match.end(1) : match.end(1) + 1] == ".":
            continue  # "who supported Texas Sen." cut at an abbreviation's stop
        if absolute_phrase(words):
            continue  # "Clinton, his words drowned by applause, declared": no title
        if re.search(r"\b(?:and|or)\s+$", text[max(0, mention.start - 6) : mention.start]):
            continue  # "Ann Ruiz and Brenda Burns, …": the apposition may be both's
        return Span(match.start(1), match.end(1))
    return None


def role_before_cue(text: str, role: Span | None, cue: Span | None) -> Span | None:
    """The role up to the quotation's own cue of saying, when the role runs into it
    ("Anthony Anton, president and CEO of the association stated, “…”": the role's
    pattern stops before "said" or "told", not before every verb the analysis reads as a
    cue, and a reader would see "— …, president and CEO of the association stated")."""
    if role is None or cue is None or not role.start < cue.start < role.end:
        return role
    kept = text[role.start : cue.start].rstrip(" ,")
    return Span(role.start, role.start + len(kept)) if kept else None


#: A person's name right after a role the analysis credited alone: "Redbridge manager| John
#: Still told" (two or three capitalised words, then a verb of saying).
_NAME_AFTER = re.compile(
    r"[ \t]+((?:[A-Z][a-z'’-]+[ \t]+){1,2}[A-Z][a-z'’-]+)"
    r"(?=[ \t]+(?:said|says|told|tells|added|adds|wrote|writes|explained|insisted|admitted)\b)"
)


def name_after_role(text: str, speaker: Source) -> Source | None:
    """The person named right after a speaker that is only a role ("Dagenham &\\nRedbridge
    manager John Still told …" credited to "Redbridge manager"): the quote is John Still's,
    and the role is shown after his name. None when the speaker is a name or nothing
    follows it."""
    span = speaker.span
    if span is None:
        return None
    words = span.of(text).split()
    if not words or not any(w[:1].islower() for w in words[1:] or words):
        return None  # "John Still", "Ms Fenn": a name, no role
    if words[-1].lower() not in TITLE_NOUNS and words[-1].lower() not in PERSON_NOUNS:
        return None  # "the crowd", "Redbridge" …: no role noun to stand before a name
    match = _NAME_AFTER.match(text, span.end)
    if match is None:
        return None
    name = Span(match.start(1), match.end(1))
    return Source(name=name.of(text), span=name, cluster=None, kind="person")
