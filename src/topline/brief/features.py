"""Sentence features that news editors weigh when they pick the lede and the key facts.

Every feature is computed from the :class:`~topline.model.Analysis` alone (no second spaCy
pass): where the sentence sits (the inverted pyramid puts the news first), which entities it
names and how central they are to the whole article, whether it carries numbers, quotes or an
attribution, how much it shares with the rest of the article (centrality) and with the lede,
and how long it is. The learned scorer in :mod:`topline.brief.select` combines them; the
names below are the contract between this module, the shipped model file and ``train.py``.
"""

from __future__ import annotations

import bisect
import functools
import math
import operator
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat

from topline.brief.cues import past_flags
from topline.brief.editorial_rules import glued_sentence
from topline.brief.name_mentions import name_mentions
from topline.model import Analysis, Span
from topline.stopwords import english_stop_words

# --- tunables ----------------------------------------------------------------------------
#: Sentence positions beyond this are treated alike (news value decays fast after the lede).
MAX_POSITION = 30
#: Sentences shorter or longer than these (in words) are rarely chosen by editors.
SHORT_WORDS = 8
LONG_WORDS = 40
#: Distinct words whose stems are kept (a bounded cache: a long-running worker sees millions).
STEM_CACHE = 1 << 16

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*")
_PRONOUN_START = re.compile(r"^(?:He|She|It|They|This|That|These|Those|His|Her|Their|Its)\b")
#: Openers that point back to a person named earlier ("He told reporters …").
PERSON_PRONOUN_START = re.compile(r"^\W{0,2}(?:He|She|His|Her|Him)\b")
#: Openers that point back to the sentence just before ("It comes after …", "This was …").
DEICTIC_START = re.compile(r"^\W{0,2}(?:It|Its|This|That|These|Those)\b")
_QUOTE_CHARS = "\"“”‘’'"

FEATURE_NAMES: tuple[str, ...] = (
    "position_inv",
    "position_rel",
    "is_first",
    "is_first3",
    "paragraph_inv",
    "first_in_paragraph",
    "words_log",
    "too_short",
    "too_long",
    "entities",
    "entity_salience",
    "top_entity_share",
    "quantities",
    "quote_share",
    "starts_with_quote",
    "attributed",
    "centrality",
    "lede_similarity",
    "title_similarity",
    "novelty_vs_earlier",
    "pronoun_start",
    "question",
    "past_perfect",
    "background_cue",
    "article_sentences_log",
)


@functools.lru_cache(maxsize=STEM_CACHE)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to match "arrested"/"arrests" without NLTK data.

    Kept for the most recent words (the same words recur in every sentence view)."""
    w = word.lower().replace("’", "'")
    for suffix in ("'s", "ing", "edly", "ed", "es", "ly", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


@functools.lru_cache(maxsize=STEM_CACHE)
def _term(word: str) -> str:
    """The stem of ``word`` as a content term, or "" for a stop word or a one-letter token
    (a stem is never empty). Kept for the most recent words, as :func:`stem`."""
    if len(word) <= 1 or word.lower() in english_stop_words():
        return ""
    return stem(word)


def content_terms(text: str) -> list[str]:
    """Stemmed content words (stop words and one-letter tokens dropped)."""
    return _terms(_WORD.findall(text))


def _terms(words: list[str]) -> list[str]:
    return list(filter(None, map(_term, words)))  # the stop words' "" dropped, in C


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    if len(b) < len(a):  # the dot product walks the smaller side (integers: same sum)
        a, b = b, a
    dot = sum(map(operator.mul, a.values(), map(b.get, a.keys(), repeat(0))))
    return _cosine_of(dot, _square_norm(a), _square_norm(b))


def cosine_with(a: Counter[str], b: Counter[str], square_a: int, square_b: int) -> float:
    """:func:`cosine` of ``a`` and ``b`` given their squared norms (:func:`square_norm`),
    for callers that compare one sentence with many: the same dot product and norms, so
    the same float as :func:`cosine`."""
    if not a or not b:
        return 0.0
    if len(b) < len(a):
        a, b = b, a
    dot = sum(map(operator.mul, a.values(), map(b.get, a.keys(), repeat(0))))
    return _cosine_of(dot, square_a, square_b)


def square_norm(a: Counter[str]) -> int:
    """The squared Euclidean norm of a term count (an integer)."""
    return _square_norm(a)


def _square_norm(a: Counter[str]) -> int:
    return sum(map(operator.mul, a.values(), a.values()))


def _cosine_of(dot: int, square_a: int, square_b: int) -> float:
    """Cosine from an integer dot product and squared norms (term counts are integers, so
    every way of summing them gives the same value, and the same float as :func:`cosine`)."""
    if not square_a or not square_b:
        return 0.0
    return dot / (math.sqrt(square_a) * math.sqrt(square_b))


def _contained(views: Sequence[SentenceView], spans: Sequence[Span]) -> list[list[int]]:
    """Per sentence, the indices (in input order) of ``spans`` it contains.

    Sorted starts and bisect replace the sentences × spans scan of every entity and quantity.
    """
    order = sorted(range(len(spans)), key=lambda i: spans[i].start)
    starts = [spans[i].start for i in order]
    out: list[list[int]] = []
    for v in views:
        lo = bisect.bisect_left(starts, v.span.start)
        hi = bisect.bisect_right(starts, v.span.end)
        out.append(sorted(i for i in order[lo:hi] if spans[i].end <= v.span.end))
    return out


@dataclass(frozen=True)
class SentenceView:
    """What the features and the selection need to know about one sentence."""

    index: int
    span: Span
    text: str
    terms: Counter[str]
    words: int
    #: From :attr:`topline.model.Sentence.has_verb` (the analysis pass's tagger).
    has_verb: bool = True
    #: Whether the whole sentence lies inside one quotation in marks (a later sentence of a
    #: multi-sentence quote): read alone, it sounds like the reporter's own voice. An
    #: indirect claim does not count, even when its content is the whole sentence.
    inside_quote: bool = False
    #: The nearest earlier sentence that names a person (a PERSON entity starts inside it):
    #: whom an opening "He" or "She" most likely refers to.
    person_antecedent: int | None = None
    #: Whether the sentence names anything (an entity, a figure or a date): a sentence that
    #: names nothing sets a scene rather than telling the news.
    named: bool = True
    #: The year the article was published, when known (an "In 2019, …" opener is background
    #: only in a later year's story).
    published_year: int | None = None
    #: The people the sentence names in full, and those it names by a bare surname after an
    #: earlier sentence named them in full (entity cluster ids,
    #: :func:`topline.brief.name_mentions.name_mentions`): a bare surname needs an element
    #: before it that names them in full.
    full_names: frozenset[str] = frozenset()
    bare_names: frozenset[str] = frozenset()


#: Characters a sentence may reach past a quotation's content: its marks and final stop.
_QUOTE_MARGIN = 3


class _Quotes:
    """Quotation spans, asked per sentence without a scan of every quotation (that was
    quadratic in the article's length): sorted by start, with the furthest end so far."""

    def __init__(self, quotes: Sequence[Span]) -> None:
        self.spans = sorted(quotes, key=lambda q: (q.start, q.end))
        self.starts = [q.start for q in self.spans]
        self.reach: list[int] = []
        for q in self.spans:
            self.reach.append(max(q.end, self.reach[-1]) if self.reach else q.end)
        self.ends = [q.end for q in self.spans]
        pairs = zip(self.spans, self.spans[1:], strict=False)
        self.disjoint = all(a.end <= b.start for a, b in pairs)

    def holds(self, sentence: Span) -> bool:
        """Whether one quotation (with its marks and stop) holds the whole sentence."""
        k = bisect.bisect_right(self.starts, sentence.start + _QUOTE_MARGIN)
        return k > 0 and self.reach[k - 1] + _QUOTE_MARGIN >= sentence.end

    def covered(self, span: Span) -> int:
        """Characters of ``span`` the quotations cover (:func:`_covered`)."""
        if not self.disjoint:  # only quotations that start before the span ends can cover it
            return _covered(span, self.spans[: bisect.bisect_left(self.starts, span.end)])
        lo = bisect.bisect_right(self.ends, span.start)  # ends sorted too: the first that
        hi = bisect.bisect_left(self.starts, span.end)  # ends after the span starts …
        return _covered(span, self.spans[lo:hi])


class _Overlaps:
    """Spans asked "does any of you overlap this one?" per sentence, without a scan of every
    span (that was sentences × attributions): sorted by start, with the furthest end so far."""

    def __init__(self, spans: Sequence[Span]) -> None:
        ordered = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in ordered]
        self.reach: list[int] = []
        for s in ordered:
            self.reach.append(max(s.end, self.reach[-1]) if self.reach else s.end)

    def any_overlap(self, span: Span) -> bool:
        """Whether one span overlaps ``span`` (:meth:`topline.model.Span.overlaps`): of those
        that start before ``span`` ends, the furthest-reaching ends after it starts."""
        k = bisect.bisect_left(self.starts, span.end)
        return k > 0 and self.reach[k - 1] > span.start


def _starts_within(starts: Sequence[int], span: Span) -> bool:
    """Whether one of the sorted offsets ``starts`` lies inside ``span``."""
    first = bisect.bisect_left(starts, span.start)
    return first < len(starts) and starts[first] < span.end


def _unglued(text: str, span: Span) -> Span:
    """The sentence without what was glued before it with no punctuation (a photo caption
    run into the lede, :func:`~topline.brief.editorial_rules.glued_sentence`): the brief
    shows the sentence, never the caption, and still points into the text exactly."""
    start = glued_sentence(span.of(text))
    return span if start is None else Span(span.start + start, span.end)


def sentence_views(analysis: Analysis) -> list[SentenceView]:
    text = analysis.article.text
    person_starts = sorted(e.span.start for e in analysis.entities if e.label == "PERSON")
    named_starts = sorted(
        [e.span.start for e in analysis.entities]
        + [q.span.start for q in analysis.quantities]
        + [t.span.start for t in analysis.timexes]
    )
    # Only a quotation in marks holds a sentence the reader would hear as the reporter's: an
    # indirect claim's content can be the whole sentence ("Acme is reportedly under
    # investigation", its cue an adverb inside it), which is the reporter's own statement.
    quotes = _Quotes([q.content_span for q in analysis.quotes if q.kind != "indirect"])
    year = analysis.article.published.year if analysis.article.published else None
    out = []
    antecedent: int | None = None
    full, bare = name_mentions(analysis, [s.span for s in analysis.sentences])
    for s, s_full, s_bare in zip(analysis.sentences, full, bare, strict=True):
        span = _unglued(text, s.span)
        body = span.of(text)
        words = _WORD.findall(body)  # content_terms and word_count of the body, read once
        out.append(
            SentenceView(
                s.index,
                span,
                body,
                Counter(_terms(words)),
                len(words),
                s.has_verb,
                quotes.holds(span),
                antecedent,
                _starts_within(named_starts, span),
                year,
                s_full,
                s_bare,
            )
        )
        if _starts_within(person_starts, s.span):
            antecedent = s.index
    return out


def _covered(span: Span, spans: Sequence[Span]) -> int:
    """Characters of ``span`` covered by ``spans`` (assumed non-overlapping)."""
    total = 0
    for other in spans:
        lo, hi = max(span.start, other.start), min(span.end, other.end)
        if hi > lo:
            total += hi - lo
    return total


def _dots(
    terms: Counter[str], doc_terms: Counter[str], seen: Counter[str]
) -> tuple[int, int, int, int]:
    """One pass over a sentence's terms for :func:`sentence_features`: its dot product with
    the rest of the article, what it takes off the article's squared norm, its dot product
    with the sentences before it, and what it adds to their squared norm; ``seen`` gets its
    terms (``seen.update(terms)``). Four sums over the terms were four walks (integers: the
    same values in any order, so the same features)."""
    rest_dot = rest_drop = seen_dot = seen_grow = 0
    seen_get = seen.get
    for k, c in terms.items():
        d = doc_terms[k]
        rest_dot += c * (d - c)
        rest_drop += d**2 - (d - c) ** 2
        old = seen_get(k, 0)
        seen_dot += c * old
        seen_grow += (old + c) ** 2 - old * old
        seen[k] = old + c
    return rest_dot, rest_drop, seen_dot, seen_grow


def sentence_features(
    analysis: Analysis, views: list[SentenceView] | None = None
) -> list[list[float]]:
    """One row of :data:`FEATURE_NAMES` values per sentence of the analysis."""
    views = views if views is not None else sentence_views(analysis)
    n = len(views)
    if n == 0:
        return []
    mention_counts = Counter(e.canonical for e in analysis.entities)
    top = {name for name, _ in mention_counts.most_common(3)}
    # Summed item by item: ``Counter.update`` does the same in Python after an ABC check
    # per call (the same counts, so the same features).
    doc_terms: Counter[str] = Counter()
    doc_get = doc_terms.get
    for v in views:
        for k, c in v.terms.items():
            doc_terms[k] = doc_get(k, 0) + c
    title_terms = Counter(content_terms(analysis.article.title or ""))
    lede = views[0].terms
    paragraph_of = {s.index: s.paragraph for s in analysis.sentences}
    first_para = paragraph_of.get(0, 0)
    quotes = _Quotes([q.content_span for q in analysis.quotes])
    claims = _Overlaps([a.claim_span for a in analysis.attributions])
    rows: list[list[float]] = []
    seen: Counter[str] = Counter()
    # Centrality and novelty compare each sentence with the rest of the article and with the
    # sentences before it; both sides' squared norms are kept up to date incrementally (integer
    # arithmetic, so the cosines are exactly those of the full counters).
    doc_square = _square_norm(doc_terms)
    seen_square = 0
    entities = analysis.entities
    ents_of = _contained(views, [e.span for e in entities])
    quantities_of = _contained(views, [q.span for q in analysis.quantities])
    previous_paragraph = None
    for v, ent_ids, quantity_ids in zip(views, ents_of, quantities_of, strict=True):
        ents = [entities[i] for i in ent_ids]
        names = {e.canonical for e in ents}
        salience = sum(math.log1p(mention_counts[nm]) for nm in names)
        quantities = len(quantity_ids)
        own_square = _square_norm(v.terms)
        rest_dot, rest_drop, seen_dot, seen_grow = _dots(v.terms, doc_terms, seen)
        rest_square = doc_square - rest_drop
        paragraph = paragraph_of.get(v.index, 0)
        position = min(v.index, MAX_POSITION)
        perfect, start, earlier = past_flags(v.text)
        row = [
            1.0 / (1 + position),
            v.index / max(n - 1, 1),
            float(v.index == 0),
            float(v.index < 3),
            1.0 / (1 + min(paragraph - first_para, MAX_POSITION)),
            float(paragraph != previous_paragraph),
            math.log1p(v.words),
            float(v.words < SHORT_WORDS),
            float(v.words > LONG_WORDS),
            float(len(ents)),
            salience,
            len(names & top) / max(len(top), 1),
            float(quantities),
            quotes.covered(v.span) / max(len(v.span), 1),
            float(v.text[:1] in _QUOTE_CHARS),
            float(claims.any_overlap(v.span)),
            _cosine_of(rest_dot, own_square, rest_square),
            cosine(v.terms, lede) if v.index else 1.0,
            cosine(v.terms, title_terms),
            1.0 - _cosine_of(seen_dot, own_square, seen_square),
            float(bool(_PRONOUN_START.match(v.text))),
            float(v.text.rstrip(_QUOTE_CHARS).endswith("?")),
            float(perfect),
            float(start or earlier),
            math.log1p(n),
        ]
        rows.append(row)
        seen_square += seen_grow  # ``seen`` itself was brought up to date by ``_dots``
        previous_paragraph = paragraph
    return rows
