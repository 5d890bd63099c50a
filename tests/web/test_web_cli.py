"""``topline serve``: loopback by default, options passed to the app, warning on open binds."""

from __future__ import annotations

from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from typer.testing import CliRunner

from topline.cli import app

runner = CliRunner()


@pytest.fixture()
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, dict[str, Any]]]:
    seen: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda target, **kw: seen.append((target, kw)))
    return seen


def test_serve_help_names_the_loopback_default() -> None:
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--host" in result.stdout and "127.0.0.1" in result.stdout
    assert "--db" in result.stdout and "--port" in result.stdout


def test_serve_binds_loopback_port_8000_by_default(calls: list[Any]) -> None:
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 0, result.output
    target, kwargs = calls[0]
    assert isinstance(target, FastAPI)
    assert kwargs["host"] == "127.0.0.1" and kwargs["port"] == 8000
    assert target.state.settings.allow_private_urls is False
    assert result.stderr == ""


def test_serve_keeps_idle_connections_past_the_retry_after_of_a_503(calls: list[Any]) -> None:
    """A client told ``Retry-After: 5`` that reuses its connection must not find it closed
    (uvicorn's default keep-alive, 5 s, reset connections in the load benchmark)."""
    from topline.web.settings import KEEP_ALIVE

    assert runner.invoke(app, ["serve"]).exit_code == 0
    assert runner.invoke(app, ["serve", "--workers", "2"]).exit_code == 0
    assert [kw["timeout_keep_alive"] for _, kw in calls] == [KEEP_ALIVE, KEEP_ALIVE]
    assert KEEP_ALIVE > 5


def test_serve_passes_db_and_private_url_option_to_the_app(calls: list[Any], tmp_path: Any) -> None:
    db = str(tmp_path / "news.db")
    result = runner.invoke(app, ["serve", "--db", db, "--allow-private-urls", "--port", "9001"])
    assert result.exit_code == 0, result.output
    target, kwargs = calls[0]
    assert target.state.settings.db == db
    assert target.state.settings.allow_private_urls is True
    assert kwargs["port"] == 9001


def test_serve_warns_when_binding_beyond_loopback(calls: list[Any]) -> None:
    result = runner.invoke(app, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 0
    assert "warning" in result.stderr and "0.0.0.0" in result.stderr


def test_serve_with_workers_uses_the_env_factory(
    calls: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TOPLINE_DB", raising=False)
    monkeypatch.delenv("TOPLINE_ALLOW_PRIVATE_URLS", raising=False)
    result = runner.invoke(app, ["serve", "--workers", "2", "--db", "x.db"])
    assert result.exit_code == 0, result.output
    target, kwargs = calls[0]
    assert target == "topline.web.app:app_from_env"
    assert kwargs["factory"] is True and kwargs["workers"] == 2
    from topline.web.app import app_from_env

    assert app_from_env().state.settings.db == "x.db"
