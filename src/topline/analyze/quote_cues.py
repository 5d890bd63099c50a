"""Which cue is a quote's own: the speaker rule (docs/quotes.md, "Who said it").

A quotation gets a speaker only from its own cue:

* a reporting verb of its sentence whose reported clause is the quote, or that frames it
  ("“A,” she said." / "She said: “A.”" / "She said “A”");
* a bare frame right after the closing mark in the next sentence ("“Why?” she asked."), with
  no clause or object of its own;
* the cue of the sentence before, when that sentence ends with a colon ("He added:"), or the
  clause before the colon whatever its verb, when its active subject is someone ("Mr.
  Christie gloated: “…”");
* when the parse missed the frame, the surface pattern "“A,” NAME said" (a noun phrase with
  a name and no verb between the closing mark and a speech verb), "“A,” said NAME" or an
  epigraph line "“A.” ― NAME".

A cue whose reported clause lies elsewhere ("The senator denied the allegations.") never
takes the quote, so an accuser's words are not credited to the accused. A quote with none of
these continues the quote before it only as the same speaker's next words (same paragraph,
or a paragraph that is all quote); otherwise it has no speaker.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from topline.analyze.cue_parts import cue_extent
from topline.analyze.cues import SPEECH_VERBS, Cue
from topline.analyze.quote_marks import QuoteRegion
from topline.analyze.quote_region import INLINE_BLANKS
from topline.analyze.source_apposition import apposition_end
from topline.analyze.source_nouns import is_agent_head, is_person_noun, is_source_head
from topline.model import Source

#: How far (characters) a cue may sit from its quotation marks in the same sentence.
MAX_CUE_GAP = 200
#: Added to the distance of a cue in the sentence after the quote (same sentence wins).
NEXT_SENTENCE_PENALTY = 1000
#: Dependents that give a verb something of its own to report or act on ("denied the claims").
OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd"})
#: Longest noun phrase (tokens) of a surface frame "“A,” Tulsa police Chief Chuck Jordan said".
MAX_FRAME_TOKENS = 10
#: Parts of speech a surface-frame speaker may contain.
FRAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PUNCT", "NUM", "ADP", "CCONJ", "PART"})
#: Entity types a speaker's name may carry ("Tulsa" in "Tulsa police Chief Chuck Jordan").
NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Pronouns that can be the speaker of a colon frame ("He gloated: “…”"); not "it",
#: "this" or a relative pronoun ("Wait, it gets better:", "a message that read:").
COLON_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})
_EPIGRAPH = re.compile(r"[ \t]*[―—–-]{1,2}[ \t]*(\S[^\n]{0,60}?)[ \t]*$", re.M)


class CueAssigner:
    """Assigns each double-quoted region its own cue (or none) on one parsed document."""

    def __init__(
        self,
        doc: Doc,
        text: str,
        cues: list[Cue],
        sent_starts: list[int],
        sent_ends: list[int],
    ) -> None:
        self.doc = doc
        self.text = text
        self.cues = cues
        self.sent_starts = sent_starts
        self.sent_ends = sent_ends

    def sent_index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def assign(self, regions: list[QuoteRegion]) -> dict[int, Cue | None]:
        """``region.start`` → the region's own cue, or ``None``."""
        out: dict[int, Cue | None] = {}
        # cue positions by sentence, in cue order: a region looks at the cues of its own
        # sentences and the next one only (a scan of every cue per region was quadratic)
        by_sent: dict[int, list[int]] = {}
        for k, c in enumerate(self.cues):
            by_sent.setdefault(self.sent_index(c.cue_start), []).append(k)
        for region in regions:
            first = self.sent_index(region.start)
            last = self.sent_index(max(region.start, region.end - 1))
            best: tuple[int, int, Cue] | None = None
            near = sorted(k for si in range(first, last + 2) for k in by_sent.get(si, ()))
            for k in near:
                cue = self.cues[k]
                si = self.sent_index(cue.cue_start)
                gap = max(cue.cue_start - region.end, region.start - cue.cue_end, 0)
                if gap > MAX_CUE_GAP or not self.own_cue(region, cue, si > last):
                    continue
                if si > last:
                    gap += NEXT_SENTENCE_PENALTY
                # a cue whose reported words hold the quote before a frame next to it
                # ("described the incident as a “terrible situation,” adding that …")
                inner = (region.content_start, region.content_end)
                rank = 0 if cue.content and _overlaps(cue.content, inner) else 1
                if best is None or (rank, gap) < best[:2]:
                    best = (rank, gap, cue)
            if best is None and first > 0:
                end = region.start  # the text before the region, trailing spaces dropped
                while end > 0 and self.text[end - 1].isspace():
                    end -= 1
                if end > 0 and self.text[end - 1] == ":":
                    prev = by_sent.get(self.sent_index(end - 1), [])
                    if prev:
                        best = self.nearer_colon_frame(region, (0, 0, self.cues[prev[-1]]))
            if best is None:
                colon = self.colon_frame(region)
                if colon is not None:
                    best = (0, 0, colon)
            if is_title(self.text, region):
                out[region.start] = None
                continue
            cue_found = best[2] if best else None
            if cue_found is None:
                cue_found = self.surface_frame(region) or self.epigraph(region)
            elif cue_found.kind == "speech" and all(
                region.start <= self.doc[i].idx < region.end for i in cue_found.speakers
            ):
                # no subject, or one inside the quotation ("#Cologne," tweeted a user)
                # the parse found the frame's verb but hung its subject elsewhere
                cue_found = self.surface_frame(region) or cue_found
            out[region.start] = cue_found
        return out

    def nearer_colon_frame(
        self, region: QuoteRegion, best: tuple[int, int, Cue]
    ) -> tuple[int, int, Cue]:
        """ "When Kent suggested that …, Judge Ruiz fired back: “…”": the clause that ends
        in the colon before the quotation introduces it, not a cue earlier in the sentence
        whose clause the parse ran on into the quotation (the quote was credited to the
        one it answers). ``best`` unchanged unless such a colon frame with a subject of its
        own comes after ``best``'s verb."""
        cue = best[2]
        if cue.cue_end > region.start:
            return best
        colon = self.colon_frame(region)
        if colon is None or colon.verb == cue.verb or colon.cue_start <= cue.cue_end:
            return best
        return (0, 0, colon)

    def own_cue(self, region: QuoteRegion, cue: Cue, later: bool) -> bool:
        """True when ``cue`` is the quote's own (see the module docstring)."""
        if cue.content is not None and not _overlaps(cue.content, (region.start, region.end)):
            if not self.frames_before(region, cue):
                return False
        if cue.content is None and not later and not self.adjacent(region, cue):
            return False
        if cue.content is None and not later and self.stopped_between(region, cue):
            return False
        if not later:
            return True
        if not self.ends_sentence(region, self.sent_index(max(region.start, region.end - 1))):
            return False
        si = self.sent_index(cue.cue_start)
        between = self.text[region.end : self.sent_starts[si]]
        if between.strip(INLINE_BLANKS) or "\n" in between:
            return False
        if cue.content is not None:
            return False
        verb = self.doc[cue.verb]
        return not any(c.dep_ in OBJECT_DEPS for c in verb.children)

    def stopped_between(self, region: QuoteRegion, cue: Cue) -> bool:
        """A bare verb before the quotation whose own words end in a full stop before it:
        "… told a crowd that the campaign estimated at 3,000 people. “B.”" is no frame of
        "“B”" (its clause is over; "B" continues the quote before it, if any)."""
        if cue.cue_end > region.start:
            return False
        between = self.text[cue.cue_end : region.start].rstrip(INLINE_BLANKS + "\n")
        return between.endswith((".", "!", "?")) and len(between.split()) > 1

    def adjacent(self, region: QuoteRegion, cue: Cue) -> bool:
        """A bare frame owns only a quote it touches: nothing but its own words (speaker,
        adverbs, where and when) and punctuation between them ("“A,” she said", "she said,
        “A”"), not a scare quote later in the sentence ("…, she said, referring to “X”")."""
        if region.end <= cue.cue_start:
            a, b = region.end, cue.cue_start
        elif cue.cue_end <= region.start:
            a, b = cue.cue_end, region.start
        else:
            return True
        between = self.doc.char_span(a, b, alignment_mode="expand")
        if between is None:
            return True
        verb = self.doc[cue.verb]
        own = {t.i for t in verb.subtree if not t.is_quote} - {
            t.i
            for c in verb.children
            if c.dep_ in {"advcl", "ccomp", "xcomp", "conj"}
            for t in c.subtree
        }
        return all(t.is_punct or t.is_space or t.i in own or t.i == cue.verb for t in between)

    def frames_before(self, region: QuoteRegion, cue: Cue) -> bool:
        """ "“A,” he told the host, “B.”": a frame right after the quote owns it even though
        the parse made only the second part its clause (only the speaker and punctuation
        stand between the closing mark and the verb)."""
        if region.end > cue.cue_start or cue.content is None or cue.content[0] < cue.cue_end:
            return False
        between = self.doc.char_span(region.end, cue.cue_start, alignment_mode="expand")
        if between is None:
            return False
        own = {t.i for i in cue.speakers for t in self.doc[i].subtree}
        verb = self.doc[cue.verb]
        return all(
            t.is_punct
            or t.is_space
            or t.i in own
            or (t.head == verb and t.dep_ in {"aux", "advmod"})
            for t in between
            if t.i != cue.verb
        )

    def ends_sentence(self, region: QuoteRegion, last: int) -> bool:
        """A quote closing with end punctuation may take its cue from the next sentence."""
        inner = self.text[region.content_start : region.end].rstrip("”\"’' ")
        return inner.endswith(("?", "!", ".")) and self.sent_ends[last] <= region.end + 1

    def colon_frame(self, region: QuoteRegion) -> Cue | None:
        """ "Mr. Christie gloated: “…”", "The company issued a statement: “…”", "She has
        since apologized for what happened: ¶ “…”": a clause ending in a colon right before
        the quotation introduces it, whatever its verb; its subject is the speaker (an
        active subject that is someone, a person, group or document: "He was asked: “…”" is
        someone else's question, "The bias begins to show when …:" the writer's lead-in)."""
        end = region.start
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        if end == 0 or self.text[end - 1] != ":" or self.text.count("\n", end, region.start) > 2:
            return None
        span = self.doc.char_span(end - 1, end, alignment_mode="expand")
        if span is None:
            return None
        verb = span[0].head
        if verb.pos_ not in {"VERB", "AUX"} or verb.i >= span[0].i or verb.lemma_ == "be":
            return None  # "The rule is: …" describes, it does not speak
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj or subj[0].is_quote or not is_agent_head(subj[0]):
            return None  # someone ("The bias begins to show when …:" is the writer's lead-in)
        if subj[0].pos_ == "PRON" and subj[0].lower_ not in COLON_PRONOUNS:
            return None  # "Wait, it gets better:", "a message that read:"
        if "\n" in self.text[min(subj[0].idx, verb.idx) : end]:
            return None
        start, stop = cue_extent(verb)
        return Cue(verb.i, start, stop, (subj[0].i,), None, kind="speech")

    def surface_frame(self, region: QuoteRegion) -> Cue | None:
        """ "“A,” Tulsa police Chief Chuck Jordan said Monday." when the parse missed it."""
        inner = self.text[region.content_start : region.end].rstrip("”\"’' ")
        if not region.closed or not inner.endswith((",", "?", "!")):
            return None
        toks = self.doc.char_span(region.end, len(self.text), alignment_mode="expand")
        if toks is None:
            return None
        phrase: list[Token] = []
        for tok in toks[: MAX_FRAME_TOKENS + 1]:
            if (
                tok.pos_ == "VERB"
                and tok.lemma_.lower() in SPEECH_VERBS
                and tok.tag_
                in {
                    "VBD",
                    "VBZ",
                    "VBP",
                }
            ):
                if not phrase:
                    return self._inverted_frame(tok)
                return self._frame_cue(region, phrase, tok)
            named = tok.ent_type_ in NAME_ENTITIES and tok.text[:1].isupper()
            if (tok.pos_ not in FRAME_POS and not named) or tok.text in {".", "“", '"'}:
                return None
            phrase.append(tok)
        return None

    def _inverted_frame(self, verb: Token) -> Cue | None:
        """ "“A,” said retired neurosurgeon Ben Carson, asked about …": the speech verb right
        after the closing mark, then the speaker's noun phrase (a name in it) up to a comma,
        a full stop or the line's end, when the parse hung the name on a later verb."""
        phrase: list[Token] = []
        capital: set[int] = set()
        for tok in self.doc[verb.i + 1 : verb.i + 1 + MAX_FRAME_TOKENS + 1]:
            if tok.text in {",", ".", ";", ":"} or "\n" in tok.text:
                break
            if phrase and tok.dep_ == "acl" and tok.head.i in {t.i for t in phrase}:
                # "said a German user from Hanover going by the handle Pulvermann": the
                # participle phrase belongs to the speaker's noun phrase
                tail = self.doc[tok.i : tok.right_edge.i + 1]
                if not any(t.is_quote or "\n" in t.text_with_ws for t in tail):
                    phrase.extend(tail)
                break
            if phrase and tok.lower_ in {"who", "whose"}:
                break
            # a capitalised word after the lower-case verb is a name the tagger missed
            # ("said Skelly," tagged an adverb)
            if tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower():
                capital.add(tok.i)
            named = (tok.ent_type_ in NAME_ENTITIES or tok.i in capital) and tok.text[:1].isupper()
            if (tok.pos_ not in FRAME_POS and not named) or tok.is_quote:
                if tok.tag_ in {"VBN", "VBG"} and tok.dep_ in {"amod", "compound"}:
                    phrase.append(tok)  # "retired", "acting" before a title
                    continue
                return None
            phrase.append(tok)
        else:
            return None
        names = [
            t for t in phrase if t.pos_ == "PROPN" or t.ent_type_ in NAME_ENTITIES or t.i in capital
        ]
        if not names:
            # "said the woman, who …": a noun of a person heads the phrase
            names = [t for t in phrase if t.pos_ == "NOUN" and is_person_noun(t.lemma_.lower())]
        if not names or not is_source_head(names[-1]):
            return None
        start = phrase[0].idx
        end = phrase[-1].idx + len(phrase[-1])
        return Cue(
            verb.i,
            verb.idx,
            verb.idx + len(verb),
            (names[-1].i,),
            None,
            frame=(verb.idx, end),
            # "said Jared Bernstein, a senior fellow at …": the apposition says who, too
            speaker_span=(start, apposition_end(self.doc, phrase[-1].i) or end),
        )

    def _frame_cue(self, region: QuoteRegion, phrase: list[Token], verb: Token) -> Cue | None:
        while phrase and (phrase[0].is_punct or phrase[0].is_space):
            phrase = phrase[1:]
        while phrase and (phrase[-1].is_punct or phrase[-1].is_space):
            phrase = phrase[:-1]
        names = [t for t in phrase if t.pos_ == "PROPN" or t.ent_type_ in NAME_ENTITIES]
        if not phrase or not names or not phrase[0].text[:1].isupper():
            return None
        head = next(
            (t for t in names if t.i + 1 < len(self.doc) and self.doc[t.i + 1].text == ","),
            names[-1],
        )
        if not is_source_head(head):
            return None
        start = phrase[0].idx
        end = phrase[-1].idx + len(phrase[-1])
        return Cue(
            verb.i,
            verb.idx,
            verb.idx + len(verb),
            (head.i,),
            None,
            frame=(start, verb.idx + len(verb)),
            speaker_span=(start, end),
        )

    def epigraph(self, region: QuoteRegion) -> Cue | None:
        """ "“A.” ― Pamela Padilla": a dash and a name closing the quote's line."""
        match = _EPIGRAPH.match(self.text, region.end)
        if match is None:
            return None
        name = self.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if name is None or len(name) > MAX_FRAME_TOKENS:
            return None
        people = [t for t in name if t.ent_type_ in {"PERSON", "ORG"} or t.pos_ == "PROPN"]
        if not people or not name.text[:1].isupper():
            return None
        if not all(t.ent_type_ or t.pos_ == "PROPN" or t.is_punct for t in name):
            return None
        head = people[-1]
        dash = match.group(0).lstrip(" \t")[0]
        at = self.text.index(dash, region.end)
        return Cue(
            head.i,
            at,
            at + 1,
            (head.i,),
            None,
            frame=(at, match.end(1)),
            speaker_span=(match.start(1), match.end(1)),
        )


#: Nouns (and participles) that announce the title of a work: "his book “Fire and Fury”".
WORK_WORDS = frozenset(
    "book memoir novel biography film movie documentary song album single record show series "
    "program programme podcast episode article column op-ed essay report paper play musical "
    "poem painting exhibit exhibition slogan hashtag headline titled entitled".split()
)
#: Short words a title leaves in lower case.
_TITLE_SMALL = frozenset("a an the of and or in on for to with at by from as vs nor but".split())
#: Most words a title in quotation marks has.
MAX_TITLE_WORDS = 10
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def is_title(text: str, region: QuoteRegion) -> bool:
    """A quoted title of a work ("his book “Fire and Fury”"), not something anyone said.

    Title Case, short, no punctuation that ends or breaks a sentence, and a word before it
    in the clause that names a work. Such a region never takes a cue, so a quote and a book
    title in one sentence are not merged under the quote's cue.
    """
    # American style puts the sentence's full stop or comma inside the closing mark
    inner = text[region.content_start : region.content_end].rstrip(".,")
    words = _WORD_RE.findall(inner)
    if not words or len(inner.split()) > MAX_TITLE_WORDS or re.search(r"[.;!?]\s", inner):
        return False
    if any(w[0].islower() and w.lower() not in _TITLE_SMALL for w in words):
        return False
    if not words[0][0].isupper():
        return False
    before = text[max(0, region.start - 40) : region.start].lower()
    before = re.split(r"[.;:!?\n]", before)[-1]
    return any(w.strip(",") in WORK_WORDS for w in before.split()[-4:])


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def describes_speaker(doc: Doc, cue: Cue, sources: tuple[Source, ...]) -> bool:
    """The cue's verb lies in a relative clause on a speaker of ``sources`` (the quote
    before): "“A,” said Mr. Ekovich, who noted that prices had ''cratered.'' “B.”" The
    clause reports something of its own, but as an aside: "“B.”" still continues "“A.”"."""
    verb = doc[cue.verb]
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "who served as labor secretary yet endorsed Sanders"
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    return any(s.span is not None and s.span.start <= noun.idx < s.span.end for s in sources)
