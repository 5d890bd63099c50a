"""References a brief element makes to something only an unshown sentence tells.

A brief shows a few sentences out of their article. A sentence that points back at what the
story told before reads as a riddle when the brief does not show that: "The move comes …"
(which move?), "Mateen said …" (who?), "They …". :mod:`topline.brief.select` already reads
an opening he/she/it/this (:func:`topline.brief.select.dangling_pronoun`); this module reads
two more classes of back-reference, both from how English news is written rather than from
examples:

* a **shell noun** opening the sentence as a bare definite subject ("The move …", "The
  decision was …", "The findings suggest …"): the class of abstract nouns that encapsulate
  a proposition or an event told elsewhere (Schmid 2000, *English Abstract Nouns as
  Conceptual Shells*; :data:`topline.brief.lede.SHELL_NOUNS`, which refuses them as a
  Topline when they open with a verb that points back). Followed by its own complement ("The decision to close
  …", "The plan that …", "The findings of a study …") it is cataphoric and reads alone;
  bare, it needs the sentence before it, or an earlier element with the same noun;
* a **bare surname**: news style names a person in full at first reference and by surname
  after (AP and Reuters style). An element that names someone by surname only
  ("Calabrese told …"), whose full name the article gave in an earlier sentence
  (the analysis's entity cluster, :class:`topline.model.EntityCluster`), needs an earlier
  element that names that person in full. A surname the article never expands (an XSum
  text whose opening the data removed) is left alone: nothing in the text could resolve it.

The names are read from the analysis (its clusters and sentence spans) once per article,
by :func:`topline.brief.name_mentions.name_mentions`, into
:class:`~topline.brief.features.SentenceView` fields; the checks here
(:func:`shell_opener`, :func:`unresolved_names`) are cheap enough to ask of every candidate.

A bullet is also refused for two references inside or at the opening of its sentence
(seventeenth session): a distal demonstrative or comparative phrase ("those efforts", "such
moves", :func:`referring_phrase`) and a definite description of what the article introduced
with "a/an" ("The email was sent …", :func:`unintroduced_description`), when no element shown
before it names the noun. And it is refused when it refers to what the brief's own
compression cut out of an element before it (second round): a definite description whose
noun, in the same number, only the cut part introduced with "a/an" or a number
(:func:`introduced_heads`, :func:`orphaned_description`: "… the poll found" after ",
according to a poll of 400 voters" was cut).

The Topline is read alone, with nothing shown before it: a sentence below the lede whose
opening refers back by a definite description, a fronted partitive or a bare surname after a
fronted phrase (:func:`leans_back`) is not the Topline over the lede (sixteenth session).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from topline.brief.context_rules import _TIME_NOUNS
from topline.brief.features import SentenceView, content_terms, stem
from topline.brief.lede import SHELL_NOUNS
from topline.model import Span

#: A bare definite shell noun as the sentence's subject, after at most one connective:
#: "The move comes …", "But the decision was …". What follows the noun is a lower-case word
#: that is not a preposition or a complementiser (those give the noun its own content:
#: "The decision to …", "The findings of …", "The plan, which …" is cut by the comma).
_SHELL_OPENER = re.compile(
    r"^\W{0,2}(?:(?:But|And|Yet|So|Still|Now|However,|Meanwhile,)\s+)?"
    rf"(?:The|the)\s+(?:latest\s+|new\s+|recent\s+)?(?P<noun>{SHELL_NOUNS})"
    r"\s+(?!(?:to|that|of|by|on|in|about|from|for|over|between|against|with|at|which|who|"
    r"whose|under|into|among|after|before|and|or|as|is\s+that|was\s+that)\b)[a-z]"
)


def shell_opener(text: str) -> str | None:
    """The shell noun a sentence opens with as a bare definite subject, or None."""
    match = _SHELL_OPENER.match(text)
    return match.group("noun") if match else None


def unresolved_names(view: SentenceView, taken: Sequence[SentenceView]) -> frozenset[str]:
    """The people ``view`` names by a bare surname that no element in ``taken`` (what the
    reader has seen before it) names in full."""
    if not view.bare_names:
        return frozenset()
    shown = set().union(*(t.full_names for t in taken)) if taken else set()
    return view.bare_names - shown


def dangling_shell(view: SentenceView, taken: Sequence[SentenceView]) -> bool:
    """Whether ``view`` opens with a bare shell noun (:func:`shell_opener`) that nothing
    taken resolves: neither the sentence right before it nor an element with the same noun."""
    noun = shell_opener(view.text)
    if noun is None:
        return False
    stem = next(iter(content_terms(noun)), noun.lower())  # "move" is a stop word there
    return all(t.index != view.index - 1 and stem not in t.terms for t in taken)


def dangling_reference(view: SentenceView, taken: Sequence[SentenceView]) -> str | None:
    """``surname`` or ``shell`` when ``view`` makes that kind of reference and nothing in
    ``taken`` resolves it; None otherwise."""
    if unresolved_names(view, taken):
        return "surname"
    return "shell" if dangling_shell(view, taken) else None


def introducing_sentence(view: SentenceView, views: Sequence[SentenceView]) -> int | None:
    """The sentence that introduces what ``view`` refers back to, when it is one sentence:
    the first that names in full the person ``view`` opens with by surname, or the sentence
    right before a bare shell noun. None when ``view`` makes neither reference."""
    if view.bare_names:
        return next(
            (v.index for v in views if v.index < view.index and v.full_names & view.bare_names),
            None,
        )
    if shell_opener(view.text) is not None and view.index > 0:
        return view.index - 1
    return None


# --- the Topline: a later sentence that leans back ---------------------------------------
# A Topline is read alone: nothing is shown before it. A sentence below the lede often names
# what the lede introduced by a shorter description, which reads as a riddle on its own
# ("The computer maker said net jumped …", "The Vermont senator told …"; Poesio & Vieira
# 1998 find about half of all definite descriptions point back to an earlier mention). The
# forms below are read from the grammar of the sentence's opening, not from a list of nouns.

#: Words that cannot be a modifier or the head of a definite subject's noun phrase: they
#: end it (a preposition or a relative gives the noun its own content, "The vernacular of
#: the fans …", "The group that …") or are a verb ("The White House said it was …").
_NOT_NOMINAL = (
    r"(?:of|in|on|at|for|to|from|by|with|about|into|over|under|after|before|between|against|"
    r"among|and|or|but|nor|as|than|that|which|who|whom|whose|where|when|while|if|"
    r"the|a|an|this|these|those|its|his|her|their|our|it|he|she|they|we|"
    r"is|was|were|are|be|been|has|have|had|will|would|could|can|may|might|must|should|"
    r"shall|do|does|did|said|says|told|tells|not|no)"
)
#: A finite verb after the subject (regular past or third person, an auxiliary, a common
#: irregular past), after at most one adverb.
_FINITE = (
    r"(?:[a-z]+ly\s+)?(?:[a-z]{2,}(?:ed|s)|said|told|is|was|were|are|has|have|had|will|"
    r"would|could|can|may|might|must|should|did|does|won|lost|made|took|gave|became|found|"
    r"left|paid|sold|went|came|began|got|set|put|cut|hit|led|saw|kept|held|ran|spent|"
    r"brought|bought|fell|grew|rose|sent|stood|thought|wrote|drew|met|now|also|still)\b"
)
#: A definite description as the subject: "The", proper modifiers ("Los Angeles", "Stamford,
#: Conn."), common modifiers ("thrift holding"), a common-noun head in lower case
#: ("company"), then a finite verb or a non-restrictive relative ("The offer, which …"). A
#: head in capitals is a name ("The Justice Department said …") and reads alone; so does a
#: noun with its own complement or an appositive name ("The two men, Ronald Stauber and …,
#: were …"). With proper modifiers, see :func:`_describes`.
_DEFINITE_SUBJECT = re.compile(
    r"^\W{0,2}The\s+(?P<proper>(?:[A-Z][\w.'’&-]*,?\s+){0,3})"
    rf"(?P<common>(?:(?!{_NOT_NOMINAL}\b)[a-z][\w'’-]*\s+(?:and\s+)?){{0,3}}?)"
    rf"(?!{_NOT_NOMINAL}\b)(?P<head>[a-z][\w'’-]*)(?:,\s+(?:who|which)\b|\s+{_FINITE})"
)
#: A head noun that names a person by what they do ("senator", "maker", "nominee",
#: "strategist", "historian"): agentive derivational endings.
_AGENTIVE = re.compile(r"(?:er|or|ist|ee|ian)s?$")


def _describes(match: re.Match[str]) -> bool:
    """Whether a definite subject (:data:`_DEFINITE_SUBJECT`) describes what an earlier
    sentence named. With no proper modifier it does. With one, it does when the proper
    modifier is a place set off by commas ("The Menlo Park, Calif., company"), when common
    words describe the head besides ("The Dutch chemical group", "The Los Angeles thrift
    holding company"), or when the head names a person by what they do ("The Vermont
    senator"); a proper modifier alone before a thing or an institution usually makes it
    unique and new ("The UK government said …", "The Healthy Me initiative was …")."""
    proper = match["proper"]
    return (
        not proper
        or "," in proper
        or bool(match["common"])
        or bool(_AGENTIVE.search(match["head"].split("-")[0]))
    )


#: A fronted partitive ("Of the total purchase price, $50 million …", "Of those, …"): a part
#: of a whole the sentence before it gave.
_PARTITIVE_OPENER = re.compile(r"^\W{0,2}Of\s+(?:the|those|these|them)\b[^,;:]{0,60},")
#: A phrase set before the subject ("As star and executive producer of the show, Allen
#: has …", "Reading from Cuban intelligence documents on state television, Castro said …"),
#: then a single capitalised word (after a courtesy title) with its verb: a bare surname as
#: the subject, out of the reach of :func:`unresolved_names`' opening.
_FRONTED_NAME = re.compile(
    r"^\W{0,2}[A-Z][^,;:.!?\"“”]{2,100},\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    rf"(?P<name>[A-Z][a-z][\w'’-]*)\s+{_FINITE}"
)


def leans_back(text: str, span: Span) -> str | None:
    """How the sentence at ``span`` of ``text`` refers back to what an earlier sentence
    introduced, in its opening: ``definite`` (a definite description as its subject,
    :data:`_DEFINITE_SUBJECT`), ``partitive`` (:data:`_PARTITIVE_OPENER`) or ``surname``
    (a bare surname as the subject after a fronted phrase, whose bearer the text before
    the sentence names in full); None when its opening reads alone. Asked of the sentences
    below the lede that might be the Topline (:func:`topline.brief.select.choose_topline`)."""
    sentence = span.of(text)
    definite = _DEFINITE_SUBJECT.match(sentence)
    if definite is not None and _describes(definite):
        return "definite"
    if _PARTITIVE_OPENER.match(sentence):
        return "partitive"
    fronted = _FRONTED_NAME.match(sentence)
    if fronted is not None and re.search(
        rf"\b[A-Z][\w.'’-]*\s+(?:[A-Z]\.\s+)?{re.escape(fronted['name'])}\b", text[: span.start]
    ):
        return "surname"
    return None


# --- a bullet: demonstrative and comparative reference inside the sentence ---------------
# An opening "This …" or "Those gains …" is read by :mod:`.context_rules`; the same kind of
# reference later in the sentence is not. Unlike "the", which often introduces what is
# unique or new (Poesio & Vieira 1998: about half of all definite descriptions), the distal
# demonstrative ("those efforts", "aware of that fact") and the comparatives ("such moves",
# "a similar approach", "the same") point back at something the text told before (Halliday
# & Hasan 1976, *Cohesion in English*, ch. 2: demonstrative and comparative reference;
# Gundel, Hedberg & Zacharski 1993: "that N" needs a referent the reader already knows).
# Shown after an element that does not tell it, they point at nothing. The proximal "this"
# and "these" are not read: in news they are as often deictic, anchored in the writer's
# here and now ("this campaign", "in this town" under a dateline, "these graphs" on the
# page), and the seventeenth session's count found them right about half the time.

#: A distal demonstrative or comparative determiner and the words after it: "those"; "that"
#: only after a preposition ("on that basis"; after a verb "that" is most often a
#: complementiser: "said that new rules …"); "such" before a plural or a mass noun ("such
#: moves"; "such a high price" is most often a degree, "so high a price"); "a similar";
#: "the same" as the sentence's subject ("The same goes for …", "The same rules apply …":
#: nothing in the sentence comes before it to compare with; later in the sentence it mostly
#: compares what the sentence itself tells: "carry two phones but work on the same device").
_REFERRING = re.compile(
    r"(?<![\w'’-])(?P<det>[Tt]hose|\b(?:of|on|in|at|for|to|by|with|from|about|into|over|under|"
    r"after|before|during|against|like|despite|beyond)\s+that|[Ss]uch(?!\s+an?\b)|"
    r"[Aa]\s+similar|^\W{0,2}(?:(?:And|But|Yet|So)\s+)?[Tt]he\s+same)"
    r"(?P<phrase>(?:\s+[a-z][a-z'’-]*){1,3})"
)
#: Words that end the determiner's noun phrase before a head: what follows is a verb or a
#: clause ("those are", "the same as"), so no noun phrase was found.
_NO_HEAD = frozenset(
    """is was are were be been has have had will would can could may might must should shall
    do does did not the a an he she it they we you i his her its their our my your him them
    us there here what and or but than so just also still only now then if while because
    said says say told one ones""".split()
)
#: A word after the noun that gives it its own content, so that the phrase points forward
#: or restricts itself: "those states where it matters", "such decisions as stripping",
#: "the same rules as before", "those who voted", "that of Mr. Ailes". A preposition ends
#: the phrase too, but it may belong to the verb ("agreement with that sentiment among the
#: delegates"), and gives the noun no content of its own.
_POSTMODIFIER = frozenset("of who whom whose which where when that as than to".split())
_PREPOSITIONS = frozenset(
    """in on at for from by with among between within without across through against toward
    towards into onto upon over under after before during since until""".split()
)
#: Nouns that make a demonstrative a time of the narrative ("at that point", "at that stage").
_TIME_POINTS = frozenset("point points stage stages juncture".split())
#: Adjectives that follow the pronoun "those" ("those present", "those responsible"): the
#: pronoun stands for people the clause itself describes, not for a noun told before.
_POSTPOSITIVE = frozenset("present absent eligible responsible involved concerned affected".split())
#: An auxiliary or a modal right after "the same" makes it a pronoun ("The same is true of
#: …", "The same cannot be said …").
_AUXILIARIES = frozenset(
    """is was are were has had will would can could may might must should cannot can't
    can’t won't won’t""".split()
)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|``.*?''|''.*?''")


def referring_phrase(display: str, shown_terms: set[str]) -> str | None:
    """The first distal demonstrative or comparative phrase (:data:`_REFERRING`) of the
    element ``display``, outside its quotations, whose words neither the elements shown
    before it (``shown_terms``: their content terms) nor the element's own words before it
    name; None when there is none. A phrase with its own postmodifier
    (:data:`_POSTMODIFIER`) reads alone; so does a noun of time ("that night", "those
    days": :data:`topline.brief.context_rules._TIME_NOUNS`) and "those" before a participle
    or a postpositive adjective ("those travelling", "those present")."""
    plain = _QUOTED.sub(lambda m: " " * len(m.group()), display)
    for match in _REFERRING.finditer(plain):
        words: list[str] = []
        for word in match["phrase"].split():
            if word in _NO_HEAD or word in _AUXILIARIES or word in _POSTMODIFIER:
                break
            if word in _PREPOSITIONS:
                break
            if word.endswith(("'s", "’s")):
                break  # "those voters' choice": a possessor, anchored by its own noun
            words.append(word)
        after = plain[match.start("phrase") :].split()[len(words) : len(words) + 1]
        if not words and after and after[0] in _AUXILIARIES and match["det"].endswith("same"):
            return match["det"]  # "The same cannot be said for …": a pronoun, the same as what?
        if not words or (after and after[0] in _POSTMODIFIER):
            continue  # no noun phrase ("those are"), or one with its own content
        if any(w in _TIME_NOUNS or w in _TIME_POINTS for w in words):
            continue  # "that night", "at that point": the time of the story
        if match["det"].lower() == "those" and (
            words[0].endswith(("ing", "ed")) or words[0] in _POSTPOSITIVE
        ):
            continue  # "those travelling", "those present": people, described here
        terms = set(content_terms(" ".join(words)))
        if not terms or terms & shown_terms or terms & set(content_terms(plain[: match.start()])):
            continue
        return f"{match['det']} {' '.join(words)}"
    return None


# --- a bullet: a definite description whose introduction is not shown -------------------
# "The email was sent to …" after a Topline that lost "according to a newly uncovered
# email": a definite description takes up what the article introduced before, and the
# clearest introduction is the indefinite article (Heim 1982's novelty condition: "a/an"
# opens a new file, "the" updates an old one). When the article's first mention of the
# noun is indefinite and no element shown before names the noun, the description points at
# an unshown sentence. A first mention with "the" ("the company" after its name), a
# possessive ("Corker's legislation") or none at all (a thing unique in the story's world:
# "the election", "the president") is not read: the sixteenth session found about half of
# those bridging or unique, and read fine.

#: What tells a bare definite subject's verb from its noun phrase ("The film also stars …",
#: "The legislation would …", "The trial is …", "The suit was filed …"): an auxiliary or a
#: modal, a verb of saying, an adverb before the verb, or a past form in -ed.
_VERB_MARKS = frozenset(
    """is was are were has have had will would can could may might must should shall did
    does do said says told also still now then only just already ever never""".split()
)
#: A word after the noun that gives it its own content ("The decision to …", "The book that
#: …", "The release of …"): the description is then not bare, and reads alone.
_POSTMODIFIERS = frozenset(
    """of to that who whom whose which in on at for from by about with over under between
    against among as and or""".split()
)
#: A bare definite description opening the sentence as its subject, after at most one
#: connective: "The", then up to five lower-case words (the noun phrase and its verb).
_DEFINITE_OPENER = re.compile(
    r"^\W{0,2}(?:(?:But|And|Yet|So|Still|Now|However,|Meanwhile,)\s+)?The\s+"
    r"(?P<words>(?:[a-z][a-z'’-]*\s+){1,5})"
)


def bare_definite_head(text: str) -> str | None:
    """The head noun of the bare definite description ``text`` opens with as its subject
    ("The legislation seeks …" → ``legislation``, "The film also stars …" → ``film``), or
    None: the head is the word before the first verb mark (:data:`_VERB_MARKS`, an adverb in
    -ly, a past form in -ed), or else before a verb in -s after a noun that is not plural. A
    description with its own complement (:data:`_POSTMODIFIERS`) or a comma is not bare."""
    match = _DEFINITE_OPENER.match(text)
    if match is None:
        return None
    words = match.group("words").split()
    head = None
    for i in range(1, len(words)):
        word = words[i]
        if word in _POSTMODIFIERS:
            return None
        if word in _VERB_MARKS or (len(word) > 4 and word.endswith(("ly", "ed"))):
            head = words[i - 1]
            break
    else:
        for i in range(1, len(words)):
            if words[i].endswith("s") and not words[i].endswith("ss") and content_terms(words[i]):
                if not words[i - 1].endswith("s"):
                    head = words[i - 1]
                break
    if head is None or head.endswith(("ly", "ed")) or not content_terms(head):
        return None
    if any(w.endswith(("'s", "’s", "s'", "s’")) for w in words[: words.index(head) + 1]):
        return None  # "The boy's mother": anchored by its possessor, a reference of its own
    return head


#: The indefinite determiners that introduce a new referent.
_INDEFINITE = frozenset("a an another".split())
#: Any determiner, indefinite or not: the nearest one before a mention is its own.
_DETERMINERS = frozenset(
    "a an another the this that these those its his her their our my your some any".split()
)
_TEXT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: How many words back from a mention its determiner is looked for ("a newly uncovered
#: email").
_DETERMINER_REACH = 4


def introduced_indefinitely(text: str, before: int, head: str) -> bool:
    """The article's first mention of ``head`` (same stem, in lower case) before offset
    ``before`` has an indefinite determiner within :data:`_DETERMINER_REACH` words before it
    ("according to a newly uncovered email")."""
    target = stem(head)
    recent: list[str] = []
    for match in _TEXT_WORD.finditer(text, 0, before):
        word = match.group()
        if word[0].islower() and stem(word) == target:
            nearest = next(
                (w for w in reversed(recent[-_DETERMINER_REACH:]) if w in _DETERMINERS), None
            )
            return nearest in _INDEFINITE
        recent.append(word.lower())
    return False


def unintroduced_description(
    text: str, display: str, start: int, shown_terms: set[str]
) -> str | None:
    """The head noun of the bare definite description the element ``display`` (at offset
    ``start`` of ``text``) opens with, when no element shown before it names the noun
    (``shown_terms``) and the article introduced it with an indefinite article before
    (:func:`introduced_indefinitely`); None otherwise."""
    head = bare_definite_head(display)
    if head is None or set(content_terms(head)) & shown_terms:
        return None
    return head if introduced_indefinitely(text, start, head) else None


# --- a reference to what a cut left out --------------------------------------------------
# The brief's compression leaves out clauses (", according to a newly uncovered email",
# ", with nearly 140 House members blasting the roundups") that may be the only place the
# brief's reader would meet a referent's first mention: an indefinite or numbered noun
# phrase opens a new referent (Heim's novelty condition), and a later "the email", "the
# members" takes it up. When the mention a cut left out is the one a later definite
# description needs, the description points at words the reader was never shown.

#: A determiner that introduces a new referent: the indefinite article, or a number.
_INTRODUCER = re.compile(
    r"^(?:a|an|another|\$?\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|dozens|hundreds|thousands|millions)$"
)
#: Number words inside a numbered noun phrase ("$2 billion debt"): not its head.
_NUMBER_WORDS = frozenset("hundred thousand million billion trillion percent".split())
_PIECE_TOKEN = re.compile(r"\$?\d[\d,.]*\d|\$?\d|[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z0-9]")
#: Words of a noun phrase at most: the introducer's phrase ends within them.
_PHRASE_REACH = 5
#: Past participles not in -ed/-en that follow a noun as its reduced relative clause.
_PARTICIPLES = frozenset("seen kept sent made held shown found brought bought told".split())
#: A word before a predicative noun phrase ("exists as a town", "would be a bad president"):
#: a predicate says what something is and introduces no referent of its own.
_PREDICATIVE = frozenset("as is was are were be been being become became remain remains".split())
#: A modifier that makes a description unique by itself ("the first female president", "the
#: only candidate", "the next round"): it points at no earlier mention.
_UNIQUE = re.compile(r"^(?:first|second|third|last|only|next|same|[a-z]{2,}est)$")


def introduced_heads(piece: str) -> set[str]:
    """The head nouns of the indefinite or numbered noun phrases ``piece`` introduces, as
    written ("according to a newly uncovered email previously …" → ``email``, "nearly 140
    House members blasting …" → ``members``: a later "the emails" is another referent). The
    head is the last lower-case word before the phrase ends (at punctuation, a preposition or
    complementiser, an adverb in -ly or a participle in -ing after the noun); a phrase of
    coordinated modifiers ("a feckless political and corporate class") is not read, nor a
    predicative one ("exists as a town": :data:`_PREDICATIVE`)."""
    tokens = _PIECE_TOKEN.findall(piece)
    heads: set[str] = set()
    for i, token in enumerate(tokens):
        if not _INTRODUCER.match(token) or (i and tokens[i - 1].lower() in _PREDICATIVE):
            continue
        words: list[str] = []
        for at in range(i + 1, min(len(tokens), i + 1 + _PHRASE_REACH)):
            word = tokens[at]
            if word in ("and", "or"):
                words = []
                break
            stop = not word[0].isalpha() or word in _POSTMODIFIERS or word in _VERB_MARKS
            if stop or (words and word.endswith(("ing", "ly"))):
                break
            if words and at + 1 < len(tokens) and tokens[at + 1] in _POSTMODIFIERS:
                if word.endswith(("ed", "en")) or word in _PARTICIPLES:
                    break  # "a memo seen by reporters": a participle after the noun
            if not word.endswith("ly"):
                words.append(word)
        lower = [w for w in words if w[0].islower() and w not in _NUMBER_WORDS]
        if lower and words[-1] == lower[-1] and content_terms(lower[-1]):
            heads.add(lower[-1])
    return heads


def cut_pieces(text: str, sentence: Span, spans: Sequence[Span]) -> list[Span]:
    """The parts of ``sentence`` the element's ``spans`` leave out, in order."""
    pieces: list[Span] = []
    start = sentence.start
    for span in sorted(spans, key=lambda s: s.start):
        if span.start > start:
            pieces.append(Span(start, span.start))
        start = max(start, span.end)
    if start < sentence.end:
        pieces.append(Span(start, sentence.end))
    return pieces


_DEFINITE_NP = re.compile(r"\b[Tt]he\s+(?P<words>(?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*)")


def orphaned_description(display: str, cut_heads: set[str], shown_terms: set[str]) -> str | None:
    """The first definite description of the element ``display`` (outside its quotations)
    whose noun, in the same number, only a cut part of an element shown before it
    introduced (``cut_heads``: :func:`introduced_heads` of those parts) and that nothing shown before it names
    (``shown_terms``, and the element's own words before the description): "… in the
    report …" after a Topline that lost ", according to a congressional report"."""
    if not cut_heads:
        return None
    plain = _QUOTED.sub(lambda m: " " * len(m.group()), display)
    for match in _DEFINITE_NP.finditer(plain):
        for word in match["words"].split():
            if word in _POSTMODIFIERS or word in _VERB_MARKS or _UNIQUE.match(word):
                break  # the end of the noun phrase, or a description unique by itself
            if word not in cut_heads:
                continue
            terms = set(content_terms(word))
            if terms and not terms & shown_terms:
                if not terms & set(content_terms(plain[: match.start()])):
                    return f"the {word}"
    return None
