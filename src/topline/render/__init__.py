"""Every output of topline, in one room: what a brief, an extraction, a stored article or a
story looks like as Markdown, HTML or a JSON document.

- :mod:`topline.render.documents`: the JSON documents every shell returns (CLI, HTTP API,
  batch, Spark); one definition, so they cannot drift;
- :mod:`topline.render.brief`: a brief as Markdown, JSON or an HTML fragment;
- :mod:`topline.render.extraction`: an extraction as a Markdown or HTML table;
- :mod:`topline.render.stories`: search hits, story lists, one story, a stored article's notes.

Renderers only arrange what they are given (every sentence is the text of a grounded
element); they import the model only, never the analysis, the brief builders or the store.
To add an output format: add a function beside its siblings here, then a ``--format`` value
in the CLI command that prints it (``topline.cli``).
"""

from __future__ import annotations

from topline.render.brief import render
from topline.render.documents import (
    article_document,
    brief_document,
    extraction_document,
    stored_article_document,
)
from topline.render.extraction import render_extraction

__all__ = [
    "article_document",
    "brief_document",
    "extraction_document",
    "render",
    "render_extraction",
    "stored_article_document",
]
