"""The data model: frozen dataclasses whose offsets point into ``Article.text``.

Offsets are the single source of truth (as in spaCy): every extracted element carries one
or more :class:`Span` into the cleaned text of its article, and any display text is derived
from those spans. JSON round-trips through :func:`to_dict` / :func:`from_dict` (msgspec),
and top-level documents carry ``schema_version`` so stored JSON can be migrated.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

import msgspec

from topline.offset_map import OffsetMap

SCHEMA_VERSION = 1

T = TypeVar("T")


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` into an article's cleaned text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span {self.start}:{self.end}")

    def of(self, text: str) -> str:
        """The text this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the raw input that cleaning took out, and why (nothing is lost silently)."""

    text: str
    reason: str


#: Which text a result's spans index: the article's cleaned text, or the caller's input
#: (:mod:`topline.offsets`).
Offsets = Literal["clean", "input"]

RawKind = Literal["text", "html", "rss", "atom", "jsonfeed", "jsonl", "json", "topline", "url"]


@dataclass(frozen=True)
class Article:
    """One news article: cleaned text plus metadata; ``raw`` keeps what the user gave.

    ``offsets`` maps ``text`` back to the text the article was made from: ``raw`` (the input
    as decoded), or ``extracted`` when ``raw`` is a page the text was extracted from (HTML,
    a feed entry's markup). It is None for articles read back from the store, which keeps
    neither map nor extracted text. Both are left out of the JSON documents
    (:mod:`topline.render.documents`); :func:`topline.offsets.input_text` names the text.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    #: The publication date, read once at the edge (:mod:`topline.dates`); ISO text in JSON.
    published: datetime.date | None = None
    outlet: str | None = None
    byline: str | None = None
    licensor: str | None = None
    description: str | None = None
    language: str = "en"
    raw_kind: RawKind = "text"
    source: str | None = None
    raw: str | None = None
    removed: tuple[Removal, ...] = ()
    schema_version: int = SCHEMA_VERSION
    offsets: OffsetMap | None = None
    extracted: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence; ``has_verb`` (no verb: a caption, a label, a "Read more" line) and
    ``tense`` come from the analysis pass's tagger and parser, so the brief never has to
    tag the text again."""

    span: Span
    index: int
    paragraph: int = 0
    has_verb: bool = True
    #: The tense of what the sentence tells, read at its root verb by the analysis pass
    #: (:mod:`topline.analyze.sentence_tense`): "past", "present", "perfect", "modal", or
    #: "" (no finite verb, or not read).
    tense: str = ""
    #: The stretches of the sentence outside the clauses it tells (a relative, participial
    #: or "since" clause, the subject's or object's noun phrase): a time written there is
    #: not the sentence's own (:func:`topline.analyze.sentence_tense.off_clause_spans`).
    off_clause: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """One mention of a named entity; ``canonical`` names its cluster."""

    span: Span
    label: str
    canonical: str
    kb_id: str | None = None


@dataclass(frozen=True, slots=True)
class EntityCluster:
    """All mentions of one real-world entity (U.S. = United States = American)."""

    id: str
    canonical: str
    label: str
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    #: "m" or "f" for a person whose gender the article shows (an honorific, a role noun,
    #: pronouns only they can be: :mod:`topline.analyze.gender`); None when it does not.
    gender: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Who says so: the speaker of a quote or the source of a claim.

    ``name`` is the canonical name (the text of a mention of the same entity, possibly in
    another sentence); ``span`` is the mention that plays the role here ("he", "the Times").
    """

    name: str
    span: Span | None = None
    cluster: str | None = None
    #: person, organization, outlet, official, document, unnamed, writer (the byline of a
    #: page in its writer's own voice, :mod:`topline.brief.page_kind`), interviewee (the
    #: answers of a Q&A page) or other.
    kind: str = "other"


@dataclass(frozen=True, slots=True)
class Quote:
    span: Span
    content_span: Span
    cue_span: Span | None
    speaker: Source | None
    #: direct, indirect or mixed.
    kind: str = "direct"
    #: Words around the cue that say where and when ("in a speech to his cabinet Wednesday").
    context_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """A claim and who it is attributed to ("according to the New York Times")."""

    claim_span: Span
    source: Source
    cue_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    span: Span
    value: float
    unit: str | None = None
    counts: str | None = None
    counts_span: Span | None = None
    qualifier: str | None = None
    verb: str | None = None
    verb_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression with its TimeML type and ISO-8601 value.

    ``value`` is None when the expression is relative and no anchor (publication date)
    was known; ``anchor`` is the reference date the value was resolved against.
    """

    span: Span
    #: The TimeML type: DATE, TIME, DURATION or SET.
    type: str
    value: str | None
    anchor: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Actor — action — target, with time and place where the sentence gives them."""

    span: Span
    action: str
    action_span: Span
    actor: Source | None = None
    target: str | None = None
    target_span: Span | None = None
    when: Timex | None = None
    where: str | None = None
    where_span: Span | None = None


@dataclass(frozen=True)
class Analysis:
    """Everything extracted from one article, all spans into ``article.text``."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    paragraphs: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    clusters: tuple[EntityCluster, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    schema_version: int = SCHEMA_VERSION
    #: "input" once :func:`topline.offsets.in_offsets` has mapped the spans to the input.
    offsets: Offsets = "clean"


# --- the brief ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Element:
    """A piece of a brief: its display ``text`` is the span texts joined by a single space.

    ``article_id`` is None when the spans point into the briefed article, or names another
    article of the store (Key background from earlier coverage).
    """

    text: str
    spans: tuple[Span, ...]
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class Bullet:
    text: str
    spans: tuple[Span, ...]
    attribution: Source | None = None


@dataclass(frozen=True, slots=True)
class CrucialQuote:
    """A direct quote, verbatim, with its speaker and the words that give its context."""

    text: str
    spans: tuple[Span, ...]
    speaker: Source | None = None
    cue: str | None = None
    context: str | None = None
    context_span: Span | None = None
    #: Who the speaker is, as the article says it in apposition to a mention of them
    #: ("Steve Menet, CEO of Acme,"): shown after the name. None when the text gives none.
    role: str | None = None
    role_span: Span | None = None


@dataclass(frozen=True, slots=True)
class BigNumber:
    text: str
    spans: tuple[Span, ...]
    value: float | None = None
    counts: str | None = None
    qualifier: str | None = None
    #: The verb written right before the figure, in its past participle form, that tells
    #: what was done to what it counts ("the bombings killed 224 people": "killed"). Its
    #: span is one of ``spans``, in text order, and ``text`` starts with it; a reader shows
    #: it after the counted phrase ("224 — people killed": :func:`.render.brief.number_line`).
    #: ``counts`` stays the counted phrase. None when there is none.
    done: str | None = None


@dataclass(frozen=True, slots=True)
class BackgroundItem:
    text: str
    spans: tuple[Span, ...]
    date: str | None = None
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """Any other Forbes section (What to watch for, Tangent, Contra …) or an unknown label."""

    label: str
    text: str
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Brief:
    """The brief of one article. ``offsets`` says which text the spans index, and ``text``,
    when set (the Python API and the pipeline set it), is that text; JSON documents leave
    ``text`` out, as they carry the article (:mod:`topline.render.documents`)."""

    article_id: str
    topline: Element | None
    bullets: tuple[Bullet, ...] = ()
    crucial_quote: CrucialQuote | None = None
    big_number: BigNumber | None = None
    key_background: tuple[BackgroundItem, ...] = ()
    extra_sections: tuple[Section, ...] = ()
    missing: tuple[str, ...] = ()
    mode: str = "generated"
    title: str | None = None
    schema_version: int = SCHEMA_VERSION
    offsets: Offsets = "clean"
    text: str | None = None
    #: What the page is (:mod:`topline.brief.page_kind`): "news", a page in its writer's
    #: own voice ("opinion", "review", "analysis", "first_person"), whose Topline and
    #: uncredited bullets are credited to the writer, or "qa" (an interview printed as
    #: questions and answers), whose answers are credited to the interviewee.
    page_kind: str = "news"
    #: Who the Topline is credited to: on a page in its writer's voice, the writer (a
    #: Source of kind "writer", from the byline, with no span); on a Q&A page the
    #: interviewee when it is from an answer; None on news.
    topline_attribution: Source | None = None


@dataclass(frozen=True)
class Story:
    id: str
    article_ids: tuple[str, ...]
    title: str
    timeline: tuple[Event, ...] = ()
    entities: tuple[str, ...] = field(default_factory=tuple)
    schema_version: int = SCHEMA_VERSION
    #: Syndicated or lightly edited copies of the story's articles (not in ``article_ids``).
    copies: tuple[str, ...] = ()
    #: The article whose text each ``timeline`` event's spans point into (same order).
    timeline_article_ids: tuple[str, ...] = ()
    first_published: str | None = None
    last_published: str | None = None


# --- the story brief (one brief of every article of a story) -----------------------------


@dataclass(frozen=True, slots=True, order=True)
class ArticleSpan:
    """A span into the cleaned text of one named article of a story."""

    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Report:
    """One outlet's report of a story element: the article and the sentence that state it."""

    outlet: str
    article_id: str
    published: str | None
    spans: tuple[ArticleSpan, ...]


@dataclass(frozen=True, slots=True)
class StoryFact:
    """A fact of the story: shown from its first report, credited to every outlet reporting it.

    ``spans`` index the article of ``reports[0]`` (the first outlet to report it); each other
    report's spans index its own article. ``text`` is ``join_spans`` of ``spans``.
    """

    text: str
    spans: tuple[ArticleSpan, ...]
    reports: tuple[Report, ...]
    attribution: Source | None = None


@dataclass(frozen=True, slots=True)
class StoryQuote:
    text: str
    spans: tuple[ArticleSpan, ...]
    speaker: Source | None
    reports: tuple[Report, ...]


@dataclass(frozen=True, slots=True)
class Figure:
    """One outlet's figure for a quantity ("15 dead" in Reuters); ``published``: the day of
    the article that gives it."""

    outlet: str
    article_id: str
    text: str
    value: float
    spans: tuple[ArticleSpan, ...]
    published: str | None = None


@dataclass(frozen=True, slots=True)
class StoryNumber:
    """The Big number of a story; ``conflicts`` lists other figures outlets give for it, and
    ``update`` the latest figure a later article gives as an update of it ("Fourteen
    passengers have now been treated" days after "nine passengers injured")."""

    text: str
    spans: tuple[ArticleSpan, ...]
    value: float | None
    counts: str | None
    reports: tuple[Report, ...]
    conflicts: tuple[Figure, ...] = ()
    update: Figure | None = None


@dataclass(frozen=True, slots=True)
class StoryBackground:
    text: str
    spans: tuple[ArticleSpan, ...]
    date: str | None
    outlet: str | None = None


@dataclass(frozen=True)
class StoryBrief:
    """The brief of a whole story; every span names the article it indexes."""

    story_id: str
    title: str | None
    topline: StoryFact | None
    facts: tuple[StoryFact, ...] = ()
    crucial_quote: StoryQuote | None = None
    big_number: StoryNumber | None = None
    key_background: tuple[StoryBackground, ...] = ()
    article_ids: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    since: str | None = None
    missing: tuple[str, ...] = ()
    schema_version: int = SCHEMA_VERSION


# --- JSON --------------------------------------------------------------------------------


def _encode_other(obj: Any) -> Any:
    """Errors carried by values (a batch's ``IngestFailure``) as their code and message."""
    if isinstance(obj, Exception):
        return {"code": getattr(obj, "code", type(obj).__name__), "message": str(obj)}
    raise NotImplementedError(f"cannot encode {type(obj).__name__} as JSON")


def to_dict(obj: Any) -> Any:
    """A JSON-ready structure (dicts, lists, scalars) for any model object."""
    return msgspec.to_builtins(obj, enc_hook=_encode_other)


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild a model object from :func:`to_dict` output, validating types on the way."""
    return msgspec.convert(data, type=cls)


def to_json(obj: Any, *, indent: int = 2) -> str:
    raw = msgspec.json.encode(obj, enc_hook=_encode_other)
    return msgspec.json.format(raw, indent=indent).decode("utf-8") if indent else raw.decode()


def from_json(cls: type[T], text: str | bytes) -> T:
    return msgspec.json.decode(text, type=cls)


def join_spans(text: str, spans: tuple[Span, ...] | list[Span]) -> str:
    """The display text of a grounded element: its span texts joined by one space, except
    that a piece which is only a sentence's final full stop joins the word before it (a
    compressed sentence ends on its own stop: "… in possession of firearms.", not
    "… firearms ." nor without one), and so does a piece which is only closing quotation
    marks (a quotation's mark the splitter made a sentence of its own: '… "a public health
    concern."', not '… concern. "').

    This is the single documented rule that renderers and the grounding test rely on.
    """
    return join_pieces(text[s.start : s.end] for s in spans)


def join_pieces(pieces: Iterable[str]) -> str:
    """:func:`join_spans` of pieces already cut from their text."""
    out = ""
    for piece in pieces:
        joins = piece == "." or (piece != "" and piece.strip("\"”’'»") == "")
        out += piece if not out or joins else " " + piece
    return out
