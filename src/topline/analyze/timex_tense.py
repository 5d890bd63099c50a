"""The tense of the clause a temporal expression sits in, read from the dependency parse.

A bare weekday or a month-day without a year is resolved by the tense of its clause: "said
Friday" is the Friday gone, "will vote Friday" the one ahead (see ``weekday_date`` and
``pick_year``). The tense is not only the verb's form: news reports plans in the past
("planned to leave on Thursday", "would be traveling Thursday", "postponed until Tuesday"),
and the time of a plan lies after the telling. HeidelTime reads the same cue (the tense of
the sentence decides "last" or "next" for an underspecified weekday; Strötgen and Gertz 2013,
*Multilingual and cross-domain temporal tagging*, LRE 47).
"""

from __future__ import annotations

from spacy.tokens import Token

from topline.analyze.timex_calendar import Tense

#: Auxiliaries and governing verbs that put a clause in the future.
FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo"})
FUTURE_GOVERNORS = frozenset(
    {"expect", "schedule", "plan", "set", "due", "intend", "aim", "prepare", "hope", "vow"}
)
PAST_AUX = frozenset({"had", "did", "was", "were"})
MODALS = frozenset({"would", "could", "might", "may", "should"})
#: Auxiliaries a bare verb joined to their verb shares ("will cut … and resume").
SHARED_AUX = FUTURE_AUX | MODALS | {"can", "must"}
#: Heads whose to-infinitive names something planned, whatever their own tense: "planned to
#: leave on Thursday", "did not plan to remove him Thursday", "would be ready to leave Tuesday".
INTENTION_HEADS = FUTURE_GOVERNORS | {"ready", "likely", "agree", "promise", "pledge", "threaten"}
#: Directives, whose to-infinitive names what is asked for, after the asking: "asked
#: residents to limit air conditioning on Monday", "urged voters to turn out Tuesday",
#: "told staff to stay home Friday" (a request looks ahead; Quirk et al. 1985, 16.63). Not
#: "called for": "called for a prosecutor to oversee the inquiry at a rally on Monday night"
#: is parsed with the rally's night on the infinitive (seen in PolNeAR train).
DIRECTIVE_HEADS = frozenset(
    "ask urge tell order request advise instruct invite encourage direct warn".split()
)
#: Verbs that move a deadline: the date after "until" / "to" is ahead of the telling even
#: in a past clause ("postponed until Tuesday morning", "extended its deadline until 9 a.m.
#: Tuesday", "given until Friday to sign", "was extended to Nov. 16").
DEADLINE_VERBS = frozenset(
    {"postpone", "delay", "extend", "defer", "adjourn", "give", "push", "recess", "suspend"}
)
DEADLINE_PREPS = frozenset({"until", "till", "to", "through"})
#: Adjectives that introduce the date something takes effect or falls due ("effective
#: Feb. 1", "a dividend payable Dec. 7"), announced ahead of it.
EFFECTIVE = frozenset({"effective", "starting", "payable"})


def clause_tense(tokens: list[Token]) -> Tense:
    """The tense of the clause governing ``tokens``: walk up from their root to the verbs."""
    if not tokens:
        return None
    token = min(tokens, key=lambda t: len(list(t.ancestors)))
    if _deadline_or_effective(token):
        return AHEAD_IN_PAST if _told_in_past(token.head.head) else "future"
    reporting = _reporting_verb_before(tokens[0], tokens[-1])
    if reporting is not None:
        token = reporting
    for node in [token, *token.ancestors][:8]:
        if node in tokens:
            continue
        if node.pos_ not in {"VERB", "AUX"}:
            if _noun_tagged_present(node):
                return "future" if _futurate(node, token) else "present"
            continue
        aux = _aux(node)
        if _nonfinite_adjunct(node, aux) and _adverbial_path(token, node):
            continue
        if node.tag_ == "VB" and not aux and node.dep_ == "conj" and _aux(node.head) & SHARED_AUX:
            # "will cut flights this summer and resume them in the fall": a bare verb joined
            # to another shares its auxiliary, and so its time.
            continue
        if (
            node.dep_ == "advcl"
            and _temporal_mark(node)
            and not aux & (FUTURE_AUX | MODALS | PAST_AUX)
            and (node.tag_ != "VBD" or _future_in_the_past(node.head))
        ):
            # "will call when he lands Monday": the main clause's time decides. A past form
            # in the temporal clause is its own time ("will raise the fee after the council
            # voted on Monday" is the Monday gone): English never puts a coming event there
            # in the past tense.
            continue
        if aux & FUTURE_AUX or "going" in aux or (node.tag_ == "VB" and aux & MODALS):
            return "future"
        if "would" in aux and not aux & {"have", "'ve"}:
            return "future"  # "would be traveling Thursday"; not "would have gone"
        if node.tag_ == "VB" and "to" in aux:
            head = node.head
            intent = INTENTION_HEADS | DIRECTIVE_HEADS
            if head.lemma_.lower() in intent and not _past_perfect(head):
                return "future"  # "planned to leave on Thursday"
            # "is due to expire Friday" is ahead; "had been due to expire Friday" may be past.
            return None if _past_above(node) else "future"
        if node.lemma_ in FUTURE_GOVERNORS:
            if _setting_time(node, token):
                return "past"
            if _planned_for(node, token, aux):
                return "future"
            return None if _past_above(node) else "future"
        if node.tag_ == "VBN" and aux & {"had", "'d", "’d"} and not _by_date(token):
            return "pluperfect"
        if aux & PAST_AUX or node.tag_ == "VBD" or (node.tag_ == "VBN" and aux & {"has", "have"}):
            return "past"
        if node.tag_ in {"VBZ", "VBP"}:
            return "future" if _futurate(node, token) else "present"
        return None
    return None


#: Verbs of saying whose own time a date right after them gives ("said on Tuesday it would
#: hold talks", "announced Monday the plant will close").
REPORTING = frozenset(
    "say tell announce report state add claim confirm insist indicate predict argue write "
    "acknowledge admit deny declare note explain disclose reveal".split()
)


def _reporting_verb_before(first: Token, last: Token) -> Token | None:
    """ "The ministry said on Tuesday it would hold talks": a date between a verb of saying
    and its complement clause is the saying's (the parser often hangs it on the complement's
    verb when no "that" separates them, which would read the Tuesday ahead). A possessive
    ("says Friday's vote will be close") opens the complement instead."""
    after = last.i + 1
    if after < len(last.doc) and last.doc[after].tag_ == "POS":
        return None
    i = first.i - 1
    if i >= 0 and first.doc[i].lower_ == "on":
        i -= 1
    if i < 0:
        return None
    verb = first.doc[i]
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in REPORTING:
        return None
    return verb


#: Present-tense verbs that report or state rather than schedule: "says Friday", "is
#: Monday's paper". A weekday on them is the day of the telling, not one ahead.
STATIVE_PRESENT = frozenset(
    "say tell report announce write add note state claim be have follow remain show mark "
    # States and positions, which a caption or a comment tells in the present of a day gone
    # ("Two voters stand outside a polling station on Tuesday", "I think … Friday").
    "think believe know want feel mean need like seem appear look stand sit live".split()
)
#: Prepositions that give a scheduled event its time ("votes on Tuesday", "opens at noon
#: Friday", "ends in June"); "aside from Tuesday night", "since Monday" look back.
SCHEDULING_PREPS = frozenset({"on", "at", "in", "by", "until", "till", "through"})


#: Verbs whose past form is their base form ("stocks hurt the index Friday"): a tagger
#: may read the past as a present.
INVARIANT = frozenset(
    "hurt put cut set hit let cost shut spread quit bet bid burst cast split upset read "
    "beat broadcast forecast".split()
)


def _noun_tagged_present(node: Token) -> bool:
    """ "United play Chelsea on Saturday", "the Rams host the Bears on Sunday", "rose on July
    25 and returns on Monday": a present verb that can also be a noun, tagged as one. A noun
    at the root of its clause (or joined to a verb there) with a subject of its own is the
    clause's verb: the parser makes a noun a subject's head only by mistake (a copula heads
    "X is a Y"), or a possessor parsed as a subject ("Clinton's wins Tuesday")."""
    if node.tag_ not in {"NN", "NNS"} or node.dep_ not in {"ROOT", "conj"}:
        return False
    if node.dep_ == "conj" and node.head.pos_ not in {"VERB", "AUX"}:
        return False
    # "Clinton's wins Tuesday in Maryland …": a possessor parsed as a subject heads a noun.
    subjects = [
        c
        for c in node.children
        if c.dep_ == "nsubj" and not any(g.tag_ == "POS" for g in c.children)
    ]
    joined = node.dep_ == "conj" and any(c.dep_ == "nsubj" for c in node.head.children)
    objects = any(c.dep_ in {"dobj", "prep"} for c in node.children)
    return objects and (bool(subjects) or joined)


def _futurate(verb: Token, token: Token) -> bool:
    """ "The library reopens on Saturday", "the two leaders meet Monday": a present-tense
    event verb that the date modifies directly tells a scheduled event, ahead of the
    telling (the futurate present; Quirk et al. 1985, 4.21; HeidelTime reads present and
    future tense alike for an underspecified weekday or month, Strötgen and Gertz 2013).
    A date reached through a noun ("follows Tuesday's declaration") or a reporting verb
    ("says Friday") is left to the present."""
    head = token.head
    if head.dep_ == "prep":
        if head.lower_ not in SCHEDULING_PREPS:
            return False
        head = head.head
    if verb.lemma_.lower() == "be" and _outlook(verb, head):
        return True
    if head.i != verb.i:
        return False
    if verb.lemma_.lower() in STATIVE_PRESENT and not _scheduled_release(verb):
        return False
    if verb.tag_ == "VBP" and (verb.lower_ != verb.lemma_.lower() or verb.lower_ in INVARIANT):
        return False  # a past form tagged as present ("stocks hurt the index on Friday")
    return not any(c.dep_ == "neg" for c in verb.children)


#: What a company or an agency releases on a set day: "Apple, which reports earnings on
#: Thursday", "the bank announces its results Friday" (a release calendar, not a saying).
RELEASED = frozenset(
    "result results earnings figure figures data number numbers sales profit".split()
)


def _scheduled_release(verb: Token) -> bool:
    """Whether a verb of saying has a release of figures as its object ("reports results")."""
    return verb.lemma_.lower() in {"report", "announce"} and any(
        c.dep_ == "dobj" and {c.lemma_.lower(), c.lower_} & RELEASED for c in verb.children
    )


#: Predicates of "be" that tell what a day ahead holds: a forecast ("Frost is possible
#: Thursday", "Rain is likely Friday") or a notice ("the pool is open Sunday"). The present of
#: "be" is otherwise stative (a caption's "is … on Tuesday").
OUTLOOK = frozenset({"possible", "likely", "unlikely", "open"})


def _outlook(verb: Token, head: Token) -> bool:
    """Whether the date hangs on a present "be" (or on its predicate) of :data:`OUTLOOK`."""
    if verb.tag_ not in {"VBZ", "VBP"} or any(c.dep_ == "neg" for c in verb.children):
        return False
    predicates = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in OUTLOOK]
    return bool(predicates) and head.i in {verb.i, *(c.i for c in predicates)}


#: Conjunctions of temporal clauses, whose verb takes no future form in English: "when he
#: lands Monday", "as soon as trading opens", "until the vote ends" (Quirk et al. 1985,
#: *A Comprehensive Grammar of the English Language*, 14.29).
TEMPORAL_MARKS = frozenset({"when", "as", "after", "before", "until", "till", "once", "while"})


def _future_in_the_past(head: Token) -> bool:
    """ "Investors were likely to buy the stock as soon as trading opened Monday", "said he
    would call when he landed Friday": reported in the past, the temporal clause is
    backshifted with its main clause (Quirk et al. 1985, 14.31), so its past form names a time
    ahead of the telling as the main clause's "would" or planned infinitive does ("as soon
    as" hangs on its adverb)."""
    for _ in range(2):
        if head.pos_ != "ADV" or head.head.i == head.i:
            break
        head = head.head
    aux = _aux(head)
    if "would" in aux and not aux & {"have", "'ve"}:
        return True
    return (
        head.tag_ == "VB"
        and "to" in aux
        and head.head.lemma_.lower() in INTENTION_HEADS
        and not _past_perfect(head.head)
    )


def _temporal_mark(verb: Token) -> bool:
    """Whether an adverbial clause is temporal ("when …", "as soon as …", "once …")."""
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in TEMPORAL_MARKS for c in verb.children)


#: Dependencies of a present participle that hangs on a clause instead of being one: "rising
#: to a high in June from $29.75 in March" (advcl). A complement ("began falling in May") or
#: a conjunct is left to its own reading: counted on TBAQ, adding them lost one value on each
#: half.
NONFINITE_DEPS = frozenset({"advcl"})


def _nonfinite_adjunct(node: Token, aux: set[str]) -> bool:
    """A present participle without auxiliaries has no tense of its own: its time is that of
    the clause it depends on ("Shares fluctuated, rising … in March" is the March gone; "will
    cut jobs, starting in May" the May ahead; Quirk et al. 1985, 15.58). A past participle
    keeps its completed, past reading ("the terms, announced Friday, would give holders …"
    is the Friday gone), and verbs that plan or move a date keep theirs."""
    if node.tag_ != "VBG" or aux or not (node.dep_ in NONFINITE_DEPS or _absolute_with(node)):
        return False
    lemma = node.lemma_.lower()
    return lemma not in FUTURE_GOVERNORS and lemma not in DEADLINE_VERBS


#: Prepositions that open an absolute clause: "with a vote following on Friday".
ABSOLUTE_PREPS = frozenset({"with", "without"})


def _absolute_with(node: Token) -> bool:
    """ "Talks will resume Monday, with a vote following on Friday", "… would leave on
    Monday, with a third departing each Thursday from August 6": a participle in an absolute
    clause under "with" has no tense of its own and takes the time of the clause the "with"
    phrase hangs on (Quirk et al. 1985, 15.60). The parser gives it as the preposition's
    complement (pcomp) or as a clause on its object noun (acl), at most two nouns down ("with
    most of the cuts coming in June")."""
    if node.dep_ == "pcomp":
        return node.head.lower_ in ABSOLUTE_PREPS
    if node.dep_ != "acl":
        return False
    noun = node.head
    for _ in range(3):
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
        if prep.dep_ == "prep" and prep.lower_ in ABSOLUTE_PREPS:
            return True
        noun = prep.head
    return False


#: Links by which a date modifies a verb as an adverbial ("rising … from $29.75 in March",
#: "closing Friday"), not as part of a noun it names ("teeing up the November showdown").
ADVERBIAL_LINKS = frozenset({"prep", "pobj", "npadvmod"})


def _adverbial_path(token: Token, verb: Token) -> bool:
    """Whether the date reaches ``verb`` through prepositions alone: the participle's time,
    not the time of a thing it names (a planned "November showdown" lies ahead whatever
    the clause's tense)."""
    node = token
    while node.i != verb.i:
        if node.dep_ not in ADVERBIAL_LINKS or node.head.i == node.i:
            return False
        node = node.head
    return True


#: The tense of a time set ahead by a verb told in the past ("repairs had been put off until
#: spring", "the vote was postponed until Tuesday"): ahead of the telling, as "future" is, but
#: in a history the story's time, not the writer's (:func:`topline.analyze.timex.tag_text`).
AHEAD_IN_PAST = "ahead_in_past"


def _told_in_past(verb: Token) -> bool:
    """Whether a verb is in a past form ("postponed", "had been put off", "was delayed")."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and bool(_aux(verb) & (PAST_AUX | {"had", "'d", "’d"}))


def _deadline_or_effective(token: Token) -> bool:
    """ "postponed until Tuesday", "effective Feb. 1", "payable Dec. 7": a date named as a
    deadline, a start or a due date."""
    head = token.head
    if head.lower_ in EFFECTIVE:
        return True
    if head.lower_ == "after" and head.head.lower_ in DEADLINE_PREPS:
        head = head.head  # "recessed until after Labor Day"
    if head.lower_ not in DEADLINE_PREPS or head.dep_ != "prep":
        return False
    verb = head.head
    if verb.lower_ in {"back", "off", "over"} and verb.dep_ in {"advmod", "prt"}:
        verb = verb.head  # "was pushed back to January": the particle parsed as the head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    # "put off until spring", "held over until Monday": a phrasal verb of postponing.
    phrasal = any(c.dep_ == "prt" and c.lower_ in {"off", "over", "back"} for c in verb.children)
    return lemma in DEADLINE_VERBS or (lemma in {"put", "hold"} and phrasal)


#: Prepositions that give a planned event its time ("set for Tuesday", "scheduled for May").
PLANNED_FOR = frozenset({"for", "until", "till", "to"})


def _setting_time(verb: Token, token: Token) -> bool:
    """ "its record high set on Aug. 6", "a plan set out in March": a participle after its
    noun whose date comes with "on/in/at" tells when the thing was set, a past event; "the
    vote, set for Tuesday" names the planned time and stays ahead."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or token.head.dep_ != "prep":
        return False
    return token.head.head.i == verb.i and token.head.lower_ not in PLANNED_FOR


def _planned_for(verb: Token, token: Token, aux: set[str]) -> bool:
    """ "The judge set a hearing for Friday", "organizers planned a rally for Saturday": an
    active verb of planning gives its object a time with "for", the time planned, ahead of
    the planning. The passive ("was scheduled for Tuesday") and the past perfect ("had
    scheduled the launch for Tuesday, but …") may tell a plan whose day is gone, and so may a
    participle after its noun ("a service planned for Saturday was canceled")."""
    if aux & ({"had", "'d", "’d"} | PAST_AUX) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.tag_ == "VBN" and not aux & {"has", "have"}:
        return False  # "a memorial service planned for Saturday was canceled": a passive
    prep = token.head
    for _ in range(4):  # "for Friday", "for 9:30 a.m. on Friday"
        if prep.dep_ == "prep" and prep.lower_ == "for":
            head = prep.head
            return head.i == verb.i or (head.dep_ == "dobj" and head.head.i == verb.i)
        if prep.dep_ not in ADVERBIAL_LINKS | {"nummod", "compound"} or prep.head.i == prep.i:
            return False
        prep = prep.head
    return False


def _by_date(token: Token) -> bool:
    """ "By December, two million people had visited": "by" makes the date the reference
    time the past perfect looks back from, not a time before it."""
    return token.head.dep_ == "prep" and token.head.lower_ == "by"


def _aux(node: Token) -> set[str]:
    return {c.lower_ for c in node.children if c.dep_ in {"aux", "auxpass"}}


def _past_perfect(node: Token) -> bool:
    """ "had planned to leave Thursday", "had been due to expire Friday": the plan's time
    may be gone. The auxiliary sits on the head or, after a copula, on the verb above it."""
    for n in [node, *node.ancestors][:3]:
        if _aux(n) & {"had", "'d"}:
            return True
        if n.pos_ in {"VERB", "AUX"} and n is not node and n.dep_ != "ccomp":
            break
    return False


#: The link to a conjoined clause, whose tense is its own: "The storm dumped snow, and more
#: is expected Thursday night". A complement keeps its reporting verb's past ("said they would
#: look for ways around Wednesday's ruling"): stopping there too lost 3 and 2 right values on
#: TBAQ's halves.
CLAUSE_LINKS = frozenset({"conj"})


def _past_above(node: Token) -> bool:
    """Whether a verb at or above ``node`` in its own clause puts it in the past ("had been
    due to …"); the head of a conjoined clause does not."""
    for anc in [node, *node.ancestors][:6]:
        if anc.pos_ in {"VERB", "AUX"} and (_aux(anc) & PAST_AUX or anc.tag_ == "VBD"):
            return True
        if anc.dep_ in CLAUSE_LINKS:
            return False
    return False
