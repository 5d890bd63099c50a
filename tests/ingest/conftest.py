"""A local HTTP server on 127.0.0.1 (port 0) for the URL tests; nothing reaches the internet.

Routes: ``/robots.txt`` (disallows ``/private``), ``/article`` (the fixture page),
``/private``, ``/missing`` (404), ``/slow`` (answers after 3 s), ``/loop`` (redirects to
itself), ``/huge`` (streams up to 100 MB without a length), ``/declared-huge`` (declares
100 MB), ``/feed`` (RSS), ``/teasers`` (RSS of summaries linking to ``/article`` and
``/missing``), ``/text`` (plain text). The server runs in a daemon thread and is
shut down after the module's tests.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

PAGE = (Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "article.html").read_bytes()
HUGE = 100 * 1024 * 1024
CHUNK = 64 * 1024
RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><title>One</title><link>http://127.0.0.1/one</link>
<description>The council met on Monday and approved the budget for next year.</description></item>
</channel></rss>"""


TEASERS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Teasers</title>
<item><title>Ferry line approved</title><link>BASE/article</link>
<description>The council approved a ferry line.</description></item>
<item><title>Gone</title><link>BASE/missing</link>
<description>This story has moved, the editors said on Monday.</description></item>
</channel></rss>"""


@dataclass
class Served:
    base: str
    huge_bytes_sent: list[int] = field(default_factory=list)
    user_agents: list[str] = field(default_factory=list)


def _handler(served: Served) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            served.user_agents.append(self.headers.get("User-Agent", ""))
            path = self.path
            if path == "/robots.txt":
                self._send(200, b"User-agent: *\nDisallow: /private\n", "text/plain")
            elif path in ("/article", "/private"):
                self._send(200, PAGE)
            elif path == "/feed":
                self._send(200, RSS, "application/rss+xml")
            elif path == "/teasers":
                self._send(
                    200, TEASERS.replace(b"BASE", served.base.encode()), "application/rss+xml"
                )
            elif path == "/text":
                self._send(
                    200, b"Plain news: the bridge opened on Friday, officials said.", "text/plain"
                )
            elif path == "/slow":
                time.sleep(3)
                self._send(200, PAGE)
            elif path == "/loop":
                self.send_response(302)
                self.send_header("Location", "/loop")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path == "/declared-huge":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(HUGE))
                self.end_headers()
                self.wfile.write(b"<html>" + b" " * CHUNK)
            elif path == "/huge":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                sent = 0
                try:
                    while sent < HUGE:
                        self.wfile.write(b"<p>" + b"x" * (CHUNK - 3))
                        sent += CHUNK
                except (BrokenPipeError, ConnectionResetError):
                    pass
                served.huge_bytes_sent.append(sent)
            else:
                self._send(404, b"<html><body>not here</body></html>")

    return Handler


class _QuietServer(ThreadingHTTPServer):
    """A client that hung up (the /slow and /huge tests do, on purpose) is not an error: the
    default handler prints a traceback to sys.stderr, which a CLI test running at that
    moment captures as the command's own output."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[Served]:
    served = Served(base="")
    httpd = _QuietServer(("127.0.0.1", 0), _handler(served))
    httpd.daemon_threads = True
    served.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
    )
    thread.start()
    try:
        yield served
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
