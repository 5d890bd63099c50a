"""Fetching a URL for the API without letting a caller reach the server's own network (SSRF).

A URL is refused unless every address its host resolves to is public. The check runs twice:
once before the request (for a clear error), and again inside the connection itself, through
an httpcore network backend that connects to the address it has just checked. That second check
closes the DNS-rebinding gap (a name that resolves to a public address for the check and to
127.0.0.1 for the connection). Redirects are followed by hand so each hop is checked too.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from topline.errors import FetchError, InputError, TooLarge
from topline.ingest.fetch import Fetched
from topline.web.errors import URLForbidden

#: Seconds for connecting and for each read of the remote page.
FETCH_TIMEOUT = 10.0
#: Largest page accepted, in bytes; larger pages are refused, not truncated.
MAX_PAGE_BYTES = 5 * 1024 * 1024
#: Redirect hops followed before giving up.
MAX_REDIRECTS = 5
USER_AGENT = "topline/0.1 (+https://github.com/topline)"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_public(address: IPAddress) -> bool:
    """True for addresses on the public internet (not private, loopback, link-local …)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


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
    transport = httpx.HTTPTransport()
    pool = getattr(transport, "_pool", None)
    if not allow_private and pool is not None and hasattr(pool, "_network_backend"):
        pool._network_backend = _GuardedBackend()
    return httpx.Client(
        transport=transport,
        timeout=FETCH_TIMEOUT,
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT},
    )


def fetch(url: str, *, allow_private: bool = False, max_bytes: int = MAX_PAGE_BYTES) -> bytes:
    """The body of ``url`` after checking every hop; FetchError subclasses on any failure."""
    return fetch_page(url, allow_private=allow_private, max_bytes=max_bytes).content


def fetch_page(
    url: str, *, allow_private: bool = False, max_bytes: int = MAX_PAGE_BYTES
) -> Fetched:
    """The final URL, body and declared type of ``url``, checking every hop's addresses."""
    with _client(allow_private) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_url(url, allow_private=allow_private)
            try:
                with client.stream("GET", url) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{url} answered HTTP {response.status_code}")
                    content_type = response.headers.get("content-type")
                    return Fetched(
                        url=url,
                        content=_read_limited(response, url, max_bytes),
                        content_type=content_type,
                        charset=response.charset_encoding,
                    )
            except httpx.HTTPError as exc:
                raise FetchError(f"cannot fetch {url}: {type(exc).__name__}") from exc
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _read_limited(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise TooLarge(f"the page is over the {max_bytes:,}-byte limit", source=url)
        chunks.append(chunk)
    return b"".join(chunks)
