"""Where a source's mention begins and ends: the noun phrase that says who, as PolNeAR
delimits it (see docs/quotes.md, "Who can be a source"). Split from
:mod:`topline.analyze.speakers`, which decides *who* the mention refers to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokSpan

from topline.analyze.cues import SPEECH_VERBS
from topline.analyze.source_apposition import apposition_last, inverted_apposition
from topline.nlp import doc_text, token_table

_NP_LEFT_DEPS = frozenset(
    {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "punct"}
)
#: Tokens that may stand between a name and its apposition: "X, a lawyer" / "X (D-Ohio), head".
_NP_GAP = frozenset({",", "(", ")"})
_NP_RIGHT_PREPS = frozenset({"of", "for", "at", "from", "with", "in", "on", "by", "to"})
#: Dashes that end a wire dateline ("WASHINGTON (AP) — "): nothing before them is the name.
DATELINE_DASHES = frozenset({"—", "–", "--"})


#: Punctuation that stands right before a closing quotation mark (",”", ".”", "?”").
_CLOSERS = frozenset({",", ".", "?", "!", "…"})


def noun_phrase(head: Token, clauses: bool = True) -> tuple[int, int]:
    """Character span of a speaker noun phrase, as a reader (and PolNeAR) delimits it.

    Modifiers left of the head; to the right, "of/for/to…" phrases, an apposition ("Bill
    Burton, a former press official"; "Rep. Ann Lee (D-Ohio), head of the caucus"), a
    relative clause ("Luis Rubio, who heads the center") and a participle or adjective
    phrase ("A person familiar with the talks", "polls taken in May"): all of it says who
    the source is.
    ``clauses=False`` leaves the relative clause out (for a name, not a mention), and a
    clause that itself reports ("two diplomats who confirmed that …") is the cue, not the source.
    """
    doc = head.doc
    lo = hi = head.i
    for child in head.lefts:
        if child.dep_ in _NP_LEFT_DEPS or child.dep_ == "compound":
            lo = min(lo, child.left_edge.i)
    for child in head.rights:
        nxt = child.left_edge.i
        gap = doc[hi + 1 : nxt]
        if child.dep_ in {"compound", "flat"} and nxt == hi + 1:
            hi = child.i
        elif child.dep_ == "prep" and _occasion(child):
            break  # "Trump in his speech said", "Mook in a statement": where, not who
        elif child.dep_ == "prep" and child.lower_ in _NP_RIGHT_PREPS and nxt == hi + 1:
            hi = child.right_edge.i
        elif (
            child.dep_ == "prep"
            and child.lower_ in {"of", "from"}
            and head.pos_ == "PROPN"
            and gap.text.strip() == ","
        ):
            hi = child.right_edge.i  # "Johnnie Wilson, of Springfield, Va.,"
        elif child.dep_ == "appos" and _loose_gap(gap, head):
            hi = apposition_last(
                child
            )  # "Mike Purdy,  a historian", "Susan Crawford, then her agent"
        elif child.dep_ == "appos" and all(t.text in _NP_GAP for t in gap):
            hi = apposition_last(child)
        elif child.dep_ == "appos" and _inside_parenthesis(doc, head.i, nxt) and gap_is_punct(gap):
            hi = child.right_edge.i  # "Rep. Beto O'Rourke (D-Tex.)": the parse splits "D", "Tex"
        elif _how_they_spoke(child):
            break  # "a former aide, who spoke on the condition of anonymity": no more of the name
        elif clauses and nxt == hi + 1 and (cut := _participle_before_anonymity(child)):
            hi = cut  # "one lawyer involved in the talks, who spoke on the condition of …"
        elif clauses and nxt == hi + 1 and _postmodifier(child):
            # "A person familiar with the talks", "polls taken in May"
            hi = _before_how_they_spoke(child, _clause_end(child))
        elif (
            clauses
            and child.dep_ == "relcl"
            and gap.text.replace(" ", "") in {"", ",", ")", "),"}
            and not any(t.lemma_.lower() in SPEECH_VERBS for t in child.subtree)
            and not (hi == head.i and named_twice_before(head, lo))
        ):
            hi = _before_how_they_spoke(child, _clause_end(child))
    # never across a line break: a headline or the paragraph before is not part of the name
    # (the text of tokens lo..head is the document's text between their offsets)
    text = doc_text(doc)
    head_end = head.idx + len(head)
    while lo < head.i and "\n" in text[doc[lo].idx : head_end]:
        lo += 1
    # nor back across a closing quotation mark: in "“…,” Sarandon, 69, told MSNBC" the
    # parse may hang the quote on the name, and the quote is never part of its speaker
    closing = [
        t.i for t in doc[lo : head.i] if t.is_quote and t.i > 0 and doc[t.i - 1].text in _CLOSERS
    ]
    if closing:
        lo = closing[-1] + 1
    # nor across a dateline's dash: "FLINT, Mich., Oct. 4 (UPI) — Former President X"
    dashes = [t.i for t in doc[lo : head.i] if t.text in DATELINE_DASHES]
    if dashes:
        lo = dashes[-1] + 1
    while hi > head.i and "\n" in text[head.idx : doc[hi].idx + len(doc[hi])]:
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ == "cc"):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].dep_ == "case"):
        hi -= 1
    words = token_table(doc).text[lo : hi + 1]
    opened = words.count("(") - words.count(")")
    if opened > 0:
        # the closing parenthesis, past a stop the trim took ("(D-Tex.)")
        close = next((j for j in range(hi + 1, min(hi + 3, len(doc))) if doc[j].text == ")"), None)
        if close is not None and all(t.is_punct for t in doc[hi + 1 : close]):
            hi = close
    end = doc[hi].idx + len(doc[hi])
    if clauses:
        # "recalled James B. Cunningham, then ambassador to Israel": an apposition the
        # parse hung elsewhere (:mod:`topline.analyze.source_apposition`)
        end = max(end, inverted_apposition(head, hi) or end)
    return doc[lo].idx, end


#: Occasions of speaking: "in a statement", "in his speech", "at a news conference".
_OCCASIONS = frozenset(
    "statement statements interview interviews speech speeches tweet tweets post letter email "
    "release remarks appearance conference briefing address op-ed video call debate rally "
    "hearing message memo testimony".split()
)


def _occasion(prep: Token) -> bool:
    """A phrase after a named source that says when or where it spoke ("Trump in his speech
    said", "RNC spokesman Sean Spicer in a Friday tweet", "Trump at the time said"), not who
    it is (PolNeAR leaves it out of the source: 15 times in 15 on dev and the working train
    slices); "David Autor at M.I.T." and "many people at his rallies" stay."""
    head = prep.head
    if prep.lower_ not in {"in", "at", "on", "during"}:
        return False
    if head.pos_ == "NOUN" and head.ent_type_ not in {"PERSON", "ORG"}:
        return False  # after a name only (the tagger may call "Trump" a noun or a verb)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    return obj.lemma_.lower() in _OCCASIONS or obj.lower_ in _OCCASIONS or obj.lower_ == "time"


#: Words of a clause that says how the source spoke, not who the source is.
_ANONYMITY = frozenset({"anonymity", "anonymously"})
#: Dependencies of a clause on a noun.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})


def _how_they_spoke(child: Token) -> bool:
    """A relative clause or participle on the source that says how it spoke ("one former
    executive who requested anonymity to avoid …", "the official, speaking on condition of
    anonymity"): not part of who the source is (PolNeAR leaves it out of the source ten
    times in thirteen on dev and the working train slices; "who was not authorized to
    speak" stays, as PolNeAR keeps it). The word must be the clause's own, not a clause's
    nested in it."""
    if child.dep_ not in _CLAUSE_DEPS or not _mentions_anonymity(child):
        return False
    for tok in child.subtree:
        if tok.lower_ in _ANONYMITY:
            up = tok.head
            while up.i != child.i and up.dep_ not in _CLAUSE_DEPS and up.head.i != up.i:
                up = up.head
            if up.i == child.i:
                return True
    return False


def _mentions_anonymity(clause: Token) -> bool:
    """The clause's words hold "anonym…" (one search of the text, before any walk of the
    parse: almost no clause does)."""
    left, right = clause.left_edge, clause.right_edge
    return "anonym" in doc_text(clause.doc)[left.idx : right.idx + len(right)].lower()


def _before_how_they_spoke(clause: Token, end: int) -> int:
    """``end`` moved before a clause of anonymity inside ``clause`` ("one Republican involved
    in the planning, who spoke on the condition of anonymity": the parse hangs the relative
    clause on "planning")."""
    if not _mentions_anonymity(clause):
        return end
    for tok in clause.subtree:
        if tok.i != clause.i and tok.i <= end and _how_they_spoke(tok):
            return max(clause.i, tok.left_edge.i - 1)
    return end


def _participle_before_anonymity(child: Token) -> int | None:
    """The last token of a participle on the source ("involved in the talks") before the
    clause of anonymity the parse hung inside it, when the words before that clause are a
    plain postmodifier (the clause's own "spoke" is no report of the participle's)."""
    if child.dep_ != "acl" or child.tag_ not in {"VBN", "VBG"}:
        return None
    end = _before_how_they_spoke(child, child.right_edge.i)
    if end == child.right_edge.i:
        return None
    if any(t.lemma_.lower() in SPEECH_VERBS for t in child.doc[child.i : end + 1]):
        return None
    return end


def named_twice_before(head: Token, lo: int) -> bool:
    """The mention ``doc[lo : head.i + 1]`` is a name the article has used at least twice
    before ("Obama", "Mr. Trump" in a story about him): a relative clause right after it
    ("Obama, whose criticism of Trump has sharpened …") tells the reader something new about
    someone well introduced, and PolNeAR leaves it out of the source about seven times in
    ten; after a first mention ("Luis Rubio, who heads a research center") it says who the
    source is and stays four times in five, and after a single earlier mention it is a coin
    toss (counts on dev and the working train slices)."""
    if head.pos_ != "PROPN" or any(t.pos_ not in {"PROPN", "PUNCT"} for t in head.doc[lo : head.i]):
        return False
    before = doc_text(head.doc)[: head.doc[lo].idx]
    seen = re.finditer(rf"\b{re.escape(head.text)}\b", before)
    return next(seen, None) is not None and next(seen, None) is not None


#: Adverbs that may open an apposition: "Susan Crawford, then Maples's literary agent".
_APPOS_ADVERBS = frozenset({"then", "now", "formerly", "once", "also"})


def _loose_gap(gap: TokSpan, head: Token) -> bool:
    """The words between a name and its apposition are a comma or a parenthesis as the
    plain rule wants, with a stray space token the scraped text kept (", ␣a historian") or
    an adverb of time of the name's own (", then her agent"): the apposition still says who
    the source is."""
    loose = False
    for t in gap:
        if t.is_space:
            loose = True
        elif t.dep_ == "advmod" and t.head.i == head.i and t.lower_ in _APPOS_ADVERBS:
            loose = True
        elif t.text not in _NP_GAP:
            return False
    return loose


def _inside_parenthesis(doc: Doc, head: int, nxt: int) -> bool:
    """Whether a parenthesis opened after the head is still open at token ``nxt``."""
    words = token_table(doc).text[head + 1 : nxt]
    return words.count("(") > words.count(")")


def gap_is_punct(gap: Iterable[Token]) -> bool:
    """Whether the tokens between a name and its next part are punctuation only."""
    return all(t.is_punct for t in gap)


def _postmodifier(child: Token) -> bool:
    """A phrase right after the head that says which one: an adjective with its own
    complement ("familiar with the planning", "close to the campaign") or a participle
    ("Exit polls taken in South Carolina", "groups pushing for a new platform"), never one
    that itself reports ("officials saying that …")."""
    if child.dep_ == "amod" and child.pos_ == "ADJ":
        return any(c.dep_ == "prep" for c in child.children)
    if child.dep_ == "acl" and child.tag_ in {"VBN", "VBG"}:
        return not any(t.lemma_.lower() in SPEECH_VERBS for t in child.subtree)
    return False


def _clause_end(clause: Token) -> int:
    """Last token of a relative clause, never past a reporting verb or a quotation mark."""
    end = clause.right_edge.i
    for tok in clause.subtree:
        if tok.i > clause.i and (tok.is_quote or tok.text in {"“", "”", "''"}):
            return max(clause.i, tok.i - 1)
    return end
