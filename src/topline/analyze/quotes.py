"""Direct, indirect and mixed quotes with their cue, speaker and context.

Two sources of evidence are joined:

* quotation-mark regions (:mod:`topline.analyze.quote_marks`) give direct quotes verbatim,
  even across paragraphs and around "he said";
* reporting cues on the parse (:mod:`topline.analyze.cues`) give the cue verb, the speaker,
  and, for reported speech, the content clause.

A region takes the nearest cue of its sentence (or of the sentence before, when that one ends
with a colon); a region without a cue continues the quote of the paragraph before it. A
quoted fragment inside a reported clause makes the quote *mixed* ("X said the plan was 'a
disgrace'"). Speakers are resolved by :class:`topline.analyze.speakers.SpeakerResolver`.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Doc, Token

from topline.analyze.cue_frames import SPEAKERLESS, outer_reports
from topline.analyze.cue_parts import cue_lemma
from topline.analyze.cues import SPEECH_VERBS, Cue, find_cues
from topline.analyze.intervals import CharRanges
from topline.analyze.quote_according import credit_reporters
from topline.analyze.quote_checks import (
    before_cue,
    can_speak,
    frames,
    hangs_on_frame,
    in_source,
    inside,
    line_pieces,
    named_as,
    predicated,
)
from topline.analyze.quote_cues import MAX_CUE_GAP, CueAssigner, describes_speaker, is_title
from topline.analyze.quote_found import FoundQuote, dedupe
from topline.analyze.quote_lines import colon_lines, headline_quote
from topline.analyze.quote_marks import QuoteRegion, find_quote_regions
from topline.analyze.quote_narration import hands_over
from topline.analyze.quote_shapes import continues, embedded, lead_in, lead_out
from topline.analyze.source_apposition import relative_after
from topline.analyze.speakers import SpeakerResolver
from topline.model import EntityCluster, Quote, Source, Span
from topline.nlp import doc_sents, doc_text

#: A quoted fragment shorter than this share of its reported clause makes a mixed quote.
MIXED_SHARE = 0.8
#: A direct quote with no cue and no speaker is kept only if it has this many words.
MIN_ORPHAN_WORDS = 5
#: Reported content shorter than this many words is not a quote ("he said so").
MIN_INDIRECT_WORDS = 3
#: ... except what a stance or intention takes, which can be one name or a short infinitive
#: ("endorsed Sanders", "declined to comment"): the verb itself says it is a position.
MIN_POSITION_WORDS = 1
#: Words a judgement of naming needs: the one named and what they are called ("called him
#: divisive", "calling them rapists").
MIN_JUDGEMENT_WORDS = 2
#: Naming verbs whose object without a description is what the speech was about
#: ("described the meeting with the president", "describing a country run by …").
DESCRIBING_VERBS = frozenset({"describe"})
CONTEXT_DEPS = frozenset({"prep", "npadvmod", "advmod", "obl", "advcl"})
USER_DATA_KEY = "topline.quotes"

__all__ = ["FoundQuote", "find_quotes", "quotes_with_sources"]


def find_quotes(doc: Doc, clusters: tuple[EntityCluster, ...]) -> tuple[Quote, ...]:
    return tuple(f.quote for f in quotes_with_sources(doc, clusters))


def quotes_with_sources(doc: Doc, clusters: tuple[EntityCluster, ...]) -> list[FoundQuote]:
    """All quotes of ``doc`` (cached in ``doc.user_data`` for the attribution pass)."""
    cached = doc.user_data.get(USER_DATA_KEY)
    if cached is not None and cached[0] == clusters:
        return list(cached[1])
    found = _QuoteFinder(doc, clusters).run()
    doc.user_data[USER_DATA_KEY] = (clusters, tuple(found))
    return found


class _QuoteFinder:
    def __init__(self, doc: Doc, clusters: tuple[EntityCluster, ...]) -> None:
        self.doc = doc
        self.clusters = clusters
        self.text = doc_text(doc)
        self.regions = find_quote_regions(doc_text(doc))
        self.doubles = [r for r in self.regions if not r.single]
        self._double_inside = CharRanges.open((r.start, r.end) for r in self.doubles)
        self._double_starts = [r.start for r in self.doubles]  # in text order
        # every region by where its words start, for the regions a content holds (a
        # bisection per cue, not a scan of all regions: linear in the article's length)
        self._by_content = sorted(self.regions, key=lambda r: r.content_start)
        self._content_starts = [r.content_start for r in self._by_content]
        self._ordered_content = all(r.content_start <= r.content_end for r in self.regions)
        self.resolver = SpeakerResolver(doc, clusters)
        # spaCy's sentences cut at line breaks: a paragraph never shares a sentence
        lines = [
            p for s in doc_sents(doc) for p in line_pieces(self.text, s.start_char, s.end_char)
        ]
        self.sent_starts = [a for a, _ in lines]
        self.sent_ends = [b for _, b in lines]
        self.cues = outer_reports([c for c in find_cues(doc) if not self._in_double(c.cue_start)])

    # --- helpers ------------------------------------------------------------------

    def _in_double(self, char: int) -> bool:
        """Strictly inside a double quotation (a bisection, not a scan of the regions)."""
        return char in self._double_inside

    def _sent_index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def _sources(self, cue: Cue) -> tuple[Source, ...]:
        """The cue's speakers that can be sources (never "you", "28% of CFOs", an event)."""
        found = tuple(
            src
            for src in (self.resolver.resolve(i) for i in cue.speakers)
            if src.span is not None
            and can_speak(self.doc, src)
            and not self._in_double(src.span.start)  # a name inside quotation marks
        )
        found = tuple(before_cue(self.text, src, cue) for src in found)
        if cue.speaker_span is None or not found:
            return found
        # a surface frame's speaker: the whole noun phrase the parse did not build
        first = found[0]
        span = Span(*cue.speaker_span)
        return (Source(first.name, span, first.cluster, first.kind), *found[1:])

    def _context(self, cue: Cue) -> Span | None:
        verb = self.doc[cue.verb]
        if cue.according:
            return None
        used = set(cue.speakers)
        kids = [
            c
            for c in verb.rights
            if c.dep_ in CONTEXT_DEPS
            and c.i not in used
            and not self._in_double(c.idx)
            and c.lemma_.lower() not in SPEECH_VERBS
        ]
        if not kids:
            return None
        lo = min(k.left_edge.i for k in kids)
        hi = max(k.right_edge.i for k in kids)
        start, end = self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi])
        if cue.content and start < cue.content[1] and cue.content[0] < end:
            return None
        return Span(start, end) if end > start else None

    # --- main ---------------------------------------------------------------------

    def run(self) -> list[FoundQuote]:
        items: list[tuple[int, str, object]] = []
        # a hedge ("X appears to …") has no speaker to give a quotation
        speaking = [c for c in self.cues if c.kind not in SPEAKERLESS]
        assigned = self.assigned = CueAssigner(
            self.doc, self.text, speaking, self.sent_starts, self.sent_ends
        ).assign(self.doubles)
        used_cues = {id(c) for c in assigned.values() if c is not None}
        for region in self.doubles:
            items.append((region.start, "region", region))
        for cue in self.cues:
            if id(cue) not in used_cues:
                items.append((cue.cue_start, "cue", cue))
        items.sort(key=lambda t: t[0])
        out: list[FoundQuote] = []
        previous: FoundQuote | None = None
        prev_region: QuoteRegion | None = None
        for _, kind, obj in items:
            own: Cue | None = obj if isinstance(obj, Cue) else None
            if kind == "region":
                assert isinstance(obj, QuoteRegion)
                own = assigned.get(obj.start)
                found = self._from_region(obj, own, previous, prev_region)
                if found is None or own is None or not self._aside(own, previous):
                    prev_region = obj
            else:
                assert isinstance(obj, Cue)
                if (
                    previous is not None
                    and in_source(obj, previous.sources)
                    and not self._reports_in_relative(obj)
                ):
                    continue  # "said Peter Morgan, who has been challenging …": his description
                found = self._from_cue(obj)
                if (
                    found is not None
                    and previous is not None
                    and (
                        in_source(obj, previous.sources)
                        or relative_after(self.doc, obj.speakers, previous.sources)
                    )
                ):
                    # the relative clause's "who" is the speaker whose phrase holds it (the
                    # phrase up to "who": a source never runs into its own cue)
                    held = self._relative_sources(obj, previous.sources)
                    q = replace(found.quote, speaker=held[0] if held else None)
                    found = FoundQuote(q, held, found.according)
                if found is not None and obj.more is not None:
                    out.append(found)
                    found = self._rest(obj, found)
            if found is not None:
                out.append(found)
                if own is None or not self._aside(own, previous):
                    previous = found
        out = credit_reporters(out, self.cues, self.doc, self._sources)
        colon = self._line_quotes()
        if colon:
            taken = [f.quote.content_span for f in colon]
            out = [
                f
                for f in out
                if f.quote.speaker is not None
                or not any(t.overlaps(f.quote.content_span) for t in taken)
            ]
            out = sorted(out + colon, key=lambda f: f.quote.content_span.start)
        return dedupe(out)

    def _aside(self, cue: Cue, previous: FoundQuote | None) -> bool:
        """A report in a relative clause on the previous speaker ("“A,” said X, who noted
        that …") or hanging on the previous quote's frame ("“A,” X said, noting that …") is
        an aside: the next quotation still continues "“A.”"."""
        return previous is not None and (
            describes_speaker(self.doc, cue, previous.sources)
            or hangs_on_frame(self.doc, cue, previous.quote)
        )

    def _relative_sources(self, cue: Cue, sources: tuple[Source, ...]) -> tuple[Source, ...]:
        """The speaker's sources for a report in its own relative clause: the person the
        phrase names, on the relative pronoun's span ("who", as PolNeAR marks the source),
        or on the phrase up to its cue when the clause has no such subject."""
        rel = [i for i in cue.speakers if self.doc[i].lower_ in {"who", "that", "which"}]
        out = []
        for k, src in enumerate(sources):
            if k == 0 and rel:
                tok = self.doc[rel[0]]
                src = Source(src.name, Span(tok.idx, tok.idx + len(tok)), src.cluster, src.kind)
                out.append(src)
            else:
                out.append(before_cue(self.text, src, cue))
        return tuple(out)

    def _reports_in_relative(self, cue: Cue) -> bool:
        """ "said Alan Berger, a gynecologist, who said he is friendly with …": a speech verb
        with a clause of its own in the speaker's relative clause reports something more,
        not a description (which "who has been challenging the industry" is)."""
        return (
            cue.kind == "speech"
            and cue.frame is None
            and cue.content is not None
            and cue_lemma(self.doc[cue.verb]) in SPEECH_VERBS
        )

    def _line_quotes(self) -> list[FoundQuote]:
        """ "Name: words" lines and the headline's quote (:mod:`topline.analyze.quote_lines`)."""
        found = colon_lines(self.doc, self.regions, self.resolver)
        taken = [q.content_span for q, _ in found] + [
            Span(r.start, r.end) for r in self.regions if self._taken(r)
        ]
        head = headline_quote(self.doc, self.regions, self.resolver, taken)
        if head is not None and can_speak(self.doc, head[1][0]):
            found.append(head)
        return [FoundQuote(q, sources) for q, sources in found]

    def _taken(self, region: QuoteRegion) -> bool:
        return region.start in self.assigned and self.assigned[region.start] is not None

    def _from_region(
        self,
        region: QuoteRegion,
        cue: Cue | None,
        previous: FoundQuote | None,
        prev_region: QuoteRegion | None,
    ) -> FoundQuote | None:
        if is_title(self.text, region):
            return None
        content = Span(region.content_start, region.content_end)
        words = len(content.of(self.text).split())
        if cue is None and previous is not None and prev_region is not None:
            same_para = "\n" not in self.text[prev_region.end : region.start]
            if (
                same_para
                and previous.quote.cue_span is not None
                and frames(previous.quote, prev_region)
                and not embedded(self.doc, self.text, region)  # a scare quote later in the sentence
            ):
                q = replace(
                    previous.quote,
                    span=Span(region.start, region.end),
                    content_span=content,
                    context_span=None,
                    kind="direct",
                )
                return FoundQuote(q, previous.sources)
        if cue is None:
            if embedded(self.doc, self.text, region):
                return None
            if (
                previous is not None
                and prev_region is not None
                and continues(self.text, prev_region, region)
                # a paragraph of narration between that hands the floor to someone else
                and not hands_over(
                    self.text, prev_region, region, previous.quote.speaker, self.clusters
                )
            ):
                q = Quote(
                    span=Span(region.start, region.end),
                    content_span=content,
                    cue_span=previous.quote.cue_span,
                    speaker=previous.quote.speaker,
                    kind="direct",
                )
                return FoundQuote(q, previous.sources)
            if words < MIN_ORPHAN_WORDS or not region.closed:
                return None
            q = Quote(Span(region.start, region.end), content, None, None, "direct")
            return FoundQuote(q, ())
        sources = self._sources(cue)
        kind = "direct"
        covering = cue.content is not None and inside(region, cue.content)
        if cue.naming:
            # "described Clinton as a “disgrace”": the quote is the whole description
            kind = "mixed"
            if cue.content is not None and _overlaps(cue.content, (region.start, region.end)):
                start = min(cue.content[0], content.start)
                # a description that opens before the quotation keeps its closing mark
                # ("the incident as a “terrible situation,”"), as for a mixed quote
                end = max(cue.content[1], region.end if start < region.start else content.end)
                content = Span(start, end)
        elif covering and cue.content is not None and not cue.frame:
            if len(content) < MIXED_SHARE * (cue.content[1] - cue.content[0]):
                kind = "mixed"
                content = Span(cue.content[0], max(cue.content[1], region.end))
        elif covering and cue.content is not None and lead_out(self.doc, self.text, region, cue):
            # "“I held and hugged” the families …, he said": the words after the closing
            # mark are the rest of the clause the frame reports
            kind = "mixed"
            content = Span(min(cue.content[0], content.start), max(cue.content[1], region.end))
        elif covering and cue.content is not None and lead_in(self.text, region, cue):
            # "The AFT endorsement “was early enough …,” said Heiserman": the frame reports
            # the whole sentence before it, its unquoted subject with the quoted predicate
            kind = "mixed"
            content = Span(cue.content[0], max(cue.content[1], region.end))
        elif embedded(self.doc, self.text, region):
            return self._from_cue(cue)
        if words < 1:
            return None
        return self._build(content, Span(region.start, region.end), cue, sources, kind)

    def _from_cue(self, cue: Cue) -> FoundQuote | None:
        if cue.content is None:
            return None
        if cue.naming and not predicated(self.doc[cue.verb]):
            # "called the police" names nothing; "described the meeting with the president"
            # tells what was described (its object, three words or more, as for speech)
            if cue_lemma(self.doc[cue.verb]) not in DESCRIBING_VERBS:
                return None
        start, end = cue.content
        least = MIN_INDIRECT_WORDS
        if cue.kind in {"stance", "intent", "topic"} and _holds_position(self.doc[cue.verb]):
            least = MIN_POSITION_WORDS
        elif cue.kind == "echo":  # "said yes", "said so": one word stands for the answer
            least = MIN_POSITION_WORDS
        elif cue.naming and named_as(self.doc[cue.verb]):
            least = MIN_JUDGEMENT_WORDS  # "called him divisive": who, and what they are called
        if len(self.text[start:end].split()) < least and cue.more is None:
            return None
        if not cue.speakers and cue.kind not in SPEAKERLESS:
            return None
        end = self._run_on(start, end)
        inner = self._inner(start, end)
        end = max([end] + [r.end for r in inner if r.start >= start])
        kind = "mixed" if inner else "indirect"
        return self._build(Span(start, end), Span(start, end), cue, self._sources(cue), kind)

    def _inner(self, start: int, end: int) -> list[QuoteRegion]:
        """The regions whose words lie in ``[start, end)`` (:func:`inside`): those whose words
        start from ``start`` on and no later than ``end + 2``, where their words must end."""
        if not self._ordered_content:
            return [r for r in self.regions if inside(r, (start, end))]
        k = bisect.bisect_left(self._content_starts, start)
        out = []
        while k < len(self._by_content) and self._content_starts[k] <= end + 2:
            r = self._by_content[k]
            if inside(r, (start, end)):
                out.append(r)
            k += 1
        return out

    def _run_on(self, start: int, end: int) -> int:
        """``end`` moved to the close of a double quotation opened inside the content and
        still open at its end, in the same paragraph: "said that “they do a fine job. And
        it matters.”" reports the whole quotation (the parser ends the sentence inside it)."""
        # the regions come in text order: only those opening in [start, end) are read
        k = bisect.bisect_left(self._double_starts, start)
        while k < len(self.doubles) and self.doubles[k].start < end:
            r = self.doubles[k]
            if end < r.end and "\n" not in self.text[end : r.end]:
                return r.end
            k += 1
        return end

    def _rest(self, cue: Cue, first: FoundQuote) -> FoundQuote | None:
        """The second part of "A, X said, B" (same cue and speaker as the first). The two
        parts are one clause split by the frame ("This campaign, he says, is different"), so
        the least number of words counts both."""
        assert cue.more is not None
        start, end = cue.more
        words = len(self.text[start:end].split()) + len(
            first.quote.content_span.of(self.text).split()
        )
        if not self.text[start:end].strip() or words < MIN_INDIRECT_WORDS:
            return None
        inner = any(r.start < end and start < r.end for r in self.doubles)
        content = Span(start, end)
        q = replace(
            first.quote,
            span=Span(first.quote.span.start, end),
            content_span=content,
            kind="mixed" if inner else first.quote.kind,
        )
        return FoundQuote(q, first.sources, first.according)

    def _build(
        self, content: Span, core: Span, cue: Cue, sources: tuple[Source, ...], kind: str
    ) -> FoundQuote:
        cue_span = Span(cue.cue_start, cue.cue_end)
        parts = [core, content, cue_span]
        speaker = sources[0] if sources else None
        if speaker is not None and speaker.span is not None:
            if abs(speaker.span.start - cue_span.start) < MAX_CUE_GAP:
                parts.append(speaker.span)
        span = Span(min(p.start for p in parts), max(p.end for p in parts))
        q = Quote(span=span, content_span=content, cue_span=cue_span, speaker=speaker, kind=kind)
        context = self._context(cue)
        if context is not None:
            q = replace(q, context_span=context)
        return FoundQuote(q, sources, cue.according)


def _holds_position(verb: Token) -> bool:
    """Whether ``verb`` states its own subject's position ("The union endorsed Clinton",
    "Ann Lee, who has backed Clinton": a relative clause too, an aside that no longer breaks
    the continuation of her quotes) with a subject of its own (a conjunct's borrowed subject
    can be a parse slip)."""
    own = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    return own and verb.dep_ != "acl"


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _dedupe(found: list[FoundQuote]) -> list[FoundQuote]:
    """:func:`topline.analyze.quote_found.dedupe` under the name its tests know."""
    return dedupe(found)
