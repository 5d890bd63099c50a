"""robots.txt: where it lives, what an answer means, and a small per-host cache.

Shared by the library's :class:`~topline.ingest.fetch.Fetcher` (CLI, ``topline.ingest``) and
the HTTP API's SSRF-checked fetcher (:mod:`topline.web.fetch`), so both honour robots.txt the
same way; each brings its own way of GETting the file (the API's goes through its address
checks). Parsing and matching are protego's (an RFC 9309 parser, the one Scrapy uses):
``*`` and ``$`` in paths, the longest matching rule wins, ``Allow`` wins a tie, groups
matched by the product token of the User-Agent the fetcher sends (``topline``).
:mod:`urllib.robotparser` does none of the first three: it applies the first rule that
matches literally, so ``Disallow: /*.pdf$`` is ignored and ``Allow: /news/`` after
``Disallow: /`` never allows anything.

What an answer means, for both fetchers:

- a 2xx robots.txt: its rules apply;
- any status >= 400 (404 and the other 4xx, but also 5xx): no rules, every page is allowed;
- a request that fails (refused, timed out, too many redirects): every page is allowed too.

Treating 5xx and timeouts as "allowed" is more lenient than RFC 9309 (which reads an
unreachable robots.txt as "disallow all"); topline fetches single pages a person asked for,
it does not crawl, and a flaky robots.txt should not make a page unreadable.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

from topline.errors import FetchError, RobotsDisallowed

# --- tunable settings ------------------------------------------------------------------------

#: robots.txt larger than this is read up to here (Google reads 500 KiB).
ROBOTS_MAX_BYTES = 512 * 1024
#: Hosts whose robots.txt a cache keeps; the least recently used goes first.
ROBOTS_CACHE_HOSTS = 256
#: Seconds a cached robots.txt is trusted (RFC 9309 asks for no more than 24 hours).
ROBOTS_CACHE_TTL = 3600.0


class Rules:
    """The rules of one robots.txt (protego), asked as ``can_fetch(user_agent, url)``."""

    def __init__(self, body: str) -> None:
        from protego import Protego  # loaded on the first robots.txt, not with topline

        self._parsed = Protego.parse(body)

    def can_fetch(self, user_agent: str, url: str) -> bool:
        return bool(self._parsed.can_fetch(url, user_agent))


#: Reads a robots.txt URL: its rules, or None (no rules: everything allowed).
Loader = Callable[[str], Rules | None]


def robots_location(url: str) -> tuple[str, str]:
    """The origin of ``url`` (the cache key) and the URL of its robots.txt."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    netloc = parts.netloc.rpartition("@")[2].lower()  # never send credentials to robots.txt
    return f"{scheme}://{netloc}", urlunsplit((scheme, netloc, "/robots.txt", "", ""))


def parse_robots(robots_url: str, status: int, body: bytes) -> Rules | None:
    """The rules of a robots.txt answer (``robots_url`` names it); None (allow all) for any
    status >= 400."""
    if status >= 400:
        return None
    return Rules(body.decode("utf-8", errors="replace"))


def disallowed(url: str, *, hint: str = "") -> RobotsDisallowed:
    """The error both fetchers raise for a page its site's robots.txt disallows."""
    host = urlsplit(url).netloc.rpartition("@")[2]
    return RobotsDisallowed(f"robots.txt of {host} disallows fetching this page{hint}", source=url)


class RobotsCache:
    """robots.txt rules per origin, for at most ``max_hosts`` origins and ``ttl`` seconds each.

    Safe to share between threads. A miss calls the loader outside the lock, so one slow
    robots.txt does not hold up other hosts; two threads missing the same host at once may both
    load it, which costs one extra request and nothing else. A failed load is cached like any
    answer, so a host whose robots.txt times out is not asked again on every page.
    """

    def __init__(
        self,
        max_hosts: int = ROBOTS_CACHE_HOSTS,
        ttl: float = ROBOTS_CACHE_TTL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_hosts = max_hosts
        self.ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, tuple[float, Rules | None]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def rules(self, url: str, load: Loader) -> Rules | None:
        """The cached rules of ``url``'s origin, loading its robots.txt on a miss."""
        origin, robots_url = robots_location(url)
        with self._lock:
            entry = self._entries.get(origin)
            if entry is not None and self._clock() - entry[0] < self.ttl:
                self._entries.move_to_end(origin)
                return entry[1]
        found = load(robots_url)
        with self._lock:
            self._entries[origin] = (self._clock(), found)
            self._entries.move_to_end(origin)
            while len(self._entries) > self.max_hosts:
                self._entries.popitem(last=False)
        return found

    def allows(self, url: str, user_agent: str, load: Loader) -> bool:
        """Whether ``user_agent`` may fetch ``url`` by its origin's robots.txt."""
        found = self.rules(url, load)
        return found is None or found.can_fetch(user_agent, url)


def load_with(
    get: Callable[[str], tuple[int, bytes]], *, keep: tuple[type[FetchError], ...] = ()
) -> Loader:
    """A loader from a GET returning (status, body) and raising FetchError on failure.

    This module's policy in one place: a failed request means no rules (allow all). Errors of
    the types in ``keep`` still propagate: the API keeps its URLForbidden, so a robots.txt
    that points at a private address is refused like the page itself would be.
    """

    def load(robots_url: str) -> Rules | None:
        try:
            status, body = get(robots_url)
        except keep:
            raise
        except FetchError:
            return None
        return parse_robots(robots_url, status, body)

    return load
