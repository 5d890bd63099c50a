"""Brief → Markdown (the Topline layout), JSON (every span) or a standalone HTML fragment.

Renderers only arrange what the brief holds: every sentence they print is the ``text`` of a
grounded element; the only words of their own are section labels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from html import escape
from typing import Any

from topline.model import Article, BigNumber, Brief, CrucialQuote, Source, to_json
from topline.reader_dates import reader_date
from topline.render.documents import brief_document

SECTION_LABELS = {
    "topline": "Topline",
    "bullets": "Key facts",
    "crucial_quote": "Crucial quote",
    "big_number": "Big number",
    "key_background": "Key background",
}


def missing_labels(missing: Sequence[str], bullets_shown: int) -> list[str]:
    """The reader's names of the sections the text could not support. Bullets are "missing"
    when fewer than the brief's minimum were found; with some shown, the note says more
    were not found ("more than 2 Key facts"), not that there are none."""
    return [
        f"more than {bullets_shown} Key fact{'s' if bullets_shown > 1 else ''}"
        if m == "bullets" and bullets_shown
        else SECTION_LABELS.get(m, m)
        for m in missing
    ]


def _source_name(source: Source | None) -> str | None:
    return source.name if source is not None else None


#: How the Topline of a page in its writer's voice is introduced ("Ann Lee argues: …").
WRITER_VERBS = {
    "opinion": "argues",
    "review": "writes in a review",
    "analysis": "writes in an analysis",
    "first_person": "recounts",
}


def topline_credit(brief: Brief) -> tuple[str, str | None]:
    """What goes before the Topline and who is credited after it: on a page in its writer's
    own voice the writer introduces it ("Ann Lee argues: ", :mod:`topline.brief.page_kind`);
    another source credited for it is named after it, as for a bullet."""
    who = brief.topline_attribution
    if who is None:
        return "", None
    if who.kind == "writer":
        name = who.name[:1].upper() + who.name[1:]  # "The writer argues: …"
        return f"{name} {WRITER_VERBS.get(brief.page_kind, 'writes')}: ", None
    return "", who.name


def render_json(brief: Brief, article: Article | None = None) -> str:
    return to_json(brief_document(brief, article))


def render_markdown(brief: Brief, article: Article | None = None) -> str:
    lines: list[str] = []
    title = brief.title or (article.title if article else None)
    if title:
        lines += [f"# {title}", ""]
    if brief.topline is not None:
        before, who = topline_credit(brief)
        after = f" *(source: {who})*" if who else ""
        lines += [f"**Topline:** {before}{typeset_pairs(brief.topline.text)}{after}", ""]
    for bullet in brief.bullets:
        who = _source_name(bullet.attribution)
        text = typeset_pairs(bullet.text)
        lines.append(f"- {text}" + (f" *(source: {who})*" if who else ""))
    if brief.bullets:
        lines.append("")
    if brief.crucial_quote is not None:
        lines += [f"**Crucial quote:** {quote_line(brief.crucial_quote)}", ""]
    if brief.big_number is not None:
        lines += [f"**Big number:** {number_line(brief.big_number)}", ""]
    if brief.key_background:
        lines.append("**Key background:**")
        for item in brief.key_background:
            when = f"({reader_date(item.date)}) " if item.date else ""
            lines.append(f"- {when}{typeset_pairs(item.text)}")
        lines.append("")
    for section in brief.extra_sections:
        lines += [f"**{section.label}:** {section.text}", ""]
    lines += _metadata_lines(article)
    if brief.missing:
        names = ", ".join(missing_labels(brief.missing, len(brief.bullets)))
        why = (
            "Not recovered from the article"
            if brief.mode == "parsed"
            else "Not supported by the source"
        )
        lines += [f"_{why}: {names}._", ""]
    if brief.mode == "parsed":
        lines += ["_The article is already in Topline form; its own sections are shown._", ""]
    return "\n".join(lines).rstrip() + "\n"


#: A quotation that ends on the comma its attribution follows ("“…,” she said").
_ENDS_ON_COMMA = re.compile(r",[\"”’']{1,2}$")


#: A context that reads without the verb of saying: where or when it was said ("in a speech
#: to his cabinet", "on Wednesday", "Tuesday"), not the verb's object ("the newspaper").
_READS_ALONE = re.compile(
    r"(?:in|at|on|during|after|before|from|via|while|when|as|outside|inside|ahead of|"
    r"earlier|later|last|this|yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b"
)


#: A context that goes on with a participle ("adding, “…”", "referencing the period …",
#: "recalling the meeting …"): after the cue it takes a comma, as in the article. The
#: words in -ing that are prepositions or nouns ("during a speech", "according to") do not.
_GOES_ON = re.compile(
    r"(?!(?:during|according|morning|evening|nothing|something|anything|everything|thing|"
    r"spring|king|bring|sing|ring|wing|string)\b)[a-z]{2,}ing\b"
)
#: A context that is a relative clause about the speaker ("who writes about the credit
#: industry"): it follows the name, before the verb ("…,” John Roe, who writes about …,
#: said."), never after the verb ("John Roe said who writes …").
_ABOUT_SPEAKER = re.compile(r"(?:who|whose)\b")


#: A quotation in double marks (or a typewriter pair, ``…''), or a whole text in single
#: marks: the speaker's own words.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|``[\s\S]*?''|^[‘'][\s\S]*[’']$")


#: Words after a surname that are no surname ("Martin Luther King Jr.").
_NAME_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


def names_speaker(text: str, who: str, *, person: bool = False, cue: str | None = None) -> bool:
    """The quote's text already names the speaker outside the quotation (its cue is part of
    it); a name inside the quotation ("… the MWW team …") is the speaker's own word.

    The narration's surname names them too, for a ``person`` anywhere outside the quotation,
    and for any speaker when it is the subject of the quote's own ``cue`` ("Fiorina told",
    "said Fiorina": the recogniser may have read the person as an organisation): a quotation
    interrupted by its speech clause ("“…,” Trump said. “…”") is whole with that clause, and
    "— Donald Trump" after it says the name twice. Otherwise an organisation's last word is
    no surname ("House" of "White House" is a word of other names: "the House clerk said")."""
    outside = _QUOTED.sub(" ", text)
    if who in outside:
        return True
    words = [w for w in who.split() if w not in _NAME_SUFFIXES]
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    surname = rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])"
    if person:
        return re.search(surname, outside) is not None
    verb = (cue or "").strip().split(" ")[0]
    if not verb.isalpha():
        return False
    subject = rf"{surname}\s+{re.escape(verb)}\b|\b{re.escape(verb)}\s+{surname}"
    return re.search(subject, outside) is not None


#: A typewriter pair that opens a quotation: at the start or after a space or bracket.
_PAIR_OPENS = re.compile(r"``|(?:^|(?<=[\s(\[]))''")


#: A sentence that quotes in typewriter pairs: a wire's ``, or the archive's '' opening a
#: word (at the start or after a space or bracket).
_HAS_PAIRS = re.compile(r"``|(?:^|(?<=[\s(\[]))''(?=\w)")


def typeset_pairs(text: str) -> str:
    """Quotations set in typewriter pairs (``…'' on the 1990s wires, ''…'' in the NYT's
    archive) typeset with the curly marks they stand for, for the Markdown line a person
    reads: the Crucial quote, and since the seventeenth session the Topline, bullets and Key
    background that quote inside them ("Dole said ``we will win'' …"). The element's
    ``text`` and spans stay verbatim (the JSON and the page show the source's own marks); a
    text that never opens a pair is left as it is (two apostrophes alone are not a mark)."""
    if not _HAS_PAIRS.search(text):
        return text
    return _PAIR_OPENS.sub("“", text).replace("''", "”")


def quote_line(q: CrucialQuote) -> str:
    """The quote, then its speaker, their role when the article gives it, and where or when
    it was said: "“…” — Adel Abdul-Mahdi, Iraq's prime minister (in a speech …)". The verb
    of saying is never shown after the dash: "— One major donor (told the newspaper)" reads
    as a slip, and a context that is the verb's object ("the newspaper") is left out too.

    A quotation that ends on a comma was written to be followed by its attribution, so it is
    shown that way ("“…attacks,” Adel Abdul-Mahdi said in a speech to his cabinet
    Wednesday."): after a dash, "“…,” —" reads as a sentence cut off."""
    q = replace(q, text=typeset_pairs(q.text))
    who = _source_name(q.speaker)
    named = f"{who}, {q.role}" if who and q.role else who
    person = q.speaker is not None and q.speaker.kind == "person"
    if (
        who
        and q.cue
        and not names_speaker(q.text, who, person=person, cue=q.cue)
        and _ENDS_ON_COMMA.search(q.text)
    ):
        cue = q.cue.strip().rstrip(":,")
        if cue.lower().startswith("according"):
            said = f"{cue} {named}"
        elif q.role:
            said = f"{named}, {cue}"
        elif q.context and _ABOUT_SPEAKER.match(q.context):
            return f"{q.text} {who}, {q.context.rstrip(' ,.')}, {cue}."
        else:
            said = f"{who} {cue}"
        # "said, adding, “…”": a participle that goes on to more words takes its comma
        joint = ", " if q.context and _GOES_ON.match(q.context) else " "
        line = f"{q.text} {said}" + (f"{joint}{q.context}" if q.context else "")
        return line if re.search(r"[.!?][\"”’']*$", line) else line + "."
    line = q.text
    if who and not names_speaker(q.text, who, person=person, cue=q.cue):
        line += f" — {named}"
    if not q.context or not _READS_ALONE.match(q.context):
        # the line names the speaker (and role), never the verb of saying: "(said)",
        # "(told the newspaper)" after a name read as a slip; "(the newspaper)" says nothing
        return line
    return line + f" ({q.context})"


def number_line(n: BigNumber) -> str:
    """The figure, then what it counts: "3,000 — additional U.S. troops deployed …",
    "£18.7million — club record profit" (a phrase written before the figure), "224 — people
    killed" (a verb written before the figure, ``done``: "killed 224 people")."""
    text = n.text
    if n.done and text.startswith(n.done + " ") and n.counts and text.endswith(n.counts):
        text = text[len(n.done) :].lstrip()
        after = f" {n.done}"
    else:
        after = ""
    if n.counts and text.endswith(n.counts) and len(text) > len(n.counts):
        figure = text[: -len(n.counts)].rstrip(" :.—-")
        if figure:
            return f"{figure} — {n.counts}{after}"
    if n.counts and text.startswith(n.counts) and len(text) > len(n.counts):
        # the phrase is written before the figure ("a club record profit of £18.7million",
        # "banned … for at least two years"): the figure still comes first
        figure = text[len(n.counts) :].strip(" :.—-")
        if figure:
            return f"{figure} — {n.counts}"
    return n.text


def _metadata_lines(article: Article | None) -> list[str]:
    if article is None:
        return []
    parts = [
        f"{label}: {value}"
        for label, value in (
            ("By", article.byline),
            ("Outlet", article.outlet),
            ("Licensed through", article.licensor),
            ("Published", article.published),
        )
        if value
    ]
    return [f"_{' · '.join(parts)}_", ""] if parts else []


def render_html(brief: Brief, article: Article | None = None) -> str:
    """A standalone fragment; every text is escaped, spans ride along as data attributes."""

    def spans_attr(spans: tuple[Any, ...]) -> str:
        return escape(",".join(f"{s.start}-{s.end}" for s in spans), quote=True)

    out = ['<article class="topline-brief">']
    title = brief.title or (article.title if article else None)
    if title:
        out.append(f"<h1>{escape(title)}</h1>")
    if brief.topline is not None:
        before, who = topline_credit(brief)
        src = f' <span class="source">({escape(who)})</span>' if who else ""
        out.append(
            f'<p class="topline" data-spans="{spans_attr(brief.topline.spans)}">'
            f"<strong>Topline:</strong> {escape(before)}{escape(brief.topline.text)}{src}</p>"
        )
    if brief.bullets:
        out.append('<ul class="bullets">')
        for b in brief.bullets:
            who = _source_name(b.attribution)
            src = f' <span class="source">({escape(who)})</span>' if who else ""
            out.append(f'<li data-spans="{spans_attr(b.spans)}">{escape(b.text)}{src}</li>')
        out.append("</ul>")
    if brief.crucial_quote is not None:
        q = brief.crucial_quote
        out.append(
            f'<blockquote class="crucial-quote" data-spans="{spans_attr(q.spans)}">'
            f"<strong>Crucial quote:</strong> {escape(quote_line(q))}</blockquote>"
        )
    if brief.big_number is not None:
        n = brief.big_number
        out.append(
            f'<p class="big-number" data-spans="{spans_attr(n.spans)}">'
            f"<strong>Big number:</strong> {escape(n.text)}</p>"
        )
    if brief.key_background:
        out.append('<section class="key-background"><h2>Key background</h2><ul>')
        for item in brief.key_background:
            out.append(f'<li data-spans="{spans_attr(item.spans)}">{escape(item.text)}</li>')
        out.append("</ul></section>")
    for section in brief.extra_sections:
        out.append(
            f'<p class="section" data-spans="{spans_attr(section.spans)}">'
            f"<strong>{escape(section.label)}:</strong> {escape(section.text)}</p>"
        )
    out.append("</article>")
    return "\n".join(out) + "\n"


RENDERERS = {"md": render_markdown, "json": render_json, "html": render_html}


def render(brief: Brief, fmt: str, article: Article | None = None) -> str:
    return RENDERERS[fmt](brief, article)
