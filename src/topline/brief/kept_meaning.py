"""Whether what a compression cut keeps still says something without the part it cut.

Compression (:func:`.compress.drop_trailing_clause`, :func:`.fit.shorten`) leaves out a
sentence's trailing modifier, or everything after its first clauses, because the news is in
the main clause (the Trimmer rules of Dorr, Zajic & Schwartz 2003). That holds when the kept
clause's predicate carries the news. A reader of untouched brief samples (fifteenth session)
found about one defect in six where it did not: what was kept is grammatical but empty
without what was cut. A cut is refused when the kept part is one of these, each a class of
English grammar rather than words of a sample:

- **an act of saying or reacting without its message**: the kept part's last verb is one
  whose meaning is the message it reports (to respond, reply, comment, ask, post, muse; to
  weigh in, hit back, lash out, back off, go further, go on the attack) and nothing after it
  gives the message: no object but a word for a message ("posted a comment of her own"), no
  "that" clause, no quotation, only adverbs and prepositional phrases ("X responded on
  Twitter[, calling the report …]", "Y went further[, arguing …]");
- **a set a vague quantifier leaves open, before its "including" list** ("is honest about
  some of the challenges[, including …]"): "some", "several", "certain", "a number of"
  name an unspecified part of a set, which the list specifies ("many" and "other" say how
  much or which, and the set stands without its list: "in many polls, including …");
- **a copula or auxiliary without its complement** ("Trump is, in fact[, appealing …]");
- **a fronted phrase without its main clause** ("Amid the protests, and with polls showing
  X[, …]", "Counting the delegates, though[, …]"): the main clause was cut;
- **an indefinite noun without the relative clause that identifies it** ("granted immunity
  to a former staffer[, who worked on the server]"): the noun is no one without it;
- **an announcement without what it announces**: a cut at a colon after a clause that
  anticipates it ("gave one reason[: …]", "The reason is simple[: …]"; a clause that is news
  of its own keeps only its elaboration out), or a kept part that ends on an opener alone
  after a colon or semicolon
  ("…: After all[, …]", "…; and above all[, …]");
- **a series cut after its first item**: the cut opens with a participle that is a bare
  item of a series ("accused him of covering up[, delaying, and withholding facts]"), whose
  shared object comes after it;
- **an aside left open**: the kept part opens an aside between dashes that the cut part
  closes ("news articles -- be they about war[, voting rights or the arts -- inhabit …]").

Like the other compression rules it reads only text: the kept part as shown and the
sentence's text from the cut on.
"""

from __future__ import annotations

import functools
import re

from topline.brief.credit import verb_form_lemmas

#: Verbs whose meaning is the message they report: with no message after them, the clause
#: says only that something was said. (Lemmas; inflected forms are read by ``verb_form_lemmas``.)
MESSAGE_VERBS = frozenset(
    """respond react reply answer retort comment remark muse ask post tweet quip joke
    elaborate""".split()
)
#: Phrasal verbs of reacting (verb, particle): "weighed in", "hit back", "went further".
REACTION_PHRASES = frozenset(
    {
        ("weigh", "in"),
        ("chime", "in"),
        ("lash", "out"),
        ("speak", "out"),
        ("hit", "back"),
        ("fire", "back"),
        ("push", "back"),
        ("strike", "back"),
        ("back", "off"),
        ("go", "further"),
        ("go", "farther"),
        ("fight", "back"),
    }
)
#: Irregular pasts of the verbs of :data:`REACTION_PHRASES`.
_IRREGULAR = {
    "went": "go",
    "gone": "go",
    "struck": "strike",
    "fought": "fight",
    "spoke": "speak",
    "spoken": "speak",
}
#: A word before which a verb's form is a noun ("the response", "in reply").
_NOUN_BEFORE = frozenset(
    """the a an his her their its our my your this that these those no any in of for to
    with without""".split()
)
#: Nouns for a message: a verb's object that is one of these says only that a message was
#: given ("posted a comment of her own").
_MESSAGE_NOUN = re.compile(
    r"^(?:a|an|the|his|her|their|its|our|this)\s+(?:[\w'’-]+\s+){0,3}?(?:comment|statement|"
    r"tweet|message|response|reply|remarks?|video|letter)s?\b(?:\s+of\s+(?:his|her|their|"
    r"its|our)\s+own)?(?:\s+(?:on|in|to|at|via|after|late|early|this|last)\b.*)?$",
    re.I,
)
#: What may follow such a verb without being its message: a preposition, a subordinator, an
#: adverb or a particle.
_NOT_A_MESSAGE = frozenset(
    """on in at to with within about via during after before as while when for from over by into
    across through throughout around amid
    under against toward towards back out off up further again too also instead quickly
    immediately publicly swiftly sharply angrily later then today yesterday""".split()
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: A segment boundary of the kept part: a comma (after a closing quotation mark, too), a
#: semicolon, a colon or a dash.
_SEGMENT = re.compile(r"[,;:][\"”’']?\s+|\s[—–-]{1,2}\s|—")
_VAGUE_QUANTIFIER = re.compile(
    r"\b(?:some|several|various|numerous|certain|a (?:number|range|host|"
    r"series|variety|handful|list|slew|raft|string|litany|couple|lot) of|a few|lots of)\b",
    re.I,
)
_AUXILIARY = (
    r"(?:is|are|was|were|be|been|being|am|has|have|had|will|would|can|could|may|might|must|"
    r"should|shall|do|does|did)"
)
#: The kept part ends on an auxiliary or copula, or on one and an adverbial set off by
#: commas ("is, in fact").
_BARE_AUXILIARY = re.compile(rf"\b{_AUXILIARY}(?:,\s+[^,;:]{{1,30}})?$", re.I)
#: A word of comparison, a question word or a subordinator a few words before such an
#: ending makes it English ("than it was", "who he is", "as they had").
_ELLIPSIS_LICENSE = frozenset("than as so who what where how whether if though".split())
#: A phrase set before the subject: a subordinator, a preposition, or a participle.
_FRONTED = re.compile(
    r"^\W{0,2}(?:[A-Z][a-z]+ing|Regardless of|Despite|In spite of|After|Before|During|Since|"
    r"Until|Unlike|Like|Following|Amid|Amidst|Among|Under|Without|With|Because of|Due to|"
    r"Ahead of|Although|Though|While|When|Whereas|If|Unless|As|Once|In|On|At|For|From|By|"
    r"Through|Across|Against|Beyond|Within|Over)\b"
)
#: Words that open a segment which is not a main clause: conjunctions, prepositions,
#: adverbs of stance.
_NOT_A_SUBJECT = frozenset(
    """and or but nor yet so though although however too also still then with without in
    on at for from by of to as while when after before amid despite including like unlike
    such where which who whose whom if because since unless until whether""".split()
)
_FUNCTION_WORDS = frozenset(
    """the a an and or of to in on at for by with from as his her their its our this that
    these those""".split()
)
#: An indefinite noun phrase of lower-case words ends the kept part ("a former staffer").
_INDEFINITE_END = re.compile(r"\b(?:a|an|someone|somebody)(?:\s+[a-z][\w'’-]*){0,4}\s*$")
_RELATIVE_OPENER = re.compile(r"^(?:who|whom|whose|which)\b")
#: A bare participle followed by a comma or a coordinator: an item of a series.
_SERIES_ITEM = re.compile(
    r"^(?!including\b)[a-z]+ing(?:\s+(?:up|out|off|down|back|in))?"
    r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[a-z]+ing\b"
)
#: The end of a clause that anticipates what a colon introduces (cataphora: "gave one reason",
#: "the question is simple", "said the following", "put it this way"): cut at the colon, it
#: promises what it does not give. A clause that is news of its own ("set off another round
#: of fireworks on Friday: Republicans said …") only has its elaboration cut.
_ANTICIPATING_NOUN = re.compile(
    r"\b(?:one|two|three|four|five|several|a few|a|an|the|his|her|their|its)\s+"
    r"(?:[\w'’-]+\s+){0,2}(?:reasons?|things?|questions?|lessons?|problems?|messages?|points?|"
    r"options?|goals?|answers?|explanations?|ways?|priorit(?:y|ies)|conditions?|demands?|"
    r"words?|names?|steps?|rules?|aims?|choices?|concerns?|warnings?)\b",
    re.I,
)
_ANTICIPATING_END = re.compile(
    r"\b(?:the following|as follows|this|these|simple|clear|plain|thus)\W*$", re.I
)


#: A dash that sets off an aside.
_ASIDE_DASH = re.compile(r"\s(?:-{1,2}|—|–)\s|—")


def _verb_lemmas(word: str) -> frozenset[str]:
    """The lemmas ``word`` may have as a verb (:func:`~topline.brief.credit.verb_form_lemmas` and the irregular pasts of
    :data:`REACTION_PHRASES`)."""
    irregular = _IRREGULAR.get(word.lower())
    return verb_form_lemmas(word) | {irregular} if irregular else verb_form_lemmas(word)


#: The stems of the verbs :func:`_message_act` reads: a segment with none is not read word
#: by word (speed: most are not).
_MESSAGE_STEMS = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {
                v[:-1] if v.endswith(("e", "y")) else v
                for v in MESSAGE_VERBS | {verb for verb, _ in REACTION_PHRASES} | set(_IRREGULAR)
            }
        )
    )
    + ")",
    re.I,
)


def _message_act(segment: str) -> bool:
    """The segment's last verb of saying or reacting has no message after it."""
    if any(q in segment for q in '"“”') or _MESSAGE_STEMS.search(segment) is None:
        return False  # a quotation is the message
    words = [w.group(0) for w in _WORD.finditer(segment)]
    for i in range(len(words) - 1, -1, -1):
        lemmas = _verb_lemmas(words[i])
        after = [w.lower() for w in words[i + 1 :]]
        if lemmas & MESSAGE_VERBS:
            tail = after
        elif after and any((lemma, after[0]) in REACTION_PHRASES for lemma in lemmas):
            tail = after[1:]  # "hit back", "weighed in"
        elif (
            len(after) > 1
            and after[0].endswith("ly")
            and any((lemma, after[1]) in REACTION_PHRASES for lemma in lemmas)
        ):
            tail = after[2:]  # "went fully on", "pushed firmly back"
        else:
            continue
        before = words[i - 1] if i > 0 else ""
        if before.lower() in _NOUN_BEFORE or before.endswith(("'s", "’s")):
            return False  # "the response", "Trump's posts": a noun, not the verb
        if (
            words[i].endswith("s")
            and not words[i].endswith("ss")
            and not (before[:1].isupper() or before.lower() in ("he", "she", "it"))
        ):
            return False  # "earlier remarks": a plural noun; "Clinton asks" has its subject
        if "that" in tail or re.search(r"\bby\s+[a-z]+ing\b", " ".join(tail)):
            return False  # "responded that …", "responded by ordering …": the message
        return not tail or tail[0] in _NOT_A_MESSAGE or bool(_MESSAGE_NOUN.match(" ".join(tail)))
    return False


#: A message named as a verb's object, and nothing after it but where or when: "released a
#: statement at the outset of the convention", "kicked off her campaign with a retooled
#: message".
_MESSAGE_OBJECT = re.compile(
    r"\s(?:a|an|the|his|her|their|its|our)\s+(?:[\w'’-]+\s+){0,3}?(?:statement|comment|"
    r"tweet|message|response|reply|remarks?|video|letter)s?"
    r"(?:\s+of\s+(?:his|her|their|its|our)\s+own)?"
    r"(?:\s+(?:on|in|at|to|via|after|before|during|from|with|for|this|last|early|late)"
    r"(?:\s+[^\s,;:\"“”]+){1,8})?$",
    re.I,
)
#: Verbs that take an object and an "as" complement, which is their predicate ("named A, B
#: and C as territories", "cited the two cases as examples", "remembers him as …"; the
#: appoint and characterize verbs of Levin 1993, 29.1-29.2).
AS_COMPLEMENT_VERBS = frozenset(
    """name appoint designate nominate elect cite describe characterize portray paint cast
    depict present label brand classify rank list identify regard view see treat count
    hail remember recall know choose select pick point""".split()
)
#: "as" and an indefinite or bare noun: a complement ("as examples of …", "as a presence"),
#: not the conjunction, whose clause opens with its subject ("as Hispanics here turn …",
#: "as the president traveled …").
_AS_PHRASE = re.compile(
    r"^as\s+(?:an?\s|(?!(?:the|his|her|their|its|our|this|that|these|those|he|she|it|they|we|"
    r"you|well|much|long|soon|far|of|if|though|part|usual|expected|always|ever)\b)[a-z])"
)
#: "between" and a single member: its second was cut ("a committee between Trump's
#: campaign[, the RNC and 11 state parties]").
_BETWEEN_ONE = re.compile(r"\bbetween\s+(?:(?!\b(?:and|or)\b)[^,;:])+$")
#: A segment that opens with a coordinator and a subordinator ("…, but when she walks …"):
#: its main clause comes after the cut.
_COORDINATED_SUBORDINATE = re.compile(
    r"^(?:and|but|or|yet|so)\s+(?:when|if|while|although|though|because|since|as|after|"
    r"before|unless|once|until|whereas)\b",
    re.I,
)
#: A list item of one or two lower-case words.
_BARE_ITEM = re.compile(r"^[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?$")


def _main_clause_after(kept: str) -> bool:
    """Some segment after the fronted phrase's comma reads as a clause: two words or more,
    not opened by a conjunction or a preposition, with a lower-case content word."""
    for segment in _SEGMENT.split(kept)[1:]:
        words = segment.split()
        if len(words) < 2 or words[0].lower().strip("\"“‘'(") in _NOT_A_SUBJECT:
            continue
        if any(w[:1].islower() and w.lower() not in _FUNCTION_WORDS for w in words):
            return True
    return False


@functools.lru_cache(maxsize=1024)
def leaves_empty_predicate(kept: str, cut: str) -> bool:
    """The kept part (as shown) says nothing without ``cut`` (the sentence's text from the
    cut on, its punctuation first): one of the classes of the module's docstring. Kept for
    recent arguments: the Topline, the bullets and Key background compress the same
    sentences."""
    rest = cut.lstrip(" \t\n")
    separator = rest[:1]
    rest = rest.lstrip(",;:—–- \t\n")
    kept = kept.rstrip(" .")
    if separator == ":" and (
        _ANTICIPATING_NOUN.search(_SEGMENT.split(kept)[-1]) or _ANTICIPATING_END.search(kept)
    ):
        return True  # the clause before the colon announces what the colon introduces
    segments = _SEGMENT.split(kept)
    last = segments[-1]
    if _message_act(last):
        return True
    if rest.startswith("including") and _VAGUE_QUANTIFIER.search(last):
        return True
    if (bare := _BARE_AUXILIARY.search(kept)) is not None and not any(
        w.lower() in _ELLIPSIS_LICENSE for w in kept[: bare.start()].split()[-3:]
    ):
        return True
    if len(segments) > 1 and _FRONTED.match(kept) and not _main_clause_after(kept):
        return True
    after_colon = re.split(r"[:;]\s+", kept)[-1]
    if (
        after_colon != kept
        and "," in after_colon
        and _FRONTED.match(after_colon)
        and not _main_clause_after(after_colon)
    ):
        return True  # "…: Campaigning in Iowa, where 43 percent …" (a new clause opens there)
    if _COORDINATED_SUBORDINATE.match(last):
        return True
    message = _MESSAGE_OBJECT.search(last)
    if message is not None and not any(q in last for q in '"“”'):
        verb = last[: message.start()].split()[-1:]
        if verb and verb[0].islower() and verb[0] not in ("and", "or", "but", "nor", "yet"):
            return True  # the message is the object of a verb, not the clause's subject
    if _AS_PHRASE.match(rest) and any(
        _verb_lemmas(w) & AS_COMPLEMENT_VERBS for w in _WORD.findall(kept) if w.islower()
    ):
        return True  # "pointed to the candidacies of A and B[, as examples of …]"
    if _BETWEEN_ONE.search(last):
        return True
    if len(segments) > 2 and all(_BARE_ITEM.match(x) for x in segments[-2:]):
        return True  # "to fix highways, trains, airports[, aging sewer systems and …]"
    if _RELATIVE_OPENER.match(rest) and _INDEFINITE_END.search(kept):
        return True
    breaks = list(_SEGMENT.finditer(kept))
    opener = last.split()[1:] if last.split()[:1] in (["and"], ["or"], ["but"]) else last.split()
    if breaks and breaks[-1].group(0)[0] in ";:" and len(opener) < 3:
        return True  # "…: After all", "…; and above all"
    if len(_ASIDE_DASH.findall(kept)) % 2 == 1 and _ASIDE_DASH.search(rest):
        return True  # cut inside an aside between dashes, which the cut part closes
    return bool(_SERIES_ITEM.match(rest))
