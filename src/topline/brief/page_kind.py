"""What kind of page the article is: news, or a page in its writer's own voice (an opinion
column, a review, an analysis, a first-person account), from signals the page itself gives.

Why: a column's Topline passes every sentence rule and is still the writer's argument, not a
fact; shown bare, the brief states an opinion as news. No rule on one sentence can tell, but
the page says what it is. The signals, strongest first, each documented by its publisher:

- the HTML page's own metadata, read with lxml and :mod:`json` (not searched as text: a
  script's string or an article's words are no metadata): Open Graph's ``article:opinion`` (``true``), a section or
  category meta tag (``article:section``, ``parsely-section``, ``section``, ``category``)
  naming Opinion, Commentary, Op-Ed, Editorial, Column(s), Letters, Review(s) or Analysis,
  and schema.org's ``OpinionNewsArticle`` / ``ReviewNewsArticle`` / ``AnalysisNewsArticle``
  types or ``articleSection`` in the page's JSON-LD;
- a label in the title ("Opinion: …", "Op-Ed | …", "… | Commentary", "Pixel 4 review: …",
  "Dune review – …");
- a section in the URL's path (``/opinion/``, ``/commentary/``, ``/columnists/``,
  ``/reviews/``, ``/analysis/``);
- for any text, the first person singular outside quotation marks in a large share of its
  sentences (:data:`FIRST_PERSON_SHARE`): a testimony or a diary told by its writer.

The brief does not refuse such a page: it credits the Topline and every bullet no source is
credited for to the writer (:func:`writer_source`), and says which kind the page is
(``Brief.page_kind``), so that "X argues …" is what the reader sees (docs/brief.md). An
interview printed as questions and answers (at least :data:`QA_MIN_QUESTIONS` paragraphs
opening with "Q:") is told by its layout: what is shown from an answer is credited to the
interviewee (who that is, the layout does not say; "the interviewee" is always right).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from topline.brief.quote_rules import outside_quotes
from topline.brief.voice_rules import FIRST_PERSON
from topline.model import Article, Source, Span

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: The kinds a page can be; every kind but "news" and "qa" is the writer's own voice, and a
#: "qa" page (an interview printed as questions and answers) is in its interviewee's.
KINDS = ("news", "opinion", "review", "analysis", "first_person", "qa")

#: Section and category names, as pages write them, for each kind but news.
_SECTION_WORDS = (
    (
        "opinion",
        re.compile(
            r"(?:opinions?|commentary|comment(?: is free)?|op-?eds?|editorials?|columns?|"
            r"columnists?|letters?(?: to the editor)?|viewpoints?|(?:guest )?essays?)",
            re.I,
        ),
    ),
    ("review", re.compile(r"(?:[\w&'’-]+ ){0,2}reviews?", re.I)),
    ("analysis", re.compile(r"(?:news )?analysis", re.I)),
)
#: The meta tags that name a page's section or category (``property`` or ``name``): Open
#: Graph's ``article:section``, Parse.ly's, and the plain names.
_SECTION_KEY = re.compile(
    r"(?:article:section|og:article:section|parsely-section|sailthru\.section|section|"
    r"category|categories|article\.section)",
    re.I,
)
#: A tag (``article:tag``) that is a kind's own name: tags also name topics ("budget
#: review"), so only these words, whole.
_TAG_KINDS = {
    "opinion": "opinion",
    "op-ed": "opinion",
    "column": "opinion",
    "commentary": "opinion",
    "editorial": "opinion",
    "review": "review",
    "reviews": "review",
}
#: schema.org's article types for a page in its writer's voice, in the page's JSON-LD.
_LD_TYPES = {
    "OpinionNewsArticle": "opinion",
    "ReviewNewsArticle": "review",
    "AnalysisNewsArticle": "analysis",
}
#: How much of a page's markup is searched for its metadata: pages put meta tags after a
#: ``</head>`` that a script wrote, or in the body, so the whole start of the page.
HEAD_CHARS = 400_000

#: A label that opens or closes a title: "Opinion: …", "OP-ED | …", "… | Commentary".
_TITLE_LABEL = re.compile(
    r"^\s*(?P<open>opinion|op-?ed|commentary|column|editorial|analysis|news analysis|review)"
    r"\s*[:|–—]\s|"
    r"\s[|–—-]\s*(?P<close>opinion|op-?ed|commentary|column|editorial|analysis)\s*$",
    re.I,
)
#: A review's title: the thing reviewed, then "review" in lower case and a colon or a dash
#: ("Pixel 4 review: …", "Dune review – a feast …"); "The Space Review: …" is a name.
_TITLE_REVIEW = re.compile(r"\S\s+review\s*(?:[:–—]|\s-)\s")
#: A section of the URL's path.
_URL_SECTION = re.compile(
    r"/(?P<opinion>opinions?|commentary|op-?eds?|editorials?|columns?|columnists?|letters)/|"
    r"/(?P<review>reviews?)/|/(?P<analysis>analysis)/",
    re.I,
)
#: The first person singular, the writer speaking of themselves.
_FIRST_PERSON = FIRST_PERSON
#: A text is a first-person account when at least this share of its sentences, and
#: :data:`FIRST_PERSON_MIN` of them, have the first person singular outside quotation marks.
FIRST_PERSON_SHARE = 0.3
#: A quotation mark: a double one, or a single one that opens a word (not an apostrophe).
_QUOTATION_MARK = re.compile(r"[\"“”«»]|(?:^|(?<=\s))['‘](?=\w)")
FIRST_PERSON_MIN = 4
#: A byline longer than this (in words) or with a digit is no name to credit.
MAX_BYLINE_WORDS = 6


#: A question's label opening a paragraph: "Q:", "Q.", "Question:", or a "Q" whose label
#: lost its mark and space in extraction ("QThere's a lot …").
_QUESTION_LABEL = re.compile(r"^\W{0,2}(?:Q|Question)\s*[:.)–—-]\s*\S|^\W{0,2}Q(?=[A-Z][a-z])")
#: A page is a Q&A when at least this many paragraphs open with a question's label.
QA_MIN_QUESTIONS = 3


@dataclass(frozen=True, slots=True)
class PageKind:
    """The page's kind (one of :data:`KINDS`) and the signal that said so."""

    kind: str
    signal: str | None = None


NEWS = PageKind("news")
#: Who an answer of a Q&A page is credited to.
INTERVIEWEE = Source(name="the interviewee", kind="interviewee")


def _section_kind(value: str) -> str | None:
    """The kind a section or category name stands for ("Opinion", "Opinion/Columnists",
    "Film reviews"), or None."""
    for part in re.split(r"\s*[/>|,;»]\s*|\s+-\s+", value.strip()):
        for kind, words in _SECTION_WORDS:
            if words.fullmatch(part.strip()):
                return kind
    return None


def _page_tree(html: str) -> HtmlElement | None:
    """The start of the page (:data:`HEAD_CHARS`) parsed by lxml, or None when lxml finds no
    document in it. lxml is imported here: only an HTML page's brief needs it."""
    import lxml.etree
    import lxml.html

    head = html[:HEAD_CHARS]
    try:
        return lxml.html.document_fromstring(head)
    except ValueError:  # a str with an XML encoding declaration: lxml wants its bytes
        return lxml.html.document_fromstring(head.encode("utf-8"))
    except lxml.etree.ParserError:  # nothing but whitespace or comments
        return None


def _json_ld(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every object of the page's JSON-LD blocks, nested ones and ``@graph`` members
    included; a block that is not valid JSON (pages ship some) is passed over."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                yield item
                stack.extend(reversed(list(item.values())))
            elif isinstance(item, list):
                stack.extend(reversed(item))


def _ld_types(item: dict[str, Any]) -> list[str]:
    """The ``@type`` of a JSON-LD object, as a list (schema.org allows one or several)."""
    value = item.get("@type")
    return [value] if isinstance(value, str) else [v for v in value or () if isinstance(v, str)]


def _metadata_kind(html: str) -> PageKind | None:
    """The kind the page's own metadata states: its meta tags, then its JSON-LD (read by
    lxml and :mod:`json`, as the page's publisher wrote them)."""
    tree = _page_tree(html)
    if tree is None:
        return None
    tagged: PageKind | None = None
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or "").strip()
        content = meta.get("content")
        if not name or content is None:
            continue
        if name.lower() == "article:opinion" and content.strip().lower() == "true":
            return PageKind("opinion", "meta article:opinion")
        if _SECTION_KEY.fullmatch(name) and (kind := _section_kind(content)):
            return PageKind(kind, f"meta {name}")
        if name.lower() == "article:tag" and (kind := _TAG_KINDS.get(content.lower())):
            tagged = tagged or PageKind(kind, "meta article:tag")
    objects = list(_json_ld(tree))
    for item in objects:
        for type_ in _ld_types(item):
            if type_ in _LD_TYPES:
                return PageKind(_LD_TYPES[type_], f"JSON-LD {type_}")
    for item in objects:
        section = item.get("articleSection")
        first = section[0] if isinstance(section, list) and section else section
        if isinstance(first, str) and (kind := _section_kind(first)):
            return PageKind(kind, "JSON-LD articleSection")
    return tagged


def _title_kind(title: str) -> PageKind | None:
    if (label := _TITLE_LABEL.search(title)) is not None:
        word = (label.group("open") or label.group("close")).lower()
        kind = "review" if word == "review" else "analysis" if "analysis" in word else "opinion"
        return PageKind(kind, "title label")
    if _TITLE_REVIEW.search(title):
        return PageKind("review", "title label")
    return None


#: A section's label on a line of its own near the top of a text (a feed or archive copy
#: keeps it: "LETTERS.", "OPINION."): readers' letters, or a column.
_TEXT_LABEL = re.compile(
    r"^\W{0,2}(?:(?P<letters>letters(?: to the editor)?|readers['’]? (?:letters|views)|"
    r"your (?:letters|views))|(?P<opinion>opinion|op-?ed|commentary|editorial|column))\W{0,2}$",
    re.I,
)
#: How many paragraphs from the top such a label may stand at (after the headline).
LABEL_PARAGRAPHS = 3
#: The signal of a page of readers' letters: each letter is credited to its signer.
LETTERS = "letters label"
#: A letter's signature on a line of its own: a name of two to five capitalised words
#: ("Heather T. Remoff.") or a handle ("@RetiringOne."); the place on the next line.
_SIGNATURE = re.compile(r"(?:[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){1,4}|@\w{2,30})")
#: How many paragraphs after an element its letter's signature may come.
MAX_LETTER_PARAGRAPHS = 6


def _label_kind(text: str, paragraphs: Sequence[Span]) -> PageKind | None:
    for paragraph in paragraphs[:LABEL_PARAGRAPHS]:
        found = _TEXT_LABEL.match(paragraph.of(text))
        if found is not None:
            return PageKind("opinion", LETTERS if found["letters"] else "section label")
    return None


def letter_signer(text: str, paragraphs: Sequence[Span], spans: Sequence[Span]) -> Source | None:
    """Who signed the letter an element of a letters page is from: the first signature
    (:data:`_SIGNATURE`) among the paragraphs after the element's, with its span."""
    if not spans:
        return None
    at = bisect_right([p.start for p in paragraphs], spans[0].start)
    for paragraph in paragraphs[at : at + MAX_LETTER_PARAGRAPHS]:
        line = paragraph.of(text).rstrip(". ")
        if _SIGNATURE.fullmatch(line):
            return Source(
                name=line, span=Span(paragraph.start, paragraph.start + len(line)), kind="writer"
            )
    return None


def _url_kind(url: str) -> PageKind | None:
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    found = _URL_SECTION.search(path)
    if found is None or found.lastgroup is None:
        return None
    return PageKind(found.lastgroup, "URL section")


def first_person(
    text: str,
    sentences: Sequence[Span],
    quoted: Sequence[Span],
    paragraphs: Sequence[Span] = (),
) -> bool:
    """The writer tells the text in the first person singular (:data:`FIRST_PERSON_SHARE`).
    Counted only in a sentence's words outside the quotations the analysis found
    (``quoted``) and outside quotation marks, and only in paragraphs with no quotation mark
    at all: an interview's quotations run over several sentences, and only the first opens
    with a mark ("'It was the whole occasion that got to me. I was just thinking …'")."""
    if not _enough_first_person(text, sentences):
        return False  # most texts: too few sentences say "I" even counting quotations
    marked = [p for p in paragraphs if _QUOTATION_MARK.search(p.of(text))]
    quoted = sorted(quoted)
    mine = 0
    for sentence in sentences:
        if any(p.overlaps(sentence) for p in marked):
            continue
        parts, at = [], sentence.start
        for q in quoted:
            if q.overlaps(sentence):
                parts.append(text[at : max(at, q.start)])
                at = max(at, min(q.end, sentence.end))
        parts.append(text[at : sentence.end])
        mine += bool(_FIRST_PERSON.search(outside_quotes(" ".join(parts))))
    return mine >= FIRST_PERSON_MIN and mine >= FIRST_PERSON_SHARE * len(sentences)


def _enough_first_person(text: str, sentences: Sequence[Span]) -> bool:
    """Whether enough sentences could be in the first person (:func:`first_person`'s
    thresholds) counting quotations too: an upper bound from one search of the whole text,
    so that the sentence-by-sentence count runs only on the few texts that pass it (its
    cost on every news text was most of the page kind's, issue #19)."""
    need = max(FIRST_PERSON_MIN, FIRST_PERSON_SHARE * len(sentences))
    starts = [s.start for s in sentences]
    seen: set[int] = set()
    for match in _FIRST_PERSON.finditer(text):
        at = bisect_right(starts, match.start()) - 1
        if at >= 0 and match.start() < sentences[at].end:
            seen.add(at)
            if len(seen) >= need:
                return True
    return False


def questions(text: str, paragraphs: Sequence[Span]) -> list[int]:
    """The indices of the paragraphs that open with a question's label
    (:data:`_QUESTION_LABEL`), when at least :data:`QA_MIN_QUESTIONS` do; else none."""
    found = [i for i, p in enumerate(paragraphs) if _QUESTION_LABEL.match(p.of(text))]
    return found if len(found) >= QA_MIN_QUESTIONS else []


def answers(text: str, paragraphs: Sequence[Span]) -> list[Span]:
    """The answers of a Q&A page: each run of paragraphs after a question's labelled
    paragraph up to the next (:func:`questions`); none on other pages."""
    asked = questions(text, paragraphs)
    found: list[Span] = []
    for i, q in enumerate(asked):
        end = asked[i + 1] if i + 1 < len(asked) else len(paragraphs)
        if q + 1 < end:
            found.append(Span(paragraphs[q + 1].start, paragraphs[end - 1].end))
    return found


#: A speaker's label opening an answer: "Mara Quint:", "QUINT:", "Dr. Lee:" (two to four
#: capitalised words, or one in capitals), not the layout's own "A:" / "Answer:"; matched at the
#: answer's start (``match`` with a position anchors there).
_SPEAKER_LABEL = re.compile(
    r"\W{0,2}(?P<name>(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+\S"
)
_LAYOUT_LABELS = frozenset({"A", "Answer", "Q", "Question"})


def answerer(text: str, answer: Span) -> Source:
    """Who gives an answer of a Q&A page: the speaker's label that opens it ("Mara Quint:
    We opened …"), with the label's span, else "the interviewee" (:data:`INTERVIEWEE`)."""
    label = _SPEAKER_LABEL.match(text, answer.start, answer.end)
    if label is None or label["name"] in _LAYOUT_LABELS:
        return INTERVIEWEE
    name = label["name"]
    if len(name.split()) < 2 and not (name.isupper() and len(name) >= 3):
        return INTERVIEWEE  # "Yes: …", "Well: …": one capitalised word names no one
    return Source(
        name=label["name"], span=Span(label.start("name"), label.end("name")), kind="person"
    )


def page_kind(
    article: Article,
    sentences: Sequence[Span] = (),
    quoted: Sequence[Span] = (),
    paragraphs: Sequence[Span] = (),
) -> PageKind:
    """The page's kind: its metadata, its title's label, its URL's section, then the first
    person of its sentences; news when none says otherwise."""
    if article.raw_kind == "html" and article.raw:
        found = _metadata_kind(article.raw)
        if found is not None:
            return found
    if article.title and (found := _title_kind(article.title)) is not None:
        return found
    for url in (article.url, article.canonical_url):
        if url and (found := _url_kind(url)) is not None:
            return found
    if (found := _label_kind(article.text, paragraphs)) is not None:
        return found
    if answers(article.text, paragraphs):
        return PageKind("qa", "questions and answers")
    if first_person(article.text, sentences, quoted, paragraphs):
        return PageKind("first_person", "first person")
    return NEWS


#: A word that ends a byline's name: the writer's role or desk, or the outlet's own words
#: ("Tom Gillespie News reporter", "Ann Lee Staff Writer", "Detroit News wire services").
_BYLINE_TAIL = re.compile(
    r"(?:news|staff|international|reporter|correspondent|editor|writer|contributor|"
    r"columnist|published|wire|wires|media|agency|press|online|digital|desk|"
    # a date run on after the name ("Malcolm Owen Monday, November 11"); months that are
    # also first names (April, May, June, August) are left out
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|september|october|november|december)",
    re.I,
)


def byline_name(byline: str, outlet: str | None = None) -> str | None:
    """The writer's name a byline opens with, without the role, desk or outlet that some
    pages' bylines run on into ("Finian Cunningham Sputnik International" on SputnikInt's
    page is Finian Cunningham): the words up to a role or desk word (:data:`_BYLINE_TAIL`),
    or, after two words of name, up to a word the outlet's name starts with. None when what
    is left is no name of two words or more, or is the outlet's own name; the byline as it
    is when nothing was cut."""
    words = byline.split()
    outlet_key = re.sub(r"\W", "", outlet or "").lower()
    for i, word in enumerate(words):
        key = re.sub(r"\W", "", word).lower()
        tail = _BYLINE_TAIL.fullmatch(key) is not None
        of_outlet = i >= 2 and len(key) >= 3 and outlet_key.startswith(key)
        if tail or of_outlet:
            name = " ".join(words[:i]) if i >= 2 else None
            break
    else:
        name = byline
    if name and outlet_key and re.sub(r"\W", "", name).lower() in outlet_key:
        return None  # "Harbour Post" on The Harbour Post's page: the outlet, no writer
    if name and ";" in name:  # "Ann Lee; Tom Roe": two writers, written as a reader reads
        names = [n.strip() for n in name.split(";") if n.strip()]
        name = " and ".join(names) if len(names) == 2 else ", ".join(names)
    return name


def writer_source(article: Article) -> Source:
    """Who a page in its writer's voice is credited to: the byline's name
    (:func:`byline_name`) when it reads as one (no digit, at most :data:`MAX_BYLINE_WORDS`
    words), else "the writer"; with no span, as the byline is the page's metadata, not its
    text."""
    byline = byline_name((article.byline or "").strip(), article.outlet)
    if byline and not re.search(r"\d", byline) and len(byline.split()) <= MAX_BYLINE_WORDS:
        return Source(name=byline, kind="writer")
    return Source(name="the writer", kind="writer")
