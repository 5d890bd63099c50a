"""The HTTP API and web page: a thin shell over the library (``topline serve``)."""

from __future__ import annotations

from topline.web.app import create_app

__all__ = ["create_app"]
