"""The page in a real browser: Debian's chromium driven by Playwright against a live server.

Skipped when /usr/bin/chromium is absent, except under ``TOPLINE_REQUIRE_BROWSER=1`` (CI),
where that is a failure. Saves ``docs/screenshot.png`` (or ``$TOPLINE_SCREENSHOT``).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from topline.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPO = Path(__file__).resolve().parents[2]
SCREENSHOT = Path(os.environ.get("TOPLINE_SCREENSHOT") or REPO / "docs" / "screenshot.png")

pytestmark = pytest.mark.browser


def _require_browser() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("TOPLINE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{CHROMIUM} is missing, and TOPLINE_REQUIRE_BROWSER=1 makes that a failure")
    pytest.skip(f"{CHROMIUM} is absent (install Debian's chromium package to run this test)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """``topline serve`` in a thread, on a free loopback port."""
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def _brief_page(browser: Any, server: str, text: str, width: int, height: int) -> Any:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(60_000)
    page.on("dialog", lambda d: pytest.fail(f"a dialog opened: {d.message}"))
    page.goto(server + "/")
    page.get_by_label("Article text").fill(text)
    page.get_by_role("button", name="Make the brief").click()
    page.wait_for_selector(".part.topline button.grounded")
    return page


def _highlighted(page: Any) -> str:
    text: str = page.eval_on_selector_all(
        "#article-text .hl", "els => els.map(e => e.textContent).join('')"
    )
    return text


def test_clicking_the_crucial_quote_highlights_its_source(
    browser: Any, server: str, seed_text: str
) -> None:
    page = _brief_page(browser, server, seed_text, 1280, 1320)
    topline = page.locator(".part.topline button.grounded").inner_text()
    assert topline.strip()
    assert _highlighted(page) == ""

    page.locator(".result").scroll_into_view_if_needed()
    quote = page.locator(".part.crucial-quote button.grounded")
    quote.click()
    page.mouse.move(2, 2)  # hovering another element would preview its sources instead
    assert quote.get_attribute("aria-pressed") == "true"
    assert _highlighted(page) == quote.inner_text()
    assert page.locator("#highlight-status").inner_text().startswith("Source highlighted")

    page.locator("#article-text .hl").first.evaluate("el => el.scrollIntoView({block: 'center'})")
    page.locator(".result").evaluate(
        "el => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8)"
    )
    page.wait_for_timeout(100)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))

    quote.click()  # a second click removes the highlight
    assert quote.get_attribute("aria-pressed") == "false"
    page.close()


def test_keyboard_focus_on_a_bullet_highlights_its_source(
    browser: Any, server: str, seed_text: str
) -> None:
    page = _brief_page(browser, server, seed_text, 1280, 860)
    bullet = page.locator(".part.bullets button.grounded").first
    bullet.focus()
    assert _highlighted(page).replace("\n", " ").split() == bullet.inner_text().split()
    page.keyboard.press("Enter")
    assert bullet.get_attribute("aria-pressed") == "true"
    page.close()


def test_page_fits_a_phone_screen(browser: Any, server: str, seed_text: str) -> None:
    page = _brief_page(browser, server, seed_text, 375, 740)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1
    page.close()


def test_api_docs_render_without_a_network(browser: Any, server: str) -> None:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server + "/docs")
    page.wait_for_selector('.opblock-summary-path[data-path="/v1/brief"]', timeout=60_000)
    assert all(url.startswith(server) for url in requests), requests
    page.close()


def test_hostile_page_upload_runs_no_script(browser: Any, server: str, hostile_html: str) -> None:
    page = browser.new_page()
    dialogs: list[str] = []

    def dismiss(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.goto(server + "/")
    page.set_input_files(
        "#file",
        files=[{"name": "evil.html", "mimeType": "text/html", "buffer": hostile_html.encode()}],
    )
    page.get_by_role("button", name="Make the brief").click()
    page.wait_for_selector("#article-text")
    page.locator(".grounded").first.click()
    assert dialogs == []
    assert "pwned" not in page.content()
    assert page.locator("#article-text img, #article-text script, .brief img").count() == 0
    page.close()
