"""StoryBrief → Markdown, JSON or an HTML fragment, every fact with the outlets that report it.

Credits read as a newsroom writes them: ``first reported by Harbor Daily; also Lakeside Wire,
Coast Tribune``; a figure that outlets give differently reads ``15 workers (Coast Tribune) ·
12 workers (Harbor Daily, Lakeside Wire)``. The only words of the renderer's own are labels and credits.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from topline.model import Figure, Report, StoryBrief, StoryNumber, StoryQuote, to_dict, to_json
from topline.reader_dates import reader_date
from topline.render.brief import names_speaker


def credit_line(reports: Sequence[Report | Mapping[str, Any]] | None) -> str:
    """``Harbor Daily`` for one outlet; ``first reported by A; also B, C`` for several.

    ``reports`` may be :class:`Report` objects or their JSON form (dicts with ``outlet``, as
    the web page's template gets them from the API's document): the page and the Markdown
    then word credits by this one function (it is the template's ``credit_line`` filter)."""
    outlets = [r["outlet"] if isinstance(r, Mapping) else r.outlet for r in reports or ()]
    if not outlets:
        return ""
    if len(outlets) == 1:
        return outlets[0]
    return f"first reported by {outlets[0]}; also {', '.join(outlets[1:])}"


def conflict_groups(figures: Sequence[Figure | Mapping[str, Any]] | None) -> list[tuple[str, str]]:
    """The other figures given for a Big number, one per value, each with every outlet giving
    it (``[("12 workers", "Harbor Daily, Lakeside Wire")]``): "12 dead (AP, CNN) · 15
    (Reuters)", not one item per outlet. Takes :class:`Figure` objects or their JSON form (the
    page's ``conflict_groups`` filter)."""
    groups: dict[float, tuple[str, list[str]]] = {}
    for f in figures or ():
        text, outlet, value = (
            (f["text"], f["outlet"], f["value"])
            if isinstance(f, Mapping)
            else (f.text, f.outlet, f.value)
        )
        groups.setdefault(value, (text, []))[1].append(outlet)
    return [(text, ", ".join(dict.fromkeys(outlets))) for text, outlets in groups.values()]


def number_credit(number: StoryNumber) -> str:
    """``15 workers (Coast Tribune) · 12 workers (Harbor Daily, Lakeside Wire)`` when outlets
    disagree; ``· updated 8 March 2025: Nine climbers (Mountain Post)`` when a later article
    gives the figure as an update."""
    line = f"{number.text} ({credit_line(number.reports)})"
    for text, outlets in conflict_groups(number.conflicts):
        line += f" · {text} ({outlets})"
    return line + update_line(number.update)


def update_line(update: Figure | Mapping[str, Any] | None) -> str:
    """`` · updated <day>: <figure> (<outlet>)``, or "" (also takes the JSON form: the page's
    ``update_line`` filter)."""
    if not update:
        return ""
    text, outlet, day = (
        (update["text"], update["outlet"], update.get("published"))
        if isinstance(update, Mapping)
        else (update.text, update.outlet, update.published)
    )
    return f" · updated {reader_date(day)}: {text} ({outlet})"


def _quote_line(quote: StoryQuote) -> str:
    who = quote.speaker.name if quote.speaker else None
    person = quote.speaker is not None and quote.speaker.kind == "person"
    named = who is not None and names_speaker(quote.text, who, person=person)
    line = quote.text + (f" — {who}" if who and not named else "")
    return f"{line} *({credit_line(quote.reports)})*"


def story_brief_document(brief: StoryBrief) -> dict[str, Any]:
    """The JSON document of a story brief (``kind`` tells it from an article's brief)."""
    return {"kind": "story_brief", **to_dict(brief)}


def render_story_json(brief: StoryBrief) -> str:
    return to_json(story_brief_document(brief))


def render_story_markdown(brief: StoryBrief) -> str:
    lines: list[str] = []
    if brief.title:
        lines += [f"# {brief.title}", ""]
    if brief.since:
        lines += [f"_What's new since {reader_date(brief.since)}._", ""]
        if brief.topline is None and not brief.facts:
            lines += [f"_Nothing new since {reader_date(brief.since)}._", ""]
    if brief.topline is not None:
        who = credit_line(brief.topline.reports)
        lines += [f"**Topline:** {brief.topline.text} *({who})*", ""]
    for fact in brief.facts:
        lines.append(f"- {fact.text} *({credit_line(fact.reports)})*")
    if brief.facts:
        lines.append("")
    if brief.crucial_quote is not None:
        lines += [f"**Crucial quote:** {_quote_line(brief.crucial_quote)}", ""]
    if brief.big_number is not None:
        conflict = " **(outlets disagree)**" if brief.big_number.conflicts else ""
        lines += [f"**Big number:** {number_credit(brief.big_number)}{conflict}", ""]
    if brief.key_background:
        lines.append("**Key background:**")
        for item in brief.key_background:
            who = f" *({item.outlet})*" if item.outlet else ""
            lines.append(f"- ({item.date or 'undated'}) {item.text}{who}")
        lines.append("")
    if brief.outlets:
        lines += [f"_{len(brief.article_ids)} articles from {', '.join(brief.outlets)}._", ""]
    if brief.missing:
        lines += [f"_Not supported by the story's articles: {', '.join(brief.missing)}._", ""]
    return "\n".join(lines).rstrip() + "\n"


def _spans_attr(spans: Sequence[Any]) -> str:
    return escape(",".join(f"{s.article_id}:{s.start}-{s.end}" for s in spans), quote=True)


def render_story_html(brief: StoryBrief) -> str:
    """A fragment; every text escaped, spans (``article:start-end``) as data attributes."""
    out = ['<article class="topline-brief story-brief">']
    if brief.title:
        out.append(f"<h1>{escape(brief.title)}</h1>")
    if brief.since:
        out.append(f'<p class="since">What\'s new since {escape(reader_date(brief.since))}</p>')
        if brief.topline is None and not brief.facts:
            out.append(f'<p class="since">Nothing new since {escape(reader_date(brief.since))}</p>')
    if brief.topline is not None:
        t = brief.topline
        out.append(
            f'<p class="topline" data-spans="{_spans_attr(t.spans)}"><strong>Topline:</strong> '
            f'{escape(t.text)} <span class="source">({escape(credit_line(t.reports))})</span></p>'
        )
    if brief.facts:
        out.append('<ul class="bullets">')
        for f in brief.facts:
            out.append(
                f'<li data-spans="{_spans_attr(f.spans)}">{escape(f.text)} '
                f'<span class="source">({escape(credit_line(f.reports))})</span></li>'
            )
        out.append("</ul>")
    if brief.crucial_quote is not None:
        q = brief.crucial_quote
        who = escape(q.speaker.name) if q.speaker else ""
        out.append(
            f'<blockquote class="crucial-quote" data-spans="{_spans_attr(q.spans)}">'
            f"<strong>Crucial quote:</strong> {escape(q.text)} — {who} "
            f'<span class="source">({escape(credit_line(q.reports))})</span></blockquote>'
        )
    if brief.big_number is not None:
        n = brief.big_number
        flag = ' class="big-number conflict"' if n.conflicts else ' class="big-number"'
        out.append(
            f'<p{flag} data-spans="{_spans_attr(n.spans)}"><strong>Big number:</strong> '
            f"{escape(number_credit(n))}</p>"
        )
    if brief.key_background:
        out.append('<section class="key-background"><h2>Key background</h2><ul>')
        for item in brief.key_background:
            out.append(
                f'<li data-spans="{_spans_attr(item.spans)}">({escape(item.date or "undated")}) '
                f"{escape(item.text)}</li>"
            )
        out.append("</ul></section>")
    out.append("</article>")
    return "\n".join(out) + "\n"


STORY_RENDERERS = {
    "md": render_story_markdown,
    "json": render_story_json,
    "html": render_story_html,
}


def render_story_brief(brief: StoryBrief, fmt: str) -> str:
    return STORY_RENDERERS[fmt](brief)
