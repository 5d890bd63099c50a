"""Markdown views of the store: search hits, story lists, one story, and a stored article's
notes (its story, the original it copies, its copies).

Like every renderer these only arrange what they are given: event texts are spans of their
own article's text; the store is read by the caller (``topline.cli.store``), not here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from topline.model import Article, Story
from topline.reader_dates import reader_date


class SearchHit(Protocol):
    """One search result (``topline.store.SearchHit``), as far as the view reads it."""

    @property
    def article_id(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def snippet(self) -> str: ...
    @property
    def published(self) -> str | None: ...
    @property
    def original_id(self) -> str | None: ...


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


def search_markdown(query: str, hits: Sequence[SearchHit]) -> str:
    lines = [f"{len(hits)} result(s) for {query!r}", ""]
    for h in hits:
        copy = f" (copy of {h.original_id})" if h.original_id else ""
        lines.append(f"- `{h.article_id}` {h.published or '—'} **{h.title or '(no title)'}**{copy}")
        lines.append(f"  {h.snippet}")
    return "\n".join(lines)


def story_line(s: Story, size: Mapping[str, int] | None = None) -> str:
    """One story in a list: id, dates, title, size and its main entities. ``size``: how many
    articles and copies the story holds (a listed story carries only its first few)."""
    when = s.first_published or "—"
    if s.last_published and s.last_published != s.first_published:
        when += f" … {s.last_published}"
    n_articles = len(s.article_ids) if size is None else size["articles"]
    n_copies = len(s.copies) if size is None else size["copies"]
    copies = f", {_count(n_copies, 'copy', 'copies')}" if n_copies else ""
    who = f" — {', '.join(s.entities[:4])}" if s.entities else ""
    return f"- `{s.id}` {when} **{s.title}** ({_count(n_articles, 'article', 'articles')}{copies}){who}"


def stories_markdown(
    stories: Sequence[Story], sizes: Sequence[Mapping[str, int]] | None = None
) -> str:
    """A list of stories; ``sizes`` (one per story, :func:`topline.pipeline.listed_stories`)
    say how many articles and copies each holds."""
    lines = [f"{len(stories)} stories", ""]
    for k, s in enumerate(stories):
        lines.append(story_line(s, None if sizes is None else sizes[k]))
    return "\n".join(lines)


def story_markdown(
    s: Story,
    article: Callable[[str], Article],
    original_of: Callable[[str], str | None],
) -> str:
    """One story: timeline (each event the span of its article), articles, copies.

    ``article`` and ``original_of`` look up stored articles (``Store.get_article`` and
    ``Store.original_of``).
    """
    lines = [f"# {s.title}", ""]
    if s.entities:
        lines += [f"**Who and where:** {', '.join(s.entities)}", ""]
    lines.append("## Timeline")
    for event, aid in zip(s.timeline, s.timeline_article_ids, strict=True):
        source = article(aid)
        text = source.text[event.span.start : event.span.end]
        when = event.when.value if event.when and event.when.value else None
        date = reader_date(when or source.published)
        lines.append(f"- {date} {text} (`{aid}` {event.span.start}:{event.span.end})")
    lines += ["", "## Articles"]
    for aid in s.article_ids:
        a = article(aid)
        lines.append(
            f"- `{a.id}` {a.published or '—'} {a.outlet or ''} **{a.title or '(no title)'}**"
        )
    if s.copies:
        lines += ["", "## Copies"]
        for aid in s.copies:
            a = article(aid)
            via = f" via {a.licensor}" if a.licensor else ""
            lines.append(
                f"- `{a.id}` {a.outlet or ''}{via} **{a.title or '(no title)'}** "
                f"(copy of `{original_of(aid)}`)"
            )
    return "\n".join(lines)


def stored_notes(
    story_id: str | None,
    original_id: str | None,
    copies: Sequence[Article],
    copies_total: int | None = None,
) -> str:
    """The lines ``topline show`` adds under a stored article's brief (``copies``: the
    first few; ``copies_total``: how many the store holds, when it holds more)."""
    notes = [f"_Story: `{story_id}`_" if story_id else ""]
    if original_id:
        notes.append(f"_Copy of `{original_id}`_")
    if copies:
        more = (copies_total or 0) - len(copies)
        rest = f" and {more} more" if more > 0 else ""
        notes.append("_Copies: " + ", ".join(f"`{c.id}`" for c in copies) + rest + "_")
    return "\n".join(n for n in notes if n)
