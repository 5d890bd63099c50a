"""Browser-facing safety: which hosts the server answers, and who may change its state.

- **Host allow-list** (DNS rebinding): a hostile page can make its own name resolve to
  127.0.0.1, but the browser still sends that name in ``Host``; any request whose ``Host``
  is not allowed (``localhost``, ``127.0.0.1`` and ``[::1]`` by default, any port) is
  refused with 421 before a route sees it.
- **Cross-origin writes**: a page on another origin can POST to the server without asking
  (a "simple" request: a form, or ``text/plain``). Every POST, PUT, PATCH and DELETE whose
  ``Origin`` is another origin (and not one of ``cors_origins``), or whose
  ``Sec-Fetch-Site`` says ``cross-site``/``same-site``, is refused with 403. Clients that are
  not browsers (curl, scripts) send neither header and are served.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

from topline.web.errors import CrossOrigin, HostNotAllowed, error_response

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def host_name(value: str) -> str:
    """The host of a ``Host`` header without its port, lower-cased (``[::1]`` kept whole)."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        return value[: end + 1] if end > 0 else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1"))
    return None


class BrowserGuard:
    """ASGI middleware enforcing the Host allow-list and the same-origin rule for writes."""

    def __init__(
        self, app: ASGIApp, *, allowed_hosts: tuple[str, ...], cors_origins: tuple[str, ...]
    ) -> None:
        self.app = app
        self.any_host = "*" in allowed_hosts
        self.hosts = frozenset(host_name(h) for h in allowed_hosts)
        self.origins = frozenset(o.rstrip("/").lower() for o in cors_origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        host = _header(scope, b"host") or ""
        if not self.any_host and host_name(host) not in self.hosts:
            refused = HostNotAllowed(
                f"this server does not answer to the host {host_name(host)!r} "
                "(allow it with `topline serve --allow-host`)"
            )
            await error_response(refused)(scope, receive, send)
            return
        if scope.get("method") in UNSAFE_METHODS and not self._same_origin(scope, host):
            exc = CrossOrigin("cross-origin requests may not change anything on this server")
            await error_response(exc)(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _same_origin(self, scope: Scope, host: str) -> bool:
        origin = _header(scope, b"origin")
        if origin is not None:
            origin = origin.strip().rstrip("/").lower()
            if origin in self.origins:
                return True
            parts = urlsplit(origin)
            return bool(parts.netloc) and parts.netloc == host.strip().lower()
        site = (_header(scope, b"sec-fetch-site") or "").strip().lower()
        return site not in ("cross-site", "same-site")
