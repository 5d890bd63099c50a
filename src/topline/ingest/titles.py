"""Page titles without the site's suffix: ``Headline | DW | 19.01.2020`` → ``Headline``.

A ``<title>`` (and often ``og:title``) carries the outlet's name and sometimes a date around
the headline, joined by a separator (``|``, ``-``, ``–``, ``—``, ``::``, ``·``, ``»``). A
segment at either end is taken off when it names the site — it matches the page's site name
(``og:site_name``), the host's own label (``newsday`` in ``newsday.co.tt``, ``dw`` in
``dw.com``), or initials of the site name — or when it is a date. Nothing else is cut: a
headline with a dash of its own ("Lakers beat Celtics - again") keeps it, and the headline
found in the body, when the title starts with it, is the answer outright.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

#: A separator between headline and site segments (spaces around it are required, so that
#: hyphenated words and "3-2" scores are never split).
_SEPARATOR = re.compile(r"\s+(\||-|–|—|::|·|»|/)\s+")
#: A headline keeps at least this many words after its suffixes are cut.
MIN_TITLE_WORDS = 2
#: A site name is at most this many words ("Trinidad and Tobago Newsday").
MAX_SITE_WORDS = 6
#: What may follow a site's key in a title segment: its domain ending.
_DOMAIN_ENDINGS = frozenset({"com", "net", "org", "couk", "cott", "de", "fr", "in", "ng", "online"})
#: Host labels that say nothing about the site.
_GENERIC_LABELS = frozenset({"www", "m", "mobile", "amp", "news", "com", "org", "net", "co"})

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATE = re.compile(
    rf"""^(?:
        \d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}                      # 19.01.2020, 2020-01-19
      | (?:\w+,?\s+)?\d{{1,2}}\.?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}   # (Sunday,) 19 Jan 2020
      | (?:\w+,?\s+)?(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}      # (Sunday,) January 19, 2020
    )$""",
    re.I | re.X,
)


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _site_keys(site_names: Sequence[str | None], url: str | None) -> set[str]:
    keys = {_key(name) for name in site_names if name and _key(name)}
    for name in site_names:  # initials: "Deutsche Welle" -> "dw"
        words = [w for w in re.findall(r"[^\W\d_]+", name or "") if w[0].isupper()]
        if len(words) >= 2:
            keys.add("".join(w[0] for w in words).casefold())
    host = urlsplit(url).hostname if url else None
    if host:  # every label but the top-level domain: blog.givewell.org -> blog, givewell
        keys |= {_key(label) for label in host.split(".")[:-1] if label not in _GENERIC_LABELS}
    return {k for k in keys if len(k) >= 2}


def _names_site(segment: str, keys: set[str]) -> bool:
    """The segment is the site's name: equal to one of its keys, the key with a domain ending
    ("SpaceNews.com"), or a longer name ending with it ("Trinidad and Tobago Newsday")."""
    key = _key(segment)
    if not key:
        return True  # separators only
    for k in keys:
        if key == k or (key.startswith(k) and key[len(k) :] in _DOMAIN_ENDINGS):
            return True
        if len(k) >= 4 and key.endswith(k) and len(segment.split()) <= MAX_SITE_WORDS:
            return True
    return False


def clean_title(
    title: str | None,
    *,
    site_names: Sequence[str | None] = (),
    url: str | None = None,
    headline: str | None = None,
) -> str | None:
    """The title without the site's name or a date at its ends (see the module docstring)."""
    if not title:
        return title
    title = " ".join(title.split())
    if headline:
        shown = " ".join(headline.split())
        rest = title[len(shown) :]
        if title.casefold().startswith(shown.casefold()) and _SEPARATOR.match(rest):
            return shown
    pieces = _SEPARATOR.split(title)  # text, sep, text, sep, …
    keys = _site_keys(site_names, url)
    segments, seps = pieces[0::2], pieces[1::2]

    def cuttable(segment: str) -> bool:
        return bool(_DATE.match(segment.strip())) or _names_site(segment, keys)

    while len(segments) > 1 and cuttable(segments[-1]):
        segments.pop()
        seps.pop()
    while len(segments) > 1 and cuttable(segments[0]):
        segments.pop(0)
        seps.pop(0)
    kept = segments[0] + "".join(
        f" {sep} {seg}" for sep, seg in zip(seps, segments[1:], strict=True)
    )
    return kept if len(kept.split()) >= MIN_TITLE_WORDS else title
