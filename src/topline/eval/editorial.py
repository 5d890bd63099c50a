"""The editorial audit: mechanical defects an editor would not sign, counted per brief.

Each class is one plain rule (:mod:`topline.brief.editorial_rules`) applied to what a reader is
shown; :func:`audit_brief` needs only the brief and the article text its spans point into, so
any briefs JSONL (``topline batch`` output) can be audited with :func:`audit_record`.

Classes (``CLASSES``), each counted once per element that breaks it:

- ``quote_marks``: unbalanced quotation marks (double or single; apostrophes excepted);
- ``no_subject``: an element that starts in lower case, on continuing punctuation, or after a
  word or comma of its own sentence (its subject was cut off); a Crucial quote that starts in
  lower case is a fragment of a sentence;
- ``run_on``: a Topline or bullet of two sentences outside a quotation, two glued lines, a
  sentence glued on with no punctuation (a caption run into the lede), or more than
  :data:`~topline.brief.editorial_rules.MAX_ELEMENT_WORDS` words;
- ``boilerplate``: page furniture or a call to action in any element;
- ``topline_opener``: a Topline opening with a pronoun or a connective (But, And, However);
- ``repeats_topline``: a bullet that says what the Topline says (or shares its text);
- ``quote_no_speaker``: a Crucial quote without a named speaker;
- ``big_number``: a Big number without the noun phrase it counts, with a figure that is no
  number (``millions``) or a small count that points back (``the two countries``), one term
  of a ratio or a range (``five`` of "one in five", ``two`` of "two or three"), or stated
  in a negated or hedged clause;
- ``source_tag``: a bullet source or quote speaker that is not a person, organisation,
  publication or role (numbers, shares, pronouns, clauses);
- ``raw_code``: a TimeML value (``2023-11-07TNI``, ``FUTURE_REF``, ``P5Y``) or a verb
  fragment (``— comes``) shown to a reader;
- ``background``: Key background that is a caption, the current story itself, opens with a
  pronoun or a connective, is a direct quotation, or says nothing earlier than the news;

and four classes that read an element in its context (:mod:`topline.brief.context_rules`):

- ``generic_source``: a bullet source or quote speaker that names people in general
  ("People", "many people", "others"; a capital at a sentence start is the sentence's);
- ``number_marks``: a Big number whose figure or counted phrase starts or ends on a
  quotation mark, a bracket or other punctuation, or leaves one open;
- ``bullet_pronoun``: a bullet opening with a pronoun that the element shown just before it
  does not resolve ("They are …" after an element that is not the sentence before it);
- ``background_now``: Key background told at the news's own time ("yesterday", "on
  Tuesday"), dated inside the news window, or past only by reported speech's backshift;

and two classes an editor's read of unseen briefs added (sixth session):

- ``fragment``: an element that trails off ("If you're hoping the price will drop…") or
  ends on a colon (a lead-in to a list);
- ``shown_twice``: a Crucial quote the brief also shows as the Topline, a bullet or Key
  background (the same words printed twice);

and one class the eighth session's read added (:mod:`topline.brief.cut_rules`):

- ``cut_sentence``: a Topline or bullet cut short: it ends on a word no sentence ends on
  ("the", "and", "Sen."), or stops at a comma where the article goes on with a bare verb
  or with the rest of a list ("… native ad units" | ", provide …").

The eighth session also widened ``fragment`` (a subjectless comment, "Interesting to see
…"; a quotation that only announces the next one, "“I would say this,” Trump answered."),
``run_on`` (a widget's label run into a sentence, "Visit site Like the rest …", "… from
LondonA 16-year-old …"; "GMT.He"), ``no_subject`` (a sentence begun after a title's
abbreviation), ``bullet_pronoun`` (a connective, "For example, …", or a demonstrative and
a noun, "That attitude …", after an element that is not the sentence before it) and
``topline_opener`` (a Topline that adds to news not shown: "also", "too").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from topline.brief import context_rules as context
from topline.brief import editorial_rules as rules
from topline.brief.bignumber import ratio_or_range
from topline.brief.cues import is_past_of, past_signals, period_start
from topline.brief.features import content_terms, cosine
from topline.brief.quote_rules import unbalanced_marks
from topline.model import Brief, Span, from_dict

CLASSES: tuple[str, ...] = (
    "quote_marks",
    "no_subject",
    "run_on",
    "boilerplate",
    "topline_opener",
    "repeats_topline",
    "quote_no_speaker",
    "big_number",
    "source_tag",
    "raw_code",
    "background",
    "generic_source",
    "number_marks",
    "bullet_pronoun",
    "background_now",
    "fragment",
    "shown_twice",
    "cut_sentence",
)

SECTIONS: tuple[str, ...] = (
    "topline",
    "3+ bullets",
    "crucial quote",
    "big number",
    "key background",
)


@dataclass(frozen=True)
class Defect:
    """One rule broken by one element (``element`` is ``topline``, ``bullet 2``, …)."""

    kind: str
    element: str
    text: str


def _terms(text: str) -> Counter[str]:
    return Counter(content_terms(text))


def _overlaps(a: tuple[Span, ...], b: tuple[Span, ...]) -> bool:
    return any(x.overlaps(y) for x in a for y in b)


def _sentence_checks(text: str, spans: tuple[Span, ...], article: str) -> list[str]:
    found = []
    if rules.unbalanced_quotes(text):
        found.append("quote_marks")
    if rules.starts_badly(text) or rules.starts_mid_sentence(article, spans):
        found.append("no_subject")
    if rules.boilerplate(text):
        found.append("boilerplate")
    if rules.raw_code(text):
        found.append("raw_code")
    if rules.fragment(text):
        found.append("fragment")
    if rules.cut_short(text) or rules.cut_mid_phrase(article, spans):
        found.append("cut_sentence")
    return found


def _run_on(text: str) -> bool:
    """Two sentences in one element: punctuated (:func:`rules.run_on`) or glued with no
    punctuation at all, a caption run into the lede (:func:`rules.glued_sentence`)."""
    return rules.run_on(text) or rules.glued_sentence(text) is not None


def _background_defect(
    brief: Brief, text: str, spans: tuple[Span, ...], date: str | None, published: dt.date | None
) -> bool:
    if rules.caption(text) or rules.quotation(text) or rules.glued_sentence(text) is not None:
        return True
    if rules.person_pronoun_opener(text) or rules.pronoun_or_connective_opener(text):
        return True
    topline = brief.topline
    if topline is not None and (
        _overlaps(spans, topline.spans)
        or cosine(_terms(text), _terms(topline.text)) >= rules.REPEAT_SIMILARITY
    ):
        return True  # the current story itself
    start = period_start(date) if date else None
    if start is not None and published is not None and start >= published:
        return True
    return not (past_signals(text) or is_past_of(date, published))


def _clause(article: str, spans: tuple[Span, ...]) -> str:
    return rules.clause_of(article, spans[0]) if spans else ""


def _as_date(published: dt.date | str | None) -> dt.date | None:
    """The publication date, from a date or the ISO text of a JSON record."""
    if published is None or isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def audit_brief(brief: Brief, article: str, published: dt.date | str | None = None) -> list[Defect]:
    """Every defect of one brief; ``article`` is the text its spans point into."""
    out: list[Defect] = []
    day = _as_date(published)

    def add(kinds: Iterable[str], element: str, text: str) -> None:
        out.extend(Defect(k, element, text) for k in kinds)

    topline = brief.topline
    if topline is not None:
        kinds = _sentence_checks(topline.text, topline.spans, article)
        kinds += ["run_on"] if _run_on(topline.text) else []
        leans = rules.pronoun_or_connective_opener(topline.text) or rules.additive(topline.text)
        kinds += ["topline_opener"] if leans else []
        add(kinds, "topline", topline.text)
    top_terms = _terms(topline.text) if topline is not None else Counter[str]()
    shown_before = (topline.text, topline.spans) if topline is not None else ("", ())
    seen: list[str] = []  # the elements shown before ``shown_before``
    for i, bullet in enumerate(brief.bullets, start=1):
        kinds = _sentence_checks(bullet.text, bullet.spans, article)
        if context.unresolved_pronoun(article, bullet.text, bullet.spans, shown_before, seen):
            kinds.append("bullet_pronoun")
        seen.append(shown_before[0])
        shown_before = (bullet.text, bullet.spans)
        kinds += ["run_on"] if _run_on(bullet.text) else []
        if topline is not None and (
            _overlaps(bullet.spans, topline.spans)
            or cosine(_terms(bullet.text), top_terms) >= rules.REPEAT_SIMILARITY
        ):
            kinds.append("repeats_topline")
        add(kinds, f"bullet {i}", bullet.text)
        source = bullet.attribution
        if source is not None and rules.bad_source(source.name):
            add(["source_tag"], f"bullet {i}", f"{source.name} | {bullet.text}")
        elif source is not None and context.generic_source(source.name, article, source.span):
            add(["generic_source"], f"bullet {i}", f"{source.name} | {bullet.text}")
    quote = brief.crucial_quote
    if quote is not None:
        kinds = []
        if unbalanced_marks(quote.text):  # ``…'' in wire copy is balanced
            kinds.append("quote_marks")
        if rules.starts_badly(quote.text):
            kinds.append("no_subject")  # a fragment ("now as ever a hard business …")
        if rules.boilerplate(quote.text):
            kinds.append("boilerplate")
        speaker = quote.speaker.name if quote.speaker is not None else ""
        if not speaker or speaker.lower() in rules.PRONOUNS:
            kinds.append("quote_no_speaker")
        elif rules.bad_source(speaker):
            add(["source_tag"], "crucial quote", f"{speaker} | {quote.text}")
        elif quote.speaker is not None and context.generic_source(
            speaker, article, quote.speaker.span
        ):
            add(["generic_source"], "crucial quote", f"{speaker} | {quote.text}")
        if any(rules.raw_code(t) for t in (quote.text, quote.context or "", quote.cue or "")):
            kinds.append("raw_code")
        shown = [b.spans for b in brief.bullets] + [k.spans for k in brief.key_background]
        shown += [topline.spans] if topline is not None else []
        if any(_overlaps(quote.spans, spans) for spans in shown):
            kinds.append("shown_twice")
        add(kinds, "crucial quote", quote.text)
    number = brief.big_number
    if number is not None:
        kinds = []
        # the figure's span: the first that is not the counted phrase, which may be written
        # before it ("a club record profit of £18.7million"; spans are in text order), nor
        # the verb written before the figure ("killed 224 people": ``BigNumber.done``)
        at = next(
            (
                s
                for s in number.spans
                if s.of(article) not in (number.counts or "") and s.of(article) != number.done
            ),
            number.spans[0] if number.spans else None,
        )
        figure = at.of(article) if at is not None else number.text
        if (
            rules.not_a_noun_phrase(number.counts)
            or rules.vague_figure(figure)
            or (at is not None and rules.negated_or_hedged(article, at))
            or (at is not None and rules.refers_back(article, at))
            or (at is not None and ratio_or_range(article, at))
        ):
            kinds.append("big_number")
        if any(context.stray_marks(s.of(article)) for s in number.spans) or (
            not number.spans and context.stray_marks(number.text)
        ):
            kinds.append("number_marks")
        first = (number.counts or "").split()[:1]
        if rules.raw_code(number.text) or (first and first[0].lower() in rules.VERB_START):
            kinds.append("raw_code")
        add(kinds, "big number", f"{number.text} | {_clause(article, number.spans)}")
    for i, item in enumerate(brief.key_background, start=1):
        if item.article_id is not None:
            continue  # spans into another article of the store
        kinds = _sentence_checks(item.text, item.spans, article)
        if item.date and rules.raw_code(item.date) and "raw_code" not in kinds:
            kinds.append("raw_code")
        if _background_defect(brief, item.text, item.spans, item.date, day):
            kinds.append("background")
        if context.current_event(item.text, item.date, day):
            kinds.append("background_now")
        add(kinds, f"background {i}", item.text)
    return out


_FRAGMENT = re.compile(r"(?:^|\s)[—–-]\s+(\w+)")


def audit_display(text: str, element: str = "page") -> list[Defect]:
    """``raw_code`` defects of any text a reader sees (a story timeline, a rendered page): a
    TimeML value, or a dash followed by a verb fragment ("Jan 2020 — comes")."""
    fragment = any(m.group(1).lower() in rules.VERB_START for m in _FRAGMENT.finditer(text))
    return [Defect("raw_code", element, text)] if rules.raw_code(text) or fragment else []


def audit_record(record: Mapping[str, Any]) -> list[Defect] | None:
    """The defects of one ``topline batch`` JSONL record (None when it holds no brief)."""
    result = record.get("result") or {}
    brief_doc, article = result.get("brief"), result.get("article") or {}
    if not brief_doc or "text" not in article:
        return None
    return audit_brief(from_dict(Brief, brief_doc), article["text"], article.get("published"))


def record_brief(record: Mapping[str, Any]) -> Brief | None:
    """The brief of one ``topline batch`` JSONL record, if it holds one."""
    brief_doc = (record.get("result") or {}).get("brief")
    return from_dict(Brief, brief_doc) if brief_doc else None


@dataclass
class Tally:
    """Defects per 100 briefs by class over one set of briefs."""

    briefs: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[Defect]] = field(default_factory=dict)
    #: How many defects of each class to keep as examples.
    keep: int = 3

    #: Briefs that have each section (so that a stricter brief cannot look better just by
    #: showing less): ``topline``, ``3+ bullets``, ``crucial quote``, ``big number``,
    #: ``key background``.
    sections: Counter[str] = field(default_factory=Counter)

    def add(self, defects: Iterable[Defect], brief: Brief | None = None) -> None:
        self.briefs += 1
        if brief is not None:
            self.sections.update(
                name
                for name, present in (
                    ("topline", brief.topline is not None),
                    ("3+ bullets", len(brief.bullets) >= 3),
                    ("crucial quote", brief.crucial_quote is not None),
                    ("big number", brief.big_number is not None),
                    ("key background", bool(brief.key_background)),
                )
                if present
            )
        for d in defects:
            self.counts[d.kind] += 1
            kept = self.examples.setdefault(d.kind, [])
            if len(kept) < self.keep:
                kept.append(d)

    def share(self, section: str) -> float:
        """Percent of briefs that have ``section``."""
        return 100.0 * self.sections[section] / self.briefs if self.briefs else 0.0

    def per_100(self, kind: str | None = None) -> float:
        total = self.counts[kind] if kind else sum(self.counts.values())
        return 100.0 * total / self.briefs if self.briefs else 0.0
