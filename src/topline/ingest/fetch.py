"""URL → bytes, politely and within bounds (httpx).

A fetch never reads more than ``max_bytes`` (the body is streamed and reading stops at the
cap), never follows more than ``max_redirects`` redirects, never waits longer than
``timeout`` seconds in all, names itself with a User-Agent, and asks the site's robots.txt
first unless told not to (:mod:`topline.ingest.robots`, shared with the HTTP API: a missing
robots.txt, a 5xx or a timeout allows every page). Every failure becomes a :class:`~topline.errors.FetchError` (or
:class:`~topline.errors.TooLarge`) naming the URL; no httpx error leaves this module.

A transient failure — an answer 429, 502, 503 or 504, a refused or reset connection, a connect
timeout — is retried with exponential backoff (tenacity) up to ``RETRY_ATTEMPTS`` times in all:
news sites behind CDNs answer 503 for a moment under load. A read timeout is not retried (the
whole ``timeout`` was already spent), nor is any other status.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING

from topline.errors import FetchError, TooLarge
from topline.ingest.robots import ROBOTS_MAX_BYTES, RobotsCache, disallowed, load_with
from topline.ingest.text import MAX_BYTES
from topline.version import __version__

if TYPE_CHECKING:  # httpx and tenacity load on the first fetch: most inputs are files, and
    # every batch, API worker and ``import topline`` paid ≈ 0.1 CPU-s for them (issue #19)
    import httpx
    from tenacity import RetryCallState

# --- tunable settings ------------------------------------------------------------------------

#: Seconds for the whole request (connect + headers + body), not per read.
DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_REDIRECTS = 5
#: Attempts in all for a transient failure, the first wait (doubling each time) and the
#: longest wait, in seconds.
RETRY_ATTEMPTS = 3
RETRY_WAIT = 0.5
RETRY_WAIT_MAX = 4.0
#: Answers worth another try: rate limited, bad gateway, unavailable, gateway timeout.
TRANSIENT_STATUS = frozenset({429, 502, 503, 504})
#: httpx errors worth another try (the connection never carried a full answer).
_TRANSIENT_ERRORS = ("ConnectError", "ConnectTimeout", "RemoteProtocolError", "ReadError")
#: The product token of every User-Agent topline sends (library, CLI and HTTP API alike).
USER_AGENT_TOKEN = "topline"


def default_user_agent() -> str:
    return f"{USER_AGENT_TOKEN}/{__version__} (news brief reader; honours robots.txt)"


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class FetchSettings:
    """Bounds of one fetch; the defaults are polite for a person reading a few pages."""

    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = MAX_BYTES
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    respect_robots: bool = True
    user_agent: str = field(default_factory=default_user_agent)


@dataclass(frozen=True)
class Fetched:
    """A fetched response: the final URL (after redirects), the body and its declared type."""

    url: str
    content: bytes
    content_type: str | None
    charset: str | None


class Fetcher:
    """Fetches URLs with one connection pool and one robots.txt cache per host."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        self._http: httpx.Client | None = None  # made on first use: most inputs are files
        self._robots = RobotsCache()

    @property
    def _client(self) -> httpx.Client:
        import httpx

        if self._http is None:
            self._http = httpx.Client(
                follow_redirects=True,
                max_redirects=self.settings.max_redirects,
                timeout=httpx.Timeout(self.settings.timeout),
                headers={"User-Agent": self.settings.user_agent},
            )
        return self._http

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def fetch(self, url: str) -> Fetched:
        """The body of ``url``; FetchError/TooLarge on any refusal or failure."""
        if not is_url(url):
            raise FetchError("only http:// and https:// URLs can be fetched", source=url)
        if self.settings.respect_robots and not self._allowed(url):
            raise disallowed(url, hint=" (--no-robots overrides)")
        final, body, content_type, status = self._get_retrying(url)
        if status >= 400:
            raise FetchError(f"HTTP {status} {_reason(status)}", source=url)
        charset = None
        if content_type and "charset=" in content_type.lower():
            charset = content_type.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'")
        return Fetched(url=final, content=body, content_type=content_type, charset=charset)

    def _get_retrying(self, url: str) -> tuple[str, bytes, str | None, int]:
        """:meth:`_get` with transient failures retried (exponential backoff); after the last
        attempt its answer, or its error, stands."""
        from tenacity import (
            Retrying,
            retry_if_exception,
            retry_if_result,
            stop_after_attempt,
            wait_exponential,
        )

        def last_answer(state: RetryCallState) -> tuple[str, bytes, str | None, int]:
            assert state.outcome is not None
            result: tuple[str, bytes, str | None, int] = state.outcome.result()  # or raises
            return result

        retrying = Retrying(
            stop=stop_after_attempt(RETRY_ATTEMPTS),
            wait=wait_exponential(multiplier=RETRY_WAIT, max=RETRY_WAIT_MAX),
            retry=retry_if_result(lambda answer: answer[3] in TRANSIENT_STATUS)
            | retry_if_exception(_transient),
            retry_error_callback=last_answer,
        )
        answer: tuple[str, bytes, str | None, int] = retrying(
            self._get, url, self.settings.max_bytes, strict=True
        )
        return answer

    def _get(self, url: str, cap: int, *, strict: bool) -> tuple[str, bytes, str | None, int]:
        """Stream a GET, stopping at ``cap`` bytes (an error if ``strict``) or the deadline."""
        import httpx

        deadline = time.monotonic() + self.settings.timeout
        chunks: list[bytes] = []
        size = 0
        try:
            with self._client.stream("GET", url) as response:
                declared = response.headers.get("content-length", "")
                if strict and declared.isdigit() and int(declared) > cap:
                    raise TooLarge(
                        f"response declares {int(declared):,} bytes, over the {cap:,}-byte "
                        "limit; not downloaded",
                        source=url,
                    )
                for chunk in response.iter_bytes():
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > cap:
                        if strict:
                            raise TooLarge(
                                f"response is larger than the {cap:,}-byte limit; "
                                "stopped reading there",
                                source=url,
                            )
                        break
                    if time.monotonic() > deadline:
                        raise FetchError(
                            f"timed out after {self.settings.timeout:g} s (body still arriving)",
                            source=url,
                        )
                return (
                    str(response.url),
                    b"".join(chunks)[: cap if not strict else None],
                    response.headers.get("content-type"),
                    response.status_code,
                )
        except httpx.TooManyRedirects as exc:
            raise FetchError(
                f"more than {self.settings.max_redirects} redirects (a redirect loop?)",
                source=url,
            ) from exc
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out after {self.settings.timeout:g} s", source=url) from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}", source=url) from exc

    def _allowed(self, url: str) -> bool:
        """What the host's robots.txt says (cached per host; see :mod:`topline.ingest.robots`)."""
        return self._robots.allows(url, self.settings.user_agent, load_with(self._get_robots))

    def _get_robots(self, robots_url: str) -> tuple[int, bytes]:
        _, body, _, status = self._get(robots_url, ROBOTS_MAX_BYTES, strict=False)
        return status, body


def _transient(exc: BaseException) -> bool:
    """A FetchError whose cause is a connection that failed before a full answer."""
    import httpx

    errors = tuple(getattr(httpx, name) for name in _TRANSIENT_ERRORS)
    return isinstance(exc, FetchError) and isinstance(exc.__cause__, errors)


def _reason(status: int) -> str:
    import httpx

    return httpx.codes.get_reason_phrase(status)


def fetch(url: str, settings: FetchSettings | None = None) -> Fetched:
    """Fetch one URL (a fresh client; use :class:`Fetcher` for many)."""
    with Fetcher(settings) as fetcher:
        return fetcher.fetch(url)
