"""The labelling guideline's non-events, as checks on the parse.

``benchmarks/data/events_gold_guideline.md`` (section 1) says which verbs name no event:
copulas and stative relations, desire and need with a noun object, a depiction by a picture
or a document, the message of a saying given with a light verb, naming and regarding with a
predicative. The gold sets are labelled by that text; these checks are the same classes read
from the dependency parse, kept apart from :mod:`topline.analyze.event_verbs` (mistagged
nouns, chains, roles and cues) so that each class of the written guideline has one small,
tested place here. The lexicons are closed classes of English verbs and nouns, not words
picked from the scored sentences.
"""

from __future__ import annotations

from spacy.tokens import Token

from topline.analyze.event_aspect import is_thing

#: Desire, need, liking and enjoying (Quirk et al. 1985, 4.29, "private" verbs of attitude):
#: with a noun object they name a state of mind ("want her gone", "needing one more",
#: "enjoyed a successful day"); with an infinitive the chain names the wanted act and is
#: judged by its last verb ("loves to party", "plan to release").
DESIRE = frozenset(
    "want need require like love prefer wish enjoy hate crave desire respect admire trust "
    "appreciate dislike despise adore envy".split()
)
#: Stative relations and copulas beyond "be", "seem" and "become": what something is,
#: costs, contains or stays, not what anyone does ("remain a peer", "staying in the top 50",
#: "homes cost 12 per cent more", "features Steven Berkoff").
STATIVE = frozenset(
    "remain stay cost feature include contain consist resemble deserve lack own possess "
    "belong depend represent amount".split()
)
#: Verbs of depicting: with a picture or a document as subject they say what it shows, not
#: an act ("footage showing her berating …", "images capturing the actor", "a poll shows
#: that …"); "was captured on camera" and "showcased her style" (a person) stay acts.
DEPICT = frozenset("show capture depict showcase feature portray profile illustrate find".split())
#: Nouns of pictures and documents (what can show something without doing it).
REPRESENTATIONS = frozenset(
    "video footage image photo photograph picture film clip movie documentary document "
    "memo report poll survey study piece article map chart graph data figure series "
    "screenshot recording tape letter email record filing disclosure statistic analysis datum "
    "finding".split()
)
#: Light verbs that give a message (a saying, not an act): "made an announcement", "issued a
#: statement", "gave her opinion", "posted her message", "told a joke".
LIGHT_SAYING = frozenset("make issue give send post deliver release tell publish".split())
#: Nouns that name a message: with a light verb of :data:`LIGHT_SAYING` they are reporting.
MESSAGE_NOUNS = frozenset(
    "announcement statement remark comment message opinion joke case claim allegation "
    "warning".split()
)
#: Verbs of naming and describing: with a predicative ("dubbed one of the biggest films",
#: "calling it absurd", "attacks Clinton as a tool") they say what someone calls something.
NAMING = frozenset(
    "dub call label brand term nickname describe paint portray characterize characterise "
    "dismiss attack".split()
)
#: Verbs of regarding: with "as" they are a judgement ("may not be viewed as relevant",
#: "was seen as a threat"), not an act; "was seen entering" stays a perception.
REGARD = frozenset("view regard consider see perceive deem".split())
#: Objects that make "pose" a linking verb ("it posed a danger" = it was dangerous).
POSED = frozenset("danger threat risk question problem hazard".split())
REFLEXIVES = frozenset(
    "myself yourself himself herself itself ourselves yourselves themselves oneself".split()
)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _has_as(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


#: Verbs that show with a clause: "the attackers showed how deadly …", "has shown us who he
#: is": the clause is what is shown, content (reporting), not an act; "showed her the house"
#: (no clause) stays an act.
SHOWING = frozenset("show demonstrate prove illustrate indicate suggest".split())
#: Verbs whose agentless passive is a state of mind or of opinion, an adjective in all but
#: form ("They are focused on the NRA", "America is conflicted", "voters are divided"): the
#: guideline's emotion and attitude, no act. With a by-agent they stay passives of an act.
ADJECTIVAL_PASSIVE = frozenset(
    "focus divide conflict commit determine satisfy convince devote dedicate obsess tempt "
    "torment poise".split()
)
#: Verbs of emotion: their passive is a feeling, and its "by" phrase the cause of it, not an
#: agent ("I am disturbed by his lack of background", "voters were worried").
EMOTION_PASSIVE = frozenset(
    "concern interest worry disappoint surprise shock please excite frighten scare confuse "
    "upset trouble bother alarm dismay anger delight disturb impress horrify".split()
)

#: Verbs that are stative only with a certain dependent (see :func:`stative`).
_STATIVE_WITH = (
    frozenset({"hail", "fall", "pose", "find"}) | SHOWING | ADJECTIVAL_PASSIVE | EMOTION_PASSIVE
)


def stative(verb: Token, lemma: str) -> bool:
    """A copula or stative relation (:data:`STATIVE`), "hail from", "fall on" a date, "pose"
    a danger, "find oneself" ("found herself in the news" = ended up in it), showing a clause
    (:data:`SHOWING`), an agentless passive of :data:`ADJECTIVAL_PASSIVE`."""
    if lemma in STATIVE:
        return True
    if lemma not in _STATIVE_WITH:
        return False
    kids = list(verb.children)
    if lemma == "hail":
        return any(c.dep_ == "prep" and c.lower_ == "from" for c in kids)
    if lemma == "fall":
        return any(
            c.dep_ == "prep"
            and c.lower_ == "on"
            and any(k.dep_ == "pobj" and k.ent_type_ == "DATE" for k in c.children)
            for c in kids
        )
    if lemma == "pose":  # "posed a danger", "the threat the NRA poses", "a threat posed by"
        gap = verb.dep_ in {"relcl", "acl"} and _lemma(verb.head) in POSED
        roles = {"dobj", "nsubj", "nsubjpass"}  # a gap the parser filled with a 2nd subject
        return gap or any(c.dep_ in roles and _lemma(c) in POSED for c in kids)
    if lemma == "find":  # "found herself in", "found that …", "found Trump to be charming"
        return any(
            (c.dep_ == "dobj" and c.lower_ in REFLEXIVES)
            or (c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"})  # not "find her online"
            or (c.dep_ == "xcomp" and _lemma(c) == "be")
            for c in kids
        )
    if lemma in SHOWING and any(c.dep_ == "ccomp" for c in kids):
        return True
    if lemma in EMOTION_PASSIVE:
        return any(c.dep_ == "auxpass" for c in kids)
    if lemma in ADJECTIVAL_PASSIVE:
        return any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids)
    return False


def saying_idiom(verb: Token, lemma: str) -> bool:
    """ "went on the record", "touched on the candidate": idioms of saying (reporting, a
    topic of talk), not acts."""
    ons = [c for c in verb.children if c.dep_ in {"prep", "prt"} and c.lower_ == "on"]
    if lemma == "touch":
        return bool(ons) and not any(c.dep_ == "dobj" for c in verb.children)
    if lemma == "go":
        return any(k.dep_ == "pobj" and k.lower_ == "record" for c in ons for k in c.children)
    return False


#: Every lemma :func:`not_an_act` may refuse.
_CHECKED = STATIVE | _STATIVE_WITH | NAMING | REGARD | {"touch", "go"}


def not_an_act(verb: Token, lemma: str) -> bool:
    """A verb the guideline counts as no event whatever its roles: a stative relation, an
    idiom of saying, naming with a predicative, regarding "as"."""
    if lemma not in _CHECKED:
        return False  # most verbs: one set lookup
    if stative(verb, lemma) or saying_idiom(verb, lemma):
        return True
    if lemma in NAMING and (any(c.dep_ == "oprd" for c in verb.children) or _has_as(verb)):
        return True
    return lemma in REGARD and _has_as(verb)


def desire_without_act(chain: list[Token], lemma: str) -> bool:
    """ "want an SNP vote", "needing one more", "enjoyed a successful day": a verb of
    :data:`DESIRE` with no infinitive chain names a state, not an act."""
    return len(chain) == 1 and lemma in DESIRE


def chain_ends_in_state(
    chain: list[Token], no_event: frozenset[str], copula_heads: set[int]
) -> bool:
    """ "wanted to remain a peer", "struggle to believe it", "is going to be crooked": a
    chain is an event only when its last verb is one (``no_event``: the caller's copulas,
    saying and thinking). "be" is an auxiliary to the parser and closes no chain: the caller
    passes ``copula_heads``, the verbs with a "be" complement, found once per document."""
    last = chain[-1]
    if last.i in copula_heads and not any(c.dep_ == "dobj" for c in last.rights):
        return True  # "wants to be president" ("urged voters to be patient": a request, kept)
    if len(chain) < 2:
        return False
    lemma = _lemma(last)
    return lemma in no_event or lemma in DESIRE or stative(last, lemma)


#: Verbs of :data:`DEPICT` that any thing does without acting ("a feature that profiled a
#: supporter", "the verdict showed contempt"); "find" only with a document ("the search
#: found two bodies" is the searchers' act).
DEPICT_BY_THINGS = DEPICT - {"find"}


def depiction(lemma: str, actor: Token | None) -> bool:
    """A picture or a document (:data:`REPRESENTATIONS`), or any thing WordNet files with no
    person, group or animal sense (:func:`topline.analyze.event_aspect.is_thing`), as the
    subject of a verb of depicting (:data:`DEPICT`)."""
    if actor is None or lemma not in DEPICT:
        return False
    return _lemma(actor) in REPRESENTATIONS or (lemma in DEPICT_BY_THINGS and is_thing(actor))


def message_given(lemma: str, target: Token | None) -> bool:
    """A light verb whose object names a message: "made an announcement", "issued a
    statement", "gave students her opinion" (reporting, left to attributions)."""
    return target is not None and lemma in LIGHT_SAYING and _lemma(target) in MESSAGE_NOUNS


#: Quotation marks that open and close a quoted title.
OPENING = frozenset({"“", '"'})
CLOSING = frozenset({"”", '"'})
#: A quoted title: at least this many words longer than three letters, most capitalised.
TITLE_MIN_WORDS = 3
TITLE_SHARE = 0.6


def quoted_title(verb: Token) -> bool:
    """ "a headline that said, “ISIS Declares Death to Children With Down Syndrome.”": a
    capitalised verb inside a quote whose words are mostly capitalised is a title (of an
    article, a book, a film) the text names, not a clause of its story."""
    if verb.is_upper and len(verb) > 1:
        return True  # "IOWA POLLS NOT NECESSARILY WRONG": a line in capitals, a heading
    if not verb.is_title or verb.is_sent_start:
        return False  # the cheap test first: most verbs are lower case
    doc = verb.doc
    sent = verb.sent
    lo = next((t.i for t in reversed(doc[sent.start : verb.i]) if t.text in OPENING), None)
    if lo is None:
        return False
    hi = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text in CLOSING), sent.end)
    long_words = [t.text for t in doc[lo + 1 : hi] if t.is_alpha and len(t.text) > 3]
    capitalised = sum(w[0].isupper() for w in long_words)
    return len(long_words) >= TITLE_MIN_WORDS and capitalised >= TITLE_SHARE * len(long_words)


#: Verbs of saying that are acts when aimed at a person with an infinitive: "urged his players
#: to shut …", "asked pupils to make changes", "was asked to take charge" (the guideline's
#: speech acts with no content complement; "asked whether …" stays reporting).
DIRECTIVE = frozenset({"urge", "ask"})


def directive(verb: Token, lemma: str) -> bool:
    """A verb of :data:`DIRECTIVE` with a person (object, or passive subject) and a
    to-infinitive: a request made of someone, an act of the story."""
    if lemma not in DIRECTIVE:
        return False
    kids = list(verb.children)
    person = any(c.dep_ in {"dobj", "nsubjpass"} for c in kids)
    return person and any(
        c.dep_ == "xcomp" and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
        for c in kids
    )


#: Linking verbs that link only with a complement (guideline 1: "appear + complement", "look
#: + adjective"): with a prepositional phrase and no complement they are acts ("appeared in
#: court", "appeared on television", "looked into the claims", "looking for a top-two finish").
LINKING_WITH_COMPLEMENT = frozenset({"appear", "look"})
#: Dependents that make the verb link or regard: a complement, a clause, an object ("looked
#: anything like"), a comparison ("looks like", "appeared as"), an attitude ("look forward",
#: "look back").
_COMPLEMENTS = frozenset({"acomp", "attr", "oprd", "xcomp", "ccomp", "dobj"})
_LINKING_WORDS = frozenset({"like", "as", "forward", "back"})


def linking_verb_as_act(verb: Token, lemma: str) -> bool:
    """ "He appeared in court", "officials looked into what …": a verb of
    :data:`LINKING_WITH_COMPLEMENT` with a prepositional phrase and no complement."""
    if lemma not in LINKING_WITH_COMPLEMENT:
        return False
    kids = list(verb.children)
    if any(c.dep_ in _COMPLEMENTS or c.lower_ in _LINKING_WORDS for c in kids):
        return False
    return any(c.dep_ == "prep" for c in kids)
