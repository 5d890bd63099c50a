"""Where the parse is likely wrong: triples the events extractor refuses rather than guesses.

Issue #18 asks precision >= 0.90; on political prose (long sentences, stacked modifiers) the
false triples left were parse errors, not vocabulary: a participle hung on the wrong noun, a
verb's object read as the subject of the clause after it, a conjunct with no coordinator, an
ambiguous "which". A reader loses less from a missing triple than from a false one, so each
function here names one such shape of the dependency tree and the extractor drops the
triple (or, where English grammar leaves one reading, takes that one). Kept apart from
:mod:`topline.analyze.event_roles` (who the agent is when the parse is sound) and from
:mod:`topline.analyze.event_guideline` (what the guideline counts as an event at all).
"""

from __future__ import annotations

from spacy.tokens import Token

from topline.analyze.event_aspect import is_thing
from topline.nlp import token_table

#: Light verbs: with no object and no particle ("has made", "refuses to do") the parser has
#: lost the noun that names the act ("made a six-figure ad buy to respond": "buy" taken for
#: the subject of "respond"); alone they say nothing.
LIGHT_VERBS = frozenset({"make", "do", "take", "give"})
#: Wh-adverbs that open an indirect question ("how much", "why", "where").
WH_ADVERBS = frozenset("how why when where whether however wherever whenever".split())
#: Quotation marks that may open a quoted clause right after its verb.
QUOTE_MARKS = frozenset({'"', "'", "“", "‘", "``"})
#: Nouns of clock time a "by" phrase may end on ("by noon", "by 6 o'clock").
CLOCK_NOUNS = frozenset({"o'clock", "o’clock", "noon", "midnight", "midday", "deadline"})
#: Words that may stand between a verb and the start of its object.
_BETWEEN = frozenset({"ADV", "PART"})
#: Tags of wh-words: a clause they open is a question or a relative, no noun phrase.
_WH = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Participle-like tags: a bare verb after its head's object ("let the speech … interfere")
#: is a small clause the head governs; a participle may belong to any noun before it.
_PARTICIPLES = frozenset({"VBN", "VBD", "VBG"})


def time_agent(noun: Token) -> bool:
    """ "should be developed by 6 o'clock", "will be signed by Friday", "by the end of the
    year": the object of a passive's "by" that is a time says when, never who acted."""
    if noun.ent_type_ in {"DATE", "TIME"} or noun.lower_ in CLOCK_NOUNS:
        return True
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return inner is not None and inner.ent_type_ in {"DATE", "TIME"}


def _right_after(head: Token, noun: Token) -> bool:
    """Whether ``noun``'s phrase starts right after ``head`` (past adverbs and particles)."""
    doc = head.doc
    return head.i < noun.left_edge.i and all(
        doc[k].pos_ in _BETWEEN for k in range(head.i + 1, noun.left_edge.i)
    )


def object_as_subject(clause: Token) -> Token | None:
    """The noun the parser made the subject of ``clause`` when it is its head verb's object.

    "made a six-figure ad buy to respond", "make the case to Democrats gathered in …",
    "allows a detailed tracking of the xenophobia gripping Europe": a clausal complement with
    no "that", no auxiliary (bar "to") and a subject that starts right after the head verb is
    a noun phrase the head acts on, with a modifier the parser took for a verb of its own.
    None when ``clause`` is not such a complement."""
    if clause.dep_ != "ccomp" or clause.head.i >= clause.i:
        return None
    subj = None
    for c in clause.children:
        dep = c.dep_
        if dep == "mark" or (dep in {"aux", "auxpass"} and c.lower_ != "to"):
            return None
        if subj is None and dep in {"nsubj", "nsubjpass"}:
            subj = c
    if subj is None or subj.i > clause.i or not _right_after(clause.head, subj):
        return None
    if subj.tag_ in _WH or any(c.tag_ in _WH for c in subj.children):
        return None  # "help determine which party controls …": an indirect question
    return subj


#: Verbs whose object may be the doer of a following to-infinitive beyond the object-control
#: and desire verbs the caller passes ("expects Clinton to recover", "caused prices to
#: rise"): after them "NP to V" is one clause, not an object and a purpose.
NP_TO_VERBS = frozenset(
    "expect cause enable get help lead intend mean believe need prompt push".split()
)


def doubtful_clause_verb(
    verb: Token, np_to_heads: frozenset[str], clause_heads: frozenset[str]
) -> bool:
    """The verb of such a complement whose own subject is in doubt: a to-infinitive after a
    verb that takes no "object to-infinitive" (:data:`NP_TO_VERBS` and ``np_to_heads``,
    "wants an SNP vote to force …"; "made a buy to respond" is a purpose) or a bare verb
    whose subject carries a prepositional phrase it could hang on ("the case to Democrats
    gathered in Philadelphia": the Democrats gathered, not the case). Not after a verb of
    ``clause_heads`` (saying and thinking: "says praise from Putin helps the U.S." is the
    ordinary reported clause)."""
    if verb.head.lemma_.lower() in clause_heads:
        return False
    subj = object_as_subject(verb)
    if subj is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        head = verb.head.lemma_.lower()
        return head not in NP_TO_VERBS and head not in np_to_heads
    if verb.tag_ == "VBG" and is_thing(subj):
        return True  # "could make money doing it": money does nothing (see is_thing)
    return verb.tag_ in _PARTICIPLES and any(
        c.dep_ == "prep" and c.i < verb.i for c in subj.children
    )


def crossed_object(clauses: list[Token], obj: Token | None) -> Token | None:
    """The object of a verb (``clauses``: its chain's ``ccomp`` children) when the parser
    gave it one beyond a clause of its own.

    "endorsed Jeb Bush and Jeb crashed, then John Kasich": the parser read "Jeb Bush and
    Jeb crashed" as a complement clause and hung "John Kasich" on "endorsed"; the noun right
    after the verb (the clause's would-be subject) is the object, not one past the clause."""
    for clause in clauses:
        subj = object_as_subject(clause)
        if subj is not None and (obj is None or obj.i > clause.i):
            return subj
    return obj


def uncoordinated_participle(verb: Token) -> bool:
    """An -ing form the parser conjoined or attached to a far verb while it follows a noun
    directly: "has won or tied among the group of voters making $100,000" (the voters make
    it, not the nominee). A real conjunct has its coordinator before it; an adverbial -ing
    clause after a prepositional object is as likely to modify that object."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"conj", "advcl"} or verb.i == 0:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    if before.pos_ not in {"NOUN", "PROPN"}:
        return False
    return verb.dep_ == "conj" or before.dep_ == "pobj"


def quoted_object(verb: Token) -> bool:
    """ "chanting “We are Orlando”", "shouted 'Get out'": a verb whose complement opens with
    a quotation mark right after it says the quoted words; what it says is an attribution's
    content, not the target of an act (guideline section 3)."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or not doc[verb.i + 1].is_quote:
        return False
    mark = doc[verb.i + 1]
    if not (mark.text in {"“", "‘"} or (mark.text in {'"', "'"} and bool(verb.whitespace_))):
        return False
    # A quoted clause, not a quoted noun ("slammed “the failed policies”" stays an act).
    return any(c.dep_ == "ccomp" and c.left_edge.i == verb.i + 2 for c in verb.children)


def question_object(target: Token) -> bool:
    """ "shows how much the party has changed": an object led by "how" is an indirect
    question, a clause; the guideline's target is a noun phrase, so there is none."""
    lower = token_table(target.doc).lower
    if lower[target.i] in WH_ADVERBS:
        return target.tag_ == "WRB"
    if target.i == 0 or lower[target.i - 1] not in WH_ADVERBS:
        return False  # most targets: two lookups in the document's table
    before = target.doc[target.i - 1]  # "how much": the wh-word right before its head
    return before.tag_ == "WRB" and before.head.i == target.i


def bare_light_verb(chain: list[Token], target: Token | None) -> bool:
    """A light verb that ends its chain with no object and no particle: its act is lost."""
    last = chain[-1]
    return (
        target is None
        and last.lemma_.lower() in LIGHT_VERBS
        and not any(
            c.dep_ in {"prt", "dobj", "dative", "xcomp", "prep", "advmod"} for c in last.children
        )  # "took to the talk shows", "did well in the Hudson Valley": complete
    )


def agreement(verb: Token, chain: list[Token]) -> bool:
    """ "The association agrees with Dean": agreeing with someone is an attitude (guideline
    section 1.2); "agreed to pay" (an act at the chain's end) and "agreed a deal" stay."""
    return (
        len(chain) == 1
        and verb.lemma_.lower() == "agree"
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


#: Dependencies of a clause that has a subject of its own inside a noun phrase.
_NOUN_CLAUSES = frozenset({"relcl", "acl"})


def competing_subject(verb: Token) -> bool:
    """A conjunct that borrows its head's subject across a relative clause of its own verb.

    "detailed the routine that helped her go from 145lbs to 127lbs – and enabled the
    resident to …", "shared images which showcase how a plan … has helped her – but has also
    ensured …": the parser conjoins the last verb with the main one, but the clause in
    between has a subject too, and the conjunct may be its ("have work to do and must take
    every game": an infinitive with no subject competes with none). With two verbs competing
    for one subject the triple is refused."""
    if verb.dep_ != "conj":
        return False
    head = verb.head
    doc = verb.doc
    pos = token_table(doc).pos  # no Token made for the words between that are no verb
    if pos[head.i] not in {"VERB", "AUX"}:
        return False
    competing = any(
        pos[k] in {"VERB", "AUX"}
        and doc[k].dep_ in _NOUN_CLAUSES
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in doc[k].children)
        for k in range(head.i + 1, verb.i)
    )
    return competing and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def ambiguous_which(pronoun: Token, antecedent: Token | None) -> bool:
    """ "the tests for 11-year-olds, which assess English", "the reality of climate change,
    which makes him an outlier": after a comma, a "which" whose nearest noun sits in another
    noun's prepositional phrase may stand for either noun or for the whole clause; as the
    doer of the relative clause it is refused."""
    if antecedent is None or pronoun.lower_ != "which" or pronoun.i == 0:
        return False
    if pronoun.doc[pronoun.i - 1].text != "," or antecedent.dep_ != "pobj":
        return False
    owner = antecedent.head.head
    return owner.pos_ in {"NOUN", "PROPN"} or owner.dep_ in {
        "pobj",
        "dobj",
        "nsubj",
        "nsubjpass",
        "attr",
        "appos",
    }


def misparsed_coordination(verb: Token) -> bool:
    """A verb whose conjunct is a noun ("will kill and ritually sacrifice animals" read as
    "kill" and "animals"): the coordination, and with it the object, is lost."""
    return any(
        c.dep_ == "conj"
        and c.pos_ in {"NOUN", "PROPN"}
        and not any(p.dep_ == "prep" and verb.i < p.i < c.i for p in verb.children)
        for c in verb.children
    )  # "compete for time and space": the noun is the preposition's, the verb complete
