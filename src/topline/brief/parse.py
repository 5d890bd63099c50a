"""Parser for articles already written in Topline form (Forbes' "Topline:" layout).

An article is in Topline form when a line starts with the label "Topline" (any case) followed
by a colon, a dash, the end of the line, or — when another section label with a colon is
present too — directly by its text. Markdown emphasis and heading marks around a label
("**Topline:**", "## Key facts") are read as part of the label. Every section is then read into the :class:`Brief`, with
spans into ``article.text`` that leave out labels and bullet markers:

- *Topline*: its first paragraph; bullets right after it (with no label) are Key facts.
- *Key facts*: bullets ("•", "-", "*", "1.", "(1)") or plain lines, one fact each.
- *Crucial quote*: the quotation with its marks, the speaker, the cue verb and the context.
- *Big number*: the value and what it counts ("3,000. That's how many …").
- *Key background*: one item per bullet or paragraph.
- The other Forbes sections and unknown "Short Label:" lines become ``extra_sections``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from topline.brief.parse_numbers import parse_big_number
from topline.brief.parse_sources import (
    CUES,
    attribution_for,
    fullest_name,
    source_kind,
    strip_titles,
)
from topline.lazy_re import lazy
from topline.model import (
    Analysis,
    Article,
    BackgroundItem,
    Brief,
    Bullet,
    CrucialQuote,
    Element,
    Section,
    Source,
    Span,
    join_spans,
)

#: The Forbes section labels (regex, case-insensitive) → section key.
KNOWN_LABELS: dict[str, str] = {
    r"top ?line": "topline",
    r"key facts?": "key_facts",
    r"crucial quotes?": "crucial_quote",
    r"big numbers?": "big_number",
    r"key background": "key_background",
    r"what to watch for": "What to watch for",
    r"tangent": "Tangent",
    r"surprising facts?": "Surprising fact",
    r"chief critics?": "Chief critic",
    r"contra": "Contra",
    r"news peg": "News peg",
    r"what we don[’']?t know": "What we don't know",
    r"further reading": "Further reading",
}
#: Display labels of the core sections, for a repeated core section kept as an extra one.
_DISPLAY = {
    "topline": "Topline",
    "key_facts": "Key facts",
    "crucial_quote": "Crucial quote",
    "big_number": "Big number",
}
#: An unknown section label: a short capitalised phrase at a line start, then a colon.
UNKNOWN_LABEL_WORDS = 4

_KNOWN = re.compile(
    r"^(?:#{1,6}\s+|[*_]{1,2})?(?P<label>" + "|".join(f"(?:{p})" for p in KNOWN_LABELS) + r")"
    r"(?:[*_]{1,2})?(?P<sep>\s*[:：]\s*|\s+[—–-]\s+|\s*$|\s+(?=\S))(?:[*_]{1,2}\s*)?",
    re.IGNORECASE,
)
_UNKNOWN = re.compile(
    rf"^(?:#{{1,6}}\s+|[*_]{{1,2}})?(?P<label>[A-Z][A-Za-z’'-]*(?: [A-Za-z’'-]+){{0,{UNKNOWN_LABEL_WORDS - 1}}})"
    r"(?:[*_]{1,2})?(?P<sep>\s*:\s*)(?:[*_]{1,2}\s*)?(?=\S|$)"
)
_BULLET = re.compile(r"^(?:[•·▪◦‣●■*\-–—]|\d{1,2}[.)]|\(\d{1,2}\))\s+")
#: A quotation between a pair of marks of the same kind. A curly or straight apostrophe
#: inside a word ("Parents’ frustration", "don't") does not close a single-quoted one.
_END = r"(?=[\s,.;:!?)—–-]|$)"
_QUOTES = (
    lazy(r"“(?P<content>[^“”]{3,})”"),
    lazy(r'"(?P<content>[^"]{3,})"' + _END),
    lazy(r"«(?P<content>[^«»]{3,})»"),
    lazy(r"‘(?P<content>(?:[^‘’]|’(?=[\w\s]))+?)’" + _END),
    lazy(r"(?<!\w)'(?P<content>(?:[^']|'(?=\w))+?)'" + _END),
)
_NAME = r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}|he|she|they|He|She|They)"
#: Lower-case words before a name that describe the speaker ("coast guard commander").
_DESCRIPTOR = r"(?:(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){1,4}(?=[A-Z]))?"
_AFTER_QUOTE = lazy(
    rf"\s*,?\s*(?:{_DESCRIPTOR}(?P<speaker>{_NAME})(?:,[^,]{{1,120}},)?\s+(?P<cue>{CUES})|"
    rf"(?P<cue2>{CUES})\s+{_DESCRIPTOR}(?P<speaker2>{_NAME}))\b\s*(?P<context>[^.;]*)"
)
_BEFORE_QUOTE = lazy(
    rf"(?P<speaker>{_NAME})(?:,[^,]{{1,120}},)?\s+(?P<cue>{CUES})\b\s*(?P<context>[^“\"]*?)[,:]?\s*$"
)


@dataclass
class _Section:
    key: str  # a KNOWN_LABELS value, or the label as written for unknown labels
    label: str
    lines: list[Span] = field(default_factory=list)  # content lines; empty Span = blank line


def _lines(text: str) -> list[Span]:
    """Every line as a span trimmed of white space (blank lines as empty spans)."""
    out, offset = [], 0
    for chunk in text.split("\n"):
        start, end = offset, offset + len(chunk)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append(Span(start, end))
        offset += len(chunk) + 1
    return out


def _find_topline(text: str, lines: list[Span]) -> int | None:
    """The index of the line that opens the Topline, or None if the article has none."""
    labelled = 0
    first: tuple[int, bool] | None = None
    for i, line in enumerate(lines):
        match = _KNOWN.match(text[line.start : line.end])
        if not match:
            continue
        strong = (
            not match["sep"].isspace()
            or match.end() == len(match.string)
            or _is_capital_label(match["label"])
        )
        labelled += strong and KNOWN_LABELS_KEY(match["label"]) != "topline"
        if first is None and KNOWN_LABELS_KEY(match["label"]) == "topline":
            first = (i, strong)
    if first is None or not (first[1] or labelled):
        return None
    return first[0]


def _is_capital_label(label: str) -> bool:
    """ "TOPLINE The city …": a label set in capitals needs no colon (prose never opens so)."""
    return label.isupper() and len(label) > 3


def KNOWN_LABELS_KEY(label: str) -> str:  # noqa: N802 - reads as a table lookup
    for pattern, key in KNOWN_LABELS.items():
        if re.fullmatch(pattern, label, re.IGNORECASE):
            return key
    return label


def _sections(text: str, lines: list[Span], start: int) -> list[_Section]:
    sections: list[_Section] = []
    for i, line in enumerate(lines[start:]):
        content = text[line.start : line.end]
        known = _KNOWN.match(content)
        unknown = _UNKNOWN.match(content) if not _BULLET.match(content) else None
        colonless = known is not None and known["sep"].strip() == "" and known.end() < len(content)
        # Labels that prose could also start with need a blank line before them.
        after_blank = i == 0 or len(lines[start + i - 1]) == 0
        if known and (
            i == 0
            or not colonless
            or _is_capital_label(known["label"])
            or (content[:1].isupper() and after_blank)
        ):
            sections.append(_Section(KNOWN_LABELS_KEY(known["label"]), known["label"]))
            rest = Span(line.start + known.end(), line.end)
        elif unknown and i > 0 and after_blank:
            sections.append(_Section(unknown["label"], unknown["label"]))
            rest = Span(line.start + unknown.end(), line.end)
        else:
            rest = line
        sections[-1].lines.append(rest)
    return sections


def _paragraphs(lines: list[Span]) -> list[list[Span]]:
    out: list[list[Span]] = [[]]
    for line in lines:
        if len(line) == 0:
            if out[-1]:
                out.append([])
        else:
            out[-1].append(line)
    return [p for p in out if p]


def _bullets(text: str, lines: list[Span]) -> list[list[Span]]:
    """Groups of line spans, one group per fact, bullet markers left out."""
    marked = any(_BULLET.match(text[s.start : s.end]) for s in lines if len(s))
    groups: list[list[Span]] = []
    previous_blank = True
    for line in lines:
        if len(line) == 0:
            previous_blank = True
            continue
        marker = _BULLET.match(text[line.start : line.end])
        span = Span(line.start + marker.end(), line.end) if marker else line
        if marker or not marked or previous_blank or not groups:
            groups.append([span])
        else:
            groups[-1].append(span)
        previous_blank = False
    return [g for g in groups if any(len(s) for s in g)]


def _element(text: str, spans: list[Span]) -> Element:
    return Element(text=join_spans(text, spans), spans=tuple(spans))


def _speaker(text: str, mention: Span, quote: Span, analysis: Analysis | None) -> Source | None:
    raw = text[mention.start : mention.end]
    bare = strip_titles(raw)
    if bare != raw and raw.endswith(bare):
        mention, raw = Span(mention.end - len(bare), mention.end), bare
    if analysis is not None:
        for q in analysis.quotes:
            if q.span.overlaps(quote) and q.speaker is not None and q.speaker.name[:1].isupper():
                name = fullest_name(q.speaker.name, text, analysis)
                return Source(
                    name=name, span=q.speaker.span, cluster=q.speaker.cluster, kind="person"
                )
    if raw.casefold() in {"he", "she", "they"}:
        return Source(name=raw, span=mention, kind="person")
    name = fullest_name(raw, text, analysis)
    cluster = None
    if analysis is not None:
        cluster = next(
            (c.id for c in analysis.clusters if any(m.overlaps(mention) for m in c.mentions)), None
        )
    kind = source_kind(name, analysis, mention)
    return Source(name=name, span=mention, cluster=cluster, kind=kind)


def _quotations(text: str, block: Span) -> list[Span]:
    """The quotations of ``block`` in text order, of the first kind of marks that has any
    (double quotes before single ones, which are also apostrophes)."""
    for pattern in _QUOTES:
        found = [Span(m.start(), m.end()) for m in pattern().finditer(text, block.start, block.end)]
        if found:
            return found
    return []


def _crucial_quote(text: str, lines: list[Span], analysis: Analysis | None) -> CrucialQuote | None:
    """The section's quotation, whole: every quoted piece of its first paragraph (a quote
    broken by its attribution, "“A,” she said. “B.”", is one quotation), with the speaker
    and context from the attribution around the first piece."""
    spans = [s for s in lines if len(s)]
    if not spans:
        return None
    block = Span(spans[0].start, spans[-1].end)
    pieces = _quotations(text, block)
    if not pieces:
        return CrucialQuote(text=join_spans(text, spans), spans=tuple(spans))
    quote = pieces[0]
    after = _AFTER_QUOTE().match(text, quote.end, pieces[1].start if len(pieces) > 1 else block.end)
    before = _BEFORE_QUOTE().search(text, block.start, quote.start)
    found = after or before
    speaker = cue = context = None
    context_span = None
    if found is not None:
        group = "speaker" if found["speaker"] else "speaker2"
        mention = Span(found.start(group), found.end(group))
        speaker = _speaker(text, mention, quote, analysis)
        cue = found["cue"] or found["cue2"] if found is after else found["cue"]
        ctx = found["context"].strip()
        if ctx:
            start = found.start("context") + (
                len(found["context"]) - len(found["context"].lstrip())
            )
            context, context_span = ctx, Span(start, start + len(ctx))
    return CrucialQuote(
        text=join_spans(text, pieces),
        spans=tuple(pieces),
        speaker=speaker,
        cue=cue,
        context=context,
        context_span=context_span,
    )


#: Sections every Topline-form story has: when the parse finds none, it says so even
#: without a label (a page whose Key facts list was lost on the way has lost the label too).
_ALWAYS = ("topline", "bullets")
#: The section key of each labelled core section.
_SECTION_OF_LABEL = {
    "key_facts": "bullets",
    "crucial_quote": "crucial_quote",
    "big_number": "big_number",
    "key_background": "key_background",
}


def _unrecovered(found: dict[str, bool], labelled: set[str]) -> tuple[str, ...]:
    """Core sections the article has (always, or by a label) that the parse could not read."""
    expected = set(_ALWAYS) | {_SECTION_OF_LABEL[k] for k in labelled if k in _SECTION_OF_LABEL}
    return tuple(key for key, ok in found.items() if key in expected and not ok)


def parse_topline(article: Article, analysis: Analysis | None = None) -> Brief | None:
    """The Topline sections of ``article`` with their spans, or None if it is not in that form."""
    text = article.text
    lines = _lines(text)
    start = _find_topline(text, lines)
    if start is None:
        return None
    topline: Element | None = None
    bullets: list[Bullet] = []
    quote: CrucialQuote | None = None
    number = None
    background: list[BackgroundItem] = []
    extra: list[Section] = []

    def add_bullets(groups: list[list[Span]]) -> None:
        for group in groups:
            whole = Span(group[0].start, group[-1].end)
            bullets.append(
                Bullet(
                    text=join_spans(text, group),
                    spans=tuple(group),
                    attribution=attribution_for(text, whole, analysis),
                )
            )

    labelled: set[str] = set()
    for section in _sections(text, lines, start):
        labelled.add(section.key)
        paragraphs = _paragraphs(section.lines)
        if not paragraphs:
            continue
        if section.key == "topline" and topline is None:
            first: list[Span] = []
            for line in paragraphs[0]:
                if _BULLET.match(text[line.start : line.end]):
                    break
                first.append(line)
            topline = _element(text, first) if first else None
            rest = section.lines[section.lines.index(first[-1]) + 1 :] if first else section.lines
            add_bullets(_bullets(text, rest))
        elif section.key == "key_facts":
            add_bullets(_bullets(text, section.lines))
        elif section.key == "crucial_quote" and quote is None:
            quote = _crucial_quote(text, section.lines, analysis)
        elif section.key == "big_number" and number is None:
            number = parse_big_number(text, paragraphs[0])
        elif section.key == "key_background":
            for group in _bullets(text, section.lines):
                background.append(BackgroundItem(text=join_spans(text, group), spans=tuple(group)))
        else:
            label = _DISPLAY.get(
                section.key, section.key if section.key in KNOWN_LABELS.values() else section.label
            )
            spans = [s for p in paragraphs for s in p]
            extra.append(Section(label=label, text=join_spans(text, spans), spans=tuple(spans)))
    found = {
        "topline": topline is not None,
        "bullets": bool(bullets),
        "crucial_quote": quote is not None,
        "big_number": number is not None,
        "key_background": bool(background),
    }
    return Brief(
        article_id=article.id,
        topline=topline,
        bullets=tuple(bullets),
        crucial_quote=quote,
        big_number=number,
        key_background=tuple(background),
        extra_sections=tuple(extra),
        missing=_unrecovered(found, labelled),
        mode="parsed",
        title=article.title,
    )
