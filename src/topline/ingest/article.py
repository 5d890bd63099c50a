"""One text → :class:`~topline.model.Article`: the path every reader ends in.

Every reader (plain text, HTML pages, feed entries, JSON records) ends here, so that spans
point into the final ``Article.text`` and the article keeps the map back to the text the
reader passed in (:attr:`Article.offsets`).
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import replace

from topline.dates import date_or_none, parse_date
from topline.errors import ExtractionError
from topline.ingest.clean import clean
from topline.ingest.text import (
    comparison_key,
    decode,
    normalise_mapped,
    require_content,
    require_length,
    scrub,
)
from topline.model import Article, RawKind


def article_id(text: str) -> str:
    """A stable id from the cleaned text, so the same article always gets the same id."""
    return hashlib.sha1(comparison_key(text).encode("utf-8")).hexdigest()[:16]


def article_from_text(
    raw: str | bytes,
    *,
    source: str = "<input>",
    published: datetime.date | str | None = None,
    title: str | None = None,
    url: str | None = None,
    raw_kind: RawKind = "text",
) -> Article:
    """Decode, normalise and clean one plain or scraped text into an Article.

    ``Article.raw`` is the input as decoded; normalisation (:func:`normalise_mapped`) runs
    once, here, on the whole input, and ``Article.text`` is made of pieces of the normalised
    text (see :mod:`topline.ingest.clean`). ``Article.offsets`` composes both steps: it maps
    every offset of ``text`` back into ``raw``. ``published`` (a date, or text read by
    :func:`topline.dates.parse_date`: BadDate when it is not a date) wins over a date line
    found in the text.
    """
    date = parse_date(published)
    # scrub: lone surrogates become U+FFFD one for one, so ``raw`` can be encoded anywhere
    # downstream and offsets into it still count the input's characters.
    decoded = scrub(decode(raw, source=source) if isinstance(raw, bytes) else raw)
    normalised, normalising = normalise_mapped(decoded)
    require_content(normalised, source=source)
    cleaned = clean(normalised)
    if not cleaned.text.strip():
        reasons = sorted({r.reason for r in cleaned.removed})
        raise ExtractionError(
            f"no article text left after removing page furniture ({', '.join(reasons)})",
            source=source,
        )
    require_length(cleaned.text, source=source)
    return Article(
        id=article_id(cleaned.text),
        text=cleaned.text,
        title=scrub(title) if title else cleaned.title,
        url=scrub(url) if url else None,
        published=date or date_or_none(cleaned.published),
        outlet=cleaned.outlet,
        byline=cleaned.byline,
        licensor=cleaned.licensor,
        raw_kind=raw_kind,
        source=scrub(source),
        raw=decoded,
        removed=cleaned.removed,
        offsets=cleaned.offsets.then(normalising),
    )


def with_page(article: Article, page: str) -> Article:
    """``article`` made from text extracted out of ``page`` (HTML): the page becomes ``raw``
    and the extracted text, which ``offsets`` indexes, is kept as ``extracted``."""
    if page == article.raw:
        return article
    return replace(article, raw=page, extracted=article.raw)
