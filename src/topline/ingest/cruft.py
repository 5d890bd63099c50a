"""The rules of scraped-text cleaning, in one place: what page cruft and footers look like.

Each rule is a regular expression with a reason (the ``Removal.reason`` it produces) and,
for footers, the metadata it yields. :mod:`topline.ingest.clean` decides where each family
applies (head of the page, anywhere, a line's tail); this module only says what matches.

Families
--------
- *boilerplate lines* (anywhere, short lines only): share/print bars, advertising labels,
  "Read more"/"Related", sign-up and subscribe prompts, cookie notices, image captions and
  photo credits, skip links.
- *head lines* (before the body starts): breadcrumbs, "By NAME" bylines, press-release
  markers, date lines (see :mod:`topline.ingest.datelines`).
- *footers* (match inside a line, removed from the match to the line's end): syndication
  notes ("… licensed through the NewsCred publisher network"), "Distributed by …",
  copyright notices, Reuters credit lines, "contributed to this report", press-release
  "SOURCE" lines, contact blocks and end marks (###, -30-).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from topline.ingest.datelines import date_line, parse_date
from topline.lazy_re import lazy

__all__ = ["date_line", "parse_date"]  # re-exported: the rules' one namespace for clean.py

#: Lines longer than this (in words) are never boilerplate: real sentences are kept.
MAX_BOILERPLATE_WORDS = 15
#: Footer lines may be longer (copyright notices with usage terms).
MAX_FOOTER_WORDS = 60
#: Breadcrumb trails are at most this many words.
MAX_BREADCRUMB_WORDS = 6

_I = re.IGNORECASE

# --- boilerplate lines --------------------------------------------------------------------

_SHARE_WORDS = frozenset(
    "share shares sharing tweet email e-mail print facebook twitter x linkedin whatsapp "
    "pinterest reddit flipboard messenger telegram copy link save comment comments "
    "this article story on via|".split()
)

_SHARE_FILLER = frozenset("this article story on via |".split())

BOILERPLATE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "advertisement",
        re.compile(
            r"^\(?(?:advertisement|advertising|ad|sponsored(?: content)?|paid content|"
            r"story continues (?:below|after) (?:this |the )?(?:advertisement|ad)|"
            r"continue reading(?: the main story| below)?)\)?\.?$",
            _I,
        ),
    ),
    (
        "read more",
        re.compile(
            r"^(?:read more|read next|read also|also read|related(?: articles?| stories| coverage"
            r"| content| links)?|recommended(?: for you)?|see also|more (?:from|on) .{1,40}|"
            r"most (?:read|popular|viewed)|trending(?: now)?|more stories|top stories)\b"
            r"\s*(?:[:»›>|–—-].*)?$",
            _I,
        ),
    ),
    (
        "sign-up prompt",
        re.compile(
            r"^(?:(?:sign up|subscribe)(?: now| today| here)?(?=\W*$|.{0,60}\b(?:newsletters?|"
            r"alerts|briefings?|inbox|digest)\b)|"
            r"get (?:our|the) .{0,40}newsletter|"
            r"join (?:our|the) .{0,40}(?:newsletter|list|community)|follow (?:us|@?[\w.]+) on|"
            r"click here|download (?:our|the) .{0,20}app|log ?in|sign in|register now|"
            r"create (?:a |your )?(?:free )?account|already a subscriber|support (?:our|us))\b",
            _I,
        ),
    ),
    (
        "cookie notice",
        re.compile(
            r"\bcookies?\b.*\b(?:use|accept|policy|consent|settings|preferences|agree)\b|"
            r"\b(?:accept|manage|use|policy|consent)\b.*\bcookies?\b",
            _I,
        ),
    ),
    (
        "image caption",
        re.compile(
            r"^(?:image|photo|video|media|picture) (?:caption|copyright|source|credit)\b|"
            r"^(?:caption|photo|photograph|picture|image|credit|photo credit|file photo)\s*:|"
            r"^\(?(?:photo|image|picture)s? (?:by|courtesy(?: of)?)\b",
            _I,
        ),
    ),
    (
        "navigation",
        re.compile(
            r"^(?:skip to (?:main )?content|skip navigation|jump to .{1,30}|back to top|menu|"
            r"search|close|\d+ min(?:ute)?s? read|listen to (?:this )?(?:article|story).*|"
            r"loading\.*|print this (?:page|article)|font size|text size)$",
            _I,
        ),
    ),
)

#: Player notices glued before the text that follows them on the page; only they are cut.
PREFIX_NOTICE = re.compile(
    r"^media playback is (?:unsupported|not supported) on (?:your|this) device", _I
)
#: Social network names that, three or more in a row, make a share bar even when glued
#: together ("Share this withEmailFacebookMessengerTwitter").
SOCIAL_NAMES = re.compile(
    r"email|facebook|messenger|twitter|pinterest|whatsapp|linkedin|reddit|telegram|copy link",
    _I,
)

#: Longer lines that end with a photo credit are text: only the credit is cut.
MAX_CAPTION_WORDS = 40
#: A caption line ends with a photo credit in parentheses: "(AP Photo/Evan Vucci)".
PHOTO_CREDIT_TAIL = re.compile(
    r"\((?:[\w. ]{0,20}\b)?(?:photo|photograph|image|picture|file)s?\b[^()]{0,80}\)\.?$|"
    r"\([^()]{1,80}/\s*(?:getty images|afp|reuters|ap|epa|bloomberg|shutterstock|"
    r"alamy|zuma|sipa|upi)[^()]{0,40}\)\.?$",
    _I,
)


def share_bar(line: str) -> bool:
    """A line made only of share/print/social words ("Share Tweet Email", "Print | Email")."""
    words = re.findall(r"[\w@.+-]+", line.casefold())
    if len(SOCIAL_NAMES.findall(line)) >= 3 and len(words) <= MAX_BOILERPLATE_WORDS:
        return True
    return (
        bool(words)
        and len(words) <= 8
        and all(w in _SHARE_WORDS for w in words)
        and any(w not in _SHARE_FILLER for w in words)
    )


def boilerplate_reason(line: str) -> str | None:
    """The reason a short line is page furniture rather than article text, or None."""
    words = len(line.split())
    if words > MAX_BOILERPLATE_WORDS:
        credit = words <= MAX_CAPTION_WORDS and PHOTO_CREDIT_TAIL.search(line)
        return "image caption" if credit else None
    if share_bar(line):
        return "share bar"
    for reason, pattern in BOILERPLATE:
        if pattern.search(line):
            return reason
    if PHOTO_CREDIT_TAIL.search(line):
        return "image caption"
    return None


# --- head lines ---------------------------------------------------------------------------

_NAV_SEP = r"[>»›/|•·]"
#: "Home > World > Middle East", "News / Politics", or a "Home …" run of Title-case words.
BREADCRUMB_LINE = re.compile(
    rf"^(?:[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){{0,3}}\s*{_NAV_SEP}\s*)+"
    rf"[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){{0,3}}$|"
    r"^Home(?: [A-Z&][\w&'’-]*){0,5}$"
)
#: A prefix of Title-case navigation words glued before a title ("Home Global News ").
BREADCRUMB_PREFIX = re.compile(
    rf"^(?:[A-Z][\w&'’-]*\s*(?:{_NAV_SEP}\s*)?){{1,{MAX_BREADCRUMB_WORDS}}}$"
)

_NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:de|da|del|der|van|von|al|el|bin|le|la|du|dos)(?=\s))"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
BYLINE = lazy(rf"^By:?\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)(?P<rest>.*)$")
#: Words that end a byline's list of names: roles and outlets, not people.
_BYLINE_STOP = frozenset(
    "staff writer writers reporter reporters correspondent correspondents editor editors "
    "contributor contributors columnist senior associate associated chief press news times post "
    "journal wire agency reuters bloomberg ap afp cnn bbc forbes".split()
)


def byline_names(line: str) -> str | None:
    """The people of a "By NAME, NAME and NAME, Staff Writer" line, or None."""
    if len(line.split()) > 16:
        return None
    match = BYLINE().match(line)
    if not match:
        return None
    names: list[str] = []
    for part in re.split(r"\s*(?:,|\band\b|&)\s*", match["names"]):
        words = part.split()
        stop = next(
            (i for i, w in enumerate(words) if w.casefold().strip(".") in _BYLINE_STOP), None
        )
        if stop is not None:
            if stop > 0:
                names.append(" ".join(words[:stop]))
            break
        if words:
            names.append(" ".join(words))
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


PRESS_RELEASE_MARK = re.compile(r"^(?:for immediate release|embargoed until .*|news release)$", _I)

# --- footers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Footer:
    """A footer rule: where it starts in a line, why it goes, and what metadata it yields."""

    reason: str
    pattern: re.Pattern[str]
    metadata: Callable[[re.Match[str]], dict[str, str]]
    #: An extra check on the line and the match, for patterns that prose could also match.
    guard: Callable[[str, re.Match[str]], bool] | None = None


def _groups(*names: str) -> Callable[[re.Match[str]], dict[str, str]]:
    def extract(match: re.Match[str]) -> dict[str, str]:
        found = {}
        for name in names:
            value = match.groupdict().get(name)
            if value:
                found[name] = value.strip().rstrip(".,;").strip()
        return found

    return extract


def _reuters_credit(match: re.Match[str]) -> dict[str, str]:
    credits = match["credits"]
    people = re.search(r"(?:^|;)\s*(?:Reporting|Writing) by ([^;)]+)", credits, _I)
    if not people:
        return {}
    names = re.sub(r"\s+in\s+[A-Z][\w .'-]*$", "", people.group(1).strip())
    return {"byline": names}


def _credit_guard(line: str, match: re.Match[str]) -> bool:
    """A credit line is in parentheses, lists several roles, or stands alone and short."""
    credits = match["credits"]
    return (
        match.group(0).lstrip().startswith("(")
        or len(re.findall(r"\bby\b", credits, _I)) >= 2
        or (match.start() == 0 and len(line.split()) <= 10)
    )


def _copyright_holder(match: re.Match[str]) -> dict[str, str]:
    """The holder of "© 2020 X" or "Copyright X 2020", without the year."""
    notice = match.string[match.start() :]
    if not re.search(r"(?:19|20)\d\d|rights reserved|copyright", notice, _I):
        return {}  # "© Reuters" under a photo credits the picture, not the article
    holder = re.sub(r",?\s*(?:19|20)\d\d\.?$", "", match["outlet"].strip()).strip(" ,;")
    return {"outlet": holder} if holder else {}


_ORG = r"[A-Z0-9][^\n]*?"
#: Where a copyright holder's name ends: a full stop before the next sentence, or the end.
_HOLDER_END = r"(?=\s*(?:[.,;]\s*(?:all rights|some rights|visit|distributed|this material|used|reprinted|licensed|\Z)|(?<!\b[A-Z])[.;]\s+[A-Z]|\.?\s*\Z))"

FOOTERS: tuple[Footer, ...] = (
    Footer(
        "syndication footer",
        re.compile(
            r"This (?:article|story|content|piece) was (?:written|produced|reported|created) by "
            r"(?P<byline>.+?) (?:from|for|of|at) (?P<outlet>.+?) and was (?:legally )?"
            r"licensed (?:through|via|by) (?:the )?(?P<licensor>[A-Z][\w&.' -]*?)"
            r"(?: publisher network| network| content network)?(?=[.,;]|\s*$)",
        ),
        _groups("byline", "outlet", "licensor"),
    ),
    Footer(
        "syndication footer",
        re.compile(
            r"(?:^|(?<=[.!?”\"] ))(?:(?:Distributed|Syndicated|Licensed|Provided) (?:by|through) "
            r"(?P<licensor>[A-Z][\w&.' -]*?)(?:,? (?:LLC|Inc|Ltd|Co)\.?)?)(?=[.,;]|\s*$)",
        ),
        _groups("licensor"),
    ),
    Footer(
        "copyright notice",
        re.compile(
            r"(?:^|(?<=[.!?”\"] ))(?:(?:©|\(c\))\s*(?:copyright\b)?|"
            r"copyright\s*(?:©|\(c\)|(?=(?:19|20)\d\d)))\s*"
            r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s*)?(?:by\s+)?"
            rf"(?P<outlet>{_ORG}){_HOLDER_END}",
            _I,
        ),
        _copyright_holder,
    ),
    Footer(
        "credit line",
        re.compile(
            r"(?:^|(?<=[.!?”\"] ))\(?(?P<credits>(?:(?:Additional )?(?:Reporting|Writing|Editing|"
            r"Compiled|Research|Graphics) by [^;()\n]+;?\s*){1,6})\)?\s*$",
            _I,
        ),
        _reuters_credit,
        _credit_guard,
    ),
    Footer(
        "credit line",
        re.compile(
            r"(?:^|(?<=[.!?”\"] ))[^.!?\n]{0,160}\bcontributed (?:to )?(?:this|the) "
            r"(?:report|story|article)\.?\s*$",
            _I,
        ),
        _groups(),
    ),
    Footer(
        "press-release source",
        re.compile(r"^SOURCE:?\s+(?P<outlet>[A-Z][^\n]{1,80}?)\s*$"),
        _groups("outlet"),
    ),
)

#: Lines after which nothing is article text ("###", "-30-").
END_MARK = re.compile(r"^(?:#\s*#\s*#|-\s*30\s*-|\*\s*\*\s*\*\s*end\s*\*\s*\*\s*\*)$", _I)
#: The start of a press contact block that runs to the next blank line.
CONTACT_BLOCK = re.compile(
    r"^(?:(?:media|press|investor|news)\s+contacts?(?:\s+information)?\s*(?::.*)?|"
    r"contacts?\s*:.*)$",
    _I,
)
#: Lines of a contact block (names, addresses, phone numbers) are at most this long.
MAX_CONTACT_WORDS = 8

# --- metadata from the body (nothing removed) ---------------------------------------------

#: A dateline's place in capitals, then maybe a state or country and a date after commas.
_DATELINE_PLACE = (
    r"^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*"
)
#: "PORTO, Portugal (AP) — ", "WASHINGTON — ", "SEATTLE, Oct. 28, 2025 /PRNewswire/ -- ":
#: the place (and agency, date) that opens a story.
DATELINE = re.compile(_DATELINE_PLACE + r"(?:\([\w ]+\)\s*)?(?:/[\w ]+/\s*)?(?:[—–]|--?)\s")
#: The same place, with its agency, set on a line of its own, the dash typed as the old
#: wires typed it or left out: "NAIROBI, Kenya (AP) _", "WASHINGTON, March 12 (Xinhua) --".
#: It opens the story below it; it is no headline.
DATELINE_ALONE = re.compile(_DATELINE_PLACE + r"\([A-Za-z ]{2,20}\)\s*(?:_|--?|[—–])?\s*$")
#: "DENVER, Sept. 14, 2021 /PRNewswire/ --": a dateline that carries the date.
DATED_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?,\s*\w")

#: "WASHINGTON (AP) — ", "LONDON (Reuters) -", "NAIROBI, Kenya (AP) _" (the old wires typed
#: the dash as an underscore): the wire that filed the story.
WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’-]{1,40}(?:,\s*[A-Z][\w. ]{1,30})?\s*\((?P<wire>AP|Reuters|AFP|UPI|CNN|"
    r"Bloomberg|dpa|Xinhua|CNBC)\)\s*[-—–_]"
)
WIRE_NAMES = {
    "AP": "The Associated Press",
    "Reuters": "Reuters",
    "AFP": "Agence France-Presse",
    "UPI": "United Press International",
    "CNN": "CNN",
    "Bloomberg": "Bloomberg",
    "dpa": "dpa",
    "Xinhua": "Xinhua",
    "CNBC": "CNBC",
}
#: "/PRNewswire/", "(BUSINESS WIRE)", "/GLOBE NEWSWIRE/": the press-release distributor.
RELEASE_WIRE = re.compile(
    r"[/(]\s*(?P<wire>PRNewswire|PR Newswire|Business Wire|GLOBE NEWSWIRE|Globe Newswire|"
    r"ACCESSWIRE|EIN Presswire|PRWeb)\s*[/)]",
    _I,
)
RELEASE_WIRE_NAMES = {
    "prnewswire": "PR Newswire",
    "pr newswire": "PR Newswire",
    "business wire": "Business Wire",
    "globe newswire": "GlobeNewswire",
    "accesswire": "ACCESSWIRE",
    "ein presswire": "EIN Presswire",
    "prweb": "PRWeb",
}
