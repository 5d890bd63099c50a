"""Who did what to whom: the actor and the target of one verb, read from the dependency parse.

The actor is the *syntactic agent*, not whatever noun stands left of the verb: the ``by``
phrase of a passive ("was stormed by protesters"), the antecedent of a relative pronoun ("the
attacks that killed one officer"), the noun a participle modifies ("militias backed by Iran",
"a band attacking police officers"), the shared subject of a conjoined or adverbial verb.
Kept apart from :mod:`topline.analyze.events`, which turns these roles into spans, times and
places, so that each rule of agency sits in one small, tested place.

Precision over recall: a verb whose agent cannot be found is reported only when it has a
passive subject (what was done to whom is still a fact); an active verb without an actor
("to break a record", "passing aircraft") is not an event of the story.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from topline.analyze.event_doubts import (
    ambiguous_which,
    crossed_object,
    question_object,
    time_agent,
)
from topline.analyze.intervals import CharRanges
from topline.nlp import doc_text

#: Prepositions of place: their object is where something is, rarely who acts.
PLACE_PREPS = frozenset(
    "on in at along across near inside outside throughout around within".split()
)
#: How many tokens back a relative pronoun's antecedent may start.
ANTECEDENT_WINDOW = 12
#: Pronouns that stand for no one: "it emerged", "there were", and the generic "you" ("as
#: close as you can get").
DUMMY = frozenset({"it", "there", "you"})
#: Negative pronouns: "Nothing truly prepares you for it", "nobody answered" name no one who
#: acts (the guideline's actor is a doer).
NEGATIVE = frozenset({"nothing", "nobody", "none", "'s", "’s"})  # and "let's": a request

Regions = CharRanges


def inside(char: int, regions: Regions) -> bool:
    """Whether ``char`` lies in one of the (merged) ranges: asked for every verb and
    subject of the document, so a bisection, not a scan of all the ranges."""
    return char in regions


def subject(verb: Token, blocked: Regions) -> Token | None:
    """The verb's subject, skipping one that sits in a label, a heading or another paragraph.

    A parse gone astray can hang a title line on the first verb of the body
    ("The last bookbinder … \\n\\n When …, the shop thrived"); the real subject is the one
    in the verb's own paragraph, nearest to it.
    """
    text = doc_text(verb.doc)
    found = [
        c
        for c in verb.children
        if c.dep_ in {"nsubj", "nsubjpass"}
        and not inside(c.idx, blocked)
        and "\n\n" not in text[min(c.idx, verb.idx) : max(c.idx, verb.idx)]
    ]
    before = [c for c in found if c.i < verb.i]
    chosen = before[-1] if before else (found[0] if found else None)
    if len(before) > 1:
        chosen = _modified_subject(before)
    return _past_dateline(chosen) if chosen is not None else None


def _modified_subject(before: list[Token]) -> Token:
    """ "The man arrested after the attack has been released": the parser gives "released"
    two subjects, the man and the attack (the object of the participle's "after"). When the
    first subject carries a participle or relative clause that reaches past the others, they
    are inside it: the first is the subject. Otherwise the nearest one (a title line hung on
    the body's verb is filtered before)."""
    first = before[0]
    clause = [c for c in first.children if c.dep_ in {"acl", "relcl"} and c.i > first.i]
    if clause and all(clause[0].i < other.i for other in before[1:]):
        return first
    return before[-1]


#: A wire dateline opening a line: "Philadelphia (AFP) – ", "WASHINGTON, Dec. 8 (UPI) — ",
#: "SCRANTON, Pa. — ": a place (with a state or a date) and an agency in brackets, or a place
#: in capitals, then a dash. "Barack Obama – the president – will …" is no dateline.
DATELINE = re.compile(
    r"(?:[A-Z][A-Za-z.' ]{1,30}(?:, [A-Z][A-Za-z.]{1,12}(?: \d{1,2})?)? \([A-Za-z. ]{2,15}\)"
    r"|[A-Z][A-Z.' ]{2,30}(?:, [A-Z][A-Za-z.]{1,12}(?: \d{1,2})?)?) ?[–—-]{1,2} "
)


def _past_dateline(subj: Token) -> Token | None:
    """ "Philadelphia (AFP) – US President Barack Obama will spearhead …": the parser makes
    the dateline's city the subject and the real one its apposition. The dateline names
    where the story was filed, never who acts: the subject is the apposition after it, or
    none."""
    text = doc_text(subj.doc)
    line = text.rfind("\n", 0, subj.idx) + 1
    found = DATELINE.match(text, line)
    if found is None or subj.idx >= found.end():
        return subj
    after = [c for c in subj.children if c.dep_ == "appos" and c.idx >= found.end()]
    return after[0] if after else None


def _by_agent(verb: Token) -> Token | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return None if noun is None or time_agent(noun) else noun  # "by 6 o'clock": when


def roles(
    verb: Token, chain: list[Token], blocked: Regions
) -> tuple[Token | None, Token | None] | None:
    """(actor head, target head) of ``verb`` (with its ``xcomp`` chain), or None: no event."""
    subj = subject(verb, blocked)
    # One pass over the chain's children: "gave students her opinion": the thing given
    # (dobj) before the receiver (dative); "She leads Trump by 49 percent": a name the
    # parser made an adjective complement is the object; clauses for :func:`crossed_object`.
    direct = dative = named = None
    clauses: list[Token] = []
    for v in chain:
        for c in v.children:
            dep = c.dep_
            if dep in {"dobj", "attr"}:
                direct = direct or c
            elif dep == "dative":
                dative = dative or c
            elif dep == "ccomp":
                clauses.append(c)
            elif dep == "acomp" and named is None and c.pos_ == "PROPN":
                named = c
    obj = direct or dative or named
    if clauses:
        obj = crossed_object(clauses, obj)  # "endorsed Jeb Bush and Jeb crashed, then …"
    actor: Token | None = subj
    target: Token | None = obj
    passive = False
    if subj is not None and progressive_not_passive(verb, subj):
        pass  # "She's been living in Paris": a progressive the parser read as a passive
    elif subj is not None and (subj.dep_ == "nsubjpass" or _bare_participle(verb, subj)):
        actor, target, passive = _by_agent(verb), subj, True
    elif subj is None and verb.dep_ in {"conj", "advcl"}:
        if described(verb) or lost_subject(verb):
            return None  # "Camouflaged in body paint, women pose"; "As renting … soared, …"
        shared = subject(_sharing_clause(verb), blocked)
        controller = object_controller(verb.head) if verb.dep_ == "conj" else None
        if shared is None and controller is not None:
            actor = controller  # "urged his players to shut … and concentrate on …"
        elif shared is not None and any(c.dep_ == "auxpass" for c in verb.children):
            # "is able to answer … and can be used"; "an ad that attacks Clinton and is funded
            # by Rove's PAC": a passive conjunct has its own by-agent
            actor, target, passive = _by_agent(verb), shared, True
        elif shared is not None and (shared.dep_ == "nsubj" or perfect_participle(verb)):
            actor = shared  # "killed one officer and wounded four others"; "Having scored
            # twice, the striker was substituted": active whatever the main clause's voice
        elif shared is not None and verb.tag_ == "VBG" and verb.dep_ == "advcl":
            actor = shared  # "was stabbed hours after taking her daughter to a concert"
        elif shared is not None and verb.tag_ == "VBN" and target is None:
            target, passive = shared, True  # "was arrested and charged"
    elif subj is None and verb.dep_ == "xcomp":
        # "ordered Montenegro to play": Montenegro plays; "was seen leaving": who was seen
        actor = object_controller(verb) or passive_controller(verb)
    elif subj is None and verb.dep_ == "acl":
        by = _by_agent(verb)
        if verb.tag_ == "VBN" and by is not None and target is None:
            actor, target, passive = by, verb.head, True  # "militias backed by Iran"
        elif verb.tag_ == "VBG" and not _place_object(verb.head):
            actor = verb.head  # "a band attacking police officers" (not "in a row wearing")
    if actor is not None and _relative_pronoun(actor, verb):
        pronoun = actor
        actor = antecedent(verb)  # "the strike that killed Soleimani": the strike did
        if ambiguous_which(pronoun, actor):
            return None  # "the tests for 11-year-olds, which assess …": which noun?
    elif target is None and actor is not None and _object_gap(verb):
        target = verb.head  # "the rant she unleashed": the rant is what she unleashed
    if target is None and not passive:
        target = _clause_subject(verb)  # "helped him win favour", "want her gone"
    if target is not None and not passive and question_object(target) and target.head in chain:
        target = None  # "changed how much …": an indirect question is a clause, no target
    if target is not None and _relative_pronoun(target, verb):
        target = antecedent(verb)  # "the embassy, which was stormed by protesters"
    if actor is not None and (
        inside(actor.idx, blocked) or actor.lower_ in DUMMY or actor.lower_ in NEGATIVE
    ):
        actor = None  # "Topline: The U.S. …" (a label), "it emerged", "nothing prepares you"
    if target is not None and inside(target.idx, blocked):
        target = None
    if target is not None and target.lower_ in {"'s", "’s"}:
        return None  # "let's understand people": a request, not an act
    if any(t is not None and not _word(t) for t in (actor, target)):
        return None  # a dash or an ellipsis the parser took for a noun: a fragment, no triple
    if actor is None and not (passive and target is not None):
        return None
    return actor, target


def progressive_not_passive(verb: Token, subj: Token) -> bool:
    """ "She's been living in Paris": an -ing form the parser gave a passive subject is a
    progressive; its subject is the actor."""
    return subj.dep_ == "nsubjpass" and verb.tag_ == "VBG"


def described(verb: Token) -> bool:
    """ "Camouflaged in body paint, women pose": a participle opening the sentence without
    a subject describes the main subject; it is no act of theirs. Not a perfect participle:
    "Having averaged a goal a game, he …", "…, having injured a hamstring" is an act of the
    main subject, in English always active unless "been" follows ("having been arrested":
    then what was done to it)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and not perfect_participle(verb)


def perfect_participle(verb: Token) -> bool:
    """ "having injured", "having been arrested": a participle under "having"."""
    return any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)


def lost_subject(verb: Token) -> bool:
    """ "As renting … soared, the student took up …": a finite adverbial clause has a subject
    of its own (:data:`FINITE`); when the parser found none it is lost, not the main
    clause's to borrow."""
    return verb.dep_ == "advcl" and verb.tag_ in FINITE


#: Verbs whose object does what their infinitive says (object control: "ordered Montenegro
#: to play", "urged his players to shut …", "asked pupils to make changes"); the guideline
#: gives the infinitive its own triple with that object as the actor.
OBJECT_CONTROL = frozenset(
    "order ask urge tell force allow permit persuade convince encourage invite require "
    "compel instruct advise remind teach train pressure oblige authorize authorise".split()
)


def object_controller(verb: Token) -> Token | None:
    """The actor of an infinitive under an object-control verb: that verb's object."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in OBJECT_CONTROL:
        return None
    if not any(k.dep_ == "aux" and k.lower_ == "to" for k in verb.children):
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def passive_controller(verb: Token) -> Token | None:
    """The actor of an -ing complement of a passive: its subject ("The minister was seen
    leaving the embassy", "Two men were caught stealing copper wire": the minister left, the
    men stole). The passive is one triple (what was done to them), the -ing form another."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VBG" or verb.head.i == verb.i:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


#: Finite verb forms. A finite adverbial clause ("as rents soared", "when he arrived") has a
#: subject of its own in English; when the parser finds none (it took "renting" for the
#: complement of "As"), the subject is lost, not the main clause's to borrow. Conjuncts
#: ("killed one officer and wounded four") and non-finite clauses ("after taking her
#: daughter") do share it.
FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _relative_pronoun(token: Token, verb: Token) -> bool:
    """A relative pronoun, also the "that" a tagger reads as a conjunction ("proposals that
    various candidates have advanced": "that" tagged IN, the object of "advanced")."""
    if token.tag_ in {"WDT", "WP"}:
        return True
    return (
        token.lower_ == "that"
        and token.dep_ in {"dobj", "nsubj", "nsubjpass"}
        and (verb.dep_ == "relcl" or (verb.dep_ == "conj" and verb.head.dep_ == "relcl"))
    )


#: Nouns that a relative clause without an object modifies as a time or place ("the day she
#: arrived", "the town he left"), not as the clause's object.
SETTING_NOUNS = frozenset(
    "day week month year time moment night morning evening afternoon weekend hour minute "
    "place way reason".split()
)


#: Verbs of a reporting frame ("…, police said, and fled"): a conjunct after the frame
#: belongs to the reported clause, not to the one who reports.
FRAME_VERBS = frozenset("say report tell add write note state confirm".split())


def _past_frame(head: Token) -> Token:
    """The reported clause when ``head`` is a reporting frame set after it.

    "The friends were on their way, the Post reports, and rushed in": the parser conjoins
    "rushed" with "reports", but the friends rushed in, not the newspaper.
    """
    if head.lemma_.lower() not in FRAME_VERBS:
        return head
    if head.dep_ == "parataxis" and head.head.i < head.i:
        return head.head
    clause = next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)
    return clause if clause is not None else head


def _sharing_clause(verb: Token) -> Token:
    """The clause whose subject a subjectless conjunct or adverbial clause shares: past a
    reporting frame for a conjunct ("…, the Post reports, and rushed in": the friends
    rushed), the head itself for an adverbial participle ("Johnson said, looking out at the
    crowd": Johnson looked; an adjunct after "X said," is the speaker's)."""
    return _past_frame(verb.head) if verb.dep_ == "conj" else verb.head


def _place_object(noun: Token) -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPS


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a small clause right after the verb, which is what the verb acts on."""
    for c in verb.children:
        if c.dep_ not in {"ccomp", "xcomp"} or c.pos_ not in {"VERB", "AUX"}:
            continue
        subj = next((k for k in c.children if k.dep_ == "nsubj"), None)
        if subj is not None and verb.i < subj.i <= verb.i + 3 and subj.lower_ not in DUMMY:
            return subj
    return None


def _bare_participle(verb: Token, subj: Token) -> bool:
    """ "had her car towed", "to have her mother killed": a participle with a subject and no
    auxiliary is passive in meaning; its subject is what was done to."""
    return (
        verb.tag_ == "VBN"
        and subj.dep_ == "nsubj"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and verb.dep_ in {"ccomp", "xcomp"}
        and verb.lemma_.lower() not in {"go", "come"}  # "I want her gone": an adjective
    )


def _word(token: Token) -> bool:
    return not (token.is_punct or token.is_space)


def _object_gap(verb: Token) -> bool:
    """A relative clause whose object is its antecedent ("the rant she unleashed").

    Not when the relative pronoun is the object of a preposition ("an interview, during which
    he touched on …", "the firm for which she worked"): the antecedent is where or with what
    the act happened, and the verb's own object, if any, is elsewhere."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() in SETTING_NOUNS:
        return False
    if any(
        c.dep_ == "prep" and any(k.tag_ in {"WDT", "WP"} for k in c.children) for c in verb.children
    ):
        return False
    if verb.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return not any(
        c.dep_ in {"dobj", "ccomp", "xcomp", "dative", "attr", "acomp"}
        or c.tag_ in {"WDT", "WP", "WRB"}
        or (c.dep_ == "prep" and not list(c.children))
        for c in verb.children
    )  # a stranded preposition ("the house he lived in") keeps the antecedent a place;
    # "the paintings she donated for free" has none ("for" has its own complement)


def antecedent(verb: Token) -> Token | None:
    """What a relative pronoun stands for: the noun its (possibly conjoined) clause modifies.

    The parser sometimes hangs a relative clause on a far noun ("Soleimani had been accused of
    arming militias across the Middle East that have backed Assad" → Soleimani). A relative
    clause follows its antecedent, so the noun just before the pronoun is taken unless it lies
    a place named after a preposition and "who" follows ("a widow from Edinburgh who loves to
    party": the widow). When the antecedent is the object of a place preposition ("attacks on Iraqi posts
    along Syria's border that killed one officer") and the clause has an object of its own,
    the antecedent is what the place belongs to (:func:`_out_of_place`).
    """
    node = verb
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    if node.dep_ != "relcl":
        return None
    found = node.head
    pronoun = next((c for c in node.children if c.tag_ in {"WDT", "WP"}), None)
    nearest = _noun_before(pronoun) if pronoun is not None else None
    if nearest is not None:
        found = nearest
    if pronoun is not None and nearest is not None and _restrictive_on_name(pronoun, nearest):
        found = _noun_above(node.head, nearest)
    elif pronoun is not None and nearest is not None:
        found = _agreeing(node, nearest)
    if (
        pronoun is not None
        and pronoun.lower_ in {"who", "whom"}
        and found.ent_type_ in {"GPE", "LOC", "FAC"}
        and found.dep_ == "pobj"
        and found.head.head.pos_ in {"NOUN", "PROPN"}
    ):
        found = found.head.head
    if any(c.dep_ in {"dobj", "attr"} for c in verb.children):
        return _out_of_place(found)
    return found


def _restrictive_on_name(pronoun: Token, noun: Token) -> bool:
    """ "an ad targeting Iowa that attacks Clinton": a restrictive "that" (no comma) right
    after a bare proper name does not modify it (a name picks out one thing already; one
    writes "Iowa, which …"); the clause belongs to the noun phrase the name sits in. "The
    America that we love" (a determiner) keeps the name."""
    return (
        pronoun.lower_ == "that"
        and noun.pos_ == "PROPN"
        and noun.i == pronoun.i - 1
        and noun.dep_ in {"dobj", "pobj"}
        and not any(c.dep_ == "det" for c in noun.children)
    )


def _verb_number(verb: Token) -> str | None:
    """ "sg" or "pl" when the clause's finite verb or auxiliary shows it ("has", "was",
    "attacks" / "have", "were", "attack"), else None (past tense, modals)."""
    for t in [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]:
        if t.tag_ == "VBZ" or t.lower_ == "was":
            return "sg"
        if t.tag_ == "VBP" or t.lower_ == "were":
            return "pl"
    return None


def _noun_number(noun: Token) -> str | None:
    if noun.tag_ in {"NNS", "NNPS"}:
        return "pl"
    return "sg" if noun.tag_ in {"NN", "NNP"} else None


def _agreeing(clause: Token, nearest: Token) -> Token:
    """ "the report on the hospitals that was published", "the coach of the players who has
    led the team": a subject relative pronoun agrees with its antecedent, so a nearest noun
    of the other number gives way to the noun its phrase hangs on (or the one the parser
    chose) when that one agrees. No number shown, or none agrees: the nearest noun."""
    pronoun = next((c for c in clause.children if c.tag_ in {"WDT", "WP"}), None)
    if pronoun is None or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return nearest
    number = _verb_number(clause)
    if number is None or _noun_number(nearest) in {None, number}:
        return nearest
    candidates = [clause.head] if clause.head.i < nearest.i else []
    if nearest.dep_ == "pobj" and nearest.head.head.i < nearest.i:
        candidates.append(nearest.head.head)
    return next(
        (c for c in candidates if c.pos_ in {"NOUN", "PROPN"} and _noun_number(c) == number),
        nearest,
    )


def _noun_above(attached: Token, name: Token) -> Token:
    """The noun a clause belongs to when not ``name``: where the parser hung it, if that noun
    comes before the name, else the first noun above the name; the name when there is none."""
    if attached.pos_ in {"NOUN", "PROPN"} and attached.i < name.i:
        return attached
    return next((a for a in name.ancestors if a.pos_ in {"NOUN", "PROPN"}), name)


def _noun_before(pronoun: Token) -> Token | None:
    """The head of the noun phrase ending just before a relative pronoun (past a comma)."""
    doc = pronoun.doc
    for i in range(pronoun.i - 1, max(-1, pronoun.i - ANTECEDENT_WINDOW), -1):
        tok = doc[i]
        if tok.is_punct and tok.text in {",", "—", "–", "-"}:
            continue
        if _set_off_number(tok):
            continue  # "Schiff, 56, who has served": an age between commas, not the antecedent
        if tok.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} and tok.dep_ != "compound":
            return tok
        if tok.pos_ in {"VERB", "AUX"} or tok.text in {";", ":", "."}:
            return None
    return None


def _set_off_number(tok: Token) -> bool:
    """A bare number between commas right after a name or noun ("Schiff, 56, who …", "the
    mayor, 61, who …"): the writer's age or count of the one before, never itself a "who"."""
    doc = tok.doc
    return (
        tok.like_num
        and 0 < tok.i - 1
        and tok.i + 1 < len(doc)
        and doc[tok.i - 1].text == ","
        and doc[tok.i + 1].text == ","
        and doc[tok.i - 2].pos_ in {"NOUN", "PROPN"}
    )


def _out_of_place(noun: Token) -> Token:
    """Up from the object of a place preposition to what is there ("attacks on posts")."""
    for _ in range(3):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in PLACE_PREPS:
            return noun
        owner = prep.head
        if owner.pos_ in {"NOUN", "PROPN"}:
            noun = owner
            continue
        obj = next(
            (c for c in owner.children if c.dep_ in {"dobj", "nsubjpass"} and c.i < prep.i), None
        )
        return obj if obj is not None else noun
    return noun
