"""Events: actor — action — target, with time and place, read from the dependency parse.

One event per content verb that has a subject or an object: the actor is the subject phrase
(the ``by`` agent in the passive), the action is the verb with its particle, negation and
``xcomp`` chain ("voted to oust"), the target is the direct object (or the passive subject),
``when`` is a timex attached inside the verb's clause, ``where`` a GPE/LOC/FAC entity in one of
its prepositional phrases. Reporting verbs ("said", "told") are attributions, not events, and are
left to the attribution module. :func:`timeline` orders one article's events by date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from spacy.tokens import Doc, Token

from topline.analyze.event_aspect import state_of_a_thing
from topline.analyze.event_doubts import (
    LIGHT_VERBS,
    QUOTE_MARKS,
    agreement,
    bare_light_verb,
    competing_subject,
    doubtful_clause_verb,
    misparsed_coordination,
    quoted_object,
    uncoordinated_participle,
)
from topline.analyze.event_guideline import (
    DESIRE,
    chain_ends_in_state,
    depiction,
    desire_without_act,
    directive,
    linking_verb_as_act,
    message_given,
    not_an_act,
    quoted_title,
)
from topline.analyze.event_roles import (
    OBJECT_CONTROL,
    object_controller,
    passive_controller,
    roles,
)
from topline.analyze.event_roles import inside as _inside
from topline.analyze.event_verbs import (
    adjectival_participle,
    call_for,
    chain,
    dummy_object,
    in_head_chain,
    mistagged_noun,
    prepositional_ing,
    quote_cue,
    role_not_act,
    spoken_topic,
    under_light_verb,
)
from topline.analyze.intervals import CharRanges
from topline.model import EntityCluster, Event, Source, Span, Timex
from topline.nlp import doc_ents, doc_text, token_table

# --- tunable vocabulary ------------------------------------------------------------------

REPORTING = frozenset(
    "say tell report add note state claim announce confirm write ask reply respond explain "
    "believe think know according accord".split()
)
#: Saying and thinking beyond the reporting cues: what someone warns, admits or remembers is
#: the content of a statement or a thought, not an event of the story.
SPEECH_AND_THOUGHT = frozenset(
    "warn admit reveal question remember recall urge describe detail insist suggest argue deny "
    "predict acknowledge concede stress emphasise emphasize tweet label reiterate allege "
    "maintain feel realise realize wonder fear imagine assume".split()
)
#: Verbs of cognition and expectation (Quirk et al. 1985, 4.29, "private" verbs): what someone
#: understands, forgets or hopes is a state of mind, not an act of the story. Kept apart from
#: :data:`SPEECH_AND_THOUGHT`, which the story matcher shares (``brief/story_lexicon.py``).
COGNITION = frozenset(
    "understand forget doubt suppose expect hope wish recognise recognize learn".split()
)
#: Verbs that link or measure rather than act ("it means", "proved fatal", "a kite measuring
#: 6,000 metres").
LINKING = frozenset("mean prove look sound appear measure weigh total number".split())
#: Verbs that carry no event of their own: reporting (left to attributions) and copulas.
SKIP_LEMMAS = (
    REPORTING
    | SPEECH_AND_THOUGHT
    | COGNITION
    | LINKING
    | {"be", "have", "'s", "’s", "seem", "become"}
)
#: Verbs that end a chain in a state or a saying: "wanted to remain a peer", "struggle to
#: believe it", "refused to say" name no act (the guideline's chains are judged by their last
#: verb). Verbs with an act sense ("claim the last spot", "ask pupils to …") are not here.
CHAIN_STATES = (
    COGNITION
    | LINKING
    | {"be", "have", "seem", "become", "believe", "think", "know", "feel", "fear", "imagine"}
    | {"assume", "realise", "realize", "wonder", "remember", "recall", "say", "state"}
    | {"announce", "warn", "admit", "reveal", "deny"}
)
#: Children whose subtrees do not belong to a noun phrase's core ("…, claiming that …").
CLAUSE_DEPS = {"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "prep", "parataxis"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: The word right after a verb that a lost coordination ("kill and … animals") starts with.
COORDINATORS = frozenset({"and", "or"})
#: Verbs after which "NP to V" is one clause whose subject is the NP (object control, desire).
NP_TO_HEADS = OBJECT_CONTROL | DESIRE
#: How far up from its preposition a place may hang (verb ← by ← protesters ← in Baghdad).
PLACE_DEPTH = 4
SOURCE_KIND = {"PERSON": "person", "ORG": "organization", "NORP": "organization"}
#: Nouns that only quantify the noun of their "of" phrase ("a third of the work").
PARTITIVES = frozenset(
    "third half quarter majority minority part rest number dozen dozens hundreds thousands "
    "millions percent share bulk lot lots most some type kind sort".split()
)
#: A line-initial label ("What to watch for:") is at most this long before its colon.
LABEL_MAX_CHARS = 40
LABEL_MAX_TOKENS = 5
#: A heading is a line of at most this many words without closing punctuation…
HEADING_MAX_WORDS = 15
HEADING_END = frozenset('.!?…:;"”’)')
#: …whose words longer than three letters are mostly capitalised (or the first line).
TITLE_CASE_SHARE = 0.6


def _phrase(head: Token, keep_prep: bool = False, blocked: CharRanges | None = None) -> Span:
    """The contiguous core of ``head``'s noun phrase, without clauses and appositions."""
    skip = CLAUSE_DEPS - ({"prep"} if keep_prep else set())
    tokens = [head]
    for child in head.children:
        partitive = child.dep_ == "prep" and child.lower_ == "of" and _is_partitive(head)
        if child.dep_ in skip and not _inner_hyphen(child) and not partitive:
            continue
        tokens.extend(child.subtree)
    lo = min(t.i for t in tokens)
    hi = max(t.i for t in tokens)
    # Keep it contiguous around the head: stop at the first excluded token on each side.
    ids = {t.i for t in tokens}
    start = head.i
    while start - 1 >= lo and start - 1 in ids:
        start -= 1
    end = head.i
    while end + 1 <= hi and end + 1 in ids:
        end += 1
    doc = head.doc
    while end > start and doc[end].is_punct:
        end -= 1
    while start < head.i and (_junk(doc[start]) or "\n" in doc[start : head.i + 1].text):
        start += 1  # bullets, dashes, and a title line above the phrase
    while start < head.i and blocked and _inside(doc[start].idx, blocked):
        start += 1  # a label glued to the phrase ("Topline: The U.S.")
    return Span(doc[start].idx, doc[end].idx + len(doc[end]))


def _is_partitive(head: Token) -> bool:
    """ "Most of her customers", "a third of the work": the "of" phrase names the actor."""
    return head.pos_ in {"ADJ", "NUM", "PRON", "DET"} or head.lemma_.lower() in PARTITIVES


def _inner_hyphen(token: Token) -> bool:
    """A hyphen inside a word ("Abdul-Mahdi"): spaCy makes it a ``punct`` child."""
    doc = token.doc
    return (
        token.tag_ == "HYPH"
        and not token.whitespace_
        and token.i > 0
        and not doc[token.i - 1].whitespace_
    )


def blocked_regions(doc: Doc) -> CharRanges:
    """Character ranges that are labels or headings, never a clause's actor or verb.

    A *label* is a line's first few words up to a colon, unless a reporting verb makes them
    a quote's introduction ("Topline:", "Why it matters:", but not "Smith said:"). A
    *heading* is a short line with no closing punctuation that is the first line of the text
    or written in title case ("City Council Approves New Budget").
    """
    text = doc_text(doc)
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        body = line.strip()
        if not body:
            continue
        lead = start + len(line) - len(line.lstrip())
        colon = line.find(":")
        if 0 < colon <= LABEL_MAX_CHARS:
            head = doc.char_span(lead, start + colon, alignment_mode="expand")
            if (
                head is not None
                and 0 < len(head) <= LABEL_MAX_TOKENS
                and not any(t.pos_ == "VERB" and t.lemma_.lower() in REPORTING for t in head)
            ):
                out.append((lead, start + colon + 1))
                if start != 0:
                    continue
                body = line[colon + 1 :].strip()  # the first line: is its rest a title?
                if not body:
                    continue
        words = re.findall(r"[^\W\d_][\w’'-]*", body)
        if not words or len(words) > HEADING_MAX_WORDS:
            continue
        if len(words) <= LABEL_MAX_TOKENS and all(w.isupper() for w in words):
            out.append((start, end))  # "ABSTRACT.", "FULL TEXT.": a section label line
            continue
        closed = body[-1] in HEADING_END
        if closed and (start != 0 or body[-1] != "." or end >= len(text)):
            continue  # a sentence (the first line may still be a headline, below)
        long_words = [w for w in words if len(w) > 3]
        capitalised = sum(w[0].isupper() for w in long_words)
        # "Paris Terror Attacks Highlight Threat Posed by NRA.": a first line set apart from
        # the body, every longer word capitalised, is the headline even with a full stop (a
        # sentence is not written so; one full of names still has lower-case verbs).
        if closed and not (long_words and capitalised == len(long_words)):
            continue
        title_case = bool(long_words) and capitalised >= TITLE_CASE_SHARE * len(long_words)
        if title_case or start == 0:
            out.append((start, end))
    return CharRanges(out)  # asked per verb and per phrase word: a bisection each


def _has_children(token: Token) -> bool:
    return bool(token.n_lefts or token.n_rights)


def bare_complementizer(target: Token) -> bool:
    """A complementizer with nothing under it taken for the object ("valued that …"): no noun
    names a target, so the parse of the clause is wrong."""
    return target.tag_ == "IN" and not _has_children(target)


def _junk(token: Token) -> bool:
    return token.is_space or not any(ch.isalnum() for ch in token.text)


def _prefix(token: Token) -> bool:
    """A word glued to a following hyphen ("re" in "re-enter"): part of the next word."""
    doc = token.doc
    return (
        token.i + 2 < len(doc)
        and not token.whitespace_
        and doc[token.i + 1].text == "-"
        and not doc[token.i + 1].whitespace_
    )


def _action_span(chain: list[Token]) -> Span:
    doc = chain[0].doc
    tokens = list(chain)
    first = chain[0]
    if first.i >= 2 and _prefix(doc[first.i - 2]):
        tokens.append(doc[first.i - 2])  # "re-enter", "co-founded"
    for v in chain:
        tokens += [
            c
            for c in v.children
            if (c.dep_ in {"prt", "neg"} and abs(c.i - v.i) <= 2)
            or (c.dep_ == "aux" and c.lower_ == "to" and v is not chain[0])
        ]
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens)
    return Span(doc[start].idx, doc[end].idx + len(doc[end]))


def _first_hits(paths: list[list[int]]) -> dict[int, int]:
    """Token index → the first path (by position in ``paths``) that passes through it.

    The clause's time and place are the first timex / place entity whose upward path meets
    a verb of the chain; indexing the paths once per document turns the per-verb rescan of
    every timex and entity into a few dictionary lookups.
    """
    first: dict[int, int] = {}
    for order, path in enumerate(paths):
        for i in path:
            first.setdefault(i, order)
    return first


def _first_on_chain(chain: list[Token], first: dict[int, int]) -> int | None:
    hits = [first[v.i] for v in chain if v.i in first]
    return min(hits) if hits else None


def _mention_clusters(doc: Doc, clusters: tuple[EntityCluster, ...]) -> dict[int, EntityCluster]:
    """Token index → the first cluster (in cluster order) with a mention covering its start."""
    starts = token_table(doc).idx
    out: dict[int, EntityCluster] = {}
    for cluster in clusters:
        for mention in cluster.mentions:
            lo = bisect.bisect_left(starts, mention.start)
            hi = bisect.bisect_left(starts, mention.end)
            for i in range(lo, hi):
                out.setdefault(i, cluster)
    return out


def _actor(
    head: Token,
    text: str,
    named_by: dict[int, EntityCluster],
    blocked: CharRanges | None = None,
) -> Source:
    """The subject phrase; named by its entity cluster when the head, or a noun in
    apposition ("Her apprentice, Daniel Ortiz,"), is a mention of one."""
    span = _phrase(head, blocked=blocked)
    named = [head] + [c for c in head.children if c.dep_ == "appos"]
    for tok in named:
        cluster = named_by.get(tok.i)
        if cluster is not None:
            kind = SOURCE_KIND.get(cluster.label, "other")
            return Source(name=cluster.canonical, span=span, cluster=cluster.id, kind=kind)
    kind = "unnamed" if head.pos_ in {"NOUN", "PRON"} else "other"
    return Source(name=span.of(text), span=span, kind=kind)


def _timex_paths(doc: Doc, timexes: tuple[Timex, ...]) -> list[list[int]]:
    """Per timex: its root and the ancestors up to (and including) the first other verb."""
    paths: list[list[int]] = []
    for t in timexes:
        span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        path: list[int] = []
        if span is not None:
            node = span.root
            for anc in [node, *node.ancestors]:
                path.append(anc.i)
                if anc.pos_ in {"VERB", "AUX"} and anc is not node:
                    break
        paths.append(path)
    return paths


def _place_paths(doc: Doc) -> tuple[list[list[int]], list[Span]]:
    """Per place entity in a prepositional phrase: the ancestors it may attach to."""
    paths: list[list[int]] = []
    spans: list[Span] = []
    for ent in doc_ents(doc):
        if ent.label_ not in PLACE_LABELS:
            continue
        prep = ent.root.head
        if prep.dep_ != "prep":
            continue
        path: list[int] = []
        for anc in list(prep.ancestors)[:PLACE_DEPTH]:
            path.append(anc.i)
            if anc.pos_ in {"VERB", "AUX"}:
                break
        paths.append(path)
        spans.append(Span(ent.start_char, ent.end_char))
    return paths, spans


def find_events(
    doc: Doc, clusters: tuple[EntityCluster, ...], timexes: tuple[Timex, ...]
) -> tuple[Event, ...]:
    """Actor–action–target events of a parsed document, in text order."""
    text = doc_text(doc)
    blocked = blocked_regions(doc)
    timex_first = _first_hits(_timex_paths(doc, timexes))
    place_paths, place_spans = _place_paths(doc)
    place_first = _first_hits(place_paths)
    named_by = _mention_clusters(doc, clusters)
    events: list[Event] = []
    table = token_table(doc)
    lemmas = table.lemma
    copula_heads = {  # "is going to be …": the verbs whose complement is a copula
        doc[i].head.i
        for i, pos in enumerate(table.pos)
        if pos == "AUX" and lemmas[i] == "be" and doc[i].dep_ == "xcomp"
    }
    texts = table.text
    for i, pos in enumerate(table.pos):
        if pos != "VERB":
            continue  # no Token made for the other words
        verb = doc[i]
        if verb.pos_ != "VERB" or (
            verb.dep_ == "xcomp"
            and object_controller(verb) is None
            and passive_controller(verb) is None
        ):
            continue  # an infinitive is part of its head's action, unless another noun does it
        lemma = lemmas[i]
        if (
            lemma in SKIP_LEMMAS
            and not directive(verb, lemma)
            and not linking_verb_as_act(verb, lemma)
        ):
            continue  # saying and thinking; "urged his players to …", "appeared in court": acts
        if _inside(verb.idx, blocked) or verb.lower_ in SKIP_LEMMAS:
            continue  # a label's or heading's verb; a clitic "’s" the lemmatiser left as "’"
        if not verb.text.isalpha() or _prefix(verb):
            continue  # "re" of "re-enter", split off by the tokenizer
        if mistagged_noun(verb) or adjectival_participle(verb) or under_light_verb(verb):
            continue  # "a Six Nations clash", "want her gone", "make it five wins"
        if prepositional_ing(verb) or role_not_act(verb) or call_for(verb) or quote_cue(verb):
            continue  # "a ban following the abandonment", "acting as", "called for", "…,” she posted"
        if spoken_topic(verb):
            continue  # "talked about reform": the attribution step's phrasal cue
        if in_head_chain(verb):
            continue  # "held on to claim": part of the action of "held on"
        if not_an_act(verb, lemma) or quoted_title(verb):
            continue  # "remain a peer", "hails from", "dubbed one of", “ISIS Declares Death …”
        dep = verb.dep_
        if dep == "ccomp" and doubtful_clause_verb(verb, NP_TO_HEADS, SKIP_LEMMAS):
            continue  # "a buy to respond", "the case to Democrats gathered in …"
        if dep in {"conj", "advcl"} and (uncoordinated_participle(verb) or competing_subject(verb)):
            continue  # "voters making $100,000", "the routine that helped her … and enabled …"
        verbs = chain(verb)
        last = verbs[-1].i
        if lemma == "agree" and agreement(verb, verbs):
            continue  # "agrees with Dean": an attitude
        if last + 1 < len(texts) and texts[last + 1] in QUOTE_MARKS and quoted_object(verbs[-1]):
            continue  # "chanting “We are Orlando”": the quote is what is said
        if desire_without_act(verbs, lemma) or chain_ends_in_state(
            verbs, CHAIN_STATES, copula_heads
        ):
            continue  # "want chaos", "wanted to remain a peer", "struggle to believe"
        found = roles(verb, verbs, blocked)
        if found is None:
            continue
        actor_head, target_head = found
        if target_head is not None and bare_complementizer(target_head):
            continue  # "that they run to …" parsed with a bare "that" as the object: no noun
        if (
            target_head is None
            and i + 1 < len(texts)
            and texts[i + 1] in COORDINATORS
            and misparsed_coordination(verb)
        ):
            continue  # "will kill and ritually sacrifice animals": the object is lost
        if target_head is None and lemmas[last] in LIGHT_VERBS and bare_light_verb(verbs, None):
            continue  # "has made" with its object lost to the parse
        if lemma == "make" and dummy_object(verb, target_head):
            continue  # "to make it five wins", "making it impossible": a light verb
        if depiction(lemma, actor_head) or message_given(lemma, target_head):
            continue  # "footage showing her", "made an announcement": no act of the story
        if state_of_a_thing(lemma, actor_head):
            continue  # "his plan matches his rhetoric": a relation of a thing, no act
        action_span = _action_span(verbs)
        target_span = _phrase(target_head, blocked=blocked) if target_head is not None else None
        when_at = _first_on_chain(verbs, timex_first)
        when = timexes[when_at] if when_at is not None else None
        where_at = _first_on_chain(verbs, place_first)
        where_span = place_spans[where_at] if where_at is not None else None
        actor = _actor(actor_head, text, named_by, blocked) if actor_head is not None else None
        pieces = [action_span] + [s for s in (actor.span if actor else None, target_span) if s]
        span = Span(min(p.start for p in pieces), max(p.end for p in pieces))
        events.append(
            Event(
                span=span,
                action=action_span.of(text),
                action_span=action_span,
                actor=actor,
                target=target_span.of(text) if target_span else None,
                target_span=target_span,
                when=when,
                where=where_span.of(text) if where_span else None,
                where_span=where_span,
            )
        )
    return tuple(events)


# --- timeline ----------------------------------------------------------------------------

_DATE = re.compile(r"^(\d{2,4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q(\d)|-H(\d)|-(SP|SU|FA|WI))?")
_SEASON_MONTH = {"WI": 1, "SP": 4, "SU": 7, "FA": 10}


def date_start(value: str | None) -> dt.date | None:
    """The first day a TimeML DATE value covers ("2020-W01" → 2019-12-30); None if undated."""
    if not value:
        return None
    m = _DATE.match(value)
    if not m:
        return None
    digits = m.group(1)
    year = int(digits.ljust(4, "0"))
    try:
        if m.group(4):
            return dt.date.fromisocalendar(year, int(m.group(4)), 1)
        if m.group(5):
            return dt.date(year, (int(m.group(5)) - 1) * 3 + 1, 1)
        if m.group(6):
            return dt.date(year, 1 if m.group(6) == "1" else 7, 1)
        if m.group(7):
            return dt.date(year, _SEASON_MONTH[m.group(7)], 1)
        return dt.date(year, int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def timeline(events: tuple[Event, ...] | list[Event]) -> list[Event]:
    """Events oldest first by their resolved date; undated events follow, in text order.

    Ties (same start date) keep text order, so a story told in order stays in order.
    """
    dated = [(date_start(e.when.value if e.when else None), i, e) for i, e in enumerate(events)]
    with_date = sorted(
        ((d, i, e) for d, i, e in dated if d is not None), key=lambda x: (x[0], x[1])
    )
    without = [e for d, _, e in dated if d is None]
    return [e for _, _, e in with_date] + without
