"""Fill the brief's sections from an Analysis.

- **Topline**: the best-scoring of the first eligible sentences (:mod:`.select`), compressed
  (no dateline, no parentheticals, no trailing modifier clause when it is a long lede) and,
  with ``max_words``, cut to its first clause(s).
- **Bullets**: the next sentences of the story after the Topline (the learned bullet score
  did not beat story order, :func:`~topline.brief.select.in_story_order`), no duplicates, no
  boilerplate, each with a verb, each attributed to the source that the analysis links to
  its sentence.
- **Crucial quote** (:mod:`.crucial`), **Big number** (``topline.brief.bignumber`` when it is
  installed, else a small documented fallback here), **Key background** (:mod:`.background`):
  when the bullets took every background sentence, the best one is given back to it as long
  as the other candidates still make :data:`MIN_BULLETS` bullets.

``Brief.missing`` names every section the text could not support. Every element's ``text``
is ``join_spans(article.text, spans)``.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import replace

from topline.brief.background import background_starved, choose_background, reserve_background
from topline.brief.compress import closed, compress, trim_to_words
from topline.brief.context_rules import (
    demonstrative_opener,
    follows_directly,
    opening_pronoun,
    unresolved_pronoun,
)
from topline.brief.crucial import choose_quote
from topline.brief.digest import first_story
from topline.brief.editorial_rules import (
    additive,
    describes_picture,
    fragment,
    listing,
    pronoun_or_connective_opener,
    runs_into_next,
    split_cue,
    split_inside,
)
from topline.brief.features import SentenceView, content_terms
from topline.brief.fit import fit
from topline.brief.glued import split_glued
from topline.brief.headline import (
    abstract_block,
    broken_off,
    heading_line,
    restated,
    title_sentences,
)
from topline.brief.lede import foil
from topline.brief.page_kind import (
    LETTERS,
    answerer,
    answers,
    letter_signer,
    page_kind,
    questions,
    writer_source,
)
from topline.brief.quote_rules import unmarked_quotations
from topline.brief.refs import (
    cut_pieces,
    introduced_heads,
    leans_back,
    orphaned_description,
    referring_phrase,
    unintroduced_description,
)
from topline.brief.select import (
    BULLET_MMR_LAMBDA,
    LEANING,
    NEWS_SEARCH,
    Scored,
    Scorer,
    choose_topline,
    eligible,
    in_story_order,
    load_model,
    score_sentences,
    select_bullets,
    topline_defect,
)
from topline.brief.sentence_rules import open_speech
from topline.brief.source_tags import attribution_for as attribution_for  # re-exported
from topline.brief.source_tags import credited, shown_credit
from topline.brief.unnamed import unnamed_person
from topline.brief.voice_rules import makes_claim, unquoted_first_person
from topline.model import (
    Analysis,
    BigNumber,
    Brief,
    Bullet,
    CrucialQuote,
    Element,
    Source,
    Span,
    join_spans,
)
from topline.stopwords import english_stop_words

MIN_BULLETS = 3
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
#: Bullets refused for an unresolved opening pronoun before the choice stops trying others.
MAX_PRONOUN_ROUNDS = 8
#: A bullet at least this share of whose content words the Topline shows says nothing the
#: reader has not just read ("Khan rejected Trump's offer Tuesday." under "The British
#: capital's new mayor on Tuesday rejected … Trump's offer …": 5 of 5). Measured on the
#: sixteenth session's pools (PolNeAR train 561-840, TBAQ, dev): the pairs at 0.8 or more
#: were both restatements, those at 0.67-0.75 mostly added something ("Now, Carson has
#: responded to Trump's rant.").
RESTATED_SHARE = 0.8

BigNumberChooser = Callable[[Analysis], BigNumber | None]


def _fallback_big_number(analysis: Analysis) -> BigNumber | None:
    """Until ``topline.brief.bignumber`` lands: the quantity that counts something, biggest
    and earliest first; bare years and small counts are not big numbers."""
    text = analysis.article.text
    best: tuple[float, BigNumber] | None = None
    for q in analysis.quantities:
        raw = q.span.of(text)
        if q.value is None or (raw.isdigit() and len(raw) == 4 and 1800 <= q.value <= 2100):
            continue
        if abs(q.value) < 2 or not (q.counts or q.unit):
            continue
        spans: tuple[Span, ...] = (q.span,)
        counts = q.counts_span
        if counts and counts.start >= q.span.end and len(counts) > 0:
            spans = (q.span, counts)  # the renderer shows "3,000 — troops"
        position = q.span.start / max(len(text), 1)
        score = 0.3 * math.log10(abs(q.value) + 1) + 1.0 * (1 - position)
        if best is None or score > best[0]:
            number = BigNumber(
                text=join_spans(text, spans),
                spans=spans,
                value=q.value,
                counts=join_spans(text, spans[1:]) or q.counts,
                qualifier=q.qualifier,
            )
            best = (score, number)
    return best[1] if best else None


def _big_number_chooser() -> BigNumberChooser:
    try:
        from topline.brief.bignumber import choose_big_number
    except ImportError:
        return _fallback_big_number
    return choose_big_number


def _person_sentences(analysis: Analysis) -> frozenset[int]:
    """Indices of the sentences in which a PERSON entity starts (they name someone)."""
    starts = sorted(e.span.start for e in analysis.entities if e.label == "PERSON")
    out = set()
    for s in analysis.sentences:
        k = bisect.bisect_left(starts, s.span.start)
        if k < len(starts) and starts[k] < s.span.end:
            out.add(s.index)
    return frozenset(out)


def _cut_inside(text: str, spans: tuple[Span, ...]) -> bool:
    """Compression left words out between the element's pieces (a relative or trailing
    clause, not only punctuation or a dateline before it)."""
    return any(text[a.end : b.start].strip(" \t\n,;:-—–()") for a, b in itertools.pairwise(spans))


def _first_unresolved(
    text: str,
    shown_first: tuple[SentenceView, tuple[Span, ...]] | None,
    picked: list[SentenceView],
    shown: dict[int, tuple[tuple[Span, ...], Source | None]],
    persons: frozenset[int],
    people: tuple[Span, ...] = (),
) -> int | None:
    """The first bullet, in the order a reader meets them (the Topline, then the bullets in
    story order), that opens with a pronoun the elements before it do not resolve, or
    that only restates the Topline (:func:`restates`), or that refers back by a demonstrative
    or comparative noun phrase whose noun no element before it names
    (:func:`~topline.brief.refs.referring_phrase`) and is not the sentence right after the
    element before it, or opens with a definite description of
    something the article introduced with "a/an" and no element before it names
    (:func:`~topline.brief.refs.unintroduced_description`; the sentence right after the
    element before it too: the noun is read, not the order).

    "It/They/This …" needs the element just before it to be the sentence right before it
    (:func:`~topline.brief.context_rules.follows_directly`); "He/She …" needs that, or the
    last element shown before it that names a person (:func:`_person_sentences`) to be the
    nearest earlier sentence that names one
    (:attr:`~topline.brief.features.SentenceView.person_antecedent`): the reader pins the
    pronoun on the last person the brief named. The audit's rule
    (:func:`~topline.brief.context_rules.unresolved_pronoun`) is checked too, and a
    demonstrative and a noun ("But those differences …") need the element before shown
    without a cut inside it (:func:`_cut_inside`): the cut may have held what they point at.

    What a cut left out is not shown (seventeenth session, second round): a person named only
    in the cut part of an element (``people``: the article's PERSON entities, in text
    order) is not the last person the brief named, so "He/She …" right after it is refused;
    and a definite description whose noun only a cut part of an element before it
    introduced ("… in the report" after ", according to a congressional report" was cut:
    :func:`~topline.brief.refs.orphaned_description`) refuses the bullet."""
    before: tuple[str, tuple[Span, ...]] = ("", ())
    last_person: int | None = None
    topline_terms: set[str] = set()
    cut_heads: set[str] = set()
    before_unnamed = False  # the element before names a person only in what its cut left out
    if shown_first is not None:
        view, spans = shown_first
        before = (join_spans(text, spans), spans)
        last_person = view.index if _names_person(text, view, spans, persons, people) else None
        before_unnamed = _unnamed_in_cut(view, spans, before[0], persons, last_person)
        topline_terms = set(content_terms(before[0]))
        cut_heads = _cut_heads(text, view, spans)
    shown_terms = set(topline_terms)
    for view in picked:
        spans = shown[view.index][0]
        display = join_spans(text, spans)
        if topline_terms and restates(display, topline_terms):
            return view.index  # the Topline again, in fewer words
        kind = opening_pronoun(display)
        if kind is not None and not follows_directly(text, before[1], spans):
            if kind != "person" or last_person != view.person_antecedent:
                return view.index
        elif kind == "person" and before_unnamed:
            return view.index  # "She has counted on …" after "…, with … Hillary Clinton …" cut
        if orphaned_description(display, cut_heads, shown_terms):
            return view.index  # "… the poll found" after ", according to a poll …" was cut
        if unresolved_pronoun(text, display, spans, before):
            return view.index
        if demonstrative_opener(display) and _cut_inside(text, before[1]):
            return view.index  # "But those differences …": told in what the cut left out
        if referring_phrase(display, shown_terms) and not follows_directly(text, before[1], spans):
            return view.index  # "… agreement with that sentiment …": which sentiment?
        if unintroduced_description(text, display, spans[0].start, shown_terms):
            return view.index  # "The email was sent …" after "… according to an email" cut
        before = (display, spans)
        shown_terms.update(content_terms(display))
        named = _names_person(text, view, spans, persons, people)
        if named:
            last_person = view.index
        before_unnamed = _unnamed_in_cut(view, spans, display, persons, last_person)
        cut_heads |= _cut_heads(text, view, spans)
    return None


def _names_person(
    text: str,
    view: SentenceView,
    spans: tuple[Span, ...],
    persons: frozenset[int],
    people: tuple[Span, ...],
) -> bool:
    """Whether the element shown as ``spans`` names a person: its sentence does
    (``persons``) and, when the article's PERSON entities (``people``, in text order) are
    given, one of the sentence's starts inside what is shown, or its last word (the surname
    a later mention uses, which the tagger may miss there) is a word of what is shown."""
    if view.index not in persons:
        return False
    if not people:
        return True
    starts = [p.start for p in people]
    k = bisect.bisect_left(starts, view.span.start)
    named = [p for p in people[k:] if p.start < view.span.end]
    if any(s.start <= p.start < s.end for p in named for s in spans):
        return True
    shown = set(re.findall(r"[\w’'-]+", join_spans(text, spans)))
    return any(p.of(text).split()[-1] in shown for p in named if p.of(text).split())


#: A person pronoun: an element that shows one carries on a chain of reference to a person.
_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]imself|[Hh]erself)\b")


def _unnamed_in_cut(
    view: SentenceView,
    spans: tuple[Span, ...],
    display: str,
    persons: frozenset[int],
    last_person: int | None,
) -> bool:
    """Whether the element's sentence names a person only in what a cut left out: it names
    one (``persons``), what is shown names none (``last_person`` is not this sentence) and
    refers to none by a pronoun (a pronoun carries on a chain an earlier element began)."""
    return (
        view.index in persons and last_person != view.index and not _PERSON_PRONOUN.search(display)
    )


def _cut_heads(text: str, view: SentenceView, spans: tuple[Span, ...]) -> set[str]:
    """The nouns that the parts of the element's sentence a cut left out introduce
    (:func:`~topline.brief.refs.introduced_heads`)."""
    heads: set[str] = set()
    for piece in cut_pieces(text, view.span, spans):
        heads |= introduced_heads(piece.of(text))
    return heads


def restates(display: str, topline_terms: set[str]) -> bool:
    """The bullet ``display`` says what the Topline (its content terms) already says: at
    least :data:`RESTATED_SHARE` of its content words are the Topline's. A short bullet
    inside a long Topline has a low cosine with it (the MMR's redundancy, read on whole
    sentences), so a share of the bullet's own words is read instead."""
    terms = set(content_terms(display))
    return bool(terms) and len(terms & topline_terms) >= RESTATED_SHARE * len(terms)


def _quote_once(
    analysis: Analysis,
    sentence_scores: dict[int, float],
    quote: CrucialQuote | None,
    topline: Element | None,
    bullets: list[Bullet],
) -> CrucialQuote | None:
    """The Crucial quote, shown once when the article allows it: when a bullet had to keep
    the quote's sentence (too few other candidates), the best quote the brief does not show
    is taken instead, and only when there is none is the repeat kept (a short article's one
    quote)."""
    if quote is None:
        return None
    if not any(quote.spans[0].overlaps(s) for b in bullets for s in b.spans):
        return quote
    shown = [
        *(topline.spans if topline is not None else ()),
        *(s for b in bullets for s in b.spans),
    ]
    return choose_quote(analysis, sentence_scores, shown) or quote


#: Words a bullet may add to the quotation it shows, besides its speaker, cue, role and
#: context, and still be only the quotation's attribution ("boss", "in a statement").
ATTRIBUTION_WORDS_ONLY = 2


def _only_attribution(text: str, bullet: Bullet, quote: CrucialQuote) -> bool:
    """The bullet says nothing the Crucial quote does not: outside the quotation it holds
    only who said it, how and where (the quote's speaker, cue, role and context, and at most
    :data:`ATTRIBUTION_WORDS_ONLY` other content words)."""
    told = [quote.speaker.span if quote.speaker is not None else None, quote.context_span]
    covered = [*quote.spans, *(s for s in (*told, quote.role_span) if s is not None)]
    rest: list[str] = []
    for span in bullet.spans:
        cut = span.start
        for inner in sorted(c for c in covered if c.overlaps(span)):
            rest.append(text[cut : max(cut, inner.start)])
            cut = max(cut, inner.end)
        rest.append(text[cut : span.end])
    cue = set((quote.cue or "").lower().split())
    stop = english_stop_words()
    words = [w.lower() for w in _WORD.findall(" ".join(rest))]
    return sum(1 for w in words if w not in stop and w not in cue) <= ATTRIBUTION_WORDS_ONLY


def _shown_once(
    text: str, quote: CrucialQuote | None, bullets: list[Bullet]
) -> tuple[CrucialQuote | None, list[Bullet]]:
    """An editor does not print the same words twice. When the Crucial quote is still a
    bullet's (:func:`_quote_once` found no other quote: a short article's one or two
    quotes), the repeat goes: a bullet that only attributes the quotation yields to the
    Crucial quote, which shows the same words with the same speaker; a bullet that says
    more keeps its sentence and the brief has no Crucial quote."""
    if quote is None:
        return None, bullets
    repeats = [b for b in bullets if any(q.overlaps(s) for q in quote.spans for s in b.spans)]
    if not repeats:
        return quote, bullets
    if all(_only_attribution(text, b, quote) for b in repeats):
        return quote, [b for b in bullets if b not in repeats]
    return None, bullets


#: How many of a column's first sentences are searched for its argument (:func:`_argument`):
#: a column states its case in its opening paragraphs, after the scene it may open on.
ARGUMENT_SEARCH = 8


def summary_lead(
    candidates: list[Scored],
    lede_spans: dict[int, tuple[Span, ...]],
    abstract: Span | None,
    foils: set[int],
    lead: Scored | None,
) -> Scored | None:
    """The Topline of an archive copy: ``lead`` (the scorer's choice) when it is the abstract's
    or the story's lede (the first candidate after the abstract), else the best-scoring
    sentence of the abstract that can be shown whole and reads as news (no
    :func:`~topline.brief.select.topline_defect`, no foil), else ``lead``.

    The abstract is written by the archive's editor to say what the story reports; the
    scorer, trained on stories without one, may rank a later story sentence above it ("Mr.
    Biden said on Monday that on a trip to Kosovo …" over the summary "Vice President …
    said Donald J. Trump's remarks had already made him a danger …"; a scene in the third
    paragraph over "Senator Ted Cruz's success in consolidating evangelical Christians …").
    The story's own lede still competes with the abstract by score: where it wins it is
    often the sharper news (a death, a deadline; the abstract a vaguer angle), a trade read
    on PolNeAR's 104 archive copies (docs/benchmarks.md, fifteenth session, second round).
    """
    if abstract is None or lead is None or abstract.overlaps(lead.view.span):
        return lead
    story = next((c for c in candidates if c.view.span.start >= abstract.end), None)
    if story is not None and story.view.index == lead.view.index:
        return lead
    summary = [
        c
        for c in candidates
        if c.view.index in lede_spans
        and abstract.overlaps(c.view.span)
        and c.view.index not in foils
        and topline_defect(c.view) is None
    ]
    return max(summary, key=lambda c: c.topline_score, default=lead)


def _argument(
    analysis: Analysis,
    candidates: list[Scored],
    shown: dict[int, tuple[Span, ...]],
    lead: Scored,
) -> tuple[Scored, bool]:
    """A column's Topline is its argument: ``lead`` when it states a claim in the writer's
    voice (:func:`~topline.brief.voice_rules.makes_claim`), else the first candidate among
    the column's first :data:`ARGUMENT_SEARCH` sentences that does and that no one else is
    credited for, and whether one was found. A scene or an anecdote the column opens on
    ("In the closing seconds of last week's game, …") argues nothing: with no claim near the
    top it stays the Topline, told as what happened, not as "X argues"."""
    text = analysis.article.text
    if makes_claim(join_spans(text, shown[lead.view.index])):
        return lead, True
    sentences = analysis.sentences
    limit = sentences[min(len(sentences), ARGUMENT_SEARCH) - 1].span.end
    for c in candidates:
        if c.view.span.start >= limit:
            break
        if c.view.index not in shown or topline_defect(c.view) in (*LEANING, "question"):
            continue
        if makes_claim(join_spans(text, shown[c.view.index])) and not credited(
            analysis, c.view.span
        ):
            return c, True
    return lead, False


def compose(
    analysis: Analysis,
    *,
    max_bullets: int = 5,
    max_words: int | None = None,
    model: Scorer | None = None,
) -> Brief:
    """The generated brief; ``model`` overrides the shipped scorer (cross-validation)."""
    # A digest of several stories is briefed as its first story (:mod:`.digest`).
    analysis = first_story(analysis)
    # A caption glued to a sentence with no punctuation: both halves are candidates.
    analysis, heads = split_glued(analysis)
    text = analysis.article.text
    # An archive copy's abstract is the editor's summary: the Topline, maybe, never a bullet
    # (:mod:`.headline`).
    abstract = abstract_block(text)

    def whole(span: Span) -> bool:
        """A statement of its own: not a fragment, a subheading or list item, a line broken
        off mid-sentence or its rest, the cue of a quotation split off from it, a sentence
        the splitter ended mid-phrase, or a photo caption written as a sentence."""
        own = span.of(text)
        return not (
            fragment(own)
            or heading_line(text, span)
            or broken_off(text, span)
            or split_cue(text, span)
            or split_inside(text, span)
            or describes_picture(own)
        )

    missing: list[str] = []
    model = model or load_model()
    scored = score_sentences(analysis, model)
    titles = title_sentences(analysis)  # the headline, wherever the text repeats it
    # A line inside a quotation whose marks were lost is the speaker's, not the reporter's.
    unmarked = unmarked_quotations(text) if "\n" in text else []
    # So is a sentence between two paragraphs of a speech whose closing marks were lost.
    spoken = open_speech(text, [s.span for s in analysis.sentences])
    candidates = [
        c
        for c in eligible(scored)
        if c.view.index not in titles
        and whole(c.view.span)
        and not any(a < c.view.span.end and c.view.span.start < b for a, b in unmarked)
        and c.view.index not in spoken
    ]
    # An interview's questions are the interviewer's: never a Topline or a bullet.
    asked = [analysis.paragraphs[i] for i in questions(text, analysis.paragraphs)]
    if asked:
        candidates = [c for c in candidates if not any(q.overlaps(c.view.span) for q in asked)]
    if listing([s.span.of(text) for s in analysis.sentences]):
        candidates = []  # an events calendar or a how-to's steps: its lines are entries, no news
    sentences = analysis.sentences
    position = {s.index: i for i, s in enumerate(sentences)}

    # Only sentences that can be shown whole (editorial rules, :mod:`.fit`) are chosen. A
    # later sentence that opens with a pronoun or a connective, or adds to news ("also"),
    # leans on the sentence before it, which the reader of the Topline does not see; the
    # lede itself may (a feature lede).
    lede_spans: dict[int, tuple[Span, ...]] = {}
    unnamed: dict[int, tuple[Span, ...]] = {}
    # A lede that opens a quotation the next sentence closes ("X said, “… wagon. We’re going
    # … California.”") is refused while another candidate fits alone; with none, it is shown
    # with the rest of its quotation, as a bullet would be (a quote-led item: else the brief
    # showed that very lede as a bullet under no Topline).
    quoted: dict[int, tuple[Span, ...]] = {}
    person_spans = [e.span for e in analysis.entities if e.label == "PERSON"]
    other_spans = [e.span for e in analysis.entities if e.label != "PERSON"]
    for i, c in enumerate(candidates):
        if len(lede_spans) == NEWS_SEARCH:
            break  # choose_topline looks at no more than these (speed only, issue #19)
        lede_cut = compress(text, c.view.span, lede=True)
        fitted = fit(text, sentences, position[c.view.index], lede_cut, pairs=True)
        if c.view.index in heads:
            continue  # the half before a glue point (a caption) is never the Topline
        if fitted is None and not quoted and not lede_spans:
            closing = fit(
                text, sentences, position[c.view.index], lede_cut, whole_quotes=True, pairs=True
            )
            if closing is not None and (
                i == 0 or not pronoun_or_connective_opener(join_spans(text, closing))
            ):
                quoted[c.view.index] = closing
        if fitted is not None and (
            i == 0
            or not (
                pronoun_or_connective_opener(shown := join_spans(text, fitted)) or additive(shown)
            )
        ):
            if unnamed_person(text, fitted, person_spans, other_spans):
                unnamed[c.view.index] = fitted  # "… said he was hit": who, the reader never learns
            else:
                lede_spans[c.view.index] = fitted
    if not lede_spans:
        lede_spans = unnamed or quoted  # no other candidate: the best there is
    topline = None
    kind = page_kind(
        analysis.article,
        [s.span for s in sentences],
        [q.content_span for q in analysis.quotes],
        analysis.paragraphs,
    )
    # A lede the next sentence turns against ("… typically take a timeout …" / "But that
    # hasn't stopped …") is a foil for the news, not the news (:func:`.lede.foil`); a
    # set-up in the simple present only at the top (the first candidate): further down, a
    # column's thesis in the present is what the turn goes on from, not its foil.
    top = min(lede_spans, default=None)
    foils = {
        i
        for i in lede_spans
        if position[i] + 1 < len(sentences)
        and foil(
            sentences[position[i]].span.of(text),
            sentences[position[i] + 1].span.of(text),
            sentences[position[i]].tense if i == top else "",
        )
    }
    # A sentence below the lede whose opening refers back ("The computer maker said …") does
    # not read alone as the Topline (:func:`.refs.leans_back`).
    leaning = {i for i in lede_spans if leans_back(text, sentences[position[i]].span)}
    lead = choose_topline(
        [c for c in candidates if c.view.index in lede_spans], foils=foils, leaning=leaning
    )
    argued = True
    if lead is not None and kind.kind == "opinion":
        lead, argued = _argument(analysis, candidates, lede_spans, lead)
    # An archive copy's abstract is its editor's summary of the story: a later sentence of the
    # story does not outscore it (:func:`summary_lead`).
    lead = summary_lead(candidates, lede_spans, abstract, foils, lead)
    if lead is not None:
        spans = lede_spans[lead.view.index]
        if max_words is not None:
            spans = trim_to_words(text, spans, max_words)
        spans = closed(text, lead.view.span, spans)
        topline = Element(text=join_spans(text, spans), spans=spans)
    else:
        missing.append("topline")

    bullet_shown: dict[int, tuple[tuple[Span, ...], Source | None]] = {}
    said_again = (
        restated(analysis, abstract, lead.view.span)
        if abstract is not None and lead is not None
        else None
    )
    for c in candidates:
        if abstract is not None and (abstract.overlaps(c.view.span) or c.view.index == said_again):
            continue  # the editor's summary, or the story's sentence that it restates
        if c.view.index not in heads and runs_into_next(text, c.view.span):
            continue  # a caption or heading run into the paragraph: no bullet (a Topline
            # candidate it stays, refused there as unterminated while news is near the top)
        found = credited(analysis, c.view.span)
        source = found[0] if found is not None else None
        compressed = compress(text, c.view.span, attributed=source is not None, bullet=True)
        if found is not None and not shown_credit(analysis, found, compressed):
            source = None  # its claim is not what the bullet shows
            compressed = compress(text, c.view.span, bullet=True)
        fitted = fit(text, sentences, position[c.view.index], compressed, whole_quotes=True)
        if fitted is None:
            continue
        if kind.kind == "news" and unquoted_first_person(join_spans(text, fitted)):
            continue  # someone's words whose quotation marks were lost, not the reporter's
        bullet_shown[c.view.index] = (fitted, source)
    showable = [c for c in candidates if c.view.index in bullet_shown]
    chosen = [lead.view] if lead is not None else []
    taken = {v.index for v in chosen}
    shown_first = (lead.view, topline.spans) if lead is not None and topline else None
    persons = _person_sentences(analysis)
    people = tuple(
        sorted((e.span for e in analysis.entities if e.label == "PERSON"), key=lambda s: s.start)
    )

    def pick(pool: list[Scored]) -> list[SentenceView]:
        """The bullets, in story order (:func:`~topline.brief.select.in_story_order`), none
        repeating an element before it and none opening with a pronoun the reader cannot
        resolve: such a bullet is refused and the choice made again without it."""
        refused: set[int] = set()
        picked = select_bullets(in_story_order(pool), chosen, max_bullets, BULLET_MMR_LAMBDA)
        while (
            bad := _first_unresolved(text, shown_first, picked, bullet_shown, persons, people)
        ) is not None:
            refused.add(bad)
            if len(refused) > MAX_PRONOUN_ROUNDS:
                picked = [v for v in picked if v.index != bad]  # stop trying others
                continue
            allowed = [c for c in pool if c.view.index not in refused]
            picked = select_bullets(in_story_order(allowed), chosen, max_bullets, BULLET_MMR_LAMBDA)
        return picked

    # The Crucial quote is chosen before the bullets, which leave its sentence to it while
    # enough other candidates remain: an editor does not print the same words twice.
    sentence_scores = {s.view.index: s.score for s in scored}
    quote = choose_quote(analysis, sentence_scores, topline.spans if topline is not None else ())
    if quote is not None:
        others = [
            c
            for c in showable
            if not any(quote.spans[0].overlaps(s) for s in bullet_shown[c.view.index][0])
        ]
        if len(others) >= min(MIN_BULLETS, max_bullets):
            picked = pick(others)
            if len(picked) >= min(MIN_BULLETS, max_bullets) and not background_starved(
                analysis, others, taken, {v.index for v in picked}, min(MIN_BULLETS, max_bullets)
            ):
                showable = others  # else the quote's sentence stays a candidate
    picked = pick(showable)
    # Key background starved by the bullets: give it back a background sentence when other
    # candidates can still make the minimum number of bullets.
    reserved = reserve_background(
        analysis, showable, taken, {v.index for v in picked}, min(MIN_BULLETS, max_bullets)
    )
    if reserved:
        picked = pick([c for c in showable if c.view.index not in reserved])
    bullets = []
    for view in picked:
        spans, source = bullet_shown[view.index]
        spans = closed(text, view.span, spans)
        bullets.append(Bullet(text=join_spans(text, spans), spans=spans, attribution=source))
    if len(bullets) < min(MIN_BULLETS, max_bullets):
        missing.append("bullets")

    quote = _quote_once(analysis, sentence_scores, quote, topline, bullets)
    quote, bullets = _shown_once(text, quote, bullets)
    if len(bullets) < min(MIN_BULLETS, max_bullets) and "bullets" not in missing:
        missing.append("bullets")
    if quote is None:
        missing.append("crucial_quote")

    number = _big_number_chooser()(analysis)

    used = {v.index for v in chosen} | {
        s.index for s in analysis.sentences for b in bullets if s.span.contains(b.spans[0])
    }
    if quote is not None:  # Key background never repeats the Crucial quote either
        used |= {s.index for s in analysis.sentences if s.span.overlaps(quote.spans[0])}
    news = topline.text if topline is not None else None
    news_spans = topline.spans if topline is not None else ()
    background = choose_background(analysis, candidates, used, news, news_spans)
    if number is not None and background:  # the same figure is not shown twice
        from topline.brief.bignumber import number_sentences, outside_background, shown_in

        item = shown_in(number, background)
        if item is not None and item.date is None:  # undated: more likely the news's figure
            used |= number_sentences(analysis, number)
            background = choose_background(analysis, candidates, used, news, news_spans)
        elif item is not None:  # an earlier event's figure is the background's
            number = outside_background(analysis, number, background)
    if number is None:
        missing.append("big_number")
    if not background:
        missing.append("key_background")

    # A page in its writer's own voice (a column, a review, an analysis, a first-person
    # account): the Topline and every bullet no one else is credited for are the writer's;
    # a column's Topline only when it argues (a scene it opens on is told as it happened).
    topline_source = None
    if kind.kind == "qa":  # an interview: what its answers say is the interviewee's
        said = answers(text, analysis.paragraphs)

        def answered(spans: tuple[Span, ...]) -> Source | None:
            """Who answers where the element is: the answer's speaker label, else the
            interviewee; None outside the answers (the writer's introduction)."""
            found = next((a for a in said if a.contains(spans[0])), None)
            return answerer(text, found) if found is not None else None

        if topline is not None:
            topline_source = answered(topline.spans)
        bullets = [
            b if b.attribution else replace(b, attribution=answered(b.spans)) for b in bullets
        ]
    elif kind.kind != "news":
        writer = writer_source(analysis.article)

        def signed(spans: tuple[Span, ...]) -> Source:
            """The writer; on a page of readers' letters, the letter's signer."""
            if kind.signal != LETTERS:
                return writer
            return letter_signer(text, analysis.paragraphs, spans) or writer

        topline_source = signed(topline.spans) if topline is not None and argued else None
        bullets = [b if b.attribution else replace(b, attribution=signed(b.spans)) for b in bullets]

    return Brief(
        article_id=analysis.article.id,
        topline=topline,
        topline_attribution=topline_source,
        page_kind=kind.kind,
        bullets=tuple(bullets),
        crucial_quote=quote,
        big_number=number,
        key_background=background,
        missing=tuple(missing),
        title=analysis.article.title,
    )
