"""``topline serve``: the HTTP API and web page, on the loopback interface by default."""

from __future__ import annotations

import typer

from topline.cli._common import error_line, reporting_errors
from topline.web.settings import DEFAULT_ALLOWED_HOSTS, KEEP_ALIVE, WORKERS

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve(
    host: str = typer.Option(
        "127.0.0.1", "--host", help="Interface to bind (loopback by default)."
    ),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port."),
    db: str | None = typer.Option(
        None, "--db", help="The store's SQLite file (default: the store's own)."
    ),
    allow_private_urls: bool = typer.Option(
        False,
        "--allow-private-urls",
        help='Let {"url": ...} requests fetch private and loopback addresses (SSRF risk).',
    ),
    workers: int = typer.Option(
        1, "--workers", min=1, help="Server processes (each with its own analysis workers)."
    ),
    analyses: int = typer.Option(
        WORKERS,
        "--analyses",
        min=1,
        help="Analyses at once per server process, each in a worker process that is "
        "killed at the time limit (each loads the model once).",
    ),
    allow_host: list[str] = typer.Option(
        [],
        "--allow-host",
        help="Also answer requests for this host name (repeatable; '*' for any). "
        "Default: localhost, 127.0.0.1 and [::1] only (no DNS rebinding).",
    ),
) -> None:
    """Serve the HTTP API (/v1, docs at /docs) and the web page (/)."""
    with reporting_errors():
        import uvicorn

        from topline.web import create_app

        hosts = DEFAULT_ALLOWED_HOSTS + tuple(allow_host)
        if host not in LOOPBACK:
            error_line(f"warning: listening on {host}; anyone who can reach it can use the API")
            if not allow_host:
                error_line("warning: only requests for localhost are answered; add --allow-host")
        if workers == 1:
            uvicorn.run(
                create_app(
                    db=db,
                    allow_private_urls=allow_private_urls,
                    workers=analyses,
                    allowed_hosts=hosts,
                ),
                host=host,
                port=port,
                timeout_keep_alive=KEEP_ALIVE,
            )
            return
        import os

        os.environ["TOPLINE_ALLOWED_HOSTS"] = ",".join(hosts)
        os.environ["TOPLINE_ANALYSES"] = str(analyses)
        if db:  # the store reads TOPLINE_DB too, so workers and store agree
            os.environ["TOPLINE_DB"] = db
        if allow_private_urls:
            os.environ["TOPLINE_ALLOW_PRIVATE_URLS"] = "1"
        uvicorn.run(
            "topline.web.app:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            timeout_keep_alive=KEEP_ALIVE,
        )
