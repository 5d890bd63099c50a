"""Markdown and HTML views of an extraction (JSON is the reference output)."""

from __future__ import annotations

from html import escape

from topline.model import Analysis


def _rows(analysis: Analysis) -> list[tuple[str, str, str]]:
    text = analysis.article.text
    rows: list[tuple[str, str, str]] = []
    for c in analysis.clusters:
        rows.append(("entity", c.canonical, f"{c.label}, {len(c.mentions)} mention(s)"))
    for q in analysis.quotes:
        who = q.speaker.name if q.speaker else "?"
        rows.append((f"quote ({q.kind})", q.content_span.of(text), who))
    for a in analysis.attributions:
        rows.append(("attribution", a.claim_span.of(text), a.source.name))
    for n in analysis.quantities:
        rows.append(("quantity", n.span.of(text), f"{n.value:g} {n.counts or ''}".strip()))
    for t in analysis.timexes:
        rows.append((f"timex ({t.type})", t.span.of(text), t.value or "unresolved"))
    for e in analysis.events:
        actor = e.actor.name if e.actor else "?"
        rows.append(("event", e.span.of(text), f"{actor} — {e.action} — {e.target or ''}"))
    return rows


def render_extraction(analysis: Analysis, fmt: str) -> str:
    rows = _rows(analysis)
    if fmt == "html":
        body = "".join(
            f"<tr><td>{escape(k)}</td><td>{escape(t)}</td><td>{escape(v)}</td></tr>"
            for k, t, v in rows
        )
        return f'<table class="topline-extraction"><tr><th>kind</th><th>text</th><th>value</th></tr>{body}</table>'
    lines = ["| kind | text | value |", "|---|---|---|"]
    lines += [f"| {k} | {t.replace('|', '/')} | {v.replace('|', '/')} |" for k, t, v in rows]
    return "\n".join(lines)
