"""The comma-set apposition after a speaker named behind its verb, read off the surface:
"“…,” said Jared Bernstein, a senior fellow at the Center on Budget and Policy Priorities."

Why a module of its own: when the parse hangs the name after "said" on some later verb (a
long apposition, a sentence the parser ran on into the next paragraph), the surface frame
(:meth:`topline.analyze.quote_cues.CueAssigner.surface_frame`) reads the speaker's phrase only
up to the first comma, and the source stopped at the name. PolNeAR (and a reader) take the
apposition as part of who the source is: after an inverted "said NAME," the gold source runs
on over an apposition that opens with an article 171 times in 172 on dev and the working
train slices. The apposition is taken only in the shapes that cannot be anything else: an
article, a number (an age), a title word, "then"/"now" and a noun phrase, to the sentence's
end, a line break, a quotation mark, a relative pronoun or a new clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from topline.cue_lexicon import SPEECH_VERBS
from topline.model import Source
from topline.nlp import doc_text

__all__ = ["apposition_end", "apposition_last", "inverted_apposition", "relative_after"]

#: Words that open an apposition ("a", "the", "then ambassador", "now chairman").
_OPENERS = frozenset({"a", "an", "the", "another", "one", "then", "now", "both", "his", "her"})
#: Parts of speech an apposition is made of (no verb of its own).
_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "ADP", "CCONJ", "PART", "PUNCT"})
#: Words that end the apposition: a relative clause or a new clause begins.
_STOPS = frozenset({"who", "whose", "which", "that", "where", "when", "said", "says"})
#: Longest apposition read (tokens): past it the surface is no longer one noun phrase.
MAX_APPOSITION_TOKENS = 40


def apposition_end(doc: Doc, last: int) -> int | None:
    """Character end of the apposition after the speaker phrase ending at token ``last``
    ("Jared Bernstein" + ", a senior fellow …"), or ``None`` when no comma-set noun phrase
    follows."""
    comma = last + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    first = doc[comma + 1]
    if not _opens(first):
        return None
    end: Token | None = None
    k = comma + 1
    while k < min(len(doc), comma + 1 + MAX_APPOSITION_TOKENS):
        tok = doc[k]
        # a line break (a space token) ends the phrase: "… Biden Jr.¶Mrs. Clinton …"
        if tok.is_space or tok.is_quote or tok.text in {".", ";", ":", "(", "—", "–", "--"}:
            break
        if tok.lower_ in {"who", "whose"} and _on_phrase_noun(doc, tok, comma):
            # "Edward Leamer, an economist who is the director of …": the clause says which
            # economist; it ends where the sentence, the line or a quotation begins
            stop = _clause_stop(doc, tok)
            end = doc[stop - 1] if stop - 1 > comma else end
            break
        if tok.lower_ in _STOPS:
            break
        if tok.text == ",":
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            # on over ", N.J." or ", 29," (a place or an age inside the phrase), not over
            # ", adding …", ", in an interview" or ", who …"
            if nxt is None or not (
                (nxt.pos_ in {"PROPN", "NUM"} and nxt.text[:1].isalnum())
                or nxt.lower_ in {"of", "from"}  # ", 29, of Meridian, Ind."
            ):
                break
        elif tok.pos_ in {"VERB", "AUX"} and not _modifier(tok):
            return None  # "said Robin Maynard, half joking": a predicate, not a noun phrase
        elif k > comma + 1 and tok.pos_ not in _PHRASE_POS and not _modifier(tok):
            break
        end = tok
        k += 1
    if end is None or end.i <= comma:
        return None
    while end.i > comma and (end.is_punct and end.text not in {")", "."}):
        end = doc[end.i - 1]
    if end.i <= comma:
        return None
    return end.idx + len(end)


def inverted_apposition(head: Token, last: int) -> int | None:
    """Character end of the apposition the parse did not hang on ``head``, a name placed
    after its speech verb ("recalled James B. Cunningham, then ambassador to Israel"), whose
    phrase so far ends at token ``last``; ``None`` in any other shape."""
    verb = head.head
    if head.pos_ != "PROPN" or head.dep_ != "nsubj" or verb.i > head.i:
        return None
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    return apposition_end(head.doc, last)


def apposition_last(appos: Token) -> int:
    """Last token of the apposition ``appos`` as part of a source: its subtree, but not a
    relative clause in it that reports ("Alfonso Aguilar, the director of the partnership,
    who also said that …": that clause is an attribution of its own, its "said" a cue)."""
    last = appos.right_edge.i
    for tok in appos.subtree:
        if tok.dep_ != "relcl" or tok.i <= appos.i:
            continue
        verbs = [tok] + [c for c in tok.children if c.dep_ == "conj"]
        if any(v.lemma_.lower() in SPEECH_VERBS and _reports(v) for v in verbs):
            cut = tok.left_edge.i - 1
            doc = appos.doc
            while cut > appos.i and (doc[cut].is_punct or doc[cut].is_space):
                cut -= 1
            last = min(last, cut)
    return last


def relative_after(doc: Doc, speakers: tuple[int, ...], sources: tuple[Source, ...]) -> bool:
    """A relative pronoun among ``speakers`` right after a source's span (a comma between):
    the reporting clause :func:`apposition_last` cut from that source, whose "who" is the
    source itself, not whatever noun the parse hung the clause on ("Nora Field, a planner
    from Dover, Delaware, who said …")."""
    text = doc_text(doc)
    for i in speakers:
        tok = doc[i]
        if tok.lower_ not in {"who", "whom"}:
            continue
        for src in sources:
            if src.span is not None and src.span.end <= tok.idx:
                if not text[src.span.end : tok.idx].strip(" ,\n"):
                    return True
    return False


def _reports(verb: Token) -> bool:
    """The verb has a clause or a quotation of its own to report ("who said he is …")."""
    return any(c.dep_ in {"ccomp", "xcomp"} or c.is_quote for c in verb.children)


def _on_phrase_noun(doc: Doc, rel: Token, comma: int) -> bool:
    """A relative pronoun right after a noun of the apposition (no comma between)."""
    before = doc[rel.i - 1]
    return before.i > comma and before.pos_ in {"NOUN", "PROPN"} and rel.head.dep_ == "relcl"


def _clause_stop(doc: Doc, rel: Token) -> int:
    """Token index where the relative clause opened by ``rel`` stops: its parse's right edge,
    cut at a line break, a quotation mark or a full stop."""
    last = rel.head.right_edge.i
    k = rel.i
    while k <= last and k < len(doc):
        tok = doc[k]
        if tok.is_space or tok.is_quote or tok.text in {".", ";", ":"}:
            break
        k += 1
    while k - 1 > rel.i and doc[k - 1].text == ",":
        k -= 1
    return k


def _opens(tok: Token) -> bool:
    """An article, an age, a title or description word: what an apposition opens with."""
    if tok.ent_type_ in {"DATE", "TIME"} and not tok.like_num:
        return False  # "said Trump, Tuesday": when, not who (an age "29" may be tagged DATE)
    if tok.lower_ in _OPENERS or tok.like_num:
        return True
    return tok.pos_ in {"NOUN", "ADJ", "PROPN"} and tok.tag_ != "NNS" and not tok.is_quote


def _modifier(tok: Token) -> bool:
    """A participle or adverb that modifies a noun of the phrase ("retired", "longtime")."""
    return tok.dep_ in {"amod", "compound", "advmod"} and tok.head.i > tok.i
