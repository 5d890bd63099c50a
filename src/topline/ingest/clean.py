"""Scraped-text cleaning: breadcrumbs, repeated titles, share lines, syndication footers.

First version (a stub that keeps the text); the foundation issue fills it. What is removed is
reported as :class:`~topline.model.Removal` so nothing a user gave is lost silently, and
footers become metadata (byline, outlet, licensor).
"""

from __future__ import annotations

from dataclasses import dataclass

from topline.model import Removal


@dataclass(frozen=True)
class Cleaned:
    text: str
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    licensor: str | None = None
    published: str | None = None
    removed: tuple[Removal, ...] = ()


def clean(raw: str) -> Cleaned:
    """Separate the article body from page cruft and footers."""
    return Cleaned(text=raw.strip())
