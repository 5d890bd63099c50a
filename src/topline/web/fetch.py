"""Fetching a URL for the API without letting a caller reach the server's own network (SSRF).

A URL is refused unless every address its host resolves to is public. The check runs twice:
once before the request (for a clear error), and again inside the connection itself, through
an httpcore network backend that connects to the address it has just checked. That second check
closes the DNS-rebinding gap (a name that resolves to a public address for the check and to
127.0.0.1 for the connection). Redirects are followed by hand so each hop is checked too.

Each hop's site is also asked for its robots.txt, the way ``topline read`` does (the parsing,
the policy and the per-host cache are :mod:`topline.ingest.robots`'s), through the same checked
client: a robots.txt is never fetched from an address the page itself could not be.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from topline.errors import FetchError, InputError, TooLarge
from topline.ingest.fetch import Fetched, default_user_agent
from topline.ingest.robots import ROBOTS_MAX_BYTES, RobotsCache, disallowed, load_with
from topline.web.addresses import IPAddress, is_public
from topline.web.errors import URLForbidden

#: Seconds for connecting and for each read of the remote page.
FETCH_TIMEOUT = 10.0
#: Seconds for a whole fetch: every redirect hop, robots.txt and the body together (a server
#: dripping one byte every few seconds never trips the per-read timeout alone).
FETCH_DEADLINE = 15.0
#: Largest page accepted, in bytes; larger pages are refused, not truncated.
MAX_PAGE_BYTES = 5 * 1024 * 1024
#: Redirect hops followed before giving up.
MAX_REDIRECTS = 5
#: The library's User-Agent: one product token (``topline``) for robots.txt, whoever fetches.
USER_AGENT = default_user_agent()

T = TypeVar("T")
#: The robots.txt cache of callers that do not bring one (the app brings its own).
_SHARED_ROBOTS = RobotsCache()


def resolve(host: str, port: int) -> list[IPAddress]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}") from exc
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


def check_addresses(host: str, addresses: Iterable[IPAddress]) -> None:
    for address in addresses:
        if not is_public(address):
            raise URLForbidden(
                f"{host} resolves to {address}, a private, loopback or link-local address; "
                "the server refuses to fetch it"
            )


def check_url(url: str, *, allow_private: bool) -> tuple[str, int]:
    """Refuse URLs that are not http(s) or whose host is not public; return (host, port)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise InputError(f"only http and https URLs can be fetched, not {parts.scheme or '?'!r}")
    host = parts.hostname
    if not host:
        raise InputError("the URL has no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise InputError("the URL has an invalid port") from exc
    if not allow_private:
        check_addresses(host, resolve(host, port))
    return host, port


class _GuardedBackend(httpcore.SyncBackend):
    """Connects only to public addresses, resolving the name itself (no second lookup)."""

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve(host, port)
        check_addresses(host, addresses)
        return super().connect_tcp(str(addresses[0]), port, timeout, local_address, socket_options)


def _client(allow_private: bool) -> httpx.Client:
    """A client whose connections go through :class:`_GuardedBackend` unless private is allowed.

    httpx 0.28 has no public way to give ``HTTPTransport`` an httpcore network backend, and
    wrapping an ``httpcore.ConnectionPool`` in a ``BaseTransport`` of our own would mean copying
    httpx's private response-stream and exception mapping; so the transport's pool gets the
    guarded backend by attribute. If a future httpcore renames that attribute this fails
    closed (RuntimeError, a 500) instead of fetching without the connect-time check.
    """
    transport = httpx.HTTPTransport()
    if not allow_private:
        pool = getattr(transport, "_pool", None)
        if pool is None or not hasattr(pool, "_network_backend"):
            raise RuntimeError("this httpx/httpcore cannot take the SSRF-checking backend")
        pool._network_backend = _GuardedBackend()
    return httpx.Client(
        transport=transport,
        timeout=FETCH_TIMEOUT,
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT},
    )


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    max_bytes: int = MAX_PAGE_BYTES,
    robots: RobotsCache | None = None,
    respect_robots: bool = True,
) -> bytes:
    """The body of ``url`` after checking every hop; FetchError subclasses on any failure."""
    return fetch_page(
        url,
        allow_private=allow_private,
        max_bytes=max_bytes,
        robots=robots,
        respect_robots=respect_robots,
    ).content


def fetch_page(
    url: str,
    *,
    allow_private: bool = False,
    max_bytes: int = MAX_PAGE_BYTES,
    robots: RobotsCache | None = None,
    respect_robots: bool = True,
) -> Fetched:
    """The final URL, body and declared type of ``url``, checking every hop.

    Each hop's addresses are checked (URLForbidden), and, unless ``respect_robots`` is off,
    so is its site's robots.txt (RobotsDisallowed), read through the same checked client and
    kept in ``robots`` (the app's cache; None: one shared by the process). The robots policy is
    :mod:`topline.ingest.robots`'s, as for ``topline read``: a robots.txt answering 404, any
    other 4xx, a 5xx, or failing (refused, timed out) allows every page; one whose request is
    refused for pointing at a private address makes the page refused too (URLForbidden).
    """
    deadline = time.monotonic() + FETCH_DEADLINE
    cache: RobotsCache | None = None  # an empty RobotsCache is falsy: no `robots or ...`
    if respect_robots:
        cache = robots if robots is not None else _SHARED_ROBOTS
    with _client(allow_private) as client:

        def get_robots(robots_url: str) -> tuple[int, bytes]:
            return _follow(client, robots_url, allow_private, _robots_answer, None, deadline)

        load = load_with(get_robots, keep=(URLForbidden,))

        def read_page(response: httpx.Response, final: str) -> Fetched:
            if response.status_code >= 400:
                raise FetchError(f"{final} answered HTTP {response.status_code}")
            return Fetched(
                url=final,
                content=_read_limited(response, final, max_bytes, deadline=deadline),
                content_type=response.headers.get("content-type"),
                charset=response.charset_encoding,
            )

        def check_robots(hop: str) -> None:
            if cache is not None and not cache.allows(hop, USER_AGENT, load):
                raise disallowed(hop)

        return _follow(client, url, allow_private, read_page, check_robots, deadline)


def _follow(
    client: httpx.Client,
    url: str,
    allow_private: bool,
    read: Callable[[httpx.Response, str], T],
    before_hop: Callable[[str], None] | None,
    deadline: float,
) -> T:
    """GET ``url``, following redirects by hand: each hop is address-checked, then
    ``before_hop`` (the robots check) runs, then the final response is ``read``."""
    for _ in range(MAX_REDIRECTS + 1):
        check_url(url, allow_private=allow_private)
        if before_hop is not None:
            before_hop(url)
        left = _time_left(deadline, url)
        try:
            with client.stream("GET", url, timeout=min(FETCH_TIMEOUT, left)) as response:
                if response.is_redirect and "location" in response.headers:
                    url = urljoin(url, response.headers["location"])
                    continue
                return read(response, url)
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot fetch {url}: {type(exc).__name__}") from exc
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _robots_answer(response: httpx.Response, url: str) -> tuple[int, bytes]:
    """Status and body of a robots.txt; a large one is read up to ROBOTS_MAX_BYTES, not refused."""
    if response.status_code >= 400:
        return response.status_code, b""
    return response.status_code, _read_limited(response, url, ROBOTS_MAX_BYTES, truncate=True)


def _time_left(deadline: float | None, url: str) -> float:
    """Seconds left before ``deadline``; FetchError once it has passed."""
    if deadline is None:
        return FETCH_TIMEOUT
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"cannot fetch {url}: over the {FETCH_DEADLINE:g}-second limit")
    return left


def _read_limited(
    response: httpx.Response,
    url: str,
    max_bytes: int,
    *,
    truncate: bool = False,
    deadline: float | None = None,
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        _time_left(deadline, url)
        size += len(chunk)
        if size > max_bytes:
            if truncate:
                chunks.append(chunk[: len(chunk) - (size - max_bytes)])
                break
            raise TooLarge(f"the page is over the {max_bytes:,}-byte limit", source=url)
        chunks.append(chunk)
    return b"".join(chunks)
